/* test-snapshot.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports scenarios as a teacher would, opens every file again and checks
 * what a reader would see: the size, the colours of the states, the text,
 * the page; and that a failed save leaves nothing broken behind.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <librsvg/rsvg.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <unistd.h>

#include "ec-snapshot-private.h"
#include "ec-tally.h"

static EcMap *
load_map (void)
{
  g_autoptr(GError) error = NULL;
  EcMap *map = ec_map_new (&error);

  g_assert_no_error (error);

  return map;
}

static EcScenario *
load_scenario (int            year,
               EcScenarioBase base)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = ec_election_new_for_year (year, &error);

  g_assert_no_error (error);

  return ec_scenario_new (election, base);
}

/* The 2016 petition: 37 Texas electors abstain, and nobody has 270. */
static EcScenario *
load_petition (void)
{
  g_autoptr(GError) error = NULL;
  EcScenario *scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);

  ec_scenario_add_faithless (scenario, "TX", NULL, 37, NULL, &error);
  g_assert_no_error (error);

  return scenario;
}

static EcSnapshot *
new_snapshot (EcScenario *scenario)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 5, 12, 0, 0);
  EcSnapshot *snapshot = ec_snapshot_new (map, scenario);

  ec_snapshot_set_date (snapshot, date);

  return snapshot;
}

typedef struct {
  const guint8 *data;
  gsize         length;
  gsize         offset;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *out,
         unsigned int   length)
{
  Reader *reader = closure;

  if (reader->offset + length > reader->length)
    return CAIRO_STATUS_READ_ERROR;

  memcpy (out, reader->data + reader->offset, length);
  reader->offset += length;

  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
png_from_bytes (GBytes *bytes)
{
  Reader reader = { 0 };
  cairo_surface_t *surface;

  reader.data = g_bytes_get_data (bytes, &reader.length);
  g_assert_true (reader.length > 8 && memcmp (reader.data, "\x89PNG\r\n\x1a\n", 8) == 0);
  surface = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

static cairo_surface_t *
render_svg (GBytes *bytes,
            int     width,
            int     height)
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  RsvgRectangle viewport = { 0, 0, width, height };
  cairo_surface_t *surface;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  cairo_t *cr;

  handle = rsvg_handle_new_from_data (data, length, &error);
  g_assert_no_error (error);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_object_unref (handle);

  return surface;
}

static const EcSnapshotItem *
find_map_item (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      const EcSnapshotItem *item = g_ptr_array_index (items, i);

      if (item->kind == EC_SNAPSHOT_ITEM_MAP)
        return item;
    }

  g_assert_not_reached ();
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  return *(const guint32 *)(const void *)(data + y * stride + x * 4);
}

static gboolean
pixel_is (guint32        pixel,
          const EcColor *color)
{
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  return abs (r - (int)round (color->red * 255)) <= 3 &&
         abs (g - (int)round (color->green * 255)) <= 3 &&
         abs (b - (int)round (color->blue * 255)) <= 3;
}

static gboolean
pixels_close (guint32 a,
              guint32 b)
{
  for (guint shift = 0; shift < 24; shift += 8)
    {
      if (abs ((int)((a >> shift) & 0xff) - (int)((b >> shift) & 0xff)) > 24)
        return FALSE;
    }

  return TRUE;
}

/* The mean colour of the 5 × 5 pixels around (@x, @y): a pattern's marks
 * one pixel apart in two drawings average out. */
static guint32
block_average (cairo_surface_t *surface,
               int              x,
               int              y)
{
  guint sum[3] = { 0, 0, 0 };

  for (int dx = -2; dx <= 2; dx++)
    {
      for (int dy = -2; dy <= 2; dy++)
        {
          guint32 p = pixel_at (surface, x + dx, y + dy);

          for (guint c = 0; c < 3; c++)
            sum[c] += (p >> (8 * c)) & 0xff;
        }
    }

  return (sum[2] / 25) << 16 | (sum[1] / 25) << 8 | sum[0] / 25;
}

/* The points around a unit's label anchor, where its label is drawn on its
 * fill, in pixels of the snapshot: 11 × 11 across the room its label has,
 * or across its callout box. */
static void
sample_points (EcSnapshot  *snapshot,
               GPtrArray   *items,
               const char  *unit_id,
               double       points[121][2])
{
  const EcSnapshotItem *map_item = find_map_item (items);
  EcMapUnit *unit = ec_map_lookup_unit (ec_snapshot_get_map (snapshot), unit_id);
  const EcRect *box = ec_map_unit_get_box (unit);
  g_autoptr(EcMapDisplay) display = ec_map_display_new (ec_snapshot_get_map (snapshot), map_item->map_width,
                                                        map_item->map_height);
  cairo_matrix_t transform;
  double x, y, w, h;
  guint n = 0;

  ec_map_display_get_transform (display, &transform);

  ec_map_unit_get_label (unit, &x, &y, &w, &h);
  if (box != NULL)
    {
      x = box->x + box->width / 2;
      y = box->y + box->height / 2;
      w = box->width - 2;
      h = box->height - 2;
    }

  for (int i = -5; i <= 5; i++)
    {
      for (int j = -5; j <= 5; j++)
        {
          double px = x + i * w / 11, py = y + j * h / 11;

          cairo_matrix_transform_point (&transform, &px, &py);
          points[n][0] = px * map_item->map_scale + map_item->rect.x;
          points[n][1] = py * map_item->map_scale + map_item->rect.y;
          n++;
        }
    }
}

/* The share of pixels with @color in 5 × 5 blocks around the points: whole
 * blocks, as points alone may fall on a pattern's marks in step. */
static double
share_of_color (cairo_surface_t *surface,
                double           points[121][2],
                const EcColor   *color)
{
  guint matches = 0, total = 0;

  for (guint i = 0; i < 121; i++)
    {
      for (int dx = -2; dx <= 2; dx++)
        {
          for (int dy = -2; dy <= 2; dy++)
            {
              matches += pixel_is (pixel_at (surface, (int)points[i][0] + dx, (int)points[i][1] + dy), color);
              total++;
            }
        }
    }

  return (double)matches / total;
}

static const char * const sampled_units[] = { "CA", "TX", "NY", "FL", "WY", "IL", "ME-2", "NE-2", "DC", "VT" };

/* Every sampled unit shows its winner's colour around its label, clearly
 * more than the colour of anyone else. */
static void
check_unit_colors (EcSnapshot      *snapshot,
                   GPtrArray       *items,
                   cairo_surface_t *surface,
                   const char      *what)
{
  EcScenario *scenario = ec_snapshot_get_scenario (snapshot);
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);

  for (guint u = 0; u < G_N_ELEMENTS (sampled_units); u++)
    {
      EcCandidate *winner = ec_scenario_get_winner (scenario, sampled_units[u]);
      double points[121][2];
      EcColor expected;
      double share;

      EcUnitShare shares[EC_UNIT_SHARES_MAX];
      guint n_shares;

      n_shares = ec_tally_count_unit (scenario, ec_election_get_unit (ec_scenario_get_election (scenario), sampled_units[u]),
                                      shares, NULL);
      sample_points (snapshot, items, sampled_units[u], points);
      ec_palette_get_candidate_color (scenario, winner, &expected);
      share = share_of_color (surface, points, &expected);
      g_test_message ("%s, %s: %.0f%% of the samples have %s’s colour", what, sampled_units[u], share * 100,
                      ec_candidate_get_name (winner));
      /* Stripes and the label cover part of the fill; in a unit whose
       * electors split, so do the others' stripes, and each shows. */
      g_assert_cmpfloat (share, >=, n_shares > 1 ? 0.12 : 0.25);
      for (guint i = 1; i < n_shares; i++)
        {
          EcColor color;

          if (shares[i].candidate == NULL)
            continue;
          ec_palette_get_candidate_color (scenario, shares[i].candidate, &color);
          g_test_message ("%s, %s: %.0f%% have %s’s", what, sampled_units[u],
                          share_of_color (surface, points, &color) * 100, ec_candidate_get_name (shares[i].candidate));
          g_assert_cmpfloat (share_of_color (surface, points, &color), >=, 0.02);
        }

      for (guint i = 0; i < candidates->len; i++)
        {
          EcCandidate *other = g_ptr_array_index (candidates, i);
          EcColor color;

          /* Colours repeat after a while; those that do cannot tell. */
          ec_palette_get_candidate_color (scenario, other, &color);
          if (other != winner && memcmp (&color, &expected, sizeof color) != 0)
            g_assert_cmpfloat (share_of_color (surface, points, &color), <, share / 2);
        }
    }
}

