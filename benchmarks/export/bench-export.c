/* bench-export.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints one JSON object per export: a 1920×1080 PNG, a 3840×2160 PNG, a
 * 1920×1080 SVG and an A4 PDF of the 2016 election as the electors voted,
 * each the median of several saves to a temporary folder (composing,
 * drawing, encoding and writing the file), with the file's size. Beside
 * the wall-clock time it prints the thread's CPU time, which a machine
 * shared with other work disturbs far less; an 8K PNG is timed too.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <time.h>

#include "ec-snapshot.h"

#define RUNS 9

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  const struct {
    const char       *name;
    EcSnapshotFormat  format;
    int               width;
    int               height;
  } cases[] = {
    { "png-1920x1080", EC_SNAPSHOT_FORMAT_PNG, 1920, 1080 },
    { "png-3840x2160", EC_SNAPSHOT_FORMAT_PNG, 3840, 2160 },
    { "png-7680x4320", EC_SNAPSHOT_FORMAT_PNG, 7680, 4320 },
    { "svg-1920x1080", EC_SNAPSHOT_FORMAT_SVG, 1920, 1080 },
    { "pdf-a4", EC_SNAPSHOT_FORMAT_PDF, 0, 0 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(EcMap) map = ec_map_new (&error);
  g_autoptr(EcElection) election = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcSnapshot) snapshot = NULL;
  g_autofree char *dir = NULL;

  if (map == NULL)
    g_error ("%s", error->message);
  if (!(election = ec_election_new_for_year (2016, &error)))
    g_error ("%s", error->message);
  if (!(dir = g_dir_make_tmp ("electors-bench-XXXXXX", &error)))
    g_error ("%s", error->message);

  scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  snapshot = ec_snapshot_new (map, scenario);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *name = g_strdup_printf ("export.%s", ec_snapshot_format_get_extension (cases[i].format));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      GStatBuf st;

      if (cases[i].width > 0)
        ec_snapshot_set_size (snapshot, cases[i].width, cases[i].height);

      for (guint run = 0; run < RUNS; run++)
        {
          gint64 start = g_get_monotonic_time ();
          double cpu_start = thread_cpu_ms ();
          double ms, cpu_ms;

          if (!ec_snapshot_save (snapshot, file, cases[i].format, &error))
            g_error ("%s", error->message);
          cpu_ms = thread_cpu_ms () - cpu_start;
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (times, ms);
          g_array_append_val (cpu_times, cpu_ms);
        }

      g_array_sort (times, compare_doubles);
      g_array_sort (cpu_times, compare_doubles);
      if (g_stat (path, &st) != 0)
        g_error ("%s was not written", path);

      g_print ("{\"export\": \"%s\", \"median_ms\": %.1f, \"fastest_ms\": %.1f, \"median_cpu_ms\": %.1f, "
               "\"bytes\": %" G_GINT64_FORMAT "}\n",
               cases[i].name, g_array_index (times, double, RUNS / 2), g_array_index (times, double, 0),
               g_array_index (cpu_times, double, RUNS / 2), (gint64)st.st_size);
      g_unlink (path);
    }

  g_rmdir (dir);

  return EXIT_SUCCESS;
}
