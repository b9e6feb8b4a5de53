/* ec-allocate.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-allocate.h"
#include "ec-apportion.h"

/**
 * ec_allocate_largest_remainder:
 * @votes: (array length=n_shares): each side's votes
 * @n_shares: the number of sides
 * @electors: the electors to share out
 * @won: (out caller-allocates) (array length=n_shares): each side's electors
 *
 * Hamilton's method, also called largest remainder: each side gets the
 * whole part of its exact share, votes × electors / all votes, and the
 * electors left over go one each to the largest fractional parts (on a
 * tie, to the side with more votes, then the first). Integer arithmetic,
 * so no rounding error can give an elector to the wrong side.
 */
void
ec_allocate_largest_remainder (const gint64 *votes,
                               guint         n_shares,
                               guint         electors,
                               guint        *won)
{
  gint64 total = 0;
  guint given = 0;
  g_autofree gint64 *remainders = g_new0 (gint64, n_shares);

  g_return_if_fail (won != NULL);

  for (guint i = 0; i < n_shares; i++)
    total += MAX (votes[i], 0);

  for (guint i = 0; i < n_shares; i++)
    {
      gint64 exact = MAX (votes[i], 0) * (gint64)electors;

      won[i] = total > 0 ? exact / total : 0;
      remainders[i] = total > 0 ? exact % total : 0;
      given += won[i];
    }

  if (total == 0)
    return;

  while (given < electors)
    {
      guint best = 0;

      for (guint i = 1; i < n_shares; i++)
        if (remainders[i] > remainders[best] ||
            (remainders[i] == remainders[best] && votes[i] > votes[best]))
          best = i;

      won[best]++;
      remainders[best] = -1;
      given++;
    }
}

/* The popular vote the scenario implies, as the tally counts it: a unit
 * given to someone other than its real winner moves half its margin plus
 * one vote from the real winner to the new one. Fills @votes (one column
 * per candidate, then the others') for @unit. */
static void
implied_unit_votes (EcScenario *scenario,
                    EcUnit     *unit,
                    GPtrArray  *candidates,
                    gint64     *votes)
{
  EcCandidate *real = ec_unit_get_winner (unit);
  EcCandidate *now = ec_scenario_get_winner (scenario, ec_unit_get_id (unit));
  guint real_at = G_MAXUINT;
  guint now_at = G_MAXUINT;

  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (candidates, i);

      votes[i] = ec_unit_get_popular_votes (unit, candidate);
      if (candidate == real)
        real_at = i;
      if (candidate == now)
        now_at = i;
    }
  votes[candidates->len] = ec_unit_get_other_votes (unit);

  if (real_at != G_MAXUINT && now_at != G_MAXUINT && real_at != now_at)
    {
      gint64 moved = MAX ((votes[real_at] - votes[now_at]) / 2 + 1, 1);

      votes[real_at] -= moved;
      votes[now_at] += moved;
    }
}

/* The national popular-vote winner of the implied vote, or NULL without a
 * popular vote. Statewide figures only, as the tally counts them, with each
 * changed unit's moved votes. */
static EcCandidate *
national_winner (EcScenario *scenario,
                 GPtrArray  *units,
                 GPtrArray  *candidates)
{
  EcElection *election = ec_scenario_get_election (scenario);
  GPtrArray *states = ec_election_get_states (election);
  g_autofree gint64 *total = g_new0 (gint64, candidates->len + 1);
  g_autofree gint64 *votes = g_new0 (gint64, candidates->len + 1);
  EcCandidate *best = NULL;
  gint64 most = 0;

  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i);

      if (!ec_unit_has_popular_votes (state))
        continue;
      for (guint j = 0; j < candidates->len; j++)
        total[j] += ec_unit_get_popular_votes (state, g_ptr_array_index (candidates, j));
    }

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);

      if (!ec_unit_has_popular_votes (unit))
        continue;
      implied_unit_votes (scenario, unit, candidates, votes);
      for (guint j = 0; j < candidates->len; j++)
        total[j] += votes[j] - ec_unit_get_popular_votes (unit, g_ptr_array_index (candidates, j));
    }

  for (guint j = 0; j < candidates->len; j++)
    if (total[j] > most)
      {
        most = total[j];
        best = g_ptr_array_index (candidates, j);
      }

  return best;
}

/**
 * ec_compact_is_member:
 * @scenario: a #EcScenario
 * @state_id: a postal code
 *
 * Returns: whether the state had joined the National Popular Vote
 *   Interstate Compact by the year of @scenario's election
 */
gboolean
ec_compact_is_member (EcScenario *scenario,
                      const char *state_id)
{
  EcElection *election;
  int joined;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), FALSE);

  election = ec_scenario_get_election (scenario);
  joined = ec_compact_get_joined (state_id);

  return joined > 0 && !ec_election_is_blank (election) && joined <= ec_election_get_year (election);
}

/**
 * ec_compact_get_status:
 * @scenario: a #EcScenario
 * @status: (out caller-allocates): the compact's members and electors
 *
 * The compact takes effect only when its members hold a majority of the
 * electors (270 of 538; more with a bigger House), by its own terms.
 */