static void
test_png_sizes (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  const struct { int width, height; } sizes[] = {
    { 1920, 1080 }, { 3840, 2160 }, { 1080, 1080 }, { 1280, 720 }, { 320, 240 }, { 1000, 1400 },
  };
  int width, height;

  /* The default is a slide. */
  ec_snapshot_get_size (snapshot, &width, &height);
  g_assert_cmpint (width, ==, 1920);
  g_assert_cmpint (height, ==, 1080);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) png = NULL;
      cairo_surface_t *surface;

      ec_snapshot_set_size (snapshot, sizes[i].width, sizes[i].height);
      png = ec_snapshot_to_png_bytes (snapshot, &error);
      g_assert_no_error (error);

      surface = png_from_bytes (png);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, sizes[i].width);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, sizes[i].height);
      /* White where nothing is drawn: the top-left corner, in the margin. */
      g_assert_cmphex (pixel_at (surface, 1, 1) & 0xffffff, ==, 0xffffff);
      cairo_surface_destroy (surface);
    }

  /* The presets are the sizes the issue names. */
  ec_snapshot_preset_get_size (EC_SNAPSHOT_PRESET_SLIDE, &width, &height);
  g_assert_cmpint (width * 10000 + height, ==, 1920 * 10000 + 1080);
  ec_snapshot_preset_get_size (EC_SNAPSHOT_PRESET_SLIDE_4K, &width, &height);
  g_assert_cmpint (width * 10000 + height, ==, 3840 * 10000 + 2160);
  ec_snapshot_preset_get_size (EC_SNAPSHOT_PRESET_SQUARE, &width, &height);
  g_assert_cmpint (width * 10000 + height, ==, 1080 * 10000 + 1080);
}

/* The PNG holds exactly the pixels drawn: a check on its encoder. */
static void
test_png_lossless (void)
{
  g_autoptr(EcScenario) scenario = load_petition ();
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1000, 700);
  cairo_surface_t *decoded;
  cairo_t *cr = cairo_create (drawn);
  guint differing = 0;

  ec_snapshot_draw (snapshot, cr, 1000, 700);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);

  ec_snapshot_set_size (snapshot, 1000, 700);
  png = ec_snapshot_to_png_bytes (snapshot, &error);
  g_assert_no_error (error);
  decoded = png_from_bytes (png);

  for (int y = 0; y < 700; y++)
    {
      for (int x = 0; x < 1000; x++)
        differing += (pixel_at (drawn, x, y) & 0xffffff) != (pixel_at (decoded, x, y) & 0xffffff);
    }

  g_assert_cmpuint (differing, ==, 0);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (decoded);
}

static void
test_bad_size_refused (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  ec_snapshot_set_size (snapshot, 99999, 2);
  bytes = ec_snapshot_to_png_bytes (snapshot, &error);
  g_assert_null (bytes);
  g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_BAD_SIZE);
  g_clear_error (&error);

  bytes = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_null (bytes);
  g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_BAD_SIZE);
  g_clear_error (&error);

  /* A PDF is a page, whatever the image size. */
  bytes = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_PDF, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
}

static void
test_png_colors (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "snapshot-2016.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  cairo_surface_t *surface;

  /* Through a file and back, as a teacher's slide would go. */
  g_assert_true (ec_snapshot_save (snapshot, file, EC_SNAPSHOT_FORMAT_PNG, &error));
  g_assert_no_error (error);
  g_test_message ("Snapshot: %s", path);

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1080);

  items = ec_snapshot_compose (snapshot, 1920, 1080);
  check_unit_colors (snapshot, items, surface, "PNG");
  cairo_surface_destroy (surface);
}

/* Every text item of a composed page, one space apart. */
static char *
dup_page_text (GPtrArray *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const EcSnapshotItem *item = g_ptr_array_index (items, i);

      if (item->kind == EC_SNAPSHOT_ITEM_TEXT)
        g_string_append_printf (text, "%s ", item->text);
    }

  return g_string_free (text, FALSE);
}

/* The House vote is on the slide only when there is one, with the
 * delegations the scenario changed named. */
static void
test_house_vote (void)
{
  g_autoptr(EcScenario) real = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) petition = load_petition ();
  g_autoptr(EcSnapshot) real_snapshot = new_snapshot (real);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (petition);
  g_autoptr(GPtrArray) real_items = ec_snapshot_compose (real_snapshot, 1920, 1080);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *real_text = dup_page_text (real_items);
  g_autofree char *text = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "snapshot-house.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_null (strstr (real_text, "House chooses"));
  g_assert_null (strstr (real_text, "Congress:"));

  ec_scenario_set_house_vote (petition, "TX", ec_scenario_get_candidate (petition, "hillary-clinton"));
  items = ec_snapshot_compose (snapshot, 1920, 1080);
  text = dup_page_text (items);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "If the House chooses"));
  g_assert_nonnull (strstr (text, "Donald Trump: 31 states"));
  g_assert_nonnull (strstr (text, "Hillary Clinton: 18 states"));
  g_assert_nonnull (strstr (text, "1 state"));
  g_assert_nonnull (strstr (text, "(26 needed)"));
  g_assert_nonnull (strstr (text, "52 senators"));
  g_assert_nonnull (strstr (text, "Donald Trump would be president and Mike Pence vice"));
  g_assert_nonnull (strstr (text, "changed here: TX."));
  g_assert_nonnull (strstr (text, "Congress:"));

  g_assert_true (ec_snapshot_save (snapshot, file, EC_SNAPSHOT_FORMAT_PNG, &error));
  g_assert_no_error (error);
  g_test_message ("Snapshot: %s", path);
}

/* All the text of an SVG's <text> elements, in order, one space apart. */
static char *
svg_text (const char *svg)
{
  GString *text = g_string_new (NULL);
  const char *p = svg;

  while ((p = strstr (p, "<text")))
    {
      const char *start = strchr (p, '>');
      const char *end = strstr (p, "</text>");
      g_autoptr(GString) unescaped = NULL;

      g_assert_nonnull (start);
      g_assert_nonnull (end);
      g_assert_true (start < end);

      /* The five entities an escaped text may hold, &amp; last. */
      unescaped = g_string_new_len (start + 1, end - start - 1);
      g_string_replace (unescaped, "&lt;", "<", 0);
      g_string_replace (unescaped, "&gt;", ">", 0);
      g_string_replace (unescaped, "&quot;", "\"", 0);
      g_string_replace (unescaped, "&#39;", "'", 0);
      g_string_replace (unescaped, "&amp;", "&", 0);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, unescaped->str);
      p = end;
    }

  return g_string_free (text, FALSE);
}

