/* test-closest.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-analysis-private.h"
#include "ec-closest.h"
#include "ec-explanations.h"
#include "ec-format.h"

static EcCandidate *
candidate (EcScenario *scenario,
           const char *id)
{
  EcCandidate *c = ec_scenario_get_candidate (scenario, id);

  g_assert_nonnull (c);

  return c;
}

/* A copy of @scenario for the answer to change: ec_scenario_copy() shares
 * the election, and so its candidates, which a map made up in a test
 * needs. */
static EcScenario *
same_election_copy (EcScenario *scenario)
{
  return ec_scenario_copy (scenario);
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

/* The fewest voters who make @c the unit's plurality winner, found the
 * slow way: one voter at a time, always from whoever leads. */
static gint64
slow_switch_cost (EcScenario *scenario,
                  EcUnit     *unit,
                  EcCandidate *c)
{
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);
  g_autofree gint64 *votes = g_new0 (gint64, candidates->len);
  guint me = 0;
  gint64 x = 0;

  for (guint i = 0; i < candidates->len; i++)
    {
      votes[i] = ec_unit_get_popular_votes (unit, g_ptr_array_index (candidates, i));
      if (g_ptr_array_index (candidates, i) == c)
        me = i;
    }

  for (;;)
    {
      guint top = me == 0 ? 1 : 0;

      for (guint i = 0; i < candidates->len; i++)
        if (i != me && votes[i] > votes[top])
          top = i;
      if (votes[me] > votes[top])
        return x;
      votes[top]--;
      votes[me]++;
      x++;
    }
}

static gboolean
goal_holds (EcScenario   *scenario,
            EcClosestGoal goal,
            EcCandidate  *target,
            EcCandidate  *opponent)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);

  switch (goal)
    {
    case EC_CLOSEST_WIN:
      return ec_tally_get_winner (tally) == target;
    case EC_CLOSEST_TIE:
      return ec_tally_get_electoral_votes (tally, target) == ec_tally_get_electoral_votes (tally, opponent);
    case EC_CLOSEST_NO_MAJORITY:
    default:
      return ec_tally_get_outcome (tally) == EC_OUTCOME_CONTINGENT;
    }
}

/* Every subset of the units that @receiver does not hold, each given to
 * @receiver through the scenario and counted by the tally. */
static gint64
brute_force (EcScenario   *scenario,
             EcClosestGoal goal,
             EcCandidate  *target,
             EcCandidate  *opponent,
             EcCandidate  *receiver)
{
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (scenario);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  gint64 best = -1;

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);

      if (ec_scenario_get_winner (scenario, ec_unit_get_id (unit)) != receiver &&
          ec_unit_has_popular_votes (unit))
        g_ptr_array_add (open, unit);
    }

  g_assert_cmpuint (open->len, <, 16);
  for (guint mask = 0; mask < (1u << open->len); mask++)
    {
      g_autoptr(EcScenario) copy = same_election_copy (scenario);
      gint64 cost = 0;

      for (guint i = 0; i < open->len; i++)
        {
          if (!(mask & (1u << i)))
            continue;
          cost += slow_switch_cost (scenario, g_ptr_array_index (open, i), receiver);
          ec_scenario_set_winner (copy, ec_unit_get_id (g_ptr_array_index (open, i)), receiver);
        }

      if ((best < 0 || cost < best) && goal_holds (copy, goal, target, opponent))
        best = cost;
    }

  return best;
}

/* The answer's own units, given away through the scenario, bring the goal
 * about, cost what it says, and leave the votes it says. */
static void
check_answer (EcClosest *closest)
{
  EcScenario *scenario = ec_closest_get_scenario (closest);
  g_autoptr(EcScenario) result = same_election_copy (scenario);
  g_autoptr(EcTally) tally = NULL;
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);
  gint64 sum = 0;

  for (guint i = 0; i < ec_closest_get_n_units (closest); i++)
    ec_scenario_set_winner (result, ec_unit_get_id (ec_closest_get_unit (closest, i)),
                            ec_closest_get_unit_to (closest, i));
  tally = ec_tally_new (result);

  for (guint i = 0; i < ec_closest_get_n_units (closest); i++)
    {
      EcUnit *unit = ec_closest_get_unit (closest, i);

      g_assert_cmpint (ec_closest_get_unit_voters (closest, i), ==,
                       slow_switch_cost (scenario, unit, ec_closest_get_unit_to (closest, i)));
      sum += ec_closest_get_unit_voters (closest, i);
    }
  g_assert_cmpint (sum, ==, ec_closest_get_voters (closest));
  g_assert_true (goal_holds (result, ec_closest_get_goal (closest), ec_closest_get_target (closest),
                             ec_closest_get_opponent (closest)));

  for (guint c = 0; c < candidates->len; c++)
    g_assert_cmpuint (ec_closest_get_electoral_votes (closest, g_ptr_array_index (candidates, c)), ==,
                      ec_tally_get_electoral_votes (tally, g_ptr_array_index (candidates, c)));
}

