/* bench-systems.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median time of re-apportioning the House at several sizes and
 * re-tallying, and of the compare table of one election.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ec-compare.h"

#define RUNS 201

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *)a;
  double db = *(const double *)b;

  return (da > db) - (da < db);
}

static double
median (double *samples,
        guint   n)
{
  qsort (samples, n, sizeof (double), compare_doubles);

  return samples[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  const guint sizes[] = { 435, 544, 573, 692, 1000, 2000, 5000, 10000 };
  const int years[] = { 2016, 2024 };
  double samples[RUNS];

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autoptr(EcElection) election = ec_election_new_for_year (years[y], NULL);
      g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_PLEDGED);

      printf ("%d, re-apportion by Huntington–Hill and re-tally (median of %d):\n", years[y], RUNS);
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          guint majority = 0;

          for (guint r = 0; r < RUNS; r++)
            {
              gint64 start;
              g_autoptr(EcTally) tally = NULL;

              /* From another size each time, so the apportionment really runs. */
              ec_scenario_set_house_size (scenario, sizes[s] == 436 ? 437 : 436, NULL);
              start = g_get_monotonic_time ();
              ec_scenario_set_house_size (scenario, sizes[s], NULL);
              tally = ec_tally_new (scenario);
              samples[r] = (g_get_monotonic_time () - start) / 1000.0;
              majority = ec_tally_get_majority (tally);
            }
          printf ("  %5u seats: %.3f ms (majority %u)\n", sizes[s], median (samples, RUNS), majority);
        }

      ec_scenario_set_house_size (scenario, 435, NULL);
      for (guint r = 0; r < RUNS; r++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autoptr(GPtrArray) rows = ec_compare_new (scenario);

          samples[r] = (g_get_monotonic_time () - start) / 1000.0;
        }
      printf ("  compare table, every method: %.3f ms\n", median (samples, RUNS));

      ec_scenario_set_method (scenario, EC_METHOD_PROPORTIONAL);
      for (guint r = 0; r < RUNS; r++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autoptr(EcTally) tally = ec_tally_new (scenario);

          samples[r] = (g_get_monotonic_time () - start) / 1000.0;
        }
      printf ("  proportional tally: %.3f ms\n", median (samples, RUNS));
      ec_scenario_set_method (scenario, EC_METHOD_WINNER_TAKE_ALL);
    }

  return 0;
}