/* Counted by another method, a snapshot says so and carries the compare
 * table: the same numbers as electors --systems. */
static void
test_systems_block (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *svg_string = NULL;
  g_autofree char *all_text = NULL;
  g_autofree char *subtitle = NULL;

  /* Today's system has no such block. */
  snapshot = new_snapshot (scenario);
  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  all_text = svg_text (svg_string);
  g_assert_null (strstr (all_text, "Under every method"));
  g_clear_pointer (&svg, g_bytes_unref);
  g_clear_pointer (&svg_string, g_free);
  g_clear_pointer (&all_text, g_free);
  g_clear_object (&snapshot);

  ec_scenario_set_method (scenario, EC_METHOD_PROPORTIONAL);
  snapshot = new_snapshot (scenario);
  subtitle = ec_snapshot_dup_subtitle (snapshot);
  g_assert_cmpstr (subtitle, ==, "2016 presidential election, every elector as pledged · "
                                 "counted by Proportional (largest remainder) · March 5, 2026");
  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  all_text = svg_text (svg_string);
  g_test_message ("%s", all_text);
  g_assert_nonnull (strstr (all_text, "Under every method"));
  g_assert_nonnull (strstr (all_text, "Nobody has 270"));
  g_assert_nonnull (strstr (all_text, "Winner-take-all: Donald Trump 306, Hillary Clinton 232"));
  g_assert_nonnull (strstr (all_text, "Hillary Clinton 538"));
  g_assert_nonnull (strstr (all_text, "House of 544 (Wyoming rule)"));
}

static void
test_svg_round_trip (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autofree char *png_path = g_test_build_filename (G_TEST_BUILT, "snapshot-2016-svg.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *svg_string = NULL;
  g_autofree char *all_text = NULL;
  cairo_surface_t *from_svg;
  cairo_surface_t *from_png;
  guint agree = 0, total = 0;

  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  png = ec_snapshot_to_png_bytes (snapshot, &error);
  g_assert_no_error (error);

  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_true (g_str_has_prefix (svg_string, "<?xml"));
  g_assert_nonnull (strstr (svg_string, "width=\"1920\" height=\"1080\""));

  /* Text as text: the title is in a <text> element, the map's labels too,
   * and there are no glyph outlines. */
  g_assert_nonnull (strstr (svg_string, "font-weight=\"bold\" fill=\"#241f31\">2016 presidential election</text>"));
  all_text = svg_text (svg_string);
  g_assert_nonnull (strstr (all_text, "2016 presidential election"));
  g_assert_nonnull (strstr (all_text, "Donald Trump wins with 304 electoral votes"));
  g_assert_nonnull (strstr (all_text, "270 to win"));
  g_assert_nonnull (strstr (all_text, "TX 38"));
  g_assert_nonnull (strstr (all_text, "Washington: 3 electors vote for Colin Powell"));
  g_assert_nonnull (strstr (all_text, "March 5, 2026"));
  g_assert_null (strstr (svg_string, "<glyph"));
  g_assert_null (strstr (svg_string, "<symbol"));

  /* librsvg draws it with the PNG's colours at the units' anchors. */
  from_svg = render_svg (svg, 1920, 1080);
  g_assert_cmpint (cairo_surface_write_to_png (from_svg, png_path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("SVG drawn by librsvg: %s", png_path);
  from_png = png_from_bytes (png);
  items = ec_snapshot_compose (snapshot, 1920, 1080);
  check_unit_colors (snapshot, items, from_svg, "SVG");

  for (guint u = 0; u < G_N_ELEMENTS (sampled_units); u++)
    {
      double points[121][2];

      sample_points (snapshot, items, sampled_units[u], points);
      for (guint i = 0; i < 121; i++)
        {
          agree += pixels_close (block_average (from_svg, (int)points[i][0], (int)points[i][1]),
                                 block_average (from_png, (int)points[i][0], (int)points[i][1]));
          total++;
        }
    }

  /* Text is drawn by two renderers, and edges are anti-aliased a little
   * apart; everything else, fills and patterns, is the same picture. */
  g_test_message ("%u of %u samples agree between PNG and SVG", agree, total);
  g_assert_cmpfloat ((double)agree / total, >=, 0.9);

  cairo_surface_destroy (from_svg);
  cairo_surface_destroy (from_png);
}

static void
test_svg_escapes_text (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2000, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *svg_string = NULL;
  g_autofree char *all_text = NULL;
  cairo_surface_t *surface;

  ec_snapshot_set_title (snapshot, "Bush & Gore: <Florida> \"recount\"");
  ec_snapshot_set_size (snapshot, 1280, 720);
  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));

  g_assert_nonnull (strstr (svg_string, "Bush &amp; Gore: &lt;Florida&gt;"));
  g_assert_null (strstr (svg_string, "<Florida>"));
  all_text = svg_text (svg_string);
  g_assert_nonnull (strstr (all_text, "Bush & Gore: <Florida> \"recount\""));

  /* Still a document librsvg reads. */
  surface = render_svg (svg, 1280, 720);
  cairo_surface_destroy (surface);
}

/* Counts the <text> elements of @svg that read @label, alone or as the
 * first part of a one-line label (“ME-2 · 1”), and of those how many
 * have a halo (a stroke) drawn under their fill by paint-order. */
static guint
count_label_texts (const char *svg,
                   const char *label,
                   guint      *haloed,
                   guint      *painted_in_order)
{
  g_autofree char *one_line = g_strconcat (label, " · ", NULL);
  const char *p = svg;
  guint count = 0;

  while ((p = strstr (p, "<text")))
    {
      const char *start = strchr (p, '>');
      const char *end = strstr (p, "</text>");
      g_autofree char *attributes = NULL;
      g_autofree char *content = NULL;

      g_assert_nonnull (start);
      g_assert_nonnull (end);
      attributes = g_strndup (p, start - p);
      content = g_strndup (start + 1, end - start - 1);
      p = end;

      if (strcmp (content, label) != 0 && !g_str_has_prefix (content, one_line))
        continue;

      /* The text itself, never an outline alone laid under another. */
      g_assert_null (strstr (attributes, "fill=\"none\""));
      count++;
      if (strstr (attributes, " stroke=") != NULL)
        {
          (*haloed)++;
          *painted_in_order += strstr (attributes, " paint-order=\"stroke\"") != NULL;
        }
    }

  return count;
}

/* A label with a halo is one text, its halo the text's own outline: a
 * search of the SVG, or a screen reader, finds every label once. */
static void
test_svg_labels_once (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *svg_string = NULL;
  EcMapRenderer *renderer = ec_snapshot_get_renderer (snapshot);
  EcMap *map = ec_snapshot_get_map (snapshot);
  guint haloed = 0, painted_in_order = 0, labels = 0;

  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));

  for (guint i = 0; i < ec_map_get_n_units (map); i++)
    {
      const char *id = ec_map_unit_get_id (ec_map_get_unit (map, i));
      guint count;

      if (!ec_map_renderer_is_unit_shown (renderer, id))
        continue;

      count = count_label_texts (svg_string, id, &haloed, &painted_in_order);
      g_test_message ("%s: %u text elements", id, count);
      g_assert_cmpuint (count, ==, 1);
      labels++;
    }

  /* Every state, DC, Maine and Nebraska with their districts. */
  g_assert_cmpuint (labels, ==, 56);

  /* Small states' labels spill out of them and have halos. */
  g_test_message ("%u labels with a halo", haloed);
  g_assert_cmpuint (haloed, >, 0);
  g_assert_cmpuint (painted_in_order, ==, haloed);
}

