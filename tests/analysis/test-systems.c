/* test-systems.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ec-allocate.h"
#include "ec-apportion.h"
#include "ec-compare.h"
#include "ec-explanations.h"
#include "ec-format.h"
#include "ec-tally.h"

/* Three made-up states in which largest remainder changes the winner: in X
 * (3 electors, 45–40–15) the exact shares are 1.35, 1.20 and 0.45, so the
 * third elector goes to the others' 0.45, not to A, the state's winner. */
#define ROUNDING_ELECTION \
  "{\"format\": 1, \"year\": 2016, \"census\": 2010, " \
  "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], " \
  "\"states\": [" \
  "{\"id\": \"X\", \"name\": \"X\", \"electoral_votes\": 3, \"popular_votes\": {\"a\": 45, \"b\": 40}, \"other_votes\": 15, \"winner\": \"a\"}, " \
  "{\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 5, \"popular_votes\": {\"a\": 30, \"b\": 70}, \"other_votes\": 0, \"winner\": \"b\"}, " \
  "{\"id\": \"Z\", \"name\": \"Z\", \"electoral_votes\": 3, \"popular_votes\": {\"a\": 55, \"b\": 45}, \"other_votes\": 0, \"winner\": \"a\"}], " \
  "\"areas\": [{\"area\": \"X\", \"name\": \"X\", \"unit\": \"X\"}, {\"area\": \"Y\", \"name\": \"Y\", \"unit\": \"Y\"}, " \
  "{\"area\": \"Z\", \"name\": \"Z\", \"unit\": \"Z\"}]}"

/* California joined the compact in 2011; Texas and Florida never did. */
#define COMPACT_ELECTION(ca, tx, fl) \
  "{\"format\": 1, \"year\": 2016, \"census\": 2010, " \
  "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], " \
  "\"states\": [" \
  "{\"id\": \"CA\", \"name\": \"California\", \"electoral_votes\": " #ca ", \"popular_votes\": {\"a\": 60, \"b\": 40}, \"other_votes\": 0, \"winner\": \"a\"}, " \
  "{\"id\": \"TX\", \"name\": \"Texas\", \"electoral_votes\": " #tx ", \"popular_votes\": {\"a\": 10, \"b\": 90}, \"other_votes\": 0, \"winner\": \"b\"}, " \
  "{\"id\": \"FL\", \"name\": \"Florida\", \"electoral_votes\": " #fl ", \"popular_votes\": {\"a\": 45, \"b\": 55}, \"other_votes\": 0, \"winner\": \"b\"}], " \
  "\"areas\": [{\"area\": \"CA\", \"name\": \"California\", \"unit\": \"CA\"}, " \
  "{\"area\": \"TX\", \"name\": \"Texas\", \"unit\": \"TX\"}, {\"area\": \"FL\", \"name\": \"Florida\", \"unit\": \"FL\"}]}"

static EcScenario *
scenario_from (const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_from_data (data, -1, &error);

  g_assert_no_error (error);

  return ec_scenario_new (election, EC_SCENARIO_PLEDGED);
}

static EcScenario *
real_scenario (int            year,
               EcScenarioBase base)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_for_year (year, &error);

  g_assert_no_error (error);

  return ec_scenario_new (election, base);
}

static guint
votes_of (EcTally    *tally,
          EcScenario *scenario,
          const char *id)
{
  EcCandidate *candidate = ec_scenario_get_candidate (scenario, id);

  g_assert_nonnull (candidate);

  return ec_tally_get_electoral_votes (tally, candidate);
}

static void
test_official_seats (void)
{
  const int censuses[] = { 2010, 2020 };

  for (guint c = 0; c < G_N_ELEMENTS (censuses); c++)
    {
      const EcCensus *census = ec_census_lookup (censuses[c]);
      guint seats[50];
      guint sum = 0;

      g_assert_nonnull (census);
      g_assert_cmpuint (census->n_states, ==, 50);
      g_assert_true (ec_apportion_huntington_hill (census->populations, census->n_states, 435, seats));

      for (guint i = 0; i < census->n_states; i++)
        {
          if (seats[i] != census->seats[i])
            g_test_message ("%d %s: %u seats, officially %u", census->year, census->state_ids[i],
                            seats[i], census->seats[i]);
          g_assert_cmpuint (seats[i], ==, census->seats[i]);
          sum += seats[i];
        }
      g_assert_cmpuint (sum, ==, 435);
    }

  /* The official seats are the elections' electors less the two senators,
   * so at 435 the re-apportioned map is the real one in every year. */
  for (int year = 2012; year <= 2024; year += 4)
    {
      g_autoptr(EcScenario) scenario = real_scenario (year, EC_SCENARIO_PLEDGED);
      EcElection *election = ec_scenario_get_election (scenario);
      const EcCensus *census = ec_census_for_election (election);
      g_autoptr(GHashTable) electors = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_nonnull (census);
      g_assert_cmpint (census->year, ==, year == 2024 ? 2020 : 2010);
      g_assert_true (ec_apportion_election (election, 435, electors, NULL));
      g_assert_cmpuint (g_hash_table_size (electors), ==, 50);

      for (guint i = 0; i < census->n_states; i++)
        {
          EcUnit *state = ec_election_get_unit (election, census->state_ids[i]);

          g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (electors, census->state_ids[i])), ==,
                            ec_unit_get_electoral_votes (state));
        }
    }
}