static EcCandidate *
receiver_of (EcScenario   *scenario,
             EcClosestGoal goal,
             EcCandidate  *target,
             EcCandidate  *opponent)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);

  if (goal == EC_CLOSEST_TIE &&
      ec_tally_get_electoral_votes (tally, target) > ec_tally_get_electoral_votes (tally, opponent))
    return opponent;
  if (goal == EC_CLOSEST_NO_MAJORITY && ec_tally_get_winner (tally) == target)
    return opponent;

  return target;
}

static void
compare_with_brute_force (EcScenario   *scenario,
                          EcClosestGoal goal,
                          EcCandidate  *target)
{
  g_autoptr(EcClosest) closest = ec_closest_new (scenario, goal, target);
  EcCandidate *opponent = ec_closest_get_opponent (closest);
  EcCandidate *receiver;
  gint64 expected;

  target = ec_closest_get_target (closest);
  receiver = receiver_of (scenario, goal, target, opponent);
  expected = brute_force (scenario, goal, target, opponent, receiver);
  g_test_message ("goal %d for %s against %s: %" G_GINT64_FORMAT " by brute force, status %d, %" G_GINT64_FORMAT,
                  goal, ec_candidate_get_id (target), ec_candidate_get_id (opponent), expected,
                  ec_closest_get_status (closest), ec_closest_get_voters (closest));

  if (expected < 0)
    {
      g_assert_cmpint (ec_closest_get_status (closest), ==, EC_CLOSEST_IMPOSSIBLE);
    }
  else if (expected == 0 && goal_holds (scenario, goal, target, opponent))
    {
      g_assert_cmpint (ec_closest_get_status (closest), ==, EC_CLOSEST_ALREADY);
    }
  else
    {
      g_assert_cmpint (ec_closest_get_status (closest), ==, EC_CLOSEST_FOUND);
      g_assert_cmpint (ec_closest_get_voters (closest), ==, expected);
      check_answer (closest);
    }
}

/* A small map: @n states with up to three candidates, the third winning
 * now and then, one state split into two districts when @split. */
static char *
synthetic_election (GRand    *rand,
                    guint     n,
                    gboolean  split)
{
  static const char * const ids[] = { "a", "b", "c" };
  GString *json = g_string_new ("{\"format\": 1, \"year\": 1992, \"census\": 1990, "
                                "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, "
                                "{\"id\": \"b\", \"name\": \"B\"}, {\"id\": \"c\", \"name\": \"C\"}], "
                                "\"states\": [");
  GString *areas = g_string_new ("\"areas\": [");

  for (guint i = 0; i < n; i++)
    {
      gboolean districts = split && i == 0;
      guint ev = districts ? 4 : (guint)g_rand_int_range (rand, 1, 13);
      gint64 votes[3];
      guint winner = 0;

      for (;;)
        {
          votes[0] = g_rand_int_range (rand, 0, 300);
          votes[1] = g_rand_int_range (rand, 0, 300);
          votes[2] = g_rand_boolean (rand) ? 0 : g_rand_int_range (rand, 0, 300);
          winner = votes[1] > votes[0] ? 1 : 0;
          winner = votes[2] > votes[winner] ? 2 : winner;
          /* Nobody level with the winner, so the winner is plain. */
          if ((winner == 0 || votes[0] != votes[winner]) && (winner == 1 || votes[1] != votes[winner]) &&
              (winner == 2 || votes[2] != votes[winner]))
            break;
        }

      g_string_append_printf (json, "%s{\"id\": \"S%u\", \"name\": \"State %u\", \"electoral_votes\": %u, "
                              "\"popular_votes\": {\"a\": %" G_GINT64_FORMAT ", \"b\": %" G_GINT64_FORMAT
                              ", \"c\": %" G_GINT64_FORMAT "}, \"winner\": \"%s\"",
                              i ? ", " : "", i, i, ev, votes[0], votes[1], votes[2], ids[winner]);
      if (districts)
        {
          g_string_append (json, ", \"district_method\": true, \"at_large_electoral_votes\": 2, \"districts\": [");
          for (guint d = 0; d < 2; d++)
            {
              gint64 da = g_rand_int_range (rand, 0, 150) * 2 + 1, db = g_rand_int_range (rand, 0, 150) * 2;

              g_string_append_printf (json, "%s{\"id\": \"S%u-%u\", \"name\": \"District %u\", \"electoral_votes\": 1, "
                                      "\"popular_votes\": {\"a\": %" G_GINT64_FORMAT ", \"b\": %" G_GINT64_FORMAT "}, "
                                      "\"winner\": \"%s\"}",
                                      d ? ", " : "", i, d + 1, d + 1, da, db, da > db ? "a" : "b");
              g_string_append_printf (areas, "{\"area\": \"S%u-%u\", \"name\": \"District %u\", "
                                      "\"unit\": \"S%u-%u\"}, ", i, d + 1, d + 1, i, d + 1);
            }
          g_string_append (json, "]");
        }
      g_string_append (json, "}");
      g_string_append_printf (areas, "%s{\"area\": \"S%u\", \"name\": \"State %u\", \"unit\": \"S%u\"}",
                              i ? ", " : "", i, i, i);
    }

  g_string_append (json, "], ");
  g_string_append (areas, "]");
  g_string_append (json, areas->str);
  g_string_append (json, "}");
  g_string_free (areas, TRUE);

  return g_string_free (json, FALSE);
}

