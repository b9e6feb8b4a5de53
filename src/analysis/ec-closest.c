/* ec-closest.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-analysis-private.h"
#include "ec-closest.h"
#include "ec-format.h"

typedef struct {
  EcUnit      *unit;
  EcCandidate *from;
  EcCandidate *to;
  gint64       voters;
} Step;

struct _EcClosest
{
  gatomicrefcount  ref_count;

  EcScenario      *scenario;
  GPtrArray       *candidates;
  EcClosestGoal    goal;
  EcClosestStatus  status;
  gboolean         given_target;
  EcCandidate     *target;
  EcCandidate     *opponent;
  /* Whom the switched voters go to: the target, or for a tie whichever of
   * the two is behind. */
  EcCandidate     *receiver;
  gint64           voters;
  GArray          *steps;
  guint           *after;
};

G_DEFINE_BOXED_TYPE (EcClosest, ec_closest, ec_closest_ref, ec_closest_unref)

/* One unit that could change hands: what it costs in voters and how it
 * moves the two sums the goal looks at. */
typedef struct {
  guint  unit;
  gint64 cost;
  int    dx;
  int    dy;
} Item;

#define INFINITE_COST (G_MAXINT64 / 4)

/* A 0/1 knapsack over at most two sums, exact: each state (x, y) keeps the
 * fewest voters that reach it, and for every item the state it came from,
 * so the chosen units can be read back. @saturate_x caps x at @nx - 1 (for
 * "at least so many electoral votes"); otherwise a state that leaves the
 * grid is dropped, which the callers only allow where no later item could
 * bring it back. Returns the item indices chosen for the cheapest state
 * @accept takes, or NULL. */
typedef gboolean (*AcceptFunc) (int x, int y, gpointer data);

static GArray *
knapsack (const Item *items,
          guint       n_items,
          int         nx,
          int         ny,
          int         x0,
          int         y0,
          gboolean    saturate_x,
          AcceptFunc  accept,
          gpointer    data,
          gint64     *best_cost)
{
  gsize n_states = (gsize)nx * ny;
  g_autofree gint64 *cost = g_new (gint64, n_states);
  g_autofree gint64 *next = g_new (gint64, n_states);
  g_autofree gint32 *from = g_new (gint32, n_states * MAX (n_items, 1));
  GArray *chosen;
  gint64 best = INFINITE_COST;
  gssize best_state = -1;

  for (gsize s = 0; s < n_states; s++)
    cost[s] = INFINITE_COST;
  cost[(gsize)x0 * ny + y0] = 0;

  for (guint i = 0; i < n_items; i++)
    {
      gint32 *row = from + (gsize)i * n_states;

      memcpy (next, cost, sizeof (gint64) * n_states);
      for (gsize s = 0; s < n_states; s++)
        row[s] = -1;

      for (gsize s = 0; s < n_states; s++)
        {
          int x, y;
          gsize t;

          if (cost[s] >= INFINITE_COST)
            continue;

          x = (int)(s / ny) + items[i].dx;
          y = (int)(s % ny) + items[i].dy;
          if (saturate_x && x >= nx)
            x = nx - 1;
          if (x < 0 || x >= nx || y < 0 || y >= ny)
            continue;

          t = (gsize)x * ny + y;
          if (cost[s] + items[i].cost < next[t])
            {
              next[t] = cost[s] + items[i].cost;
              row[t] = (gint32)s;
            }
        }

      memcpy (cost, next, sizeof (gint64) * n_states);
    }

  for (gsize s = 0; s < n_states; s++)
    {
      if (cost[s] < best && accept ((int)(s / ny), (int)(s % ny), data))
        {
          best = cost[s];
          best_state = s;
        }
    }

  if (best_state < 0)
    return NULL;

  *best_cost = best;
  chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = n_items; i-- > 0;)
    {
      gint32 prev = from[(gsize)i * n_states + best_state];

      if (prev >= 0)
        {
          g_array_prepend_val (chosen, i);
          best_state = prev;
        }
    }

  return chosen;
}

typedef struct {
  int need;
  int a;
  int b;
  int y_offset;
} Bounds;

