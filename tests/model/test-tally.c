/* test-tally.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "ec-laws.h"
#include "ec-tally.h"

static JsonObject *official;

static EcCandidate *
find_by_name (EcScenario *scenario,
              const char *name)
{
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);

  for (guint i = 0; i < candidates->len; i++)
    {
      if (g_str_equal (ec_candidate_get_name (g_ptr_array_index (candidates, i)), name))
        return g_ptr_array_index (candidates, i);
    }

  g_test_message ("No candidate named %s", name);
  g_assert_not_reached ();
}

static EcCandidate *
candidate (EcScenario *scenario,
           const char *id)
{
  EcCandidate *c = ec_scenario_get_candidate (scenario, id);

  g_assert_nonnull (c);

  return c;
}

static void
check_electoral (EcScenario *scenario,
                 JsonObject *expected,
                 guint       expected_abstentions)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  EcElection *election = ec_scenario_get_election (scenario);
  GList *names = json_object_get_members (expected);
  guint sum = 0;

  for (GList *l = names; l != NULL; l = l->next)
    {
      EcCandidate *c = find_by_name (scenario, l->data);
      guint votes = json_object_get_int_member (expected, l->data);

      g_test_message ("%d %s: %u expected", ec_election_get_year (ec_scenario_get_election (scenario)),
                      (char *)l->data, votes);
      g_assert_cmpuint (ec_tally_get_electoral_votes (tally, c), ==, votes);
      sum += votes;
    }
  g_list_free (names);

  /* Nobody else received an electoral vote. */
  for (guint i = 0; i < ec_tally_get_n_candidates (tally); i++)
    {
      EcCandidate *c = ec_tally_get_candidate (tally, i);

      if (!json_object_has_member (expected, ec_candidate_get_name (c)))
        g_assert_cmpuint (ec_tally_get_electoral_votes (tally, c), ==, 0);
    }

  g_assert_cmpuint (ec_tally_get_abstentions (tally), ==, expected_abstentions);
  g_assert_cmpuint (ec_tally_get_undecided (tally), ==, 0);
  g_assert_cmpuint (ec_tally_get_majority (tally), ==, ec_election_get_electors_appointed (election) / 2 + 1);

  /* Every elector's every vote is in the count or accounted for. */
  g_assert_cmpuint (sum + expected_abstentions + ec_tally_get_rejected (tally) +
                    ec_tally_get_not_voting (tally) * ec_election_get_votes_per_elector (election),
                    ==, ec_election_get_electors_total (election) * ec_election_get_votes_per_elector (election));

  if (ec_election_uses_modern_map (election))
    {
      g_assert_cmpuint (sum + expected_abstentions, ==, 538);
      g_assert_cmpuint (ec_tally_get_majority (tally), ==, 270);
    }
}

/* All 60 elections as cast give the official counts, and the outcome the
 * official list names: a winner, or the House. */
static void
test_official_results (void)
{
  const int *years;
  guint n_years;

  years = ec_election_get_years (&n_years);
  g_assert_cmpuint (n_years, ==, 60);

  for (guint i = 0; i < n_years; i++)
    {
      g_autofree char *key = g_strdup_printf ("%d", years[i]);
      JsonObject *expected = json_object_get_object_member (official, key);
      g_autoptr(EcElection) election = ec_election_new_for_year (years[i], NULL);
      g_autoptr(EcScenario) as_cast = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
      g_autoptr(EcScenario) pledged = ec_scenario_new (election, EC_SCENARIO_PLEDGED);
      g_autoptr(EcTally) tally = ec_tally_new (as_cast);
      const char *outcome;

      g_assert_nonnull (expected);
      check_electoral (as_cast, json_object_get_object_member (expected, "electoral"),
                       json_object_get_int_member_with_default (expected, "abstentions", 0));
      if (json_object_has_member (expected, "electoral_pledged"))
        check_electoral (pledged, json_object_get_object_member (expected, "electoral_pledged"), 0);

      g_assert_cmpuint (ec_tally_get_rejected (tally), ==,
                        json_object_get_int_member_with_default (expected, "rejected", 0));
      if (json_object_has_member (expected, "rules"))
        g_assert_cmpstr (json_object_get_string_member (expected, "rules"), ==,
                         ec_tally_get_rules (tally) == EC_ELECTION_RULES_TWO_VOTES ? "two-votes" : "twelfth-amendment");

      outcome = json_object_get_string_member_with_default (expected, "outcome", "winner");
      if (g_str_equal (outcome, "winner"))
        {
          const char *winner = json_object_get_string_member_with_default (expected, "winner", NULL);

          g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_WINNER);
          if (winner != NULL)
            g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_winner (tally)), ==, winner);
        }
      else
        {
          g_assert_cmpstr (outcome, ==, "contingent");
          g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
          g_assert_null (ec_tally_get_winner (tally));
        }
    }
}