static void
test_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  guint third_party_wins = 0;
  guint with_faithless = 0;
  guint found = 0;

  for (guint round = 0; round < 160; round++)
    {
      gboolean split = round % 4 == 3;
      g_autofree char *json = synthetic_election (rand, g_rand_int_range (rand, 2, split ? 8 : 10), split);
      g_autoptr(GError) error = NULL;
      g_autoptr(EcElection) election = ec_election_new_from_data (json, -1, &error);
      g_autoptr(EcScenario) scenario = NULL;
      g_autoptr(GPtrArray) units = NULL;
      GPtrArray *candidates;

      g_assert_no_error (error);
      scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
      if (split)
        g_assert_true (ec_scenario_get_split (scenario, "S0"));
      candidates = ec_scenario_get_candidates (scenario);
      units = ec_scenario_list_active_units (scenario);

      /* Now and then an elector breaks the pledge: they stay faithless
       * unless their unit changes hands. */
      if (round % 3 == 1)
        {
          EcUnit *unit = g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len));
          EcCandidate *holder = ec_scenario_get_winner (scenario, ec_unit_get_id (unit));
          EcCandidate *to = g_ptr_array_index (candidates, g_rand_int_range (rand, 0, 3));

          if (to != holder &&
              ec_scenario_add_faithless (scenario, ec_unit_get_id (unit), to, 1, NULL, NULL))
            with_faithless++;
        }

      for (guint u = 0; u < units->len; u++)
        if (ec_scenario_get_winner (scenario, ec_unit_get_id (g_ptr_array_index (units, u))) ==
            g_ptr_array_index (candidates, 2))
          third_party_wins++;

      for (guint c = 0; c < candidates->len; c++)
        {
          g_autoptr(EcClosest) closest = ec_closest_new (scenario, EC_CLOSEST_WIN, g_ptr_array_index (candidates, c));

          found += ec_closest_get_status (closest) == EC_CLOSEST_FOUND;
          compare_with_brute_force (scenario, EC_CLOSEST_WIN, g_ptr_array_index (candidates, c));
          compare_with_brute_force (scenario, EC_CLOSEST_TIE, g_ptr_array_index (candidates, c));
          compare_with_brute_force (scenario, EC_CLOSEST_NO_MAJORITY, g_ptr_array_index (candidates, c));
        }
    }

  /* The maps did what they are for. */
  g_assert_cmpuint (third_party_wins, >, 20);
  g_assert_cmpuint (with_faithless, >, 20);
  g_assert_cmpuint (found, >, 100);
}

/* A greedy answer (cheapest voters per electoral vote first) is wrong
 * here, and the exact one is not. */
