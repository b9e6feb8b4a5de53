/* test-map.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ec-map-renderer.h"
#include "ec-tally.h"

static EcMap *
load_map (void)
{
  g_autoptr(GError) error = NULL;
  EcMap *map = ec_map_new (&error);

  g_assert_no_error (error);
  g_assert_nonnull (map);

  return map;
}

static EcScenario *
load_scenario (int            year,
               EcScenarioBase base)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (year, NULL);

  return ec_scenario_new (election, base);
}

static void
test_units_match_elections (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcScenario) scenario = ec_scenario_new_blank (NULL);
  GPtrArray *units = ec_election_get_all_units (ec_scenario_get_election (scenario));
  guint districts = 0;

  /* 48 winner-take-all states, DC, ME and NE (at large), 5 districts. */
  g_assert_cmpuint (ec_map_get_n_units (map), ==, 56);
  g_assert_cmpuint (units->len, ==, 56);

  for (guint i = 0; i < units->len; i++)
    {
      const char *id = ec_unit_get_id (g_ptr_array_index (units, i));
      EcMapUnit *unit = ec_map_lookup_unit (map, id);

      g_assert_nonnull (unit);
      g_assert_cmpint (ec_map_unit_is_district (unit), ==,
                       ec_unit_get_kind (g_ptr_array_index (units, i)) == EC_UNIT_DISTRICT);
      districts += ec_map_unit_is_district (unit);
    }

  g_assert_cmpuint (districts, ==, 5);
}

static gboolean
all_shown (EcMapUnit *unit,
           gpointer   user_data)
{
  return TRUE;
}

static void
test_hit_anchors (void)
{
  g_autoptr(EcMap) map = load_map ();

  for (guint i = 0; i < ec_map_get_n_units (map); i++)
    {
      EcMapUnit *unit = ec_map_get_unit (map, i);
      const EcRect *box = ec_map_unit_get_box (unit);
      double x, y;
      EcMapUnit *hit;

      ec_map_unit_get_label (unit, &x, &y, NULL, NULL);
      hit = ec_map_hit_test (map, x, y, all_shown, NULL);
      g_test_message ("%s at (%.1f, %.1f): %s", ec_map_unit_get_id (unit), x, y, hit ? ec_map_unit_get_id (hit) : "nothing");
      g_assert_true (hit == unit);

      /* The corners of a box, just inside, are the unit too. */
      if (box != NULL)
        {
          g_assert_true (ec_map_hit_test (map, box->x + 0.5, box->y + 0.5, all_shown, NULL) == unit);
          g_assert_true (ec_map_hit_test (map, box->x + box->width - 0.5, box->y + box->height - 0.5,
                                          all_shown, NULL) == unit);
        }
    }
}

static void
test_hit_hawaii (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2024, EC_SCENARIO_AS_CAST);
  g_autoptr(EcMapDisplay) display = NULL;
  EcMapUnit *hawaii = ec_map_lookup_unit (map, "HI");
  const EcRect *inset = ec_map_unit_get_inset (hawaii);
  /* Kauai, Oahu, Molokai, Maui and the Big Island (longitude, latitude
   * projected by hand into the map's units), the sea between them, and
   * the label south-west of the chain. */
  static const double points[][2] = {
    { 226, 534 }, { 250, 546 }, { 268, 551 }, { 283, 556 }, { 312, 585 },
    { 240, 540 }, { 275, 570 }, { 300, 560 }, { 250, 589 },
  };
  double lx, ly, rw, rh;

  g_assert_nonnull (inset);
  g_assert_null (ec_map_unit_get_inset (ec_map_lookup_unit (map, "CA")));
  g_assert_nonnull (ec_map_unit_get_inset (ec_map_lookup_unit (map, "AK")));

  /* The frame takes in the islands and the label, nothing else. */
  ec_map_unit_get_label (hawaii, &lx, &ly, &rw, &rh);
  g_assert_false (ec_map_unit_shape_contains (hawaii, lx, ly));
  g_assert_cmpfloat (lx - rw / 2, >=, inset->x);
  g_assert_cmpfloat (lx + rw / 2, <=, inset->x + inset->width);

  ec_map_renderer_set_scenario (renderer, scenario);
  for (guint s = 0; s < 2; s++)
    {
      ec_map_renderer_set_size (renderer, s == 0 ? 560 : 1920, s == 0 ? 330 : 1080);
      for (guint i = 0; i < G_N_ELEMENTS (points); i++)
        {
          double x, y;

          g_assert_true (ec_map_hit_test (map, points[i][0], points[i][1], all_shown, NULL) == hawaii);
          ec_map_renderer_map_to_pixels (renderer, points[i][0], points[i][1], &x, &y);
          g_assert_cmpstr (ec_map_renderer_pick (renderer, x, y), ==, "HI");
        }
    }

  /* Its label covers none of the islands, at any size. */
  for (guint s = 0; s < 2; s++)
    {
      int width = s == 0 ? 560 : 3840, height = s == 0 ? 330 : 2160;

      g_clear_object (&display);
      display = ec_map_renderer_dup_display (renderer, NULL, width, height);
      for (guint i = 0; i < ec_map_display_get_n_items (display); i++)
        {
          const EcMapItem *item = ec_map_display_get_item (display, i);
          PangoRectangle ink;

          if (item->kind != EC_MAP_ITEM_LABEL || item->unit != hawaii)
            continue;
          pango_layout_get_pixel_extents (item->layout, &ink, NULL);
          for (double y = item->y + ink.y; y <= item->y + ink.y + ink.height; y += 1)
            for (double x = item->x + ink.x; x <= item->x + ink.x + ink.width; x += 1)
              {
                double mx, my;

                ec_map_display_pixels_to_map (display, x, y, &mx, &my);
                g_assert_false (ec_map_unit_shape_contains (hawaii, mx, my));
              }
        }
    }
}

static void
test_hit_ocean (void)
{
  g_autoptr(EcMap) map = load_map ();
  const double ocean[][2] = {
    { -40, 300 },  /* Pacific, off California */
    { 20, 150 },   /* Pacific, off Washington */
    { 300, 520 },  /* Pacific, between Alaska and Hawaii */
    { 600, 580 },  /* Gulf of Mexico */
    { 700, 560 },  /* Gulf of Mexico */
    { 900, 450 },  /* Atlantic, off the Carolinas */
    { 1000, 600 }, /* Atlantic */
  };

  for (guint i = 0; i < G_N_ELEMENTS (ocean); i++)
    g_assert_null (ec_map_hit_test (map, ocean[i][0], ocean[i][1], all_shown, NULL));

  /* The gaps between two callout boxes belong to nobody. */
  for (guint i = 0; i < ec_map_get_n_units (map); i++)
    {
      const EcRect *a = ec_map_unit_get_box (ec_map_get_unit (map, i));

      if (a == NULL)
        continue;

      for (guint j = 0; j < ec_map_get_n_units (map); j++)
        {
          const EcRect *b = ec_map_unit_get_box (ec_map_get_unit (map, j));
          double gap;

          if (b == NULL || i == j)
            continue;

          gap = b->y - (a->y + a->height);
          /* b just below a, overlapping horizontally */
          if (gap > 0 && gap < 12 && b->x < a->x + a->width && a->x < b->x + b->width)
            {
              double x = (MAX (a->x, b->x) + MIN (a->x + a->width, b->x + b->width)) / 2;
              double y = a->y + a->height + gap / 2;
              EcMapUnit *hit = ec_map_hit_test (map, x, y, all_shown, NULL);

              g_test_message ("gap between %s and %s: %s",
                              ec_map_unit_get_id (ec_map_get_unit (map, i)),
                              ec_map_unit_get_id (ec_map_get_unit (map, j)),
                              hit ? ec_map_unit_get_id (hit) : "nothing");
              g_assert_null (hit);
            }
        }
    }
}