static void
test_huntington_hill_by_hand (void)
{
  /* One seat each, then priorities P/√2: 70.7, 141.4, 212.1 → C (next
   * 300/√6 = 122.5); 141.4 → B (next 81.6); 122.5 → C: 1, 2, 3. A
   * seventh seat: C's 300/√12 = 86.6 beats B's 81.6 and A's 70.7. */
  const gint64 populations[] = { 100, 200, 300 };
  guint seats[3];

  g_assert_true (ec_apportion_huntington_hill (populations, 3, 6, seats));
  g_assert_cmpuint (seats[0], ==, 1);
  g_assert_cmpuint (seats[1], ==, 2);
  g_assert_cmpuint (seats[2], ==, 3);

  g_assert_true (ec_apportion_huntington_hill (populations, 3, 7, seats));
  g_assert_cmpuint (seats[2], ==, 4);

  /* Fewer seats than states cannot give each its one. */
  g_assert_false (ec_apportion_huntington_hill (populations, 3, 2, seats));
}

/* Seat by seat, as the law describes it, the slow way: the reference the
 * fast apportionment must equal at every House size. */
static void
naive_huntington_hill (const EcCensus *census,
                       guint           house_size,
                       guint          *seats)
{
  for (guint i = 0; i < census->n_states; i++)
    seats[i] = 1;

  for (guint given = census->n_states; given < house_size; given++)
    {
      guint best = 0;
      double best_priority = -1;

      for (guint i = 0; i < census->n_states; i++)
        {
          double n = seats[i];
          double p = census->populations[i] / sqrt (n * (n + 1));

          if (p > best_priority)
            {
              best_priority = p;
              best = i;
            }
        }
      seats[best]++;
    }
}

static void
test_huntington_hill_every_size (void)
{
  const int censuses[] = { 2010, 2020 };

  for (guint c = 0; c < G_N_ELEMENTS (censuses); c++)
    {
      const EcCensus *census = ec_census_lookup (censuses[c]);
      guint fast[50];
      guint slow[50];
      guint size = 50;

      /* Every size up to 1,200, then a sample up to the largest. */
      while (size <= EC_HOUSE_SIZE_MAX)
        {
          guint sum = 0;

          g_assert_true (ec_apportion_huntington_hill (census->populations, census->n_states, size, fast));
          naive_huntington_hill (census, size, slow);
          for (guint i = 0; i < census->n_states; i++)
            {
              if (fast[i] != slow[i])
                g_test_message ("%d, %u seats: %s has %u, seat by seat %u", census->year, size,
                                census->state_ids[i], fast[i], slow[i]);
              g_assert_cmpuint (fast[i], ==, slow[i]);
              sum += fast[i];
            }
          g_assert_cmpuint (sum, ==, size);

          size += size < 1200 ? 1 : 173;
          if (size > EC_HOUSE_SIZE_MAX && size - 173 < EC_HOUSE_SIZE_MAX)
            size = EC_HOUSE_SIZE_MAX;
        }
    }
}

static void
test_presets (void)
{
  const EcCensus *c2010 = ec_census_lookup (2010);
  const EcCensus *c2020 = ec_census_lookup (2020);

  /* 331,108,434 / 577,719 (Wyoming) = 573.13; 309,183,463 / 568,300 = 544.05;
   * ∛331,108,434 = 691.8; ∛309,183,463 = 676.2. */
  g_assert_cmpuint (ec_house_preset_get_size (EC_HOUSE_PRESET_WYOMING_RULE, c2020), ==, 573);
  g_assert_cmpuint (ec_house_preset_get_size (EC_HOUSE_PRESET_WYOMING_RULE, c2010), ==, 544);
  g_assert_cmpuint (ec_house_preset_get_size (EC_HOUSE_PRESET_CUBE_ROOT, c2020), ==, 692);
  g_assert_cmpuint (ec_house_preset_get_size (EC_HOUSE_PRESET_CUBE_ROOT, c2010), ==, 676);
  g_assert_cmpuint (ec_house_preset_get_size (EC_HOUSE_PRESET_CURRENT, c2010), ==, 435);
}

