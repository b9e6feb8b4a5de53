/* ec-tally.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "ec-allocation.h"
#include "ec-laws.h"
#include "ec-tally.h"

typedef struct {
  EcCandidate *candidate;
  guint        electoral_votes;
  gint64       popular_votes;
  gint64       implied_popular_votes;
  gboolean     has_popular_votes;
  guint        order;
} Row;

struct _EcTally
{
  gatomicrefcount  ref_count;

  EcScenario      *scenario;
  /* How the scenario's method splits units, or NULL for winner-take-all. */
  EcAllocation    *allocation;
  guint            others;
  /* One row per candidate, most electoral votes first. */
  GArray          *rows;
  guint            electors_appointed;
  guint            abstentions;
  guint            not_voting;
  guint            rejected;
  guint            undecided;
  guint            faithless;
  guint            voided;
  /* Faithless votes counted because the data does not say whether the
   * state's voiding law was in force at the election. */
  guint            law_unknown;
  gint64           voters_moved;
  gboolean         units_changed;
  gint64           popular_total;
  EcOutcome        outcome;
  EcCandidate     *winner;
  EcCandidate     *vice_president;
  EcCandidate     *popular_winner;
  gboolean         has_popular_vote;
};

G_DEFINE_BOXED_TYPE (EcTally, ec_tally, ec_tally_ref, ec_tally_unref)

static Row *
find_row (EcTally     *self,
          EcCandidate *candidate)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->candidate == candidate)
        return row;
    }

  return NULL;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *ra = a;
  const Row *rb = b;

  if (ra->electoral_votes != rb->electoral_votes)
    return ra->electoral_votes > rb->electoral_votes ? -1 : 1;

  if (ra->popular_votes != rb->popular_votes)
    return ra->popular_votes > rb->popular_votes ? -1 : 1;

  /* Ties keep the scenario's order, so nothing jumps around on screen. */
  return (ra->order > rb->order) - (ra->order < rb->order);
}

/* Adds the votes of one unit. Where the data records how its electors
 * really voted (two votes each before 1804, split delegations, absences,
 * rejected votes) they vote that way, with the scenario's winner in the
 * place of the real one: a unit given to someone else keeps its split, its
 * absent electors and its second votes. Elsewhere all its electors vote for
 * the winner. Returns the votes the winner received from the unit. */
static guint
count_unit (EcTally *self,
            EcUnit  *unit)
{
  EcCandidate *winner = ec_scenario_get_winner (self->scenario, ec_unit_get_id (unit));
  EcCandidate *real = ec_unit_get_winner (unit);
  guint electors = ec_scenario_get_unit_electoral_votes (self->scenario, unit);
  guint given = 0;

  g_assert (winner == NULL || find_row (self, winner) != NULL);

  /* Another method decides the unit's electors (ec-allocation.h). */
  if (self->allocation != NULL && ec_allocation_has_unit (self->allocation, ec_unit_get_id (unit)))
    {
      for (guint i = 0; i < self->rows->len; i++)
        {
          Row *row = &g_array_index (self->rows, Row, i);

          row->electoral_votes += ec_allocation_get_votes (self->allocation, ec_unit_get_id (unit), row->candidate);
        }
      self->undecided += ec_allocation_get_undecided (self->allocation, ec_unit_get_id (unit));
      self->others += ec_allocation_get_others (self->allocation, ec_unit_get_id (unit));
      return winner != NULL ? ec_allocation_get_votes (self->allocation, ec_unit_get_id (unit), winner) : 0;
    }

  if (winner == NULL)
    {
      /* A state that cast no votes is not waiting for a winner. */
      if (ec_unit_casts_no_votes (unit))
        self->not_voting += electors;
      else
        self->undecided += electors;
      return 0;
    }

  /* A state that appointed no electors in reality does in this scenario. */
  if (ec_unit_casts_no_votes (unit))
    self->electors_appointed += electors;

  if (!ec_unit_has_electoral_votes_cast (unit) || real == NULL ||
      electors != ec_unit_get_electoral_votes (unit))
    {
      /* All the electors vote for the winner. Before 1804 that is one of
       * their two votes; the second is unknown for a unit that never voted
       * (New York in 1789), so it is not counted for anyone. */
      find_row (self, winner)->electoral_votes += electors;
      return electors;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      EcCandidate *as = row->candidate;
      guint votes;

      /* The new winner takes the real winner's votes, and the other way round. */
      if (as == winner)
        as = real;
      else if (as == real)
        as = winner;

      votes = ec_unit_get_electoral_votes_cast (unit, as);
      row->electoral_votes += votes;
      if (row->candidate == winner)
        given = votes;
    }

  self->not_voting += ec_unit_get_electors_not_voting (unit);
  self->rejected += ec_unit_get_votes_rejected (unit);

  return given;
}

