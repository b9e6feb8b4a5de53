/* test-cli.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real `electors` binary the way a teacher would, with no display.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ec-cli.h"
#include "ec-closest.h"
#include "ec-paths.h"
#include "ec-scenario.h"

static const char *electors_bin;

typedef struct {
  int       status;
  char     *out;
  char     *err;
  gboolean  done;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* How every run starts: with no display, in the C locale. */
static GSubprocessLauncher *
new_launcher (void)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                             G_SUBPROCESS_FLAGS_STDERR_PIPE);

  /* The command line must never need a display. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "none-such", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);

  /* Under LeakSanitizer, fontconfig's suppressed leaks (exports draw text)
   * would otherwise be listed on stderr, which must stay empty. */
  if (g_getenv ("LSAN_OPTIONS") != NULL)
    {
      g_autofree char *options = g_strconcat (g_getenv ("LSAN_OPTIONS"), ":print_suppressions=0", NULL);

      g_subprocess_launcher_setenv (launcher, "LSAN_OPTIONS", options, TRUE);
    }

  return launcher;
}

static void
communicate_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->done = TRUE;
}

static void
run_electors_va (Run                 *run,
                 GSubprocessLauncher *launcher,
                 const char          *first_arg,
                 va_list              args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *)electors_bin);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);

  /* The main context runs meanwhile, for a test that listens to what the
   * program does (see test_no_display_no_bus()). */
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicate_cb, run);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
run_electors (Run        *run,
              const char *first_arg,
              ...)
{
  g_autoptr(GSubprocessLauncher) launcher = new_launcher ();
  va_list args;

  va_start (args, first_arg);
  run_electors_va (run, launcher, first_arg, args);
  va_end (args);
}

/* Like run_electors(), with @launcher's environment. */
static void
run_electors_with (Run                 *run,
                   GSubprocessLauncher *launcher,
                   const char          *first_arg,
                   ...)
{
  va_list args;

  va_start (args, first_arg);
  run_electors_va (run, launcher, first_arg, args);
  va_end (args);
}

static JsonObject *
parse_summary (JsonParser *parser,
               const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_get_object (json_parser_get_root (parser));
}

static gint64
votes_of (JsonObject *summary,
          const char *name)
{
  JsonArray *candidates = json_object_get_array_member (summary, "candidates");

  for (guint i = 0; i < json_array_get_length (candidates); i++)
    {
      JsonObject *c = json_array_get_object_element (candidates, i);

      if (g_str_equal (json_object_get_string_member (c, "name"), name))
        return json_object_get_int_member (c, "electoral_votes");
    }

  return -1;
}