/* Like strstr(), over binary data: a PDF has NUL bytes in its streams. */
static const char *
find_bytes (const char *haystack,
            gsize       length,
            const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    {
      if (memcmp (haystack + i, needle, needle_length) == 0)
        return haystack + i;
    }

  return NULL;
}

/* The numbers after @key in @pdf, such as “/MediaBox [ 0 0 842 595 ]”. */
static guint
pdf_numbers (const char *pdf,
             gsize       length,
             const char *key,
             double     *numbers,
             guint       n_max)
{
  const char *p = find_bytes (pdf, length, key);
  guint n = 0;

  if (p == NULL)
    return 0;

  p += strlen (key);
  while (n < n_max)
    {
      char *end;
      double value;

      while (*p == ' ' || *p == '[' || *p == '\n' || *p == '\r')
        p++;
      value = g_ascii_strtod (p, &end);
      if (end == p)
        break;
      numbers[n++] = value;
      p = end;
    }

  return n;
}

static guint
count_occurrences (const char *haystack,
                   gsize       length,
                   const char *needle)
{
  guint n = 0;
  gsize needle_length = strlen (needle);

  for (const char *p = haystack; (p = find_bytes (p, length - (p - haystack), needle)); p += needle_length)
    {
      /* “/Type /Page” but not “/Type /Pages”. */
      if (p[needle_length] != 's')
        n++;
    }

  return n;
}

static void
test_pdf_pages (void)
{
  g_autoptr(EcScenario) scenario = load_petition ();
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  const struct { EcSnapshotPage page; double width, height; } pages[] = {
    { EC_SNAPSHOT_PAGE_A4, 842, 595 },
    { EC_SNAPSHOT_PAGE_LETTER, 792, 612 },
  };

  /* The image size does not change the page. */
  ec_snapshot_set_size (snapshot, 1080, 1080);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autofree char *name = g_strdup_printf ("snapshot-petition-%u.pdf", i);
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *data = NULL;
      gsize length;
      double box[4] = { 0 };
      double count = 0;

      ec_snapshot_set_page (snapshot, pages[i].page);
      g_assert_true (ec_snapshot_save (snapshot, file, EC_SNAPSHOT_FORMAT_PDF, &error));
      g_assert_no_error (error);
      g_test_message ("PDF: %s", path);

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_true (g_str_has_prefix (data, "%PDF-"));
      g_assert_cmpuint (pdf_numbers (data, length, "/MediaBox", box, 4), ==, 4);
      g_assert_cmpfloat (box[0], ==, 0);
      g_assert_cmpfloat (box[1], ==, 0);
      g_assert_cmpfloat_with_epsilon (box[2], pages[i].width, 0.5);
      g_assert_cmpfloat_with_epsilon (box[3], pages[i].height, 0.5);

      /* One page: one page object, and a page tree that counts one. */
      g_assert_cmpuint (count_occurrences (data, length, "/Type /Page"), ==, 1);
      g_assert_cmpuint (pdf_numbers (data, length, "/Count", &count, 1), ==, 1);
      g_assert_cmpfloat (count, ==, 1);
    }
}

static gboolean
folder_is (const char         *folder,
           const char * const *expected)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));

  for (guint i = 0; i < names->len; i++)
    {
      if (!g_strv_contains (expected, g_ptr_array_index (names, i)))
        {
          g_test_message ("unexpected file in %s: %s", folder, (char *)g_ptr_array_index (names, i));
          return FALSE;
        }
    }

  return names->len == g_strv_length ((char **)expected);
}

static void
test_save_failures (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autofree char *dir = g_dir_make_tmp ("electors-snapshot-XXXXXX", NULL);
  g_autofree char *existing = g_build_filename (dir, "slide.png", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "slide.png", NULL);
  const char *old_contents = "the slide from last week";
  const char * const expected[] = { "slide.png", "folder.png", NULL };
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (existing, old_contents, -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);

  /* A folder that does not exist. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (missing);

    g_assert_false (ec_snapshot_save (snapshot, file, EC_SNAPSHOT_FORMAT_PNG, &error));
    g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_WRITE_FAILED);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "does not exist"));
    g_clear_error (&error);
  }

  /* A target that is a folder, in every format. */
  for (EcSnapshotFormat format = EC_SNAPSHOT_FORMAT_PNG; format <= EC_SNAPSHOT_FORMAT_PDF; format++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (folder);

      g_assert_false (ec_snapshot_save (snapshot, file, format, &error));
      g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_WRITE_FAILED);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "folder"));
      g_clear_error (&error);
      g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
    }

  /* A bad size fails before anything is written. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (existing);

    ec_snapshot_set_size (snapshot, 12, 12);
    g_assert_false (ec_snapshot_save (snapshot, file, EC_SNAPSHOT_FORMAT_PNG, &error));
    g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_BAD_SIZE);
    g_clear_error (&error);
    ec_snapshot_set_size (snapshot, 1920, 1080);
  }

  /* A folder we may not write in; root may write anywhere. */
  if (geteuid () != 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (existing);

      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      g_assert_false (ec_snapshot_save (snapshot, file, EC_SNAPSHOT_FORMAT_PNG, &error));
      g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_WRITE_FAILED);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
    }

  /* The old file is untouched and nothing was left behind. */
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old_contents);
  g_assert_true (folder_is (dir, expected));

  /* And a save that works replaces it, leaving no temporary file. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (existing);
    cairo_surface_t *surface;

    g_assert_true (ec_snapshot_save (snapshot, file, EC_SNAPSHOT_FORMAT_PNG, &error));
    g_assert_no_error (error);
    surface = cairo_image_surface_create_from_png (existing);
    g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
    cairo_surface_destroy (surface);
    g_assert_true (folder_is (dir, expected));
  }

  g_unlink (existing);
  g_rmdir (folder);
  g_rmdir (dir);
}

/* A page that shows how close it was: the answer and the tipping point in
 * words, the answer's states ringed (SVG included); without it, the page
 * has neither. */
static void
test_closest (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(EcClosest) closest = ec_closest_new (scenario, EC_CLOSEST_WIN, NULL);
  g_autofree char *sentence = ec_closest_dup_sentence (closest);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) with = NULL;
  g_autofree char *plain_string = NULL;
  g_autofree char *with_string = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *with_text = NULL;

  plain = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  plain_string = g_strndup (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));
  plain_text = svg_text (plain_string);

  ec_snapshot_set_closest (snapshot, closest);
  g_assert_true (ec_snapshot_get_closest (snapshot) == closest);
  with = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  with_string = g_strndup (g_bytes_get_data (with, NULL), g_bytes_get_size (with));
  with_text = svg_text (with_string);

  g_assert_null (strstr (plain_text, "How close was it?"));
  g_assert_null (strstr (plain_string, "<use xlink:href=\"#shape-MI\" fill=\"none\""));
  g_assert_nonnull (strstr (with_text, "How close was it?"));
  g_assert_nonnull (strstr (with_text, "Switching 38,875 voters in Michigan, Pennsylvania and Wisconsin"));
  g_assert_nonnull (strstr (with_text, "Tipping point: Pennsylvania, won by 44,292 votes (0.72 points)"));
  g_assert_cmpstr (sentence, ==, "Switching 38,875 voters in Michigan, Pennsylvania and Wisconsin would have elected Hillary Clinton");
  /* Michigan, Pennsylvania and Wisconsin: a dark edge and a ring each. */
  g_assert_nonnull (strstr (with_string, "<use xlink:href=\"#shape-MI\" fill=\"none\""));
  g_assert_nonnull (strstr (with_string, "<use xlink:href=\"#shape-PA\" fill=\"none\""));
  g_assert_nonnull (strstr (with_string, "<use xlink:href=\"#shape-WI\" fill=\"none\""));
  g_assert_null (strstr (with_string, "<use xlink:href=\"#shape-FL\" fill=\"none\""));

  /* Taken away again, the page is as it was. */
  ec_snapshot_set_closest (snapshot, NULL);
  g_clear_pointer (&with, g_bytes_unref);
  with = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (with, plain));
}

