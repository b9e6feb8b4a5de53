/* ec-paths.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-analysis-private.h"
#include "ec-format.h"
#include "ec-paths.h"

typedef struct {
  EcUnit *unit;
  guint   electors;
  /* What giving the unit to the left rather than the right adds to each
   * side's electoral votes. */
  int     to_left[2];
} Open;

struct _EcPaths
{
  gatomicrefcount  ref_count;

  EcScenario      *scenario;
  EcPathsStatus    status;
  EcCandidate     *sides[2];
  guint            majority;
  /* Each side's votes when every unit in play goes to the right. */
  int              all_right[2];
  GArray          *open;
  /* The units were named, rather than the undecided ones taken. */
  gboolean         named;
  /* Every unit moves the two sides by the same amount in opposite
   * directions, as all of them do unless the data splits their electors. */
  gboolean         simple;
  guint64          counts[EC_PATHS_N_OUTCOMES];
  gboolean        *must_win[2];
};

G_DEFINE_BOXED_TYPE (EcPaths, ec_paths, ec_paths_ref, ec_paths_unref)

static EcPathsOutcome
classify (EcPaths *self,
          int      left,
          int      right)
{
  if (left >= (int)self->majority)
    return EC_PATHS_LEFT_WINS;
  if (right >= (int)self->majority)
    return EC_PATHS_RIGHT_WINS;
  if (left == right)
    return EC_PATHS_TIE;
  return EC_PATHS_NO_MAJORITY;
}

/* Counts the combinations by outcome without listing them: the number of
 * ways to reach each sum of electoral votes, one unit at a time, is a
 * dynamic program over at most 538 sums, so 2^k combinations take k × 538
 * steps. @forced, when not negative, is a unit whose side is fixed to
 * @forced_side (0 for the left). */
static void
count_paths (EcPaths *self,
             int      forced,
             guint    forced_side,
             guint64  counts[EC_PATHS_N_OUTCOMES])
{
  guint k = self->open->len;
  int low[2] = { 0, 0 }, high[2] = { 0, 0 };
  int n0, n1;
  g_autofree guint64 *ways = NULL;
  g_autofree guint64 *next = NULL;

  memset (counts, 0, sizeof (guint64) * EC_PATHS_N_OUTCOMES);

  for (guint u = 0; u < k; u++)
    {
      const Open *open = &g_array_index (self->open, Open, u);

      for (guint s = 0; s < 2; s++)
        {
          low[s] += MIN (open->to_left[s], 0);
          high[s] += MAX (open->to_left[s], 0);
        }
    }

  /* In the simple case the right side's sum follows from the left's, and
   * the grid has one column. */
  n0 = high[0] - low[0] + 1;
  n1 = self->simple ? 1 : high[1] - low[1] + 1;
  ways = g_new0 (guint64, (gsize)n0 * n1);
  next = g_new0 (guint64, (gsize)n0 * n1);
  ways[(gsize)(-low[0]) * n1 + (self->simple ? 0 : -low[1])] = 1;

  for (guint u = 0; u < k; u++)
    {
      const Open *open = &g_array_index (self->open, Open, u);
      int d0 = open->to_left[0];
      int d1 = self->simple ? 0 : open->to_left[1];
      gboolean may_left = (int)u != forced || forced_side == 0;
      gboolean may_right = (int)u != forced || forced_side == 1;

      memset (next, 0, sizeof (guint64) * n0 * n1);
      for (int x = 0; x < n0; x++)
        for (int y = 0; y < n1; y++)
          {
            guint64 w = ways[(gsize)x * n1 + y];

            if (w == 0)
              continue;
            if (may_right)
              next[(gsize)x * n1 + y] += w;
            if (may_left)
              next[(gsize)(x + d0) * n1 + (y + d1)] += w;
          }

      memcpy (ways, next, sizeof (guint64) * n0 * n1);
    }

  for (int x = 0; x < n0; x++)
    for (int y = 0; y < n1; y++)
      {
        guint64 w = ways[(gsize)x * n1 + y];
        int left, right;

        if (w == 0)
          continue;

        left = self->all_right[0] + x + low[0];
        if (self->simple)
          right = self->all_right[1] - (x + low[0]);
        else
          right = self->all_right[1] + y + low[1];

        counts[classify (self, left, right)] += w;
      }
}