static void
test_official_popular_vote (void)
{
  const int *years;
  guint n_years;
  guint checked = 0;

  years = ec_election_get_years (&n_years);

  for (guint i = 0; i < n_years; i++)
    {
      g_autofree char *key = g_strdup_printf ("%d", years[i]);
      JsonObject *entry = json_object_get_object_member (official, key);
      JsonObject *popular = json_object_has_member (entry, "popular")
                            ? json_object_get_object_member (entry, "popular") : NULL;
      g_autoptr(EcElection) election = NULL;
      g_autoptr(EcScenario) scenario = NULL;
      g_autoptr(EcTally) tally = NULL;
      GList *names = NULL;
      const char *most = NULL;
      gint64 most_votes = 0;

      /* Official national popular votes are listed from 1976. */
      if (popular == NULL)
        continue;

      election = ec_election_new_for_year (years[i], NULL);
      scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
      tally = ec_tally_new (scenario);
      names = json_object_get_members (popular);

      g_assert_cmpuint (g_list_length (names), >=, 2);
      for (GList *l = names; l != NULL; l = l->next)
        {
          gint64 expected = json_object_get_int_member (popular, l->data);
          gint64 ours = ec_tally_get_popular_votes (tally, find_by_name (scenario, l->data));
          double off = fabs ((double)(ours - expected)) / expected;

          g_test_message ("%d %s: %" G_GINT64_FORMAT " official, %" G_GINT64_FORMAT " ours (%.4f%%)",
                          years[i], (char *)l->data, expected, ours, off * 100);
          g_assert_cmpfloat (off, <, 0.001);

          if (expected > most_votes)
            {
              most_votes = expected;
              most = l->data;
            }
        }
      g_list_free (names);

      g_assert_true (ec_tally_has_popular_vote (tally));
      g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_popular_vote_winner (tally)), ==, most);
      /* Of these elections, only 2000 and 2016 split. */
      g_assert_cmpint (ec_tally_get_popular_vote_split (tally), ==, years[i] == 2000 || years[i] == 2016);
      checked++;
    }

  g_assert_cmpuint (checked, ==, 13);
}

static EcTally *
tally_as_cast (int year)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (year, NULL);
  g_autoptr(EcScenario) scenario = NULL;

  g_assert_nonnull (election);
  scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);

  return ec_tally_new (scenario);
}

static guint
votes_named (EcTally    *tally,
             const char *name)
{
  return ec_tally_get_electoral_votes (tally, find_by_name (ec_tally_get_scenario (tally), name));
}

static void
assert_contains (const char *text,
                 const char *part)
{
  g_test_message ("“%s” should contain “%s”", text, part);
  g_assert_nonnull (strstr (text, part));
}

/* The years every civics class teaches, with the sentence a student reads. */
static void
test_famous_years (void)
{
  {
    g_autoptr(EcTally) tally = tally_as_cast (1789);
    g_autofree char *sentence = ec_tally_dup_outcome_sentence (tally);

    /* Two votes each, a majority of the 73 electors appointed: 37. New
     * York appointed none, two Maryland and two Virginia electors did not vote. */
    g_assert_cmpint (ec_tally_get_rules (tally), ==, EC_ELECTION_RULES_TWO_VOTES);
    g_assert_cmpuint (ec_tally_get_electors_total (tally), ==, 73);
    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 37);
    g_assert_cmpuint (ec_tally_get_not_voting (tally), ==, 12);
    g_assert_cmpuint (ec_tally_get_undecided (tally), ==, 0);
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_winner (tally)), ==, "George Washington");
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_vice_president (tally)), ==, "John Adams");
    g_assert_false (ec_tally_has_popular_vote (tally));
    assert_contains (sentence, "George Washington is elected president with votes from 69 of the 73 electors");
    assert_contains (sentence, "John Adams, second with 34 votes, becomes vice president");
  }

  {
    g_autoptr(EcTally) tally = tally_as_cast (1796);

    /* The runner-up of the other party became vice president. */
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_winner (tally)), ==, "John Adams");
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_vice_president (tally)), ==, "Thomas Jefferson");
  }

  {
    g_autoptr(EcTally) tally = tally_as_cast (1800);
    g_autofree char *sentence = ec_tally_dup_outcome_sentence (tally);

    g_assert_cmpuint (votes_named (tally, "Thomas Jefferson"), ==, 73);
    g_assert_cmpuint (votes_named (tally, "Aaron Burr"), ==, 73);
    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 70);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
    g_assert_null (ec_tally_get_winner (tally));
    g_assert_null (ec_tally_get_vice_president (tally));
    assert_contains (sentence, "Thomas Jefferson and Aaron Burr tie with votes from 73 of the 138 electors each");
    assert_contains (sentence, "the House of Representatives chooses between them");
  }

  {
    g_autoptr(EcTally) tally = tally_as_cast (1824);
    g_autofree char *sentence = ec_tally_dup_outcome_sentence (tally);

    g_assert_cmpint (ec_tally_get_rules (tally), ==, EC_ELECTION_RULES_TWELFTH_AMENDMENT);
    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 131);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_leader (tally)), ==, "Andrew Jackson");
    /* Jackson led the popular vote where there was one. */
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_popular_vote_winner (tally)), ==, "Andrew Jackson");
    g_assert_false (ec_tally_get_popular_vote_split (tally));
    assert_contains (sentence, "Nobody has 131: the House of Representatives chooses the president");
  }

  {
    g_autoptr(EcTally) tally = tally_as_cast (1876);
    g_autofree char *sentence = ec_tally_dup_outcome_sentence (tally);

    /* One vote decided: 185 of 369 is exactly the majority. */
    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 185);
    g_assert_cmpuint (votes_named (tally, "Rutherford B. Hayes"), ==, 185);
    g_assert_cmpuint (votes_named (tally, "Samuel J. Tilden"), ==, 184);
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_popular_vote_winner (tally)), ==, "Samuel J. Tilden");
    g_assert_true (ec_tally_get_popular_vote_split (tally));
    assert_contains (sentence, "Rutherford B. Hayes wins with 185 electoral votes");
  }

  {
    g_autoptr(EcTally) tally = tally_as_cast (1888);

    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_winner (tally)), ==, "Benjamin Harrison");
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_popular_vote_winner (tally)), ==, "Grover Cleveland");
    g_assert_true (ec_tally_get_popular_vote_split (tally));
  }

  {
    g_autoptr(EcTally) tally = tally_as_cast (1912);

    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 266);
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_candidate (tally, 0)), ==, "Woodrow Wilson");
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_candidate (tally, 1)), ==, "Theodore Roosevelt");
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_candidate (tally, 2)), ==, "William Howard Taft");
    g_assert_cmpuint (votes_named (tally, "Theodore Roosevelt"), ==, 88);
    g_assert_false (ec_tally_get_popular_vote_split (tally));
  }
}

