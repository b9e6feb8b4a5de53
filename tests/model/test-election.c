/* test-election.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-election.h"

static void
test_every_year_loads (void)
{
  const int *years;
  guint n_years;

  years = ec_election_get_years (&n_years);
  g_assert_cmpuint (n_years, ==, 13);
  g_assert_cmpint (years[0], ==, 1976);
  g_assert_cmpint (ec_election_get_latest_year (), ==, 2024);

  for (guint i = 0; i < n_years; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcElection) election = ec_election_new_for_year (years[i], &error);
      GPtrArray *states;
      guint total = 0;

      g_assert_no_error (error);
      g_assert_nonnull (election);
      g_assert_cmpint (ec_election_get_year (election), ==, years[i]);
      g_assert_false (ec_election_is_blank (election));

      states = ec_election_get_states (election);
      g_assert_cmpuint (states->len, ==, 51);

      for (guint j = 0; j < states->len; j++)
        {
          EcUnit *state = g_ptr_array_index (states, j);

          total += ec_unit_get_electoral_votes (state);
          g_assert_nonnull (ec_unit_get_winner (state));
          g_assert_true (ec_unit_has_popular_votes (state));
          g_assert_cmpint (ec_unit_get_popular_votes (state, ec_unit_get_winner (state)), >, 0);
          g_assert_cmpuint (ec_unit_get_electoral_votes (state), >=, 3);
        }

      g_assert_cmpuint (total, ==, EC_ELECTORS_TOTAL);
      g_assert_nonnull (ec_election_get_unit (election, "DC"));
      g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (election, "DC")), ==, 3);
    }
}

static void
test_districts (void)
{
  const int *years;
  guint n_years;

  years = ec_election_get_years (&n_years);

  for (guint i = 0; i < n_years; i++)
    {
      g_autoptr(EcElection) election = ec_election_new_for_year (years[i], NULL);
      EcUnit *maine = ec_election_get_unit (election, "ME");
      EcUnit *nebraska = ec_election_get_unit (election, "NE");
      guint expected_units = 51;

      /* Maine has split its electors by district since 1972. */
      g_assert_cmpuint (ec_unit_get_districts (maine)->len, ==, 2);
      g_assert_true (ec_unit_get_district_method (maine));
      g_assert_cmpuint (ec_unit_get_at_large_electoral_votes (maine), ==, 2);
      g_assert_nonnull (ec_election_get_unit (election, "ME-2"));
      g_assert_cmpstr (ec_unit_get_state_id (ec_election_get_unit (election, "ME-2")), ==, "ME");
      expected_units += 2;

      /* Nebraska since 1992. */
      if (years[i] >= 1992)
        {
          g_assert_cmpuint (ec_unit_get_districts (nebraska)->len, ==, 3);
          g_assert_true (ec_unit_get_district_method (nebraska));
          g_assert_nonnull (ec_election_get_unit (election, "NE-3"));
          expected_units += 3;
        }
      else
        {
          g_assert_cmpuint (ec_unit_get_districts (nebraska)->len, ==, 0);
          g_assert_null (ec_election_get_unit (election, "NE-1"));
        }

      g_assert_cmpuint (ec_election_get_all_units (election)->len, ==, expected_units);
    }
}

static void
test_real_facts (void)
{
  g_autoptr(EcElection) e2016 = ec_election_new_for_year (2016, NULL);
  g_autoptr(EcElection) e2000 = ec_election_new_for_year (2000, NULL);
  g_autoptr(EcElection) e2008 = ec_election_new_for_year (2008, NULL);
  EcUnit *florida = ec_election_get_unit (e2000, "FL");
  EcCandidate *bush = ec_election_get_candidate (e2000, "george-w-bush");
  EcCandidate *gore = ec_election_get_candidate (e2000, "al-gore");
  EcCandidate *trump = ec_election_get_candidate (e2016, "donald-trump");

  g_assert_nonnull (bush);
  g_assert_nonnull (gore);
  g_assert_nonnull (trump);
  g_assert_cmpstr (ec_candidate_get_running_mate (trump), ==, "Mike Pence");
  g_assert_cmpstr (ec_candidate_get_party (trump), ==, "Republican");

  /* The 537 votes of Florida 2000 (MIT Election Data and Science Lab). */
  g_assert_cmpint (ec_unit_get_popular_votes (florida, bush), ==, 2912790);
  g_assert_cmpint (ec_unit_get_popular_votes (florida, gore), ==, 2912253);
  g_assert_true (ec_unit_get_winner (florida) == bush);
  g_assert_true (ec_unit_get_runner_up (florida) == gore);

  /* Texas had 38 electors after the 2010 census, 40 after 2020's. */
  g_assert_cmpuint (ec_unit_get_electoral_votes (ec_election_get_unit (e2016, "TX")), ==, 38);
  g_assert_cmpint (ec_election_get_census (e2016), ==, 2010);

  /* Obama won Nebraska's 2nd district in 2008. */
  g_assert_cmpstr (ec_candidate_get_id (ec_unit_get_winner (ec_election_get_unit (e2008, "NE-2"))), ==,
                   "barack-obama");
  g_assert_cmpstr (ec_candidate_get_id (ec_unit_get_winner (ec_election_get_unit (e2008, "NE"))), ==,
                   "john-mccain");

  /* 2016: seven electors' votes counted for someone else, three voided. */
  {
    GPtrArray *faithless = ec_election_get_faithless (e2016);
    guint counted = 0;
    guint replaced = 0;

    for (guint i = 0; i < faithless->len; i++)
      {
        EcFaithlessRecord *record = g_ptr_array_index (faithless, i);

        if (record->replaced)
          replaced++;
        else
          counted++;
      }

    g_assert_cmpuint (counted, ==, 7);
    g_assert_cmpuint (replaced, ==, 3);
  }
}