/* The must-wins when every unit moves the two sides by the same amount:
 * the ways to reach each sum without one unit follow from the ways with
 * all of them by undoing that unit's step of the count (the ways with it
 * are the ways without it, plus the same shifted by its votes), so each
 * unit costs one pass over the sums instead of a count of its own. The
 * subtraction is exact in unsigned 64-bit arithmetic, since every true
 * count fits. */
static void
find_must_wins_simple (EcPaths *self)
{
  guint k = self->open->len;
  int low = 0, high = 0;
  int n;
  g_autofree guint64 *ways = NULL;
  g_autofree guint64 *without = NULL;

  for (guint u = 0; u < k; u++)
    {
      int d = g_array_index (self->open, Open, u).to_left[0];

      low += MIN (d, 0);
      high += MAX (d, 0);
    }
  n = high - low + 1;
  ways = g_new0 (guint64, n);
  without = g_new0 (guint64, n);
  ways[-low] = 1;

  for (guint u = 0; u < k; u++)
    {
      int d = g_array_index (self->open, Open, u).to_left[0];

      /* In place: upwards for a step down, downwards for a step up, so
       * that each count is used before it is changed. */
      if (d > 0)
        for (int x = n - 1; x >= d; x--)
          ways[x] += ways[x - d];
      else if (d < 0)
        for (int x = 0; x - d < n; x++)
          ways[x] += ways[x - d];
      else
        for (int x = 0; x < n; x++)
          ways[x] *= 2;
    }

  for (guint u = 0; u < k; u++)
    {
      int d = g_array_index (self->open, Open, u).to_left[0];
      gboolean left_wins_without_it = FALSE;
      gboolean right_wins_without_it = FALSE;

      if (d > 0)
        for (int x = 0; x < n; x++)
          without[x] = ways[x] - (x - d >= 0 ? without[x - d] : 0);
      else if (d < 0)
        for (int x = n - 1; x >= 0; x--)
          without[x] = ways[x] - (x - d < n ? without[x - d] : 0);
      else
        for (int x = 0; x < n; x++)
          without[x] = ways[x] / 2;

      for (int x = 0; x < n; x++)
        {
          int sum = x + low;

          if (without[x] == 0)
            continue;

          /* The unit goes right: can the left still win? */
          if (classify (self, self->all_right[0] + sum, self->all_right[1] - sum) == EC_PATHS_LEFT_WINS)
            left_wins_without_it = TRUE;
          /* The unit goes left: can the right still win? */
          if (classify (self, self->all_right[0] + sum + d, self->all_right[1] - sum - d) == EC_PATHS_RIGHT_WINS)
            right_wins_without_it = TRUE;
        }

      self->must_win[0][u] = self->counts[EC_PATHS_LEFT_WINS] > 0 && !left_wins_without_it;
      self->must_win[1][u] = self->counts[EC_PATHS_RIGHT_WINS] > 0 && !right_wins_without_it;
    }
}

/**
 * ec_paths_new:
 * @scenario: a #EcScenario
 * @in_play: (nullable) (element-type EcUnit): the units in play, or %NULL
 *   for the units without a winner
 *
 * Counts every way the units in play could go between the scenario's two
 * sides (ec_scenario_get_sides()): how many of the 2^k combinations give
 * each side a majority, a tie, or no majority, and which units each side
 * cannot win without. The count is exact for any number of units: it
 * adds up combinations by their electoral votes instead of listing them.
 * A unit in play that has a winner counts as open, with a slate of
 * electors pledged to the side it goes to.
 *
 * Returns: (transfer full): the paths
 */