static void
test_not_greedy (void)
{
  const char *json =
    "{\"format\": 1, \"year\": 1992, \"census\": 1990, "
    "\"candidates\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
    "\"states\": ["
    /* B needs 6 more: P (5 electoral votes for 3 voters) is the best
     * value, but P and Q together cost 3 + 3 while R alone costs 4. */
    "{\"id\": \"P\", \"name\": \"P\", \"electoral_votes\": 5, \"popular_votes\": {\"a\": 105, \"b\": 100}, \"winner\": \"a\"}, "
    "{\"id\": \"Q\", \"name\": \"Q\", \"electoral_votes\": 1, \"popular_votes\": {\"a\": 104, \"b\": 100}, \"winner\": \"a\"}, "
    "{\"id\": \"R\", \"name\": \"R\", \"electoral_votes\": 6, \"popular_votes\": {\"a\": 107, \"b\": 100}, \"winner\": \"a\"}, "
    "{\"id\": \"T\", \"name\": \"T\", \"electoral_votes\": 2, \"popular_votes\": {\"a\": 10, \"b\": 100}, \"winner\": \"b\"}], "
    "\"areas\": [{\"area\": \"P\", \"name\": \"P\", \"unit\": \"P\"}, {\"area\": \"Q\", \"name\": \"Q\", \"unit\": \"Q\"}, "
    "{\"area\": \"R\", \"name\": \"R\", \"unit\": \"R\"}, {\"area\": \"T\", \"name\": \"T\", \"unit\": \"T\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_from_data (json, -1, &error);
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcClosest) closest = NULL;

  g_assert_no_error (error);
  scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  /* 14 electors, 8 to win; B has 2. */
  closest = ec_closest_new (scenario, EC_CLOSEST_WIN, candidate (scenario, "b"));
  g_assert_cmpint (ec_closest_get_status (closest), ==, EC_CLOSEST_FOUND);
  g_assert_cmpint (ec_closest_get_voters (closest), ==, 4);
  g_assert_cmpuint (ec_closest_get_n_units (closest), ==, 1);
  g_assert_cmpstr (ec_unit_get_id (ec_closest_get_unit (closest, 0)), ==, "R");
  g_clear_pointer (&closest, ec_closest_unref);

  /* A tie at 7–7 takes exactly 5 of A's 12: P, for 3 voters. */
  closest = ec_closest_new (scenario, EC_CLOSEST_TIE, candidate (scenario, "b"));
  g_assert_cmpint (ec_closest_get_status (closest), ==, EC_CLOSEST_FOUND);
  g_assert_cmpint (ec_closest_get_voters (closest), ==, 3);
  g_assert_cmpuint (ec_closest_get_n_units (closest), ==, 1);
  g_assert_cmpstr (ec_unit_get_id (ec_closest_get_unit (closest, 0)), ==, "P");
}

/* 2016, as the electors voted: Trump 304, Clinton 227, 7 faithless votes.
 * Computed by hand from data/elections/2016.json: Clinton needs 270 − 227
 * = 43 more. The three narrowest Trump states are Michigan (16 electoral
 * votes; 2,279,543 − 2,268,839 = 10,704, so 10,704 / 2 + 1 = 5,353
 * voters), Wisconsin (10; 1,405,284 − 1,382,536 = 22,748 → 11,375) and
 * Pennsylvania (20; 2,970,733 − 2,926,441 = 44,292 → 22,147): 46
 * electoral votes for 38,875 voters. Nothing cheaper reaches 43: any set
 * without Pennsylvania needs Florida (112,911 margin → 56,456) or more
 * than three others, each dearer. The faithless electors of Texas and
 * Washington stay where they are. */
static void
test_2016 (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcClosest) closest = ec_closest_new (scenario, EC_CLOSEST_WIN, NULL);
  g_autoptr(EcClosest) tie = NULL;
  g_autoptr(EcClosest) house = NULL;
  g_autofree char *sentence = NULL;
  EcTippingPoint point;

  g_assert_cmpint (ec_closest_get_status (closest), ==, EC_CLOSEST_FOUND);
  g_assert_true (ec_closest_get_target (closest) == candidate (scenario, "hillary-clinton"));
  g_assert_cmpint (ec_closest_get_voters (closest), ==, 38875);
  g_assert_cmpuint (ec_closest_get_n_units (closest), ==, 3);
  g_assert_true (ec_closest_has_unit (closest, "MI"));
  g_assert_true (ec_closest_has_unit (closest, "WI"));
  g_assert_true (ec_closest_has_unit (closest, "PA"));
  g_assert_cmpuint (ec_closest_get_electoral_votes (closest, candidate (scenario, "hillary-clinton")), ==, 227 + 46);
  g_assert_cmpuint (ec_closest_get_electoral_votes (closest, candidate (scenario, "donald-trump")), ==, 304 - 46);
  check_answer (closest);

  /* The result as a scenario of its own, as the window shows it. */
  {
    g_autoptr(EcScenario) result = ec_closest_dup_result (closest);
    g_autoptr(EcTally) tally = ec_tally_new (result);

    g_assert_cmpstr (ec_candidate_get_id (ec_tally_get_winner (tally)), ==, "hillary-clinton");
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, ec_tally_get_winner (tally)), ==, 273);
  }

  /* The same question asked of a copy, whose candidates are its own. */
  {
    g_autoptr(EcScenario) copy = ec_scenario_copy (scenario);
    g_autoptr(EcClosest) again = ec_closest_new_for_scenario (closest, copy);
    g_autoptr(EcClosest) gary = ec_closest_new (scenario, EC_CLOSEST_WIN, candidate (scenario, "gary-johnson"));
    g_autoptr(EcClosest) gary_again = ec_closest_new_for_scenario (gary, copy);

    g_assert_true (ec_closest_get_scenario (again) == copy);
    g_assert_cmpint (ec_closest_get_voters (again), ==, 38875);
    g_assert_true (ec_closest_get_target (gary_again) == candidate (copy, "gary-johnson"));
    g_assert_cmpint (ec_closest_get_voters (gary_again), ==, ec_closest_get_voters (gary));
  }

  sentence = ec_closest_dup_sentence (closest);
  g_assert_cmpstr (sentence, ==, "Switching 38,875 voters in Michigan, Pennsylvania and Wisconsin "
                                 "would have elected Hillary Clinton");

  /* A tie needs Trump and Clinton level, 304 − 227 = 77 apart. Every unit
   * Trump holds closes the gap by twice its electors (Texas by 38 + 36 =
   * 74, its two faithless electors leaving with Trump's slate), so the gap
   * closes only by even numbers: no tie. */
  tie = ec_closest_new (scenario, EC_CLOSEST_TIE, NULL);
  g_assert_cmpint (ec_closest_get_status (tie), ==, EC_CLOSEST_IMPOSSIBLE);

  /* Nobody with 270: Trump must fall to 269, losing 35, while Clinton stays
   * below 270 (227 + 35 = 262). Michigan and Pennsylvania (36) cost
   * 5,353 + 22,147 = 27,500; Michigan, Wisconsin and one more reach 35
   * only with Pennsylvania or Florida, dearer. */
  house = ec_closest_new (scenario, EC_CLOSEST_NO_MAJORITY, NULL);
  g_assert_cmpint (ec_closest_get_status (house), ==, EC_CLOSEST_FOUND);
  g_assert_cmpint (ec_closest_get_voters (house), ==, 27500);
  check_answer (house);

  /* The tipping point: Trump's states from the widest margin down reach 258
   * electoral votes without Michigan, Pennsylvania and Wisconsin (his
   * narrowest, at 0.22, 0.72 and 0.76 points); Wisconsin takes him to 268
   * and Pennsylvania to 288, past 270. */
  g_assert_true (ec_closest_find_tipping_point (scenario, &point));
  g_assert_cmpstr (ec_unit_get_id (point.unit), ==, "PA");
  g_assert_cmpint (point.margin, ==, 44292);
  g_assert_cmpuint (point.electoral_votes, ==, 288);
}

