/* test-paths.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ec-paths.h"

/* The nine states the 2024 race was said to turn on. */
static const char * const swing_2024[] = { "AZ", "GA", "MI", "NV", "NC", "PA", "WI", "ME-2", "NE-2" };

/* A copy of @scenario for the answer to change: ec_scenario_copy() shares
 * the election, and so its candidates, which a map made up in a test
 * needs. */
static EcScenario *
same_election_copy (EcScenario *scenario)
{
  return ec_scenario_copy (scenario);
}

static EcScenario *
real_scenario (int year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_for_year (year, &error);

  g_assert_no_error (error);

  return ec_scenario_new (election, EC_SCENARIO_PLEDGED);
}

/* Every combination, one at a time, each given through the scenario and
 * counted by the tally. */
static void
brute_force (EcScenario *scenario,
             EcPaths    *paths,
             guint64     counts[EC_PATHS_N_OUTCOMES],
             guint64     needed[2],
             guint       fewest[2])
{
  guint k = ec_paths_get_n_units (paths);
  EcCandidate *left = ec_paths_get_side (paths, 0);
  EcCandidate *right = ec_paths_get_side (paths, 1);

  memset (counts, 0, sizeof (guint64) * EC_PATHS_N_OUTCOMES);
  needed[0] = needed[1] = (G_GUINT64_CONSTANT (1) << k) - 1;
  fewest[0] = fewest[1] = G_MAXUINT;

  g_assert_cmpuint (k, <=, 14);
  for (guint64 mask = 0; mask < (G_GUINT64_CONSTANT (1) << k); mask++)
    {
      g_autoptr(EcScenario) copy = same_election_copy (scenario);
      g_autoptr(EcTally) tally = NULL;
      EcPathsOutcome outcome;
      guint l, r;

      for (guint u = 0; u < k; u++)
        ec_scenario_set_winner (copy, ec_unit_get_id (ec_paths_get_unit (paths, u)),
                                mask & (G_GUINT64_CONSTANT (1) << u) ? left : right);
      tally = ec_tally_new (copy);
      l = ec_tally_get_electoral_votes (tally, left);
      r = ec_tally_get_electoral_votes (tally, right);

      if (ec_tally_get_winner (tally) == left)
        outcome = EC_PATHS_LEFT_WINS;
      else if (ec_tally_get_winner (tally) == right)
        outcome = EC_PATHS_RIGHT_WINS;
      else if (l == r)
        outcome = EC_PATHS_TIE;
      else
        outcome = EC_PATHS_NO_MAJORITY;

      counts[outcome]++;
      g_assert_cmpint (ec_paths_get_outcome (paths, mask), ==, outcome);

      if (outcome == EC_PATHS_LEFT_WINS)
        {
          needed[0] &= mask;
          fewest[0] = MIN (fewest[0], (guint)__builtin_popcountll (mask));
        }
      else if (outcome == EC_PATHS_RIGHT_WINS)
        {
          needed[1] &= ~mask;
          fewest[1] = MIN (fewest[1], (guint)__builtin_popcountll (~mask & ((G_GUINT64_CONSTANT (1) << k) - 1)));
        }
    }
}

