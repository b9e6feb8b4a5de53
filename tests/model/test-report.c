/* test-report.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ec-report.h"

/* The figures below are the sums of data/elections/2016.json, which
 * /ec/report/official-2016 holds against tests/official-results.json. */

static EcReport *
report_for (EcScenario *scenario)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);

  return ec_report_new (tally);
}

static EcScenario *
load_scenario (int            year,
               EcScenarioBase base)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (year, NULL);

  g_assert_nonnull (election);

  return ec_scenario_new (election, base);
}

static EcCandidate *
candidate (EcScenario *scenario,
           const char *id)
{
  EcCandidate *c = ec_scenario_get_candidate (scenario, id);

  g_assert_nonnull (c);

  return c;
}

static const EcReportPopularRow *
popular_row (GPtrArray *rows,
             guint      i)
{
  g_assert_cmpuint (i, <, rows->len);

  return g_ptr_array_index (rows, i);
}

static void
check_popular_row (GPtrArray   *rows,
                   guint        i,
                   EcCandidate *expected,
                   gint64       votes,
                   const char  *detail,
                   const char  *label)
{
  const EcReportPopularRow *row = popular_row (rows, i);

  g_test_message ("row %u: %s", i, row->label);
  g_assert_true (row->candidate == expected);
  g_assert_cmpint (row->votes, ==, votes);
  g_assert_cmpstr (row->detail, ==, detail);
  g_assert_cmpstr (row->label, ==, label);
}

static void
check_faithless (GPtrArray   *lines,
                 guint        i,
                 const char  *unit_id,
                 EcCandidate *from,
                 EcCandidate *to,
                 guint        count,
                 const char  *text,
                 const char  *detail)
{
  const EcReportFaithless *line;

  g_assert_cmpuint (i, <, lines->len);
  line = g_ptr_array_index (lines, i);
  g_test_message ("faithless %u: %s (%s)", i, line->text, line->detail);
  g_assert_cmpstr (ec_unit_get_id (line->unit), ==, unit_id);
  g_assert_true (line->from == from);
  g_assert_true (line->to == to);
  g_assert_cmpuint (line->count, ==, count);
  g_assert_cmpstr (line->text, ==, text);
  g_assert_cmpstr (line->detail, ==, detail);
}

/* The legend's entries a reader sees, as one string. */
static char *
join_labels (GPtrArray *entries,
             gboolean   shown_only)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      const EcReportEntry *entry = g_ptr_array_index (entries, i);

      if (shown_only && !entry->shown)
        continue;
      if (text->len > 0)
        g_string_append (text, " | ");
      g_string_append (text, entry->label);
    }

  return g_string_free (text, FALSE);
}

/* The rows agree with the official FEC totals (the state files we sum
 * differ from them by a few votes). */
static void
test_official_2016 (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "official-results.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcReport) report = report_for (scenario);
  GPtrArray *rows = ec_report_get_popular_rows (report);
  JsonObject *popular;
  guint checked = 0;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  popular = json_object_get_object_member (json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                                                          "2016"),
                                           "popular");

  for (guint i = 0; i < rows->len; i++)
    {
      const EcReportPopularRow *row = g_ptr_array_index (rows, i);
      gint64 official;

      if (row->candidate == NULL || !json_object_has_member (popular, row->name))
        continue;

      official = json_object_get_int_member (popular, row->name);
      g_assert_cmpfloat (fabs ((double)(row->votes - official)) / official, <, 0.001);
      checked++;
    }
  g_assert_cmpuint (checked, ==, 2);
}