/* 2016 as pledged (306–232), with Maine's and Nebraska's districts as
 * units: a tie needs 37 of Trump's electors. Michigan (16) and
 * Pennsylvania (20) cost 5,353 + 22,147; the last elector is cheapest in
 * Nebraska's 2nd district (Trump 137,564, Clinton 131,030 in
 * data/elections/2016.json: 6,534 / 2 + 1 = 3,268), for 30,768 in all.
 * Without the split Nebraska is one unit of 5, and the answer changes. */
static void
test_2016_split (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcClosest) tie = NULL;
  g_autoptr(EcClosest) whole = NULL;

  g_assert_true (ec_scenario_get_split (scenario, "NE"));
  tie = ec_closest_new (scenario, EC_CLOSEST_TIE, NULL);
  g_assert_cmpint (ec_closest_get_status (tie), ==, EC_CLOSEST_FOUND);
  g_assert_cmpint (ec_closest_get_voters (tie), ==, 30768);
  g_assert_cmpuint (ec_closest_get_n_units (tie), ==, 3);
  g_assert_true (ec_closest_has_unit (tie, "NE-2"));
  g_assert_true (ec_closest_has_unit (tie, "MI"));
  g_assert_true (ec_closest_has_unit (tie, "PA"));
  g_assert_cmpuint (ec_closest_get_electoral_votes (tie, candidate (scenario, "donald-trump")), ==, 269);
  g_assert_cmpuint (ec_closest_get_electoral_votes (tie, candidate (scenario, "hillary-clinton")), ==, 269);
  check_answer (tie);

  ec_scenario_set_split (scenario, "NE", FALSE);
  whole = ec_closest_new (scenario, EC_CLOSEST_TIE, NULL);
  g_assert_cmpint (ec_closest_get_status (whole), ==, EC_CLOSEST_FOUND);
  g_assert_false (ec_closest_has_unit (whole, "NE-2"));
  g_assert_cmpint (ec_closest_get_voters (whole), >, 30768);
  check_answer (whole);
}

/* 2000 as cast: Bush 271, Gore 266, and one District of Columbia elector
 * pledged to Gore who cast no vote. From data/elections/2000.json: Gore
 * needs 4 more; Florida (25 electoral votes) went to Bush by 2,912,790 −
 * 2,912,253 = 537 votes, so 537 / 2 + 1 = 269 switched voters elect Gore,
 * far fewer than New Hampshire's 4 (7,211 → 3,606). A tie is impossible:
 * 271 − 266 = 5 is odd and every switch closes the gap by an even number.
 * With nobody at 270, Gore may gain at most 3 while Bush loses 2: the
 * cheapest three-vote Bush state is South Dakota (190,700 − 118,804 =
 * 71,896 → 35,949). The tipping point is Florida: Bush's 271 need every one
 * of his states, and Florida is his narrowest. */