static void
count_electoral_votes (EcTally *self)
{
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (self->scenario);
  g_autoptr(GHashTable) given = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *faithless = ec_scenario_get_faithless (self->scenario);

  /* A House of another size changes the electors, and the majority with them. */
  self->electors_appointed = ec_election_get_electors_appointed (ec_scenario_get_election (self->scenario)) +
                             ec_scenario_get_electors_total (self->scenario) -
                             ec_election_get_electors_total (ec_scenario_get_election (self->scenario));

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);

      g_hash_table_insert (given, (gpointer)ec_unit_get_id (unit), GUINT_TO_POINTER (count_unit (self, unit)));
    }

  /* Faithless electors move their own vote only: from the pledge to their
   * choice, or out of every column when they abstain. Where the scenario
   * applies state laws, a state that voids such votes replaces the elector,
   * and the vote stays with the pledge. */
  for (guint i = 0; i < faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (faithless, i);
      Row *from = find_row (self, f->from);
      EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (self->scenario), f->unit_id);
      guint left = GPOINTER_TO_UINT (g_hash_table_lookup (given, f->unit_id));
      gboolean unknown;
      guint count;

      if (ec_scenario_law_voids (self->scenario, unit, &unknown))
        {
          self->voided += f->count;
          continue;
        }
      if (unknown)
        self->law_unknown += f->count;

      /* In a unit whose electors split, only the winner's own electors can
       * break a pledge to the winner. */
      count = MIN (f->count, left);
      g_hash_table_insert (given, (gpointer)ec_unit_get_id (unit), GUINT_TO_POINTER (left - count));
      self->faithless += count;

      g_assert (from != NULL && from->electoral_votes >= count);

      from->electoral_votes -= count;
      if (f->to != NULL)
        find_row (self, f->to)->electoral_votes += count;
      else
        self->abstentions += count;
    }
}

static void
add_share (EcUnitShare *shares,
           guint       *n,
           EcCandidate *candidate,
           guint        votes)
{
  if (votes == 0)
    return;

  for (guint i = 0; i < *n; i++)
    {
      if (shares[i].candidate == candidate)
        {
          shares[i].votes += votes;
          return;
        }
    }

  if (*n < EC_UNIT_SHARES_MAX)
    shares[(*n)++] = (EcUnitShare) { candidate, votes };
}

static void
take_share (EcUnitShare *shares,
            guint       *n,
            EcCandidate *candidate,
            guint        votes)
{
  for (guint i = 0; i < *n; i++)
    {
      if (shares[i].candidate != candidate)
        continue;

      g_assert (shares[i].votes >= votes);
      shares[i].votes -= votes;
      if (shares[i].votes == 0)
        {
          memmove (&shares[i], &shares[i + 1], (*n - i - 1) * sizeof *shares);
          (*n)--;
        }
      return;
    }
}

/**
 * ec_tally_count_unit:
 * @scenario: a scenario
 * @unit: one of its election's units
 * @shares: (out caller-allocates) (array fixed-size=8): where the unit's
 *   electoral votes went, the winner's first, then the most votes first
 * @voided: (out) (optional): faithless votes in the unit that a state law
 *   cancelled: they stay with the pledge, and are among the winner's
 *
 * Counts one unit as ec_tally_new() counts it under winner-take-all: the
 * electors' votes as the data records them, with the scenario's winner in
 * the real winner's place, then the scenario's faithless electors. Another
 * method's split (ec-allocation.h) is not counted here. The map draws a
 * unit with several receivers as split.
 *
 * Returns: how many of @shares are set: 0 for a unit without a winner
 */
