/* test-scenario.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ec-tally.h"

static EcScenario *
load_scenario (int            year,
               EcScenarioBase base)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (year, NULL);

  g_assert_nonnull (election);

  return ec_scenario_new (election, base);
}

static char *
tally_text (EcScenario *scenario)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  g_autoptr(JsonNode) node = ec_tally_to_json (tally);

  return json_to_string (node, FALSE);
}

static EcScenario *
build_busy_scenario (void)
{
  EcScenario *scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  EcCandidate *person;
  g_autoptr(GError) error = NULL;

  ec_scenario_set_title (scenario, "What if Wisconsin… “quotes” and ünïcödé");
  ec_scenario_set_notes (scenario, "Line one\nLine two");
  ec_scenario_set_winner (scenario, "WI", clinton);
  ec_scenario_set_winner (scenario, "NV", NULL);
  ec_scenario_set_split (scenario, "NE", FALSE);
  person = ec_scenario_add_person (scenario, "Mitt Romney");
  g_assert_true (ec_scenario_add_faithless (scenario, "GA", person, 2, NULL, &error));
  g_assert_true (ec_scenario_add_faithless (scenario, "ME-1", NULL, 1, NULL, &error));
  g_assert_no_error (error);

  return scenario;
}

static void
test_round_trip (void)
{
  g_autoptr(EcScenario) scenario = build_busy_scenario ();
  g_autoptr(EcScenario) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  g_autofree char *tally_before = NULL;
  g_autofree char *tally_after = NULL;
  gsize length;

  data = ec_scenario_to_data (scenario, &length);
  loaded = ec_scenario_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  again = ec_scenario_to_data (loaded, NULL);
  g_assert_cmpstr (data, ==, again);

  g_assert_cmpstr (ec_scenario_get_title (loaded), ==, "What if Wisconsin… “quotes” and ünïcödé");
  g_assert_cmpstr (ec_scenario_get_notes (loaded), ==, "Line one\nLine two");
  g_assert_false (ec_scenario_get_split (loaded, "NE"));
  g_assert_true (ec_scenario_get_split (loaded, "ME"));
  g_assert_null (ec_scenario_get_winner (loaded, "NV"));
  g_assert_cmpuint (ec_scenario_get_faithless_count (loaded, "GA"), ==, 2);
  g_assert_cmpuint (ec_scenario_get_faithless_count (loaded, "TX"), ==, 2);
  g_assert_cmpint (ec_scenario_get_base (loaded), ==, EC_SCENARIO_AS_CAST);

  tally_before = tally_text (scenario);
  tally_after = tally_text (loaded);
  g_assert_cmpstr (tally_before, ==, tally_after);
}

static void
test_round_trip_every_election (void)
{
  const int *years;
  guint n_years;

  years = ec_election_get_years (&n_years);

  for (guint i = 0; i < n_years; i++)
    {
      for (EcScenarioBase base = EC_SCENARIO_AS_CAST; base <= EC_SCENARIO_BLANK; base++)
        {
          g_autoptr(EcScenario) scenario = load_scenario (years[i], base);
          g_autoptr(EcScenario) copy = ec_scenario_copy (scenario);
          g_autofree char *a = ec_scenario_to_data (scenario, NULL);
          g_autofree char *b = ec_scenario_to_data (copy, NULL);
          g_autofree char *ta = tally_text (scenario);
          g_autofree char *tb = tally_text (copy);

          g_assert_cmpstr (a, ==, b);
          g_assert_cmpstr (ta, ==, tb);
        }
    }
}

static void
test_file_round_trip (void)
{
  g_autoptr(EcScenario) scenario = build_busy_scenario ();
  g_autoptr(EcScenario) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("electors-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "wisconsin.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (ec_scenario_save_to_file (scenario, file, &error));
  g_assert_no_error (error);

  loaded = ec_scenario_new_from_file (file, &error);
  g_assert_no_error (error);
  a = ec_scenario_to_data (scenario, NULL);
  b = ec_scenario_to_data (loaded, NULL);
  g_assert_cmpstr (a, ==, b);

  /* Saving into a folder that does not exist fails and leaves nothing behind. */
  {
    g_autofree char *bad_path = g_build_filename (dir, "missing", "x.electors", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
    g_autoptr(GError) save_error = NULL;

    g_assert_false (ec_scenario_save_to_file (scenario, bad, &save_error));
    g_assert_nonnull (save_error);
    g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  }

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_file_errors (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autofree char *dir = g_dir_make_tmp ("electors-test-XXXXXX", NULL);
  g_autofree char *missing_folder = g_build_filename (dir, "missing", NULL);
  g_autofree char *missing = g_build_filename (missing_folder, "lesson.electors", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(EcScenario) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  /* Saving says why in a student's words, and keeps GIO's code. */
  g_assert_false (ec_scenario_save_to_file (scenario, missing_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  expected = g_strdup_printf ("Cannot save “%s”: the folder “%s” does not exist", missing, missing_folder);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_clear_error (&error);

  g_assert_false (ec_scenario_save_to_file (scenario, folder, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  expected = g_strdup_printf ("Cannot save “%s”: it is a folder; give a file name, such as lesson.electors", dir);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  /* A missing file stays G_IO_ERROR_NOT_FOUND, which restoring the
   * autosave relies on to say nothing. */
  loaded = ec_scenario_new_from_file (missing_file, &error);
  g_assert_null (loaded);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no such file");

  g_rmdir (dir);
}

/* A click follows the reference maps: a state won by one of the two
 * leading candidates goes to the other first, then undecided, then back;
 * a blank map goes round its candidates from undecided. */
static void
test_cycle_winner (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (NULL);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  EcCandidate *trump = ec_scenario_get_candidate (scenario, "donald-trump");

  /* Texas, won by Trump: Clinton, undecided, Trump. */
  g_assert_true (ec_scenario_cycle_winner (scenario, "TX", FALSE) == clinton);
  g_assert_null (ec_scenario_cycle_winner (scenario, "TX", FALSE));
  g_assert_true (ec_scenario_cycle_winner (scenario, "TX", FALSE) == trump);
  /* California, won by Clinton: Trump first. */
  g_assert_true (ec_scenario_cycle_winner (scenario, "CA", FALSE) == trump);
  /* Backwards is the same round the other way. */
  g_assert_true (ec_scenario_cycle_winner (scenario, "CA", TRUE) == clinton);
  g_assert_null (ec_scenario_cycle_winner (scenario, "CA", TRUE));
  /* Someone off the round (Johnson, from the popover): back to the start. */
  ec_scenario_set_winner (scenario, "NM", ec_scenario_get_candidate (scenario, "gary-johnson"));
  g_assert_true (ec_scenario_cycle_winner (scenario, "NM", FALSE) == clinton);

  g_assert_nonnull (blank);
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_cycle_winner (blank, "OH", FALSE)), ==, "democratic-candidate");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_cycle_winner (blank, "OH", FALSE)), ==, "republican-candidate");
  g_assert_null (ec_scenario_cycle_winner (blank, "OH", FALSE));
}

/* A blank map's candidates as a student makes them: named, coloured, a
 * third added; copies, equality and the file keep them, and undo's copies
 * keep the names they had. */
static void
test_blank_candidates (void)
{
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (NULL);
  g_autoptr(EcScenario) before = NULL;
  g_autoptr(EcScenario) copy = NULL;
  g_autoptr(EcScenario) loaded = NULL;
  g_autoptr(EcScenario) real = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *plain = NULL;
  EcCandidate *third;
  guint32 rgb = 0;

  g_assert_true (ec_scenario_can_edit_candidates (blank));
  g_assert_false (ec_scenario_can_edit_candidates (real));
  g_assert_cmpuint (ec_scenario_get_candidates (blank)->len, ==, 2);
  g_assert_null (ec_scenario_get_third_candidate (blank));
  g_assert_false (ec_scenario_has_custom_candidates (blank));

  /* An untouched blank map is written as before. */
  plain = ec_scenario_to_data (blank, NULL);
  g_assert_nonnull (strstr (plain, "\"version\" : 1"));
  g_assert_null (strstr (plain, "\"candidates\""));

  ec_scenario_set_winner (blank, "OH", ec_scenario_get_candidate (blank, "democratic-candidate"));
  before = ec_scenario_copy (blank);

  g_assert_true (ec_scenario_set_candidate_name (blank, "democratic-candidate", "  Ada Lovelace "));
  g_assert_false (ec_scenario_set_candidate_name (blank, "democratic-candidate", "Ada Lovelace"));
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (blank, "OH")), ==, "Ada Lovelace");
  /* The copy undo keeps still has the old name. */
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (before, "OH")), ==, "Democratic candidate");
  g_assert_false (ec_scenario_equal (before, blank));

  g_assert_true (ec_scenario_set_candidate_rgb (blank, "republican-candidate", 0x26a269));
  g_assert_true (ec_scenario_get_candidate_rgb (blank, ec_scenario_get_candidate (blank, "republican-candidate"), &rgb));
  g_assert_cmphex (rgb, ==, 0x26a269);
  g_assert_false (ec_scenario_get_candidate_rgb (blank, ec_scenario_get_candidate (blank, "democratic-candidate"), NULL));

  g_assert_true (ec_scenario_set_third_candidate (blank, TRUE));
  third = ec_scenario_get_third_candidate (blank);
  g_assert_nonnull (third);
  g_assert_true (g_ptr_array_index (ec_scenario_get_candidates (blank), 2) == third);
  g_assert_true (ec_scenario_set_candidate_name (blank, "third-party-candidate", "Grace Hopper"));
  ec_scenario_set_winner (blank, "TX", ec_scenario_get_third_candidate (blank));
  g_assert_true (ec_scenario_has_custom_candidates (blank));

  /* The click goes round all three. */
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_cycle_winner (blank, "UT", FALSE)), ==, "democratic-candidate");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_cycle_winner (blank, "UT", FALSE)), ==, "republican-candidate");
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_cycle_winner (blank, "UT", FALSE)), ==, "third-party-candidate");
  g_assert_null (ec_scenario_cycle_winner (blank, "UT", FALSE));

  copy = ec_scenario_copy (blank);
  g_assert_true (ec_scenario_equal (copy, blank));

  data = ec_scenario_to_data (blank, NULL);
  g_assert_nonnull (strstr (data, "\"version\" : 3"));
  g_assert_nonnull (strstr (data, "\"name\" : \"Ada Lovelace\""));
  g_assert_nonnull (strstr (data, "\"color\" : \"#26a269\""));
  loaded = ec_scenario_new_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  g_assert_true (ec_scenario_equal (loaded, blank));
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (loaded, "TX")), ==, "Grace Hopper");
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (loaded, "OH")), ==, "Ada Lovelace");

  /* Back to the default name; taking the third away leaves Texas undecided. */
  g_assert_true (ec_scenario_set_candidate_name (blank, "democratic-candidate", ""));
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (blank, "OH")), ==, "Democratic candidate");
  g_assert_true (ec_scenario_set_third_candidate (blank, FALSE));
  g_assert_null (ec_scenario_get_winner (blank, "TX"));
  g_assert_cmpuint (ec_scenario_get_candidates (blank)->len, ==, 2);
}

