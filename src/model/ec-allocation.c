/* ec-allocation.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-allocation.h"

typedef struct {
  EcCandidate *candidate;
  guint        votes;
} Share;

typedef struct {
  GArray *shares;
  guint   others;
  guint   undecided;
} UnitShares;

struct _EcAllocation
{
  gatomicrefcount  ref_count;
  /* unit id (interned by the election) → UnitShares */
  GHashTable      *units;
};

G_DEFINE_BOXED_TYPE (EcAllocation, ec_allocation, ec_allocation_ref, ec_allocation_unref)

static const EcSystemHooks *system_hooks;

/**
 * ec_system_set_hooks:
 * @hooks: (nullable): the functions that apportion and allocate, or %NULL
 *
 * Installs the arithmetic of other electoral systems; the analysis layer
 * calls it once when the program starts.
 */
void
ec_system_set_hooks (const EcSystemHooks *hooks)
{
  system_hooks = hooks;
}

/**
 * ec_system_get_hooks:
 *
 * Returns: (transfer none) (nullable): the installed hooks, or %NULL in a
 *   program without the analysis layer
 */
const EcSystemHooks *
ec_system_get_hooks (void)
{
  return system_hooks;
}

static void
unit_shares_free (UnitShares *shares)
{
  g_array_unref (shares->shares);
  g_free (shares);
}

/**
 * ec_allocation_new:
 *
 * Returns: (transfer full): an empty allocation: every unit goes whole to
 *   its winner until it is given shares
 */
EcAllocation *
ec_allocation_new (void)
{
  EcAllocation *self = g_new0 (EcAllocation, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)unit_shares_free);

  return self;
}

/**
 * ec_allocation_ref:
 * @self: a #EcAllocation
 *
 * Returns: (transfer full): @self
 */
EcAllocation *
ec_allocation_ref (EcAllocation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_allocation_unref:
 * @self: (transfer full): a #EcAllocation
 *
 * Drops a reference to @self.
 */
void
ec_allocation_unref (EcAllocation *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_hash_table_unref (self->units);
      g_free (self);
    }
}

/**
 * ec_allocation_for_scenario:
 * @scenario: a #EcScenario
 *
 * Returns: (transfer full) (nullable): how @scenario's method splits each
 *   unit's electors, or %NULL when every unit goes whole to its winner
 */
EcAllocation *
ec_allocation_for_scenario (EcScenario *scenario)
{
  EcMethod method;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  method = ec_scenario_get_method (scenario);
  if (method == EC_METHOD_WINNER_TAKE_ALL || method == EC_METHOD_DISTRICT)
    return NULL;

  /* Counting a proportional scenario as winner-take-all would show a
   * student wrong numbers; a program that reads such files links analysis. */
  g_return_val_if_fail (system_hooks != NULL, NULL);

  return system_hooks->allocate (scenario);
}

static UnitShares *
ensure_unit (EcAllocation *self,
             const char   *unit_id)
{
  UnitShares *shares = g_hash_table_lookup (self->units, unit_id);

  if (shares == NULL)
    {
      shares = g_new0 (UnitShares, 1);
      shares->shares = g_array_new (FALSE, FALSE, sizeof (Share));
      g_hash_table_insert (self->units, g_strdup (unit_id), shares);
    }

  return shares;
}

/**
 * ec_allocation_add:
 * @self: a #EcAllocation
 * @unit_id: a unit
 * @candidate: who receives the votes
 * @votes: how many of the unit's electors vote for @candidate
 *
 * Gives @candidate @votes of the unit's electors.
 */
void
ec_allocation_add (EcAllocation *self,
                   const char   *unit_id,
                   EcCandidate  *candidate,
                   guint         votes)
{
  UnitShares *shares;
  Share share = { candidate, votes };

  g_return_if_fail (self != NULL);
  g_return_if_fail (unit_id != NULL);
  g_return_if_fail (EC_IS_CANDIDATE (candidate));

  shares = ensure_unit (self, unit_id);
  for (guint i = 0; i < shares->shares->len; i++)
    if (g_array_index (shares->shares, Share, i).candidate == candidate)
      {
        g_array_index (shares->shares, Share, i).votes += votes;
        return;
      }

  g_array_append_val (shares->shares, share);
}

/**
 * ec_allocation_add_others:
 * @self: a #EcAllocation
 * @unit_id: a unit
 * @votes: electors won by candidates the data does not name
 *
 * The sources give minor candidates' votes only as a total, so electors
 * that total wins go to nobody the tally can name.
 */
void
ec_allocation_add_others (EcAllocation *self,
                          const char   *unit_id,
                          guint         votes)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (unit_id != NULL);

  ensure_unit (self, unit_id)->others += votes;
}

/**
 * ec_allocation_add_undecided:
 * @self: a #EcAllocation
 * @unit_id: a unit
 * @votes: electors nobody has won yet
 *
 * Leaves @votes of the unit's electors undecided.
 */
void
ec_allocation_add_undecided (EcAllocation *self,
                             const char   *unit_id,
                             guint         votes)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (unit_id != NULL);

  ensure_unit (self, unit_id)->undecided += votes;
}

/**
 * ec_allocation_has_unit:
 * @self: a #EcAllocation
 * @unit_id: a unit
 *
 * Returns: whether the allocation decides the unit's electors
 */
gboolean
ec_allocation_has_unit (EcAllocation *self,
                        const char   *unit_id)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_contains (self->units, unit_id);
}

/**
 * ec_allocation_get_votes:
 * @self: a #EcAllocation
 * @unit_id: a unit
 * @candidate: a candidate
 *
 * Returns: the unit's electors who vote for @candidate
 */
guint
ec_allocation_get_votes (EcAllocation *self,
                         const char   *unit_id,
                         EcCandidate  *candidate)
{
  UnitShares *shares;

  g_return_val_if_fail (self != NULL, 0);

  shares = g_hash_table_lookup (self->units, unit_id);
  for (guint i = 0; shares != NULL && i < shares->shares->len; i++)
    if (g_array_index (shares->shares, Share, i).candidate == candidate)
      return g_array_index (shares->shares, Share, i).votes;

  return 0;
}

/**
 * ec_allocation_get_others:
 * @self: a #EcAllocation
 * @unit_id: a unit
 *
 * Returns: the unit's electors won by candidates the data does not name
 */
guint
ec_allocation_get_others (EcAllocation *self,
                          const char   *unit_id)
{
  UnitShares *shares;

  g_return_val_if_fail (self != NULL, 0);

  shares = g_hash_table_lookup (self->units, unit_id);

  return shares != NULL ? shares->others : 0;
}

/**
 * ec_allocation_get_undecided:
 * @self: a #EcAllocation
 * @unit_id: a unit
 *
 * Returns: the unit's electors not decided yet
 */
guint
ec_allocation_get_undecided (EcAllocation *self,
                             const char   *unit_id)
{
  UnitShares *shares;

  g_return_val_if_fail (self != NULL, 0);

  shares = g_hash_table_lookup (self->units, unit_id);

  return shares != NULL ? shares->undecided : 0;
}
