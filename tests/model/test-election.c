/* test-election.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-election.h"

static void
test_every_year_loads (void)
{
  const int *years;
  guint n_years;
  const int *modern_years;
  guint n_modern_years;

  /* 1789 (the election of 1788–89), then every four years. */
  years = ec_election_get_years (&n_years);
  g_assert_cmpuint (n_years, ==, 60);
  g_assert_cmpint (years[0], ==, 1789);
  g_assert_cmpint (years[1], ==, 1792);
  g_assert_cmpint (ec_election_get_latest_year (), ==, 2024);

  for (guint i = 0; i < n_years; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcElection) election = ec_election_new_for_year (years[i], &error);
      GPtrArray *states;
      guint total = 0;

      g_assert_no_error (error);
      g_assert_cmpint (ec_election_get_year (election), ==, years[i]);
      g_assert_cmpint (ec_election_get_rules (election), ==,
                       years[i] <= 1800 ? EC_ELECTION_RULES_TWO_VOTES : EC_ELECTION_RULES_TWELFTH_AMENDMENT);
      /* The map can show an election exactly when its units are the map's areas. */
      g_assert_cmpint (ec_election_uses_modern_map (election), ==, ec_election_has_modern_year (years[i]));

      states = ec_election_get_states (election);
      for (guint j = 0; j < states->len; j++)
        {
          EcUnit *state = g_ptr_array_index (states, j);

          total += ec_unit_get_electoral_votes (state);
          g_assert_cmpuint (ec_unit_get_electoral_votes (state), >=, 3);
          /* Each state is drawn where it is. */
          g_assert_true (ec_election_get_area_unit (election, ec_unit_get_id (state)) == state);
          g_assert_cmpint (ec_election_get_area_status (election, ec_unit_get_id (state)), ==, EC_AREA_UNIT);
          /* Either there was a popular vote, or there is a reason there was none. */
          if (years[i] >= 1824 && !ec_unit_has_popular_votes (state))
            g_assert_true (ec_unit_get_chosen_by_legislature (state) || ec_unit_casts_no_votes (state) ||
                           ec_unit_get_not_counted (state)->len > 0);
          if (years[i] < 1824)
            g_assert_false (ec_unit_has_popular_votes (state));
        }

      g_assert_cmpuint (total, ==, ec_election_get_electors_total (election));
      g_assert_cmpuint (ec_election_get_electors_appointed (election), <=, total);
    }

  modern_years = ec_election_get_modern_years (&n_modern_years);
  g_assert_cmpuint (n_modern_years, ==, 13);
  g_assert_cmpint (modern_years[0], ==, 1976);
  g_assert_cmpint (modern_years[n_modern_years - 1], ==, ec_election_get_latest_year ());
  g_assert_false (ec_election_has_modern_year (1972));
  g_assert_true (ec_election_has_year (1972));
}