static gboolean
hide_districts (EcMapUnit *unit,
                gpointer   user_data)
{
  return !ec_map_unit_is_district (unit);
}

static void
test_hidden_districts (void)
{
  g_autoptr(EcMap) map = load_map ();
  EcMapUnit *me1 = ec_map_lookup_unit (map, "ME-1");
  const EcRect *box = ec_map_unit_get_box (me1);

  g_assert_true (ec_map_hit_test (map, box->x + box->width / 2, box->y + box->height / 2, all_shown, NULL) == me1);
  g_assert_null (ec_map_hit_test (map, box->x + box->width / 2, box->y + box->height / 2, hide_districts, NULL));
}

static gboolean
pixel_matches (cairo_surface_t *surface,
               int              x,
               int              y,
               const EcColor   *color)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *)(const void *)(data + y * stride + x * 4);
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  return abs (r - (int)round (color->red * 255)) <= 2 &&
         abs (g - (int)round (color->green * 255)) <= 2 &&
         abs (b - (int)round (color->blue * 255)) <= 2;
}

/* Share of the pixels around a unit's label anchor that have @color: the
 * label's text covers some of them, the fill the rest. */
static double
share_of_color (EcMapRenderer   *renderer,
                cairo_surface_t *surface,
                EcMapUnit       *unit,
                const EcColor   *color)
{
  const EcRect *box = ec_map_unit_get_box (unit);
  double x, y, w, h;
  guint matches = 0, total = 0;

  ec_map_unit_get_label (unit, &x, &y, &w, &h);
  if (box != NULL)
    {
      x = box->x + box->width / 2;
      y = box->y + box->height / 2;
      w = box->width - 2;
      h = box->height - 2;
    }
  else if (!ec_map_unit_shape_contains (unit, x, y))
    {
      const EcRect *bbox = ec_map_unit_get_bbox (unit);

      /* A label in the sea (Hawaii's): the islands' own pixels, over
       * their bounding box, away from their borders. */
      for (double my = bbox->y; my <= bbox->y + bbox->height; my += 0.5)
        for (double mx = bbox->x; mx <= bbox->x + bbox->width; mx += 0.5)
          {
            double px, py;

            if (!ec_map_unit_shape_contains (unit, mx, my) || !ec_map_unit_shape_contains (unit, mx - 1, my) ||
                !ec_map_unit_shape_contains (unit, mx + 1, my) || !ec_map_unit_shape_contains (unit, mx, my - 1) ||
                !ec_map_unit_shape_contains (unit, mx, my + 1))
              continue;
            ec_map_renderer_map_to_pixels (renderer, mx, my, &px, &py);
            matches += pixel_matches (surface, (int)px, (int)py, color);
            total++;
          }

      g_assert_cmpuint (total, >, 20);
      return (double)matches / total;
    }

  for (int i = -5; i <= 5; i++)
    {
      for (int j = -5; j <= 5; j++)
        {
          double px, py;

          ec_map_renderer_map_to_pixels (renderer, x + i * w / 11, y + j * h / 11, &px, &py);
          matches += pixel_matches (surface, (int)px, (int)py, color);
          total++;
        }
    }

  return (double)matches / total;
}

static void
check_colors (EcScenario *scenario,
              const char *png_name)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, png_name, NULL);
  cairo_surface_t *surface;
  cairo_surface_t *reloaded;
  cairo_region_t *damage;

  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1920, 1200);
  damage = ec_map_renderer_update (renderer);
  g_assert_nonnull (damage);
  cairo_region_destroy (damage);

  /* Through a PNG file and back, as an export would be. */
  surface = ec_map_renderer_get_surface (renderer);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  reloaded = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (reloaded), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (reloaded), ==, 1920);
  g_test_message ("Map image: %s", path);

  for (guint i = 0; i < ec_map_get_n_units (map); i++)
    {
      EcMapUnit *unit = ec_map_get_unit (map, i);
      const char *id = ec_map_unit_get_id (unit);
      EcUnit *eunit = ec_election_get_unit (ec_scenario_get_election (scenario), id);
      EcCandidate *winner;
      EcColor expected;
      double share;

      if (eunit == NULL || !ec_scenario_is_unit_active (scenario, eunit))
        continue;

      winner = ec_scenario_get_winner (scenario, id);
      if (winner != NULL)
        ec_palette_get_candidate_color (scenario, winner, &expected);
      else
        ec_palette_get_undecided_color (&expected);

      share = share_of_color (renderer, reloaded, unit, &expected);
      g_test_message ("%s: %.0f%% of the samples have the winner's colour", id, share * 100);
      g_assert_cmpfloat (share, >=, 0.4);
    }

  cairo_surface_destroy (reloaded);
}

static void
test_colors_2016 (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);

  check_colors (scenario, "map-2016.png");
}

static void
test_colors_blank_and_third_party (void)
{
  g_autoptr(EcScenario) scenario = ec_scenario_new_blank (NULL);

  /* A blank map has two candidates until the student adds the third. */
  g_assert_null (ec_scenario_get_candidate (scenario, "third-party-candidate"));
  g_assert_true (ec_scenario_set_third_candidate (scenario, TRUE));
  g_assert_nonnull (ec_scenario_get_candidate (scenario, "third-party-candidate"));
  ec_scenario_set_winner (scenario, "TX", ec_scenario_get_candidate (scenario, "third-party-candidate"));
  ec_scenario_set_winner (scenario, "NE-2", ec_scenario_get_candidate (scenario, "democratic-candidate"));
  ec_scenario_set_winner (scenario, "RI", ec_scenario_get_candidate (scenario, "republican-candidate"));
  check_colors (scenario, "map-blank.png");
}

/* The House vote: states take the colour of their delegation's vote, and
 * a change repaints only the state that changed. */