/* Blank maps saved before version 3 keep a third candidate they used. */
static void
test_blank_old_files (void)
{
  const char *with_third = "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": null, "
                           "\"base\": \"blank\", \"winners\": {\"TX\": \"third-party-candidate\"}}";
  const char *without = "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": null, "
                        "\"base\": \"blank\", \"winners\": {\"TX\": \"republican-candidate\"}}";
  g_autoptr(EcScenario) a = NULL;
  g_autoptr(EcScenario) b = NULL;
  g_autoptr(GError) error = NULL;

  a = ec_scenario_new_from_data (with_third, strlen (with_third), &error);
  g_assert_no_error (error);
  g_assert_nonnull (ec_scenario_get_third_candidate (a));
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (a, "TX")), ==, "third-party-candidate");

  b = ec_scenario_new_from_data (without, strlen (without), &error);
  g_assert_no_error (error);
  g_assert_null (ec_scenario_get_third_candidate (b));
  g_assert_cmpuint (ec_scenario_get_candidates (b)->len, ==, 2);
}

/* The limit of faithless electors, in words with the right numbers. */
static void
test_faithless_limit (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(GError) error = NULL;
  g_autofree char *none = ec_scenario_dup_faithless_limit ("Utah", 6, 0, 7);

  g_assert_cmpstr (none, ==, "Utah has 6 electors. At most 6 can break their pledge, not 7.");
  g_assert_false (ec_scenario_add_faithless (scenario, "TX", NULL, 37, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Texas has 38 electors. 2 of them have already broken their pledge. At most 36 more can, not 37.");
  g_clear_error (&error);
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", NULL, 36, NULL, &error));
  g_assert_false (ec_scenario_add_faithless (scenario, "TX", NULL, 1, NULL, &error));
  g_assert_nonnull (strstr (error->message, "No more can break their pledge."));
}

static void
test_set_winner_drops_faithless (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");

  g_assert_cmpuint (ec_scenario_get_faithless_count (scenario, "TX"), ==, 2);
  g_assert_true (ec_scenario_set_winner (scenario, "TX", clinton));
  g_assert_cmpuint (ec_scenario_get_faithless_count (scenario, "TX"), ==, 0);
  /* Setting the same winner again changes nothing. */
  g_assert_false (ec_scenario_set_winner (scenario, "TX", clinton));
}

static void
count_changes_cb (EcScenario *scenario,
                  guint      *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_signal_connect (scenario, "changed", G_CALLBACK (count_changes_cb), &count);

  ec_scenario_set_winner (scenario, "OH", clinton);
  g_assert_cmpuint (count, ==, 1);
  ec_scenario_set_winner (scenario, "OH", clinton);
  g_assert_cmpuint (count, ==, 1);
  ec_scenario_set_split (scenario, "ME", FALSE);
  g_assert_cmpuint (count, ==, 2);
  ec_scenario_add_faithless (scenario, "OH", NULL, 1, NULL, &error);
  g_assert_cmpuint (count, ==, 3);
  /* A refused change emits nothing. */
  g_assert_false (ec_scenario_add_faithless (scenario, "OH", NULL, 40, NULL, &error));
  g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
  g_assert_cmpuint (count, ==, 3);
}

static void
test_split_clamps_faithless (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(GError) error = NULL;

  /* Maine whole: 4 electors for Clinton, 3 abstain. */
  ec_scenario_set_split (scenario, "ME", FALSE);
  g_assert_true (ec_scenario_add_faithless (scenario, "ME", NULL, 3, NULL, &error));
  /* Split: the at-large unit has only 2 electors left. */
  ec_scenario_set_split (scenario, "ME", TRUE);
  g_assert_cmpuint (ec_scenario_get_faithless_count (scenario, "ME"), ==, 2);

  g_assert_true (ec_scenario_add_faithless (scenario, "ME-2", NULL, 1, NULL, &error));
  ec_scenario_set_split (scenario, "ME", FALSE);
  g_assert_cmpuint (ec_scenario_get_faithless_count (scenario, "ME-2"), ==, 0);
  g_assert_no_error (error);
}

static void
test_people (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *a = ec_scenario_add_person (scenario, "  Colin Powell ");
  EcCandidate *b = ec_scenario_add_person (scenario, "Jane Student");
  EcCandidate *c = ec_scenario_add_person (scenario, "Jane Student");

  /* Colin Powell received faithless votes in 2016, so he is already known. */
  g_assert_cmpstr (ec_candidate_get_id (a), ==, "colin-powell");
  g_assert_true (b == c);
  g_assert_true (ec_scenario_get_candidate (scenario, ec_candidate_get_id (b)) == b);
}

static void
test_bad_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "bad-scenarios", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n_files = 0;
  const char *name;

  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(EcScenario) scenario = ec_scenario_new_from_file (file, &error);

      g_test_message ("%s: %s", name, error ? error->message : "(accepted)");
      g_assert_null (scenario);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, !=, "");
      /* One line, for the command line and for a dialog. */
      g_assert_null (strchr (error->message, '\n'));
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 20);
}