static void
test_modern_years_load (void)
{
  const int *years;
  guint n_years;

  years = ec_election_get_modern_years (&n_years);

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

  years = ec_election_get_modern_years (&n_years);

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

typedef struct {
  int          year;
  guint        units;
  guint        electors;
  const char  *area;
  EcAreaStatus status;
  const char  *unit;
} UnitsCase;

/* The Union as it was: which areas of the map were states, which belonged
 * to another state's unit and which had no electors. */
static void
test_units_of_years (void)
{
  const UnitsCase cases[] = {
    /* Eleven states had ratified; New York appointed no electors. */
    { 1789, 11, 81, "ME", EC_AREA_PART_OF_UNIT, "MA" },
    { 1789, 11, 81, "WV", EC_AREA_PART_OF_UNIT, "VA" },
    { 1789, 11, 81, "KY", EC_AREA_PART_OF_UNIT, "VA" },
    { 1789, 11, 81, "NC", EC_AREA_NOT_IN_UNION, NULL },
    { 1789, 11, 81, "RI", EC_AREA_NOT_IN_UNION, NULL },
    { 1789, 11, 81, "OH", EC_AREA_NOT_A_STATE, NULL },
    { 1789, 11, 81, "ME-2", EC_AREA_PART_OF_UNIT, "MA" },
    { 1816, 19, 221, "ME", EC_AREA_PART_OF_UNIT, "MA" },
    { 1820, 24, 235, "ME", EC_AREA_UNIT, "ME" },
    { 1820, 24, 235, "MO", EC_AREA_UNIT, "MO" },
    { 1860, 33, 303, "WV", EC_AREA_PART_OF_UNIT, "VA" },
    { 1860, 33, 303, "KS", EC_AREA_NOT_A_STATE, NULL },
    { 1864, 36, 314, "WV", EC_AREA_UNIT, "WV" },
    { 1864, 36, 314, "VA", EC_AREA_UNIT, "VA" },
    { 1912, 48, 531, "AZ", EC_AREA_UNIT, "AZ" },
    { 1912, 48, 531, "AK", EC_AREA_NOT_A_STATE, NULL },
    { 1912, 48, 531, "DC", EC_AREA_NO_ELECTORS, NULL },
    { 1960, 50, 537, "HI", EC_AREA_UNIT, "HI" },
    { 1960, 50, 537, "DC", EC_AREA_NO_ELECTORS, NULL },
    { 1960, 50, 537, "NE-2", EC_AREA_PART_OF_UNIT, "NE" },
    { 1964, 51, 538, "DC", EC_AREA_UNIT, "DC" },
    /* Maine's first election by district. */
    { 1972, 51, 538, "ME-2", EC_AREA_UNIT, "ME-2" },
    { 2024, 51, 538, "ME-2", EC_AREA_UNIT, "ME-2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EcElection) election = ec_election_new_for_year (cases[i].year, NULL);
      EcUnit *unit = ec_election_get_area_unit (election, cases[i].area);

      g_test_message ("%d %s", cases[i].year, cases[i].area);
      g_assert_cmpuint (ec_election_get_states (election)->len, ==, cases[i].units);
      g_assert_cmpuint (ec_election_get_electors_total (election), ==, cases[i].electors);
      g_assert_cmpint (ec_election_get_area_status (election, cases[i].area), ==, cases[i].status);
      if (cases[i].unit != NULL)
        g_assert_cmpstr (ec_unit_get_id (unit), ==, cases[i].unit);
      else
        g_assert_null (unit);
    }

  /* New York 1789 and the seceded states of 1864 cast no votes; Louisiana's
   * and Tennessee's 1864 electors were chosen but excluded. */
  {
    g_autoptr(EcElection) e1789 = ec_election_new_for_year (1789, NULL);
    g_autoptr(EcElection) e1864 = ec_election_new_for_year (1864, NULL);
    EcUnit *ny = ec_election_get_unit (e1789, "NY");
    EcUnit *tn = ec_election_get_unit (e1864, "TN");
    EcNotCounted *why;

    g_assert_true (ec_unit_casts_no_votes (ny));
    g_assert_null (ec_unit_get_winner (ny));
    g_assert_cmpuint (ec_unit_get_electors_not_voting (ny), ==, 8);
    why = g_ptr_array_index (ec_unit_get_not_counted (ny), 0);
    g_assert_cmpint (why->reason, ==, EC_NOT_COUNTED_NOT_APPOINTED);
    why = g_ptr_array_index (ec_unit_get_not_counted (tn), 0);
    g_assert_cmpint (why->reason, ==, EC_NOT_COUNTED_EXCLUDED);
    g_assert_true (ec_unit_casts_no_votes (ec_election_get_unit (e1864, "SC")));
    g_assert_false (ec_unit_casts_no_votes (ec_election_get_unit (e1864, "NV")));
    g_assert_cmpuint (ec_unit_get_electors_not_voting (ec_election_get_unit (e1864, "NV")), ==, 1);
  }

  /* South Carolina's legislature chose its electors until 1860. */
  {
    g_autoptr(EcElection) e1860 = ec_election_new_for_year (1860, NULL);
    g_autoptr(EcElection) e1868 = ec_election_new_for_year (1868, NULL);
    EcUnit *sc = ec_election_get_unit (e1860, "SC");

    g_assert_true (ec_unit_get_chosen_by_legislature (sc));
    g_assert_false (ec_unit_has_popular_votes (sc));
    g_assert_false (ec_unit_get_chosen_by_legislature (ec_election_get_unit (e1868, "SC")));
    g_assert_true (ec_unit_has_popular_votes (ec_election_get_unit (e1868, "SC")));
  }
}

/* A state that did not exist in a year is not a unit, and the error says why. */
static void
test_missing_units (void)
{
  const struct {
    int         year;
    const char *id;
    const char *message;
  } cases[] = {
    { 1800, "WV", "In 1800, West Virginia was part of Virginia and had no electors of its own" },
    { 1816, "ME", "In 1816, Maine was part of Massachusetts and had no electors of its own" },
    { 1789, "NC", "In 1789, North Carolina had not yet ratified the Constitution and was not in the Union" },
    { 1860, "AK", "In 1860, Alaska was not yet a state and had no electors" },
    { 1960, "DC", "In 1960, the District of Columbia had no electors" },
    { 1960, "XX", "There is no state or district “XX”" },
    { 2016, "XX", "There is no state or district “XX”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EcElection) election = ec_election_new_for_year (cases[i].year, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_null (ec_election_lookup_unit (election, cases[i].id, &error));
      g_assert_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_NO_SUCH_UNIT);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }

  {
    g_autoptr(EcElection) election = ec_election_new_for_year (1800, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_nonnull (ec_election_lookup_unit (election, "VA", &error));
    g_assert_no_error (error);
  }
}

static void
test_bad_history_data (void)
{
  /* A two-state election of the two-vote era, and ways to spoil it. */
#define HEAD "{\"format\": 1, \"year\": 1800, \"census\": 1790, \"rules\": \"two-votes\", " \
             "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
#define AREAS ", \"areas\": [{\"area\": \"X\", \"name\": \"X\", \"unit\": \"X\"}, " \
              "{\"area\": \"Y\", \"name\": \"Y\", \"unit\": \"Y\"}]}"
#define STATE_X "{\"id\": \"X\", \"name\": \"X\", \"electoral_votes\": 3, \"winner\": \"a\", " \
                "\"electoral_votes_cast\": {\"a\": 3, \"b\": 3}}"
  const char *good =
    HEAD "\"states\": [" STATE_X ", {\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 4, "
    "\"winner\": null, \"electoral_votes_cast\": {}, \"not_counted\": [{\"reason\": \"not-appointed\", \"electors\": 4}]}]"
    AREAS;
  const char *bad[] = {
    /* Four electors, but the not-counted entry accounts for three. */
    HEAD "\"states\": [" STATE_X ", {\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 4, "
    "\"winner\": null, \"electoral_votes_cast\": {}, \"not_counted\": [{\"reason\": \"not-appointed\", \"electors\": 3}]}]"
    AREAS,
    /* An unknown reason. */
    HEAD "\"states\": [" STATE_X ", {\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 4, "
    "\"winner\": null, \"electoral_votes_cast\": {}, \"not_counted\": [{\"reason\": \"zero\", \"electors\": 4}]}]"
    AREAS,
    /* No winner, yet votes were cast. */
    HEAD "\"states\": [" STATE_X ", {\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 4, "
    "\"winner\": null, \"electoral_votes_cast\": {\"a\": 4, \"b\": 4}}]"
    AREAS,
    /* Two votes per elector, but only one each here. */
    HEAD "\"states\": [" STATE_X ", {\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 4, "
    "\"winner\": \"a\", \"electoral_votes_cast\": {\"a\": 4}}]"
    AREAS,
    /* More votes for one person than the state has electors. */
    HEAD "\"states\": [" STATE_X ", {\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 4, "
    "\"winner\": \"a\", \"electoral_votes_cast\": {\"a\": 8}}]"
    AREAS,
    /* A legislature-chosen state with a popular vote. */
    HEAD "\"states\": [" STATE_X ", {\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 4, "
    "\"winner\": \"a\", \"electors_chosen_by\": \"legislature\", \"popular_votes\": {\"a\": 10}, "
    "\"electoral_votes_cast\": {\"a\": 4, \"b\": 4}}]"
    AREAS,
    /* A unit that is nowhere on the map. */
    HEAD "\"states\": [" STATE_X ", {\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 4, "
    "\"winner\": \"a\", \"electoral_votes_cast\": {\"a\": 4, \"b\": 4}}], "
    "\"areas\": [{\"area\": \"X\", \"name\": \"X\", \"unit\": \"X\"}]}",
    /* An area of an unknown unit. */
    HEAD "\"states\": [" STATE_X "], "
    "\"areas\": [{\"area\": \"X\", \"name\": \"X\", \"unit\": \"Z\"}]}",
    /* An area with neither a unit nor a status. */
    HEAD "\"states\": [" STATE_X "], "
    "\"areas\": [{\"area\": \"X\", \"name\": \"X\", \"unit\": \"X\"}, {\"area\": \"Q\", \"name\": \"Q\"}]}",
    /* More electors appointed than exist. */
    "{\"format\": 1, \"year\": 1800, \"census\": 1790, \"electors_appointed\": 9, "
    "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
    "\"states\": [{\"id\": \"X\", \"name\": \"X\", \"electoral_votes\": 3, \"winner\": \"a\"}], "
    "\"areas\": [{\"area\": \"X\", \"name\": \"X\", \"unit\": \"X\"}]}",
    /* Unknown rules. */
    "{\"format\": 1, \"year\": 1800, \"census\": 1790, \"rules\": \"one-vote\", "
    "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
    "\"states\": [{\"id\": \"X\", \"name\": \"X\", \"electoral_votes\": 3, \"winner\": \"a\"}], "
    "\"areas\": [{\"area\": \"X\", \"name\": \"X\", \"unit\": \"X\"}]}",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_from_data (good, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ec_election_get_electors_total (election), ==, 7);
  g_assert_true (ec_unit_casts_no_votes (ec_election_get_unit (election, "Y")));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(EcElection) bad_election = ec_election_new_from_data (bad[i], -1, &local_error);

      g_test_message ("bad history data %u: %s", i, local_error ? local_error->message : "(accepted)");
      g_assert_null (bad_election);
      g_assert_error (local_error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_INVALID_DATA);
    }
#undef HEAD
#undef AREAS
#undef STATE_X
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
  const int bad_years[] = { 1975, 1973, 1790, 2028, 0, -4, 1788 };

  for (guint i = 0; i < G_N_ELEMENTS (bad_years); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcElection) election = ec_election_new_for_year (bad_years[i], &error);

      g_assert_null (election);
      g_assert_error (error, EC_ELECTION_ERROR, EC_ELECTION_ERROR_UNKNOWN_YEAR);
      g_assert_nonnull (strstr (error->message, "1789"));
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
  g_test_add_func ("/ec/election/modern-years-load", test_modern_years_load);
  g_test_add_func ("/ec/election/units-of-years", test_units_of_years);
  g_test_add_func ("/ec/election/missing-units", test_missing_units);
  g_test_add_func ("/ec/election/bad-history-data", test_bad_history_data);
  g_test_add_func ("/ec/election/districts", test_districts);
  g_test_add_func ("/ec/election/real-facts", test_real_facts);
  g_test_add_func ("/ec/election/blank", test_blank);
  g_test_add_func ("/ec/election/unknown-year", test_unknown_year);
  g_test_add_func ("/ec/election/bad-data", test_bad_data);

  return g_test_run ();
}
