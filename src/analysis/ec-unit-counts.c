/* ec-unit-counts.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-analysis-private.h"
#include "ec-laws.h"

/* What the analyses change is who holds a unit, and each change must move
 * the votes exactly as the tally would. These functions count one unit the
 * way ec-tally.c counts it (split delegations, faithless electors, voided
 * votes), and a test holds them to the tally for every unit of every
 * election. */

int
ec_unit_counts_find (EcUnitCounts *counts,
                     EcCandidate  *candidate)
{
  guint index;

  if (candidate != NULL && g_ptr_array_find (counts->candidates, candidate, &index))
    return (int)index;

  return -1;
}

/* The electoral votes of @unit when @candidate holds it with a slate of its
 * own: no faithless electors, since those were the previous winner's. */
static void
count_unit (EcUnitCounts *counts,
            EcUnit       *unit,
            int           winner,
            guint        *votes,
            guint        *given)
{
  EcCandidate *real = ec_unit_get_winner (unit);
  guint electors = ec_scenario_get_unit_electoral_votes (counts->scenario, unit);
  int real_index = ec_unit_counts_find (counts, real);

  memset (votes, 0, sizeof (guint) * counts->candidates->len);
  *given = 0;

  if (winner < 0)
    return;

  if (!ec_unit_has_electoral_votes_cast (unit) || real_index < 0 ||
      electors != ec_unit_get_electoral_votes (unit))
    {
      votes[winner] = electors;
      *given = electors;
      return;
    }

  /* The new winner takes the real winner's votes, and the other way round. */
  for (guint i = 0; i < counts->candidates->len; i++)
    {
      guint as = i;

      if ((int)i == winner)
        as = real_index;
      else if ((int)i == real_index)
        as = winner;

      votes[i] = ec_unit_get_electoral_votes_cast (unit, g_ptr_array_index (counts->candidates, as));
    }

  *given = votes[winner];
}

static void
apply_faithless (EcUnitCounts *counts,
                 EcUnit       *unit,
                 guint        *votes,
                 guint         given)
{
  GPtrArray *faithless = ec_scenario_get_faithless (counts->scenario);
  gboolean voided = ec_scenario_law_voids (counts->scenario, unit, NULL);

  for (guint i = 0; i < faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (faithless, i);
      guint count;
      int from, to;

      if (!g_str_equal (f->unit_id, ec_unit_get_id (unit)))
        continue;

      /* As the tally: a vote a law in force cancels stays with the pledge. */
      if (voided)
        continue;

      count = MIN (f->count, given);
      given -= count;
      from = ec_unit_counts_find (counts, f->from);
      to = ec_unit_counts_find (counts, f->to);
      g_assert (from >= 0 && votes[from] >= count);
      votes[from] -= count;
      if (to >= 0)
        votes[to] += count;
    }
}

/* The popular vote the scenario implies in one unit: as ec-tally.c does, a
 * unit given to someone other than its real winner has the fewest voters
 * moved that flip it. */
static void
count_popular_votes (EcUnitCounts *counts,
                     EcUnitCount  *count)
{
  EcUnit *unit = count->unit;
  int real = ec_unit_counts_find (counts, ec_unit_get_winner (unit));
  int now = ec_unit_counts_find (counts, count->holder);

  for (guint i = 0; i < counts->candidates->len; i++)
    count->votes[i] = ec_unit_get_popular_votes (unit, g_ptr_array_index (counts->candidates, i));

  if (real >= 0 && now >= 0 && real != now)
    {
      gint64 moved = MAX ((count->votes[real] - count->votes[now]) / 2 + 1, 1);

      count->votes[real] -= moved;
      count->votes[now] += moved;
    }
}