static void
test_summary_2016 (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *summary;
  JsonObject *first;

  run_electors (&run, "--summary", "--election", "2016", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  summary = parse_summary (parser, run.out);
  g_assert_cmpint (json_object_get_int_member (summary, "election"), ==, 2016);
  g_assert_cmpint (json_object_get_int_member (summary, "electors_total"), ==, 538);
  g_assert_cmpint (json_object_get_int_member (summary, "majority"), ==, 270);
  g_assert_cmpint (votes_of (summary, "Donald Trump"), ==, 304);
  g_assert_cmpint (votes_of (summary, "Hillary Clinton"), ==, 227);
  g_assert_cmpint (votes_of (summary, "Colin Powell"), ==, 3);
  g_assert_cmpint (votes_of (summary, "Faith Spotted Eagle"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (summary, "outcome"), ==, "winner");
  g_assert_cmpstr (json_object_get_string_member (summary, "winner"), ==, "Donald Trump");
  g_assert_cmpstr (json_object_get_string_member (summary, "popular_vote_winner"), ==, "Hillary Clinton");
  g_assert_true (json_object_get_boolean_member (summary, "popular_vote_split"));
  g_assert_cmpint (json_object_get_int_member (summary, "abstentions"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (summary, "undecided_electoral_votes"), ==, 0);

  first = json_array_get_object_element (json_object_get_array_member (summary, "candidates"), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "party"), ==, "Republican");
  g_assert_cmpint (json_object_get_int_member (first, "popular_votes"), >, 62900000);

  /* People who received only faithless votes have no popular vote. */
  {
    JsonArray *candidates = json_object_get_array_member (summary, "candidates");

    for (guint i = 0; i < json_array_get_length (candidates); i++)
      {
        JsonObject *c = json_array_get_object_element (candidates, i);

        if (g_str_equal (json_object_get_string_member (c, "name"), "Colin Powell"))
          g_assert_cmpint (json_object_get_int_member (c, "popular_votes"), ==, 0);
      }
  }
}

/* `electors --summary --election YEAR` gives the official result of every
 * election since 1789, under the rules of its era. */
static void
test_summary_every_year (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "official-results.json", NULL);
  g_autoptr(JsonParser) official_parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *official;
  GList *keys;
  guint years = 0;

  json_parser_load_from_file (official_parser, path, &error);
  g_assert_no_error (error);
  official = json_node_get_object (json_parser_get_root (official_parser));
  keys = json_object_get_members (official);

  for (GList *l = keys; l != NULL; l = l->next)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *expected;
      JsonObject *electoral;
      JsonObject *summary;
      GList *names;
      const char *outcome;

      if (g_str_equal (l->data, "sources"))
        continue;

      expected = json_object_get_object_member (official, l->data);
      electoral = json_object_get_object_member (expected, "electoral");
      run_electors (&run, "--summary", "--election", (const char *)l->data, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      summary = parse_summary (parser, run.out);

      g_assert_cmpint (json_object_get_int_member (summary, "election"), ==, g_ascii_strtoll (l->data, NULL, 10));
      names = json_object_get_members (electoral);
      for (GList *n = names; n != NULL; n = n->next)
        g_assert_cmpint (votes_of (summary, n->data), ==, json_object_get_int_member (electoral, n->data));
      g_list_free (names);

      outcome = json_object_get_string_member_with_default (expected, "outcome", "winner");
      g_assert_cmpstr (json_object_get_string_member (summary, "outcome"), ==, outcome);
      if (json_object_has_member (expected, "winner"))
        g_assert_cmpstr (json_object_get_string_member (summary, "winner"), ==,
                         json_object_get_string_member (expected, "winner"));
      if (json_object_has_member (expected, "rules"))
        g_assert_cmpstr (json_object_get_string_member (summary, "rules"), ==,
                         json_object_get_string_member (expected, "rules"));
      years++;
    }
  g_list_free (keys);

  g_assert_cmpuint (years, ==, 60);
}

static void
test_summary_history (void)
{
  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *summary;
    JsonObject *first;

    run_electors (&run, "--summary", "--election", "1800", NULL);
    g_assert_cmpint (run.status, ==, 0);
    summary = parse_summary (parser, run.out);
    g_assert_cmpint (json_object_get_int_member (summary, "electors_total"), ==, 138);
    g_assert_cmpint (json_object_get_int_member (summary, "majority"), ==, 70);
    g_assert_cmpint (json_object_get_int_member (summary, "votes_per_elector"), ==, 2);
    g_assert_cmpstr (json_object_get_string_member (summary, "outcome"), ==, "contingent");
    g_assert_true (json_object_get_null_member (summary, "winner"));
    g_assert_nonnull (strstr (json_object_get_string_member (summary, "outcome_sentence"), "House of Representatives"));
    /* No popular vote before 1824: none to give, which is not zero. */
    first = json_array_get_object_element (json_object_get_array_member (summary, "candidates"), 0);
    g_assert_true (json_object_get_null_member (first, "popular_votes"));
  }

  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *summary;
    JsonArray *legislature;

    run_electors (&run, "--summary", "--election", "1824", NULL);
    g_assert_cmpint (run.status, ==, 0);
    summary = parse_summary (parser, run.out);
    g_assert_cmpint (json_object_get_int_member (summary, "majority"), ==, 131);
    legislature = json_object_get_array_member (summary, "chosen_by_legislature");
    g_assert_cmpuint (json_array_get_length (legislature), ==, 6);
    g_assert_cmpstr (json_array_get_string_element (legislature, 3), ==, "NY");
  }

  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *summary;

    run_electors (&run, "--summary", "--election", "1864", NULL);
    g_assert_cmpint (run.status, ==, 0);
    summary = parse_summary (parser, run.out);
    g_assert_cmpint (json_object_get_int_member (summary, "electors_not_voting"), ==, 81);
    g_assert_cmpint (json_object_get_int_member (summary, "undecided_electoral_votes"), ==, 0);
  }
}

static void
test_summary_pledged (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *summary;

  run_electors (&run, "--summary", "--election", "2016", "--pledged", NULL);
  g_assert_cmpint (run.status, ==, 0);
  summary = parse_summary (parser, run.out);
  g_assert_cmpint (votes_of (summary, "Donald Trump"), ==, 306);
  g_assert_cmpint (votes_of (summary, "Hillary Clinton"), ==, 232);
  g_assert_cmpint (votes_of (summary, "Colin Powell"), ==, 0);
}

static void
test_summary_latest (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *summary;

  run_electors (&run, "--summary", NULL);
  g_assert_cmpint (run.status, ==, 0);
  summary = parse_summary (parser, run.out);
  g_assert_cmpint (json_object_get_int_member (summary, "election"), ==, 2024);
  g_assert_cmpint (votes_of (summary, "Donald Trump"), ==, 312);
  g_assert_cmpint (votes_of (summary, "Kamala Harris"), ==, 226);
  g_assert_false (json_object_get_boolean_member (summary, "popular_vote_split"));
}