static void
test_colors_house (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  EcCandidate *trump = ec_scenario_get_candidate (scenario, "donald-trump");
  g_autoptr(EcTally) tally = NULL;
  g_autoptr(EcContingent) contingent = NULL;
  cairo_region_t *damage;
  cairo_rectangle_int_t extents;
  EcColor red, blue;
  const EcColor *none = ec_palette_get_ink (EC_INK_ABSTAINED);

  /* 269–269: Pennsylvania, Michigan and Maine's 2nd to Clinton. */
  ec_scenario_set_winner (scenario, "PA", clinton);
  ec_scenario_set_winner (scenario, "MI", clinton);
  ec_scenario_set_winner (scenario, "ME-2", clinton);
  tally = ec_tally_new (scenario);
  contingent = ec_contingent_new_for_tally (tally, NULL);
  g_assert_nonnull (contingent);

  ec_palette_get_candidate_color (scenario, trump, &red);
  ec_palette_get_candidate_color (scenario, clinton, &blue);
  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1920, 1200);
  cairo_region_destroy (ec_map_renderer_update (renderer));

  /* Pennsylvania's electors went to Clinton, but its delegation (13 R, 5 D)
   * votes for Trump; Maine's 1–1 delegation casts no vote. */
  ec_map_renderer_set_contingent (renderer, contingent);
  cairo_region_destroy (ec_map_renderer_update (renderer));
  g_assert_cmpfloat (share_of_color (renderer, ec_map_renderer_get_surface (renderer),
                                     ec_map_lookup_unit (map, "PA"), &red), >=, 0.4);
  g_assert_cmpfloat (share_of_color (renderer, ec_map_renderer_get_surface (renderer),
                                     ec_map_lookup_unit (map, "CA"), &blue), >=, 0.4);
  g_assert_cmpfloat (share_of_color (renderer, ec_map_renderer_get_surface (renderer),
                                     ec_map_lookup_unit (map, "ME"), none), >=, 0.4);

  /* Texas's delegation switches: only Texas is repainted. */
  ec_scenario_set_house_vote (scenario, "TX", clinton);
  g_clear_pointer (&tally, ec_tally_unref);
  g_clear_object (&contingent);
  tally = ec_tally_new (scenario);
  contingent = ec_contingent_new_for_tally (tally, NULL);
  ec_map_renderer_set_contingent (renderer, contingent);
  damage = ec_map_renderer_update (renderer);
  g_assert_nonnull (damage);
  cairo_region_get_extents (damage, &extents);
  g_assert_cmpint ((gint64)extents.width * extents.height, <, 1920 * 1200 / 4);
  cairo_region_destroy (damage);
  g_assert_cmpfloat (share_of_color (renderer, ec_map_renderer_get_surface (renderer),
                                     ec_map_lookup_unit (map, "TX"), &blue), >=, 0.4);

  /* Back to the electors: Pennsylvania is Clinton's again. */
  ec_map_renderer_set_contingent (renderer, NULL);
  cairo_region_destroy (ec_map_renderer_update (renderer));
  g_assert_cmpfloat (share_of_color (renderer, ec_map_renderer_get_surface (renderer),
                                     ec_map_lookup_unit (map, "PA"), &blue), >=, 0.4);
  g_assert_cmpfloat (share_of_color (renderer, ec_map_renderer_get_surface (renderer),
                                     ec_map_lookup_unit (map, "TX"), &red), >=, 0.4);
}

/* Anti-aliased edges drawn in another order may differ by a shade or two. */
static gboolean
pixels_close (guint32 a,
              guint32 b)
{
  for (guint shift = 0; shift < 32; shift += 8)
    {
      if (abs ((int)((a >> shift) & 0xff) - (int)((b >> shift) & 0xff)) > 3)
        return FALSE;
    }

  return TRUE;
}

static void
test_incremental_matches_full (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcMapRenderer) fresh = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2020, EC_SCENARIO_AS_CAST);
  EcCandidate *trump = ec_scenario_get_candidate (scenario, "donald-trump");
  cairo_region_t *damage;
  cairo_surface_t *a;
  cairo_surface_t *b;
  guint differing = 0;

  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1200, 700);
  cairo_region_destroy (ec_map_renderer_update (renderer));

  /* Nothing changed: nothing to repaint. */
  g_assert_null (ec_map_renderer_update (renderer));

  /* A few clicks, a split and a faithless elector, repainted piecemeal... */
  ec_scenario_set_winner (scenario, "PA", trump);
  ec_scenario_set_winner (scenario, "NJ", NULL);
  ec_scenario_set_split (scenario, "NE", FALSE);
  ec_scenario_add_faithless (scenario, "CA", NULL, 2, NULL, NULL);
  /* Split stripes repaint with the unit, too. */
  ec_scenario_add_faithless (scenario, "TX", ec_scenario_get_candidate (scenario, "joe-biden"), 3, NULL, NULL);
  damage = ec_map_renderer_update (renderer);
  g_assert_nonnull (damage);
  {
    cairo_rectangle_int_t extents;

    /* ...touching only part of the map. */
    cairo_region_get_extents (damage, &extents);
    g_assert_cmpint ((gint64)extents.width * extents.height, <, 1200 * 700);
  }
  cairo_region_destroy (damage);

  /* ...must give the same picture as drawing everything afresh. */
  ec_map_renderer_set_scenario (fresh, scenario);
  ec_map_renderer_set_size (fresh, 1200, 700);
  cairo_region_destroy (ec_map_renderer_update (fresh));

  a = ec_map_renderer_get_surface (renderer);
  b = ec_map_renderer_get_surface (fresh);
  for (int y = 0; y < 700; y++)
    {
      const guint32 *ra = (const guint32 *)(const void *)(cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a));
      const guint32 *rb = (const guint32 *)(const void *)(cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < 1200; x++)
        {
          if (!pixels_close (ra[x], rb[x]))
            {
              if (differing < 10)
                g_test_message ("differs at %d,%d: %08x vs %08x", x, y, ra[x], rb[x]);
              differing++;
            }
        }
    }

  /* A missing shape or label would differ in thousands of pixels; cairo
   * rasterizes a few edge pixels differently where clip rectangles cut
   * through anti-aliased strokes. */
  g_test_message ("%u pixels differ", differing);
  g_assert_cmpuint (differing, <, 60);
}

static guint
count_differing (cairo_surface_t *a,
                 cairo_surface_t *b,
                 int              width,
                 int              height)
{
  guint differing = 0;

  for (int y = 0; y < height; y++)
    {
      const guint32 *ra = (const guint32 *)(const void *)(cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a));
      const guint32 *rb = (const guint32 *)(const void *)(cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < width; x++)
        differing += !pixels_close (ra[x], rb[x]);
    }

  return differing;
}

static cairo_surface_t *
copy_surface (cairo_surface_t *surface)
{
  cairo_surface_t *copy = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                      cairo_image_surface_get_width (surface),
                                                      cairo_image_surface_get_height (surface));
  cairo_t *cr = cairo_create (copy);

  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_destroy (cr);

  return copy;
}

/* Rings drawn through the display list: only the ringed units repaint,
 * the ring is the highlight ink on Michigan's border, a fresh drawing
 * agrees, and taking the rings away gives back the plain map. */
static void
test_highlights (void)
{
  static const char * const ids[] = { "MI", "WI", "ME-2", NULL };
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcMapRenderer) fresh = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcMapDisplay) display = NULL;
  const EcColor *ink = ec_palette_get_ink (EC_INK_HIGHLIGHT);
  cairo_surface_t *plain;
  cairo_region_t *damage;
  cairo_rectangle_int_t extents;
  const EcRect *bbox;
  guint outlines = 0, ringed = 0;

  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1200, 700);
  cairo_region_destroy (ec_map_renderer_update (renderer));
  plain = copy_surface (ec_map_renderer_get_surface (renderer));

  ec_map_renderer_set_highlights (renderer, ids);
  g_assert_true (ec_map_renderer_is_highlighted (renderer, "MI"));
  g_assert_false (ec_map_renderer_is_highlighted (renderer, "PA"));
  damage = ec_map_renderer_update (renderer);
  g_assert_nonnull (damage);
  cairo_region_get_extents (damage, &extents);
  g_assert_cmpint ((gint64)extents.width * extents.height, <, 1200 * 700 / 2);
  cairo_region_destroy (damage);

  /* Somewhere along Michigan's bounding box's middle row the ring shows. */
  bbox = ec_map_unit_get_bbox (ec_map_lookup_unit (map, "MI"));
  for (int i = 0; i <= 200; i++)
    {
      double px, py;

      ec_map_renderer_map_to_pixels (renderer, bbox->x + bbox->width * i / 200.0, bbox->y + bbox->height * 0.6, &px, &py);
      ringed += pixel_matches (ec_map_renderer_get_surface (renderer), (int)px, (int)py, ink);
    }
  g_assert_cmpuint (ringed, >, 0);

  ec_map_renderer_set_highlights (fresh, ids);
  ec_map_renderer_set_scenario (fresh, scenario);
  ec_map_renderer_set_size (fresh, 1200, 700);
  cairo_region_destroy (ec_map_renderer_update (fresh));
  g_assert_cmpuint (count_differing (ec_map_renderer_get_surface (renderer), ec_map_renderer_get_surface (fresh), 1200, 700), <, 60);
  g_assert_cmpuint (count_differing (ec_map_renderer_get_surface (renderer), plain, 1200, 700), >, 500);

  /* Exports get the same items. */
  display = ec_map_renderer_dup_display (renderer, NULL, 1200, 700);
  for (guint i = 0; i < ec_map_display_get_n_items (display); i++)
    outlines += ec_map_display_get_item (display, i)->kind == EC_MAP_ITEM_OUTLINE;
  g_assert_cmpuint (outlines, ==, 3);

  ec_map_renderer_set_highlights (renderer, NULL);
  cairo_region_destroy (ec_map_renderer_update (renderer));
  g_assert_cmpuint (count_differing (ec_map_renderer_get_surface (renderer), plain, 1200, 700), <, 60);
  cairo_surface_destroy (plain);
}