static void
test_blank (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) blank = ec_election_new_blank (&error);
  g_autoptr(EcElection) latest = ec_election_new_for_year (ec_election_get_latest_year (), NULL);
  GPtrArray *units;
  guint total = 0;

  g_assert_no_error (error);
  g_assert_true (ec_election_is_blank (blank));
  g_assert_cmpint (ec_election_get_year (blank), ==, 0);
  g_assert_cmpuint (ec_election_get_candidates (blank)->len, ==, 3);

  units = ec_election_get_all_units (blank);
  g_assert_cmpuint (units->len, ==, 56);

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);
      EcUnit *real = ec_election_get_unit (latest, ec_unit_get_id (unit));

      g_assert_null (ec_unit_get_winner (unit));
      g_assert_false (ec_unit_has_popular_votes (unit));
      /* The latest apportionment. */
      g_assert_cmpuint (ec_unit_get_electoral_votes (unit), ==, ec_unit_get_electoral_votes (real));
      if (ec_unit_get_kind (unit) == EC_UNIT_STATE)
        total += ec_unit_get_electoral_votes (unit);
    }

  g_assert_cmpuint (total, ==, 538);
}

static void
test_unknown_year (void)
{
  const int bad_years[] = { 1975, 1972, 2028, 0, -4, 1788 };

  for (guint i = 0; i < G_N_ELEMENTS (bad_years); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcElection) election = ec_election_new_for_year (bad_years[i], &error);

      g_assert_null (election);
      g_assert_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_UNKNOWN_YEAR);
      g_assert_nonnull (strstr (error->message, "1976"));
    }
}

static void
test_bad_data (void)
{
  g_autofree char *base_path = g_test_build_filename (G_TEST_DIST, "..", "data", "elections", "2016.json", NULL);
  g_autofree char *good = NULL;
  const char *bad[] = {
    "",
    "{",
    "[]",
    "{\"format\": 2}",
    "{\"format\": 1, \"year\": 2016, \"census\": 2010, \"candidates\": [], \"states\": []}",
    "{\"format\": 1, \"year\": 2016, \"census\": 2010, "
    "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"B\"}], \"states\": []}",
    "{\"format\": 1, \"year\": 2016, \"census\": 2010, "
    "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
    "\"states\": [{\"id\": \"TX\", \"name\": \"Texas\", \"electoral_votes\": -38, \"winner\": \"a\"}]}",
    "{\"format\": 1, \"year\": 2016, \"census\": 2010, "
    "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
    "\"states\": [{\"id\": \"TX\", \"name\": \"Texas\", \"electoral_votes\": 538, \"winner\": \"c\"}]}",
    "{\"format\": 1, \"year\": 2016, \"census\": 2010, "
    "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
    "\"states\": [{\"id\": \"TX\", \"name\": \"Texas\", \"electoral_votes\": 538, \"winner\": \"a\"}]}",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = NULL;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(EcElection) bad_election = ec_election_new_from_data (bad[i], -1, &local_error);

      g_assert_null (bad_election);
      g_assert_error (local_error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_INVALID_DATA);
    }

  /* The committed file itself reads back. */
  g_assert_true (g_file_get_contents (base_path, &good, &length, NULL));
  election = ec_election_new_from_data (good, length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ec_election_get_year (election), ==, 2016);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/election/every-year-loads", test_every_year_loads);
  g_test_add_func ("/ec/election/districts", test_districts);
  g_test_add_func ("/ec/election/real-facts", test_real_facts);
  g_test_add_func ("/ec/election/blank", test_blank);
  g_test_add_func ("/ec/election/unknown-year", test_unknown_year);
  g_test_add_func ("/ec/election/bad-data", test_bad_data);

  return g_test_run ();
}