/* States that cast no votes, electors who stayed away and votes Congress
 * rejected are each counted as what they were, never as votes for anyone
 * and never as undecided. */
static void
test_not_counted (void)
{
  {
    g_autoptr(EcTally) tally = tally_as_cast (1864);

    /* 80 electors of the eleven seceded states, one snowbound in Nevada. */
    g_assert_cmpuint (ec_tally_get_not_voting (tally), ==, 81);
    g_assert_cmpuint (ec_tally_get_undecided (tally), ==, 0);
    g_assert_cmpuint (ec_tally_get_electors_total (tally), ==, 234);
    g_assert_cmpuint (votes_named (tally, "Abraham Lincoln"), ==, 212);
  }

  {
    g_autoptr(EcTally) tally = tally_as_cast (1872);

    /* Arkansas 6 and Louisiana 8 for Grant, Georgia 3 for the dead Greeley. */
    g_assert_cmpuint (ec_tally_get_rejected (tally), ==, 17);
    g_assert_cmpuint (votes_named (tally, "Horace Greeley"), ==, 0);
    g_assert_cmpuint (votes_named (tally, "Ulysses S. Grant"), ==, 286);
  }

  {
    g_autoptr(EcTally) tally = tally_as_cast (1960);
    EcElection *election = ec_scenario_get_election (ec_tally_get_scenario (tally));
    EcUnit *alabama = ec_election_get_unit (election, "AL");

    /* Alabama's six unpledged electors voted for Byrd, five for Kennedy. */
    g_assert_cmpstr (ec_candidate_get_name (ec_unit_get_winner (alabama)), ==, "Harry F. Byrd");
    g_assert_cmpuint (ec_unit_get_electoral_votes_cast (alabama, ec_election_get_candidate (election, "john-f-kennedy")), ==, 5);
    g_assert_cmpuint (votes_named (tally, "Harry F. Byrd"), ==, 15);
    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 269);
  }
}

