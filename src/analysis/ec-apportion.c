/* ec-apportion.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ec-apportion.h"

static const char * const preset_ids[EC_N_HOUSE_PRESETS] = {
  [EC_HOUSE_PRESET_CURRENT] = "current",
  [EC_HOUSE_PRESET_WYOMING_RULE] = "wyoming-rule",
  [EC_HOUSE_PRESET_CUBE_ROOT] = "cube-root",
};

typedef struct {
  double priority;
  guint  state;
} Entry;

/* Whether @a goes before @b: the higher priority value, and on a tie (which
 * real populations never give) the state that comes first. */
static inline gboolean
before (const Entry *a,
        const Entry *b)
{
  return a->priority > b->priority || (a->priority == b->priority && a->state < b->state);
}

static void
sift_down (Entry *heap,
           guint  n,
           guint  i)
{
  for (;;)
    {
      guint best = i;
      guint left = 2 * i + 1;
      guint right = left + 1;
      Entry swap;

      if (left < n && before (&heap[left], &heap[best]))
        best = left;
      if (right < n && before (&heap[right], &heap[best]))
        best = right;
      if (best == i)
        return;

      swap = heap[i];
      heap[i] = heap[best];
      heap[best] = swap;
      i = best;
    }
}

/* The priority value of a state's (n + 1)-th seat. Every comparison uses
 * this one expression, so that the counting below and the heap agree to
 * the last bit. */
static inline double
priority (gint64 population,
          double n)
{
  return population / sqrt (n * (n + 1));
}

/* How many seats @population gets if every seat whose priority value is at
 * least @threshold is given: its first seat, and the m further ones with
 * P / √(m(m + 1)) ≥ threshold. */
static guint
seats_above (gint64 population,
             double threshold)
{
  double x = population / threshold;
  double m = floor ((sqrt (1 + 4 * x * x) - 1) / 2);

  /* The estimate can be one off either way at a boundary. */
  while (m > 0 && priority (population, m) < threshold)
    m--;
  while (priority (population, m + 1) >= threshold)
    m++;

  return 1 + (guint)m;
}

/**
 * ec_apportion_huntington_hill:
 * @populations: (array length=n_states): each state's apportionment population
 * @n_states: the number of states
 * @house_size: the seats to share out, at least @n_states
 * @seats: (out caller-allocates) (array length=n_states): each state's seats
 *
 * The method of equal proportions, which 2 U.S.C. §2a has prescribed since
 * 1941: every state gets one seat, then each further seat goes to the state
 * with the highest priority value P / √(n(n+1)), n being the seats it
 * already has.
 *
 * Handing out the seats one by one gives the same result as giving at once
 * every seat whose priority value is above some threshold, and then going
 * on one by one: so a threshold is searched for that gives nearly all the
 * seats, and a heap of the states' next priority values gives the last few.
 * That takes the same time at 10,000 seats as at 435.
 *
 * Returns: %FALSE if @house_size is smaller than @n_states or a population
 *   is not positive
 */
gboolean
ec_apportion_huntington_hill (const gint64 *populations,
                              guint         n_states,
                              guint         house_size,
                              guint        *seats)
{
  g_autofree Entry *heap = NULL;
  double low = 0;
  double high = 0;
  guint given = 0;

  g_return_val_if_fail (populations != NULL && seats != NULL, FALSE);

  if (n_states == 0 || house_size < n_states)
    return FALSE;

  for (guint i = 0; i < n_states; i++)
    {
      if (populations[i] <= 0)
        return FALSE;
      /* Above every second seat's priority: one seat each. */
      high = MAX (high, priority (populations[i], 1) * 2);
    }

  /* @high gives at most @house_size seats (at first, one each) and @low
   * more: halve the gap until at most two seats are left to give. */
  for (guint step = 0; step < 200 && high - low > high * 1e-15; step++)
    {
      double middle = (low + high) / 2;
      guint total = 0;

      for (guint i = 0; i < n_states; i++)
        total += seats_above (populations[i], middle);

      if (total > house_size)
        {
          low = middle;
          continue;
        }

      high = middle;
      if (house_size - total <= 2)
        break;
    }

  for (guint i = 0; i < n_states; i++)
    {
      seats[i] = seats_above (populations[i], high);
      given += seats[i];
    }
  g_assert (given <= house_size);

  heap = g_new (Entry, n_states);
  for (guint i = 0; i < n_states; i++)
    {
      heap[i].priority = priority (populations[i], seats[i]);
      heap[i].state = i;
    }
  for (guint i = n_states / 2; i-- > 0; )
    sift_down (heap, n_states, i);

  /* The last seats one by one, each to the highest next priority value. */
  for (; given < house_size; given++)
    {
      guint state = heap[0].state;

      seats[state]++;
      heap[0].priority = priority (populations[state], seats[state]);
      sift_down (heap, n_states, 0);
    }

  return TRUE;
}

