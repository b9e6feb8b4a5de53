/* bench-analysis.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints one JSON object: the median time of the tally of 2016 (56 units,
 * Maine and Nebraska split), of the fewest switched voters for each goal on
 * the same scenario, of its tipping point, and of the paths to 270 with the
 * 20 narrowest units undecided, all measured in the same run.
 */

#include "config.h"

#include <stdlib.h>

#include "ec-closest.h"
#include "ec-paths.h"

#define RUNS 101
/* Each sample times this many calls, so that a call well under the
 * microsecond the clock counts in is still measured. */
#define BATCH 20

typedef enum {
  TASK_TALLY,
  TASK_CLOSEST_WIN,
  TASK_CLOSEST_TIE,
  TASK_CLOSEST_NO_MAJORITY,
  TASK_TIPPING_POINT,
  TASK_PATHS,
} Task;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
run_once (Task        task,
          EcScenario *scenario)
{
  switch (task)
    {
    case TASK_TALLY:
      ec_tally_unref (ec_tally_new (scenario));
      break;
    case TASK_CLOSEST_WIN:
      ec_closest_unref (ec_closest_new (scenario, EC_CLOSEST_WIN, NULL));
      break;
    case TASK_CLOSEST_TIE:
      ec_closest_unref (ec_closest_new (scenario, EC_CLOSEST_TIE, NULL));
      break;
    case TASK_CLOSEST_NO_MAJORITY:
      ec_closest_unref (ec_closest_new (scenario, EC_CLOSEST_NO_MAJORITY, NULL));
      break;
    case TASK_TIPPING_POINT:
      {
        EcTippingPoint point;

        if (!ec_closest_find_tipping_point (scenario, &point))
          g_error ("2016 has a tipping point");
      }
      break;
    case TASK_PATHS:
    default:
      ec_paths_unref (ec_paths_new (scenario, NULL));
      break;
    }
}

static double
median_ms (Task        task,
           EcScenario *scenario)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  run_once (task, scenario);
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      for (guint j = 0; j < BATCH; j++)
        run_once (task, scenario);
      ms = (g_get_monotonic_time () - start) / 1000.0 / BATCH;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, times->len / 2);
}

/* The 20 units with the narrowest margins, as a share of their vote. */
static void
open_narrowest (EcScenario *scenario,
                guint       n)
{
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (scenario);
  g_autoptr(GArray) shares = g_array_new (FALSE, FALSE, sizeof (double));
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);

  for (guint i = 0; i < units->len; i++)
    {
      EcUnit *unit = g_ptr_array_index (units, i);
      gint64 a = ec_unit_get_popular_votes (unit, g_ptr_array_index (candidates, 0));
      gint64 b = ec_unit_get_popular_votes (unit, g_ptr_array_index (candidates, 1));
      double share = (double)ABS (a - b) / MAX (ec_unit_get_total_votes (unit), 1);

      g_array_append_val (shares, share);
    }

  for (guint opened = 0; opened < n; opened++)
    {
      guint best = 0;

      for (guint i = 1; i < shares->len; i++)
        if (g_array_index (shares, double, i) < g_array_index (shares, double, best))
          best = i;
      ec_scenario_set_winner (scenario, ec_unit_get_id (g_ptr_array_index (units, best)), NULL);
      g_array_index (shares, double, best) = G_MAXDOUBLE;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_for_year (2016, &error);
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcScenario) open = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(EcClosest) closest = NULL;
  g_autoptr(EcPaths) paths = NULL;

  if (election == NULL)
    g_error ("%s", error->message);

  scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  units = ec_scenario_list_active_units (scenario);
  closest = ec_closest_new (scenario, EC_CLOSEST_WIN, NULL);

  open = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  open_narrowest (open, 20);
  paths = ec_paths_new (open, NULL);
  if (ec_paths_get_n_units (paths) != 20)
    g_error ("expected 20 undecided units, not %u", ec_paths_get_n_units (paths));

  g_print ("{\n");
  g_print ("  \"units\": %u,\n", units->len);
  g_print ("  \"fewest_voters\": %" G_GINT64_FORMAT ",\n", ec_closest_get_voters (closest));
  g_print ("  \"tally_ms\": %.4f,\n", median_ms (TASK_TALLY, scenario));
  g_print ("  \"closest_win_ms\": %.4f,\n", median_ms (TASK_CLOSEST_WIN, scenario));
  g_print ("  \"closest_tie_ms\": %.4f,\n", median_ms (TASK_CLOSEST_TIE, scenario));
  g_print ("  \"closest_no_majority_ms\": %.4f,\n", median_ms (TASK_CLOSEST_NO_MAJORITY, scenario));
  g_print ("  \"tipping_point_ms\": %.4f,\n", median_ms (TASK_TIPPING_POINT, scenario));
  g_print ("  \"paths_units\": %u,\n", ec_paths_get_n_units (paths));
  g_print ("  \"paths_combinations\": %" G_GUINT64_FORMAT ",\n", ec_paths_get_total (paths));
  g_print ("  \"paths_tally_ms\": %.4f,\n", median_ms (TASK_TALLY, open));
  g_print ("  \"paths_ms\": %.4f\n", median_ms (TASK_PATHS, open));
  g_print ("}\n");

  return EXIT_SUCCESS;
}