static void
test_summary_2000_abstention (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *summary;

  run_electors (&run, "--summary", "--election=2000", NULL);
  g_assert_cmpint (run.status, ==, 0);
  summary = parse_summary (parser, run.out);
  g_assert_cmpint (votes_of (summary, "George W. Bush"), ==, 271);
  g_assert_cmpint (votes_of (summary, "Al Gore"), ==, 266);
  g_assert_cmpint (json_object_get_int_member (summary, "abstentions"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (summary, "winner"), ==, "George W. Bush");
}

static gint64
delegations_of (JsonObject *house,
                const char *id)
{
  JsonArray *candidates = json_object_get_array_member (house, "candidates");

  for (guint i = 0; i < json_array_get_length (candidates); i++)
    {
      JsonObject *c = json_array_get_object_element (candidates, i);

      if (g_str_equal (json_object_get_string_member (c, "id"), id))
        return json_object_get_int_member (c, "delegations");
    }

  return -1;
}

static void
assert_contingent (JsonObject *summary,
                   gint64      trump,
                   gint64      clinton,
                   gint64      divided,
                   const char *president,
                   gint64      pence_senators,
                   const char *vice_president)
{
  JsonObject *contingent = json_object_get_object_member (summary, "contingent");
  JsonObject *house;
  JsonObject *senate;
  JsonArray *running_mates;
  gint64 senators = -1;

  g_assert_nonnull (contingent);
  g_assert_cmpint (json_object_get_int_member (contingent, "congress"), ==, 115);
  house = json_object_get_object_member (contingent, "house");
  g_assert_cmpint (json_object_get_int_member (house, "needed"), ==, 26);
  g_assert_cmpint (json_object_get_int_member (house, "states"), ==, 50);
  g_assert_cmpint (delegations_of (house, "donald-trump"), ==, trump);
  g_assert_cmpint (delegations_of (house, "hillary-clinton"), ==, clinton);
  g_assert_cmpint (json_object_get_int_member (house, "divided"), ==, divided);
  g_assert_cmpstr (json_object_get_string_member (house, "president"), ==, president);

  senate = json_object_get_object_member (contingent, "senate");
  g_assert_cmpint (json_object_get_int_member (senate, "needed"), ==, 51);
  running_mates = json_object_get_array_member (senate, "candidates");
  for (guint i = 0; i < json_array_get_length (running_mates); i++)
    {
      JsonObject *c = json_array_get_object_element (running_mates, i);

      if (g_str_equal (json_object_get_string_member (c, "running_mate"), "Mike Pence"))
        senators = json_object_get_int_member (c, "senators");
    }
  g_assert_cmpint (senators, ==, pence_senators);
  g_assert_cmpstr (json_object_get_string_member (senate, "vice_president"), ==, vice_president);
  g_assert_cmpstr (json_object_get_string_member (contingent, "outcome"), !=, "");
}

/* A blank map's candidates under the names a student gave them. */
static void
test_summary_blank_names (void)
{
  g_autoptr(EcScenario) scenario = ec_scenario_new_blank (NULL);
  g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mock.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  JsonObject *summary;

  g_assert_true (ec_scenario_set_candidate_name (scenario, "democratic-candidate", "Ada Lovelace"));
  g_assert_true (ec_scenario_set_third_candidate (scenario, TRUE));
  g_assert_true (ec_scenario_set_candidate_name (scenario, "third-party-candidate", "Grace Hopper"));
  ec_scenario_set_winner (scenario, "CA", ec_scenario_get_candidate (scenario, "democratic-candidate"));
  ec_scenario_set_winner (scenario, "TX", ec_scenario_get_candidate (scenario, "third-party-candidate"));
  g_assert_true (ec_scenario_save_to_file (scenario, file, &error));
  g_assert_no_error (error);

  run_electors (&run, "--summary", "--scenario", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  summary = parse_summary (parser, run.out);
  g_assert_cmpint (votes_of (summary, "Ada Lovelace"), ==, 54);
  g_assert_cmpint (votes_of (summary, "Grace Hopper"), ==, 40);
  g_assert_cmpint (votes_of (summary, "Republican candidate"), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_summary_scenario (void)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (2016, NULL);
  g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_PLEDGED);
  g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "petition.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  JsonObject *summary;

  /* 37 Trump electors switch: 269–269, and the House decides. */
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", ec_election_get_candidate (election, "hillary-clinton"),
                                            37, NULL, &error));
  g_assert_true (ec_scenario_save_to_file (scenario, file, &error));
  g_assert_no_error (error);

  run_electors (&run, "--summary", "--scenario", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  summary = parse_summary (parser, run.out);
  g_assert_cmpint (votes_of (summary, "Donald Trump"), ==, 269);
  g_assert_cmpint (votes_of (summary, "Hillary Clinton"), ==, 269);
  g_assert_cmpstr (json_object_get_string_member (summary, "outcome"), ==, "contingent");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (summary, "winner")));

  /* The 115th Congress votes: 32 Republican delegations, 17 Democratic,
   * Maine split; 52 Republican senators. */
  assert_contingent (summary, 32, 17, 1, "donald-trump", 52, "Mike Pence");

  /* A delegation the student changed is saved and counted. */
  g_assert_true (ec_scenario_set_house_vote (scenario, "TX", ec_election_get_candidate (election, "hillary-clinton")));
  g_assert_true (ec_scenario_save_to_file (scenario, file, &error));
  g_assert_no_error (error);
  {
    g_auto(Run) changed = { 0 };
    g_autoptr(JsonParser) changed_parser = json_parser_new ();
    JsonObject *house;

    run_electors (&changed, "--summary", "--scenario", path, NULL);
    g_assert_cmpint (changed.status, ==, 0);
    summary = parse_summary (changed_parser, changed.out);
    assert_contingent (summary, 31, 18, 1, "donald-trump", 52, "Mike Pence");
    house = json_object_get_object_member (json_object_get_object_member (summary, "contingent"), "house");
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (house, "votes"), "TX"), ==,
                     "hillary-clinton");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (house, "set_by_user")), ==, 1);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* A majority: no contingent election. Before 1976 there is no Congress
 * in the data, and the summary says so with null. */