static gboolean
accept_at_cap (int      x,
               int      y,
               gpointer data)
{
  const Bounds *bounds = data;

  return x == bounds->need;
}

static gboolean
accept_no_majority (int      x,
                    int      y,
                    gpointer data)
{
  const Bounds *bounds = data;

  /* x is what the winner loses, y - offset how much more the receiver
   * gains than that. */
  return x >= bounds->a && x + (y - bounds->y_offset) <= bounds->b;
}

static void
add_step (EcClosest    *self,
          EcUnitCounts *counts,
          guint         unit,
          gint64        voters)
{
  Step step = {
    counts->counts[unit].unit,
    counts->counts[unit].holder,
    self->receiver,
    voters,
  };
  int receiver = ec_unit_counts_find (counts, self->receiver);
  g_autofree guint *given = g_new0 (guint, counts->candidates->len);

  ec_unit_counts_give (counts, unit, receiver, given);
  for (guint c = 0; c < counts->candidates->len; c++)
    self->after[c] = self->after[c] - counts->counts[unit].now[c] + given[c];

  g_array_append_val (self->steps, step);
}

/* The units that can change hands to @receiver, with the two sums each one
 * moves: how many electoral votes @receiver gains, and how many @other
 * loses. */
static GArray *
list_items (EcUnitCounts *counts,
            int           receiver,
            int           other)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autofree guint *given = g_new0 (guint, counts->candidates->len);

  for (guint u = 0; u < counts->units->len; u++)
    {
      EcUnitCount *count = &counts->counts[u];
      int holder = ec_unit_counts_find (counts, count->holder);
      Item item = { u, 0, 0, 0 };

      if (holder < 0 || holder == receiver || !count->has_votes || count->electors == 0)
        continue;

      ec_unit_counts_give (counts, u, receiver, given);
      item.cost = ec_unit_counts_switch_cost (counts, u, receiver);
      item.dx = (int)given[receiver] - (int)count->now[receiver];
      item.dy = other >= 0 ? (int)count->now[other] - (int)given[other] : 0;
      g_array_append_val (items, item);
    }

  return items;
}

static void
solve_win (EcClosest    *self,
           EcUnitCounts *counts)
{
  int receiver = ec_unit_counts_find (counts, self->receiver);
  int need = (int)counts->majority - (int)counts->totals[receiver];
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) useful = NULL;
  g_autoptr(GArray) chosen = NULL;
  Bounds bounds = { need, 0, 0, 0 };

  if (need <= 0)
    {
      self->status = EC_CLOSEST_ALREADY;
      return;
    }

  /* A unit that gives the target no votes never helps it to a majority. */
  items = list_items (counts, receiver, -1);
  useful = g_array_new (FALSE, FALSE, sizeof (Item));
  for (guint i = 0; i < items->len; i++)
    if (g_array_index (items, Item, i).dx > 0)
      g_array_append_val (useful, g_array_index (items, Item, i));

  chosen = knapsack ((Item *)useful->data, useful->len, need + 1, 1, 0, 0, TRUE,
                     accept_at_cap, &bounds, &self->voters);
  if (chosen == NULL)
    {
      self->status = EC_CLOSEST_IMPOSSIBLE;
      return;
    }

  for (guint i = 0; i < chosen->len; i++)
    {
      const Item *item = &g_array_index (useful, Item, g_array_index (chosen, guint, i));

      add_step (self, counts, item->unit, item->cost);
    }
  self->status = EC_CLOSEST_FOUND;
}