/* A student who changes a state of 1800 or 1824 sees the era's rule at work. */
static void
test_replay_history (void)
{
  {
    g_autoptr(EcElection) election = ec_election_new_for_year (1789, NULL);
    g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
    g_autoptr(EcTally) before = ec_tally_new (scenario);
    g_autoptr(EcTally) after = NULL;

    /* Had New York appointed its 8 electors, 81 would have been appointed. */
    g_assert_cmpuint (ec_tally_get_electors_total (before), ==, 73);
    g_assert_true (ec_scenario_set_winner (scenario, "NY", candidate (scenario, "george-washington")));
    after = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_electors_total (after), ==, 81);
    g_assert_cmpuint (ec_tally_get_majority (after), ==, 41);
    g_assert_cmpuint (votes_named (after, "George Washington"), ==, 77);
    g_assert_cmpuint (ec_tally_get_not_voting (after), ==, 4);
  }

  {
    g_autoptr(EcElection) election = ec_election_new_for_year (1800, NULL);
    g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
    g_autoptr(EcTally) tally = NULL;
    g_autofree char *sentence = NULL;

    /* Tennessee's three electors vote for Adams in Jefferson's place: Burr
     * alone has the most votes, a majority, and Jefferson is second. */
    g_assert_true (ec_scenario_set_winner (scenario, "TN", candidate (scenario, "john-adams")));
    tally = ec_tally_new (scenario);
    g_assert_cmpuint (votes_named (tally, "Thomas Jefferson"), ==, 70);
    g_assert_cmpuint (votes_named (tally, "Aaron Burr"), ==, 73);
    g_assert_cmpuint (votes_named (tally, "John Adams"), ==, 68);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_WINNER);
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_winner (tally)), ==, "Aaron Burr");
    g_assert_cmpstr (ec_candidate_get_name (ec_tally_get_vice_president (tally)), ==, "Thomas Jefferson");

    /* Undecided, its three electors could still make a tie. */
    g_assert_true (ec_scenario_set_winner (scenario, "TN", NULL));
    g_clear_pointer (&tally, ec_tally_unref);
    tally = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_undecided (tally), ==, 3);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_UNDECIDED);
    sentence = ec_tally_dup_outcome_sentence (tally);
    assert_contains (sentence, "3 electors are still undecided");
  }

  {
    g_autoptr(EcElection) election = ec_election_new_for_year (1824, NULL);
    g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
    EcCandidate *jackson = candidate (scenario, "andrew-jackson");
    g_autoptr(EcTally) tally = NULL;

    /* New York's split delegation (Adams 26, Crawford 5, Clay 4, Jackson 1)
     * with Jackson in Adams's place: Jackson 124, still short of 131. */
    g_assert_true (ec_scenario_set_winner (scenario, "NY", jackson));
    tally = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, jackson), ==, 124);
    g_assert_cmpuint (votes_named (tally, "John Quincy Adams"), ==, 59);
    g_assert_cmpuint (votes_named (tally, "William H. Crawford"), ==, 41);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);

    /* Pennsylvania was his already; Kentucky's 14, Clay's, would elect him. */
    g_assert_false (ec_scenario_set_winner (scenario, "PA", jackson));
    g_assert_true (ec_scenario_set_winner (scenario, "KY", jackson));
    g_clear_pointer (&tally, ec_tally_unref);
    tally = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, jackson), ==, 124 + 14);
    g_assert_true (ec_tally_get_winner (tally) == jackson);
  }
}

static EcScenario *
load_scenario (int            year,
               EcScenarioBase base)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (year, NULL);

  g_assert_nonnull (election);

  return ec_scenario_new (election, base);
}

/* Gives a set of states worth exactly @target votes to @first and the rest
 * to @second, by a subset sum over the 51 winner-take-all units. */
static void
split_map (EcScenario  *scenario,
           EcCandidate *first,
           EcCandidate *second,
           guint        target)
{
  GPtrArray *states = ec_election_get_states (ec_scenario_get_election (scenario));
  g_autofree int *reach = g_new (int, 539);
  guint sum = target;

  ec_scenario_set_split (scenario, "ME", FALSE);
  ec_scenario_set_split (scenario, "NE", FALSE);

  /* reach[v] = index of the state whose addition first reached v, or -1. */
  for (guint v = 0; v <= 538; v++)
    reach[v] = -1;
  reach[0] = G_MAXINT;
  for (guint i = 0; i < states->len; i++)
    {
      guint ev = ec_unit_get_electoral_votes (g_ptr_array_index (states, i));

      for (int v = 538; v >= (int)ev; v--)
        if (reach[v] == -1 && reach[v - ev] != -1 && (reach[v - ev] == G_MAXINT || reach[v - ev] < (int)i))
          reach[v] = i;
    }
  g_assert_cmpint (reach[target], !=, -1);

  for (guint i = 0; i < states->len; i++)
    ec_scenario_set_winner (scenario, ec_unit_get_id (g_ptr_array_index (states, i)), second);

  while (sum > 0)
    {
      EcUnit *state = g_ptr_array_index (states, reach[sum]);

      ec_scenario_set_winner (scenario, ec_unit_get_id (state), first);
      sum -= ec_unit_get_electoral_votes (state);
    }
}

static void
test_tie (void)
{
  g_autoptr(EcScenario) scenario = ec_scenario_new_blank (NULL);
  EcCandidate *d = candidate (scenario, "democratic-candidate");
  EcCandidate *r = candidate (scenario, "republican-candidate");
  g_autoptr(EcTally) tally = NULL;
  g_autofree char *sentence = NULL;

  split_map (scenario, d, r, 269);
  tally = ec_tally_new (scenario);

  g_assert_cmpuint (ec_tally_get_electoral_votes (tally, d), ==, 269);
  g_assert_cmpuint (ec_tally_get_electoral_votes (tally, r), ==, 269);
  g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
  g_assert_null (ec_tally_get_winner (tally));
  g_assert_false (ec_tally_has_popular_vote (tally));
  g_assert_null (ec_tally_get_popular_vote_winner (tally));

  sentence = ec_tally_dup_outcome_sentence (tally);
  g_assert_nonnull (strstr (sentence, "House of Representatives"));
}