/**
 * ec_house_preset_to_id:
 * @preset: a preset
 *
 * Returns: (transfer none): the preset's stable id
 */
const char *
ec_house_preset_to_id (EcHousePreset preset)
{
  g_return_val_if_fail (preset < EC_N_HOUSE_PRESETS, NULL);

  return preset_ids[preset];
}

/**
 * ec_house_preset_from_id:
 * @id: an id such as “wyoming-rule”
 * @preset: (out): the preset
 *
 * Returns: whether @id names a preset
 */
gboolean
ec_house_preset_from_id (const char    *id,
                         EcHousePreset *preset)
{
  for (guint i = 0; i < EC_N_HOUSE_PRESETS && id != NULL; i++)
    if (g_str_equal (id, preset_ids[i]))
      {
        *preset = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * ec_house_preset_get_name:
 * @preset: a preset
 *
 * Returns: (transfer none): the preset's name, translated
 */
const char *
ec_house_preset_get_name (EcHousePreset preset)
{
  switch (preset)
    {
    case EC_HOUSE_PRESET_CURRENT:
      return _("Today’s House");
    case EC_HOUSE_PRESET_WYOMING_RULE:
      return _("Wyoming rule");
    case EC_HOUSE_PRESET_CUBE_ROOT:
      return _("Cube-root rule");
    case EC_N_HOUSE_PRESETS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ec_house_preset_get_size:
 * @preset: a preset
 * @census: the census the House is apportioned from
 *
 * The Wyoming rule divides the total apportionment population by the
 * smallest state's; the cube-root rule takes the cube root of the total
 * apportionment population (the proposal uses the whole population, which
 * the bundled census tables do not give). Both round to the nearest seat.
 *
 * Returns: the House size of @preset
 */
guint
ec_house_preset_get_size (EcHousePreset   preset,
                          const EcCensus *census)
{
  gint64 smallest = G_MAXINT64;

  g_return_val_if_fail (census != NULL, EC_HOUSE_SIZE_DEFAULT);

  switch (preset)
    {
    case EC_HOUSE_PRESET_WYOMING_RULE:
      for (guint i = 0; i < census->n_states; i++)
        smallest = MIN (smallest, census->populations[i]);
      return (guint)llround ((double)census->total / (double)smallest);

    case EC_HOUSE_PRESET_CUBE_ROOT:
      return (guint)llround (cbrt ((double)census->total));

    case EC_HOUSE_PRESET_CURRENT:
    case EC_N_HOUSE_PRESETS:
    default:
      return EC_HOUSE_SIZE_DEFAULT;
    }
}

static int
compare_shares (gconstpointer a,
                gconstpointer b)
{
  const EcVoterShare *sa = a;
  const EcVoterShare *sb = b;

  if (sa->per_elector != sb->per_elector)
    return sa->per_elector > sb->per_elector ? -1 : 1;

  return g_strcmp0 (sa->state_id, sb->state_id);
}

/**
 * ec_voters_per_elector:
 * @scenario: a #EcScenario
 * @votes_cast: %FALSE to divide each state's apportionment population by
 *   its electors, %TRUE to divide the votes cast there
 *
 * Populations exist for the 50 states only (DC is not apportioned), and
 * only for elections whose census is bundled; votes cast exist for every
 * unit with a popular vote, DC included.
 *
 * Returns: (transfer full) (element-type EcVoterShare): each state's people
 *   per elector under the scenario's House, most first; empty when the
 *   figures do not exist
 */
GArray *
ec_voters_per_elector (EcScenario *scenario,
                       gboolean    votes_cast)
{
  EcElection *election;
  const EcCensus *census;
  GPtrArray *states;
  GArray *shares = g_array_new (FALSE, FALSE, sizeof (EcVoterShare));

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), shares);

  election = ec_scenario_get_election (scenario);
  census = ec_census_for_election (election);
  states = ec_election_get_states (election);

  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i);
      EcVoterShare share = { ec_unit_get_id (state), 0, 0, 0 };
      GPtrArray *districts = ec_unit_get_districts (state);
      int position;

      /* A split state's districts are still the state's electors. */
      share.electors = ec_scenario_get_unit_electoral_votes (scenario, state);
      for (guint j = 0; j < districts->len; j++)
        share.electors += ec_scenario_get_unit_electoral_votes (scenario, g_ptr_array_index (districts, j));

      if (votes_cast)
        {
          if (!ec_unit_has_popular_votes (state))
            continue;
          share.people = ec_unit_get_total_votes (state);
        }
      else
        {
          if (census == NULL || (position = ec_census_find_state (census, share.state_id)) < 0)
            continue;
          share.people = census->populations[position];
        }

      if (share.electors == 0)
        continue;

      share.per_elector = (double)share.people / share.electors;
      g_array_append_val (shares, share);
    }

  g_array_sort (shares, compare_shares);

  return shares;
}