static void
test_popular_2016 (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcReport) report = report_for (scenario);
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *johnson = candidate (scenario, "gary-johnson");
  EcCandidate *stein = candidate (scenario, "jill-stein");
  GPtrArray *rows = ec_report_get_popular_rows (report);
  GPtrArray *notable = ec_report_get_notable_popular_rows (report);
  gint64 total = ec_tally_get_popular_votes_total (ec_report_get_tally (report));
  gint64 sum = 0;

  /* Everyone with votes, most first; Powell and the others who received
   * only electoral votes have no row. */
  g_assert_cmpuint (rows->len, ==, 5);
  check_popular_row (rows, 0, clinton, 65853503, "65,853,503 votes · 48.2%", "Hillary Clinton: 65,853,503 (48.2%)");
  check_popular_row (rows, 1, trump, 62984803, "62,984,803 votes · 46.1%", "Donald Trump: 62,984,803 (46.1%)");
  check_popular_row (rows, 2, johnson, 4489221, "4,489,221 votes · 3.3%", "Gary Johnson: 4,489,221 (3.3%)");
  check_popular_row (rows, 3, stein, 1416989, "1,416,989 votes · 1.0%", "Jill Stein: 1,416,989 (1.0%)");
  check_popular_row (rows, 4, NULL, 1865927, "1,865,927 votes · 1.4%", "Everyone else: 1,865,927 (1.4%)");
  g_assert_cmpstr (popular_row (rows, 4)->name, ==, "Everyone else");
  for (guint i = 0; i < rows->len; i++)
    sum += popular_row (rows, i)->votes;
  g_assert_cmpint (sum, ==, total);
  g_assert_cmpint (total, ==, 136610443);
  g_assert_cmpfloat_with_epsilon (popular_row (rows, 0)->share, 100.0 * 65853503 / 136610443, 1e-9);
  g_assert_cmpstr (popular_row (rows, 0)->votes_text, ==, "65,853,503");

  /* In short, Johnson's 3.3% is not worth a line of its own: he joins
   * everyone else. */
  g_assert_cmpuint (notable->len, ==, 3);
  check_popular_row (notable, 0, clinton, 65853503, "65,853,503 votes · 48.2%", "Hillary Clinton: 65,853,503 (48.2%)");
  check_popular_row (notable, 1, trump, 62984803, "62,984,803 votes · 46.1%", "Donald Trump: 62,984,803 (46.1%)");
  check_popular_row (notable, 2, NULL, 7772137, "7,772,137 votes · 5.7%", "Everyone else: 7,772,137 (5.7%)");

  g_assert_cmpstr (ec_report_get_lead_sentence (report), ==,
                   "Hillary Clinton won the popular vote by 2,868,700 votes (2.1 points).");
  g_assert_cmpstr (ec_report_get_split_sentence (report), ==,
                   "Donald Trump wins the presidency without winning the popular vote.");

  /* Nothing was changed, so no popular vote is implied. */
  g_assert_cmpuint (ec_report_get_implied_rows (report)->len, ==, 0);
  g_assert_cmpstr (ec_report_get_voters_moved_text (report), ==, "0");
}

static void
test_popular_1992 (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (1992, EC_SCENARIO_AS_CAST);
  g_autoptr(EcReport) report = report_for (scenario);
  GPtrArray *notable = ec_report_get_notable_popular_rows (report);

  /* Perot's 18.9% is named even where room is short. */
  g_assert_cmpuint (notable->len, ==, 4);
  g_assert_true (popular_row (notable, 2)->candidate == candidate (scenario, "ross-perot"));
  g_assert_cmpstr (popular_row (notable, 2)->label, ==, "Ross Perot: 19,741,657 (18.9%)");
  g_assert_null (popular_row (notable, 3)->candidate);
  /* Bill Clinton won without a majority of the popular vote, but won it:
   * no split. */
  g_assert_null (ec_report_get_split_sentence (report));
  g_assert_cmpstr (ec_report_get_outcome_sentence (report), ==, "Bill Clinton wins with 370 electoral votes");
}