static void
test_summary_contingent_absent (void)
{
  g_auto(Run) run_2016 = { 0 };
  g_auto(Run) run_1824 = { 0 };
  g_autoptr(JsonParser) parser_2016 = json_parser_new ();
  g_autoptr(JsonParser) parser_1824 = json_parser_new ();
  JsonObject *summary;

  run_electors (&run_2016, "--summary", "--election", "2016", NULL);
  g_assert_cmpint (run_2016.status, ==, 0);
  summary = parse_summary (parser_2016, run_2016.out);
  g_assert_false (json_object_has_member (summary, "contingent"));

  run_electors (&run_1824, "--summary", "--election", "1824", NULL);
  g_assert_cmpint (run_1824.status, ==, 0);
  summary = parse_summary (parser_1824, run_1824.out);
  g_assert_cmpstr (json_object_get_string_member (summary, "outcome"), ==, "contingent");
  g_assert_true (json_object_has_member (summary, "contingent"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (summary, "contingent")));
}

static void
test_help_and_version (void)
{
  g_auto(Run) help = { 0 };
  g_auto(Run) version = { 0 };

  run_electors (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--summary"));
  g_assert_nonnull (strstr (help.out, "--election"));
  g_assert_nonnull (strstr (help.out, "--pledged"));
  g_assert_nonnull (strstr (help.out, "--scenario"));
  g_assert_nonnull (strstr (help.out, "--export"));
  g_assert_nonnull (strstr (help.out, "--size"));
  g_assert_nonnull (strstr (help.out, "--page"));
  g_assert_nonnull (strstr (help.out, "--title"));
  g_assert_nonnull (strstr (help.out, "--closest"));
  g_assert_nonnull (strstr (help.out, "--target=NAME"));
  g_assert_nonnull (strstr (help.out, "--tie"));
  g_assert_nonnull (strstr (help.out, "--no-majority"));
  g_assert_nonnull (strstr (help.out, "--paths"));

  run_electors (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "electors " PACKAGE_VERSION "\n");
}

static void
assert_one_line_failure (Run        *run,
                         const char *must_contain)
{
  g_test_message ("stderr: %s", run->err);
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "electors: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  /* Exactly one line. */
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (must_contain != NULL)
    g_assert_nonnull (strstr (run->err, must_contain));
}

static void
test_bad_arguments (void)
{
  const char *cases[][4] = {
    { "--summary", "--election", "1975", "1789" },
    { "--summary", "--election", "abc", "abc" },
    { "--summary", "--election", "2028", "2028" },
    { "--summary", "--bogus", NULL, "--bogus" },
    { "--election", "2016", NULL, "--summary" },
    { "--summary", "--scenario", "/nonexistent/x.electors", "/nonexistent/x.electors" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_electors (&run, cases[i][0], cases[i][1], cases[i][2], NULL);
      assert_one_line_failure (&run, cases[i][3]);
    }
}

/* --systems prints every method at once; each row must be what --summary
 * prints for that method alone, the number a window would show. */
static void
test_systems (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *table;
  JsonArray *systems;
  guint n_rows;

  run_electors (&run, "--systems", "--election", "2016", "--pledged", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  table = parse_summary (parser, run.out);
  systems = json_object_get_array_member (table, "systems");
  n_rows = json_array_get_length (systems);
  g_assert_cmpuint (n_rows, ==, 7);
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (table, "compact"), "in_force"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (table, "compact"), "short_by"), ==, 105);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (table, "house"), "wyoming-rule"), ==, 544);

  for (guint i = 0; i < n_rows; i++)
    {
      JsonObject *row = json_array_get_object_element (systems, i);
      JsonArray *candidates = json_object_get_array_member (row, "candidates");
      g_autofree char *house = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (row, "house_size"));
      g_auto(Run) one = { 0 };
      g_autoptr(JsonParser) one_parser = json_parser_new ();
      JsonObject *summary;

      run_electors (&one, "--summary", "--election", "2016", "--pledged",
                    "--method", json_object_get_string_member (row, "method"), "--house-size", house, NULL);
      g_assert_cmpint (one.status, ==, 0);
      summary = parse_summary (one_parser, one.out);
      g_test_message ("%s: %s", json_object_get_string_member (row, "id"), json_object_get_string_member (summary, "outcome_sentence"));
      g_assert_cmpint (json_object_get_int_member (summary, "majority"), ==, json_object_get_int_member (row, "majority"));
      g_assert_cmpstr (json_object_get_string_member (summary, "outcome"), ==, json_object_get_string_member (row, "outcome"));
      for (guint j = 0; j < json_array_get_length (candidates); j++)
        {
          JsonObject *c = json_array_get_object_element (candidates, j);

          g_assert_cmpint (votes_of (summary, json_object_get_string_member (c, "name")), ==,
                           json_object_get_int_member (c, "electoral_votes"));
        }
    }

  /* 2016 under proportional allocation: nobody has 270. */
  {
    JsonObject *row = json_array_get_object_element (systems, 1);

    g_assert_cmpstr (json_object_get_string_member (row, "id"), ==, "proportional");
    g_assert_cmpstr (json_object_get_string_member (row, "outcome"), ==, "contingent");
  }
}

static void
test_systems_bad_arguments (void)
{
  const char *cases[][6] = {
    { "--summary", "--election", "2016", "--method", "first-past-the-post", "first-past-the-post" },
    { "--summary", "--election", "2016", "--house-size", "400", "out of range" },
    { "--summary", "--election", "2016", "--house-size", "many", "not a House size" },
    { "--summary", "--election", "2008", "--house-size", "573", "not bundled" },
    { "--summary", "--election", "2008", "--house-size", "wyoming-rule", "not bundled" },
    { "--systems", "--election", "2016", "--summary", NULL, "--systems" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_electors (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3], cases[i][4], NULL);
      assert_one_line_failure (&run, cases[i][5]);
    }
}