EcPaths *
ec_paths_new (EcScenario *scenario,
              GPtrArray  *in_play)
{
  EcPaths *self;
  EcUnitCounts counts;
  int side_index[2];
  g_autofree guint *to_left = NULL;
  g_autofree guint *to_right = NULL;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  self = g_new0 (EcPaths, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->scenario = g_object_ref (scenario);
  self->open = g_array_new (FALSE, FALSE, sizeof (Open));
  self->simple = TRUE;
  self->named = in_play != NULL;
  ec_scenario_get_sides (scenario, &self->sides[0], &self->sides[1]);

  ec_unit_counts_init (&counts, scenario);
  self->majority = counts.majority;

  if (self->sides[0] == NULL || self->sides[1] == NULL ||
      counts.rules != EC_ELECTION_RULES_TWELFTH_AMENDMENT)
    {
      self->status = EC_PATHS_NOT_AVAILABLE;
      ec_unit_counts_clear (&counts);
      return self;
    }

  side_index[0] = ec_unit_counts_find (&counts, self->sides[0]);
  side_index[1] = ec_unit_counts_find (&counts, self->sides[1]);
  self->all_right[0] = (int)counts.totals[side_index[0]];
  self->all_right[1] = (int)counts.totals[side_index[1]];
  to_left = g_new0 (guint, counts.candidates->len);
  to_right = g_new0 (guint, counts.candidates->len);

  for (guint u = 0; u < counts.units->len; u++)
    {
      EcUnitCount *count = &counts.counts[u];
      Open open = { count->unit, count->electors, { 0, 0 } };
      gboolean listed;

      if (in_play != NULL)
        listed = g_ptr_array_find (in_play, count->unit, NULL);
      else
        listed = count->holder == NULL && !ec_unit_casts_no_votes (count->unit);
      if (!listed || count->electors == 0)
        continue;

      ec_unit_counts_give (&counts, u, side_index[0], to_left);
      ec_unit_counts_give (&counts, u, side_index[1], to_right);
      for (guint s = 0; s < 2; s++)
        {
          int i = side_index[s];

          self->all_right[s] += (int)to_right[i] - (int)count->now[i];
          open.to_left[s] = (int)to_left[i] - (int)to_right[i];
        }
      if (open.to_left[0] != -open.to_left[1])
        self->simple = FALSE;

      g_array_append_val (self->open, open);
    }

  ec_unit_counts_clear (&counts);

  if (self->open->len == 0)
    {
      self->status = EC_PATHS_NONE_IN_PLAY;
      return self;
    }
  if (self->open->len > EC_PATHS_MAX_UNITS)
    {
      self->status = EC_PATHS_TOO_MANY;
      return self;
    }

  self->status = EC_PATHS_COUNTED;
  count_paths (self, -1, 0, self->counts);

  /* A unit is a must-win for a side that has paths, none of which gives the
   * unit to the other side. */
  self->must_win[0] = g_new0 (gboolean, self->open->len);
  self->must_win[1] = g_new0 (gboolean, self->open->len);
  if (self->simple)
    {
      find_must_wins_simple (self);
      return self;
    }

  for (guint s = 0; s < 2; s++)
    {
      EcPathsOutcome wins = s == 0 ? EC_PATHS_LEFT_WINS : EC_PATHS_RIGHT_WINS;

      if (self->counts[wins] == 0)
        continue;

      for (guint u = 0; u < self->open->len; u++)
        {
          guint64 forced[EC_PATHS_N_OUTCOMES];

          count_paths (self, (int)u, 1 - s, forced);
          self->must_win[s][u] = forced[wins] == 0;
        }
    }

  return self;
}

/**
 * ec_paths_ref:
 * @self: a #EcPaths
 *
 * Returns: (transfer full): @self
 */
EcPaths *
ec_paths_ref (EcPaths *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_paths_unref:
 * @self: (transfer full): a #EcPaths
 *
 * Drops a reference to @self.
 */
void
ec_paths_unref (EcPaths *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_object (&self->scenario);
      g_clear_pointer (&self->open, g_array_unref);
      g_clear_pointer (&self->must_win[0], g_free);
      g_clear_pointer (&self->must_win[1], g_free);
      g_free (self);
    }
}

/**
 * ec_paths_list_close_units:
 * @scenario: a #EcScenario
 * @max_points: the widest margin that counts as close, in percentage points
 *   of the unit's vote
 *
 * The units a student might call in play: those held by one of the two
 * sides whose margin over the runner-up, in the popular vote the scenario
 * implies, is below @max_points.
 *
 * Returns: (transfer container) (element-type EcUnit): the close units, in
 *   map order
 */
GPtrArray *
ec_paths_list_close_units (EcScenario *scenario,
                           double      max_points)
{
  GPtrArray *close = g_ptr_array_new_with_free_func (g_object_unref);
  EcUnitCounts counts;
  EcCandidate *sides[2];

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), close);

  ec_scenario_get_sides (scenario, &sides[0], &sides[1]);
  ec_unit_counts_init (&counts, scenario);

  for (guint u = 0; u < counts.units->len; u++)
    {
      EcUnitCount *count = &counts.counts[u];
      int holder = ec_unit_counts_find (&counts, count->holder);
      gint64 total = ec_unit_get_total_votes (count->unit);
      gint64 second = 0;

      if (holder < 0 || !count->has_votes || total <= 0 ||
          (count->holder != sides[0] && count->holder != sides[1]))
        continue;

      for (guint c = 0; c < counts.candidates->len; c++)
        if ((int)c != holder)
          second = MAX (second, count->votes[c]);

      if (100.0 * (count->votes[holder] - second) / total < max_points)
        g_ptr_array_add (close, g_object_ref (count->unit));
    }

  ec_unit_counts_clear (&counts);

  return close;
}