static void
test_house_size (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2016, EC_SCENARIO_PLEDGED);
  EcElection *election = ec_scenario_get_election (scenario);
  g_autoptr(GError) error = NULL;
  guint total = 0;

  g_assert_true (ec_scenario_can_resize_house (scenario));
  g_assert_true (ec_scenario_set_house_size (scenario, 573, &error));
  g_assert_no_error (error);

  /* 573 seats + 100 senators + DC's 3; the majority moves with them. */
  g_assert_cmpuint (ec_scenario_get_electors_total (scenario), ==, 676);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (ec_tally_get_electors_total (tally), ==, 676);
    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 339);
    g_assert_cmpuint (votes_of (tally, scenario, "donald-trump") + votes_of (tally, scenario, "hillary-clinton"), ==, 676);
    g_test_message ("2016 at 573 seats: Trump %u, Clinton %u",
                    votes_of (tally, scenario, "donald-trump"), votes_of (tally, scenario, "hillary-clinton"));
  }

  /* Wyoming keeps 1 seat, California grows; a state whose seats change
   * cannot keep its old districts, so Maine votes as one state. */
  g_assert_cmpuint (ec_scenario_get_unit_electoral_votes (scenario, ec_election_get_unit (election, "WY")), ==, 3);
  g_assert_cmpuint (ec_scenario_get_unit_electoral_votes (scenario, ec_election_get_unit (election, "CA")), >, 55);
  g_assert_cmpuint (ec_scenario_get_unit_electoral_votes (scenario, ec_election_get_unit (election, "DC")), ==, 3);
  {
    g_autoptr(GPtrArray) units = ec_scenario_list_active_units (scenario);

    for (guint i = 0; i < units->len; i++)
      total += ec_scenario_get_unit_electoral_votes (scenario, g_ptr_array_index (units, i));
  }
  g_assert_cmpuint (total, ==, 676);
  g_assert_false (ec_scenario_is_unit_active (scenario, ec_election_get_unit (election, "ME-2")));
  g_assert_cmpuint (ec_scenario_get_unit_electoral_votes (scenario, ec_election_get_unit (election, "ME")), ==, 5);

  /* Back to 435: the real map. */
  g_assert_true (ec_scenario_set_house_size (scenario, 435, &error));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 270);
    g_assert_cmpuint (votes_of (tally, scenario, "donald-trump"), ==, 306);
  }

  /* Out of range, or an election without census populations. */
  g_assert_false (ec_scenario_set_house_size (scenario, 434, &error));
  g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ec_scenario_set_house_size (scenario, EC_HOUSE_SIZE_MAX + 1, &error));
  g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(EcScenario) old = real_scenario (2008, EC_SCENARIO_PLEDGED);

    g_assert_false (ec_scenario_can_resize_house (old));
    g_assert_false (ec_scenario_set_house_size (old, 573, &error));
    g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "not bundled"));
    g_clear_error (&error);
  }

  /* The largest House the control offers. */
  g_assert_true (ec_scenario_set_house_size (scenario, EC_HOUSE_SIZE_MAX, &error));
  g_assert_cmpuint (ec_scenario_get_electors_total (scenario), ==, EC_HOUSE_SIZE_MAX + 103);
}

static void
test_largest_remainder (void)
{
  const gint64 votes[] = { 45, 40, 15 };
  const gint64 tie[] = { 30, 70 };
  guint won[3];

  ec_allocate_largest_remainder (votes, 3, 3, won);
  g_assert_cmpuint (won[0], ==, 1);
  g_assert_cmpuint (won[1], ==, 1);
  g_assert_cmpuint (won[2], ==, 1);

  /* 1.5 and 3.5: equal remainders, the elector goes to more votes. */
  ec_allocate_largest_remainder (tie, 2, 5, won);
  g_assert_cmpuint (won[0], ==, 1);
  g_assert_cmpuint (won[1], ==, 4);
}