guint
ec_tally_count_unit (EcScenario  *scenario,
                     EcUnit      *unit,
                     EcUnitShare  shares[EC_UNIT_SHARES_MAX],
                     guint       *voided)
{
  EcCandidate *winner;
  EcCandidate *real;
  GPtrArray *faithless;
  guint electors;
  guint given;
  guint n = 0;
  gboolean voids = FALSE;
  gboolean asked = FALSE;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), 0);
  g_return_val_if_fail (EC_IS_UNIT (unit), 0);
  g_return_val_if_fail (shares != NULL, 0);

  if (voided != NULL)
    *voided = 0;

  winner = ec_scenario_get_winner (scenario, ec_unit_get_id (unit));
  if (winner == NULL)
    return 0;

  real = ec_unit_get_winner (unit);
  electors = ec_scenario_get_unit_electoral_votes (scenario, unit);

  if (!ec_unit_has_electoral_votes_cast (unit) || real == NULL ||
      electors != ec_unit_get_electoral_votes (unit))
    {
      add_share (shares, &n, winner, electors);
      given = electors;
    }
  else
    {
      GPtrArray *candidates = ec_scenario_get_candidates (scenario);

      /* As count_unit(): the new winner takes the real winner's votes, and
       * the other way round. */
      given = ec_unit_get_electoral_votes_cast (unit, real);
      add_share (shares, &n, winner, given);
      for (guint i = 0; i < candidates->len; i++)
        {
          EcCandidate *candidate = g_ptr_array_index (candidates, i);

          if (candidate == winner)
            continue;
          add_share (shares, &n, candidate,
                     ec_unit_get_electoral_votes_cast (unit, candidate == real ? winner : candidate));
        }
      add_share (shares, &n, NULL, ec_unit_get_electors_not_voting (unit));
    }

  faithless = ec_scenario_get_faithless (scenario);
  for (guint i = 0; i < faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (faithless, i);
      guint count;

      if (!g_str_equal (f->unit_id, ec_unit_get_id (unit)))
        continue;

      if (!asked)
        {
          voids = ec_scenario_law_voids (scenario, unit, NULL);
          asked = TRUE;
        }
      if (voids)
        {
          if (voided != NULL)
            *voided += f->count;
          continue;
        }

      count = MIN (f->count, given);
      given -= count;
      take_share (shares, &n, f->from, count);
      add_share (shares, &n, f->to, count);
    }

  /* The winner first, then the most votes first; ties keep their order. */
  for (guint i = 1; i < n; i++)
    {
      EcUnitShare share = shares[i];
      guint j = i;

      while (j > 0 && shares[j - 1].candidate != winner && shares[j - 1].votes < share.votes)
        {
          shares[j] = shares[j - 1];
          j--;
        }
      shares[j] = share;
    }

  return n;
}

static void
count_popular_votes (EcTally *self)
{
  EcElection *election = ec_scenario_get_election (self->scenario);
  GPtrArray *states = ec_election_get_states (election);
  gint64 best = 0;

  /* Statewide figures only: district votes are part of their state's. */
  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i);

      if (!ec_unit_has_popular_votes (state))
        continue;

      self->has_popular_vote = TRUE;
      self->popular_total += ec_unit_get_total_votes (state);

      for (guint j = 0; j < self->rows->len; j++)
        {
          Row *row = &g_array_index (self->rows, Row, j);
          gint64 votes = ec_unit_get_popular_votes (state, row->candidate);

          row->popular_votes += votes;
          row->has_popular_votes |= votes > 0;
        }
    }

  for (guint j = 0; j < self->rows->len; j++)
    {
      Row *row = &g_array_index (self->rows, Row, j);

      if (row->popular_votes > best)
        {
          best = row->popular_votes;
          self->popular_winner = row->candidate;
        }
    }
}

/* The implied popular vote: the real vote, plus for every unit given to
 * someone other than its real winner the fewest votes that flip it (half
 * the margin plus one), moved from the real winner to the new one. */
static void
count_implied_popular_votes (EcTally *self)
{
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (self->scenario);

  for (guint j = 0; j < self->rows->len; j++)
    {
      Row *row = &g_array_index (self->rows, Row, j);

      row->implied_popular_votes = row->popular_votes;
    }

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);
      EcCandidate *real = ec_unit_get_winner (unit);
      EcCandidate *now = ec_scenario_get_winner (self->scenario, ec_unit_get_id (unit));
      gint64 moved;
      Row *from;
      Row *to;

      if (real == NULL || now == NULL || now == real || !ec_unit_has_popular_votes (unit))
        continue;

      from = find_row (self, real);
      to = find_row (self, now);
      moved = (ec_unit_get_popular_votes (unit, real) - ec_unit_get_popular_votes (unit, now)) / 2 + 1;
      moved = MAX (moved, 1);

      from->implied_popular_votes -= moved;
      to->implied_popular_votes += moved;
      self->voters_moved += moved;
      self->units_changed = TRUE;
    }
}