/**
 * ec_paths_get_status:
 * @self: a #EcPaths
 *
 * Returns: whether the paths are counted, and if not, why
 */
EcPathsStatus
ec_paths_get_status (EcPaths *self)
{
  g_return_val_if_fail (self != NULL, EC_PATHS_NOT_AVAILABLE);

  return self->status;
}

/**
 * ec_paths_get_side:
 * @self: a #EcPaths
 * @side: 0 for the left, 1 for the right
 *
 * Returns: (transfer none) (nullable): the candidate on that side
 */
EcCandidate *
ec_paths_get_side (EcPaths *self,
                   guint    side)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (side < 2, NULL);

  return self->sides[side];
}

/**
 * ec_paths_get_majority:
 * @self: a #EcPaths
 *
 * Returns: the electoral votes that win: 270 since 1964
 */
guint
ec_paths_get_majority (EcPaths *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->majority;
}

/**
 * ec_paths_get_base:
 * @self: a #EcPaths
 * @side: 0 for the left, 1 for the right
 *
 * Returns: the electoral votes the side has outside the units in play
 */
guint
ec_paths_get_base (EcPaths *self,
                   guint    side)
{
  int base;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (side < 2, 0);

  base = self->all_right[side];
  for (guint u = 0; side == 1 && u < self->open->len; u++)
    base += g_array_index (self->open, Open, u).to_left[1];

  return (guint)MAX (base, 0);
}

/**
 * ec_paths_get_n_units:
 * @self: a #EcPaths
 *
 * Returns: how many units are in play
 */
guint
ec_paths_get_n_units (EcPaths *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->open->len;
}

/**
 * ec_paths_get_unit:
 * @self: a #EcPaths
 * @position: a position below ec_paths_get_n_units()
 *
 * Returns: (transfer none): a unit in play, in map order
 */
EcUnit *
ec_paths_get_unit (EcPaths *self,
                   guint    position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->open->len, NULL);

  return g_array_index (self->open, Open, position).unit;
}

/**
 * ec_paths_get_unit_electoral_votes:
 * @self: a #EcPaths
 * @position: a position below ec_paths_get_n_units()
 *
 * Returns: the unit's electoral votes in the scenario
 */
guint
ec_paths_get_unit_electoral_votes (EcPaths *self,
                                   guint    position)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (position < self->open->len, 0);

  return g_array_index (self->open, Open, position).electors;
}

