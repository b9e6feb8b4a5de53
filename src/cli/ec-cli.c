/* ec-cli.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "ec-cli.h"
#include "ec-contingent.h"
#include "ec-compare.h"
#include "ec-closest.h"
#include "ec-paths.h"
#include "ec-snapshot.h"
#include "ec-tally.h"

/* Every option of the command line. Their values are packed into the
 * GVariantDict that ec_cli_run() reads, so none has arg_data. */
static const GOptionEntry option_entries[] = {
  { "summary", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the tally as JSON and exit, without opening a window"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a snapshot (map, tally, popular vote) as FILE: .png, .svg or .pdf, and exit"), N_("FILE") },
  { "election", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The election to count (1789 to 2024; default: the latest)"), N_("YEAR") },
  { "pledged", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Count every elector as pledged, ignoring faithless electors"), NULL },
  { "scenario", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Count a saved scenario (.electors file)"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of a PNG or SVG export in pixels, or slide, 4k or square (default: 1920x1080)"), N_("WxH") },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper of a PDF export, landscape: a4 or letter (default: a4)"), N_("PAGE") },
  { "title", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Title of the export (default: the scenario’s, or the election’s)"), N_("TEXT") },
  { "systems", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the election under every way of choosing electors (winner-take-all, proportional, "
       "national popular vote, the compact, a bigger House) as JSON and exit"), NULL },
  { "method", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Count by another method: winner-take-all, district, proportional, national-popular-vote or compact"),
    N_("METHOD") },
  { "house-size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Re-apportion a House of SEATS (435 to 10000, wyoming-rule or cube-root); 2012 to 2024 only"),
    N_("SEATS") },
  { "closest", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the fewest switched voters that change the winner, and the tipping point, as JSON"), NULL },
  { "target", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --closest: the candidate the voters switch to, by id or name (default: the runner-up)"), N_("NAME") },
  { "tie", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --closest: the fewest switched voters for a tie instead of a win"), NULL },
  { "no-majority", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --closest: the fewest switched voters that leave nobody with a majority"), NULL },
  { "paths", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print how many ways the undecided states could go give each candidate a majority, as JSON"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

/**
 * ec_cli_get_option_entries:
 *
 * The options of `electors`, for g_application_add_main_option_entries().
 * None has `arg_data`, so that their values reach ec_cli_run() in the
 * options dictionary. Their descriptions are marked with N_() and
 * translated in the program's text domain when `--help` is shown.
 *
 * Returns: (transfer none) (array zero-terminated=1): the options
 */
const GOptionEntry *
ec_cli_get_option_entries (void)
{
  return option_entries;
}

/**
 * ec_cli_get_parameter_string:
 *
 * Returns: (transfer none): what follows `[OPTION…]` in the first line of
 *   `--help`, translated
 */
const char *
ec_cli_get_parameter_string (void)
{
  return _("[FILE…] — explore the US Electoral College");
}

/**
 * ec_cli_get_summary:
 *
 * Returns: (transfer none): the text `--help` shows before the options,
 *   translated
 */
const char *
ec_cli_get_summary (void)
{
  return _("Without options, Electors opens its window, with any scenario files given.\n"
           "With --summary it prints the tally as JSON instead, and with --export it saves\n"
           "a snapshot as a PNG, SVG or PDF file; neither needs a display. --closest\n"
           "prints the fewest voters who would have changed the outcome, and --paths\n"
           "counts the ways the undecided states could go.\n"
           "\n"
           "Examples:\n"
           "  electors --summary --election 2016\n"
           "  electors --systems --election 2016\n"
           "  electors --summary --election 2016 --method proportional --house-size 573\n"
           "  electors --closest --election 2000\n"
           "  electors --paths --scenario lesson.electors\n"
           "  electors --export slide.png --election 2016 --pledged\n"
           "  electors --export worksheet.pdf --scenario lesson.electors --page letter");
}

/**
 * ec_cli_reword_option_error:
 * @error: (inout): the error of parsing the options: an unknown option, one
 *   without its value
 *
 * Words a mistake in the options as the command line words every failure:
 * one line that names the program and points to `--help`.
 */
void
ec_cli_reword_option_error (GError **error)
{
  g_autofree char *explained = NULL;

  g_return_if_fail (error != NULL && *error != NULL);

  /* Translators: %s is GLib's word for what is wrong, such as “Unknown
   * option --bogus”. */
  explained = g_strdup_printf (_("%s (see electors --help)"), (*error)->message);
  g_free ((*error)->message);
  (*error)->message = g_strconcat ("electors: ", explained, NULL);
}

/**
 * ec_cli_handles:
 * @options: the options given, as GApplication packs them
 *
 * The window only takes files to open; any option of ours means the command
 * line, which must work without a display.
 *
 * Returns: whether ec_cli_run() should handle these options
 */
gboolean
ec_cli_handles (GVariantDict *options)
{
  g_return_val_if_fail (options != NULL, FALSE);

  for (guint i = 0; option_entries[i].long_name != NULL; i++)
    {
      if (g_variant_dict_contains (options, option_entries[i].long_name))
        return TRUE;
    }

  return FALSE;
}

static int
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("electors: %s\n", message);

  return EC_CLI_EXIT_BAD_INPUT;
}

static gboolean
parse_year (const char *text,
            int        *year)
{
  char *end = NULL;
  gint64 value;

  errno = 0;
  value = g_ascii_strtoll (text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || value < 0 || value > 9999)
    return FALSE;

  *year = (int)value;

  return TRUE;
}

static int print_json (JsonNode *node);

static int
print_summary (EcScenario *scenario)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  g_autoptr(JsonNode) node = ec_tally_to_json (tally);

  /* With no majority, how the new Congress would vote; null for the years
   * the data has no Congress for (before 1976). */
  if (ec_contingent_is_needed (tally))
    {
      g_autoptr(EcContingent) contingent = ec_contingent_new_for_tally (tally, NULL);

      if (contingent != NULL)
        json_object_set_member (json_node_get_object (node), "contingent", ec_contingent_to_json (contingent));
      else
        json_object_set_null_member (json_node_get_object (node), "contingent");
    }

  return print_json (node);
}

static int
print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  g_print ("%s\n", text);

  return fflush (stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

static int
print_systems (EcScenario *scenario)
{
  g_autoptr(GPtrArray) rows = ec_compare_new (scenario);
  g_autoptr(JsonNode) node = ec_compare_to_json (scenario, rows);

  return print_json (node);
}

/* --method and --house-size: the same setters as the window's controls. */
static int
apply_system (EcScenario *scenario,
              const char *method_text,
              const char *house_text)
{
  g_autoptr(GError) error = NULL;
  EcMethod method;

  if (method_text != NULL)
    {
      /* A mixed system needs each state's choice, which only a file holds. */
      if (!ec_method_from_id (method_text, &method) || method == EC_METHOD_MIXED)
        return fail (_("“%s” is not a method: use winner-take-all, district, proportional, "
                       "national-popular-vote or compact"), method_text);
      ec_scenario_set_method (scenario, method);
    }

  if (house_text != NULL)
    {
      const EcCensus *census = ec_census_for_election (ec_scenario_get_election (scenario));
      EcHousePreset preset;
      gint64 seats;
      char *end = NULL;

      if (ec_house_preset_from_id (house_text, &preset))
        {
          if (census == NULL)
            return fail (_("The census populations behind this election are not bundled, "
                           "so its House cannot be re-apportioned"));
          seats = ec_house_preset_get_size (preset, census);
        }
      else
        {
          errno = 0;
          seats = g_ascii_strtoll (house_text, &end, 10);
          if (errno != 0 || end == house_text || *end != '\0' || seats < 0 || seats > G_MAXUINT)
            return fail (_("“%s” is not a House size: give a number of seats, wyoming-rule or cube-root"),
                         house_text);
        }

      if (!ec_scenario_set_house_size (scenario, seats, &error))
        return fail ("%s", error->message);
    }

  return EXIT_SUCCESS;
}

/* --target takes what a person would type: an id, or a name in any case. */
static EcCandidate *
find_target (EcScenario *scenario,
             const char *text)
{
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (candidates, i);
      g_autofree char *name = g_utf8_casefold (ec_candidate_get_name (candidate), -1);

      if (g_str_equal (ec_candidate_get_id (candidate), text) || g_str_equal (name, folded))
        return candidate;
    }

  return NULL;
}

static char *
dup_candidate_ids (EcScenario *scenario)
{
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < candidates->len; i++)
    g_strv_builder_add (builder, ec_candidate_get_id (g_ptr_array_index (candidates, i)));
  ids = g_strv_builder_end (builder);

  return g_strjoinv (", ", ids);
}

static void
add_election (JsonBuilder *builder,
              EcScenario  *scenario)
{
  EcElection *election = ec_scenario_get_election (scenario);
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  EcCandidate *winner = ec_tally_get_winner (tally);

  json_builder_set_member_name (builder, "election");
  if (ec_election_is_blank (election))
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, ec_election_get_year (election));
  json_builder_set_member_name (builder, "majority");
  json_builder_add_int_value (builder, ec_tally_get_majority (tally));
  json_builder_set_member_name (builder, "winner");
  if (winner != NULL)
    json_builder_add_string_value (builder, ec_candidate_get_id (winner));
  else
    json_builder_add_null_value (builder);
}

static int
print_analysis (EcScenario    *scenario,
                gboolean       closest,
                EcClosestGoal  goal,
                EcCandidate   *target,
                gboolean       paths)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  add_election (builder, scenario);

  if (closest)
    {
      g_autoptr(EcClosest) answer = ec_closest_new (scenario, goal, target);
      EcTippingPoint point;

      json_builder_set_member_name (builder, "closest");
      json_builder_add_value (builder, ec_closest_to_json (answer));
      json_builder_set_member_name (builder, "tipping_point");
      if (ec_closest_find_tipping_point (scenario, &point))
        json_builder_add_value (builder, ec_tipping_point_to_json (&point));
      else
        json_builder_add_null_value (builder);
    }

  if (paths)
    {
      g_autoptr(EcPaths) counted = ec_paths_new (scenario, NULL);

      json_builder_set_member_name (builder, "paths");
      /* Enough of the smallest combinations to step through. */
      json_builder_add_value (builder, ec_paths_to_json (counted, 10));
    }

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return print_json (root);
}

static gboolean
parse_page (const char     *text,
            EcSnapshotPage *page)
{
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *page = EC_SNAPSHOT_PAGE_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *page = EC_SNAPSHOT_PAGE_LETTER;
  else
    return FALSE;

  return TRUE;
}

static int
export (EcScenario *scenario,
        const char *path,
        const char *size_text,
        const char *page_text,
        const char *title,
        EcClosest  *closest)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EcMap) map = NULL;
  g_autoptr(EcSnapshot) snapshot = NULL;
  EcSnapshotFormat format;
  EcSnapshotPage page = EC_SNAPSHOT_PAGE_A4;
  int width, height;

  /* Everything the user typed is checked before anything is drawn. */
  if (!ec_snapshot_format_for_file (file, &format, &error))
    return fail ("%s", error->message);

  if (size_text != NULL && format == EC_SNAPSHOT_FORMAT_PDF)
    return fail (_("--size is for PNG and SVG images; a PDF is one page: use --page a4 or --page letter"));

  if (page_text != NULL && format != EC_SNAPSHOT_FORMAT_PDF)
    return fail (_("--page is for PDF files; for PNG and SVG images, use --size WIDTHxHEIGHT"));

  if (page_text != NULL && !parse_page (page_text, &page))
    return fail (_("“%s” is not a page size: use --page a4 or --page letter"), page_text);

  if (!(map = ec_map_new (&error)))
    return fail ("%s", error->message);

  snapshot = ec_snapshot_new (map, scenario);
  ec_snapshot_set_page (snapshot, page);
  if (title != NULL)
    ec_snapshot_set_title (snapshot, title);
  /* With --closest the page shows the answer too. */
  ec_snapshot_set_closest (snapshot, closest);

  if (size_text != NULL)
    {
      if (!ec_snapshot_parse_size (size_text, &width, &height, &error))
        return fail ("%s", error->message);
      ec_snapshot_set_size (snapshot, width, height);
    }

  if (!ec_snapshot_save (snapshot, file, format, &error))
    return fail ("%s", error->message);

  return EXIT_SUCCESS;
}

