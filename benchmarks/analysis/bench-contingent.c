/* bench-contingent.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, as JSON, what a click in a contingent election costs the
 * analysis: the tally and the House and Senate vote of a 269–269 tie in
 * 2016, the first time (reading the Congress) and after (from the cache),
 * and a delegation's vote changed and counted again.
 */

#include "config.h"

#include "ec-contingent.h"

#define RUNS 201

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, values->len / 2);
}

int
main (void)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (2016, NULL);
  g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_PLEDGED);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  g_autoptr(GArray) cached = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) clicks = g_array_new (FALSE, FALSE, sizeof (double));
  double first;
  gint64 start;

  ec_scenario_set_winner (scenario, "PA", clinton);
  ec_scenario_set_winner (scenario, "MI", clinton);
  ec_scenario_set_winner (scenario, "ME-2", clinton);

  start = g_get_monotonic_time ();
  {
    g_autoptr(EcTally) tally = ec_tally_new (scenario);
    g_autoptr(EcContingent) contingent = ec_contingent_new_for_tally (tally, NULL);

    g_assert_nonnull (contingent);
  }
  first = (g_get_monotonic_time () - start) / 1000.0;

  for (guint i = 0; i < RUNS; i++)
    {
      double ms;

      start = g_get_monotonic_time ();
      {
        g_autoptr(EcTally) tally = ec_tally_new (scenario);
        g_autoptr(EcContingent) contingent = ec_contingent_new_for_tally (tally, NULL);
        g_autofree char *outcome = ec_contingent_dup_outcome_sentence (contingent);
      }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (cached, ms);

      start = g_get_monotonic_time ();
      {
        g_autoptr(EcTally) tally = ec_tally_new (scenario);
        g_autoptr(EcContingent) contingent = ec_contingent_new_for_tally (tally, NULL);
        g_autoptr(EcTally) again = NULL;
        g_autoptr(EcContingent) counted = NULL;

        ec_contingent_cycle_state_vote (contingent, "TX", FALSE);
        again = ec_tally_new (scenario);
        counted = ec_contingent_new_for_tally (again, NULL);
      }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (clicks, ms);
    }

  g_print ("{\"first_ms\": %.3f, \"tally_and_contingent_ms\": %.3f, \"click_ms\": %.3f}\n",
           first, median (cached), median (clicks));

  return 0;
}
