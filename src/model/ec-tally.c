/* ec-tally.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-laws.h"
#include "ec-tally.h"

typedef struct {
  EcCandidate *candidate;
  guint        electoral_votes;
  gint64       popular_votes;
  gint64       implied_popular_votes;
  guint        order;
} Row;

struct _EcTally
{
  gatomicrefcount  ref_count;

  EcScenario      *scenario;
  /* One row per candidate, most electoral votes first. */
  GArray          *rows;
  guint            abstentions;
  guint            undecided;
  guint            faithless;
  guint            voided;
  gint64           voters_moved;
  gboolean         units_changed;
  gint64           popular_total;
  EcOutcome        outcome;
  EcCandidate     *winner;
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

static void
count_electoral_votes (EcTally *self)
{
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (self->scenario);
  GPtrArray *faithless = ec_scenario_get_faithless (self->scenario);

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);
      EcCandidate *winner = ec_scenario_get_winner (self->scenario, ec_unit_get_id (unit));
      guint votes = ec_scenario_get_unit_electoral_votes (self->scenario, unit);

      if (winner == NULL)
        self->undecided += votes;
      else
        find_row (self, winner)->electoral_votes += votes;
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

      if (ec_scenario_get_apply_laws (self->scenario) &&
          ec_laws_voids_faithless (ec_laws_get_default (), ec_unit_get_state_id (unit)))
        {
          self->voided += f->count;
          continue;
        }

      self->faithless += f->count;

      g_assert (from != NULL && from->electoral_votes >= f->count);

      from->electoral_votes -= f->count;
      if (f->to != NULL)
        find_row (self, f->to)->electoral_votes += f->count;
      else
        self->abstentions += f->count;
    }
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

          row->popular_votes += ec_unit_get_popular_votes (state, row->candidate);
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
decide_outcome (EcTally *self)
{
  guint majority = ec_tally_get_majority (self);
  const Row *leader;

  g_array_sort (self->rows, compare_rows);
  leader = &g_array_index (self->rows, Row, 0);

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

  candidates = ec_scenario_get_candidates (scenario);
  for (guint i = 0; i < candidates->len; i++)
    {
      Row row = { g_ptr_array_index (candidates, i), 0, 0, 0, i };

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
 * Returns: the number of electors appointed: 538
 */
guint
ec_tally_get_electors_total (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return EC_ELECTORS_TOTAL;
}

/**
 * ec_tally_get_majority:
 * @self: a #EcTally
 *
 * The 12th Amendment asks for a majority of the electors appointed, so
 * electors who abstain do not lower it.
 *
 * Returns: the electoral votes needed to win: 270
 */
guint
ec_tally_get_majority (EcTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return ec_tally_get_electors_total (self) / 2 + 1;
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
      json_builder_set_member_name (builder, "popular_votes");
      json_builder_add_int_value (builder, row->popular_votes);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "abstentions");
  json_builder_add_int_value (builder, self->abstentions);
  json_builder_set_member_name (builder, "undecided_electoral_votes");
  json_builder_add_int_value (builder, self->undecided);

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