static void
check_against_brute_force (EcScenario *scenario,
                           GPtrArray  *in_play)
{
  g_autoptr(EcPaths) paths = ec_paths_new (scenario, in_play);
  guint64 counts[EC_PATHS_N_OUTCOMES];
  guint64 needed[2];
  guint fewest[2];
  guint k = ec_paths_get_n_units (paths);
  guint64 sum = 0;

  g_assert_cmpint (ec_paths_get_status (paths), ==, EC_PATHS_COUNTED);
  brute_force (scenario, paths, counts, needed, fewest);

  for (guint o = 0; o < EC_PATHS_N_OUTCOMES; o++)
    {
      g_assert_cmpuint (ec_paths_get_count (paths, o), ==, counts[o]);
      sum += counts[o];
    }
  g_assert_cmpuint (sum, ==, ec_paths_get_total (paths));

  for (guint s = 0; s < 2; s++)
    {
      g_autoptr(GArray) smallest = ec_paths_list_smallest (paths, s, 40);
      EcPathsOutcome wins = s == 0 ? EC_PATHS_LEFT_WINS : EC_PATHS_RIGHT_WINS;
      guint64 all = (G_GUINT64_CONSTANT (1) << k) - 1;

      for (guint u = 0; u < k; u++)
        g_assert_cmpint (ec_paths_is_must_win (paths, s, u), ==,
                         counts[wins] > 0 && (needed[s] & (G_GUINT64_CONSTANT (1) << u)) != 0);

      if (counts[wins] == 0)
        {
          g_assert_cmpuint (smallest->len, ==, 0);
          continue;
        }

      g_assert_cmpuint (smallest->len, >, 0);
      g_assert_cmpuint ((guint)__builtin_popcountll (g_array_index (smallest, guint64, 0)), ==, fewest[s]);
      for (guint i = 0; i < smallest->len; i++)
        {
          guint64 mine = g_array_index (smallest, guint64, i);
          guint64 as_left = s == 0 ? mine : (~mine & all);

          /* It wins, it is no bigger than the next, and every unit in it
           * is needed. */
          g_assert_cmpint (ec_paths_get_outcome (paths, as_left), ==, wins);
          if (i + 1 < smallest->len)
            g_assert_cmpuint (__builtin_popcountll (mine), <=,
                              __builtin_popcountll (g_array_index (smallest, guint64, i + 1)));
          for (guint u = 0; u < k; u++)
            if (mine & (G_GUINT64_CONSTANT (1) << u))
              {
                guint64 without = mine & ~(G_GUINT64_CONSTANT (1) << u);

                g_assert_cmpint (ec_paths_get_outcome (paths, s == 0 ? without : (~without & all)), !=, wins);
              }
        }
    }
}

/* 2024 with its nine swing states undecided: the “512 paths” of the
 * newspapers, every one counted by the tally as well. */
static void
test_swing_2024 (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2024);
  g_autoptr(EcPaths) paths = NULL;
  g_autofree char *sentence = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (swing_2024); i++)
    ec_scenario_set_winner (scenario, swing_2024[i], NULL);

  paths = ec_paths_new (scenario, NULL);
  g_assert_cmpuint (ec_paths_get_n_units (paths), ==, 9);
  g_assert_cmpuint (ec_paths_get_total (paths), ==, 512);
  check_against_brute_force (scenario, NULL);

  sentence = ec_paths_dup_sentence (paths);
  g_assert_nonnull (strstr (sentence, "Of the 512 ways 9 undecided states or districts could go"));
}

/* Random sets of 2016's units, some undecided and some marked in play
 * while they have a winner. */
static void
test_random_sets (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (270);

  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(EcScenario) scenario = real_scenario (round % 2 ? 2016 : 2000);
      g_autoptr(GPtrArray) units = ec_scenario_list_active_units (scenario);
      g_autoptr(GPtrArray) in_play = g_ptr_array_new ();
      guint k = g_rand_int_range (rand, 1, 12);

      while (in_play->len < k)
        {
          EcUnit *unit = g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len));

          if (!g_ptr_array_find (in_play, unit, NULL))
            g_ptr_array_add (in_play, unit);
        }

      /* Half the rounds make the units undecided, the others leave their
       * winners and pass them as in play. */
      if (round % 4 < 2)
        {
          for (guint i = 0; i < in_play->len; i++)
            ec_scenario_set_winner (scenario, ec_unit_get_id (g_ptr_array_index (in_play, i)), NULL);
          check_against_brute_force (scenario, NULL);
        }
      else
        {
          check_against_brute_force (scenario, in_play);
        }
    }
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

/* Thirty units in play: too many to list, so the count is checked by
 * another method, meeting in the middle: every sum of each half, sorted,
 * and for each sum of the first half the number of the second's that take
 * the left side to a majority. */