static void
test_2000 (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2000, EC_SCENARIO_AS_CAST);
  g_autoptr(EcClosest) closest = ec_closest_new (scenario, EC_CLOSEST_WIN, NULL);
  g_autoptr(EcClosest) tie = ec_closest_new (scenario, EC_CLOSEST_TIE, NULL);
  g_autoptr(EcClosest) house = ec_closest_new (scenario, EC_CLOSEST_NO_MAJORITY, NULL);
  g_autoptr(EcClosest) bush = ec_closest_new (scenario, EC_CLOSEST_WIN, candidate (scenario, "george-w-bush"));
  EcTippingPoint point;

  g_assert_true (ec_closest_get_target (closest) == candidate (scenario, "al-gore"));
  g_assert_cmpint (ec_closest_get_voters (closest), ==, 269);
  g_assert_cmpuint (ec_closest_get_n_units (closest), ==, 1);
  g_assert_cmpstr (ec_unit_get_id (ec_closest_get_unit (closest, 0)), ==, "FL");
  g_assert_true (ec_closest_get_unit_from (closest, 0) == candidate (scenario, "george-w-bush"));
  check_answer (closest);

  g_assert_cmpint (ec_closest_get_status (tie), ==, EC_CLOSEST_IMPOSSIBLE);

  g_assert_cmpint (ec_closest_get_voters (house), ==, 35949);
  g_assert_cmpuint (ec_closest_get_n_units (house), ==, 1);
  g_assert_cmpstr (ec_unit_get_id (ec_closest_get_unit (house, 0)), ==, "SD");
  check_answer (house);

  g_assert_cmpint (ec_closest_get_status (bush), ==, EC_CLOSEST_ALREADY);
  g_assert_cmpint (ec_closest_get_voters (bush), ==, 0);

  g_assert_true (ec_closest_find_tipping_point (scenario, &point));
  g_assert_cmpstr (ec_unit_get_id (point.unit), ==, "FL");
  g_assert_cmpint (point.margin, ==, 537);
  g_assert_cmpuint (point.electoral_votes, ==, 271);
}

/* 2020, Biden 306, Trump 232: Trump needs 38. From data/elections/2020.json:
 * Arizona (11; 1,672,143 − 1,661,686 = 10,457 → 5,229), Georgia (16;
 * 11,779 → 5,890), Wisconsin (10; 20,682 → 10,342) make 37, and the last
 * elector is cheapest in Nebraska's 2nd district (22,091 → 11,046):
 * 32,507 voters, where Pennsylvania (19; 80,555 → 40,278) would cost more
 * than the district and Wisconsin together. */
static void
test_2020 (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (2020, EC_SCENARIO_AS_CAST);
  g_autoptr(EcClosest) closest = ec_closest_new (scenario, EC_CLOSEST_WIN, NULL);

  g_assert_cmpint (ec_closest_get_voters (closest), ==, 32507);
  g_assert_cmpuint (ec_closest_get_n_units (closest), ==, 4);
  g_assert_true (ec_closest_has_unit (closest, "AZ"));
  g_assert_true (ec_closest_has_unit (closest, "GA"));
  g_assert_true (ec_closest_has_unit (closest, "WI"));
  g_assert_true (ec_closest_has_unit (closest, "NE-2"));
  check_answer (closest);
}

/* 1968: George Wallace won five states. Giving one to Humphrey means
 * overtaking Wallace and Nixon at once, and the unit's switch costs are
 * held to the slow count. */
static void
test_third_party (void)
{
  g_autoptr(EcScenario) scenario = real_scenario (1968, EC_SCENARIO_AS_CAST);
  EcCandidate *wallace = candidate (scenario, "george-wallace");
  g_autoptr(EcClosest) wins = ec_closest_new (scenario, EC_CLOSEST_WIN, wallace);
  g_autoptr(EcClosest) house = ec_closest_new (scenario, EC_CLOSEST_NO_MAJORITY, NULL);
  EcUnitCounts counts;

  g_assert_cmpint (ec_closest_get_status (wins), ==, EC_CLOSEST_FOUND);
  check_answer (wins);
  g_assert_cmpint (ec_closest_get_status (house), ==, EC_CLOSEST_FOUND);
  check_answer (house);

  ec_unit_counts_init (&counts, scenario);
  for (guint u = 0; u < counts.units->len; u++)
    {
      if (!counts.counts[u].has_votes)
        continue;
      for (guint c = 0; c < counts.candidates->len; c++)
        if (ec_scenario_get_winner (scenario, ec_unit_get_id (counts.counts[u].unit)) != g_ptr_array_index (counts.candidates, c) &&
            ec_unit_get_popular_votes (counts.counts[u].unit, g_ptr_array_index (counts.candidates, c)) > 0)
          g_assert_cmpint (ec_unit_counts_switch_cost (&counts, u, c), ==,
                           slow_switch_cost (scenario, counts.counts[u].unit, g_ptr_array_index (counts.candidates, c)));
    }
  ec_unit_counts_clear (&counts);
}