static void
test_petition_outcome (void)
{
  g_autoptr(EcScenario) scenario = load_petition ();
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(EcTally) tally = ec_tally_new (scenario);
  g_autofree char *sentence = ec_tally_dup_outcome_sentence (tally);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *svg_string = NULL;
  g_autofree char *all_text = NULL;

  g_assert_cmpint (ec_tally_get_outcome (tally), ==, EC_OUTCOME_CONTINGENT);

  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  all_text = svg_text (svg_string);
  g_test_message ("%s", all_text);

  g_assert_nonnull (strstr (all_text, sentence));
  g_assert_nonnull (strstr (all_text, "Texas: 37 electors abstain"));
  g_assert_nonnull (strstr (all_text, "Abstained · 37"));
  g_assert_nonnull (strstr (all_text, "a custom scenario from the result as pledged"));
  /* 269 for Trump, 232 for Clinton, as big numbers. */
  g_assert_nonnull (strstr (svg_string, ">269</text>"));
  g_assert_nonnull (strstr (svg_string, ">232</text>"));
}

static void
test_titles (void)
{
  g_autoptr(EcScenario) cast = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) pledged = load_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (NULL);
  g_autoptr(EcSnapshot) a = new_snapshot (cast);
  g_autoptr(EcSnapshot) b = new_snapshot (pledged);
  g_autoptr(EcSnapshot) c = new_snapshot (blank);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

#define CHECK(call, expected) \
  G_STMT_START { g_autofree char *text_ = (call); g_assert_cmpstr (text_, ==, expected); } G_STMT_END

  CHECK (ec_snapshot_dup_title (a), "2016 presidential election");
  CHECK (ec_snapshot_dup_subtitle (a), "2016 presidential election, as the electors voted · March 5, 2026");
  CHECK (ec_snapshot_dup_subtitle (b), "2016 presidential election, every elector as pledged · March 5, 2026");
  CHECK (ec_snapshot_dup_title (c), "Blank map");
  CHECK (ec_snapshot_dup_subtitle (c), "Blank map, every state undecided · March 5, 2026");

  /* A title or notes of one's own is not a change to the result... */
  ec_scenario_set_title (cast, "Lesson 3: the faithless electors");
  ec_scenario_set_notes (cast, "For Tuesday");
  CHECK (ec_snapshot_dup_title (a), "Lesson 3: the faithless electors");
  CHECK (ec_snapshot_dup_subtitle (a), "2016 presidential election, as the electors voted · March 5, 2026");

  /* ...but one state given to someone else is. */
  ec_scenario_set_winner (pledged, "PA", ec_scenario_get_candidate (pledged, "hillary-clinton"));
  CHECK (ec_snapshot_dup_subtitle (b), "2016 presidential election, a custom scenario from the result as pledged · March 5, 2026");
  ec_scenario_set_winner (blank, "TX", ec_scenario_get_candidate (blank, "republican-candidate"));
  CHECK (ec_snapshot_dup_subtitle (c), "Blank map, states filled in by hand · March 5, 2026");

  /* The state laws say which they are, and do not make the result custom. */
  g_assert_true (ec_scenario_set_apply_laws (cast, TRUE));
  CHECK (ec_snapshot_dup_subtitle (a), "2016 presidential election, as the electors voted · "
                                       "with the state laws on faithless electors in force in 2016 · March 5, 2026");
  g_assert_true (ec_scenario_set_laws_date (cast, EC_LAWS_TODAY));
  CHECK (ec_snapshot_dup_subtitle (a), "2016 presidential election, as the electors voted · "
                                       "with today’s state laws on faithless electors · March 5, 2026");
  g_assert_true (ec_scenario_set_apply_laws (cast, FALSE));
  CHECK (ec_snapshot_dup_subtitle (a), "2016 presidential election, as the electors voted · March 5, 2026");

  /* A title set on the snapshot wins; an empty one gives the default back. */
  ec_snapshot_set_title (a, "  My slide  ");
  CHECK (ec_snapshot_dup_title (a), "My slide");
  ec_snapshot_set_title (a, "");
  CHECK (ec_snapshot_dup_title (a), "Lesson 3: the faithless electors");
  g_object_get (a, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Lesson 3: the faithless electors");

  /* The petition is the pledged result under its own title. */
  {
    g_autoptr(EcScenario) petition = ec_scenario_new_for_preset (EC_SCENARIO_PRESET_PETITION, NULL);
    g_autoptr(EcSnapshot) d = new_snapshot (petition);

    CHECK (ec_snapshot_dup_title (d), "2016: the petition");
    CHECK (ec_snapshot_dup_subtitle (d), "2016 presidential election, the petition to the electors: every elector as pledged · March 5, 2026");
    ec_scenario_add_faithless (petition, "TX", NULL, 37, NULL, NULL);
    CHECK (ec_snapshot_dup_subtitle (d), "2016 presidential election, a custom scenario from the petition to the electors · March 5, 2026");
  }

#undef CHECK
}


/* Every line of text a snapshot lays out at @width × @height, joined by
 * spaces, as a reader would read them; and the text item that contains
 * @needle, if any. */
static char *
composed_text (EcSnapshot            *snapshot,
               double                 width,
               double                 height,
               const char            *needle,
               EcSnapshotItem        *found,
               EcRect                *map_rect)
{
  g_autoptr(GPtrArray) items = ec_snapshot_compose (snapshot, width, height);
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const EcSnapshotItem *item = g_ptr_array_index (items, i);

      if (item->kind == EC_SNAPSHOT_ITEM_MAP && map_rect != NULL)
        *map_rect = item->rect;
      if (item->kind != EC_SNAPSHOT_ITEM_TEXT)
        continue;

      if (needle != NULL && found != NULL && strstr (item->text, needle) != NULL)
        {
          *found = *item;
          found->text = NULL;
        }
      g_string_append (all, item->text);
      g_string_append_c (all, ' ');
    }

  return g_string_free (all, FALSE);
}

/* The notes a teacher wrote head the page in every format: above the map,
 * under the title, and as text in the SVG. */
static void
test_notes (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *svg_string = NULL;
  g_autofree char *plain = NULL;
  const double sizes[][2] = { { 1920, 1080 }, { 1080, 1080 }, { 842, 595 }, { 792, 612 } };

  snapshot = new_snapshot (scenario);
  plain = composed_text (snapshot, 1920, 1080, NULL, NULL, NULL);
  g_assert_null (strstr (plain, "worksheet"));

  ec_scenario_set_title (scenario, "Lesson 3");
  ec_scenario_set_notes (scenario, "Bring the worksheet from Monday.\nWhich states broke their pledge?");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      EcSnapshotItem note = { 0 };
      EcRect map = { 0 };
      g_autofree char *all = composed_text (snapshot, sizes[i][0], sizes[i][1], "worksheet", &note, &map);

      g_test_message ("%g × %g: %s", sizes[i][0], sizes[i][1], all);
      g_assert_nonnull (strstr (all, "Bring the worksheet from Monday. Which states broke their pledge?"));
      g_assert_cmpfloat (note.font_size, >, 0);
      g_assert_cmpfloat (note.y, <, map.y + map.height);
      g_assert_true (g_str_has_prefix (all, "Lesson 3 2016 presidential election, as the electors voted"));
    }

  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (svg_string, "Bring the worksheet from Monday."));
}