static void
test_electoral_2016 (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcReport) report = report_for (scenario);
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  EcCandidate *trump = candidate (scenario, "donald-trump");
  GPtrArray *legend = ec_report_get_legend (report);
  GPtrArray *bar = ec_report_get_bar (report);
  const EcReportEntry *last;
  g_autofree char *shown = join_labels (legend, TRUE);
  g_autofree char *all = join_labels (legend, FALSE);
  g_autofree char *segments = join_labels (bar, FALSE);

  /* Most electoral votes first; ties by popular vote, then the election's
   * order. */
  g_assert_cmpstr (shown, ==,
                   "Donald Trump · 304 | Hillary Clinton · 227 | Colin Powell · 3 | Bernie Sanders · 1 | "
                   "Faith Spotted Eagle · 1 | John Kasich · 1 | Ron Paul · 1");
  g_assert_cmpstr (all, ==,
                   "Donald Trump · 304 | Hillary Clinton · 227 | Colin Powell · 3 | Bernie Sanders · 1 | "
                   "Faith Spotted Eagle · 1 | John Kasich · 1 | Ron Paul · 1 | Gary Johnson · 0 | "
                   "Jill Stein · 0 | Abstained · 0 | Undecided · 0");
  last = g_ptr_array_index (legend, legend->len - 1);
  g_assert_cmpint (last->kind, ==, EC_REPORT_ENTRY_UNDECIDED);
  g_assert_null (last->candidate);
  g_assert_false (last->shown);

  /* The Democrat on the left, the Republican on the right, as in the
   * window; the open and abstained votes always between them. */
  g_assert_true (ec_report_get_left (report)->candidate == clinton);
  g_assert_true (ec_report_get_right (report)->candidate == trump);
  g_assert_cmpstr (ec_report_get_left (report)->votes_text, ==, "227");
  g_assert_cmpstr (ec_report_get_right (report)->votes_text, ==, "304");
  g_assert_cmpstr (segments, ==,
                   "Hillary Clinton · 227 | Colin Powell · 3 | Bernie Sanders · 1 | Faith Spotted Eagle · 1 | "
                   "John Kasich · 1 | Ron Paul · 1 | Abstained · 0 | Undecided · 0 | Donald Trump · 304");

  g_assert_cmpstr (ec_report_get_majority_text (report), ==, "270 to win");
  g_assert_cmpstr (ec_report_get_outcome_sentence (report), ==, "Donald Trump wins with 304 electoral votes");
}