/**
 * ec_paths_is_in_play:
 * @self: a #EcPaths
 * @unit_id: a unit id
 *
 * Returns: whether the unit is one of those counted
 */
gboolean
ec_paths_is_in_play (EcPaths    *self,
                     const char *unit_id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);

  for (guint u = 0; u < self->open->len; u++)
    if (g_str_equal (ec_unit_get_id (g_array_index (self->open, Open, u).unit), unit_id))
      return TRUE;

  return FALSE;
}

/**
 * ec_paths_get_total:
 * @self: a #EcPaths
 *
 * Returns: the number of combinations, 2^k for k units in play (0 unless
 *   counted)
 */
guint64
ec_paths_get_total (EcPaths *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->status != EC_PATHS_COUNTED)
    return 0;

  return G_GUINT64_CONSTANT (1) << self->open->len;
}

/**
 * ec_paths_get_count:
 * @self: a #EcPaths
 * @outcome: an outcome
 *
 * Returns: how many combinations give @outcome
 */
guint64
ec_paths_get_count (EcPaths        *self,
                    EcPathsOutcome  outcome)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (outcome < EC_PATHS_N_OUTCOMES, 0);

  return self->counts[outcome];
}

/**
 * ec_paths_is_must_win:
 * @self: a #EcPaths
 * @side: 0 for the left, 1 for the right
 * @position: a position below ec_paths_get_n_units()
 *
 * Returns: whether @side has paths to a majority and every one of them
 *   needs the unit
 */
gboolean
ec_paths_is_must_win (EcPaths *self,
                      guint    side,
                      guint    position)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (side < 2, FALSE);

  if (self->status != EC_PATHS_COUNTED || position >= self->open->len)
    return FALSE;

  return self->must_win[side][position];
}

/**
 * ec_paths_get_outcome:
 * @self: a #EcPaths
 * @left_units: a combination: bit i set when unit i goes to the left
 *
 * Returns: what the combination gives
 */
EcPathsOutcome
ec_paths_get_outcome (EcPaths *self,
                      guint64  left_units)
{
  int left, right;

  g_return_val_if_fail (self != NULL, EC_PATHS_NO_MAJORITY);

  left = self->all_right[0];
  right = self->all_right[1];
  for (guint u = 0; u < self->open->len; u++)
    {
      if (left_units & (G_GUINT64_CONSTANT (1) << u))
        {
          left += g_array_index (self->open, Open, u).to_left[0];
          right += g_array_index (self->open, Open, u).to_left[1];
        }
    }

  return classify (self, left, right);
}

typedef struct {
  guint  position;
  int    gain;
} Ranked;

static int
compare_gain (gconstpointer a,
              gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->gain != rb->gain)
    return ra->gain > rb->gain ? -1 : 1;

  return (ra->position > rb->position) - (ra->position < rb->position);
}

typedef struct {
  const Ranked *ranked;
  guint         n;
  int           need;
  guint         size;
  guint         max;
  guint64       budget;
  GArray       *found;
} Search;

/* Sets of exactly search->size units, largest first, that reach the need
 * and stop reaching it without their smallest member. */
static void
search_sets (Search  *search,
             guint    start,
             guint    taken,
             int      sum,
             guint64  mask)
{
  int best = sum;

  if (search->found->len >= search->max || search->budget == 0)
    return;
  search->budget--;

  if (taken == search->size)
    {
      int smallest = search->ranked[0].gain;

      for (guint i = 0; i < search->n; i++)
        if (mask & (G_GUINT64_CONSTANT (1) << search->ranked[i].position))
          smallest = MIN (smallest, search->ranked[i].gain);

      if (sum >= search->need && sum - smallest < search->need)
        g_array_append_val (search->found, mask);
      return;
    }

  /* The units are sorted from the largest, so the next ones are the most
   * these slots could still add. */
  for (guint i = start; i < start + (search->size - taken) && i < search->n; i++)
    best += MAX (search->ranked[i].gain, 0);
  if (best < search->need || search->n - start < search->size - taken)
    return;

  for (guint i = start; i < search->n; i++)
    search_sets (search, i + 1, taken + 1, sum + search->ranked[i].gain,
                 mask | (G_GUINT64_CONSTANT (1) << search->ranked[i].position));
}