/* Faithless electors in many states: every state is named on a slide, a
 * square and both pages, and no line is cut short. */
static void
test_many_faithless (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_PLEDGED);
  g_autoptr(EcSnapshot) snapshot = NULL;
  GPtrArray *states = ec_election_get_states (ec_scenario_get_election (scenario));
  EcCandidate *someone = ec_scenario_add_person (scenario, "Someone Else");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const double sizes[][2] = { { 842, 595 }, { 792, 612 }, { 1920, 1080 }, { 1080, 1080 } };

  for (guint i = 0; i < 24 && i * 2 < states->len; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i * 2);
      g_autoptr(GError) error = NULL;

      ec_scenario_add_faithless (scenario, ec_unit_get_id (state), i % 3 ? someone : NULL, 1, NULL, &error);
      g_assert_no_error (error);
      g_ptr_array_add (names, (gpointer)ec_unit_get_name (state));
    }
  g_assert_cmpuint (names->len, ==, 24);
  snapshot = new_snapshot (scenario);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *all = composed_text (snapshot, sizes[i][0], sizes[i][1], NULL, NULL, NULL);

      g_test_message ("%g × %g: %s", sizes[i][0], sizes[i][1], all);
      g_assert_null (strstr (all, "…"));
      g_assert_null (strstr (all, " more "));
      for (guint j = 0; j < names->len; j++)
        {
          g_autofree char *line = g_strdup_printf ("%s: 1 elector", (const char *)g_ptr_array_index (names, j));

          if (strstr (all, line) == NULL)
            {
              g_test_message ("%g × %g: “%s” is missing", sizes[i][0], sizes[i][1], line);
              g_test_fail ();
            }
        }
    }
}

/* Shading by the real margin, when the window shows it, reaches every
 * format and every copy of the snapshot. */
static void
test_margin_shading (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(EcSnapshot) copy = NULL;
  const EcSnapshotFormat formats[] = { EC_SNAPSHOT_FORMAT_PNG, EC_SNAPSHOT_FORMAT_SVG, EC_SNAPSHOT_FORMAT_PDF };
  GBytes *plain[G_N_ELEMENTS (formats)];

  g_assert_false (ec_snapshot_get_margin_shading (snapshot));
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;

      plain[i] = ec_snapshot_to_bytes (snapshot, formats[i], &error);
      g_assert_no_error (error);
    }

  ec_snapshot_set_margin_shading (snapshot, TRUE);
  g_assert_true (ec_snapshot_get_margin_shading (snapshot));
  copy = ec_snapshot_copy (snapshot);
  g_assert_true (ec_snapshot_get_margin_shading (copy));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) shaded = ec_snapshot_to_bytes (copy, formats[i], &error);

      g_assert_no_error (error);
      g_assert_false (g_bytes_equal (plain[i], shaded));
      g_bytes_unref (plain[i]);
    }

  /* On a PNG, Pennsylvania (won by less than a point) is no longer in
   * Trump's full colour once shaded. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) off = NULL;
    g_autoptr(GBytes) on = NULL;
    g_autoptr(GPtrArray) items = ec_snapshot_compose (snapshot, 1920, 1080);
    cairo_surface_t *a, *b;
    double points[121][2];
    EcColor trump;

    ec_palette_get_candidate_color (scenario, ec_scenario_get_candidate (scenario, "donald-trump"), &trump);
    sample_points (snapshot, items, "PA", points);

    on = ec_snapshot_to_png_bytes (snapshot, &error);
    g_assert_no_error (error);
    ec_snapshot_set_margin_shading (snapshot, FALSE);
    off = ec_snapshot_to_png_bytes (snapshot, &error);
    g_assert_no_error (error);

    a = png_from_bytes (off);
    b = png_from_bytes (on);
    g_test_message ("Trump's colour around PA: %.2f plain, %.2f shaded",
                    share_of_color (a, points, &trump), share_of_color (b, points, &trump));
    g_assert_cmpfloat (share_of_color (a, points, &trump), >, 0.3);
    g_assert_cmpfloat (share_of_color (b, points, &trump), <, 0.05);
    cairo_surface_destroy (a);
    cairo_surface_destroy (b);
  }
}

static void
test_formats (void)
{
  const struct { const char *name; gboolean ok; EcSnapshotFormat format; } cases[] = {
    { "slide.png", TRUE, EC_SNAPSHOT_FORMAT_PNG },
    { "SLIDE.PNG", TRUE, EC_SNAPSHOT_FORMAT_PNG },
    { "/tmp/a.b/map.Svg", TRUE, EC_SNAPSHOT_FORMAT_SVG },
    { "worksheet.pdf", TRUE, EC_SNAPSHOT_FORMAT_PDF },
    { "photo.jpg", FALSE, 0 },
    { "png", FALSE, 0 },
    { "slide.png.txt", FALSE, 0 },
    { "/tmp/x.png/slide", FALSE, 0 },
    { "", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      EcSnapshotFormat format = 99;

      g_assert_cmpint (ec_snapshot_format_from_filename (cases[i].name, &format), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpint (format, ==, cases[i].format);
    }

  {
    g_autoptr(GFile) file = g_file_new_for_path ("/tmp/photo.jpg");
    g_autoptr(GError) error = NULL;
    EcSnapshotFormat format;

    g_assert_false (ec_snapshot_format_for_file (file, &format, &error));
    g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_UNKNOWN_FORMAT);
    g_assert_nonnull (strstr (error->message, "photo.jpg"));
  }

  g_assert_cmpstr (ec_snapshot_format_get_mime_type (EC_SNAPSHOT_FORMAT_SVG), ==, "image/svg+xml");
  g_assert_cmpstr (ec_snapshot_format_get_extension (EC_SNAPSHOT_FORMAT_PDF), ==, "pdf");
}

static void
test_parse_size (void)
{
  const struct { const char *text; int width, height; } good[] = {
    { "1920x1080", 1920, 1080 },
    { "320X240", 320, 240 },
    { "1080×1080", 1080, 1080 },
    { "8192x8192", 8192, 8192 },
    { "slide", 1920, 1080 },
    { "4K", 3840, 2160 },
    { "square", 1080, 1080 },
  };
  const char *bad[] = {
    "12x", "0x0", "99999x2", "abc", "x", "", "1920x", "x1080", "-5x300", "+500x500", "1920x1080 ",
    " 1920x1080", "1920x1080x3", "319x240", "320x239", "8193x100", "1e3x800", "0x1920x1080",
    "99999999999x99999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      int width = 0, height = 0;

      g_assert_true (ec_snapshot_parse_size (good[i].text, &width, &height, &error));
      g_assert_no_error (error);
      g_assert_cmpint (width, ==, good[i].width);
      g_assert_cmpint (height, ==, good[i].height);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int width = -1, height = -1;

      g_test_message ("size “%s”", bad[i]);
      g_assert_false (ec_snapshot_parse_size (bad[i], &width, &height, &error));
      g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_BAD_SIZE);
      g_assert_cmpint (width, ==, -1);
      g_assert_cmpint (height, ==, -1);
    }
}

/* The box a text item covers, from its anchor and baseline. */
static void
text_box (PangoContext         *context,
          const EcSnapshotItem *item,
          EcRect               *box)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();
  PangoRectangle logical;
  double baseline;

  pango_font_description_set_family (font, EC_PALETTE_FONT_FAMILY);
  pango_font_description_set_weight (font, item->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size (font, item->font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, item->text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  baseline = (double)pango_layout_get_baseline (layout) / PANGO_SCALE;

  box->width = (double)logical.width / PANGO_SCALE;
  box->height = (double)logical.height / PANGO_SCALE;
  box->x = item->x - (item->anchor == EC_SNAPSHOT_ANCHOR_MIDDLE ? box->width / 2 :
                      item->anchor == EC_SNAPSHOT_ANCHOR_END ? box->width : 0);
  box->y = item->y - baseline;
}

static gboolean
boxes_overlap (const EcRect *a,
               const EcRect *b)
{
  /* Lines of one paragraph touch; a hair more is an overlap. */
  const double slack = 0.5;

  return a->x + slack < b->x + b->width && b->x + slack < a->x + a->width &&
         a->y + slack < b->y + b->height && b->y + slack < a->y + a->height;
}

/* No text over other text, over the map, the bar or a swatch, or off the
 * picture: at every size a teacher might pick. */
static void
test_layout_fits (void)
{
  g_autoptr(EcScenario) cast = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) petition = load_petition ();
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (NULL);
  g_autoptr(EcScenario) perot = load_scenario (1992, EC_SCENARIO_AS_CAST);
  g_autoptr(EcScenario) busy = load_scenario (2020, EC_SCENARIO_PLEDGED);
  EcScenario *scenarios[] = { cast, petition, blank, perot, busy };
  const double sizes[][2] = {
    { 1920, 1080 }, { 3840, 2160 }, { 1080, 1080 }, { 842, 595 }, { 792, 612 },
    { 1280, 720 }, { 1080, 1920 }, { 800, 600 }, { 320, 240 }, { 4000, 500 },
  };
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();
  GPtrArray *states = ec_election_get_states (ec_scenario_get_election (busy));

  /* Text measured as the snapshot lays it out: unhinted. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  /* A scenario with a long title, a custom person and faithless electors
   * in a dozen states. */
  ec_scenario_set_title (busy, "What if a dozen states had sent faithless electors to vote for someone else "
                               "entirely, and would the House then have had to choose?");
  for (guint i = 0; i < 12; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i * 3);
      EcCandidate *someone = ec_scenario_add_person (busy, "Someone With A Rather Long Name");

      ec_scenario_add_faithless (busy, ec_unit_get_id (state), i % 2 ? someone : NULL, 1, NULL, NULL);
    }

  for (guint s = 0; s < G_N_ELEMENTS (scenarios); s++)
    {
      g_autoptr(EcSnapshot) snapshot = new_snapshot (scenarios[s]);

      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          g_autoptr(GPtrArray) items = ec_snapshot_compose (snapshot, sizes[z][0], sizes[z][1]);
          g_autoptr(GArray) texts = g_array_new (FALSE, FALSE, sizeof (EcRect));
          g_autoptr(GArray) shapes = g_array_new (FALSE, FALSE, sizeof (EcRect));
          const EcSnapshotItem *map_item = find_map_item (items);
          guint n_texts = 0;

          g_test_message ("scenario %u at %gx%g", s, sizes[z][0], sizes[z][1]);

          /* The map keeps its aspect ratio and stays on the picture. */
          g_assert_cmpfloat (map_item->rect.width, >, 0);
          g_assert_cmpfloat (map_item->rect.x, >=, 0);
          g_assert_cmpfloat (map_item->rect.y, >=, 0);
          g_assert_cmpfloat (map_item->rect.x + map_item->rect.width, <=, sizes[z][0]);
          g_assert_cmpfloat (map_item->rect.y + map_item->rect.height, <=, sizes[z][1]);
          g_assert_cmpfloat_with_epsilon (map_item->rect.width / map_item->rect.height, 1086.0 / 610.0, 0.02);
          g_array_append_val (shapes, map_item->rect);

          for (guint i = 1; i < items->len; i++)
            {
              const EcSnapshotItem *item = g_ptr_array_index (items, i);
              EcRect box;

              if (item->kind == EC_SNAPSHOT_ITEM_RECT)
                {
                  g_array_append_val (shapes, item->rect);
                  continue;
                }
              if (item->kind != EC_SNAPSHOT_ITEM_TEXT)
                continue;

              text_box (context, item, &box);
              g_assert_cmpfloat (box.x, >=, -0.5);
              g_assert_cmpfloat (box.y, >=, -0.5);
              g_assert_cmpfloat (box.x + box.width, <=, sizes[z][0] + 0.5);
              g_assert_cmpfloat (box.y + box.height, <=, sizes[z][1] + 0.5);

              for (guint j = 0; j < texts->len; j++)
                {
                  if (boxes_overlap (&box, &g_array_index (texts, EcRect, j)))
                    {
                      g_test_message ("“%s” overlaps other text", item->text);
                      g_test_fail ();
                    }
                }
              g_array_append_val (texts, box);
              n_texts++;
            }

          for (guint i = 0; i < texts->len; i++)
            {
              for (guint j = 0; j < shapes->len; j++)
                {
                  if (boxes_overlap (&g_array_index (texts, EcRect, i), &g_array_index (shapes, EcRect, j)))
                    {
                      g_test_message ("text %u overlaps a shape or the map", i);
                      g_test_fail ();
                    }
                }
            }

          /* Title, subtitle, numbers, names, outcome, blocks, credit. */
          g_assert_cmpuint (n_texts, >=, 12);
        }
    }

  g_object_unref (context);
}