static void
test_methods_by_hand (void)
{
  g_autoptr(EcScenario) scenario = scenario_from (ROUNDING_ELECTION);

  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 6);
    g_assert_cmpstr (ec_candidate_get_id (ec_tally_get_winner (tally)), ==, "a");
  }

  /* X: A 1, B 1, others 1; Y: A 1, B 4; Z: A 2, B 1. */
  ec_scenario_set_method (scenario, EC_METHOD_PROPORTIONAL);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 4);
    g_assert_cmpuint (votes_of (tally, scenario, "b"), ==, 6);
    g_assert_cmpuint (ec_tally_get_other_candidates (tally), ==, 1);
    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 6);
    g_assert_cmpstr (ec_candidate_get_id (ec_tally_get_winner (tally)), ==, "b");
  }

  /* Giving Y to A moves 70 − 30 = 40 / 2 + 1 = 21 voters: A 51, B 49 → 2.55, 2.45 → A 3, B 2. */
  ec_scenario_set_winner (scenario, "Y", ec_scenario_get_candidate (scenario, "a"));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 6);
    g_assert_cmpuint (votes_of (tally, scenario, "b"), ==, 4);
  }
  ec_scenario_set_winner (scenario, "Y", ec_scenario_get_candidate (scenario, "b"));

  /* An undecided state stays undecided under every method. */
  ec_scenario_set_winner (scenario, "Z", NULL);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (ec_tally_get_undecided (tally), ==, 3);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_UNDECIDED);
  }
  ec_scenario_set_winner (scenario, "Z", ec_scenario_get_candidate (scenario, "a"));

  /* Nationally B has 155 votes to A's 130: all 11 electors. */
  ec_scenario_set_method (scenario, EC_METHOD_NATIONAL_POPULAR_VOTE);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "b"), ==, 11);
    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 0);
  }

  /* Mixed: only X proportional, the others winner-take-all: A 1 + 3, B 1 + 5. */
  ec_scenario_set_method (scenario, EC_METHOD_MIXED);
  g_assert_true (ec_scenario_set_state_method (scenario, "X", EC_METHOD_PROPORTIONAL, NULL));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 4);
    g_assert_cmpuint (votes_of (tally, scenario, "b"), ==, 6);
    g_assert_cmpuint (ec_tally_get_other_candidates (tally), ==, 1);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ec_scenario_set_state_method (scenario, "X", EC_METHOD_NATIONAL_POPULAR_VOTE, &error));
    g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ec_scenario_set_state_method (scenario, "X", EC_METHOD_DISTRICT, &error));
    g_assert_error (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID);
  }
}

/* A made-up state with two districts that split: the district method
 * gives B the district it won; winner-take-all gives A all four. */
#define DISTRICT_ELECTION \
  "{\"format\": 1, \"year\": 2016, \"census\": 2010, " \
  "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], " \
  "\"states\": [" \
  "{\"id\": \"X\", \"name\": \"X\", \"electoral_votes\": 4, \"popular_votes\": {\"a\": 60, \"b\": 40}, \"other_votes\": 0, " \
  "\"winner\": \"a\", \"district_method\": false, \"at_large_electoral_votes\": 2, \"districts\": [" \
  "{\"id\": \"X-1\", \"name\": \"X 1\", \"electoral_votes\": 1, \"popular_votes\": {\"a\": 20, \"b\": 30}, \"other_votes\": 0, \"winner\": \"b\"}, " \
  "{\"id\": \"X-2\", \"name\": \"X 2\", \"electoral_votes\": 1, \"popular_votes\": {\"a\": 40, \"b\": 10}, \"other_votes\": 0, \"winner\": \"a\"}]}, " \
  "{\"id\": \"Y\", \"name\": \"Y\", \"electoral_votes\": 3, \"popular_votes\": {\"a\": 10, \"b\": 20}, \"other_votes\": 0, \"winner\": \"b\"}], " \
  "\"areas\": [{\"area\": \"X\", \"name\": \"X\", \"unit\": \"X\"}, {\"area\": \"Y\", \"name\": \"Y\", \"unit\": \"Y\"}, " \
  "{\"area\": \"X-1\", \"name\": \"X 1\", \"unit\": \"X-1\"}, {\"area\": \"X-2\", \"name\": \"X 2\", \"unit\": \"X-2\"}]}"

static void
test_district_by_hand (void)
{
  g_autoptr(EcScenario) scenario = scenario_from (DISTRICT_ELECTION);

  g_assert_false (ec_scenario_get_split (scenario, "X"));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 4);
    g_assert_cmpuint (votes_of (tally, scenario, "b"), ==, 3);
  }

  ec_scenario_set_method (scenario, EC_METHOD_DISTRICT);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 3);
    g_assert_cmpuint (votes_of (tally, scenario, "b"), ==, 4);
    g_assert_cmpstr (ec_candidate_get_id (ec_tally_get_winner (tally)), ==, "b");
  }

  /* In a mixed system only the state given the district method splits. */
  ec_scenario_set_method (scenario, EC_METHOD_MIXED);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 4);
  }
  g_assert_true (ec_scenario_set_state_method (scenario, "X", EC_METHOD_DISTRICT, NULL));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "a"), ==, 3);
  }
}