static void
solve_tie (EcClosest    *self,
           EcUnitCounts *counts)
{
  int target = ec_unit_counts_find (counts, self->target);
  int opponent = ec_unit_counts_find (counts, self->opponent);
  int receiver, other, gap, low = 0, high = 0;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) chosen = NULL;
  Bounds bounds;

  if (counts->totals[target] == counts->totals[opponent])
    {
      self->status = EC_CLOSEST_ALREADY;
      return;
    }

  /* Voters switch to whichever of the two is behind. */
  if (counts->totals[target] < counts->totals[opponent])
    receiver = target, other = opponent;
  else
    receiver = opponent, other = target;
  self->receiver = g_ptr_array_index (counts->candidates, receiver);
  gap = (int)counts->totals[other] - (int)counts->totals[receiver];

  /* Each unit closes the gap by what the one behind gains plus what the
   * other loses; the sum must be the gap exactly. The grid holds every
   * partial sum, so nothing is dropped. */
  items = list_items (counts, receiver, other);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      item->dx += item->dy;
      item->dy = 0;
      if (item->dx < 0)
        low += item->dx;
      else
        high += item->dx;
    }

  bounds.need = gap - low;
  if (gap > high)
    {
      self->status = EC_CLOSEST_IMPOSSIBLE;
      return;
    }

  chosen = knapsack ((Item *)items->data, items->len, high - low + 1, 1, -low, 0, FALSE,
                     accept_at_cap, &bounds, &self->voters);
  if (chosen == NULL)
    {
      self->status = EC_CLOSEST_IMPOSSIBLE;
      return;
    }

  for (guint i = 0; i < chosen->len; i++)
    {
      const Item *item = &g_array_index (items, Item, g_array_index (chosen, guint, i));

      add_step (self, counts, item->unit, item->cost);
    }
  self->status = EC_CLOSEST_FOUND;
}

static void
solve_no_majority (EcClosest    *self,
                   EcUnitCounts *counts,
                   EcCandidate  *winner)
{
  int receiver = ec_unit_counts_find (counts, self->receiver);
  int holder = ec_unit_counts_find (counts, winner);
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) useful = NULL;
  g_autoptr(GArray) chosen = NULL;
  int low = 0, high = 0, limit;
  Bounds bounds;

  /* The winner must lose enough to fall short, and the receiver must not
   * gain enough to win instead. Only units whose change costs the winner
   * votes matter: the winner's own, and any other with a faithless elector
   * for the winner, who leaves with that unit's slate. */
  bounds.a = (int)counts->totals[holder] - ((int)counts->majority - 1);
  bounds.b = (int)counts->majority - 1 - (int)counts->totals[receiver];
  if (bounds.b < 0)
    {
      self->status = EC_CLOSEST_IMPOSSIBLE;
      return;
    }

  items = list_items (counts, receiver, holder);
  useful = g_array_new (FALSE, FALSE, sizeof (Item));
  for (guint i = 0; i < items->len; i++)
    {
      Item item = g_array_index (items, Item, i);
      int gain = item.dx;

      /* x: what the winner loses; y: how much more the receiver gains than
       * that (the winner's faithless electors, who leave with its slate). */
      if (item.dy <= 0)
        continue;
      item.dx = item.dy;
      item.dy = gain - item.dx;
      if (item.dy < 0)
        low += item.dy;
      else
        high += item.dy;
      g_array_append_val (useful, item);
    }

  /* What the winner loses only grows, so past this nothing is accepted. */
  limit = bounds.b - low;
  if (limit < bounds.a)
    {
      self->status = EC_CLOSEST_IMPOSSIBLE;
      return;
    }
  bounds.y_offset = -low;

  chosen = knapsack ((Item *)useful->data, useful->len, limit + 1, high - low + 1, 0, -low, FALSE,
                     accept_no_majority, &bounds, &self->voters);
  if (chosen == NULL)
    {
      self->status = EC_CLOSEST_IMPOSSIBLE;
      return;
    }

  for (guint i = 0; i < chosen->len; i++)
    {
      const Item *item = &g_array_index (useful, Item, g_array_index (chosen, guint, i));

      add_step (self, counts, item->unit, item->cost);
    }
  self->status = EC_CLOSEST_FOUND;
}