/**
 * ec_paths_list_smallest:
 * @self: a #EcPaths
 * @side: 0 for the left, 1 for the right
 * @max: the most combinations to list
 *
 * The smallest ways for @side to win: combinations of the fewest units in
 * play that give it a majority with every other unit going to the other
 * side, then those of one more unit that need every one of their units,
 * and so on. Within a size, the biggest units come first.
 *
 * Returns: (transfer full) (element-type guint64): up to @max
 *   combinations, each with bit i set when unit i goes to @side
 */
GArray *
ec_paths_list_smallest (EcPaths *self,
                        guint    side,
                        guint    max)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) ranked = NULL;
  Search search;
  int base;

  g_return_val_if_fail (self != NULL, found);
  g_return_val_if_fail (side < 2, found);

  if (self->status != EC_PATHS_COUNTED)
    return found;

  /* The side's votes when it gets none of the units in play, and what each
   * unit adds. */
  ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  base = self->all_right[side];
  for (guint u = 0; u < self->open->len; u++)
    {
      int to_left = g_array_index (self->open, Open, u).to_left[side];
      Ranked r = { u, side == 0 ? to_left : -to_left };

      if (side == 1)
        base += to_left;
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_gain);

  search.ranked = (const Ranked *)ranked->data;
  search.n = ranked->len;
  search.need = (int)self->majority - base;
  search.max = max;
  /* A bound on the work for one call, far above what the map needs, so a
   * hand-made scenario cannot stall the window. */
  search.budget = 2000000;
  search.found = found;

  if (search.need <= 0)
    {
      guint64 none = 0;

      g_array_append_val (found, none);
      return found;
    }

  for (search.size = 1; search.size <= search.n && found->len < max && search.budget > 0; search.size++)
    search_sets (&search, 0, 0, 0, 0);

  /* The bits say which units go to @side; for the right that is the
   * complement of what ec_paths_get_outcome() takes. */
  return found;
}

/**
 * ec_paths_dup_sentence:
 * @self: a #EcPaths
 *
 * Returns: (transfer full): the count in words, such as “Of the 512 ways
 *   the 9 undecided states could go, 320 elect Kamala Harris”
 */