static void
test_pick_in_pixels (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2024, EC_SCENARIO_AS_CAST);
  EcMapUnit *texas = ec_map_lookup_unit (map, "TX");
  const EcRect *ne2 = ec_map_unit_get_box (ec_map_lookup_unit (map, "NE-2"));
  double x, y;

  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1024, 600);

  ec_map_unit_get_label (texas, &x, &y, NULL, NULL);
  ec_map_renderer_map_to_pixels (renderer, x, y, &x, &y);
  g_assert_cmpstr (ec_map_renderer_pick (renderer, x, y), ==, "TX");
  g_assert_null (ec_map_renderer_pick (renderer, 1, 1));

  /* District boxes answer only while their state is split. */
  ec_map_renderer_map_to_pixels (renderer, ne2->x + ne2->width / 2, ne2->y + ne2->height / 2, &x, &y);
  g_assert_cmpstr (ec_map_renderer_pick (renderer, x, y), ==, "NE-2");
  ec_scenario_set_split (scenario, "NE", FALSE);
  g_assert_false (ec_map_renderer_is_unit_shown (renderer, "NE-2"));
  g_assert_cmpstr (ec_map_renderer_pick (renderer, x, y), !=, "NE-2");
}

/* Boxes and labels, in pixels of a display */

static gboolean
rects_overlap (const EcRect *a,
               const EcRect *b,
               double        gap)
{
  return a->x < b->x + b->width + gap && b->x < a->x + a->width + gap &&
         a->y < b->y + b->height + gap && b->y < a->y + a->height + gap;
}

static void
box_in_pixels (EcMapDisplay *display,
               const EcRect *box,
               EcRect       *pixels)
{
  double x1, y1, x2, y2;

  ec_map_display_map_to_pixels (display, box->x, box->y, &x1, &y1);
  ec_map_display_map_to_pixels (display, box->x + box->width, box->y + box->height, &x2, &y2);
  *pixels = (EcRect) { x1, y1, x2 - x1, y2 - y1 };
}

static void
label_ink (const EcMapItem *item,
           EcRect          *ink)
{
  PangoRectangle rect;

  pango_layout_get_pixel_extents (item->layout, &rect, NULL);
  *ink = (EcRect) { item->x + rect.x, item->y + rect.y, rect.width, rect.height };
}

static gboolean
segments_cross (const double a[4],
                const double b[4])
{
  double d1 = (b[2] - b[0]) * (a[1] - b[1]) - (b[3] - b[1]) * (a[0] - b[0]);
  double d2 = (b[2] - b[0]) * (a[3] - b[1]) - (b[3] - b[1]) * (a[2] - b[0]);
  double d3 = (a[2] - a[0]) * (b[1] - a[1]) - (a[3] - a[1]) * (b[0] - a[0]);
  double d4 = (a[2] - a[0]) * (b[3] - a[1]) - (a[3] - a[1]) * (b[2] - a[0]);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/* Every box holds its label's ink, no two boxes touch, no box covers a
 * state or another label, all of it inside the drawing. */
static void
check_boxes (EcMapRenderer *renderer,
             EcMap         *map,
             int            width,
             int            height)
{
  g_autoptr(EcMapDisplay) display = ec_map_renderer_dup_display (renderer, NULL, width, height);
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (EcRect));
  g_autoptr(GPtrArray) box_units = g_ptr_array_new ();
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  g_autoptr(GPtrArray) leader_units = g_ptr_array_new ();
  guint n_box_labels = 0;
  double scale = ec_map_display_get_scale (display);
  EcRect area;

  g_test_message ("%d×%d, labels ×%.2f", width, height, ec_map_renderer_get_label_scale (renderer));
  ec_map_display_get_map_area (display, &area);
  /* Growing boxes may make the map a little smaller, never much. */
  g_assert_cmpfloat (MAX (area.width / width, area.height / height), >=, 0.8);

  for (guint i = 0; i < ec_map_display_get_n_items (display); i++)
    {
      const EcMapItem *item = ec_map_display_get_item (display, i);
      EcRect pixels;

      if (item->kind == EC_MAP_ITEM_BOX)
        {
          box_in_pixels (display, &item->rect, &pixels);
          g_assert_cmpfloat (pixels.x, >=, 0);
          g_assert_cmpfloat (pixels.y, >=, 0);
          g_assert_cmpfloat (pixels.x + pixels.width, <=, width);
          g_assert_cmpfloat (pixels.y + pixels.height, <=, height);
          g_array_append_val (boxes, pixels);
          g_ptr_array_add (box_units, item->unit);
        }
      else if (item->kind == EC_MAP_ITEM_LEADER)
        {
          double line[4] = { item->x1, item->y1, item->x2, item->y2 };

          g_array_append_val (leaders, line);
          g_ptr_array_add (leader_units, item->unit);
        }
    }
  g_assert_cmpuint (boxes->len, >=, 9);

  /* Apart by at least a pixel, and clear of every state. */
  for (guint i = 0; i < boxes->len; i++)
    {
      const EcRect *a = &g_array_index (boxes, EcRect, i);

      for (guint j = i + 1; j < boxes->len; j++)
        if (rects_overlap (a, &g_array_index (boxes, EcRect, j), 1.0))
          g_error ("the boxes of %s and %s touch at %d×%d", ec_map_unit_get_id (box_units->pdata[i]),
                   ec_map_unit_get_id (box_units->pdata[j]), width, height);

      for (double y = a->y; y <= a->y + a->height; y += MAX (1.0, a->height / 8))
        for (double x = a->x; x <= a->x + a->width; x += MAX (1.0, a->width / 8))
          {
            double mx, my;

            ec_map_display_pixels_to_map (display, x, y, &mx, &my);
            for (guint u = 0; u < ec_map_get_n_units (map); u++)
              if (ec_map_unit_shape_contains (ec_map_get_unit (map, u), mx, my))
                g_error ("the box of %s covers %s at %d×%d", ec_map_unit_get_id (box_units->pdata[i]),
                         ec_map_unit_get_id (ec_map_get_unit (map, u)), width, height);
          }
    }

  for (guint i = 0; i < leaders->len; i++)
    for (guint j = i + 1; j < leaders->len; j++)
      if (segments_cross (&g_array_index (leaders, double, 4 * i), &g_array_index (leaders, double, 4 * j)))
        g_error ("the leaders of %s and %s cross at %d×%d", ec_map_unit_get_id (leader_units->pdata[i]),
                 ec_map_unit_get_id (leader_units->pdata[j]), width, height);

  for (guint i = 0; i < ec_map_display_get_n_items (display); i++)
    {
      const EcMapItem *item = ec_map_display_get_item (display, i);
      gboolean boxed = FALSE;
      EcRect ink;

      if (item->kind != EC_MAP_ITEM_LABEL)
        continue;

      label_ink (item, &ink);
      for (guint b = 0; b < boxes->len; b++)
        {
          const EcRect *box = &g_array_index (boxes, EcRect, b);

          if (box_units->pdata[b] == item->unit)
            {
              /* Inside, with room to spare. */
              boxed = TRUE;
              n_box_labels++;
              if (ink.x < box->x + 1 || ink.y < box->y + 1 ||
                  ink.x + ink.width > box->x + box->width - 1 || ink.y + ink.height > box->y + box->height - 1)
                g_error ("“%s” (%g,%g %g×%g) is not inside its box (%g,%g %g×%g) at %d×%d",
                         pango_layout_get_text (item->layout), ink.x, ink.y, ink.width, ink.height,
                         box->x, box->y, box->width, box->height, width, height);
              /* Readable: never smaller than the labels of the states. */
              g_assert_cmpfloat (item->font_size, >=, MIN (10.0 * ec_map_renderer_get_label_scale (renderer),
                                                          11.0 * scale * ec_map_renderer_get_label_scale (renderer)) - 0.01);
            }
        }

      if (!boxed)
        for (guint b = 0; b < boxes->len; b++)
          if (rects_overlap (&ink, &g_array_index (boxes, EcRect, b), 0))
            g_error ("the label of %s overlaps the box of %s at %d×%d", ec_map_unit_get_id (item->unit),
                     ec_map_unit_get_id (box_units->pdata[b]), width, height);
    }
  g_assert_cmpuint (n_box_labels, ==, boxes->len);
}