/* Without a popular vote there is nothing to switch, and the answer says
 * so instead of a number. */
static void
test_not_available (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (&error);
  g_autoptr(EcScenario) legislatures = real_scenario (1800, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) early = real_scenario (1820, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) undecided = real_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) mixed = real_scenario (1824, EC_SCENARIO_AS_CAST);
  EcScenario *none[] = { blank, legislatures, early };
  EcTippingPoint point;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      g_autoptr(EcClosest) closest = ec_closest_new (none[i], EC_CLOSEST_WIN, NULL);
      g_autofree char *sentence = ec_closest_dup_sentence (closest);
      g_autoptr(JsonNode) json = ec_closest_to_json (closest);
      JsonObject *object = json_node_get_object (json);

      g_assert_cmpint (ec_closest_get_status (closest), ==, EC_CLOSEST_NO_POPULAR_VOTE);
      g_assert_cmpint (ec_closest_get_voters (closest), ==, 0);
      g_assert_cmpuint (ec_closest_get_n_units (closest), ==, 0);
      g_assert_cmpstr (sentence, ==, "Not available: this election has no popular vote to switch");
      g_assert_true (json_object_get_null_member (object, "voters"));
      g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "no-popular-vote");
      g_assert_false (ec_closest_find_tipping_point (none[i], &point));
    }

  /* A state left undecided leaves no outcome to change. */
  ec_scenario_set_winner (undecided, "OH", NULL);
  {
    g_autoptr(EcClosest) closest = ec_closest_new (undecided, EC_CLOSEST_WIN, NULL);

    g_assert_cmpint (ec_closest_get_status (closest), ==, EC_CLOSEST_UNDECIDED);
  }

  /* 1824: six legislatures chose their electors. Nobody had a majority, so
   * the House chose; the answer for Jackson never switches a state that had
   * no popular vote. */
  {
    g_autoptr(EcClosest) jackson = ec_closest_new (mixed, EC_CLOSEST_WIN, NULL);
    g_autoptr(EcClosest) house = ec_closest_new (mixed, EC_CLOSEST_NO_MAJORITY, NULL);

    g_assert_true (ec_closest_get_target (jackson) == candidate (mixed, "andrew-jackson"));
    g_assert_cmpint (ec_closest_get_status (jackson), ==, EC_CLOSEST_FOUND);
    for (guint i = 0; i < ec_closest_get_n_units (jackson); i++)
      g_assert_true (ec_unit_has_popular_votes (ec_closest_get_unit (jackson, i)));
    check_answer (jackson);
    g_assert_cmpint (ec_closest_get_status (house), ==, EC_CLOSEST_ALREADY);
    g_assert_false (ec_closest_find_tipping_point (mixed, &point));
  }
}

/* The analyses move votes unit by unit exactly as the tally does: for
 * every election, every unit given to every candidate. */
static void
test_counts_match_tally (void)
{
  guint n_years;
  const int *years = ec_election_get_years (&n_years);

  for (guint y = 0; y < n_years; y++)
    {
      g_autoptr(EcScenario) scenario = real_scenario (years[y], EC_SCENARIO_AS_CAST);
      EcUnitCounts counts;
      g_autofree guint *given = NULL;

      ec_unit_counts_init (&counts, scenario);
      given = g_new0 (guint, counts.candidates->len);

      for (guint u = 0; u < counts.units->len; u++)
        for (guint c = 0; c < counts.candidates->len; c++)
          {
            g_autoptr(EcScenario) copy = same_election_copy (scenario);
            g_autoptr(EcTally) tally = NULL;

            /* Giving a unit to its holder changes nothing, faithless
             * electors included. */
            if (counts.counts[u].holder == NULL || counts.counts[u].holder == g_ptr_array_index (counts.candidates, c))
              continue;
            ec_scenario_set_winner (copy, ec_unit_get_id (counts.counts[u].unit), g_ptr_array_index (counts.candidates, c));
            tally = ec_tally_new (copy);
            ec_unit_counts_give (&counts, u, c, given);
            for (guint k = 0; k < counts.candidates->len; k++)
              {
                guint expected = ec_tally_get_electoral_votes (tally, g_ptr_array_index (counts.candidates, k));

                if (counts.totals[k] - counts.counts[u].now[k] + given[k] != expected)
                  g_test_message ("%d %s to %s: candidate %u", years[y], ec_unit_get_id (counts.counts[u].unit),
                                  ec_candidate_get_id (g_ptr_array_index (counts.candidates, c)), k);
                g_assert_cmpuint (counts.totals[k] - counts.counts[u].now[k] + given[k], ==, expected);
              }
          }
      ec_unit_counts_clear (&counts);
    }
}