static void
decide_outcome_twelfth (EcTally *self)
{
  guint majority = ec_tally_get_majority (self);
  const Row *leader = &g_array_index (self->rows, Row, 0);

  if (leader->electoral_votes >= majority)
    {
      self->outcome = EC_OUTCOME_WINNER;
      self->winner = leader->candidate;
    }
  else if (self->undecided > 0 && leader->electoral_votes + self->undecided >= majority)
    {
      /* Someone can still reach a majority with the open votes. */
      self->outcome = EC_OUTCOME_UNDECIDED;
    }
  else
    {
      /* Nobody can reach a majority of the electors appointed: under the
       * 12th Amendment the House chooses, one vote per state delegation. */
      self->outcome = EC_OUTCOME_CONTINGENT;
    }
}

/* Article II, clause 3, before the 12th Amendment: the person with the
 * most votes is president if they come from a majority of the electors
 * appointed; if two such persons tie, the House chooses between them; with
 * no majority, among the five highest. The runner-up is vice president. */
static void
decide_outcome_two_votes (EcTally *self)
{
  guint majority = ec_tally_get_majority (self);
  const Row *first = &g_array_index (self->rows, Row, 0);
  guint second = self->rows->len > 1 ? g_array_index (self->rows, Row, 1).electoral_votes : 0;
  guint third = self->rows->len > 2 ? g_array_index (self->rows, Row, 2).electoral_votes : 0;

  /* An undecided elector gives at most one vote to each of two people. */
  if (first->electoral_votes >= majority && second + self->undecided < first->electoral_votes)
    {
      self->outcome = EC_OUTCOME_WINNER;
      self->winner = first->candidate;
      if (second > 0 && second > third + self->undecided)
        self->vice_president = g_array_index (self->rows, Row, 1).candidate;
    }
  else if (self->undecided > 0 && first->electoral_votes + self->undecided >= majority)
    {
      self->outcome = EC_OUTCOME_UNDECIDED;
    }
  else
    {
      self->outcome = EC_OUTCOME_CONTINGENT;
    }
}

static void
decide_outcome (EcTally *self)
{
  g_array_sort (self->rows, compare_rows);

  if (ec_tally_get_rules (self) == EC_ELECTION_RULES_TWO_VOTES)
    decide_outcome_two_votes (self);
  else
    decide_outcome_twelfth (self);
}

/**
 * ec_tally_new:
 * @scenario: a #EcScenario
 *
 * Counts the electoral votes of @scenario. The tally is a snapshot: it does
 * not follow later changes to the scenario.
 *
 * Returns: (transfer full): the tally
 */
EcTally *
ec_tally_new (EcScenario *scenario)
{
  EcTally *self;
  GPtrArray *candidates;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  self = g_new0 (EcTally, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->scenario = g_object_ref (scenario);
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->allocation = ec_allocation_for_scenario (scenario);

  candidates = ec_scenario_get_candidates (scenario);
  for (guint i = 0; i < candidates->len; i++)
    {
      Row row = { g_ptr_array_index (candidates, i), 0, 0, 0, FALSE, i };

      g_array_append_val (self->rows, row);
    }

  count_electoral_votes (self);
  count_popular_votes (self);
  if (self->has_popular_vote)
    count_implied_popular_votes (self);
  decide_outcome (self);

  return self;
}

/**
 * ec_tally_ref:
 * @self: a #EcTally
 *
 * Returns: (transfer full): @self
 */
EcTally *
ec_tally_ref (EcTally *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_tally_unref:
 * @self: (transfer full): a #EcTally
 *
 * Drops a reference to @self.
 */
void
ec_tally_unref (EcTally *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_object (&self->scenario);
      g_clear_pointer (&self->allocation, ec_allocation_unref);
      g_clear_pointer (&self->rows, g_array_unref);
      g_free (self);
    }
}

/**
 * ec_tally_get_scenario:
 * @self: a #EcTally
 *
 * Returns: (transfer none): the scenario that was counted
 */
EcScenario *
ec_tally_get_scenario (EcTally *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->scenario;
}

/**
 * ec_tally_get_electors_total:
 * @self: a #EcTally
 *
 * The electors appointed are those of the states that took part: the
 * year's, plus any state that appointed none in reality but has a winner in
 * the scenario (New York 1789 given to someone).
 *
 * Returns: the number of electors appointed: 538 since 1964
 */
guint
ec_tally_get_electors_total (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->electors_appointed;
}

/**
 * ec_tally_get_majority:
 * @self: a #EcTally
 *
 * The Constitution asks for a majority of the electors appointed, so
 * electors who abstain or stay away do not lower it. Before 1804 each
 * elector had two votes, and the winner needed votes from a majority of
 * the electors.
 *
 * Returns: the votes needed to win: 270 since 1964
 */
guint
ec_tally_get_majority (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return ec_tally_get_electors_total (self) / 2 + 1;
}

/**
 * ec_tally_get_rules:
 * @self: a #EcTally
 *
 * Returns: the rule the votes are counted under, from the election's data
 */
EcElectionRules
ec_tally_get_rules (EcTally *self)
{
  g_return_val_if_fail (self != NULL, EC_ELECTION_RULES_TWELFTH_AMENDMENT);

  return ec_election_get_rules (ec_scenario_get_election (self->scenario));
}

/**
 * ec_tally_get_not_voting:
 * @self: a #EcTally
 *
 * Returns: electors who cast no vote: absent, never appointed, or whose
 *   state's votes Congress excluded (not abstentions, which are faithless
 *   electors' blank votes)
 */
guint
ec_tally_get_not_voting (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->not_voting;
}

/**
 * ec_tally_get_rejected:
 * @self: a #EcTally
 *
 * Returns: votes that were cast but rejected by Congress (1872)
 */
guint
ec_tally_get_rejected (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rejected;
}

/**
 * ec_tally_get_vice_president:
 * @self: a #EcTally
 *
 * Before 1804 the runner-up became vice president.
 *
 * Returns: (transfer none) (nullable): the person in second place when the
 *   election is counted under the two-vote rule, someone won and the second
 *   place is not shared; %NULL otherwise
 */
EcCandidate *
ec_tally_get_vice_president (EcTally *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->vice_president;
}

/**
 * ec_tally_has_popular_votes_for:
 * @self: a #EcTally
 * @candidate: a candidate of the scenario
 *
 * Returns: whether the sources give @candidate any popular votes; where they
 *   do not (before 1824, legislature-chosen electors), there is no popular
 *   vote to show, which is not the same as none
 */
gboolean
ec_tally_has_popular_votes_for (EcTally     *self,
                                EcCandidate *candidate)
{
  Row *row;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), FALSE);

  row = find_row (self, candidate);

  return row != NULL && row->has_popular_votes;
}