void
ec_unit_counts_init (EcUnitCounts *counts,
                     EcScenario   *scenario)
{
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  guint n;

  memset (counts, 0, sizeof *counts);
  counts->scenario = g_object_ref (scenario);
  counts->candidates = g_ptr_array_ref (ec_scenario_get_candidates (scenario));
  counts->units = ec_scenario_list_active_units (scenario);
  counts->majority = ec_tally_get_majority (tally);
  counts->has_popular_vote = ec_tally_has_popular_vote (tally);
  counts->rules = ec_tally_get_rules (tally);
  n = counts->candidates->len;

  counts->totals = g_new0 (guint, n);
  for (guint i = 0; i < n; i++)
    counts->totals[i] = ec_tally_get_electoral_votes (tally, g_ptr_array_index (counts->candidates, i));

  counts->counts = g_new0 (EcUnitCount, counts->units->len);
  for (guint u = 0; u < counts->units->len; u++)
    {
      EcUnitCount *count = &counts->counts[u];
      guint given;

      count->unit = g_ptr_array_index (counts->units, u);
      count->index = u;
      count->holder = ec_scenario_get_winner (scenario, ec_unit_get_id (count->unit));
      count->electors = ec_scenario_get_unit_electoral_votes (scenario, count->unit);
      count->has_votes = ec_unit_has_popular_votes (count->unit);
      count->now = g_new0 (guint, n);
      count->votes = g_new0 (gint64, n);

      /* Units still waiting for a winner; a state that cast no votes in
       * reality is not waiting. */
      if (count->holder == NULL && !ec_unit_casts_no_votes (count->unit))
        counts->undecided += count->electors;

      count_unit (counts, count->unit, ec_unit_counts_find (counts, count->holder), count->now, &given);
      apply_faithless (counts, count->unit, count->now, given);
      if (count->has_votes)
        count_popular_votes (counts, count);
    }
}

void
ec_unit_counts_clear (EcUnitCounts *counts)
{
  if (counts->counts != NULL)
    {
      for (guint u = 0; u < counts->units->len; u++)
        {
          g_free (counts->counts[u].now);
          g_free (counts->counts[u].votes);
        }
    }
  g_clear_pointer (&counts->counts, g_free);
  g_clear_pointer (&counts->totals, g_free);
  g_clear_pointer (&counts->units, g_ptr_array_unref);
  g_clear_pointer (&counts->candidates, g_ptr_array_unref);
  g_clear_object (&counts->scenario);
}

/* The electoral votes of unit @unit if @candidate held it with its own
 * slate, as the tally would count them after ec_scenario_set_winner(). */
void
ec_unit_counts_give (EcUnitCounts *counts,
                     guint         unit,
                     guint         candidate,
                     guint        *votes)
{
  guint given;

  g_assert (unit < counts->units->len);
  g_assert (candidate < counts->candidates->len);

  count_unit (counts, counts->counts[unit].unit, (int)candidate, votes, &given);
}

/* The fewest voters who, switching from any other candidate to
 * @candidate, make @candidate the unit's plurality winner. Each switch
 * adds one vote to @candidate and takes one from someone else, and taking
 * it from whoever leads is never worse, so for x switches the best the
 * others can be held to is the level h where the votes above h add up to
 * at most x. The smallest x with votes + x > h(x) is the answer; both sides
 * grow with x in one direction, so a binary search finds it. With two
 * candidates this is half the margin plus one, the tally's own rule. */
gint64
ec_unit_counts_switch_cost (EcUnitCounts *counts,
                            guint         unit,
                            guint         candidate)
{
  const gint64 *votes = counts->counts[unit].votes;
  guint n = counts->candidates->len;
  gint64 mine = votes[candidate];
  gint64 top = 0, second = 0;
  gint64 lo = 0, hi;

  g_assert (counts->counts[unit].has_votes);

  for (guint i = 0; i < n; i++)
    {
      if (i == candidate)
        continue;
      if (votes[i] > top)
        {
          second = top;
          top = votes[i];
        }
      else if (votes[i] > second)
        {
          second = votes[i];
        }
    }

  if (mine > top)
    return 0;

  /* The common case: taking half the margin plus one from the leader
   * leaves everyone else behind too. */
  hi = (top - mine) / 2 + 1;
  if (second <= top - hi)
    return hi;

  hi = top - mine + 1;
  while (lo < hi)
    {
      gint64 x = lo + (hi - lo) / 2;
      gint64 h_lo = 0, h_hi = top;

      /* The lowest level h the others can be brought down to with x. */
      while (h_lo < h_hi)
        {
          gint64 h = h_lo + (h_hi - h_lo) / 2;
          gint64 above = 0;

          for (guint i = 0; i < n; i++)
            if (i != candidate && votes[i] > h)
              above += votes[i] - h;

          if (above <= x)
            h_hi = h;
          else
            h_lo = h + 1;
        }

      if (mine + x > h_lo)
        hi = x;
      else
        lo = x + 1;
    }

  return lo;
}