void
ec_compact_get_status (EcScenario      *scenario,
                       EcCompactStatus *status)
{
  GPtrArray *states;

  g_return_if_fail (EC_IS_SCENARIO (scenario));
  g_return_if_fail (status != NULL);

  *status = (EcCompactStatus) { 0 };
  states = ec_election_get_states (ec_scenario_get_election (scenario));

  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i);
      GPtrArray *districts = ec_unit_get_districts (state);

      if (!ec_compact_is_member (scenario, ec_unit_get_id (state)))
        continue;

      status->members++;
      status->electors += ec_scenario_get_unit_electoral_votes (scenario, state);
      for (guint j = 0; j < districts->len; j++)
        status->electors += ec_scenario_get_unit_electoral_votes (scenario, g_ptr_array_index (districts, j));
    }

  status->needed = ec_scenario_get_electors_total (scenario) / 2 + 1;
  status->in_force = status->electors >= status->needed;
}

static void
allocate_proportional (EcScenario   *scenario,
                       EcAllocation *allocation,
                       EcUnit       *unit,
                       GPtrArray    *candidates,
                       guint         electors)
{
  g_autofree gint64 *votes = g_new0 (gint64, candidates->len + 1);
  g_autofree guint *won = g_new0 (guint, candidates->len + 1);
  const char *id = ec_unit_get_id (unit);

  implied_unit_votes (scenario, unit, candidates, votes);
  ec_allocate_largest_remainder (votes, candidates->len + 1, electors, won);

  for (guint j = 0; j < candidates->len; j++)
    if (won[j] > 0)
      ec_allocation_add (allocation, id, g_ptr_array_index (candidates, j), won[j]);
  ec_allocation_add_others (allocation, id, won[candidates->len]);
}

/**
 * ec_allocate_scenario:
 * @scenario: a #EcScenario
 *
 * Decides each unit's electors under the scenario's method: proportional
 * units split by their popular vote (the implied one, for a unit given to
 * someone else), national-popular-vote and in-force compact members give
 * every elector to the national winner. An undecided unit stays undecided
 * under every method. Units left out go whole to their winner.
 *
 * Returns: (transfer full) (nullable): the allocation, or %NULL under
 *   winner-take-all and the district method
 */
EcAllocation *
ec_allocate_scenario (EcScenario *scenario)
{
  g_autoptr(EcAllocation) allocation = NULL;
  g_autoptr(GPtrArray) units = NULL;
  GPtrArray *candidates;
  EcCandidate *national = NULL;
  EcCompactStatus compact = { 0 };
  EcMethod method;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  method = ec_scenario_get_method (scenario);
  if (method == EC_METHOD_WINNER_TAKE_ALL || method == EC_METHOD_DISTRICT)
    return NULL;

  allocation = ec_allocation_new ();
  units = ec_scenario_list_active_units (scenario);
  candidates = ec_scenario_get_candidates (scenario);

  if (method == EC_METHOD_NATIONAL_POPULAR_VOTE || method == EC_METHOD_COMPACT)
    national = national_winner (scenario, units, candidates);
  if (method == EC_METHOD_COMPACT)
    ec_compact_get_status (scenario, &compact);

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);
      const char *id = ec_unit_get_id (unit);
      guint electors = ec_scenario_get_unit_electoral_votes (scenario, unit);
      EcMethod own = ec_scenario_get_state_method (scenario, ec_unit_get_state_id (unit));

      if (ec_scenario_get_winner (scenario, id) == NULL)
        {
          ec_allocation_add_undecided (allocation, id, electors);
          continue;
        }

      if (own == EC_METHOD_PROPORTIONAL && ec_unit_has_popular_votes (unit))
        allocate_proportional (scenario, allocation, unit, candidates, electors);
      else if (national != NULL &&
               (own == EC_METHOD_NATIONAL_POPULAR_VOTE ||
                (own == EC_METHOD_COMPACT && compact.in_force &&
                 ec_compact_is_member (scenario, ec_unit_get_state_id (unit)))))
        ec_allocation_add (allocation, id, national, electors);
    }

  return g_steal_pointer (&allocation);
}

/**
 * ec_apportion_election:
 * @election: a #EcElection whose census populations are bundled
 * @house_size: the number of House seats
 * @electors: (element-type utf8 guint): filled with each state's electors,
 *   its seats plus its two senators, keyed by interned postal codes
 * @error: return location for a #GError
 *
 * Re-apportions @election's House by Huntington–Hill. DC is not in the
 * apportionment and keeps its electors: the 23rd Amendment gives it as many
 * as it would have as a state, never more than the smallest state, and its
 * population is not in the bundled census tables.
 *
 * Returns: %FALSE with @error set if the census is not bundled
 */
gboolean
ec_apportion_election (EcElection  *election,
                       guint        house_size,
                       GHashTable  *electors,
                       GError     **error)
{
  const EcCensus *census;
  guint seats[64];

  g_return_val_if_fail (EC_IS_ELECTION (election), FALSE);
  g_return_val_if_fail (electors != NULL, FALSE);

  census = ec_census_for_election (election);
  if (census == NULL || census->n_states > G_N_ELEMENTS (seats) ||
      !ec_apportion_huntington_hill (census->populations, census->n_states, house_size, seats))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The census populations behind this election are not bundled, "
                     "so its House cannot be re-apportioned"));
      return FALSE;
    }

  for (guint i = 0; i < census->n_states; i++)
    g_hash_table_insert (electors, (gpointer)census->state_ids[i], GUINT_TO_POINTER (seats[i] + 2));

  return TRUE;
}

static const EcSystemHooks hooks = {
  .apportion = ec_apportion_election,
  .allocate = ec_allocate_scenario,
};

/* Runs when the program starts, before main(): the analysis library is
 * linked whole into every program that uses it, so any scenario such a
 * program reads is counted by the code above. */
__attribute__((constructor)) static void
install_hooks (void)
{
  ec_system_set_hooks (&hooks);
}