static void
test_bad_scenario_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "bad-scenarios", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_auto(Run) run = { 0 };

      run_electors (&run, "--summary", "--scenario", path, NULL);
      /* The message names the file. */
      assert_one_line_failure (&run, path);
      n++;
    }

  g_assert_cmpuint (n, >=, 20);

  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--summary", "--scenario", dir_path, NULL);
    assert_one_line_failure (&run, "folder");
  }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *)a, *(char * const *)b);
}

/* The names in @folder, sorted, one space apart. */
static char *
list_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

/* Like strstr(), over binary data: a PDF has NUL bytes in its streams. */
static gboolean
contains_bytes (const char *haystack,
                gsize       length,
                const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    {
      if (memcmp (haystack + i, needle, needle_length) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  cairo_surface_destroy (surface);
}

/* Every option the command line has is in --help, as GApplication shows
 * it: with its value's name and its description, on the option's line. */
static void
test_help_lists_every_option (void)
{
  const char *names[] = { "summary", "export", "election", "pledged", "scenario", "size", "page", "title",
                          "systems", "method", "house-size",
                          "closest", "target", "tie", "no-majority", "paths", "version" };
  const GOptionEntry *entries = ec_cli_get_option_entries ();
  g_auto(Run) help = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n_entries = 0;

  run_electors (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_cmpstr (help.err, ==, "");
  g_assert_true (g_str_has_prefix (help.out, "Usage:\n  electors [OPTION…] [FILE…]"));
  g_assert_nonnull (strstr (help.out, "electors --summary --election 2016\n"));
  lines = g_strsplit (help.out, "\n", -1);

  for (guint i = 0; entries[i].long_name != NULL; i++, n_entries++)
    {
      const GOptionEntry *entry = &entries[i];
      g_autofree char *option = NULL;
      gboolean found = FALSE;

      g_test_message ("--%s", entry->long_name);
      g_assert_nonnull (entry->description);
      g_assert_cmpstr (entry->description, !=, "");
      /* An option that takes a value names it. */
      g_assert_true ((entry->arg == G_OPTION_ARG_NONE) == (entry->arg_description == NULL));

      if (entry->arg_description != NULL)
        option = g_strdup_printf ("  --%s=%s ", entry->long_name, entry->arg_description);
      else
        option = g_strdup_printf ("  --%s ", entry->long_name);

      for (guint j = 0; lines[j] != NULL && !found; j++)
        {
          if (g_str_has_prefix (lines[j], option))
            {
              g_assert_true (g_str_has_suffix (lines[j], entry->description));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }

  /* And the list is the whole command line. */
  g_assert_cmpuint (n_entries, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (entries[i].long_name, ==, names[i]);
}

static JsonObject *
closest_of (JsonObject *root)
{
  g_assert_true (json_object_has_member (root, "closest"));

  return json_object_get_object_member (root, "closest");
}

/* The same numbers as the window: the answer for 2016 and 2000 as the
 * analysis gives it (and tests/analysis/test-closest.c checks by hand). */
static void
test_closest (void)
{
  g_auto(Run) win = { 0 };
  g_auto(Run) gore = { 0 };
  g_auto(Run) tie = { 0 };
  g_auto(Run) house = { 0 };
  g_auto(Run) early = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *closest;
  JsonArray *units;

  run_electors (&win, "--closest", "--election", "2016", NULL);
  g_assert_cmpint (win.status, ==, 0);
  g_assert_cmpstr (win.err, ==, "");
  root = parse_summary (parser, win.out);
  g_assert_cmpint (json_object_get_int_member (root, "election"), ==, 2016);
  g_assert_cmpstr (json_object_get_string_member (root, "winner"), ==, "donald-trump");
  closest = closest_of (root);
  g_assert_cmpstr (json_object_get_string_member (closest, "target"), ==, "hillary-clinton");
  g_assert_cmpint (json_object_get_int_member (closest, "voters"), ==, 38875);
  units = json_object_get_array_member (closest, "units");
  g_assert_cmpuint (json_array_get_length (units), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (units, 0), "id"), ==, "MI");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (units, 0), "voters"), ==, 5353);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "tipping_point"), "id"), ==, "PA");

  /* A name in any case picks the candidate; so does the id. */
  run_electors (&gore, "--closest", "--election", "2000", "--target", "al GORE", NULL);
  g_assert_cmpint (gore.status, ==, 0);
  root = parse_summary (parser, gore.out);
  closest = closest_of (root);
  g_assert_cmpstr (json_object_get_string_member (closest, "target"), ==, "al-gore");
  g_assert_cmpint (json_object_get_int_member (closest, "voters"), ==, 269);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "tipping_point"), "id"), ==, "FL");

  run_electors (&tie, "--closest", "--election", "2016", "--pledged", "--tie", "--target", "hillary-clinton", NULL);
  g_assert_cmpint (tie.status, ==, 0);
  closest = closest_of (parse_summary (parser, tie.out));
  g_assert_cmpstr (json_object_get_string_member (closest, "goal"), ==, "tie");
  g_assert_cmpint (json_object_get_int_member (closest, "voters"), ==, 30768);

  run_electors (&house, "--closest", "--election", "2000", "--no-majority", NULL);
  g_assert_cmpint (house.status, ==, 0);
  closest = closest_of (parse_summary (parser, house.out));
  g_assert_cmpstr (json_object_get_string_member (closest, "goal"), ==, "no-majority");
  g_assert_cmpint (json_object_get_int_member (closest, "voters"), ==, 35949);

  /* With --export the page shows the answer too. */
  {
    g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "closest.svg", NULL);
    g_autofree char *svg = NULL;
    g_auto(Run) export_run = { 0 };

    run_electors (&export_run, "--closest", "--election", "2000", "--export", path, NULL);
    g_assert_cmpint (export_run.status, ==, 0);
    g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
    g_assert_nonnull (strstr (svg, "How close was it?"));
    g_assert_nonnull (strstr (svg, "<use xlink:href=\"#shape-FL\" fill=\"none\""));
    closest = closest_of (parse_summary (parser, export_run.out));
    g_assert_cmpint (json_object_get_int_member (closest, "voters"), ==, 269);
    g_unlink (path);
    g_rmdir (dir);
  }

  /* No popular vote: a clear “not available”, not a number. */
  run_electors (&early, "--closest", "--election", "1800", NULL);
  g_assert_cmpint (early.status, ==, 0);
  root = parse_summary (parser, early.out);
  closest = closest_of (root);
  g_assert_cmpstr (json_object_get_string_member (closest, "status"), ==, "no-popular-vote");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (closest, "voters")));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (root, "tipping_point")));
}