static void
test_third_party_no_majority (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *third = ec_scenario_add_person (scenario, "Evan McMullin");
  g_autoptr(EcTally) tally = NULL;

  /* Texas to a third candidate: 306 − 38 = 268, short of 270. */
  g_assert_true (ec_scenario_set_winner (scenario, "TX", third));
  tally = ec_tally_new (scenario);

  g_assert_cmpuint (ec_tally_get_electoral_votes (tally, trump), ==, 268);
  g_assert_cmpuint (ec_tally_get_electoral_votes (tally, third), ==, 38);
  g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
  g_assert_true (ec_tally_get_leader (tally) == trump);
  g_assert_false (ec_tally_get_popular_vote_split (tally));
}

static void
test_abstentions_keep_270 (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *trump = candidate (scenario, "donald-trump");
  g_autoptr(GError) error = NULL;

  /* 36 abstain: 270 left, still a majority of the 538 appointed. */
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", NULL, 36, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, trump), ==, 270);
    g_assert_cmpuint (ec_tally_get_abstentions (tally), ==, 36);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_WINNER);
  }

  /* One more: 269 of 501 votes cast is a majority of votes cast, but not of
   * the electors appointed, so the House decides. */
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", NULL, 1, NULL, &error));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, trump), ==, 269);
    g_assert_cmpuint (ec_tally_get_abstentions (tally), ==, 37);
    g_assert_cmpuint (ec_tally_get_majority (tally), ==, 270);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
  }
}

static void
test_faithless_keep_popular_vote (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *trump = candidate (scenario, "donald-trump");
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  EcCandidate *kasich = candidate (scenario, "john-kasich");
  g_autoptr(EcTally) before = ec_tally_new (scenario);
  g_autoptr(EcTally) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ec_tally_get_electoral_votes (before, trump), ==, 306);
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", clinton, 20, NULL, &error));
  g_assert_true (ec_scenario_add_faithless (scenario, "FL", kasich, 3, NULL, &error));
  g_assert_no_error (error);
  after = ec_tally_new (scenario);

  g_assert_cmpuint (ec_tally_get_electoral_votes (after, trump), ==, 306 - 23);
  g_assert_cmpuint (ec_tally_get_electoral_votes (after, clinton), ==, 232 + 20);
  g_assert_cmpuint (ec_tally_get_electoral_votes (after, kasich), ==, 3);
  g_assert_cmpint (ec_tally_get_outcome (after), ==, EC_OUTCOME_WINNER);

  for (guint i = 0; i < ec_tally_get_n_candidates (before); i++)
    {
      EcCandidate *c = ec_tally_get_candidate (before, i);

      g_assert_cmpint (ec_tally_get_popular_votes (before, c), ==, ec_tally_get_popular_votes (after, c));
    }
  g_assert_cmpint (ec_tally_get_popular_votes_total (before), ==, ec_tally_get_popular_votes_total (after));

  /* 37 switching to Clinton: 269–269, the House decides; 38 elect her. */
  ec_scenario_clear_faithless (scenario, NULL);
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", clinton, 37, NULL, &error));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, trump), ==, 269);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, clinton), ==, 269);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);
  }
  g_assert_true (ec_scenario_add_faithless (scenario, "TX", clinton, 1, NULL, &error));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_true (ec_tally_get_winner (tally) == clinton);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, clinton), ==, 270);
    g_assert_false (ec_tally_get_popular_vote_split (tally));
  }
}

static guint
sum_electoral (EcTally *tally)
{
  guint sum = ec_tally_get_abstentions (tally) + ec_tally_get_undecided (tally);

  for (guint i = 0; i < ec_tally_get_n_candidates (tally); i++)
    sum += ec_tally_get_electoral_votes (tally, ec_tally_get_candidate (tally, i));

  return sum;
}

static guint
state_total (EcScenario *scenario,
             const char *state_id)
{
  EcElection *election = ec_scenario_get_election (scenario);
  EcUnit *state = ec_election_get_unit (election, state_id);
  GPtrArray *districts = ec_unit_get_districts (state);
  guint total = ec_scenario_get_unit_electoral_votes (scenario, state);

  for (guint i = 0; i < districts->len; i++)
    total += ec_scenario_get_unit_electoral_votes (scenario, g_ptr_array_index (districts, i));

  return total;
}

static void
test_district_method (void)
{
  const int *years;
  guint n_years;

  years = ec_election_get_modern_years (&n_years);

  for (guint i = 0; i < n_years; i++)
    {
      g_autoptr(EcScenario) scenario = load_scenario (years[i], EC_SCENARIO_PLEDGED);
      const char *states[] = { "ME", "NE" };

      for (guint j = 0; j < G_N_ELEMENTS (states); j++)
        {
          EcUnit *state = ec_election_get_unit (ec_scenario_get_election (scenario), states[j]);
          guint total = ec_unit_get_electoral_votes (state);

          if (ec_unit_get_districts (state)->len == 0)
            continue;

          g_assert_true (ec_scenario_get_split (scenario, states[j]));
          g_assert_cmpuint (state_total (scenario, states[j]), ==, total);
          g_assert_true (ec_scenario_set_split (scenario, states[j], FALSE));
          g_assert_cmpuint (state_total (scenario, states[j]), ==, total);
          {
            g_autoptr(EcTally) tally = ec_tally_new (scenario);
            g_assert_cmpuint (sum_electoral (tally), ==, 538);
          }
          g_assert_true (ec_scenario_set_split (scenario, states[j], TRUE));
          g_assert_cmpuint (state_total (scenario, states[j]), ==, total);
          {
            g_autoptr(EcTally) tally = ec_tally_new (scenario);
            g_assert_cmpuint (sum_electoral (tally), ==, 538);
          }
        }
    }
}