static void
test_bad_file_kinds (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-test-XXXXXX", NULL);
  g_autofree char *huge_path = g_build_filename (dir, "huge.electors", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.electors", NULL);
  g_autoptr(GFile) huge = g_file_new_for_path (huge_path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *big = NULL;
  const gsize big_size = 100 * 1024 * 1024;

  /* 100 MB of something that starts like a scenario. */
  big = g_malloc (big_size);
  memset (big, ' ', big_size);
  memcpy (big, "{\"format\": \"electors-scenario\", ", 32);
  g_assert_true (g_file_set_contents (huge_path, big, big_size, NULL));
  g_clear_pointer (&big, g_free);

  g_assert_null (ec_scenario_new_from_file (huge, &error));
  g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_null (ec_scenario_new_from_file (folder, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_null (ec_scenario_new_from_file (missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_unlink (huge_path);
  g_rmdir (dir);
}

static void
test_newer_version_error (void)
{
  /* Version 2 added the electoral system, 3 a blank map's candidates; 4
   * does not exist yet. */
  const char *data = "{\"format\": \"electors-scenario\", \"version\": 4, \"election\": 2016, \"winners\": {}}";
  g_autoptr(GError) error = NULL;

  g_assert_null (ec_scenario_new_from_data (data, strlen (data), &error));
  g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version"));
}

static void
test_minimal_file (void)
{
  /* Units a file leaves out are undecided. */
  const char *data = "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": 2016, "
                     "\"winners\": {\"CA\": \"hillary-clinton\"}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(EcScenario) scenario = ec_scenario_new_from_data (data, strlen (data), &error);
  g_autoptr(EcTally) tally = NULL;

  g_assert_no_error (error);
  tally = ec_tally_new (scenario);
  g_assert_cmpuint (ec_tally_get_undecided (tally), ==, 538 - 55);
  g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_UNDECIDED);
}

/* A file that names a state the election's year did not have is refused,
 * and says why in words a student understands. */
static void
test_state_that_did_not_exist (void)
{
  const struct {
    const char *data;
    const char *message;
  } cases[] = {
    { "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": 1860, "
      "\"winners\": {\"AK\": \"abraham-lincoln\"}}",
      "In 1860, Alaska was not yet a state and had no electors" },
    { "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": 1800, "
      "\"winners\": {\"WV\": \"thomas-jefferson\"}}",
      "In 1800, West Virginia was part of Virginia and had no electors of its own" },
    { "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": 1816, "
      "\"winners\": {\"ME-1\": \"james-monroe\"}}",
      "In 1816, Maine's 1st congressional district was part of Massachusetts and had no electors of its own" },
    { "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": 1956, "
      "\"winners\": {\"DC\": \"adlai-stevenson-ii\"}}",
      "In 1956, the District of Columbia had no electors" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcScenario) scenario = ec_scenario_new_from_data (cases[i].data, strlen (cases[i].data), &error);

      g_assert_null (scenario);
      g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }
}

/* A scenario of 1800 saves and opens again with its changes, and the
 * two-vote rule still decides it. */
static void
test_history_file_round_trip (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (1800, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) loaded = NULL;
  g_autoptr(EcTally) tally = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("electors-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "1800.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (ec_scenario_set_winner (scenario, "TN", ec_scenario_get_candidate (scenario, "john-adams")));
  ec_scenario_set_title (scenario, "If Tennessee had voted Federalist");
  g_assert_true (ec_scenario_save_to_file (scenario, file, &error));
  g_assert_no_error (error);

  loaded = ec_scenario_new_from_file (file, &error);
  g_assert_no_error (error);
  a = ec_scenario_to_data (scenario, NULL);
  b = ec_scenario_to_data (loaded, NULL);
  g_assert_cmpstr (a, ==, b);

  tally = ec_tally_new (loaded);
  g_assert_cmpstr (ec_candidate_get_id (ec_tally_get_winner (tally)), ==, "aaron-burr");
  g_assert_cmpuint (ec_tally_get_majority (tally), ==, 70);

  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A hostile file is refused whole, at once and with a message: a 1 MB
 * title, 100,000 people. */
static void
test_hostile_sizes (void)
{
  g_autoptr(GString) title = g_string_new ("{\"format\": \"electors-scenario\", \"version\": 1, \"title\": \"");
  g_autoptr(GString) people = g_string_new ("{\"format\": \"electors-scenario\", \"version\": 1, \"election\": 2016, \"base\": \"as-cast\", \"winners\": {}, \"people\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  gint64 start;

  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (title, 'x');
  g_string_append (title, "\", \"election\": 2016, \"base\": \"as-cast\", \"winners\": {}}");
  start = g_get_monotonic_time ();
  scenario = ec_scenario_new_from_data (title->str, title->len, &error);
  g_assert_null (scenario);
  g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "500"));
  g_clear_error (&error);

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (people, "%s{\"id\": \"p%u\", \"name\": \"Person %u\"}", i ? ", " : "", i, i);
  g_string_append (people, "]}");
  scenario = ec_scenario_new_from_data (people->str, people->len, &error);
  g_assert_null (scenario);
  g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "538"));

  /* Both in well under the 60 s the people once took. */
  g_test_message ("refused in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
}

/* What the app lets a person type, it can save and open again. */
static void
test_limits_keep_files_readable (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autoptr(EcScenario) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  for (guint i = 0; i < 2 * EC_SCENARIO_MAX_TITLE; i++)
    g_string_append (long_title, "é");
  ec_scenario_set_title (scenario, long_title->str);
  g_assert_cmpint (g_utf8_strlen (ec_scenario_get_title (scenario), -1), ==, EC_SCENARIO_MAX_TITLE);
  /* Not UTF-8 in, UTF-8 out. */
  ec_scenario_set_notes (scenario, "caf\xe9");
  g_assert_true (g_utf8_validate (ec_scenario_get_notes (scenario), -1, NULL));

  data = ec_scenario_to_data (scenario, &length);
  reloaded = ec_scenario_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_true (ec_scenario_equal (scenario, reloaded));
}

/* Copies are equal until one changes; the petition keeps its id. */
static void
test_copy_and_equal (void)
{
  g_autoptr(EcScenario) petition = ec_scenario_new_for_preset (EC_SCENARIO_PRESET_PETITION, NULL);
  g_autoptr(EcScenario) copy = ec_scenario_copy (petition);
  g_autoptr(EcScenario) reloaded = NULL;
  g_autoptr(EcScenario) legacy = NULL;
  g_autofree char *data = NULL;
  const char *old_file = "{\"format\": \"electors-scenario\", \"version\": 1, \"title\": \"2016: the petition\", "
                         "\"election\": 2016, \"base\": \"pledged\", \"winners\": {\"TX\": \"donald-trump\"}}";

  g_assert_true (ec_scenario_is_pristine (petition));
  g_assert_true (ec_scenario_equal (petition, copy));
  g_assert_cmpstr (ec_scenario_get_preset (copy), ==, EC_SCENARIO_PRESET_PETITION);

  ec_scenario_add_faithless (copy, "TX", NULL, 37, NULL, NULL);
  g_assert_false (ec_scenario_equal (petition, copy));
  g_assert_false (ec_scenario_is_pristine (copy));
  g_assert_cmpuint (ec_scenario_get_faithless_count (petition, "TX"), ==, 0);

  data = ec_scenario_to_data (copy, NULL);
  g_assert_nonnull (strstr (data, "\"preset\" : \"petition-2016\""));
  reloaded = ec_scenario_new_from_data (data, strlen (data), NULL);
  g_assert_true (ec_scenario_equal (copy, reloaded));

  /* Files from before preset ids name the petition by its English title. */
  legacy = ec_scenario_new_from_data (old_file, strlen (old_file), NULL);
  g_assert_cmpstr (ec_scenario_get_preset (legacy), ==, EC_SCENARIO_PRESET_PETITION);
}

/* The words a tooltip and a popover give a state of an early election:
 * what it cast, and why there is no popular vote to show. */
static void
test_early_unit_words (void)
{
  const struct {
    int         year;
    const char *unit;
    const char *summary;
    const char *result;
  } cases[] = {
    { 1789, "NY", "New York, 8 electoral votes, cast no votes", "In 1789: the state appointed no electors and cast no votes" },
    { 1864, "LA", "Louisiana, 7 electoral votes, cast no votes",
      "In 1864: electors were chosen, but Congress excluded the state’s electoral votes" },
    { 1864, "VA", "Virginia, 10 electoral votes, cast no votes", "In 1864: the state appointed no electors and cast no votes" },
    { 1860, "SC", "South Carolina, 8 electoral votes, John C. Breckinridge",
      "In 1860: no popular vote; the state legislature chose the electors, who voted for John C. Breckinridge" },
    { 1800, "VA", "Virginia, 21 electoral votes, Thomas Jefferson", "In 1800: won by Thomas Jefferson" },
    { 1872, "AR", "Arkansas, 6 electoral votes, Ulysses S. Grant, 6 votes rejected by Congress", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EcElection) election = ec_election_new_for_year (cases[i].year, NULL);
      g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
      g_autofree char *summary = ec_scenario_dup_unit_summary (scenario, cases[i].unit);
      g_autofree char *result = ec_scenario_dup_unit_result (scenario, cases[i].unit);

      g_assert_cmpstr (summary, ==, cases[i].summary);
      if (cases[i].result != NULL)
        g_assert_cmpstr (result, ==, cases[i].result);
    }
}

/* Which laws a file applies is saved with it; files from before laws had
 * dates applied today's, and still do. */
static void
test_laws_date_in_file (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) reloaded = NULL;
  g_autoptr(EcScenario) old = NULL;
  g_autofree char *data = NULL;
  const char *old_file = "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": 2016, "
                         "\"base\": \"as-cast\", \"apply_laws\": true, \"winners\": {}}";

  /* Not applied: nothing about dates is written. */
  data = ec_scenario_to_data (scenario, NULL);
  g_assert_null (strstr (data, "\"laws\""));
  g_clear_pointer (&data, g_free);

  ec_scenario_set_apply_laws (scenario, TRUE);
  data = ec_scenario_to_data (scenario, NULL);
  g_assert_nonnull (strstr (data, "\"laws\" : \"at-election\""));
  reloaded = ec_scenario_new_from_data (data, strlen (data), NULL);
  g_assert_cmpint (ec_scenario_get_laws_date (reloaded), ==, EC_LAWS_AT_ELECTION);
  g_assert_true (ec_scenario_equal (scenario, reloaded));

  old = ec_scenario_new_from_data (old_file, strlen (old_file), NULL);
  g_assert_nonnull (old);
  g_assert_cmpint (ec_scenario_get_laws_date (old), ==, EC_LAWS_TODAY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/scenario/round-trip", test_round_trip);
  g_test_add_func ("/ec/scenario/round-trip-every-election", test_round_trip_every_election);
  g_test_add_func ("/ec/scenario/file-round-trip", test_file_round_trip);
  g_test_add_func ("/ec/scenario/file-errors", test_file_errors);
  g_test_add_func ("/ec/scenario/set-winner-drops-faithless", test_set_winner_drops_faithless);
  g_test_add_func ("/ec/scenario/cycle-winner", test_cycle_winner);
  g_test_add_func ("/ec/scenario/blank-candidates", test_blank_candidates);
  g_test_add_func ("/ec/scenario/blank-old-files", test_blank_old_files);
  g_test_add_func ("/ec/scenario/faithless-limit", test_faithless_limit);
  g_test_add_func ("/ec/scenario/changed-signal", test_changed_signal);
  g_test_add_func ("/ec/scenario/split-clamps-faithless", test_split_clamps_faithless);
  g_test_add_func ("/ec/scenario/people", test_people);
  g_test_add_func ("/ec/scenario/bad-files", test_bad_files);
  g_test_add_func ("/ec/scenario/bad-file-kinds", test_bad_file_kinds);
  g_test_add_func ("/ec/scenario/newer-version", test_newer_version_error);
  g_test_add_func ("/ec/scenario/minimal-file", test_minimal_file);
  g_test_add_func ("/ec/scenario/state-that-did-not-exist", test_state_that_did_not_exist);
  g_test_add_func ("/ec/scenario/history-file-round-trip", test_history_file_round_trip);
  g_test_add_func ("/ec/scenario/hostile-sizes", test_hostile_sizes);
  g_test_add_func ("/ec/scenario/limits-keep-files-readable", test_limits_keep_files_readable);
  g_test_add_func ("/ec/scenario/copy-and-equal", test_copy_and_equal);
  g_test_add_func ("/ec/scenario/laws-date-in-file", test_laws_date_in_file);
  g_test_add_func ("/ec/scenario/early-unit-words", test_early_unit_words);

  return g_test_run ();
}