/**
 * ec_closest_new:
 * @scenario: a #EcScenario
 * @goal: what the switched voters should bring about
 * @target: (nullable): the candidate they switch to, or %NULL for the
 *   runner-up (the leader, when nobody has a majority and the goal is a
 *   win)
 *
 * Finds the fewest voters who, switching to one candidate in chosen units,
 * change the outcome of @scenario. Each unit is all or nothing: it costs the
 * voters that make @target its plurality winner (half the margin plus one
 * when two candidates count) and moves its electoral votes. The cheapest
 * set is found exactly, by dynamic programming over electoral votes, not by
 * taking the cheapest units first. Maine's and Nebraska's districts are
 * units when the scenario splits them; faithless electors stay where the
 * scenario has them, except in a unit that changes hands, whose electors
 * are then the new winner's.
 *
 * Returns: (transfer full): the answer
 */
EcClosest *
ec_closest_new (EcScenario    *scenario,
                EcClosestGoal  goal,
                EcCandidate   *target)
{
  EcClosest *self;
  EcUnitCounts counts;
  g_autoptr(EcTally) tally = NULL;
  EcCandidate *winner;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);
  g_return_val_if_fail (target == NULL || EC_IS_CANDIDATE (target), NULL);
  g_return_val_if_fail (target == NULL ||
                        g_ptr_array_find (ec_scenario_get_candidates (scenario), target, NULL), NULL);

  self = g_new0 (EcClosest, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->scenario = g_object_ref (scenario);
  self->candidates = g_ptr_array_ref (ec_scenario_get_candidates (scenario));
  self->goal = goal;
  self->given_target = target != NULL;
  self->steps = g_array_new (FALSE, FALSE, sizeof (Step));
  self->after = g_new0 (guint, self->candidates->len);

  tally = ec_tally_new (scenario);
  winner = ec_tally_get_winner (tally);

  if (ec_tally_get_n_candidates (tally) >= 2)
    {
      EcCandidate *first = ec_tally_get_candidate (tally, 0);
      EcCandidate *second = ec_tally_get_candidate (tally, 1);

      if (target == NULL)
        target = (goal == EC_CLOSEST_WIN && winner == NULL) ? first : second;
      self->target = target;
      self->opponent = target == first ? second : first;
      self->receiver = target;
    }

  ec_unit_counts_init (&counts, scenario);
  for (guint c = 0; c < self->candidates->len; c++)
    self->after[c] = counts.totals[c];

  if (counts.rules != EC_ELECTION_RULES_TWELFTH_AMENDMENT || !counts.has_popular_vote)
    self->status = EC_CLOSEST_NO_POPULAR_VOTE;
  else if (counts.undecided > 0)
    self->status = EC_CLOSEST_UNDECIDED;
  else if (self->target == NULL)
    self->status = EC_CLOSEST_IMPOSSIBLE;
  else if (goal == EC_CLOSEST_WIN)
    solve_win (self, &counts);
  else if (goal == EC_CLOSEST_TIE)
    solve_tie (self, &counts);
  else if (winner == NULL)
    self->status = EC_CLOSEST_ALREADY;
  else if (winner == self->target)
    {
      /* The winner's own voters switch to the runner-up instead. */
      self->receiver = self->opponent;
      solve_no_majority (self, &counts, winner);
    }
  else
    solve_no_majority (self, &counts, winner);

  ec_unit_counts_clear (&counts);

  return self;
}

/**
 * ec_closest_new_for_scenario:
 * @self: a #EcClosest
 * @scenario: another scenario, such as a copy of @self's
 *
 * Asks the same question of @scenario: the same goal, for the candidate
 * with the same id (or the default one, if @self had none given or the
 * candidate is not in @scenario). A copy of a scenario has candidates of
 * its own, so an answer cannot be moved to it as it is.
 *
 * Returns: (transfer full): the answer for @scenario
 */
EcClosest *
ec_closest_new_for_scenario (EcClosest  *self,
                             EcScenario *scenario)
{
  EcCandidate *target = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  if (self->given_target && self->target != NULL)
    target = ec_scenario_get_candidate (scenario, ec_candidate_get_id (self->target));

  return ec_closest_new (scenario, self->goal, target);
}

/**
 * ec_closest_ref:
 * @self: a #EcClosest
 *
 * Returns: (transfer full): @self
 */