static void
test_patterns (void)
{
  g_autoptr(EcMap) map = load_map ();
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcMapRenderer) plain = ec_map_renderer_new (map);
  g_autoptr(EcMapRenderer) toggled = ec_map_renderer_new (map);
  EcCandidate *clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  EcCandidate *trump = ec_scenario_get_candidate (scenario, "donald-trump");
  cairo_surface_t *a, *b, *c;
  cairo_t *cr;

  /* Off by default; on, candidates in scenario order get none, stripes,
   * dots, cross-hatching... and undecided units a hatch. */
  g_assert_false (ec_map_renderer_get_patterns (plain));
  ec_map_renderer_set_scenario (plain, scenario);
  g_assert_cmpint (ec_map_renderer_get_unit_pattern (plain, "TX"), ==, EC_PATTERN_NONE);

  g_assert_true (g_ptr_array_index (ec_scenario_get_candidates (scenario), 0) == clinton);
  g_assert_cmpint (ec_palette_get_candidate_pattern (scenario, clinton), ==, EC_PATTERN_NONE);
  g_assert_cmpint (ec_palette_get_candidate_pattern (scenario, trump), ==, EC_PATTERN_STRIPES);
  g_assert_cmpint (ec_palette_get_candidate_pattern (scenario, ec_scenario_get_candidate (scenario, "gary-johnson")),
                   ==, EC_PATTERN_DOTS);
  g_assert_cmpint (ec_palette_get_candidate_pattern (scenario, ec_scenario_get_candidate (scenario, "jill-stein")),
                   ==, EC_PATTERN_CROSSHATCH);

  ec_map_renderer_set_scenario (toggled, scenario);
  ec_map_renderer_set_patterns (toggled, TRUE);
  g_assert_cmpint (ec_map_renderer_get_unit_pattern (toggled, "TX"), ==, EC_PATTERN_STRIPES);
  g_assert_cmpint (ec_map_renderer_get_unit_pattern (toggled, "CA"), ==, EC_PATTERN_NONE);
  ec_scenario_set_winner (scenario, "OH", NULL);
  g_assert_cmpint (ec_map_renderer_get_unit_pattern (toggled, "OH"), ==, EC_PATTERN_HATCH);
  ec_scenario_set_winner (scenario, "OH", trump);

  a = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cr = cairo_create (a);
  ec_map_renderer_render (plain, cr, 800, 450);
  cairo_destroy (cr);

  b = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cr = cairo_create (b);
  ec_map_renderer_render (toggled, cr, 800, 450);
  cairo_destroy (cr);

  /* Turned off again, the drawing is exactly the plain one. */
  ec_map_renderer_set_patterns (toggled, FALSE);
  c = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cr = cairo_create (c);
  ec_map_renderer_render (toggled, cr, 800, 450);
  cairo_destroy (cr);

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  cairo_surface_flush (c);
  g_assert_true (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                         cairo_image_surface_get_stride (a) * 450) != 0);
  g_assert_true (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (c),
                         cairo_image_surface_get_stride (a) * 450) == 0);

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
}