static void
test_closest_bad_arguments (void)
{
  const char *cases[][5] = {
    { "--closest", "--target", "nobody-at-all", NULL, "nobody-at-all" },
    { "--summary", "--tie", NULL, NULL, "--closest" },
    { "--closest", "--tie", "--no-majority", NULL, "--no-majority" },
    { "--summary", "--closest", NULL, NULL, "one at a time" },
    { "--summary", "--target", "al-gore", NULL, "--closest" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_electors (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3], NULL);
      assert_one_line_failure (&run, cases[i][4]);
    }
}

/* --paths on a saved scenario: 2024 with its nine swing states undecided,
 * counted as the analysis counts them in this process. */
static void
test_paths (void)
{
  static const char * const swing[] = { "AZ", "GA", "MI", "NV", "NC", "PA", "WI", "ME-2", "NE-2" };
  g_autoptr(EcElection) election = ec_election_new_for_year (2024, NULL);
  g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_PLEDGED);
  g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "swing.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(EcPaths) expected = NULL;
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  JsonObject *paths, *counts;
  JsonArray *sides;

  for (guint i = 0; i < G_N_ELEMENTS (swing); i++)
    ec_scenario_set_winner (scenario, swing[i], NULL);
  g_assert_true (ec_scenario_save_to_file (scenario, file, &error));
  g_assert_no_error (error);
  expected = ec_paths_new (scenario, NULL);

  run_electors (&run, "--paths", "--scenario", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  paths = json_object_get_object_member (parse_summary (parser, run.out), "paths");
  g_assert_cmpstr (json_object_get_string_member (paths, "status"), ==, "counted");
  g_assert_cmpint (json_object_get_int_member (paths, "combinations"), ==, 512);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (paths, "in_play")), ==, 9);
  counts = json_object_get_object_member (paths, "counts");
  g_assert_cmpint (json_object_get_int_member (counts, "left_wins"), ==,
                   ec_paths_get_count (expected, EC_PATHS_LEFT_WINS));
  g_assert_cmpint (json_object_get_int_member (counts, "right_wins"), ==,
                   ec_paths_get_count (expected, EC_PATHS_RIGHT_WINS));
  g_assert_cmpint (json_object_get_int_member (counts, "tie"), ==, ec_paths_get_count (expected, EC_PATHS_TIE));
  g_assert_cmpint (json_object_get_int_member (counts, "left_wins") + json_object_get_int_member (counts, "right_wins") +
                   json_object_get_int_member (counts, "tie") + json_object_get_int_member (counts, "no_majority"), ==, 512);
  sides = json_object_get_array_member (paths, "sides");
  g_assert_cmpuint (json_array_get_length (sides), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (sides, 0),
                                                                         "smallest")), >, 0);

  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
incoming_cb (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source,
             gpointer           user_data)
{
  guint *n_connections = user_data;

  /* Hung up at once: a program that wanted the bus carries on without it. */
  (*n_connections)++;
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);

  return TRUE;
}

/* The command line answers before GApplication goes on the session bus
 * and before GTK opens the display: it works with neither, and never even
 * knocks at a bus that is there. */