EcClosest *
ec_closest_ref (EcClosest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_closest_unref:
 * @self: (transfer full): a #EcClosest
 *
 * Drops a reference to @self.
 */
void
ec_closest_unref (EcClosest *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_object (&self->scenario);
      g_clear_pointer (&self->candidates, g_ptr_array_unref);
      g_clear_pointer (&self->steps, g_array_unref);
      g_clear_pointer (&self->after, g_free);
      g_free (self);
    }
}

/**
 * ec_closest_get_scenario:
 * @self: a #EcClosest
 *
 * Returns: (transfer none): the scenario the answer is about
 */
EcScenario *
ec_closest_get_scenario (EcClosest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->scenario;
}

/**
 * ec_closest_get_goal:
 * @self: a #EcClosest
 *
 * Returns: what the switched voters bring about
 */
EcClosestGoal
ec_closest_get_goal (EcClosest *self)
{
  g_return_val_if_fail (self != NULL, EC_CLOSEST_WIN);

  return self->goal;
}

/**
 * ec_closest_get_status:
 * @self: a #EcClosest
 *
 * Returns: whether there is an answer, and if not, why
 */
EcClosestStatus
ec_closest_get_status (EcClosest *self)
{
  g_return_val_if_fail (self != NULL, EC_CLOSEST_IMPOSSIBLE);

  return self->status;
}

/**
 * ec_closest_get_target:
 * @self: a #EcClosest
 *
 * Returns: (transfer none) (nullable): the candidate the answer is for
 */
EcCandidate *
ec_closest_get_target (EcClosest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->target;
}

/**
 * ec_closest_get_opponent:
 * @self: a #EcClosest
 *
 * Returns: (transfer none) (nullable): the candidate the target is measured
 *   against: the leader, or the runner-up when the target leads
 */
EcCandidate *
ec_closest_get_opponent (EcClosest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->opponent;
}

/**
 * ec_closest_get_voters:
 * @self: a #EcClosest
 *
 * Returns: the fewest voters who would have to switch, in all; 0 unless
 *   the status is %EC_CLOSEST_FOUND
 */
gint64
ec_closest_get_voters (EcClosest *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->status == EC_CLOSEST_FOUND ? self->voters : 0;
}

/**
 * ec_closest_get_n_units:
 * @self: a #EcClosest
 *
 * Returns: how many units change hands in the answer
 */
guint
ec_closest_get_n_units (EcClosest *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->steps->len;
}

/**
 * ec_closest_get_unit:
 * @self: a #EcClosest
 * @position: a position below ec_closest_get_n_units()
 *
 * Returns: (transfer none): a unit that changes hands, in map order
 */
EcUnit *
ec_closest_get_unit (EcClosest *self,
                     guint      position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->steps->len, NULL);

  return g_array_index (self->steps, Step, position).unit;
}

/**
 * ec_closest_get_unit_from:
 * @self: a #EcClosest
 * @position: a position below ec_closest_get_n_units()
 *
 * Returns: (transfer none): who holds the unit in the scenario
 */
EcCandidate *
ec_closest_get_unit_from (EcClosest *self,
                          guint      position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->steps->len, NULL);

  return g_array_index (self->steps, Step, position).from;
}

/**
 * ec_closest_get_unit_to:
 * @self: a #EcClosest
 * @position: a position below ec_closest_get_n_units()
 *
 * Returns: (transfer none): who would hold the unit
 */
EcCandidate *
ec_closest_get_unit_to (EcClosest *self,
                        guint      position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->steps->len, NULL);

  return g_array_index (self->steps, Step, position).to;
}

/**
 * ec_closest_get_unit_voters:
 * @self: a #EcClosest
 * @position: a position below ec_closest_get_n_units()
 *
 * Returns: the voters who switch in that unit
 */
gint64
ec_closest_get_unit_voters (EcClosest *self,
                            guint      position)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (position < self->steps->len, 0);

  return g_array_index (self->steps, Step, position).voters;
}

/**
 * ec_closest_has_unit:
 * @self: a #EcClosest
 * @unit_id: a unit id
 *
 * Returns: whether the unit changes hands in the answer, for the map's
 *   highlight
 */