static void
test_faithless_2016 (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *powell = candidate (scenario, "colin-powell");

  {
    g_autoptr(EcReport) report = report_for (scenario);
    GPtrArray *lines = ec_report_get_faithless_lines (report);
    GPtrArray *electors = ec_report_get_faithless_electors (report);

    /* The seven faithless votes that counted, one line per state and
     * choice, in the order of the record. */
    g_assert_cmpuint (lines->len, ==, 5);
    check_faithless (lines, 0, "HI", clinton, candidate (scenario, "bernie-sanders"), 1,
                     "Hawaii: 1 elector votes for Bernie Sanders", "Pledged to Hillary Clinton · David Mulinix");
    check_faithless (lines, 1, "TX", trump, candidate (scenario, "ron-paul"), 1,
                     "Texas: 1 elector votes for Ron Paul", "Pledged to Donald Trump · Bill Greene");
    check_faithless (lines, 2, "TX", trump, candidate (scenario, "john-kasich"), 1,
                     "Texas: 1 elector votes for John Kasich", "Pledged to Donald Trump · Christopher Suprun");
    /* Three electors: no one name for the line. */
    check_faithless (lines, 3, "WA", clinton, powell, 3,
                     "Washington: 3 electors vote for Colin Powell", "Pledged to Hillary Clinton");
    check_faithless (lines, 4, "WA", clinton, candidate (scenario, "faith-spotted-eagle"), 1,
                     "Washington: 1 elector votes for Faith Spotted Eagle",
                     "Pledged to Hillary Clinton · Robert Satiacum Jr.");

    /* Each elector by name. */
    g_assert_cmpuint (electors->len, ==, 7);
    check_faithless (electors, 3, "WA", clinton, powell, 1,
                     "Washington: 1 elector votes for Colin Powell", "Pledged to Hillary Clinton · Bret Chiafalo");
    check_faithless (electors, 5, "WA", clinton, powell, 1,
                     "Washington: 1 elector votes for Colin Powell", "Pledged to Hillary Clinton · Levi Guerra");

    for (guint i = 0; i < lines->len; i++)
      {
        const EcReportFaithless *line = g_ptr_array_index (lines, i);

        g_assert_false (line->voided);
        g_assert_cmpstr (line->full_text, ==, line->text);
      }
  }

  /* Washington's law of today cancels its four: the lines say so. */
  g_assert_true (ec_scenario_set_apply_laws (scenario, TRUE));
  g_assert_true (ec_scenario_set_laws_date (scenario, EC_LAWS_TODAY));
  {
    g_autoptr(EcReport) report = report_for (scenario);
    GPtrArray *lines = ec_report_get_faithless_lines (report);
    const EcReportFaithless *powell_line = g_ptr_array_index (lines, 3);
    const EcReportFaithless *hawaii = g_ptr_array_index (lines, 0);

    g_assert_true (powell_line->voided);
    g_assert_cmpstr (powell_line->full_text, ==, "Washington: 3 electors vote for Colin Powell · cancelled by state law");
    g_assert_cmpstr (powell_line->detail, ==, "Pledged to Hillary Clinton · cancelled by state law");
    g_assert_false (hawaii->voided);
    g_assert_cmpstr (hawaii->full_text, ==, "Hawaii: 1 elector votes for Bernie Sanders");
  }
}

static void
test_abstaining_electors (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(GError) error = NULL;
  g_autoptr(EcReport) report = NULL;
  GPtrArray *lines;
  g_autofree char *shown = NULL;

  /* The 2016 petition: 37 Texas electors abstain, added in two goes. */
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", NULL, 30, NULL, &error));
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", NULL, 7, NULL, &error));
  g_assert_no_error (error);
  report = report_for (scenario);
  lines = ec_report_get_faithless_lines (report);

  g_assert_cmpuint (lines->len, ==, 1);
  check_faithless (lines, 0, "TX", candidate (scenario, "donald-trump"), NULL, 37,
                   "Texas: 37 electors abstain", "Pledged to Donald Trump");
  /* The scenario keeps one record for them, with no name. */
  check_faithless (ec_report_get_faithless_electors (report), 0, "TX", candidate (scenario, "donald-trump"), NULL, 37,
                   "Texas: 37 electors abstain", "Pledged to Donald Trump");

  shown = join_labels (ec_report_get_legend (report), TRUE);
  g_assert_cmpstr (shown, ==, "Donald Trump · 269 | Hillary Clinton · 232 | Abstained · 37");
  g_assert_cmpstr (ec_report_get_outcome_sentence (report), ==,
                   "Nobody has 270: the House of Representatives chooses the president, one vote per state delegation");
}