/**
 * ec_tally_get_n_candidates:
 * @self: a #EcTally
 *
 * Returns: the number of candidates in the tally
 */
guint
ec_tally_get_n_candidates (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

/**
 * ec_tally_get_candidate:
 * @self: a #EcTally
 * @position: a position, 0 for the most electoral votes
 *
 * Returns: (transfer none): the candidate at @position, ordered by electoral
 *   votes, then by popular vote
 */
EcCandidate *
ec_tally_get_candidate (EcTally *self,
                        guint    position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->rows->len, NULL);

  return g_array_index (self->rows, Row, position).candidate;
}

/**
 * ec_tally_get_electoral_votes:
 * @self: a #EcTally
 * @candidate: a candidate of the scenario
 *
 * Returns: the electoral votes @candidate receives
 */
guint
ec_tally_get_electoral_votes (EcTally     *self,
                              EcCandidate *candidate)
{
  Row *row;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), 0);

  row = find_row (self, candidate);

  return row ? row->electoral_votes : 0;
}

/**
 * ec_tally_get_popular_votes:
 * @self: a #EcTally
 * @candidate: a candidate of the scenario
 *
 * Returns: @candidate's national popular vote in the real election
 */
gint64
ec_tally_get_popular_votes (EcTally     *self,
                            EcCandidate *candidate)
{
  Row *row;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), 0);

  row = find_row (self, candidate);

  return row ? row->popular_votes : 0;
}

/**
 * ec_tally_get_popular_votes_total:
 * @self: a #EcTally
 *
 * Returns: every popular vote cast for a candidate, named or not
 */
gint64
ec_tally_get_popular_votes_total (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->popular_total;
}

/**
 * ec_tally_get_abstentions:
 * @self: a #EcTally
 *
 * Returns: the electors who voted for nobody
 */
guint
ec_tally_get_abstentions (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->abstentions;
}

/**
 * ec_tally_get_undecided:
 * @self: a #EcTally
 *
 * Returns: the electoral votes of units without a winner yet
 */
guint
ec_tally_get_undecided (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->undecided;
}

/**
 * ec_tally_get_other_candidates:
 * @self: a #EcTally
 *
 * Returns: electoral votes that a proportional split gives to candidates
 *   the sources name only as “other votes”
 */
guint
ec_tally_get_other_candidates (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->others;
}

/**
 * ec_tally_get_faithless:
 * @self: a #EcTally
 *
 * Returns: the electors whose faithless votes (or abstentions) counted
 */
guint
ec_tally_get_faithless (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->faithless;
}

/**
 * ec_tally_get_voided_by_law:
 * @self: a #EcTally
 *
 * Returns: the faithless votes that state laws cancelled, when the scenario
 *   applies them
 */