gboolean
ec_closest_has_unit (EcClosest  *self,
                     const char *unit_id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);

  for (guint i = 0; i < self->steps->len; i++)
    if (g_str_equal (ec_unit_get_id (g_array_index (self->steps, Step, i).unit), unit_id))
      return TRUE;

  return FALSE;
}

/**
 * ec_closest_get_electoral_votes:
 * @self: a #EcClosest
 * @candidate: a candidate of the scenario
 *
 * Returns: @candidate's electoral votes once the units of the answer have
 *   changed hands
 */
guint
ec_closest_get_electoral_votes (EcClosest   *self,
                                EcCandidate *candidate)
{
  guint index;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), 0);

  if (!g_ptr_array_find (self->candidates, candidate, &index))
    return 0;

  return self->after[index];
}

/**
 * ec_closest_dup_result:
 * @self: a #EcClosest
 *
 * The scenario with the answer's units given to their new winners, so
 * that the tally (or the window) can show what the switch does.
 *
 * Returns: (transfer full): a new scenario
 */
EcScenario *
ec_closest_dup_result (EcClosest *self)
{
  EcScenario *result;

  g_return_val_if_fail (self != NULL, NULL);

  result = ec_scenario_copy (self->scenario);
  for (guint i = 0; i < self->steps->len; i++)
    {
      const Step *step = &g_array_index (self->steps, Step, i);

      /* The copy has candidates of its own: find the same one by id. */
      ec_scenario_set_winner (result, ec_unit_get_id (step->unit),
                              ec_scenario_get_candidate (result, ec_candidate_get_id (step->to)));
    }

  return result;
}

/* “Michigan, Pennsylvania and Wisconsin”. */
static char *
dup_unit_list (EcClosest *self)
{
  char *text = NULL;

  for (guint i = 0; i < self->steps->len; i++)
    {
      const char *name = ec_unit_get_name (g_array_index (self->steps, Step, i).unit);
      char *longer;

      if (i == 0)
        longer = g_strdup (name);
      else if (i + 1 < self->steps->len)
        /* Translators: a list so far, and one more name of it. */
        longer = g_strdup_printf (_("%s, %s"), text, name);
      else
        /* Translators: a list so far, and its last name: “Michigan, Pennsylvania and Wisconsin”. */
        longer = g_strdup_printf (_("%s and %s"), text, name);

      g_free (text);
      text = longer;
    }

  return text != NULL ? text : g_strdup ("");
}

/**
 * ec_closest_dup_sentence:
 * @self: a #EcClosest
 *
 * Returns: (transfer full): the answer in words, such as “Switching 77,744
 *   voters in Michigan, Pennsylvania and Wisconsin would have elected
 *   Hillary Clinton”, or why there is none
 */
char *
ec_closest_dup_sentence (EcClosest *self)
{
  g_autofree char *voters = NULL;
  g_autofree char *units = NULL;
  gulong n;

  g_return_val_if_fail (self != NULL, NULL);

  switch (self->status)
    {
    case EC_CLOSEST_NO_POPULAR_VOTE:
      return g_strdup (_("Not available: this election has no popular vote to switch"));

    case EC_CLOSEST_UNDECIDED:
      return g_strdup (_("Not available while some states are undecided: the paths to a majority answer instead"));

    case EC_CLOSEST_IMPOSSIBLE:
      return g_strdup (_("No switch of voters in the states with a popular vote would bring that about"));

    case EC_CLOSEST_ALREADY:
      if (self->goal == EC_CLOSEST_WIN)
        return g_strdup_printf (_("%s already has a majority"), ec_candidate_get_name (self->target));
      if (self->goal == EC_CLOSEST_TIE)
        return g_strdup_printf (_("%s and %s are already tied"), ec_candidate_get_name (self->target),
                                ec_candidate_get_name (self->opponent));
      return g_strdup (_("Nobody has a majority already: the House of Representatives chooses"));

    case EC_CLOSEST_FOUND:
    default:
      break;
    }

  voters = ec_format_count (self->voters);
  units = dup_unit_list (self);
  n = (gulong)self->voters;

  if (self->goal == EC_CLOSEST_WIN)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Switching %s voter in %s would have elected %s",
                                         "Switching %s voters in %s would have elected %s", n),
                            voters, units, ec_candidate_get_name (self->target));

  if (self->goal == EC_CLOSEST_TIE)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Switching %s voter in %s would have left %s and %s tied, "
                                         "and the House of Representatives would have chosen",
                                         "Switching %s voters in %s would have left %s and %s tied, "
                                         "and the House of Representatives would have chosen", n),
                            voters, units, ec_candidate_get_name (self->target),
                            ec_candidate_get_name (self->opponent));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Switching %s voter in %s would have left nobody with a majority, "
                                       "and the House of Representatives would have chosen",
                                       "Switching %s voters in %s would have left nobody with a majority, "
                                       "and the House of Representatives would have chosen", n),
                          voters, units);
}