static void
test_compact_by_hand (void)
{
  /* California's 10 of 19 are a majority (10): in force, and its electors
   * follow the national winner, B (185 to 115). */
  g_autoptr(EcScenario) above = scenario_from (COMPACT_ELECTION (10, 5, 4));
  /* 8 of 19 are not: winner-take-all, 2 short. */
  g_autoptr(EcScenario) below = scenario_from (COMPACT_ELECTION (8, 6, 5));
  EcCompactStatus status;

  ec_scenario_set_method (above, EC_METHOD_COMPACT);
  ec_compact_get_status (above, &status);
  g_assert_true (status.in_force);
  g_assert_cmpuint (status.members, ==, 1);
  g_assert_cmpuint (status.electors, ==, 10);
  g_assert_cmpuint (status.needed, ==, 10);
  {
    g_autoptr(EcTally) tally = ec_tally_new (above);

    g_assert_cmpuint (votes_of (tally, above, "b"), ==, 19);
  }

  ec_scenario_set_method (below, EC_METHOD_COMPACT);
  ec_compact_get_status (below, &status);
  g_assert_false (status.in_force);
  g_assert_cmpuint (status.needed - status.electors, ==, 2);
  {
    g_autoptr(EcTally) tally = ec_tally_new (below);

    g_assert_cmpuint (votes_of (tally, below, "a"), ==, 8);
    g_assert_cmpuint (votes_of (tally, below, "b"), ==, 11);
  }
}

static void
test_compact_by_year (void)
{
  /* Members by year joined (npvic_members.csv), electors of the year's
   * census: 165 in 2016 (2010 census), 209 in 2024 (2020 census). */
  const struct { int year; guint members; guint electors; } cases[] = {
    { 2008, 4, 0 },
    { 2016, 11, 165 },
    { 2020, 16, 196 },
    { 2024, 18, 209 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EcScenario) scenario = real_scenario (cases[i].year, EC_SCENARIO_PLEDGED);
      g_autoptr(EcScenario) compact = ec_scenario_copy (scenario);
      EcCompactStatus status;

      ec_compact_get_status (scenario, &status);
      g_test_message ("%d: %u members, %u electors", cases[i].year, status.members, status.electors);
      g_assert_cmpuint (status.members, ==, cases[i].members);
      if (cases[i].electors > 0)
        g_assert_cmpuint (status.electors, ==, cases[i].electors);
      g_assert_false (status.in_force);
      g_assert_cmpuint (status.needed, ==, 270);

      /* Not in force: it counts as winner-take-all. */
      ec_scenario_set_method (compact, EC_METHOD_COMPACT);
      {
        g_autoptr(EcTally) wta = ec_tally_new (scenario);
        g_autoptr(EcTally) tally = ec_tally_new (compact);

        for (guint j = 0; j < ec_tally_get_n_candidates (wta); j++)
          {
            EcCandidate *c = ec_tally_get_candidate (wta, j);

            g_assert_cmpuint (votes_of (tally, compact, ec_candidate_get_id (c)), ==, ec_tally_get_electoral_votes (wta, c));
          }
      }
    }
}

/* Proportional 2016 against a second, floating-point reckoning of largest
 * remainder, state by state. */
static void
test_proportional_2016 (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2016, EC_SCENARIO_PLEDGED);
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GArray) expected = g_array_new (FALSE, TRUE, sizeof (guint));
  guint others = 0;

  ec_scenario_set_method (scenario, EC_METHOD_PROPORTIONAL);
  units = ec_scenario_list_active_units (scenario);
  g_array_set_size (expected, candidates->len);

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);
      guint electors = ec_scenario_get_unit_electoral_votes (scenario, unit);
      guint n = candidates->len + 1;
      g_autofree double *share = g_new0 (double, n);
      g_autofree guint *won = g_new0 (guint, n);
      double total = ec_unit_get_total_votes (unit);
      guint given = 0;

      for (guint j = 0; j < n; j++)
        {
          double votes = j < candidates->len ? ec_unit_get_popular_votes (unit, g_ptr_array_index (candidates, j))
                                             : ec_unit_get_other_votes (unit);

          share[j] = votes * electors / total;
          won[j] = floor (share[j]);
          share[j] -= won[j];
          given += won[j];
        }
      for (; given < electors; given++)
        {
          guint best = 0;

          for (guint j = 1; j < n; j++)
            if (share[j] > share[best])
              best = j;
          won[best]++;
          share[best] = -1;
        }
      for (guint j = 0; j < candidates->len; j++)
        g_array_index (expected, guint, j) += won[j];
      others += won[candidates->len];
    }

  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);
    guint sum = ec_tally_get_other_candidates (tally);

    for (guint j = 0; j < candidates->len; j++)
      {
        EcCandidate *c = g_ptr_array_index (candidates, j);

        g_assert_cmpuint (ec_tally_get_electoral_votes (tally, c), ==, g_array_index (expected, guint, j));
        sum += ec_tally_get_electoral_votes (tally, c);
        if (ec_tally_get_electoral_votes (tally, c) > 0)
          g_test_message ("2016 proportional: %s %u", ec_candidate_get_name (c), ec_tally_get_electoral_votes (tally, c));
      }
    g_assert_cmpuint (ec_tally_get_other_candidates (tally), ==, others);
    g_assert_cmpuint (sum, ==, 538);
    /* Nobody reaches 270 once Johnson and the others hold electors. */
    g_assert_cmpuint (votes_of (tally, scenario, "hillary-clinton"), <, 270);
    g_assert_cmpuint (votes_of (tally, scenario, "donald-trump"), <, 270);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
  }
}