static void
test_thirty (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2016);
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (scenario);
  g_autoptr(EcPaths) paths = NULL;
  g_autofree int *first = NULL;
  g_autofree int *second = NULL;
  guint64 left_wins = 0, right_wins = 0;
  guint open = 0;
  guint n_first = 15, n_second;
  int evs[30];
  int base_left, base_right, total = 0;

  /* The thirty units with the fewest electors, so that the others decide
   * little. */
  for (guint i = 0; i < units->len && open < 30; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);

      if (ec_scenario_get_unit_electoral_votes (scenario, unit) <= 10)
        {
          ec_scenario_set_winner (scenario, ec_unit_get_id (unit), NULL);
          open++;
        }
    }
  g_assert_cmpuint (open, ==, 30);

  paths = ec_paths_new (scenario, NULL);
  g_assert_cmpint (ec_paths_get_status (paths), ==, EC_PATHS_COUNTED);
  g_assert_cmpuint (ec_paths_get_n_units (paths), ==, 30);
  g_assert_cmpuint (ec_paths_get_total (paths), ==, G_GUINT64_CONSTANT (1) << 30);

  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    base_left = ec_tally_get_electoral_votes (tally, ec_paths_get_side (paths, 0));
    base_right = ec_tally_get_electoral_votes (tally, ec_paths_get_side (paths, 1));
  }
  for (guint u = 0; u < 30; u++)
    {
      evs[u] = ec_paths_get_unit_electoral_votes (paths, u);
      total += evs[u];
    }

  n_second = 30 - n_first;
  first = g_new (int, 1 << n_first);
  second = g_new (int, 1 << n_second);
  for (guint m = 0; m < (1u << n_first); m++)
    {
      first[m] = 0;
      for (guint u = 0; u < n_first; u++)
        if (m & (1u << u))
          first[m] += evs[u];
    }
  for (guint m = 0; m < (1u << n_second); m++)
    {
      second[m] = 0;
      for (guint u = 0; u < n_second; u++)
        if (m & (1u << u))
          second[m] += evs[n_first + u];
    }
  qsort (second, 1 << n_second, sizeof (int), compare_int);

  for (guint m = 0; m < (1u << n_first); m++)
    {
      /* The left needs base_left + a + b ≥ 270; the right wins when
       * base_right + total − a − b ≥ 270. */
      int need_left = 270 - base_left - first[m];
      int most_for_right = base_right + total - first[m] - 270;
      guint lo = 0, hi = 1 << n_second;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (second[mid] < need_left)
            lo = mid + 1;
          else
            hi = mid;
        }
      left_wins += (1u << n_second) - lo;

      lo = 0, hi = 1 << n_second;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (second[mid] <= most_for_right)
            lo = mid + 1;
          else
            hi = mid;
        }
      right_wins += lo;
    }

  g_assert_cmpuint (ec_paths_get_count (paths, EC_PATHS_LEFT_WINS), ==, left_wins);
  g_assert_cmpuint (ec_paths_get_count (paths, EC_PATHS_RIGHT_WINS), ==, right_wins);
  g_assert_cmpuint (left_wins, >, 0);
  g_assert_cmpuint (right_wins, >, 0);
}

/* Nothing to count: every unit decided, or the rule of two votes. */
static void
test_nothing_to_count (void)
{
  g_autoptr(EcScenario) decided = real_scenario (2016);
  g_autoptr(EcScenario) early = real_scenario (1800);
  g_autoptr(EcPaths) none = ec_paths_new (decided, NULL);
  g_autoptr(EcPaths) not_available = ec_paths_new (early, NULL);
  g_autoptr(JsonNode) json = ec_paths_to_json (none, 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (&error);
  g_autoptr(EcPaths) everything = NULL;

  g_assert_cmpint (ec_paths_get_status (none), ==, EC_PATHS_NONE_IN_PLAY);
  g_assert_cmpuint (ec_paths_get_total (none), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json), "status"), ==, "none-in-play");
  g_assert_cmpint (ec_paths_get_status (not_available), ==, EC_PATHS_NOT_AVAILABLE);

  /* The blank map: all 56 units open, 2^56 combinations, still exact. By
   * symmetry the two sides have as many paths each. */
  g_assert_no_error (error);
  everything = ec_paths_new (blank, NULL);
  g_assert_cmpint (ec_paths_get_status (everything), ==, EC_PATHS_COUNTED);
  g_assert_cmpuint (ec_paths_get_n_units (everything), ==, 56);
  g_assert_cmpuint (ec_paths_get_count (everything, EC_PATHS_LEFT_WINS), ==,
                    ec_paths_get_count (everything, EC_PATHS_RIGHT_WINS));
  g_assert_cmpuint (ec_paths_get_count (everything, EC_PATHS_LEFT_WINS) * 2 +
                    ec_paths_get_count (everything, EC_PATHS_TIE) +
                    ec_paths_get_count (everything, EC_PATHS_NO_MAJORITY), ==, G_GUINT64_CONSTANT (1) << 56);
  g_assert_cmpuint (ec_paths_get_count (everything, EC_PATHS_TIE), >, 0);
}