static void
test_boxes_fit_labels (void)
{
  /* Maps as the window has them at 1024×600, 1366×768, 1920×1080 and 4K,
   * and whole screens of those sizes for exports. */
  static const int sizes[][2] = {
    { 560, 330 }, { 760, 450 }, { 1100, 640 }, { 2600, 1500 },
    { 1024, 600 }, { 1366, 768 }, { 1920, 1080 }, { 3840, 2160 },
  };
  /* The window's labels, an export's, presentation's, presentation's at
   * the largest label size of the preferences. */
  static const double label_scales[] = { 1.0, 1.3, 1.5, 2.0 };
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  g_autoptr(EcTally) tally = NULL;
  g_autoptr(EcContingent) contingent = NULL;

  ec_map_renderer_set_scenario (renderer, scenario);
  for (guint s = 0; s < G_N_ELEMENTS (label_scales); s++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        ec_map_renderer_set_label_scale (renderer, label_scales[s]);
        check_boxes (renderer, map, sizes[i][0], sizes[i][1]);
      }

  /* The House view of a 269–269 tie: one-line labels. */
  ec_scenario_set_winner (scenario, "PA", clinton);
  ec_scenario_set_winner (scenario, "MI", clinton);
  ec_scenario_set_winner (scenario, "ME-2", clinton);
  tally = ec_tally_new (scenario);
  contingent = ec_contingent_new_for_tally (tally, NULL);
  g_assert_nonnull (contingent);
  ec_map_renderer_set_contingent (renderer, contingent);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      ec_map_renderer_set_label_scale (renderer, 1.5);
      check_boxes (renderer, map, sizes[i][0], sizes[i][1]);
    }
}

static void
test_boxes_follow_the_window (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2024, EC_SCENARIO_AS_CAST);
  g_autoptr(EcMapDisplay) display = NULL;
  const EcRect *map_box = ec_map_unit_get_box (ec_map_lookup_unit (map, "NE-1"));
  EcRect bounds;

  /* On a small map with presentation's labels, the boxes have grown: a
   * click in one, and the button over it, find it where it is drawn. */
  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_label_scale (renderer, 1.5);
  ec_map_renderer_set_size (renderer, 560, 330);
  cairo_region_destroy (ec_map_renderer_update (renderer));
  g_assert_true (ec_map_renderer_get_unit_bounds (renderer, "NE-1", &bounds));
  g_assert_cmpfloat (bounds.width, >, map_box->width * 560 / ec_map_get_view_box (map)->width + 4);
  g_assert_cmpstr (ec_map_renderer_pick (renderer, bounds.x + 2, bounds.y + 2), ==, "NE-1");
  g_assert_cmpstr (ec_map_renderer_pick (renderer, bounds.x + bounds.width - 2, bounds.y + bounds.height - 2), ==, "NE-1");

  /* Exports of that size place them alike. */
  display = ec_map_renderer_dup_display (renderer, NULL, 560, 330);
  for (guint i = 0; i < ec_map_display_get_n_items (display); i++)
    {
      const EcMapItem *item = ec_map_display_get_item (display, i);
      EcRect pixels;

      if (item->kind != EC_MAP_ITEM_BOX || !g_str_equal (ec_map_unit_get_id (item->unit), "NE-1"))
        continue;
      box_in_pixels (display, &item->rect, &pixels);
      g_assert_cmpfloat (fabs (pixels.x - bounds.x), <, 0.01);
      g_assert_cmpfloat (fabs (pixels.width - bounds.width), <, 0.01);
    }

  /* On a large map they are the map's own. */
  ec_map_renderer_set_label_scale (renderer, 1.0);
  ec_map_renderer_set_size (renderer, 1920, 1080);
  g_assert_true (ec_map_renderer_get_unit_bounds (renderer, "NE-1", &bounds));
  g_assert_cmpfloat (fabs (bounds.width - map_box->width * 1920 / ec_map_get_view_box (map)->width), <, 0.01);
}

/* The map of the Union as it was. For each year, written out by hand from
 * the history books rather than from the data files: which areas are units
 * of their own, which belonged to another state's unit, which had no
 * electors, and which states cast no votes. */
typedef struct {
  int         year;
  guint       n_units;
  const char *units;
  const char *parts;      /* area=parent … */
  const char *outside;
  const char *no_votes;
} HistoricalMap;

static const HistoricalMap historical_maps[] = {
  { 1789, 11, "CT DE GA MD MA NH NJ NY PA SC VA", "ME=MA KY=VA WV=VA",
    "NC RI VT TN OH DC TX CA", "NY" },
  { 1820, 24, "ME MA VA MO AL IL IN MS LA OH KY TN", "WV=VA",
    "MI AR FL IA WI TX DC", "" },
  { 1860, 33, "VA SC OR CA MN KY TX", "WV=VA",
    "KS NE NV CO DC", "" },
  { 1864, 36, "WV VA NV KS OR", "",
    "NE CO DC", "AL AR FL GA LA MS NC SC TN TX VA" },
  { 1912, 48, "AZ NM OK WA", "",
    "AK HI DC", "" },
  { 1960, 50, "AK HI", "",
    "DC", "" },
};

static guint
count_units (EcMapRenderer *renderer,
             EcMap         *map)
{
  guint n = 0;

  /* A unit is an area that a click gives to a candidate as itself. */
  for (guint i = 0; i < ec_map_get_n_units (map); i++)
    {
      const char *id = ec_map_unit_get_id (ec_map_get_unit (map, i));
      EcScenario *scenario = ec_map_renderer_get_scenario (renderer);

      if (ec_map_renderer_is_unit_shown (renderer, id) &&
          ec_election_get_unit (ec_scenario_get_election (scenario), id) != NULL)
        n++;
    }

  return n;
}