static void
test_no_display_no_bus (void)
{
  g_autoptr(GSubprocessLauncher) no_bus = new_launcher ();
  g_autoptr(GSubprocessLauncher) bus = new_launcher ();
  g_autoptr(GSocketService) service = g_socket_service_new ();
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "bus", NULL);
  g_autofree char *bus_address = g_strdup_printf ("unix:path=%s", socket_path);
  g_autofree char *slide = g_build_filename (dir, "slide.png", NULL);
  guint n_connections = 0;

  g_subprocess_launcher_unsetenv (no_bus, "DBUS_SESSION_BUS_ADDRESS");

  {
    g_auto(Run) run = { 0 };

    run_electors_with (&run, no_bus, "--summary", "--election", "2016", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (votes_of (parse_summary (parser, run.out), "Donald Trump"), ==, 304);
  }

  {
    g_auto(Run) run = { 0 };

    run_electors_with (&run, no_bus, "--version", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "electors " PACKAGE_VERSION "\n");
  }

  address = g_unix_socket_address_new (socket_path);
  g_socket_listener_add_address (G_SOCKET_LISTENER (service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_DEFAULT, NULL, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (service, "incoming", G_CALLBACK (incoming_cb), &n_connections);
  g_socket_service_start (service);
  g_subprocess_launcher_setenv (bus, "DBUS_SESSION_BUS_ADDRESS", bus_address, TRUE);

  {
    g_auto(Run) run = { 0 };

    run_electors_with (&run, bus, "--summary", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (votes_of (parse_summary (parser, run.out), "Kamala Harris"), ==, 226);
  }

  {
    g_auto(Run) run = { 0 };

    run_electors_with (&run, bus, "--export", slide, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    assert_png_size (slide, 1920, 1080);
  }

  {
    g_auto(Run) run = { 0 };

    run_electors_with (&run, bus, "--summary", "--bogus", NULL);
    assert_one_line_failure (&run, "--bogus");
  }

  /* Anything the programs sent would have been read by now: they have
   * exited, and the listener has had every turn of the main context. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (n_connections, ==, 0);

  g_socket_service_stop (service);
  g_socket_listener_close (G_SOCKET_LISTENER (service));
  g_unlink (socket_path);
  g_unlink (slide);
  g_rmdir (dir);
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
  g_autofree char *slide = g_build_filename (dir, "slide.png", NULL);
  g_autofree char *square = g_build_filename (dir, "Square.PNG", NULL);
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *a4 = g_build_filename (dir, "a4.pdf", NULL);
  g_autofree char *letter = g_build_filename (dir, "letter.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  gsize length;

  /* The command of the issue: a 1920×1080 slide, with no display. */
  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--export", slide, "--election", "2016", "--pledged", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==, "");
    assert_png_size (slide, 1920, 1080);
  }

  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--export", square, "--size", "1080x1080", "--title", "Our class map", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_png_size (square, 1080, 1080);
  }

  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--export", svg, "--election", "2000", "--size", "1280x720", "--title", "Bush & Gore", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "width=\"1280\" height=\"720\""));
    g_assert_nonnull (strstr (contents, ">Bush &amp; Gore</text>"));
    g_clear_pointer (&contents, g_free);
  }

  /* PDF: A4 unless told otherwise; and --summary still prints the tally. */
  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--export", a4, "--election", "2016", "--summary", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"majority\" : 270"));
    g_assert_true (g_file_get_contents (a4, &contents, &length, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_assert_true (contains_bytes (contents, length, "/MediaBox [ 0 0 842 595 ]"));
    g_clear_pointer (&contents, g_free);
  }

  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--export", letter, "--page", "letter", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (letter, &contents, &length, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_assert_true (contains_bytes (contents, length, "/MediaBox [ 0 0 792 612 ]"));
  }

  /* Nothing but the files asked for. */
  listing = list_folder (dir);
  g_assert_cmpstr (listing, ==, "Square.PNG a4.pdf letter.pdf map.svg slide.png");

  g_unlink (slide);
  g_unlink (square);
  g_unlink (svg);
  g_unlink (a4);
  g_unlink (letter);
  g_rmdir (dir);
}

/* The elections before 1976 export like today's: the map of the Union as
 * it was, its key, and words for what has no number. */