/* The close states of 2024, under 5 points, checked against the data
 * with the runner-up's votes worked out here; then counted as in play. */
static void
test_close_units (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2024);
  g_autoptr(GPtrArray) close = ec_paths_list_close_units (scenario, 5.0);
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (scenario);
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);
  guint expected = 0;

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);
      gint64 first = 0, second = 0;

      if (!ec_unit_has_popular_votes (unit))
        continue;
      for (guint c = 0; c < candidates->len; c++)
        {
          gint64 v = ec_unit_get_popular_votes (unit, g_ptr_array_index (candidates, c));

          if (v > first)
            second = first, first = v;
          else if (v > second)
            second = v;
        }
      if (100.0 * (first - second) / ec_unit_get_total_votes (unit) < 5.0)
        {
          expected++;
          g_assert_true (g_ptr_array_find (close, unit, NULL));
        }
    }
  g_assert_cmpuint (close->len, ==, expected);
  /* Georgia, Michigan, Nevada, North Carolina, Pennsylvania and Wisconsin
   * (Arizona, at 5.5 points, is not). */
  g_assert_false (g_ptr_array_find (close, ec_election_get_unit (ec_scenario_get_election (scenario), "AZ"), NULL));
  for (guint i = 1; i < 7; i++)
    g_assert_true (g_ptr_array_find (close, ec_election_get_unit (ec_scenario_get_election (scenario), swing_2024[i]), NULL));

  check_against_brute_force (scenario, close);
}

/* More units than 64-bit counts hold: said so, not counted wrong. */
static void
test_too_many (void)
{
  GString *json = g_string_new ("{\"format\": 1, \"year\": 1992, \"census\": 1990, "
                                "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
                                "\"states\": [");
  GString *areas = g_string_new ("\"areas\": [");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcPaths) paths = NULL;
  g_autofree char *sentence = NULL;

  for (guint i = 0; i < EC_PATHS_MAX_UNITS + 1; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"S%u\", \"name\": \"S%u\", \"electoral_votes\": 1, "
                              "\"popular_votes\": {\"a\": 2, \"b\": 1}, \"winner\": \"a\"}", i ? ", " : "", i, i);
      g_string_append_printf (areas, "%s{\"area\": \"S%u\", \"name\": \"S%u\", \"unit\": \"S%u\"}", i ? ", " : "", i, i, i);
    }
  g_string_append_printf (json, "], %s]}", areas->str);
  g_string_free (areas, TRUE);
  text = g_string_free (json, FALSE);

  election = ec_election_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  scenario = ec_scenario_new (election, EC_SCENARIO_BLANK);
  paths = ec_paths_new (scenario, NULL);
  g_assert_cmpint (ec_paths_get_status (paths), ==, EC_PATHS_TOO_MANY);
  g_assert_cmpuint (ec_paths_get_total (paths), ==, 0);
  sentence = ec_paths_dup_sentence (paths);
  g_assert_cmpstr (sentence, ==, "Too many states are in play to count: at most 62");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/paths/swing-2024", test_swing_2024);
  g_test_add_func ("/ec/paths/random-sets", test_random_sets);
  g_test_add_func ("/ec/paths/thirty", test_thirty);
  g_test_add_func ("/ec/paths/nothing-to-count", test_nothing_to_count);
  g_test_add_func ("/ec/paths/too-many", test_too_many);
  g_test_add_func ("/ec/paths/close-units", test_close_units);

  return g_test_run ();
}