static const char *
pick_area (EcMapRenderer *renderer,
           EcMap         *map,
           const char    *area)
{
  EcMapUnit *unit = ec_map_lookup_unit (map, area);
  const EcRect *box = ec_map_unit_get_box (unit);
  double x, y;

  if (box != NULL)
    {
      x = box->x + box->width / 2;
      y = box->y + box->height / 2;
    }
  else
    ec_map_unit_get_label (unit, &x, &y, NULL, NULL);
  ec_map_renderer_map_to_pixels (renderer, x, y, &x, &y);

  return ec_map_renderer_pick (renderer, x, y);
}

/* The text of an area's label in a fresh display list, or NULL. */
static char *
dup_label (EcMapRenderer *renderer,
           const char    *area)
{
  g_autoptr(EcMapDisplay) display = ec_map_renderer_dup_display (renderer, NULL, 1366, 768);

  for (guint i = 0; i < ec_map_display_get_n_items (display); i++)
    {
      const EcMapItem *item = ec_map_display_get_item (display, i);

      if (item->kind == EC_MAP_ITEM_LABEL && g_str_equal (ec_map_unit_get_id (item->unit), area))
        return g_strdup (pango_layout_get_text (item->layout));
    }

  return NULL;
}

static gboolean
same_color (const EcColor *a,
            const EcColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue;
}

static void
test_historical_units (void)
{
  g_autoptr(EcMap) map = load_map ();

  for (guint i = 0; i < G_N_ELEMENTS (historical_maps); i++)
    {
      const HistoricalMap *h = &historical_maps[i];
      g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
      g_autoptr(EcScenario) scenario = load_scenario (h->year, EC_SCENARIO_AS_CAST);
      g_auto(GStrv) units = g_strsplit (h->units, " ", -1);
      g_auto(GStrv) parts = g_strsplit (h->parts, " ", -1);
      g_auto(GStrv) outside = g_strsplit (h->outside, " ", -1);
      g_auto(GStrv) no_votes = g_strsplit (h->no_votes, " ", -1);
      EcMapKey keys[EC_MAP_KEY_MAX];
      guint n_keys, n_fills;
      cairo_region_t *damage;

      g_test_message ("%d", h->year);
      ec_map_renderer_set_scenario (renderer, scenario);
      ec_map_renderer_set_size (renderer, 1366, 768);
      damage = ec_map_renderer_update (renderer);
      g_assert_nonnull (damage);
      cairo_region_destroy (damage);

      g_assert_cmpuint (count_units (renderer, map), ==, h->n_units);

      for (guint j = 0; units[j] != NULL && *units[j]; j++)
        {
          g_autofree char *label = dup_label (renderer, units[j]);

          g_assert_true (ec_map_renderer_is_unit_shown (renderer, units[j]));
          g_assert_cmpstr (pick_area (renderer, map, units[j]), ==, units[j]);
          g_assert_nonnull (label);
          g_assert_true (g_str_has_prefix (label, units[j]));
          /* Never a “0”: a state that cast no votes says so. */
          g_assert_false (g_str_has_suffix (label, "\n0"));
        }

      for (guint j = 0; parts[j] != NULL && *parts[j]; j++)
        {
          g_auto(GStrv) pair = g_strsplit (parts[j], "=", 2);
          g_autofree char *label = dup_label (renderer, pair[0]);
          EcColor part_color, parent_color;

          /* A click on the part is a click on its state, which it looks
           * like; the state's label shows once, on the state. */
          g_assert_cmpstr (pick_area (renderer, map, pair[0]), ==, pair[1]);
          g_assert_null (label);
          g_assert_true (ec_map_renderer_get_unit_color (renderer, pair[0], &part_color));
          g_assert_true (ec_map_renderer_get_unit_color (renderer, pair[1], &parent_color));
          g_assert_true (same_color (&part_color, &parent_color));
          ec_scenario_cycle_winner (scenario, pair[1], FALSE);
          g_assert_true (ec_map_renderer_get_unit_color (renderer, pair[0], &part_color));
          g_assert_true (ec_map_renderer_get_unit_color (renderer, pair[1], &parent_color));
          g_assert_true (same_color (&part_color, &parent_color));
          ec_scenario_cycle_winner (scenario, pair[1], TRUE);
        }

      for (guint j = 0; outside[j] != NULL && *outside[j]; j++)
        {
          g_autofree char *label = dup_label (renderer, outside[j]);
          EcColor color;

          g_assert_false (ec_map_renderer_is_unit_shown (renderer, outside[j]));
          g_assert_null (pick_area (renderer, map, outside[j]));
          /* Only the District keeps its box, to say it had no electors. */
          if (g_str_equal (outside[j], "DC"))
            g_assert_cmpstr (label, ==, "DC");
          else
            g_assert_null (label);
          g_assert_true (ec_map_renderer_get_unit_color (renderer, outside[j], &color));
          g_assert_true (same_color (&color, ec_palette_get_ink (EC_INK_OUTSIDE)));
        }

      for (guint j = 0; no_votes[j] != NULL && *no_votes[j]; j++)
        {
          g_autofree char *label = dup_label (renderer, no_votes[j]);
          g_autofree char *expected = g_strdup_printf ("%s\nno votes", no_votes[j]);
          EcColor color;

          g_assert_cmpstr (pick_area (renderer, map, no_votes[j]), ==, no_votes[j]);
          g_assert_true (ec_map_renderer_get_unit_color (renderer, no_votes[j], &color));
          g_assert_true (same_color (&color, ec_palette_get_ink (EC_INK_NO_VOTES)));
          g_assert_nonnull (label);
          /* One line or two, as the room allows. */
          g_assert_true (g_str_equal (label, expected) ||
                         (g_str_has_prefix (label, no_votes[j]) && g_str_has_suffix (label, "no votes")));
        }

      /* The key names exactly the fills the map has (then the marks of
       * split votes, which old elections have); where the District is the
       * only land without electors, it says so. */
      n_keys = ec_map_renderer_get_keys (renderer, keys);
      n_fills = 0;
      for (guint k = 0; k < n_keys; k++)
        n_fills += keys[k].mark == EC_MAP_KEY_FILL;
      g_assert_cmpuint (n_fills, ==, no_votes[0] && *no_votes[0] ? 2 : 1);
      g_assert_cmpint (keys[n_fills - 1].ink, ==, EC_INK_OUTSIDE);
      g_assert_cmpstr (keys[n_fills - 1].label, ==,
                       h->year == 1960 ? "No electors: the District of Columbia before the 23rd Amendment"
                                       : "No electors: not yet a state, not in the Union, or DC before the 23rd Amendment");
    }
}

/* Votes that Congress rejected are shown as that, never as electoral
 * votes won: Arkansas and Louisiana in 1872, while Georgia, with 3 of its
 * 11 rejected, keeps its number. */
static void
test_rejected_votes (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (1872, EC_SCENARIO_AS_CAST);
  const char *cases[][2] = { { "AR", "AR\nrejected" }, { "LA", "LA\nrejected" }, { "GA", "GA\n11" } };

  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1366, 768);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = dup_label (renderer, cases[i][0]);

      g_assert_nonnull (label);
      /* Two lines, or one where the box is too small for two. */
      g_assert_true (g_str_has_prefix (label, cases[i][0]));
      g_assert_true (g_str_has_suffix (label, strchr (cases[i][1], '\n') + 1));
    }
}

/* Walks the line from one area's label anchor to another's on a drawn map
 * and counts the pixels of a white border on the way, away from the label
 * of @to (which may be white text). */