static void
test_national_and_district_2016 (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2016, EC_SCENARIO_PLEDGED);

  ec_scenario_set_method (scenario, EC_METHOD_NATIONAL_POPULAR_VOTE);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "hillary-clinton"), ==, 538);
  }

  /* Maine and Nebraska unsplit: Clinton takes all of Maine's 4. */
  ec_scenario_set_method (scenario, EC_METHOD_WINNER_TAKE_ALL);
  ec_scenario_set_split (scenario, "ME", FALSE);
  ec_scenario_set_split (scenario, "NE", FALSE);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "donald-trump"), ==, 305);
  }
  /* The district method splits them again whatever the switches say. */
  ec_scenario_set_method (scenario, EC_METHOD_DISTRICT);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (votes_of (tally, scenario, "donald-trump"), ==, 306);
    g_assert_true (ec_scenario_is_unit_active (scenario, ec_election_get_unit (ec_scenario_get_election (scenario), "ME-2")));
  }
}

static void
test_compare (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(GPtrArray) rows = ec_compare_new (scenario);
  g_autoptr(JsonNode) json = NULL;
  const char *ids[] = { "winner-take-all", "proportional", "national-popular-vote", "compact", "district",
                        "house-wyoming-rule", "house-cube-root" };
  JsonArray *systems;

  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < rows->len; i++)
    {
      EcCompareRow *row = g_ptr_array_index (rows, i);
      g_autofree char *label = ec_compare_row_dup_label (row);
      g_autofree char *result = ec_compare_row_dup_result (row);

      g_assert_cmpstr (row->id, ==, ids[i]);
      g_test_message ("%s: %s", label, result);
    }

  /* Each row is the tally of that system on its own. */
  {
    EcCompareRow *wta = g_ptr_array_index (rows, 0);
    EcCompareRow *wyoming = g_ptr_array_index (rows, 5);

    g_assert_cmpuint (votes_of (wta->tally, ec_tally_get_scenario (wta->tally), "donald-trump"), ==, 306);
    g_assert_cmpuint (wyoming->house_size, ==, 544);
    g_assert_cmpuint (ec_tally_get_majority (wyoming->tally), ==, (544 + 103) / 2 + 1);
  }

  /* The scenario compared is not changed. */
  g_assert_cmpint (ec_scenario_get_method (scenario), ==, EC_METHOD_WINNER_TAKE_ALL);
  g_assert_cmpuint (ec_scenario_get_house_size (scenario), ==, 435);

  json = ec_compare_to_json (scenario, rows);
  systems = json_object_get_array_member (json_node_get_object (json), "systems");
  g_assert_cmpuint (json_array_get_length (systems), ==, rows->len);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_node_get_object (json), "compact"),
                                               "short_by"), ==, 270 - 165);

  /* Without census populations, no House rows. */
  {
    g_autoptr(EcScenario) old = real_scenario (2008, EC_SCENARIO_PLEDGED);
    g_autoptr(GPtrArray) old_rows = ec_compare_new (old);

    g_assert_cmpuint (old_rows->len, ==, 5);
  }
}