static void
test_district_split_2020 (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2020, EC_SCENARIO_AS_CAST);
  EcCandidate *biden = candidate (scenario, "joe-biden");
  EcCandidate *trump = candidate (scenario, "donald-trump");

  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, biden), ==, 306);
  }

  /* Winner-take-all in both: Biden gains ME-2's vote back from Trump, loses NE-2's. */
  ec_scenario_set_split (scenario, "ME", FALSE);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, biden), ==, 307);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, trump), ==, 231);
  }
  ec_scenario_set_split (scenario, "NE", FALSE);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, biden), ==, 306);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, trump), ==, 232);
  }
  /* The districts remember their winners. */
  ec_scenario_set_split (scenario, "NE", TRUE);
  g_assert_true (ec_scenario_get_winner (scenario, "NE-2") == biden);
}

static void
test_undecided (void)
{
  g_autoptr(EcScenario) scenario = ec_scenario_new_blank (NULL);
  EcCandidate *d = candidate (scenario, "democratic-candidate");
  g_autoptr(EcTally) empty = ec_tally_new (scenario);
  g_autofree char *sentence = ec_tally_dup_outcome_sentence (empty);

  g_assert_cmpuint (ec_tally_get_undecided (empty), ==, 538);
  g_assert_cmpint (ec_tally_get_outcome (empty), ==, EC_OUTCOME_UNDECIDED);
  g_assert_cmpstr (sentence, ==, "538 electoral votes are still undecided");

  ec_scenario_set_winner (scenario, "CA", d);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, d), ==, 54);
    g_assert_cmpuint (ec_tally_get_undecided (tally), ==, 484);
    g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_UNDECIDED);
  }
}

static void
test_outcome_sentence (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  g_autofree char *sentence = ec_tally_dup_outcome_sentence (tally);

  g_assert_cmpstr (sentence, ==, "Donald Trump wins with 304 electoral votes");
}

/* Before 1804 the most votes elect: for John Adams to overtake George
 * Washington in 1789, 37 votes are not enough while Washington keeps 66;
 * 18 switching electors leave Adams 52 to Washington's 51. */
static void
test_two_votes_thresholds (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (1789, EC_SCENARIO_AS_CAST);
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  EcCandidate *runner_up = NULL;
  guint deny = 0, elect = 0;

  g_assert_cmpuint (ec_tally_get_majority (tally), ==, 37);
  g_assert_true (ec_tally_get_electors_to_deny (tally, &deny));
  g_assert_cmpuint (deny, ==, 69 - 36);
  g_assert_true (ec_tally_get_electors_to_elect_runner_up (tally, &runner_up, &elect));
  g_assert_cmpstr (ec_candidate_get_name (runner_up), ==, "John Adams");
  g_assert_cmpuint (elect, ==, 18);
  g_assert_cmpuint (34 + elect, >, 69 - elect);
  g_assert_cmpuint (34 + elect - 1, <=, 69 - (elect - 1));
}

static void
test_petition_thresholds (void)
{
  g_autoptr(EcScenario) pledged = load_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcScenario) as_cast = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcTally) tally = ec_tally_new (pledged);
  g_autoptr(EcTally) cast_tally = ec_tally_new (as_cast);
  EcCandidate *runner_up = NULL;
  guint deny = 0, elect = 0;

  /* The petition's arithmetic: 306 − 37 = 269 < 270; 232 + 38 = 270. */
  g_assert_true (ec_tally_get_electors_to_deny (tally, &deny));
  g_assert_cmpuint (deny, ==, 37);
  g_assert_true (ec_tally_get_electors_to_elect_runner_up (tally, &runner_up, &elect));
  g_assert_cmpuint (elect, ==, 38);
  g_assert_cmpstr (ec_candidate_get_name (runner_up), ==, "Hillary Clinton");

  g_assert_true (ec_tally_get_electors_to_deny (cast_tally, &deny));
  g_assert_cmpuint (deny, ==, 304 - 269);
  g_assert_cmpuint (ec_tally_get_faithless (cast_tally), ==, 7);

  /* Nobody to deny when nobody has a majority. */
  ec_scenario_add_faithless (pledged, "TX", NULL, 37, NULL, NULL);
  {
    g_autoptr(EcTally) contingent = ec_tally_new (pledged);
    g_assert_false (ec_tally_get_electors_to_deny (contingent, &deny));
  }
}