static void
test_export_early (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "1800.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "1864.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "1789.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--export", svg, "--election", "1800", "--size", "1366x768", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, ">1800 presidential election</text>"));
    /* Virginia's one label carries its 21 electors; West Virginia, part of
     * it, and Ohio, not yet a state, have none. */
    g_assert_nonnull (strstr (contents, ">VA</text>"));
    g_assert_nonnull (strstr (contents, ">21</text>"));
    g_assert_null (strstr (contents, ">WV</text>"));
    g_assert_null (strstr (contents, ">OH</text>"));
    /* The key may wrap onto two lines. */
    g_assert_nonnull (strstr (contents, ">No electors: not yet a state, not in the Union"));
    g_assert_nonnull (strstr (contents, "The sources give no popular vote for 1800"));
    g_assert_nonnull (strstr (contents, "votes from 70 of 138 electors to win"));
    g_assert_nonnull (strstr (contents, "American Presidency Project"));
    g_assert_null (strstr (contents, "MIT Election Data"));
    g_clear_pointer (&contents, g_free);
  }

  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--export", png, "--election", "1864", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_png_size (png, 1920, 1080);
  }

  {
    g_auto(Run) run = { 0 };

    run_electors (&run, "--export", pdf, "--election", "1789", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  }

  g_unlink (svg);
  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_export_failures (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
  g_autofree char *existing = g_build_filename (dir, "slide.png", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "slide.png", NULL);
  g_autofree char *jpeg = g_build_filename (dir, "slide.jpg", NULL);
  g_autofree char *bare = g_build_filename (dir, "slide", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *new_png = g_build_filename (dir, "new.png", NULL);
  const char *old = "last week's slide";
  const char *cases[][6] = {
    /* arguments..., what the message must say */
    { "--export", missing, NULL, NULL, "does not exist" },
    { "--export", folder, NULL, NULL, "folder" },
    { "--export", jpeg, NULL, NULL, "slide.jpg" },
    { "--export", bare, NULL, NULL, ".png, .svg or .pdf" },
    { "--export", existing, "--size", "12x", "12x" },
    { "--export", existing, "--size", "0x0", "0×0" },
    { "--export", existing, "--size", "99999x2", "99999×2" },
    { "--export", existing, "--size", "abc", "abc" },
    { "--export", pdf, "--size", "1920x1080", "--page" },
    { "--export", new_png, "--page", "a4", "--size" },
    { "--export", pdf, "--page", "a5", "a5" },
    { "--export", new_png, "--election", "1975", "1975" },
    { "--summary", "--title", "x", NULL, "--export" },
    { "--summary", "--size", "1920x1080", NULL, "--export" },
  };
  g_autofree char *before = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (existing, old, -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  before = list_folder (dir);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *after = NULL;

      run_electors (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3], NULL);
      assert_one_line_failure (&run, cases[i][4]);

      /* No partial file, no temporary file, the old slide as it was. */
      after = list_folder (dir);
      g_assert_cmpstr (after, ==, before);
      g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, old);
      g_clear_pointer (&contents, g_free);
    }

  /* A folder one may not write in (root may write anywhere). */
  if (geteuid () != 0)
    {
      g_auto(Run) run = { 0 };

      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      run_electors (&run, "--export", existing, NULL);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      assert_one_line_failure (&run, "may not write");
      g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, old);
    }

  g_unlink (existing);
  g_rmdir (folder);
  g_rmdir (dir);
}

/* Parties in the JSON are the data's, in every language: with LC_ALL set
 * to Spanish and the app's translations, the blank map's Democratic
 * candidate has a translated name but the party "Democratic". */
static void
test_summary_in_spanish (void)
{
  g_autoptr(GSubprocessLauncher) launcher = new_launcher ();
  g_autofree char *dir = g_dir_make_tmp ("electors-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "blank.electors", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  Run run = { 0 };
  JsonArray *candidates;
  gboolean seen = FALSE;

  if (!g_file_test ("/usr/lib/locale/es_ES.utf8", G_FILE_TEST_IS_DIR) &&
      !g_file_test ("/usr/lib/locale/locale-archive", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the es_ES.UTF-8 locale is not generated");
      return;
    }

  g_assert_true (g_file_set_contents (path, "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": null, "
                                            "\"base\": \"blank\", \"winners\": {}}", -1, NULL));
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "es_ES.UTF-8", TRUE);
  run_electors_with (&run, launcher, "--summary", "--scenario", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));

  candidates = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "candidates");
  for (guint i = 0; i < json_array_get_length (candidates); i++)
    {
      JsonObject *candidate = json_array_get_object_element (candidates, i);

      if (g_strcmp0 (json_object_get_string_member (candidate, "name"), "Candidato demócrata") == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (candidate, "party"), ==, "Democratic");
          seen = TRUE;
        }
    }
  g_assert_true (seen);

  run_clear (&run);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  electors_bin = g_getenv ("ELECTORS_BIN");
  if (electors_bin == NULL)
    {
      g_test_skip ("ELECTORS_BIN is not set; run through meson test");
      return 77;
    }

  g_test_add_func ("/ec/cli/summary-2016", test_summary_2016);
  g_test_add_func ("/ec/cli/summary-every-year", test_summary_every_year);
  g_test_add_func ("/ec/cli/summary-history", test_summary_history);
  g_test_add_func ("/ec/cli/summary-pledged", test_summary_pledged);
  g_test_add_func ("/ec/cli/summary-latest", test_summary_latest);
  g_test_add_func ("/ec/cli/summary-2000-abstention", test_summary_2000_abstention);
  g_test_add_func ("/ec/cli/summary-scenario", test_summary_scenario);
  g_test_add_func ("/ec/cli/summary-blank-names", test_summary_blank_names);
  g_test_add_func ("/ec/cli/summary-contingent-absent", test_summary_contingent_absent);
  g_test_add_func ("/ec/cli/help-and-version", test_help_and_version);
  g_test_add_func ("/ec/cli/help-lists-every-option", test_help_lists_every_option);
  g_test_add_func ("/ec/cli/bad-arguments", test_bad_arguments);
  g_test_add_func ("/ec/cli/bad-scenario-files", test_bad_scenario_files);
  g_test_add_func ("/ec/cli/systems", test_systems);
  g_test_add_func ("/ec/cli/systems-bad-arguments", test_systems_bad_arguments);
  g_test_add_func ("/ec/cli/closest", test_closest);
  g_test_add_func ("/ec/cli/closest-bad-arguments", test_closest_bad_arguments);
  g_test_add_func ("/ec/cli/paths", test_paths);
  g_test_add_func ("/ec/cli/export", test_export);
  g_test_add_func ("/ec/cli/export-failures", test_export_failures);
  g_test_add_func ("/ec/cli/export-early", test_export_early);
  g_test_add_func ("/ec/cli/no-display-no-bus", test_no_display_no_bus);
  g_test_add_func ("/ec/cli/summary-in-spanish", test_summary_in_spanish);

  return g_test_run ();
}