static const char *
goal_id (EcClosestGoal goal)
{
  switch (goal)
    {
    case EC_CLOSEST_TIE:
      return "tie";
    case EC_CLOSEST_NO_MAJORITY:
      return "no-majority";
    case EC_CLOSEST_WIN:
    default:
      return "win";
    }
}

static const char *
status_id (EcClosestStatus status)
{
  switch (status)
    {
    case EC_CLOSEST_FOUND:
      return "found";
    case EC_CLOSEST_ALREADY:
      return "already";
    case EC_CLOSEST_NO_POPULAR_VOTE:
      return "no-popular-vote";
    case EC_CLOSEST_UNDECIDED:
      return "undecided";
    case EC_CLOSEST_IMPOSSIBLE:
    default:
      return "impossible";
    }
}

static void
add_candidate (JsonBuilder *builder,
               const char  *member,
               EcCandidate *candidate)
{
  json_builder_set_member_name (builder, member);
  if (candidate != NULL)
    json_builder_add_string_value (builder, ec_candidate_get_id (candidate));
  else
    json_builder_add_null_value (builder);
}

/**
 * ec_closest_to_json:
 * @self: a #EcClosest
 *
 * The answer for `electors --closest`: the goal, the status, the units with
 * their switched voters, the total and the electoral votes after the
 * switch. Candidates and units are given by id.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
ec_closest_to_json (EcClosest *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *sentence = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  sentence = ec_closest_dup_sentence (self);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "goal");
  json_builder_add_string_value (builder, goal_id (self->goal));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status_id (self->status));
  add_candidate (builder, "target", self->target);
  add_candidate (builder, "opponent", self->opponent);

  json_builder_set_member_name (builder, "voters");
  if (self->status == EC_CLOSEST_FOUND)
    json_builder_add_int_value (builder, self->voters);
  else if (self->status == EC_CLOSEST_ALREADY)
    json_builder_add_int_value (builder, 0);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "units");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->steps->len; i++)
    {
      const Step *step = &g_array_index (self->steps, Step, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ec_unit_get_id (step->unit));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, ec_unit_get_name (step->unit));
      json_builder_set_member_name (builder, "electoral_votes");
      json_builder_add_int_value (builder, ec_scenario_get_unit_electoral_votes (self->scenario, step->unit));
      add_candidate (builder, "from", step->from);
      add_candidate (builder, "to", step->to);
      json_builder_set_member_name (builder, "voters");
      json_builder_add_int_value (builder, step->voters);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "electoral_votes_after");
  json_builder_begin_object (builder);
  for (guint c = 0; c < self->candidates->len; c++)
    {
      json_builder_set_member_name (builder, ec_candidate_get_id (g_ptr_array_index (self->candidates, c)));
      json_builder_add_int_value (builder, self->after[c]);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "sentence");
  json_builder_add_string_value (builder, sentence);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

typedef struct {
  guint  unit;
  guint  votes;
  gint64 margin;
  gint64 total;
  int    second;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;
  /* Compare margins as shares of each unit's vote without dividing:
   * ma/ta against mb/tb. */
  gint64 left = ra->margin * MAX (rb->total, 1);
  gint64 right = rb->margin * MAX (ra->total, 1);

  if (left != right)
    return left > right ? -1 : 1;

  return (ra->unit > rb->unit) - (ra->unit < rb->unit);
}