static void
test_implied_popular_vote (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcElection *election = ec_scenario_get_election (scenario);
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  EcCandidate *trump = candidate (scenario, "donald-trump");
  const char *states[] = { "PA", "MI", "WI" };
  gint64 expected_moved = 0;
  g_autoptr(EcTally) before = ec_tally_new (scenario);
  g_autoptr(EcTally) after = NULL;

  g_assert_false (ec_tally_has_implied_popular_vote (before));

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      EcUnit *unit = ec_election_get_unit (election, states[i]);

      expected_moved += (ec_unit_get_popular_votes (unit, trump) - ec_unit_get_popular_votes (unit, clinton)) / 2 + 1;
      ec_scenario_set_winner (scenario, states[i], clinton);
    }

  after = ec_tally_new (scenario);
  g_assert_true (ec_tally_has_implied_popular_vote (after));
  /* Three states flipped by about 39,000 voters moving (MIT/MEDSL figures). */
  g_assert_cmpint (ec_tally_get_voters_moved (after), ==, expected_moved);
  g_assert_cmpint (expected_moved, >, 30000);
  g_assert_cmpint (expected_moved, <, 50000);
  g_assert_cmpint (ec_tally_get_implied_popular_votes (after, clinton), ==,
                   ec_tally_get_popular_votes (after, clinton) + expected_moved);
  g_assert_cmpint (ec_tally_get_implied_popular_votes (after, trump), ==,
                   ec_tally_get_popular_votes (after, trump) - expected_moved);
  /* The real popular vote itself never changes. */
  g_assert_cmpint (ec_tally_get_popular_votes (after, clinton), ==, ec_tally_get_popular_votes (before, clinton));
  g_assert_cmpuint (ec_tally_get_electoral_votes (after, clinton), ==, 232 + 46);
}

/* A law applies from its year on: a Washington elector breaking a pledge
 * in 2020 is replaced under its 2019 law, one in 2016 is not. */
static void
test_laws_have_dates (void)
{
  const int years[] = { 2016, 2020 };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(EcScenario) scenario = load_scenario (years[i], EC_SCENARIO_PLEDGED);
      g_autoptr(EcTally) tally = NULL;
      const EcLaw *law = ec_laws_lookup (ec_laws_get_default (), "WA");

      g_assert_cmpuint (law->since, ==, 2019);
      g_assert_true (ec_scenario_add_faithless (scenario, "WA", NULL, 1, NULL, NULL));
      ec_scenario_set_apply_laws (scenario, TRUE);
      tally = ec_tally_new (scenario);
      g_assert_cmpuint (ec_tally_get_voided_by_law (tally), ==, years[i] >= (int) law->since ? 1 : 0);
      g_assert_cmpuint (ec_tally_get_law_unknown (tally), ==, 0);
    }
}

static void
test_apply_state_laws (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  EcCandidate *clinton = candidate (scenario, "hillary-clinton");
  EcCandidate *powell = candidate (scenario, "colin-powell");

  g_assert_true (ec_scenario_set_apply_laws (scenario, TRUE));

  /* The laws in force in 2016, the default: Washington adopted the
   * Uniform Faithful Presidential Electors Act in 2019, and in 2016 it
   * fined its four faithless electors but counted their votes. */
  g_assert_cmpint (ec_scenario_get_laws_date (scenario), ==, EC_LAWS_AT_ELECTION);
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    g_assert_cmpuint (ec_tally_get_voided_by_law (tally), ==, 0);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, clinton), ==, 227);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, powell), ==, 3);
  }

  g_assert_true (ec_scenario_set_laws_date (scenario, EC_LAWS_TODAY));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);

    /* Today Washington voids faithless votes: its four go back to
     * Clinton; Hawaii and Texas do not. */
    g_assert_cmpuint (ec_tally_get_voided_by_law (tally), ==, 4);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, clinton), ==, 231);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, powell), ==, 0);
    g_assert_cmpuint (ec_tally_get_faithless (tally), ==, 3);
  }

  /* The electors are still there: without the laws, the old count. */
  g_assert_true (ec_scenario_set_apply_laws (scenario, FALSE));
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);
    g_assert_cmpuint (ec_tally_get_electoral_votes (tally, clinton), ==, 227);
  }
}

/* Counted one unit at a time, as the map draws them, the votes add up to
 * the tally's, for every election, as cast, as pledged and under the state
 * laws, and the votes the laws cancel too. */