static guint
count_border_pixels (int         year,
                     const char *from,
                     const char *to)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (year, EC_SCENARIO_AS_CAST);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1200);
  cairo_t *cr = cairo_create (surface);
  double x1, y1, x2, y2, length;
  guint white = 0;
  guint steps;

  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1920, 1200);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  ec_map_renderer_render (renderer, cr, 1920, 1200);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  ec_map_unit_get_label (ec_map_lookup_unit (map, from), &x1, &y1, NULL, NULL);
  ec_map_unit_get_label (ec_map_lookup_unit (map, to), &x2, &y2, NULL, NULL);
  ec_map_renderer_map_to_pixels (renderer, x1, y1, &x1, &y1);
  ec_map_renderer_map_to_pixels (renderer, x2, y2, &x2, &y2);
  length = hypot (x2 - x1, y2 - y1);
  g_assert_cmpfloat (length, >, 60);
  steps = (guint)(length * 2);

  for (guint i = 0; i <= steps; i++)
    {
      double t = (double)i / steps;
      int x = (int)round (x1 + t * (x2 - x1));
      int y = (int)round (y1 + t * (y2 - y1));
      const guint8 *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
      guint32 pixel = ((const guint32 *)row)[x];

      if (hypot (x2 - x, y2 - y) < 40)
        continue;
      if (((pixel >> 16) & 0xff) > 230 && ((pixel >> 8) & 0xff) > 230 && (pixel & 0xff) > 230)
        white++;
    }

  cairo_surface_destroy (surface);

  return white;
}

/* Virginia and the West Virginia it still included in 1860 read as one
 * state, with no border between them; from 1864 they are two. */
static void
test_part_has_no_border (void)
{
  g_assert_cmpuint (count_border_pixels (1860, "WV", "VA"), ==, 0);
  g_assert_cmpuint (count_border_pixels (1864, "WV", "VA"), >, 0);
}

static guint
count_fill_keys (EcMapRenderer *renderer,
                 EcMapKey       keys[EC_MAP_KEY_MAX])
{
  guint n = ec_map_renderer_get_keys (renderer, keys);
  guint fills = 0;

  for (guint k = 0; k < n; k++)
    fills += keys[k].mark == EC_MAP_KEY_FILL;

  return fills;
}

/* District boxes only where the data has districts: Maine's from 1972. */
static void
test_historical_districts (void)
{
  g_autoptr(EcMap) map = load_map ();
  const struct { int year; gboolean me; gboolean ne; } cases[] = {
    { 1820, FALSE, FALSE }, { 1960, FALSE, FALSE }, { 1972, TRUE, FALSE }, { 1992, TRUE, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
      g_autoptr(EcScenario) scenario = load_scenario (cases[i].year, EC_SCENARIO_AS_CAST);
      EcMapKey keys[EC_MAP_KEY_MAX];

      ec_map_renderer_set_scenario (renderer, scenario);
      ec_map_renderer_set_size (renderer, 1366, 768);
      g_assert_cmpint (ec_map_renderer_is_unit_shown (renderer, "ME-1"), ==, cases[i].me);
      g_assert_cmpint (ec_map_renderer_is_unit_shown (renderer, "NE-2"), ==, cases[i].ne);
      /* Keys of fills; 1972 has the mark of Virginia's split votes too. */
      g_assert_cmpint (count_fill_keys (renderer, keys) > 0, ==, cases[i].year < 1964);
    }
}

static void
test_bad_map_data (void)
{
  const char *bad[] = {
    "",
    "[]",
    "{\"view_box\": [0, 0, 10]}",
    "{\"view_box\": [0, 0, 10, 10], \"units\": [{\"id\": \"TX\"}]}",
    "{\"view_box\": [0, 0, 10, 10], \"units\": [{\"id\": \"TX\", \"kind\": \"state\", \"label\": [1, 1], "
    "\"label_room\": [1, 1], \"bbox\": [0, 0, 5, 5], \"rings\": [[[0, 0], [1, 1]]]}]}",
    /* An inset frame that is not a rectangle. */
    "{\"view_box\": [0, 0, 10, 10], \"units\": [{\"id\": \"TX\", \"kind\": \"state\", \"label\": [1, 1], "
    "\"label_room\": [1, 1], \"bbox\": [0, 0, 5, 5], \"rings\": [[[0, 0], [1, 0], [1, 1]]], \"inset\": [0, 0, 5]}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcMap) map = ec_map_new_from_data (bad[i], strlen (bad[i]), &error);

      g_assert_null (map);
      g_assert_error (error, EC_MAP_ERROR, EC_MAP_ERROR_INVALID_DATA);
    }
}

/* The share of the pixels of @unit_id (those its pick finds) that have
 * @color. */
static double
unit_share_of_color (EcMapRenderer *renderer,
                     const char    *unit_id,
                     const EcColor *color)
{
  cairo_surface_t *surface = ec_map_renderer_get_surface (renderer);
  EcRect bounds;
  guint matches = 0, total = 0;

  g_assert_true (ec_map_renderer_get_unit_bounds (renderer, unit_id, &bounds));
  for (int y = (int)bounds.y; y < (int)(bounds.y + bounds.height); y++)
    {
      for (int x = (int)bounds.x; x < (int)(bounds.x + bounds.width); x++)
        {
          if (g_strcmp0 (ec_map_renderer_pick (renderer, x + 0.5, y + 0.5), unit_id) != 0)
            continue;
          total++;
          matches += pixel_matches (surface, x, y, color);
        }
    }

  g_assert_cmpuint (total, >, 100);

  return (double)matches / total;
}

static const EcMapItem *
find_item (EcMapDisplay  *display,
           const char    *unit_id,
           EcMapItemKind  kind)
{
  for (guint i = 0; i < ec_map_display_get_n_items (display); i++)
    {
      const EcMapItem *item = ec_map_display_get_item (display, i);

      if (item->kind == kind && g_str_equal (ec_map_unit_get_id (item->unit), unit_id))
        return item;
    }

  return NULL;
}

static gboolean
has_key (EcMapRenderer *renderer,
         EcMapKeyMark   mark)
{
  EcMapKey keys[EC_MAP_KEY_MAX];
  guint n = ec_map_renderer_get_keys (renderer, keys);

  for (guint i = 0; i < n; i++)
    if (keys[i].mark == mark)
      return TRUE;

  return FALSE;
}

/* 2016 as the electors voted: Washington's shape has Clinton's blue and
 * the stripes of Colin Powell (3) and Faith Spotted Eagle (1), Texas
 * Trump's red and the stripes of John Kasich and Ron Paul; as pledged
 * both are plain. */
static void
test_split_fill (void)
{
  g_autoptr(EcMap) map = load_map ();

  for (guint pledged = 0; pledged < 2; pledged++)
    {
      g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
      g_autoptr(EcScenario) scenario = load_scenario (2016, pledged ? EC_SCENARIO_PLEDGED : EC_SCENARIO_AS_CAST);
      const struct { const char *unit; const char *winner; const char *others[2]; } cases[] = {
        { "WA", "hillary-clinton", { "colin-powell", "faith-spotted-eagle" } },
        { "TX", "donald-trump", { "john-kasich", "ron-paul" } },
      };

      ec_map_renderer_set_scenario (renderer, scenario);
      ec_map_renderer_set_size (renderer, 1366, 768);
      cairo_region_destroy (ec_map_renderer_update (renderer));

      for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
        {
          EcColor color;
          double share;

          ec_palette_get_candidate_color (scenario, ec_scenario_get_candidate (scenario, cases[c].winner), &color);
          share = unit_share_of_color (renderer, cases[c].unit, &color);
          g_test_message ("%s %s: %.0f%% in the winner's colour", pledged ? "pledged" : "as cast", cases[c].unit,
                          share * 100);
          /* The winner's stripes are the widest. */
          g_assert_cmpfloat (share, >, pledged ? 0.9 : 0.4);

          for (guint o = 0; o < G_N_ELEMENTS (cases[c].others); o++)
            {
              ec_palette_get_candidate_color (scenario, ec_scenario_get_candidate (scenario, cases[c].others[o]), &color);
              share = unit_share_of_color (renderer, cases[c].unit, &color);
              g_test_message ("  %s: %.0f%%", cases[c].others[o], share * 100);
              /* One elector of 38 is a thin stripe, but one that shows. */
              if (pledged)
                g_assert_cmpfloat (share, <, 0.01);
              else
                g_assert_cmpfloat (share, >, 0.08);
            }
        }

      /* California, won by all its electors, is plain. */
      {
        EcColor color;

        ec_palette_get_candidate_color (scenario, ec_scenario_get_candidate (scenario, "hillary-clinton"), &color);
        g_assert_cmpfloat (unit_share_of_color (renderer, "CA", &color), >, 0.9);
      }
      g_assert_cmpint (has_key (renderer, EC_MAP_KEY_SPLIT), ==, !pledged);
      g_assert_false (has_key (renderer, EC_MAP_KEY_CANCELLED));
    }
}

/* Under today's laws, Washington's four faithless votes are cancelled: the
 * state is plain blue, its badge says 4 struck through, and the key
 * explains it; Texas, without such a law, stays split, its badge not
 * struck. */
static void
test_cancelled_mark (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcMapDisplay) display = NULL;
  const EcMapItem *item;
  EcColor blue;

  ec_scenario_set_apply_laws (scenario, TRUE);
  ec_scenario_set_laws_date (scenario, EC_LAWS_TODAY);
  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1366, 768);
  cairo_region_destroy (ec_map_renderer_update (renderer));

  ec_palette_get_candidate_color (scenario, ec_scenario_get_candidate (scenario, "hillary-clinton"), &blue);
  g_assert_cmpfloat (unit_share_of_color (renderer, "WA", &blue), >, 0.85);

  display = ec_map_renderer_dup_display (renderer, NULL, 1366, 768);
  item = find_item (display, "WA", EC_MAP_ITEM_BADGE);
  g_assert_nonnull (item);
  g_assert_true (item->cancelled);
  g_assert_cmpstr (item->lines[0].text, ==, "4");
  g_assert_cmpuint (find_item (display, "WA", EC_MAP_ITEM_SHAPE)->split.n_bands, ==, 0);

  item = find_item (display, "TX", EC_MAP_ITEM_BADGE);
  g_assert_nonnull (item);
  g_assert_false (item->cancelled);
  g_assert_cmpstr (item->lines[0].text, ==, "2");
  g_assert_cmpuint (find_item (display, "TX", EC_MAP_ITEM_SHAPE)->split.n_bands, ==, 3);

  g_assert_true (has_key (renderer, EC_MAP_KEY_CANCELLED));

  /* The struck badge is drawn: dark pixels of the strike cross the badge's
   * light grey, where a faithless badge is white. */
  {
    cairo_surface_t *surface = ec_map_renderer_get_surface (renderer);
    const EcColor *grey = ec_palette_get_ink (EC_INK_OUTSIDE);
    guint light = 0;

    item = find_item (display, "WA", EC_MAP_ITEM_BADGE);
    for (int dy = -2; dy <= 2; dy++)
      for (int dx = -(int)item->r + 2; dx < (int)item->r - 2; dx++)
        light += pixel_matches (surface, (int)item->cx + dx, (int)(item->cy - item->r / 2) + dy, grey);
    g_assert_cmpuint (light, >, 0);
  }
}

