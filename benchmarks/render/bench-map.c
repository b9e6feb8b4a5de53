/* bench-map.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints one JSON object per size: the cost of a plain librsvg render of the
 * whole map (the naive way, measured in the same run as the baseline), of
 * our full render, of the drawing work after one unit changes, and of one
 * hit test.
 */

#include "config.h"

#include <librsvg/rsvg.h>
#include <stdlib.h>

#include "ec-map-renderer.h"

#define RUNS 15

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

static double
naive_render_ms (RsvgHandle *handle,
                 int         width,
                 int         height)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < RUNS; i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_t *cr = cairo_create (surface);
      RsvgRectangle viewport = { 0, 0, width, height };
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!rsvg_handle_render_document (handle, cr, &viewport, NULL))
        g_error ("librsvg could not render the map");
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  return median (times);
}

static double
full_render_ms (EcMapRenderer *renderer,
                int            width,
                int            height)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start;
      double ms;

      /* A new size drops the cache, so the update draws everything. */
      ec_map_renderer_set_size (renderer, 1, 1);
      ec_map_renderer_set_size (renderer, width, height);
      start = g_get_monotonic_time ();
      cairo_region_destroy (ec_map_renderer_update (renderer));
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }

  return median (times);
}

/* Gives every unit, one at a time, to the other big candidate and back, and
 * measures the update after each change: the work between a click and the
 * new frame's pixels. */
static void
click_update_ms (EcMapRenderer *renderer,
                 EcScenario    *scenario,
                 double        *median_ms,
                 double        *worst_ms)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  GPtrArray *units = ec_election_get_all_units (ec_scenario_get_election (scenario));
  EcCandidate *a = ec_scenario_get_candidate (scenario, "hillary-clinton");
  EcCandidate *b = ec_scenario_get_candidate (scenario, "donald-trump");

  cairo_region_destroy (ec_map_renderer_update (renderer));

  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < units->len; i++)
        {
          const char *id = ec_unit_get_id (g_ptr_array_index (units, i));
          EcCandidate *now = ec_scenario_get_winner (scenario, id);
          cairo_region_t *damage;
          gint64 start;
          double ms;

          ec_scenario_set_winner (scenario, id, now == a ? b : a);
          start = g_get_monotonic_time ();
          damage = ec_map_renderer_update (renderer);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (times, ms);
          if (damage)
            cairo_region_destroy (damage);
        }
    }

  *median_ms = median (times);
  *worst_ms = g_array_index (times, double, times->len - 1);
}

static double
hit_test_us (EcMapRenderer *renderer,
             int            width,
             int            height)
{
  const guint n = 200000;
  guint found = 0;
  gint64 start;
  GRand *rand = g_rand_new_with_seed (42);
  double *points = g_new (double, 2 * n);

  for (guint i = 0; i < n; i++)
    {
      points[2 * i] = g_rand_double_range (rand, 0, width);
      points[2 * i + 1] = g_rand_double_range (rand, 0, height);
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    found += ec_map_renderer_pick (renderer, points[2 * i], points[2 * i + 1]) != NULL;

  g_rand_free (rand);
  g_free (points);

  /* Keep the loop from being optimised away. */
  if (found == 0)
    g_error ("no point hit the map");

  return (double)(g_get_monotonic_time () - start) / n;
}

int
main (int   argc,
      char *argv[])
{
  const struct { int width, height; } sizes[] = { { 1920, 1200 }, { 3840, 2160 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(EcMap) map = ec_map_new (&error);
  g_autoptr(EcElection) election = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcMapRenderer) renderer = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GObject) handle_object = NULL;
  RsvgHandle *handle;
  gsize svg_length;
  char *svg_contents;
  const guint8 *svg_data;

  if (map == NULL)
    g_error ("%s", error->message);

  /* The SVG is the map's source, read here from the source tree: the app
   * itself never draws it. */
  if (!g_file_get_contents (MAP_SVG_PATH, &svg_contents, &svg_length, &error))
    g_error ("%s", error->message);
  svg = g_bytes_new_take (svg_contents, svg_length);
  svg_data = g_bytes_get_data (svg, NULL);
  handle = rsvg_handle_new_from_data (svg_data, svg_length, &error);
  handle_object = G_OBJECT (handle);
  if (handle == NULL)
    g_error ("%s", error->message);

  election = ec_election_new_for_year (2016, &error);
  scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  renderer = ec_map_renderer_new (map);
  ec_map_renderer_set_scenario (renderer, scenario);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int w = sizes[i].width, h = sizes[i].height;
      double naive = naive_render_ms (handle, w, h);
      double full = full_render_ms (renderer, w, h);
      double click, worst;
      double hit;

      click_update_ms (renderer, scenario, &click, &worst);
      hit = hit_test_us (renderer, w, h);

      g_print ("{\"size\": \"%dx%d\", \"naive_full_render_ms\": %.2f, \"full_render_ms\": %.2f, "
               "\"click_update_ms\": %.3f, \"click_update_worst_ms\": %.3f, \"hit_test_us\": %.2f, "
               "\"click_vs_naive\": %.3f}\n",
               w, h, naive, full, click, worst, hit, click / naive);
    }

  return EXIT_SUCCESS;
}