/* The tipping point of every real election since 1824 that someone won:
 * a unit of the winner's whose votes take the sum to a majority, and the
 * units sorted before it do not. */
static void
test_tipping_points (void)
{
  guint n_years;
  const int *years = ec_election_get_years (&n_years);
  guint found = 0;

  for (guint y = 0; y < n_years; y++)
    {
      g_autoptr(EcScenario) scenario = real_scenario (years[y], EC_SCENARIO_AS_CAST);
      g_autoptr(EcTally) tally = ec_tally_new (scenario);
      EcTippingPoint point;

      if (!ec_closest_find_tipping_point (scenario, &point))
        {
          g_assert_true (years[y] < 1824 || ec_tally_get_winner (tally) == NULL);
          continue;
        }

      found++;
      g_assert_true (point.winner == ec_tally_get_winner (tally));
      g_assert_true (ec_scenario_get_winner (scenario, ec_unit_get_id (point.unit)) == point.winner);
      g_assert_cmpuint (point.electoral_votes, >=, ec_tally_get_majority (tally));
      g_assert_cmpuint (point.electoral_votes - ec_scenario_get_unit_electoral_votes (scenario, point.unit), <,
                        ec_tally_get_majority (tally));
      g_assert_cmpint (point.margin, >, 0);
      g_assert_cmpint (point.margin, <=, point.total);
    }

  /* Every election from 1828 had a winner and a popular vote. */
  g_assert_cmpuint (found, >=, 49);
}

static gboolean
topic_mentions (const char *topic_id,
                const char *text)
{
  const EcTopic *topic = ec_explanations_lookup (ec_explanations_get_default (), topic_id);

  g_assert_nonnull (topic);
  if (strstr (topic->short_text, text) != NULL)
    return TRUE;
  for (guint i = 0; topic->more[i] != NULL; i++)
    if (strstr (topic->more[i], text) != NULL)
      return TRUE;

  return FALSE;
}

/* The explanations' examples are the analysis's own answers. */
static void
test_explanations_agree (void)
{
  g_autoptr(EcScenario) cast_2000 = real_scenario (2000, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) cast_2016 = real_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) pledged_2016 = real_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcClosest) gore = ec_closest_new (cast_2000, EC_CLOSEST_WIN, NULL);
  g_autofree char *voters = ec_format_count (ec_closest_get_voters (gore));
  g_autofree char *sentence = NULL;
  EcTippingPoint point;

  /* “If 269 of his voters there had switched to Al Gore…” */
  sentence = g_strdup_printf ("If %s of his voters there had switched to Al Gore", voters);
  g_assert_true (topic_mentions ("closest-result", sentence));
  g_assert_true (topic_mentions ("closest-result", "537 votes"));

  g_assert_true (ec_closest_find_tipping_point (cast_2000, &point));
  g_assert_cmpstr (ec_unit_get_name (point.unit), ==, "Florida");
  g_assert_true (topic_mentions ("tipping-point", "In 2000 the tipping point was Florida"));
  g_assert_true (ec_closest_find_tipping_point (cast_2016, &point));
  g_assert_cmpstr (ec_unit_get_name (point.unit), ==, "Pennsylvania");
  g_assert_true (ec_closest_find_tipping_point (pledged_2016, &point));
  g_assert_cmpstr (ec_unit_get_name (point.unit), ==, "Wisconsin");
  g_assert_true (topic_mentions ("tipping-point", "it was Pennsylvania; counted as pledged, it was Wisconsin"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/closest/brute-force", test_brute_force);
  g_test_add_func ("/ec/closest/not-greedy", test_not_greedy);
  g_test_add_func ("/ec/closest/2016", test_2016);
  g_test_add_func ("/ec/closest/2016-split", test_2016_split);
  g_test_add_func ("/ec/closest/2000", test_2000);
  g_test_add_func ("/ec/closest/2020", test_2020);
  g_test_add_func ("/ec/closest/third-party", test_third_party);
  g_test_add_func ("/ec/closest/not-available", test_not_available);
  g_test_add_func ("/ec/closest/counts-match-tally", test_counts_match_tally);
  g_test_add_func ("/ec/closest/tipping-points", test_tipping_points);
  g_test_add_func ("/ec/closest/explanations-agree", test_explanations_agree);

  return g_test_run ();
}
