/* test-history.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-history.h"
#include "ec-tally.h"

static void
test_undo_redo (void)
{
  g_autoptr(EcHistory) history = ec_history_new ();

  g_assert_false (ec_history_can_undo (history));
  g_assert_null (ec_history_undo (history));

  ec_history_record (history, "a");
  g_assert_false (ec_history_can_undo (history));
  ec_history_record (history, "b");
  ec_history_record (history, "b");
  ec_history_record (history, "c");

  g_assert_cmpstr (ec_history_undo (history), ==, "b");
  g_assert_cmpstr (ec_history_undo (history), ==, "a");
  g_assert_null (ec_history_undo (history));
  g_assert_cmpstr (ec_history_redo (history), ==, "b");
  g_assert_true (ec_history_can_redo (history));

  /* A new change forgets what could be redone. */
  ec_history_record (history, "d");
  g_assert_false (ec_history_can_redo (history));
  g_assert_cmpstr (ec_history_undo (history), ==, "b");
  g_assert_cmpstr (ec_history_get_current (history), ==, "b");

  ec_history_reset (history, "x");
  g_assert_false (ec_history_can_undo (history));
  g_assert_false (ec_history_can_redo (history));
}

static char *
tally_text (EcScenario *scenario)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  g_autoptr(JsonNode) node = ec_tally_to_json (tally);

  return json_to_string (node, FALSE);
}

/* Undo and redo through saved scenarios land on the same tallies. */
static void
test_scenario_sequence (void)
{
  g_autoptr(EcHistory) history = ec_history_new ();
  g_autoptr(EcElection) election = ec_election_new_for_year (2016, NULL);
  g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_PLEDGED);
  g_autoptr(GPtrArray) tallies = g_ptr_array_new_with_free_func (g_free);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  int position;

  {
    g_autofree char *start = ec_scenario_to_data (scenario, NULL);

    ec_history_record (history, start);
    g_ptr_array_add (tallies, tally_text (scenario));
  }

#define STEP(expr) \
  G_STMT_START { \
    g_autofree char *data = NULL; \
    expr; \
    data = ec_scenario_to_data (scenario, NULL); \
    ec_history_record (history, data); \
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
      const char *data = ec_history_undo (history);
      g_autoptr(EcScenario) restored = ec_scenario_new_from_data (data, strlen (data), NULL);
      g_autofree char *text = tally_text (restored);

      g_assert_cmpstr (text, ==, g_ptr_array_index (tallies, position));
    }
  g_assert_false (ec_history_can_undo (history));

  /* ...and forward again. */
  for (position = 1; position < (int)tallies->len; position++)
    {
      const char *data = ec_history_redo (history);
      g_autoptr(EcScenario) restored = ec_scenario_new_from_data (data, strlen (data), NULL);
      g_autofree char *text = tally_text (restored);

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