/* Before 1804 every elector cast two votes: Virginia's electors all voted
 * for Jefferson and Burr in 1800, and Virginia is not split; Pennsylvania's
 * split 8–7 between the two tickets, and is striped in four colours. */
static void
test_two_votes_split (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (1800, EC_SCENARIO_AS_CAST);
  g_autoptr(EcMapDisplay) display = NULL;

  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1366, 768);
  display = ec_map_renderer_dup_display (renderer, NULL, 1366, 768);
  g_assert_cmpuint (find_item (display, "VA", EC_MAP_ITEM_SHAPE)->split.n_bands, ==, 0);
  g_assert_cmpuint (find_item (display, "PA", EC_MAP_ITEM_SHAPE)->split.n_bands, ==, 4);
}

/* The colour-blind palette reaches the map's pixels: Florida in 2024 is
 * orange under the Republicans' stripes, with no red left. */
static void
test_color_blind_map (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcMapRenderer) renderer = ec_map_renderer_new (map);
  g_autoptr(EcScenario) scenario = load_scenario (2024, EC_SCENARIO_AS_CAST);
  EcCandidate *trump = ec_scenario_get_candidate (scenario, "donald-trump");
  EcColor standard, color_blind;

  ec_map_renderer_set_scenario (renderer, scenario);
  ec_map_renderer_set_size (renderer, 1366, 768);
  ec_map_renderer_set_patterns (renderer, TRUE);
  ec_map_renderer_set_palette (renderer, EC_PALETTE_COLOR_BLIND);
  cairo_region_destroy (ec_map_renderer_update (renderer));

  ec_palette_get_candidate_color (scenario, trump, &standard);
  ec_palette_get_candidate_color_in (EC_PALETTE_COLOR_BLIND, scenario, trump, &color_blind);
  g_assert_cmpint (ec_map_renderer_get_unit_pattern (renderer, "FL"), ==, EC_PATTERN_STRIPES);
  g_assert_cmpfloat (unit_share_of_color (renderer, "FL", &color_blind), >, 0.3);
  g_assert_cmpfloat (unit_share_of_color (renderer, "FL", &standard), <, 0.01);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/map/units-match-elections", test_units_match_elections);
  g_test_add_func ("/ec/map/hit-anchors", test_hit_anchors);
  g_test_add_func ("/ec/map/hit-ocean", test_hit_ocean);
  g_test_add_func ("/ec/map/hit-hawaii", test_hit_hawaii);
  g_test_add_func ("/ec/map/hidden-districts", test_hidden_districts);
  g_test_add_func ("/ec/map/colors-2016", test_colors_2016);
  g_test_add_func ("/ec/map/colors-blank-and-third-party", test_colors_blank_and_third_party);
  g_test_add_func ("/ec/map/colors-house", test_colors_house);
  g_test_add_func ("/ec/map/incremental-matches-full", test_incremental_matches_full);
  g_test_add_func ("/ec/map/highlights", test_highlights);
  g_test_add_func ("/ec/map/pick-in-pixels", test_pick_in_pixels);
  g_test_add_func ("/ec/map/boxes-fit-labels", test_boxes_fit_labels);
  g_test_add_func ("/ec/map/boxes-follow-the-window", test_boxes_follow_the_window);
  g_test_add_func ("/ec/map/bad-data", test_bad_map_data);
  g_test_add_func ("/ec/map/historical-units", test_historical_units);
  g_test_add_func ("/ec/map/historical-districts", test_historical_districts);
  g_test_add_func ("/ec/map/rejected-votes", test_rejected_votes);
  g_test_add_func ("/ec/map/part-has-no-border", test_part_has_no_border);
  g_test_add_func ("/ec/map/split-fill", test_split_fill);
  g_test_add_func ("/ec/map/cancelled-mark", test_cancelled_mark);
  g_test_add_func ("/ec/map/color-blind-map", test_color_blind_map);
  g_test_add_func ("/ec/map/two-votes-split", test_two_votes_split);

  return g_test_run ();
}