guint
ec_tally_get_voided_by_law (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->voided;
}

/**
 * ec_tally_get_law_unknown:
 * @self: a #EcTally
 *
 * Returns: the faithless votes counted as cast because, applying the laws
 *   in force at the election, the data does not say when the state's
 *   voiding law began
 */
guint
ec_tally_get_law_unknown (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->law_unknown;
}

/**
 * ec_tally_get_electors_to_deny:
 * @self: a #EcTally
 * @electors: (out): how many of the winner's electors would have to break
 *   their pledge to leave the winner short of a majority
 *
 * Returns: whether someone has a majority to deny
 */
gboolean
ec_tally_get_electors_to_deny (EcTally *self,
                               guint   *electors)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (electors != NULL, FALSE);

  if (self->winner == NULL)
    return FALSE;

  *electors = ec_tally_get_electoral_votes (self, self->winner) - (ec_tally_get_majority (self) - 1);

  return TRUE;
}

/**
 * ec_tally_get_electors_to_elect_runner_up:
 * @self: a #EcTally
 * @runner_up: (out) (transfer none): the candidate in second place
 * @electors: (out): how many of the winner's electors would have to vote
 *   for the runner-up to give the runner-up a majority
 *
 * Returns: whether someone has a majority and the runner-up could overtake
 */
gboolean
ec_tally_get_electors_to_elect_runner_up (EcTally      *self,
                                          EcCandidate **runner_up,
                                          guint        *electors)
{
  guint winner_votes;
  guint second_votes;
  guint needed;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (runner_up != NULL, FALSE);
  g_return_val_if_fail (electors != NULL, FALSE);

  if (self->winner == NULL || self->rows->len < 2)
    return FALSE;

  *runner_up = g_array_index (self->rows, Row, 1).candidate;
  winner_votes = ec_tally_get_electoral_votes (self, self->winner);
  second_votes = ec_tally_get_electoral_votes (self, *runner_up);
  needed = ec_tally_get_majority (self) - second_votes;

  /* Before 1804 the most votes elect, so the runner-up must also end with
   * more than the winner keeps: each elector who switches moves one vote
   * from one to the other. */
  if (ec_tally_get_rules (self) == EC_ELECTION_RULES_TWO_VOTES)
    needed = MAX (needed, (winner_votes - second_votes) / 2 + 1);

  if (needed > winner_votes)
    return FALSE;

  *electors = needed;

  return TRUE;
}

/**
 * ec_tally_has_implied_popular_vote:
 * @self: a #EcTally
 *
 * Returns: whether some unit went to someone other than its real winner, so
 *   that the implied popular vote differs from the real one
 */
gboolean
ec_tally_has_implied_popular_vote (EcTally *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->units_changed;
}

/**
 * ec_tally_get_implied_popular_votes:
 * @self: a #EcTally
 * @candidate: a candidate of the scenario
 *
 * The popular vote that the scenario implies: the real vote, with the fewest
 * voters moved that flip every unit given to someone other than its real
 * winner (half the unit's margin plus one each).
 *
 * Returns: @candidate's implied national popular vote
 */
gint64
ec_tally_get_implied_popular_votes (EcTally     *self,
                                    EcCandidate *candidate)
{
  Row *row;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), 0);

  row = find_row (self, candidate);

  return row ? row->implied_popular_votes : 0;
}

/**
 * ec_tally_get_voters_moved:
 * @self: a #EcTally
 *
 * Returns: how many voters the implied popular vote moves in all
 */
gint64
ec_tally_get_voters_moved (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->voters_moved;
}

/**
 * ec_tally_get_outcome:
 * @self: a #EcTally
 *
 * Returns: whether someone has a majority, nobody can reach one (the House
 *   decides), or votes are still open
 */
EcOutcome
ec_tally_get_outcome (EcTally *self)
{
  g_return_val_if_fail (self != NULL, EC_OUTCOME_UNDECIDED);

  return self->outcome;
}

/**
 * ec_tally_get_winner:
 * @self: a #EcTally
 *
 * Returns: (transfer none) (nullable): the candidate with a majority
 */
EcCandidate *
ec_tally_get_winner (EcTally *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->winner;
}

/**
 * ec_tally_get_leader:
 * @self: a #EcTally
 *
 * Returns: (transfer none): the candidate with the most electoral votes
 */
EcCandidate *
ec_tally_get_leader (EcTally *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_array_index (self->rows, Row, 0).candidate;
}

/**
 * ec_tally_has_popular_vote:
 * @self: a #EcTally
 *
 * Returns: whether there is a popular vote: a blank map has none
 */
