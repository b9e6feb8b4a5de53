/* test-golden.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The map and the export slide are drawn the same way, pixel for pixel, as
 * the PNGs in golden/, which were made by the code before the map became a
 * display list. Run with ELECTORS_WRITE_GOLDEN=DIR to write new references
 * into DIR instead of comparing.
 */

#include "config.h"

#include <librsvg/rsvg.h>

#include "ec-map-renderer.h"
#include "ec-snapshot.h"

static EcScenario *
scenario_for (int            year,
              EcScenarioBase base)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_for_year (year, &error);

  g_assert_no_error (error);
  return ec_scenario_new (election, base);
}

/* Compares @surface with golden/@name, or writes it there. @tolerance is the
 * largest difference allowed in any channel of any pixel. */
static void
check_surface (cairo_surface_t *surface,
               const char      *name,
               int              tolerance)
{
  const char *write_dir = g_getenv ("ELECTORS_WRITE_GOLDEN");
  /* Named apart from other tests' drawings: tests run side by side. */
  g_autofree char *out_name = g_strconcat ("golden-", name, NULL);
  g_autofree char *out = g_test_build_filename (G_TEST_BUILT, out_name, NULL);
  g_autofree char *path = NULL;
  cairo_surface_t *golden;
  int width, height, stride;
  const guint8 *a, *b;
  guint differing = 0;
  int worst = 0;

  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, out), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Drawn: %s", out);

  if (write_dir != NULL)
    {
      g_autofree char *target = g_build_filename (write_dir, name, NULL);

      g_assert_cmpint (cairo_surface_write_to_png (surface, target), ==, CAIRO_STATUS_SUCCESS);
      return;
    }

  path = g_test_build_filename (G_TEST_DIST, "golden", name, NULL);
  golden = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);

  /* Both through PNG, so that both are in the same pixel format. */
  cairo_surface_destroy (surface);
  surface = cairo_image_surface_create_from_png (out);
  width = cairo_image_surface_get_width (golden);
  height = cairo_image_surface_get_height (golden);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  g_assert_cmpint (cairo_image_surface_get_format (surface), ==,
                   cairo_image_surface_get_format (golden));

  stride = cairo_image_surface_get_stride (golden);
  g_assert_cmpint (cairo_image_surface_get_stride (surface), ==, stride);
  a = cairo_image_surface_get_data (golden);
  b = cairo_image_surface_get_data (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width * 4; x++)
      {
        int d = ABS ((int) a[y * stride + x] - (int) b[y * stride + x]);

        if (d > tolerance)
          differing++;
        worst = MAX (worst, d);
      }

  g_test_message ("%s: %u channels differ by more than %d, worst %d", name,
                  differing, tolerance, worst);
  g_assert_cmpuint (differing, ==, 0);

  cairo_surface_destroy (golden);
  cairo_surface_destroy (surface);
}

static void
check_map (int            year,
           EcScenarioBase base,
           gboolean       patterns,
           double         label_scale,
           gboolean       shading,
           int            width,
           int            height,
           const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcMap) map = ec_map_new (&error);
  g_autoptr(EcMapRenderer) renderer = NULL;
  g_autoptr(EcScenario) scenario = scenario_for (year, base);
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_no_error (error);
  renderer = ec_map_renderer_new (map);
  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_patterns (renderer, patterns);
  ec_map_renderer_set_label_scale (renderer, label_scale);
  ec_map_renderer_set_margin_shading (renderer, shading);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ec_map_renderer_render (renderer, cr, width, height);
  cairo_destroy (cr);

  check_surface (surface, name, 0);
}

static void
test_map_2016 (void)
{
  check_map (2016, EC_SCENARIO_AS_CAST, FALSE, 1.0, FALSE, 1920, 1200, "map-2016.png");
}

static void
test_map_2024 (void)
{
  check_map (2024, EC_SCENARIO_AS_CAST, FALSE, 1.0, TRUE, 1366, 768, "map-2024.png");
}

static void
test_map_2016_presented (void)
{
  /* The colour-blind patterns and presentation's larger labels. */
  check_map (2016, EC_SCENARIO_PLEDGED, TRUE, 1.5, FALSE, 1024, 600, "map-2016-patterns.png");
}

static void
test_map_cached (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcMap) map = ec_map_new (&error);
  g_autoptr(EcMapRenderer) renderer = NULL;
  g_autoptr(EcScenario) scenario = scenario_for (2020, EC_SCENARIO_AS_CAST);
  cairo_surface_t *surface;

  /* The window's path: the cached drawing, updated unit by unit. */
  g_assert_no_error (error);
  renderer = ec_map_renderer_new (map);
  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1280, 800);
  cairo_region_destroy (ec_map_renderer_update (renderer));
  ec_scenario_set_split (scenario, "ME", FALSE);
  /* Two clicks on Texas (Biden, then undecided), one on Pennsylvania (Trump). */
  ec_scenario_cycle_winner (scenario, "TX", FALSE);
  ec_scenario_cycle_winner (scenario, "TX", FALSE);
  ec_scenario_cycle_winner (scenario, "PA", FALSE);
  cairo_region_destroy (ec_map_renderer_update (renderer));

  surface = ec_map_renderer_get_surface (renderer);
  check_surface (cairo_surface_reference (surface), "map-2020-cached.png", 0);
}

static EcSnapshot *
slide_2016 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcMap) map = ec_map_new (&error);
  g_autoptr(EcScenario) scenario = scenario_for (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 3, 12, 0, 0);
  EcSnapshot *snapshot;

  g_assert_no_error (error);
  snapshot = ec_snapshot_new (map, scenario);
  ec_snapshot_set_date (snapshot, date);
  return snapshot;
}

static cairo_surface_t *
surface_from_png_bytes (GBytes *bytes)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "golden-tmp.png", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return cairo_image_surface_create_from_png (path);
}

static void
test_slide_png (void)
{
  g_autoptr(EcSnapshot) snapshot = slide_2016 ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;

  ec_snapshot_set_size (snapshot, 1920, 1080);
  png = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_PNG, &error);
  g_assert_no_error (error);
  check_surface (surface_from_png_bytes (png), "slide-2016.png", 0);
}

static void
test_slide_svg (void)
{
  g_autoptr(EcSnapshot) snapshot = slide_2016 ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  RsvgHandle *handle = NULL;
  RsvgRectangle viewport = { 0, 0, 1280, 720 };
  cairo_surface_t *surface;
  cairo_t *cr;

  ec_snapshot_set_size (snapshot, 1280, 720);
  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error);
  g_assert_no_error (error);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
  cr = cairo_create (surface);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  g_object_unref (handle);

  /* librsvg draws a haloed label as one text or as two alike, but not
   * necessarily to the last bit of antialiasing. */
  check_surface (surface, "slide-2016-svg.png", 48);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/golden/map-2016", test_map_2016);
  g_test_add_func ("/ec/golden/map-2024", test_map_2024);
  g_test_add_func ("/ec/golden/map-2016-patterns", test_map_2016_presented);
  g_test_add_func ("/ec/golden/map-2020-cached", test_map_cached);
  g_test_add_func ("/ec/golden/slide-png", test_slide_png);
  g_test_add_func ("/ec/golden/slide-svg", test_slide_svg);

  return g_test_run ();
}