static guint
count_pixels_of (cairo_surface_t *surface,
                 const EcColor   *color)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y += 2)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x += 2)
      n += pixel_is (pixel_at (surface, x, y), color);

  return n;
}

/* Exports show where votes went, in every format: split units as
 * repeating gradients in SVG, the key that explains them, the cancelled
 * votes' key under state laws, and the colour-blind palette when the
 * window uses it. */
static void
test_split_and_color_blind_exports (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *svg_string = NULL;
  g_autofree char *all_text = NULL;
  EcCandidate *trump = ec_scenario_get_candidate (scenario, "donald-trump");
  EcColor red, orange;
  cairo_surface_t *surface;

  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (svg_string, "spreadMethod=\"repeat\""));
  g_assert_nonnull (strstr (svg_string, "fill=\"url(#split-"));
  all_text = svg_text (svg_string);
  g_assert_nonnull (strstr (all_text, "Electors split: stripes in the colours of those they voted for"));
  g_assert_null (strstr (all_text, "cancelled by state law, the electors replaced"));
  g_clear_pointer (&svg, g_bytes_unref);
  g_clear_pointer (&svg_string, g_free);
  g_clear_pointer (&all_text, g_free);

  /* Today's laws cancel Washington's votes: its key, its struck badge. */
  ec_scenario_set_apply_laws (scenario, TRUE);
  ec_scenario_set_laws_date (scenario, EC_LAWS_TODAY);
  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  all_text = svg_text (svg_string);
  g_assert_nonnull (strstr (all_text, "Faithless votes cancelled by state law, the electors replaced"));
  g_assert_nonnull (strstr (svg_string, "<line"));
  ec_scenario_set_apply_laws (scenario, FALSE);

  /* The colour-blind palette: orange for the Republican, no red. */
  ec_palette_get_candidate_color (scenario, trump, &red);
  ec_palette_get_candidate_color_in (EC_PALETTE_COLOR_BLIND, scenario, trump, &orange);
  ec_snapshot_set_palette (snapshot, EC_PALETTE_COLOR_BLIND);
  png = ec_snapshot_to_png_bytes (snapshot, &error);
  g_assert_no_error (error);
  surface = png_from_bytes (png);
  g_test_message ("colour-blind PNG: %u orange, %u red samples", count_pixels_of (surface, &orange),
                  count_pixels_of (surface, &red));
  g_assert_cmpuint (count_pixels_of (surface, &orange), >, 10000);
  g_assert_cmpuint (count_pixels_of (surface, &red), ==, 0);
  cairo_surface_destroy (surface);

  g_clear_pointer (&svg, g_bytes_unref);
  g_clear_pointer (&svg_string, g_free);
  svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
  g_assert_no_error (error);
  svg_string = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (svg_string, "#e69f00"));
  g_assert_null (strstr (svg_string, "#c01c28"));

  pdf = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_PDF, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
}

/* In grey print, red and blue are nearly the same grey; the stripes must
 * tell the two big candidates apart on the map. */
static void
test_grey_print (void)
{
  g_autoptr(EcScenario) scenario = load_scenario (2016, EC_SCENARIO_AS_CAST);
  g_autoptr(EcSnapshot) snapshot = new_snapshot (scenario);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = ec_snapshot_to_png_bytes (snapshot, &error);
  g_autoptr(GPtrArray) items = ec_snapshot_compose (snapshot, 1920, 1080);
  cairo_surface_t *surface = png_from_bytes (png);
  const char *units[] = { "CA", "NY", "TX", "MT" };
  double marked[G_N_ELEMENTS (units)];

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      EcCandidate *winner = ec_scenario_get_winner (scenario, units[u]);
      double points[121][2];
      EcColor fill;
      double fill_grey;
      guint lighter = 0, total = 0;

      ec_palette_get_candidate_color (scenario, winner, &fill);
      fill_grey = ec_palette_luminance (&fill);
      sample_points (snapshot, items, units[u], points);

      /* Pixels clearly lighter than the fill, yet not the white of a
       * label: the marks of a pattern. */
      for (guint i = 0; i < 121; i++)
        {
          for (int dx = -2; dx <= 2; dx++)
            {
              for (int dy = -2; dy <= 2; dy++)
                {
                  guint32 p = pixel_at (surface, (int)points[i][0] + dx, (int)points[i][1] + dy);
                  EcColor color = { ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0, (p & 0xff) / 255.0 };
                  double grey = ec_palette_luminance (&color);

                  lighter += grey > fill_grey + 0.1 && grey < 0.8;
                  total++;
                }
            }
        }

      marked[u] = (double)lighter / total;
      g_test_message ("%s: %.0f%% of the pixels are pattern marks in grey", units[u], marked[u] * 100);
    }

  /* Clinton's states are plain, Trump's striped: in grey, Texas and
   * Montana have many times the marks of California and New York. */
  g_assert_cmpfloat (marked[2], >, 0.2);
  g_assert_cmpfloat (marked[3], >, 0.2);
  g_assert_cmpfloat (marked[0], <, marked[2] / 3);
  g_assert_cmpfloat (marked[1], <, marked[3] / 3);

  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/snapshot/house-vote", test_house_vote);
  g_test_add_func ("/ec/snapshot/systems-block", test_systems_block);
  g_test_add_func ("/ec/snapshot/png-sizes", test_png_sizes);
  g_test_add_func ("/ec/snapshot/png-lossless", test_png_lossless);
  g_test_add_func ("/ec/snapshot/bad-size-refused", test_bad_size_refused);
  g_test_add_func ("/ec/snapshot/png-colors", test_png_colors);
  g_test_add_func ("/ec/snapshot/svg-round-trip", test_svg_round_trip);
  g_test_add_func ("/ec/snapshot/split-and-color-blind-exports", test_split_and_color_blind_exports);
  g_test_add_func ("/ec/snapshot/svg-escapes-text", test_svg_escapes_text);
  g_test_add_func ("/ec/snapshot/svg-labels-once", test_svg_labels_once);
  g_test_add_func ("/ec/snapshot/pdf-pages", test_pdf_pages);
  g_test_add_func ("/ec/snapshot/save-failures", test_save_failures);
  g_test_add_func ("/ec/snapshot/petition-outcome", test_petition_outcome);
  g_test_add_func ("/ec/snapshot/closest", test_closest);
  g_test_add_func ("/ec/snapshot/titles", test_titles);
  g_test_add_func ("/ec/snapshot/notes", test_notes);
  g_test_add_func ("/ec/snapshot/many-faithless", test_many_faithless);
  g_test_add_func ("/ec/snapshot/margin-shading", test_margin_shading);
  g_test_add_func ("/ec/snapshot/formats", test_formats);
  g_test_add_func ("/ec/snapshot/parse-size", test_parse_size);
  g_test_add_func ("/ec/snapshot/layout-fits", test_layout_fits);
  g_test_add_func ("/ec/snapshot/patterns", test_patterns);
  g_test_add_func ("/ec/snapshot/grey-print", test_grey_print);

  return g_test_run ();
}