/* Wisconsin, Michigan and Arizona to Clinton: 306 − 37 = 269, a tie. */
static void
test_tie (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  EcCandidate *trump = candidate (scenario, "donald-trump");
  const char *states[] = { "WI", "MI", "AZ" };
  g_autoptr(EcReport) report = NULL;
  GPtrArray *implied;
  g_autofree char *shown = NULL;
  g_autofree char *segments = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    g_assert_true (ec_scenario_set_winner (scenario, states[i], clinton));
  report = report_for (scenario);

  g_assert_cmpstr (ec_report_get_outcome_sentence (report), ==,
                   "Nobody has 270: the House of Representatives chooses the president, one vote per state delegation");
  /* Nobody won, so nobody won without the popular vote. */
  g_assert_null (ec_report_get_split_sentence (report));
  g_assert_cmpstr (ec_report_get_lead_sentence (report), ==,
                   "Hillary Clinton won the popular vote by 2,868,700 votes (2.1 points).");

  /* Equal electoral votes: the popular vote orders them. */
  shown = join_labels (ec_report_get_legend (report), TRUE);
  g_assert_cmpstr (shown, ==, "Hillary Clinton · 269 | Donald Trump · 269");
  segments = join_labels (ec_report_get_bar (report), FALSE);
  g_assert_cmpstr (segments, ==, "Hillary Clinton · 269 | Abstained · 0 | Undecided · 0 | Donald Trump · 269");

  /* The real vote is unchanged; the implied one moves half of each
   * margin plus one: 62,346 voters in all. */
  check_popular_row (ec_report_get_popular_rows (report), 0, clinton, 65853503,
                     "65,853,503 votes · 48.2%", "Hillary Clinton: 65,853,503 (48.2%)");
  implied = ec_report_get_implied_rows (report);
  g_assert_cmpuint (implied->len, ==, 5);
  check_popular_row (implied, 0, clinton, 65853503 + 62346, "65,915,849 votes · 48.3%", "Hillary Clinton: 65,915,849 (48.3%)");
  check_popular_row (implied, 1, trump, 62984803 - 62346, "62,922,457 votes · 46.1%", "Donald Trump: 62,922,457 (46.1%)");
  check_popular_row (implied, 4, NULL, 1865927, "1,865,927 votes · 1.4%", "Everyone else: 1,865,927 (1.4%)");
  g_assert_cmpstr (ec_report_get_voters_moved_text (report), ==, "62,346");
}

static void
test_blank (void)
{
  g_autoptr(EcScenario) scenario = ec_scenario_new_blank (NULL);
  g_autoptr(EcReport) report = report_for (scenario);
  g_autofree char *segments = join_labels (ec_report_get_bar (report), FALSE);
  g_autofree char *shown = join_labels (ec_report_get_legend (report), TRUE);

  g_assert_cmpuint (ec_report_get_popular_rows (report)->len, ==, 0);
  g_assert_cmpuint (ec_report_get_notable_popular_rows (report)->len, ==, 0);
  g_assert_cmpuint (ec_report_get_implied_rows (report)->len, ==, 0);
  g_assert_null (ec_report_get_lead_sentence (report));
  g_assert_null (ec_report_get_split_sentence (report));
  g_assert_null (ec_report_get_voters_moved_text (report));
  g_assert_cmpuint (ec_report_get_faithless_lines (report)->len, ==, 0);

  /* Only the undecided votes to show, but both sides stay on the bar. */
  g_assert_cmpstr (shown, ==, "Undecided · 538");
  g_assert_cmpuint (ec_report_get_bar (report)->len, ==, 4);
  g_assert_nonnull (strstr (segments, "Undecided · 538"));
  g_assert_cmpstr (ec_report_get_outcome_sentence (report), ==, "538 electoral votes are still undecided");
}

/* Where a student looks for a popular vote in an early election, the
 * report says why there is none; and the line to cross counts electors
 * while each had two votes. */