char *
ec_paths_dup_sentence (EcPaths *self)
{
  g_autofree char *total = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autofree char *house = NULL;
  guint k;

  g_return_val_if_fail (self != NULL, NULL);

  switch (self->status)
    {
    case EC_PATHS_NONE_IN_PLAY:
      return g_strdup (_("No state is undecided: make some undecided to count the paths to a majority"));
    case EC_PATHS_TOO_MANY:
      return g_strdup_printf (_("Too many states are in play to count: at most %u"), EC_PATHS_MAX_UNITS);
    case EC_PATHS_NOT_AVAILABLE:
      return g_strdup (_("Not available: the paths need two candidates and one vote per elector"));
    case EC_PATHS_COUNTED:
    default:
      break;
    }

  k = self->open->len;
  total = ec_format_count ((gint64)ec_paths_get_total (self));
  left = ec_format_count ((gint64)self->counts[EC_PATHS_LEFT_WINS]);
  right = ec_format_count ((gint64)self->counts[EC_PATHS_RIGHT_WINS]);
  house = ec_format_count ((gint64)(self->counts[EC_PATHS_TIE] + self->counts[EC_PATHS_NO_MAJORITY]));

  if (self->named)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Of the %s ways %u state or district in play could go, "
                                         "%s elect %s, %s elect %s and %s send the choice to the House",
                                         "Of the %s ways %u states or districts in play could go, "
                                         "%s elect %s, %s elect %s and %s send the choice to the House", k),
                            total, k, left, ec_candidate_get_name (self->sides[0]),
                            right, ec_candidate_get_name (self->sides[1]), house);

  /* Translators: “Of the 512 ways 9 undecided states or districts could
   * go, 320 elect Kamala Harris, 180 elect Donald Trump and 12 send the
   * choice to the House”. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Of the %s ways %u undecided state or district could go, "
                                       "%s elect %s, %s elect %s and %s send the choice to the House",
                                       "Of the %s ways %u undecided states or districts could go, "
                                       "%s elect %s, %s elect %s and %s send the choice to the House", k),
                          total, k, left, ec_candidate_get_name (self->sides[0]),
                          right, ec_candidate_get_name (self->sides[1]), house);
}

static void
add_units (JsonBuilder *builder,
           EcPaths     *self,
           guint64      mask)
{
  json_builder_begin_array (builder);
  for (guint u = 0; u < self->open->len; u++)
    if (mask & (G_GUINT64_CONSTANT (1) << u))
      json_builder_add_string_value (builder, ec_unit_get_id (g_array_index (self->open, Open, u).unit));
  json_builder_end_array (builder);
}

/**
 * ec_paths_to_json:
 * @self: a #EcPaths
 * @max_combinations: how many of each side's smallest winning combinations
 *   to list
 *
 * The paths for `electors --paths`: the units in play, the counts by
 * outcome, each side's must-win units and smallest winning combinations.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
ec_paths_to_json (EcPaths *self,
                  guint    max_combinations)
{
  static const char * const outcome_ids[] = { "left_wins", "right_wins", "tie", "no_majority" };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *sentence = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  sentence = ec_paths_dup_sentence (self);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  switch (self->status)
    {
    case EC_PATHS_COUNTED:
      json_builder_add_string_value (builder, "counted");
      break;
    case EC_PATHS_NONE_IN_PLAY:
      json_builder_add_string_value (builder, "none-in-play");
      break;
    case EC_PATHS_TOO_MANY:
      json_builder_add_string_value (builder, "too-many");
      break;
    case EC_PATHS_NOT_AVAILABLE:
    default:
      json_builder_add_string_value (builder, "not-available");
      break;
    }
  json_builder_set_member_name (builder, "majority");
  json_builder_add_int_value (builder, self->majority);

  json_builder_set_member_name (builder, "in_play");
  json_builder_begin_array (builder);
  for (guint u = 0; u < self->open->len; u++)
    {
      const Open *open = &g_array_index (self->open, Open, u);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ec_unit_get_id (open->unit));
      json_builder_set_member_name (builder, "electoral_votes");
      json_builder_add_int_value (builder, open->electors);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "combinations");
  if (self->status == EC_PATHS_COUNTED)
    json_builder_add_int_value (builder, (gint64)ec_paths_get_total (self));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint o = 0; o < EC_PATHS_N_OUTCOMES; o++)
    {
      json_builder_set_member_name (builder, outcome_ids[o]);
      json_builder_add_int_value (builder, (gint64)self->counts[o]);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "sides");
  json_builder_begin_array (builder);
  for (guint s = 0; s < 2 && self->sides[s] != NULL; s++)
    {
      g_autoptr(GArray) smallest = ec_paths_list_smallest (self, s, max_combinations);
      guint64 must = 0;

      for (guint u = 0; u < self->open->len; u++)
        if (ec_paths_is_must_win (self, s, u))
          must |= G_GUINT64_CONSTANT (1) << u;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "candidate");
      json_builder_add_string_value (builder, ec_candidate_get_id (self->sides[s]));
      json_builder_set_member_name (builder, "electoral_votes");
      json_builder_add_int_value (builder, ec_paths_get_base (self, s));
      json_builder_set_member_name (builder, "paths");
      json_builder_add_int_value (builder, (gint64)self->counts[s == 0 ? EC_PATHS_LEFT_WINS : EC_PATHS_RIGHT_WINS]);
      json_builder_set_member_name (builder, "must_win");
      add_units (builder, self, must);
      json_builder_set_member_name (builder, "smallest");
      json_builder_begin_array (builder);
      for (guint i = 0; i < smallest->len; i++)
        add_units (builder, self, g_array_index (smallest, guint64, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "sentence");
  json_builder_add_string_value (builder, sentence);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
