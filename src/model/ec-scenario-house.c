/* ec-scenario-house.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-scenario-private.h"

/* How the user set state delegations to vote if the House chooses the
 * president. The rules of that vote are in src/analysis; the scenario
 * only keeps, and saves, what the user changed. */

/**
 * ec_scenario_get_house_vote:
 * @self: a #EcScenario
 * @state_id: a state's id
 * @candidate: (out) (optional) (transfer none) (nullable): whom the
 *   delegation votes for, or %NULL for no vote
 *
 * Whether the user set how @state_id's House delegation votes in a
 * contingent election, rather than leaving each member to vote for their
 * party's candidate.
 *
 * Returns: %TRUE if the vote was set, with @candidate filled in
 */
gboolean
ec_scenario_get_house_vote (EcScenario   *self,
                            const char   *state_id,
                            EcCandidate **candidate)
{
  gpointer value = NULL;
  gboolean set;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (state_id != NULL, FALSE);

  set = g_hash_table_lookup_extended (self->house_votes, state_id, NULL, &value);
  if (candidate != NULL)
    *candidate = value;

  return set;
}

/**
 * ec_scenario_list_house_votes:
 * @self: a #EcScenario
 *
 * Returns: (transfer container) (element-type utf8): the ids of the states
 *   whose delegation vote the user set, in the order of the election's states
 */
GPtrArray *
ec_scenario_list_house_votes (EcScenario *self)
{
  GPtrArray *ids;
  GPtrArray *states;

  g_return_val_if_fail (EC_IS_SCENARIO (self), NULL);

  ids = g_ptr_array_new ();
  states = ec_election_get_states (self->election);
  for (guint i = 0; i < states->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (states, i));

      if (g_hash_table_contains (self->house_votes, id))
        g_ptr_array_add (ids, (char *)id);
    }

  return ids;
}

/**
 * ec_scenario_set_house_vote:
 * @self: a #EcScenario
 * @state_id: a state with members in the House (not DC, not a district)
 * @candidate: (nullable): whom the delegation votes for, or %NULL for no vote
 *
 * Sets how a state's delegation votes in a contingent election.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
ec_scenario_set_house_vote (EcScenario  *self,
                            const char  *state_id,
                            EcCandidate *candidate)
{
  EcCandidate *current;
  EcUnit *unit;

  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (candidate == NULL || EC_IS_CANDIDATE (candidate), FALSE);

  unit = ec_election_get_unit (self->election, state_id);
  g_return_val_if_fail (unit != NULL && ec_scenario_is_house_state (self, unit), FALSE);
  g_return_val_if_fail (candidate == NULL || g_ptr_array_find (self->candidates, candidate, NULL), FALSE);

  if (ec_scenario_get_house_vote (self, state_id, &current) && current == candidate)
    return FALSE;

  g_hash_table_insert (self->house_votes, g_strdup (state_id),
                       candidate != NULL ? g_object_ref (candidate) : NULL);
  ec_scenario_emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_clear_house_vote:
 * @self: a #EcScenario
 * @state_id: a state's id
 *
 * Lets the state's delegation vote along party lines again.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
ec_scenario_clear_house_vote (EcScenario *self,
                              const char *state_id)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (state_id != NULL, FALSE);

  if (!g_hash_table_remove (self->house_votes, state_id))
    return FALSE;

  ec_scenario_emit_changed (self);

  return TRUE;
}

/**
 * ec_scenario_is_house_state:
 * @self: a #EcScenario
 * @unit: a unit of the scenario's election
 *
 * Whether @unit has a delegation that votes in a contingent election: a
 * state, not a district, and not the District of Columbia, which has no
 * vote in the House.
 *
 * Returns: %TRUE for the fifty states
 */
gboolean
ec_scenario_is_house_state (EcScenario *self,
                            EcUnit     *unit)
{
  g_return_val_if_fail (EC_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (EC_IS_UNIT (unit), FALSE);

  return ec_unit_get_kind (unit) == EC_UNIT_STATE && !g_str_equal (ec_unit_get_id (unit), "DC");
}
