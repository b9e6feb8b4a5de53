/* test-history.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-history.h"
#include "ec-tally.h"

static EcScenario *
with_winner (EcScenario *base,
             const char *unit_id,
             const char *candidate_id)
{
  EcScenario *scenario = ec_scenario_copy (base);

  ec_scenario_set_winner (scenario, unit_id,
                          candidate_id ? ec_scenario_get_candidate (scenario, candidate_id) : NULL);
  return scenario;
}

static void
test_undo_redo (void)
{
  g_autoptr(EcHistory) history = ec_history_new ();
  g_autoptr(EcElection) election = ec_election_new_for_year (2000, NULL);
  g_autoptr(EcScenario) a = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) b = with_winner (a, "FL", "al-gore");
  g_autoptr(EcScenario) b_again = ec_scenario_copy (b);
  g_autoptr(EcScenario) c = with_winner (b, "OH", NULL);
  g_autoptr(EcScenario) d = with_winner (b, "TX", NULL);
  guint64 generation_a, generation_b;

  g_assert_false (ec_history_can_undo (history));
  g_assert_null (ec_history_undo (history));
  g_assert_cmpuint (ec_history_get_generation (history), ==, 0);

  g_assert_true (ec_history_record (history, a));
  generation_a = ec_history_get_generation (history);
  g_assert_cmpuint (generation_a, >, 0);
  g_assert_false (ec_history_can_undo (history));
  g_assert_true (ec_history_record (history, b));
  generation_b = ec_history_get_generation (history);
  /* An equal scenario is no new step. */
  g_assert_false (ec_history_record (history, b_again));
  g_assert_cmpuint (ec_history_get_generation (history), ==, generation_b);
  g_assert_true (ec_history_record (history, c));

  /* The history keeps copies: changing what was recorded changes nothing. */
  ec_scenario_set_winner (b, "CA", NULL);
  g_assert_true (ec_scenario_equal (ec_history_undo (history), b_again));
  g_assert_cmpuint (ec_history_get_generation (history), ==, generation_b);
  g_assert_true (ec_scenario_equal (ec_history_undo (history), a));
  g_assert_cmpuint (ec_history_get_generation (history), ==, generation_a);
  g_assert_null (ec_history_undo (history));
  g_assert_true (ec_scenario_equal (ec_history_redo (history), b_again));
  g_assert_true (ec_history_can_redo (history));

  /* A new change forgets what could be redone, and is a new generation even
   * where it comes back to an earlier scenario's place. */
  g_assert_true (ec_history_record (history, d));
  g_assert_false (ec_history_can_redo (history));
  g_assert_cmpuint (ec_history_get_generation (history), >, generation_b);
  g_assert_true (ec_scenario_equal (ec_history_undo (history), b_again));
  g_assert_true (ec_scenario_equal (ec_history_get_current (history), b_again));

  ec_history_reset (history, a);
  g_assert_false (ec_history_can_undo (history));
  g_assert_false (ec_history_can_redo (history));
  g_assert_cmpuint (ec_history_get_generation (history), !=, generation_a);
}

static char *
tally_text (EcScenario *scenario)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  g_autoptr(JsonNode) node = ec_tally_to_json (tally);

  return json_to_string (node, FALSE);
}

/* Undo and redo through recorded scenarios land on the same tallies. */
static void
test_scenario_sequence (void)
{
  g_autoptr(EcHistory) history = ec_history_new ();
  g_autoptr(EcElection) election = ec_election_new_for_year (2016, NULL);
  g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_PLEDGED);
  g_autoptr(GPtrArray) tallies = g_ptr_array_new_with_free_func (g_free);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  int position;

  ec_history_record (history, scenario);
  g_ptr_array_add (tallies, tally_text (scenario));

#define STEP(expr) \
  G_STMT_START { \
    expr; \
    ec_history_record (history, scenario); \
    g_ptr_array_add (tallies, tally_text (scenario)); \
  } G_STMT_END

  STEP (ec_scenario_set_winner (scenario, "FL", clinton));
  STEP (ec_scenario_set_split (scenario, "ME", FALSE));
  STEP (ec_scenario_add_faithless (scenario, "TX", NULL, 5, NULL, NULL));
  STEP (ec_scenario_set_apply_laws (scenario, TRUE));
  STEP (ec_scenario_set_winner (scenario, "OH", NULL));
#undef STEP

  /* All the way back, checking each step... */
  for (position = tallies->len - 2; position >= 0; position--)
    {
      g_autofree char *text = tally_text (ec_history_undo (history));

      g_assert_cmpstr (text, ==, g_ptr_array_index (tallies, position));
    }
  g_assert_false (ec_history_can_undo (history));

  /* ...and forward again. */
  for (position = 1; position < (int)tallies->len; position++)
    {
      g_autofree char *text = tally_text (ec_history_redo (history));

      g_assert_cmpstr (text, ==, g_ptr_array_index (tallies, position));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/history/undo-redo", test_undo_redo);
  g_test_add_func ("/ec/history/scenario-sequence", test_scenario_sequence);

  return g_test_run ();
}