/**
 * ec_cli_run:
 * @options: the options given, as GApplication packs the entries of
 *   ec_cli_get_option_entries()
 * @arguments: (array zero-terminated=1): the program's name and whatever is
 *   left of the command line once the options are taken out
 *
 * Runs `electors --summary …` and the other headless commands. Never opens a
 * display.
 *
 * Returns: the process exit status
 */
int
ec_cli_run (GVariantDict       *options,
            const char * const *arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  const char *election_text = NULL;
  const char *scenario_path = NULL;
  const char *export_path = NULL;
  const char *size_text = NULL;
  const char *page_text = NULL;
  const char *title = NULL;
  const char *method_text = NULL;
  const char *house_text = NULL;
  const char *target_text = NULL;
  EcCandidate *target = NULL;
  gboolean closest = FALSE;
  gboolean tie = FALSE;
  gboolean no_majority = FALSE;
  gboolean paths = FALSE;
  gboolean summary = FALSE;
  gboolean systems = FALSE;
  gboolean pledged = FALSE;
  gboolean version = FALSE;
  guint n_args;

  g_return_val_if_fail (options != NULL, EXIT_FAILURE);
  g_return_val_if_fail (arguments != NULL, EXIT_FAILURE);

  g_variant_dict_lookup (options, "summary", "b", &summary);
  g_variant_dict_lookup (options, "export", "^&ay", &export_path);
  g_variant_dict_lookup (options, "election", "&s", &election_text);
  g_variant_dict_lookup (options, "pledged", "b", &pledged);
  g_variant_dict_lookup (options, "scenario", "^&ay", &scenario_path);
  g_variant_dict_lookup (options, "size", "&s", &size_text);
  g_variant_dict_lookup (options, "page", "&s", &page_text);
  g_variant_dict_lookup (options, "title", "&s", &title);
  g_variant_dict_lookup (options, "version", "b", &version);
  g_variant_dict_lookup (options, "systems", "b", &systems);
  g_variant_dict_lookup (options, "method", "&s", &method_text);
  g_variant_dict_lookup (options, "house-size", "&s", &house_text);
  g_variant_dict_lookup (options, "closest", "b", &closest);
  g_variant_dict_lookup (options, "target", "&s", &target_text);
  g_variant_dict_lookup (options, "tie", "b", &tie);
  g_variant_dict_lookup (options, "no-majority", "b", &no_majority);
  g_variant_dict_lookup (options, "paths", "b", &paths);

  if (version)
    {
      g_print ("electors %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  n_args = g_strv_length ((char **)arguments);
  if (!summary && !systems && export_path == NULL && !closest && !paths)
    return fail (_("nothing to do: add --summary to print the tally, --systems to compare ways of "
                   "choosing electors, --closest or --paths to see how close it was, or --export FILE "
                   "to save a snapshot, or run electors without options to open the window"));
  if (systems && (summary || export_path != NULL || method_text != NULL || house_text != NULL))
    return fail (_("--systems prints every method at once: use it without --summary, --export, "
                   "--method or --house-size"));
  if (!closest && (target_text != NULL || tie || no_majority))
    return fail (_("--target, --tie and --no-majority go with --closest"));
  if (tie && no_majority)
    return fail (_("use either --tie or --no-majority, not both"));
  if ((summary || systems) && (closest || paths))
    return fail (_("--summary, --systems, --closest and --paths each print their own JSON: use one at a time"));

  if (export_path == NULL && (size_text != NULL || page_text != NULL || title != NULL))
    return fail (_("--size, --page and --title go with --export FILE"));

  if (n_args > 1)
    return fail (_("unexpected argument “%s” (see electors --help)"), arguments[1]);

  if (scenario_path != NULL && election_text != NULL)
    return fail (_("use either --election or --scenario, not both"));

  if (scenario_path != NULL && pledged)
    return fail (_("--pledged goes with --election; a scenario file already says how its electors vote"));

  if (scenario_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (scenario_path);

      if (!(scenario = ec_scenario_new_from_file (file, &error)))
        return fail ("%s: %s", scenario_path, error->message);
    }
  else
    {
      g_autoptr(EcElection) election = NULL;
      int year = ec_election_get_latest_year ();

      if (election_text != NULL && !parse_year (election_text, &year))
        return fail (_("“%s” is not a year; try --election 2016"), election_text);

      if (!(election = ec_election_new_for_year (year, &error)))
        return fail ("%s", error->message);

      scenario = ec_scenario_new (election, pledged ? EC_SCENARIO_PLEDGED : EC_SCENARIO_AS_CAST);
    }

  if (systems)
    return print_systems (scenario);

  {
    int status = apply_system (scenario, method_text, house_text);

    if (status != EXIT_SUCCESS)
      return status;
  }
  if (target_text != NULL && !(target = find_target (scenario, target_text)))
    {
      g_autofree char *ids = dup_candidate_ids (scenario);

      return fail (_("no candidate “%s” in this election; try one of: %s"), target_text, ids);
    }

  if (export_path != NULL)
    {
      g_autoptr(EcClosest) answer = NULL;
      int status;

      if (closest)
        answer = ec_closest_new (scenario,
                                 tie ? EC_CLOSEST_TIE : no_majority ? EC_CLOSEST_NO_MAJORITY : EC_CLOSEST_WIN,
                                 target);
      status = export (scenario, export_path, size_text, page_text, title, answer);

      if (status != EXIT_SUCCESS || (!summary && !closest && !paths))
        return status;
    }

  if (closest || paths)
    return print_analysis (scenario, closest,
                           tie ? EC_CLOSEST_TIE : no_majority ? EC_CLOSEST_NO_MAJORITY : EC_CLOSEST_WIN,
                           target, paths);

  return print_summary (scenario);
}