static void
test_round_trip (void)
{
  const EcMethod methods[] = { EC_METHOD_WINNER_TAKE_ALL, EC_METHOD_DISTRICT, EC_METHOD_PROPORTIONAL,
                               EC_METHOD_NATIONAL_POPULAR_VOTE, EC_METHOD_COMPACT, EC_METHOD_MIXED };

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      g_autoptr(EcScenario) scenario = real_scenario (2020, EC_SCENARIO_AS_CAST);
      g_autoptr(EcScenario) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      g_autofree char *again = NULL;

      ec_scenario_set_method (scenario, methods[i]);
      if (methods[i] == EC_METHOD_MIXED)
        {
          g_assert_true (ec_scenario_set_state_method (scenario, "CA", EC_METHOD_PROPORTIONAL, NULL));
          g_assert_true (ec_scenario_set_state_method (scenario, "NE", EC_METHOD_DISTRICT, NULL));
        }
      if (i % 2 == 1)
        g_assert_true (ec_scenario_set_house_size (scenario, 600 + i, NULL));

      data = ec_scenario_to_data (scenario, NULL);
      back = ec_scenario_new_from_data (data, strlen (data), &error);
      g_assert_no_error (error);
      g_assert_cmpint (ec_scenario_get_method (back), ==, methods[i]);
      g_assert_cmpuint (ec_scenario_get_house_size (back), ==, i % 2 == 1 ? 600 + i : 435);
      again = ec_scenario_to_data (back, NULL);
      g_assert_cmpstr (data, ==, again);

      /* Today's system writes the format every version reads. */
      if (methods[i] == EC_METHOD_WINNER_TAKE_ALL && i % 2 == 0)
        {
          g_assert_nonnull (strstr (data, "\"version\" : 1"));
          g_assert_null (strstr (data, "\"system\""));
        }
      else
        g_assert_nonnull (strstr (data, "\"version\" : 2"));

      {
        g_autoptr(EcTally) a = ec_tally_new (scenario);
        g_autoptr(EcTally) b = ec_tally_new (back);

        g_assert_cmpuint (ec_tally_get_majority (a), ==, ec_tally_get_majority (b));
        for (guint j = 0; j < ec_tally_get_n_candidates (a); j++)
          g_assert_cmpuint (ec_tally_get_electoral_votes (a, ec_tally_get_candidate (a, j)), ==,
                            ec_tally_get_electoral_votes (b, ec_scenario_get_candidate (back, ec_candidate_get_id (ec_tally_get_candidate (a, j)))));
      }

      if (methods[i] == EC_METHOD_MIXED)
        {
          g_assert_cmpint (ec_scenario_get_state_method (back, "CA"), ==, EC_METHOD_PROPORTIONAL);
          g_assert_cmpint (ec_scenario_get_state_method (back, "NE"), ==, EC_METHOD_DISTRICT);
          g_assert_cmpint (ec_scenario_get_state_method (back, "TX"), ==, EC_METHOD_WINNER_TAKE_ALL);
        }
    }
}