static void
test_count_unit (void)
{
  guint n_years;
  const int *years = ec_election_get_years (&n_years);

  for (guint y = 0; y < n_years; y++)
    {
      for (guint variant = 0; variant < 3; variant++)
        {
          g_autoptr(EcScenario) scenario = load_scenario (years[y], variant == 1 ? EC_SCENARIO_PLEDGED : EC_SCENARIO_AS_CAST);
          g_autoptr(EcTally) tally = NULL;
          g_autoptr(GPtrArray) units = NULL;
          GPtrArray *candidates = ec_scenario_get_candidates (scenario);
          g_autofree guint *sums = g_new0 (guint, candidates->len);
          guint voided = 0;

          if (variant == 2)
            {
              ec_scenario_set_apply_laws (scenario, TRUE);
              ec_scenario_set_laws_date (scenario, EC_LAWS_TODAY);
            }
          tally = ec_tally_new (scenario);
          units = ec_scenario_list_active_units (scenario);

          for (guint u = 0; u < units->len; u++)
            {
              EcUnitShare shares[EC_UNIT_SHARES_MAX];
              EcCandidate *winner = ec_scenario_get_winner (scenario, ec_unit_get_id (g_ptr_array_index (units, u)));
              guint unit_voided;
              guint n = ec_tally_count_unit (scenario, g_ptr_array_index (units, u), shares, &unit_voided);

              voided += unit_voided;
              for (guint i = 0; i < n; i++)
                {
                  guint index;

                  /* The winner first, then the most votes first. */
                  if (i > 0 && shares[i - 1].candidate != winner)
                    g_assert_cmpuint (shares[i - 1].votes, >=, shares[i].votes);
                  g_assert_cmpuint (shares[i].votes, >, 0);
                  if (shares[i].candidate == NULL)
                    continue;
                  g_assert_true (g_ptr_array_find (candidates, shares[i].candidate, &index));
                  sums[index] += shares[i].votes;
                }
            }

          for (guint i = 0; i < candidates->len; i++)
            {
              EcCandidate *candidate = g_ptr_array_index (candidates, i);

              if (sums[i] != ec_tally_get_electoral_votes (tally, candidate))
                g_test_message ("%d (%u): %s", years[y], variant, ec_candidate_get_name (candidate));
              g_assert_cmpuint (sums[i], ==, ec_tally_get_electoral_votes (tally, candidate));
            }
          g_assert_cmpuint (voided, ==, ec_tally_get_voided_by_law (tally));
        }
    }
}

/* Washington's four faithless votes in 2016 split the state as cast, and
 * are cancelled by its 2019 law under today's laws. */
static void
test_count_unit_2016 (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  EcUnit *wa = ec_election_get_unit (ec_scenario_get_election (scenario), "WA");
  EcUnitShare shares[EC_UNIT_SHARES_MAX];
  guint voided;
  guint n;

  n = ec_tally_count_unit (scenario, wa, shares, &voided);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (ec_candidate_get_id (shares[0].candidate), ==, "hillary-clinton");
  g_assert_cmpuint (shares[0].votes, ==, 8);
  g_assert_cmpstr (ec_candidate_get_id (shares[1].candidate), ==, "colin-powell");
  g_assert_cmpuint (shares[1].votes, ==, 3);
  g_assert_cmpstr (ec_candidate_get_id (shares[2].candidate), ==, "faith-spotted-eagle");
  g_assert_cmpuint (shares[2].votes, ==, 1);
  g_assert_cmpuint (voided, ==, 0);

  ec_scenario_set_apply_laws (scenario, TRUE);
  ec_scenario_set_laws_date (scenario, EC_LAWS_TODAY);
  n = ec_tally_count_unit (scenario, wa, shares, &voided);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (shares[0].votes, ==, 12);
  g_assert_cmpuint (voided, ==, 4);

  /* Nobody has won an undecided unit. */
  ec_scenario_set_winner (scenario, "WA", NULL);
  g_assert_cmpuint (ec_tally_count_unit (scenario, wa, shares, &voided), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "official-results.json", NULL);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  official = json_node_get_object (json_parser_get_root (parser));

  g_test_add_func ("/ec/tally/official-results", test_official_results);
  g_test_add_func ("/ec/tally/official-popular-vote", test_official_popular_vote);
  g_test_add_func ("/ec/tally/famous-years", test_famous_years);
  g_test_add_func ("/ec/tally/not-counted", test_not_counted);
  g_test_add_func ("/ec/tally/replay-history", test_replay_history);
  g_test_add_func ("/ec/tally/tie", test_tie);
  g_test_add_func ("/ec/tally/third-party-no-majority", test_third_party_no_majority);
  g_test_add_func ("/ec/tally/abstentions-keep-270", test_abstentions_keep_270);
  g_test_add_func ("/ec/tally/faithless-keep-popular-vote", test_faithless_keep_popular_vote);
  g_test_add_func ("/ec/tally/district-method", test_district_method);
  g_test_add_func ("/ec/tally/district-split-2020", test_district_split_2020);
  g_test_add_func ("/ec/tally/undecided", test_undecided);
  g_test_add_func ("/ec/tally/outcome-sentence", test_outcome_sentence);
  g_test_add_func ("/ec/tally/petition-thresholds", test_petition_thresholds);
  g_test_add_func ("/ec/tally/two-votes-thresholds", test_two_votes_thresholds);
  g_test_add_func ("/ec/tally/implied-popular-vote", test_implied_popular_vote);
  g_test_add_func ("/ec/tally/apply-state-laws", test_apply_state_laws);
  g_test_add_func ("/ec/tally/laws-have-dates", test_laws_have_dates);
  g_test_add_func ("/ec/tally/count-unit", test_count_unit);
  g_test_add_func ("/ec/tally/count-unit-2016", test_count_unit_2016);

  return g_test_run ();
}