static void
test_early_years (void)
{
  const struct {
    int         year;
    const char *majority;
    const char *no_popular;
    const char *legislature;
  } cases[] = {
    { 1800, "votes from 70 of 138 electors to win",
      "The sources give no popular vote for 1800: they count it from 1824. "
      "Until then many state legislatures chose the electors themselves.", NULL },
    { 1816, "111 to win",
      "The sources give no popular vote for 1816: they count it from 1824. "
      "Until then many state legislatures chose the electors themselves.", NULL },
    { 1824, "131 to win", NULL,
      "No popular vote in Delaware, Georgia, Louisiana, New York, South Carolina, Vermont: "
      "in 1824 their legislatures chose the electors." },
    { 1860, "152 to win", NULL, "No popular vote in South Carolina: in 1860 its legislature chose the electors." },
    { 1912, "266 to win", NULL, NULL },
    { 2016, "270 to win", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EcScenario) scenario = load_scenario (cases[i].year, EC_SCENARIO_AS_CAST);
      g_autoptr(EcReport) report = report_for (scenario);

      g_assert_cmpstr (ec_report_get_majority_text (report), ==, cases[i].majority);
      g_assert_cmpstr (ec_report_get_no_popular_sentence (report), ==, cases[i].no_popular);
      g_assert_cmpstr (ec_report_get_legislature_sentence (report), ==, cases[i].legislature);
      g_assert_cmpint (ec_report_get_popular_rows (report)->len == 0, ==, cases[i].no_popular != NULL);
    }

  {
    g_autoptr(EcScenario) scenario = ec_scenario_new_blank (NULL);
    g_autoptr(EcReport) report = report_for (scenario);

    /* A blank map has its own words. */
    g_assert_null (ec_report_get_no_popular_sentence (report));
    g_assert_null (ec_report_get_legislature_sentence (report));
  }
}

/* Counts follow the locale: Spanish writes 65.853.503 and 48,2, and the
 * words come from po/es.po. */
static void
test_spanish (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcReport) report = NULL;
  GPtrArray *rows;
  GPtrArray *lines;
  g_autofree char *shown = NULL;
  const char *localedir = g_getenv ("ELECTORS_LOCALEDIR");
  g_autofree char *mo = NULL;

  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    {
      g_test_skip ("The es_ES.UTF-8 locale is not installed");
      return;
    }

  mo = localedir ? g_build_filename (localedir, "es", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL) : NULL;
  if (mo == NULL || !g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      setlocale (LC_ALL, "C.UTF-8");
      g_test_skip ("The Spanish translation is not built");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* As main.c does: _() looks in the default domain. */
  textdomain (GETTEXT_PACKAGE);

  report = report_for (scenario);
  rows = ec_report_get_popular_rows (report);
  lines = ec_report_get_faithless_lines (report);

  check_popular_row (rows, 0, candidate (scenario, "hillary-clinton"), 65853503,
                     "65.853.503 votos · 48,2%", "Hillary Clinton: 65.853.503 (48,2%)");
  g_assert_cmpstr (popular_row (rows, 4)->label, ==, "Todos los demás: 1.865.927 (1,4%)");
  g_assert_cmpstr (ec_report_get_lead_sentence (report), ==,
                   "Hillary Clinton ganó el voto popular por 2.868.700 votos (2,1 puntos).");
  check_faithless (lines, 3, "WA", candidate (scenario, "hillary-clinton"), candidate (scenario, "colin-powell"), 3,
                   "Washington: 3 electores votan por Colin Powell", "Con compromiso de votar por Hillary Clinton");
  g_assert_cmpstr (ec_report_get_majority_text (report), ==, "270 para ganar");
  shown = join_labels (ec_report_get_legend (report), TRUE);
  g_assert_true (g_str_has_prefix (shown, "Donald Trump · 304 | Hillary Clinton · 227"));

  textdomain ("messages");
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  /* The figures are written the C way; /ec/report/spanish changes the
   * locale itself, so the tests pass in any LC_ALL. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/report/official-2016", test_official_2016);
  g_test_add_func ("/ec/report/popular-2016", test_popular_2016);
  g_test_add_func ("/ec/report/popular-1992", test_popular_1992);
  g_test_add_func ("/ec/report/electoral-2016", test_electoral_2016);
  g_test_add_func ("/ec/report/faithless-2016", test_faithless_2016);
  g_test_add_func ("/ec/report/abstaining-electors", test_abstaining_electors);
  g_test_add_func ("/ec/report/tie", test_tie);
  g_test_add_func ("/ec/report/blank", test_blank);
  g_test_add_func ("/ec/report/early-years", test_early_years);
  g_test_add_func ("/ec/report/spanish", test_spanish);

  return g_test_run ();
}