/**
 * ec_closest_find_tipping_point:
 * @scenario: a #EcScenario
 * @point: (out caller-allocates): where to put the answer
 *
 * Sorts the winner's units from the widest margin (as a share of the unit's
 * vote) to the narrowest and adds up their electoral votes, starting from
 * any the winner has from elsewhere (faithless electors); the unit that
 * takes the sum to a majority is the tipping point. Units without a popular
 * vote count as the safest, since no voter could switch them.
 *
 * Returns: whether there is a tipping point: someone has a majority and
 *   the election has a popular vote
 */
gboolean
ec_closest_find_tipping_point (EcScenario     *scenario,
                               EcTippingPoint *point)
{
  EcUnitCounts counts;
  g_autoptr(EcTally) tally = NULL;
  g_autoptr(GArray) ranked = NULL;
  EcCandidate *winner;
  int w;
  guint sum;
  gboolean found = FALSE;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), FALSE);
  g_return_val_if_fail (point != NULL, FALSE);

  memset (point, 0, sizeof *point);
  tally = ec_tally_new (scenario);
  winner = ec_tally_get_winner (tally);
  if (winner == NULL || !ec_tally_has_popular_vote (tally) ||
      ec_tally_get_rules (tally) != EC_ELECTION_RULES_TWELFTH_AMENDMENT)
    return FALSE;

  ec_unit_counts_init (&counts, scenario);
  w = ec_unit_counts_find (&counts, winner);
  sum = counts.totals[w];
  ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint u = 0; u < counts.units->len; u++)
    {
      EcUnitCount *count = &counts.counts[u];
      Ranked r = { u, count->now[w], 0, 0, -1 };

      if (count->holder != winner || count->now[w] == 0)
        continue;

      sum -= count->now[w];
      if (!count->has_votes)
        {
          /* Nobody could switch it: safest of all. */
          sum += count->now[w];
          continue;
        }

      for (guint c = 0; c < counts.candidates->len; c++)
        if ((int)c != w && (r.second < 0 || count->votes[c] > count->votes[r.second]))
          r.second = (int)c;
      r.margin = count->votes[w] - (r.second >= 0 ? count->votes[r.second] : 0);
      r.total = ec_unit_get_total_votes (count->unit);
      g_array_append_val (ranked, r);
    }

  g_array_sort (ranked, compare_ranked);

  for (guint i = 0; i < ranked->len && !found; i++)
    {
      const Ranked *r = &g_array_index (ranked, Ranked, i);

      sum += r->votes;
      if (sum >= counts.majority)
        {
          point->unit = counts.counts[r->unit].unit;
          point->winner = winner;
          point->second = r->second >= 0 ? g_ptr_array_index (counts.candidates, r->second) : NULL;
          point->margin = r->margin;
          point->total = r->total;
          point->electoral_votes = sum;
          found = TRUE;
        }
    }

  ec_unit_counts_clear (&counts);

  return found;
}

/**
 * ec_tipping_point_to_json:
 * @point: a tipping point found by ec_closest_find_tipping_point()
 *
 * Returns: (transfer full): the unit, the winner, the runner-up there, the
 *   margin in votes and the unit's total vote, as JSON
 */
JsonNode *
ec_tipping_point_to_json (const EcTippingPoint *point)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (point != NULL && point->unit != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, ec_unit_get_id (point->unit));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, ec_unit_get_name (point->unit));
  add_candidate (builder, "winner", point->winner);
  add_candidate (builder, "second", point->second);
  json_builder_set_member_name (builder, "margin");
  json_builder_add_int_value (builder, point->margin);
  json_builder_set_member_name (builder, "total_votes");
  json_builder_add_int_value (builder, point->total);
  json_builder_set_member_name (builder, "margin_percent");
  json_builder_add_double_value (builder, point->total > 0 ? 100.0 * point->margin / point->total : 0.0);
  json_builder_set_member_name (builder, "electoral_votes");
  json_builder_add_int_value (builder, point->electoral_votes);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