gboolean
ec_tally_has_popular_vote (EcTally *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_popular_vote;
}

/**
 * ec_tally_get_popular_vote_winner:
 * @self: a #EcTally
 *
 * Returns: (transfer none) (nullable): the candidate with the most popular
 *   votes nationally
 */
EcCandidate *
ec_tally_get_popular_vote_winner (EcTally *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->popular_winner;
}

/**
 * ec_tally_get_popular_vote_split:
 * @self: a #EcTally
 *
 * Returns: whether the electoral winner is not the popular-vote winner
 */
gboolean
ec_tally_get_popular_vote_split (EcTally *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->winner != NULL && self->popular_winner != NULL &&
         self->winner != self->popular_winner;
}

/* The sentences of 1789–1800, when each elector had two votes. The
 * Constitution counts votes "from a majority of the electors appointed", so
 * the sentences say how many electors, not how many votes, were needed. */
static char *
dup_two_votes_sentence (EcTally *self)
{
  guint electors = ec_tally_get_electors_total (self);
  const Row *first = &g_array_index (self->rows, Row, 0);
  const Row *second = self->rows->len > 1 ? &g_array_index (self->rows, Row, 1) : NULL;
  const Row *third = self->rows->len > 2 ? &g_array_index (self->rows, Row, 2) : NULL;

  switch (self->outcome)
    {
    case EC_OUTCOME_WINNER:
      if (self->vice_president != NULL)
        return g_strdup_printf (_("%s is elected president with votes from %u of the %u electors; "
                                  "%s, second with %u votes, becomes vice president"),
                                ec_candidate_get_name (self->winner), first->electoral_votes, electors,
                                ec_candidate_get_name (self->vice_president), second->electoral_votes);
      return g_strdup_printf (_("%s is elected president with votes from %u of the %u electors; "
                                "nobody is alone in second place, so the Senate chooses the vice president"),
                              ec_candidate_get_name (self->winner), first->electoral_votes, electors);

    case EC_OUTCOME_CONTINGENT:
      if (second != NULL && first->electoral_votes >= ec_tally_get_majority (self) &&
          second->electoral_votes == first->electoral_votes &&
          (third == NULL || third->electoral_votes < first->electoral_votes))
        return g_strdup_printf (_("%s and %s tie with votes from %u of the %u electors each: "
                                  "the House of Representatives chooses between them, one vote per state delegation"),
                                ec_candidate_get_name (first->candidate), ec_candidate_get_name (second->candidate),
                                first->electoral_votes, electors);
      if (first->electoral_votes >= ec_tally_get_majority (self))
        return g_strdup_printf (_("Several people tie with votes from %u of the %u electors each: "
                                  "the House of Representatives chooses among them, one vote per state delegation"),
                                first->electoral_votes, electors);
      return g_strdup_printf (_("Nobody has votes from %u of the %u electors, a majority: "
                                "the House of Representatives chooses among the top five, one vote per state delegation"),
                              ec_tally_get_majority (self), electors);

    case EC_OUTCOME_UNDECIDED:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u elector is still undecided",
                                           "%u electors are still undecided",
                                           self->undecided),
                              self->undecided);
    }
}

/**
 * ec_tally_dup_outcome_sentence:
 * @self: a #EcTally
 *
 * Says in plain words who won, or why nobody has yet.
 *
 * Returns: (transfer full): a sentence such as “Donald Trump wins with 304
 *   electoral votes”
 */
char *
ec_tally_dup_outcome_sentence (EcTally *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (ec_tally_get_rules (self) == EC_ELECTION_RULES_TWO_VOTES)
    return dup_two_votes_sentence (self);

  switch (self->outcome)
    {
    case EC_OUTCOME_WINNER:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s wins with %u electoral vote",
                                           "%s wins with %u electoral votes",
                                           ec_tally_get_electoral_votes (self, self->winner)),
                              ec_candidate_get_name (self->winner),
                              ec_tally_get_electoral_votes (self, self->winner));

    case EC_OUTCOME_CONTINGENT:
      return g_strdup_printf (_("Nobody has %u: the House of Representatives chooses the president, "
                                "one vote per state delegation"),
                              ec_tally_get_majority (self));

    case EC_OUTCOME_UNDECIDED:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u electoral vote is still undecided",
                                           "%u electoral votes are still undecided",
                                           self->undecided),
                              self->undecided);
    }
}

/**
 * ec_tally_to_json:
 * @self: a #EcTally
 *
 * The same figures as the window shows, for `electors --summary`.
 *
 * Returns: (transfer full): the tally as a JSON object
 */