static void
test_bad_files (void)
{
  const struct { const char *file; const char *message; } cases[] = {
    { "method-unknown.electors", "“first-past-the-post” is not a way of choosing electors" },
    { "house-too-small.electors", "A House of 400 seats is out of range" },
    { "house-too-large.electors", "A House of 20000 seats is out of range" },
    { "house-no-census.electors", "are not bundled" },
    { "state-method-national.electors", "cannot choose a national method on its own" },
    { "state-method-district-texas.electors", "No district results of Texas are bundled" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "bad-scenarios", cases[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(EcScenario) scenario = ec_scenario_new_from_file (file, &error);

      g_assert_null (scenario);
      g_assert_nonnull (error);
      g_test_message ("%s: %s", cases[i].file, error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

static void
test_voters_per_elector (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2024, EC_SCENARIO_PLEDGED);
  g_autoptr(GArray) shares = ec_voters_per_elector (scenario, FALSE);
  g_autoptr(GArray) cast = ec_voters_per_elector (scenario, TRUE);
  const EcVoterShare *first;
  const EcVoterShare *last;

  g_assert_cmpuint (shares->len, ==, 50);
  g_assert_cmpuint (cast->len, ==, 51);
  first = &g_array_index (shares, EcVoterShare, 0);
  last = &g_array_index (shares, EcVoterShare, shares->len - 1);
  /* Wyoming: 577,719 people for 3 electors, the fewest per elector. */
  g_assert_cmpstr (last->state_id, ==, "WY");
  g_assert_cmpfloat_with_epsilon (last->per_elector, 577719.0 / 3, 0.01);
  for (guint i = 1; i < shares->len; i++)
    g_assert_cmpfloat (g_array_index (shares, EcVoterShare, i - 1).per_elector, >=,
                       g_array_index (shares, EcVoterShare, i).per_elector);
  g_test_message ("most per elector: %s %.0f; fewest: WY %.0f", first->state_id, first->per_elector, last->per_elector);

  {
    g_autoptr(EcScenario) old = real_scenario (2008, EC_SCENARIO_PLEDGED);
    g_autoptr(GArray) none = ec_voters_per_elector (old, FALSE);

    g_assert_cmpuint (none->len, ==, 0);
  }
}

static gboolean
topic_mentions (const EcTopic *topic,
                const char    *text)
{
  if (strstr (topic->short_text, text) != NULL)
    return TRUE;
  for (guint i = 0; topic->more[i] != NULL; i++)
    if (strstr (topic->more[i], text) != NULL)
      return TRUE;

  g_test_message ("“%s” is not in the topic %s", text, topic->id);
  return FALSE;
}

/* The figures the explanations quote are the ones the app computes. */
static void
test_explanations_figures (void)
{
  EcExplanations *explanations = ec_explanations_get_default ();
  const EcTopic *per_person = ec_explanations_lookup (explanations, "electors-per-person");
  const EcTopic *house = ec_explanations_lookup (explanations, "house-size");
  const EcTopic *compact = ec_explanations_lookup (explanations, "popular-vote-compact");
  g_autoptr(EcScenario) scenario = real_scenario (2024, EC_SCENARIO_PLEDGED);
  g_autoptr(GArray) shares = ec_voters_per_elector (scenario, FALSE);
  const EcCensus *census = ec_census_lookup (2020);
  const char *ids[] = { "winner-take-all", "proportional-electors", "popular-vote-compact", "house-size",
                        "electors-per-person" };
  EcCompactStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const EcTopic *topic = ec_explanations_lookup (explanations, ids[i]);

      g_assert_nonnull (topic);
      g_assert_cmpuint (topic->sources->len, >, 0);
    }

  for (guint i = 0; i < shares->len; i++)
    {
      const EcVoterShare *share = &g_array_index (shares, EcVoterShare, i);
      g_autofree char *people = ec_format_count (share->people);
      g_autofree char *per = ec_format_count ((gint64)(share->per_elector + 0.5));
      g_autofree char *electors = g_strdup_printf ("%u electors for %s people", share->electors, people);

      if (g_str_equal (share->state_id, "WY") || g_str_equal (share->state_id, "CA"))
        {
          g_assert_true (topic_mentions (per_person, electors));
          g_assert_true (topic_mentions (per_person, per));
        }
    }

  {
    g_autofree char *wyoming = g_strdup_printf ("about %u seats", ec_house_preset_get_size (EC_HOUSE_PRESET_WYOMING_RULE, census));
    g_autofree char *cube = g_strdup_printf ("about %u seats", ec_house_preset_get_size (EC_HOUSE_PRESET_CUBE_ROOT, census));

    g_assert_true (topic_mentions (house, wyoming));
    g_assert_true (topic_mentions (house, cube));
  }

  /* 17 states and DC by 2024. */
  ec_compact_get_status (scenario, &status);
  g_assert_cmpuint (status.members, ==, 18);
  g_assert_true (topic_mentions (compact, "17 states and DC"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/analysis/apportion/official-seats", test_official_seats);
  g_test_add_func ("/ec/analysis/apportion/by-hand", test_huntington_hill_by_hand);
  g_test_add_func ("/ec/analysis/apportion/every-size", test_huntington_hill_every_size);
  g_test_add_func ("/ec/analysis/apportion/presets", test_presets);
  g_test_add_func ("/ec/analysis/apportion/house-size", test_house_size);
  g_test_add_func ("/ec/analysis/allocate/largest-remainder", test_largest_remainder);
  g_test_add_func ("/ec/analysis/allocate/methods-by-hand", test_methods_by_hand);
  g_test_add_func ("/ec/analysis/allocate/district-by-hand", test_district_by_hand);
  g_test_add_func ("/ec/analysis/allocate/compact-by-hand", test_compact_by_hand);
  g_test_add_func ("/ec/analysis/allocate/compact-by-year", test_compact_by_year);
  g_test_add_func ("/ec/analysis/allocate/proportional-2016", test_proportional_2016);
  g_test_add_func ("/ec/analysis/allocate/national-and-district-2016", test_national_and_district_2016);
  g_test_add_func ("/ec/analysis/compare/2016", test_compare);
  g_test_add_func ("/ec/analysis/scenario/round-trip", test_round_trip);
  g_test_add_func ("/ec/analysis/scenario/bad-files", test_bad_files);
  g_test_add_func ("/ec/analysis/voters-per-elector", test_voters_per_elector);
  g_test_add_func ("/ec/analysis/explanations-figures", test_explanations_figures);

  return g_test_run ();
}