JsonNode *
ec_tally_to_json (EcTally *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  EcElection *election;

  g_return_val_if_fail (self != NULL, NULL);

  election = ec_scenario_get_election (self->scenario);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "election");
  if (ec_election_is_blank (election))
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, ec_election_get_year (election));
  json_builder_set_member_name (builder, "electors_total");
  json_builder_add_int_value (builder, ec_tally_get_electors_total (self));
  json_builder_set_member_name (builder, "majority");
  json_builder_add_int_value (builder, ec_tally_get_majority (self));
  json_builder_set_member_name (builder, "rules");
  json_builder_add_string_value (builder, ec_tally_get_rules (self) == EC_ELECTION_RULES_TWO_VOTES
                                          ? "two-votes" : "twelfth-amendment");
  json_builder_set_member_name (builder, "votes_per_elector");
  json_builder_add_int_value (builder, ec_election_get_votes_per_elector (election));

  json_builder_set_member_name (builder, "candidates");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);
      const char *party = ec_candidate_get_party (row->candidate);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, ec_candidate_get_name (row->candidate));
      json_builder_set_member_name (builder, "party");
      if (party != NULL)
        json_builder_add_string_value (builder, party);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "electoral_votes");
      json_builder_add_int_value (builder, row->electoral_votes);
      /* Before 1824 there is no popular vote to give, which is not zero. */
      json_builder_set_member_name (builder, "popular_votes");
      if (self->has_popular_vote)
        json_builder_add_int_value (builder, row->popular_votes);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* Only for another system, so that today's output stays as it was. */
  if (ec_scenario_get_method (self->scenario) != EC_METHOD_WINNER_TAKE_ALL ||
      ec_scenario_get_house_size (self->scenario) != EC_HOUSE_SIZE_DEFAULT)
    {
      json_builder_set_member_name (builder, "method");
      json_builder_add_string_value (builder, ec_method_to_id (ec_scenario_get_method (self->scenario)));
      json_builder_set_member_name (builder, "house_size");
      json_builder_add_int_value (builder, ec_scenario_get_house_size (self->scenario));
      json_builder_set_member_name (builder, "electoral_votes_other_candidates");
      json_builder_add_int_value (builder, self->others);
    }

  json_builder_set_member_name (builder, "abstentions");
  json_builder_add_int_value (builder, self->abstentions);
  json_builder_set_member_name (builder, "undecided_electoral_votes");
  json_builder_add_int_value (builder, self->undecided);
  json_builder_set_member_name (builder, "electors_not_voting");
  json_builder_add_int_value (builder, self->not_voting);
  json_builder_set_member_name (builder, "electoral_votes_rejected");
  json_builder_add_int_value (builder, self->rejected);

  /* States whose electors the legislature chose, and which therefore have
   * no popular vote. */
  json_builder_set_member_name (builder, "chosen_by_legislature");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ec_election_get_states (election)->len; i++)
    {
      EcUnit *state = g_ptr_array_index (ec_election_get_states (election), i);

      if (ec_unit_get_chosen_by_legislature (state))
        json_builder_add_string_value (builder, ec_unit_get_id (state));
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "outcome");
  switch (self->outcome)
    {
    case EC_OUTCOME_WINNER:
      json_builder_add_string_value (builder, "winner");
      break;
    case EC_OUTCOME_CONTINGENT:
      json_builder_add_string_value (builder, "contingent");
      break;
    case EC_OUTCOME_UNDECIDED:
    default:
      json_builder_add_string_value (builder, "undecided");
      break;
    }

  json_builder_set_member_name (builder, "winner");
  if (self->winner != NULL)
    json_builder_add_string_value (builder, ec_candidate_get_name (self->winner));
  else
    json_builder_add_null_value (builder);

  if (ec_tally_get_rules (self) == EC_ELECTION_RULES_TWO_VOTES)
    {
      json_builder_set_member_name (builder, "vice_president");
      if (self->vice_president != NULL)
        json_builder_add_string_value (builder, ec_candidate_get_name (self->vice_president));
      else
        json_builder_add_null_value (builder);
    }

  json_builder_set_member_name (builder, "outcome_sentence");
  {
    g_autofree char *sentence = ec_tally_dup_outcome_sentence (self);

    json_builder_add_string_value (builder, sentence);
  }

  json_builder_set_member_name (builder, "popular_vote_winner");
  if (self->popular_winner != NULL)
    json_builder_add_string_value (builder, ec_candidate_get_name (self->popular_winner));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "popular_vote_split");
  json_builder_add_boolean_value (builder, ec_tally_get_popular_vote_split (self));

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
