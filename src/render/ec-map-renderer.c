/* ec-map-renderer.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ec-map-renderer.h"

/* Drawing a whole map costs several milliseconds at classroom sizes, more
 * than a click may take. The renderer keeps the drawn map in an image
 * surface and, when the scenario changes, compares what every unit should
 * look like with what was drawn, and repaints only the rectangles of the
 * units that differ. */

typedef struct {
  double scale;
  double offset_x;
  double offset_y;
  double view_x;
  double view_y;
} Geometry;

typedef struct {
  gboolean drawn;
  gboolean shown;
  EcColor  fill;
  EcPattern pattern;
  char    *label;
  guint    faithless;
} Appearance;

struct _EcMapRenderer
{
  GObject          parent_instance;

  EcMap           *map;
  EcScenario      *scenario;
  gboolean         shading;
  gboolean         patterns;
  double           label_scale;

  int              width;
  int              height;
  Geometry         geometry;
  cairo_surface_t *surface;
  Appearance      *drawn;
  PangoFontDescription *font;
};

G_DEFINE_FINAL_TYPE (EcMapRenderer, ec_map_renderer, G_TYPE_OBJECT)

static const EcColor border_color = { 1, 1, 1 };
static const EcColor leader_color = { 0.47, 0.46, 0.48 };
static const EcColor dark_text = { 0.14, 0.12, 0.19 };
static const EcColor light_text = { 1, 1, 1 };

static void
appearance_clear (Appearance *appearance)
{
  g_clear_pointer (&appearance->label, g_free);
  appearance->drawn = FALSE;
}

static void
forget_drawn (EcMapRenderer *self)
{
  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    appearance_clear (&self->drawn[i]);
}

static void
ec_map_renderer_finalize (GObject *object)
{
  EcMapRenderer *self = (EcMapRenderer *)object;

  forget_drawn (self);
  g_clear_pointer (&self->drawn, g_free);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_object (&self->scenario);
  g_clear_object (&self->map);

  G_OBJECT_CLASS (ec_map_renderer_parent_class)->finalize (object);
}

static void
ec_map_renderer_class_init (EcMapRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_map_renderer_finalize;
}

static void
ec_map_renderer_init (EcMapRenderer *self)
{
  self->label_scale = 1.0;
  self->font = pango_font_description_from_string ("Cantarell, DejaVu Sans, sans-serif Bold");
}

/**
 * ec_map_renderer_new:
 * @map: the map to draw
 *
 * Returns: (transfer full): a renderer with no scenario: every unit undecided
 */
EcMapRenderer *
ec_map_renderer_new (EcMap *map)
{
  EcMapRenderer *self;

  g_return_val_if_fail (EC_IS_MAP (map), NULL);

  self = g_object_new (EC_TYPE_MAP_RENDERER, NULL);
  self->map = g_object_ref (map);
  self->drawn = g_new0 (Appearance, ec_map_get_n_units (map));

  return self;
}

/**
 * ec_map_renderer_get_map:
 * @self: a #EcMapRenderer
 *
 * Returns: (transfer none): the map
 */
EcMap *
ec_map_renderer_get_map (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  return self->map;
}

/**
 * ec_map_renderer_get_scenario:
 * @self: a #EcMapRenderer
 *
 * Returns: (transfer none) (nullable): the scenario drawn
 */
EcScenario *
ec_map_renderer_get_scenario (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  return self->scenario;
}

/**
 * ec_map_renderer_set_scenario:
 * @self: a #EcMapRenderer
 * @scenario: (nullable): the scenario to draw
 *
 * Sets what to draw. Changes to the scenario show up at the next
 * ec_map_renderer_update().
 */
void
ec_map_renderer_set_scenario (EcMapRenderer *self,
                              EcScenario    *scenario)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (!scenario || EC_IS_SCENARIO (scenario));

  g_set_object (&self->scenario, scenario);
}

/**
 * ec_map_renderer_get_margin_shading:
 * @self: a #EcMapRenderer
 *
 * Returns: whether units are shaded by the real margin
 */
gboolean
ec_map_renderer_get_margin_shading (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);

  return self->shading;
}

/**
 * ec_map_renderer_set_margin_shading:
 * @self: a #EcMapRenderer
 * @shading: whether to shade units by the real margin
 *
 * With shading, a unit that goes to its real winner is drawn lighter the
 * closer the real result was: safe above 15 points, likely from 5, lean
 * below 5.
 */
void
ec_map_renderer_set_margin_shading (EcMapRenderer *self,
                                    gboolean       shading)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  self->shading = !!shading;
}

/**
 * ec_map_renderer_get_label_scale:
 * @self: a #EcMapRenderer
 *
 * Returns: the factor applied to label sizes
 */
double
ec_map_renderer_get_label_scale (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), 1.0);

  return self->label_scale;
}

/**
 * ec_map_renderer_set_label_scale:
 * @self: a #EcMapRenderer
 * @scale: a factor for label sizes, 1.0 by default
 *
 * Makes labels larger (for a projector) or smaller.
 */
void
ec_map_renderer_set_label_scale (EcMapRenderer *self,
                                 double         scale)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (scale > 0);

  if (self->label_scale == scale)
    return;

  self->label_scale = scale;
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

/**
 * ec_map_renderer_get_patterns:
 * @self: a #EcMapRenderer
 *
 * Returns: whether units carry their candidate's pattern over the colour
 */
gboolean
ec_map_renderer_get_patterns (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);

  return self->patterns;
}

/**
 * ec_map_renderer_set_patterns:
 * @self: a #EcMapRenderer
 * @patterns: whether to lay patterns over the fills
 *
 * With patterns, each candidate's units carry a pattern as well as a colour
 * (see ec_palette_get_candidate_pattern()) and undecided units a light
 * hatch, so that a map printed in grey still tells candidates apart. Off by
 * default: on screen, colour and labels are enough.
 */
void
ec_map_renderer_set_patterns (EcMapRenderer *self,
                              gboolean       patterns)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  patterns = !!patterns;
  if (self->patterns == patterns)
    return;

  self->patterns = patterns;
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

static void
compute_geometry (EcMapRenderer *self,
                  int            width,
                  int            height,
                  Geometry      *geometry)
{
  const EcRect *view = ec_map_get_view_box (self->map);

  /* Keep the map's aspect ratio and centre it in the space given. */
  geometry->scale = MIN (width / view->width, height / view->height);
  geometry->offset_x = (width - view->width * geometry->scale) / 2;
  geometry->offset_y = (height - view->height * geometry->scale) / 2;
  geometry->view_x = view->x;
  geometry->view_y = view->y;
}

/**
 * ec_map_renderer_set_size:
 * @self: a #EcMapRenderer
 * @width: width in pixels
 * @height: height in pixels
 *
 * Sets the size of the cached drawing. The map keeps its aspect ratio and is
 * centred in it.
 */
void
ec_map_renderer_set_size (EcMapRenderer *self,
                          int            width,
                          int            height)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  width = MAX (width, 0);
  height = MAX (height, 0);

  if (self->width == width && self->height == height)
    return;

  self->width = width;
  self->height = height;
  compute_geometry (self, width, height, &self->geometry);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

/**
 * ec_map_renderer_get_size:
 * @self: a #EcMapRenderer
 * @width: (out) (optional): width in pixels
 * @height: (out) (optional): height in pixels
 *
 * Gets the size set with ec_map_renderer_set_size().
 */
void
ec_map_renderer_get_size (EcMapRenderer *self,
                          int           *width,
                          int           *height)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));

  if (width) *width = self->width;
  if (height) *height = self->height;
}

/**
 * ec_map_renderer_get_map_area:
 * @self: a #EcMapRenderer
 * @area: (out caller-allocates): where the map lies in the cached drawing
 *
 * Gets the rectangle, in pixels, that the map covers.
 */
void
ec_map_renderer_get_map_area (EcMapRenderer *self,
                              EcRect        *area)
{
  const EcRect *view;

  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (area != NULL);

  view = ec_map_get_view_box (self->map);
  area->x = self->geometry.offset_x;
  area->y = self->geometry.offset_y;
  area->width = view->width * self->geometry.scale;
  area->height = view->height * self->geometry.scale;
}

static void
to_pixels (const Geometry *g,
           double          map_x,
           double          map_y,
           double         *x,
           double         *y)
{
  *x = (map_x - g->view_x) * g->scale + g->offset_x;
  *y = (map_y - g->view_y) * g->scale + g->offset_y;
}

/**
 * ec_map_renderer_map_to_pixels:
 * @self: a #EcMapRenderer
 * @map_x: x in map units
 * @map_y: y in map units
 * @x: (out): x in pixels of the cached drawing
 * @y: (out): y in pixels of the cached drawing
 *
 * Converts a point of the map to pixels at the current size.
 */
void
ec_map_renderer_map_to_pixels (EcMapRenderer *self,
                               double         map_x,
                               double         map_y,
                               double        *x,
                               double        *y)
{
  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (x != NULL && y != NULL);

  to_pixels (&self->geometry, map_x, map_y, x, y);
}

/* What a unit should look like now */

static EcUnit *
election_unit (EcMapRenderer *self,
               EcMapUnit     *unit)
{
  if (self->scenario == NULL)
    return NULL;

  return ec_election_get_unit (ec_scenario_get_election (self->scenario), ec_map_unit_get_id (unit));
}

static gboolean
unit_is_shown (EcMapRenderer *self,
               EcMapUnit     *unit)
{
  EcUnit *eunit;

  if (!ec_map_unit_is_district (unit))
    return TRUE;

  /* District boxes only appear while their state uses the district method. */
  eunit = election_unit (self, unit);

  return eunit != NULL && ec_scenario_is_unit_active (self->scenario, eunit);
}

static void
compute_appearance (EcMapRenderer *self,
                    EcMapUnit     *unit,
                    Appearance    *appearance)
{
  EcUnit *eunit = election_unit (self, unit);
  EcCandidate *winner = NULL;
  const char *id = ec_map_unit_get_id (unit);
  guint votes = 0;

  appearance->drawn = TRUE;
  appearance->shown = unit_is_shown (self, unit);
  appearance->faithless = 0;
  ec_palette_get_undecided_color (&appearance->fill);
  appearance->pattern = self->patterns ? ec_palette_get_undecided_pattern () : EC_PATTERN_NONE;

  if (eunit != NULL)
    {
      winner = ec_scenario_get_winner (self->scenario, id);
      votes = ec_scenario_get_unit_electoral_votes (self->scenario, eunit);
      appearance->faithless = ec_scenario_get_faithless_count (self->scenario, id);
    }

  if (winner != NULL)
    {
      double points;

      ec_palette_get_candidate_color (self->scenario, winner, &appearance->fill);
      if (self->patterns)
        appearance->pattern = ec_palette_get_candidate_pattern (self->scenario, winner);

      /* The real margin says something only about the real winner. */
      if (self->shading && winner == ec_unit_get_winner (eunit) &&
          ec_palette_get_real_margin (eunit, &points))
        ec_palette_shade (&appearance->fill, ec_palette_classify_margin (points), &appearance->fill);
    }

  if (votes > 0)
    appearance->label = g_strdup_printf ("%s\n%u", id, votes);
  else
    appearance->label = g_strdup (id);
}

static gboolean
appearance_equal (const Appearance *a,
                  const Appearance *b)
{
  return a->drawn && b->drawn &&
         a->shown == b->shown &&
         a->faithless == b->faithless &&
         a->pattern == b->pattern &&
         a->fill.red == b->fill.red && a->fill.green == b->fill.green && a->fill.blue == b->fill.blue &&
         g_strcmp0 (a->label, b->label) == 0;
}

/* Drawing */

static double
font_cap (EcMapRenderer  *self,
          const Geometry *g)
{
  /* About 19 px on a 1920-pixel-wide map: readable from the back of a
   * classroom on a projector, and scaled with the map, but never below a
   * size that can be read at all on a small window. */
  return self->label_scale * MAX (g->scale * 11.0, 11.0);
}

static void
unit_label_anchor (EcMapUnit *unit,
                   double    *x,
                   double    *y,
                   double    *room_width,
                   double    *room_height)
{
  const EcRect *box = ec_map_unit_get_box (unit);

  ec_map_unit_get_label (unit, x, y, room_width, room_height);

  if (box != NULL)
    {
      *x = box->x + box->width / 2;
      *y = box->y + box->height / 2;
    }
}

static void
set_color (cairo_t       *cr,
           const EcColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

static void
rounded_box (cairo_t      *cr,
             const EcRect *box)
{
  double r = MIN (5.0, MIN (box->width, box->height) / 4);
  double x = box->x, y = box->y, w = box->width, h = box->height;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static gboolean
rect_intersects (const EcRect *a,
                 const EcRect *b)
{
  return b == NULL ||
         (a->x <= b->x + b->width && b->x <= a->x + a->width &&
          a->y <= b->y + b->height && b->y <= a->y + a->height);
}

static void
unit_map_extents (EcMapUnit *unit,
                  EcRect    *extents)
{
  const EcRect *box = ec_map_unit_get_box (unit);
  double x1, y1, x2, y2;
  double leader[4];

  if (ec_map_unit_has_shape (unit))
    {
      const EcRect *bbox = ec_map_unit_get_bbox (unit);

      x1 = bbox->x;
      y1 = bbox->y;
      x2 = bbox->x + bbox->width;
      y2 = bbox->y + bbox->height;
    }
  else
    {
      x1 = box->x;
      y1 = box->y;
      x2 = box->x + box->width;
      y2 = box->y + box->height;
    }

  if (box != NULL)
    {
      x1 = MIN (x1, box->x);
      y1 = MIN (y1, box->y);
      x2 = MAX (x2, box->x + box->width);
      y2 = MAX (y2, box->y + box->height);
    }

  if (ec_map_unit_get_leader (unit, leader))
    {
      x1 = MIN (x1, MIN (leader[0], leader[2]));
      y1 = MIN (y1, MIN (leader[1], leader[3]));
      x2 = MAX (x2, MAX (leader[0], leader[2]));
      y2 = MAX (y2, MAX (leader[1], leader[3]));
    }

  *extents = (EcRect) { x1, y1, x2 - x1, y2 - y1 };
}

/* The pixels a unit's label may cover, generously. */
static void
label_pixel_extents (EcMapRenderer  *self,
                     const Geometry *g,
                     EcMapUnit      *unit,
                     EcRect         *rect)
{
  double lx, ly, rw, rh;
  double cap = font_cap (self, g);
  double half_w, half_h;

  unit_label_anchor (unit, &lx, &ly, &rw, &rh);
  to_pixels (g, lx, ly, &lx, &ly);
  half_w = MAX (rw * g->scale, cap * 4.5) / 2;
  half_h = MAX (rh * g->scale, cap * 3.0) / 2;

  *rect = (EcRect) { lx - half_w, ly - half_h, 2 * half_w, 2 * half_h };
}

/* The pixels a unit may touch: its shape, box and leader, its label (which
 * may spill out of a small state) and the border strokes. */
static void
unit_pixel_extents (EcMapRenderer         *self,
                    const Geometry        *g,
                    EcMapUnit             *unit,
                    cairo_rectangle_int_t *rect)
{
  EcRect extents;
  EcRect label;
  double x1, y1, x2, y2;

  unit_map_extents (unit, &extents);
  to_pixels (g, extents.x, extents.y, &x1, &y1);
  to_pixels (g, extents.x + extents.width, extents.y + extents.height, &x2, &y2);

  label_pixel_extents (self, g, unit, &label);
  x1 = MIN (x1, label.x);
  y1 = MIN (y1, label.y);
  x2 = MAX (x2, label.x + label.width);
  y2 = MAX (y2, label.y + label.height);

  rect->x = (int)floor (x1) - 4;
  rect->y = (int)floor (y1) - 4;
  rect->width = (int)ceil (x2) + 4 - rect->x;
  rect->height = (int)ceil (y2) + 4 - rect->y;
}

/* Sets @text on @layout at the largest size, between @min_size and @cap,
 * whose @n_lines fit the room (width and height in pixels). */
static double
fit_label (EcMapRenderer *self,
           PangoLayout   *layout,
           const char    *text,
           double         room_w,
           double         room_h,
           guint          n_lines,
           double         min_size,
           double         cap)
{
  PangoFontDescription *font = pango_font_description_copy (self->font);
  PangoRectangle logical;
  double size = CLAMP (room_h / (n_lines == 1 ? 1.35 : 2.3), min_size, cap);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_spacing (layout, -size * 0.15 * PANGO_SCALE);
  pango_layout_set_text (layout, text, -1);

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (logical.width > room_w * 0.92 && size > min_size)
    {
      size = MAX (min_size, size * room_w * 0.92 / logical.width);
      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_spacing (layout, -size * 0.15 * PANGO_SCALE);
    }

  pango_font_description_free (font);

  return size;
}

/* Where and how a label is drawn, worked out once for both cairo and the
 * description that SVG export writes from. */
typedef struct {
  PangoLayout   *layout;
  double         size;
  double         origin_x;
  double         origin_y;
  const EcColor *text;
  const EcColor *halo;
  gboolean       spills;
  guint          faithless;
  PangoLayout   *badge;
  double         badge_x;
  double         badge_y;
  double         badge_radius;
  double         badge_text_x;
  double         badge_text_y;
} LabelLayout;

#define HALO_ALPHA 0.55

static void
label_layout_clear (LabelLayout *label)
{
  g_clear_object (&label->layout);
  g_clear_object (&label->badge);
}

static double
halo_width (double size)
{
  return MAX (2.0, size / 6);
}

static double
badge_line_width (double radius)
{
  return MAX (1.5, radius / 5);
}

static void
layout_label (EcMapRenderer    *self,
              PangoContext     *context,
              const Geometry   *g,
              EcMapUnit        *unit,
              const Appearance *appearance,
              LabelLayout      *label)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle ink;
  PangoRectangle logical;
  double x, y, room_w, room_h;
  double size;
  double cap = font_cap (self, g);
  double min_size = 10.0 * self->label_scale;

  unit_label_anchor (unit, &x, &y, &room_w, &room_h);
  to_pixels (g, x, y, &x, &y);
  room_w *= g->scale;
  room_h *= g->scale;

  /* Two lines (code, votes) as large as the room allows, within limits;
   * where the room is too flat for two readable lines (small boxes on a
   * small window), one line. */
  layout = pango_layout_new (context);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);

  size = fit_label (self, layout, appearance->label, room_w, room_h, 2, min_size, cap);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if ((size < 11.0 * self->label_scale || logical.height > room_h * 1.05) &&
      strchr (appearance->label, '\n') != NULL)
    {
      /* “ME-2 · 1”, not “ME-2 1”, which reads as ME-21. */
      g_auto(GStrv) parts = g_strsplit (appearance->label, "\n", 2);
      g_autofree char *one_line = g_strjoinv (" · ", parts);
      g_autoptr(PangoLayout) single = pango_layout_new (context);
      double single_size = fit_label (self, single, one_line, room_w, room_h, 1, min_size, cap);

      if (single_size > size || logical.height > room_h * 1.05)
        {
          g_set_object (&layout, single);
          size = single_size;
        }
    }

  pango_layout_get_pixel_extents (layout, &ink, &logical);

  if (ec_palette_luminance (&appearance->fill) > 0.35)
    {
      label->text = &dark_text;
      label->halo = &light_text;
    }
  else
    {
      label->text = &light_text;
      label->halo = &dark_text;
    }

  label->size = size;
  /* Text that stays inside its state's room needs no halo; stroking the
   * outline of every label would cost more than the rest of the map. */
  label->spills = logical.width > room_w || logical.height > room_h;
  label->origin_x = round (x - logical.width / 2.0 - logical.x);
  label->origin_y = round (y - logical.height / 2.0 - logical.y);
  label->faithless = appearance->faithless;

  if (appearance->faithless > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", appearance->faithless);
      PangoFontDescription *badge_font = pango_font_description_copy (self->font);
      PangoRectangle badge_rect;

      /* A white badge with the number of faithless electors, beside the
       * label: a mark that reads in grey print too. */
      /* Never below 7 px on screen; smaller only where labels are made
       * smaller than the window's (a map on a printed page). */
      label->badge_radius = MAX (7.0 * MIN (self->label_scale, 1.0), size * 0.6);
      label->badge_x = x + logical.width / 2.0 + label->badge_radius + 2;
      label->badge_y = y - logical.height / 2.0 + label->badge_radius;

      label->badge = pango_layout_new (context);
      pango_font_description_set_absolute_size (badge_font, label->badge_radius * 1.2 * PANGO_SCALE);
      pango_layout_set_font_description (label->badge, badge_font);
      pango_font_description_free (badge_font);
      pango_layout_set_text (label->badge, count, -1);
      pango_layout_get_pixel_extents (label->badge, NULL, &badge_rect);
      label->badge_text_x = label->badge_x - badge_rect.width / 2.0 - badge_rect.x;
      label->badge_text_y = label->badge_y - badge_rect.height / 2.0 - badge_rect.y;
    }

  label->layout = g_steal_pointer (&layout);
}

static void
paint_label (cairo_t           *cr,
             const LabelLayout *label)
{
  const EcColor *halo = label->halo;

  /* A thin halo keeps labels readable where they spill over a neighbour. */
  cairo_save (cr);
  if (label->spills)
    {
      cairo_move_to (cr, label->origin_x, label->origin_y);
      pango_cairo_layout_path (cr, label->layout);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_width (cr, halo_width (label->size));
      cairo_set_source_rgba (cr, halo->red, halo->green, halo->blue, HALO_ALPHA);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, label->origin_x, label->origin_y);
  set_color (cr, label->text);
  pango_cairo_show_layout (cr, label->layout);
  cairo_restore (cr);

  if (label->badge != NULL)
    {
      cairo_new_path (cr);
      cairo_arc (cr, label->badge_x, label->badge_y, label->badge_radius, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      set_color (cr, &dark_text);
      cairo_set_line_width (cr, badge_line_width (label->badge_radius));
      cairo_stroke (cr);

      cairo_new_path (cr);
      cairo_move_to (cr, label->badge_text_x, label->badge_text_y);
      pango_cairo_show_layout (cr, label->badge);
    }
}

static void
draw_label (EcMapRenderer    *self,
            cairo_t          *cr,
            PangoContext     *context,
            const Geometry   *g,
            EcMapUnit        *unit,
            const Appearance *appearance)
{
  LabelLayout label = { 0 };

  layout_label (self, context, g, unit, appearance, &label);
  paint_label (cr, &label);
  label_layout_clear (&label);
}

static double
pattern_size (const Geometry *g)
{
  /* About 9 px on a map 1086 px wide: fine enough to leave the colour
   * visible, coarse enough to survive printing. Whole pixels keep the tiles
   * sharp. */
  return MAX (6.0, round (g->scale * 9.0));
}

/* Lays @pattern over the current path, which is kept. The pattern is set in
 * @base, the user space the map is drawn in, so that it lines up across
 * neighbouring units and matches the SVG export. */
static void
overlay_pattern (cairo_t              *cr,
                 const cairo_matrix_t *base,
                 cairo_pattern_t     **cache,
                 const Geometry       *g,
                 EcPattern             pattern,
                 const EcColor        *fill)
{
  EcColor ink;
  double alpha;
  guint index;

  if (pattern == EC_PATTERN_NONE)
    return;

  ec_palette_get_pattern_ink (pattern, fill, &ink, &alpha);
  index = pattern * 2 + (ink.red == 1.0 ? 1 : 0);
  if (cache[index] == NULL)
    {
      gboolean vector = cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE;
      double device_scale = sqrt (base->xx * base->xx + base->yx * base->yx);

      if (vector || device_scale <= 0 || device_scale == 1.0)
        {
          cache[index] = ec_palette_create_pattern (pattern, fill, pattern_size (g), vector);
        }
      else
        {
          cairo_matrix_t matrix;

          /* Drawn scaled (a snapshot scales the whole map): pixels of
           * the tile at the device's resolution, not stretched ones. */
          cache[index] = ec_palette_create_pattern (pattern, fill, pattern_size (g) * device_scale, FALSE);
          cairo_matrix_init_scale (&matrix, device_scale, device_scale);
          cairo_pattern_set_matrix (cache[index], &matrix);
        }
    }

  cairo_save (cr);
  cairo_set_matrix (cr, base);
  cairo_set_source (cr, cache[index]);
  cairo_fill_preserve (cr);
  cairo_restore (cr);
}

static void
draw_map (EcMapRenderer    *self,
          cairo_t          *cr,
          const Geometry   *g,
          const Appearance *appearances,
          const EcRect     *limit,
          const EcRect     *pixel_limit)
{
  guint n_units = ec_map_get_n_units (self->map);
  double border = CLAMP (g->scale * 0.8, 1.0, 3.0) / g->scale;
  cairo_pattern_t *patterns[(EC_PATTERN_HATCH + 1) * 2] = { NULL, };
  PangoContext *context;
  cairo_matrix_t base;

  cairo_get_matrix (cr, &base);
  cairo_save (cr);
  cairo_translate (cr, g->offset_x, g->offset_y);
  cairo_scale (cr, g->scale, g->scale);
  cairo_translate (cr, -g->view_x, -g->view_y);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* Shapes, each with its white border. */
  cairo_set_line_width (cr, border);
  for (guint i = 0; i < n_units; i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);

      if (!ec_map_unit_has_shape (unit) || !rect_intersects (ec_map_unit_get_bbox (unit), limit))
        continue;

      cairo_new_path (cr);
      ec_map_unit_append_shape_path (unit, cr);
      set_color (cr, &appearances[i].fill);
      cairo_fill_preserve (cr);
      overlay_pattern (cr, &base, patterns, g, appearances[i].pattern, &appearances[i].fill);
      set_color (cr, &border_color);
      cairo_stroke (cr);
    }

  /* Leader lines from the boxes to the places they stand for. */
  cairo_set_line_width (cr, MAX (1.0, g->scale * 0.6) / g->scale);
  set_color (cr, &leader_color);
  for (guint i = 0; i < n_units; i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      double leader[4];

      if (!appearances[i].shown || !ec_map_unit_get_leader (unit, leader))
        continue;

      cairo_move_to (cr, leader[0], leader[1]);
      cairo_line_to (cr, leader[2], leader[3]);
    }
  cairo_stroke (cr);

  /* The boxes, filled like their units. */
  for (guint i = 0; i < n_units; i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      const EcRect *box = ec_map_unit_get_box (unit);

      if (box == NULL || !appearances[i].shown || !rect_intersects (box, limit))
        continue;

      cairo_new_path (cr);
      rounded_box (cr, box);
      set_color (cr, &appearances[i].fill);
      cairo_fill_preserve (cr);
      overlay_pattern (cr, &base, patterns, g, appearances[i].pattern, &appearances[i].fill);
      cairo_set_line_width (cr, 1.0 / g->scale);
      set_color (cr, &leader_color);
      cairo_stroke (cr);
    }

  cairo_restore (cr);

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    g_clear_pointer (&patterns[i], cairo_pattern_destroy);

  /* Labels in device space, so text stays crisp; one Pango context for
   * all of them, since making one per label costs more than the text. */
  context = pango_cairo_create_context (cr);
  for (guint i = 0; i < n_units; i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      EcRect label;

      if (!appearances[i].shown)
        continue;

      label_pixel_extents (self, g, unit, &label);
      if (rect_intersects (&label, pixel_limit))
        draw_label (self, cr, context, g, unit, &appearances[i]);
    }
  g_object_unref (context);
}

static void
compute_all (EcMapRenderer *self,
             Appearance    *appearances)
{
  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    compute_appearance (self, ec_map_get_unit (self->map, i), &appearances[i]);
}

static void
free_appearances (Appearance *appearances,
                  guint       n)
{
  for (guint i = 0; i < n; i++)
    appearance_clear (&appearances[i]);
  g_free (appearances);
}

/**
 * ec_map_renderer_update:
 * @self: a #EcMapRenderer
 *
 * Brings the cached drawing up to date with the scenario, repainting only
 * the units whose look changed.
 *
 * Returns: (transfer full) (nullable): the pixels that changed, or %NULL if
 *   nothing did
 */
cairo_region_t *
ec_map_renderer_update (EcMapRenderer *self)
{
  guint n_units;
  Appearance *now;
  cairo_region_t *damage;
  cairo_t *cr;
  EcRect limit;
  EcRect pixel_limit;
  gboolean full;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  if (self->width == 0 || self->height == 0)
    return NULL;

  n_units = ec_map_get_n_units (self->map);
  now = g_new0 (Appearance, n_units);
  compute_all (self, now);

  full = self->surface == NULL;
  if (full)
    {
      cairo_rectangle_int_t all = { 0, 0, self->width, self->height };

      self->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, self->width, self->height);
      damage = cairo_region_create_rectangle (&all);
    }
  else
    {
      damage = cairo_region_create ();
      for (guint i = 0; i < n_units; i++)
        {
          if (!appearance_equal (&self->drawn[i], &now[i]))
            {
              cairo_rectangle_int_t rect;

              unit_pixel_extents (self, &self->geometry, ec_map_get_unit (self->map, i), &rect);
              cairo_region_union_rectangle (damage, &rect);
            }
        }
    }

  if (cairo_region_is_empty (damage))
    {
      free_appearances (now, n_units);
      cairo_region_destroy (damage);
      return NULL;
    }

  /* Repaint the damaged rectangles: clear them, then draw every unit that
   * can reach into them, clipped. */
  cr = cairo_create (self->surface);
  for (int i = 0; i < cairo_region_num_rectangles (damage); i++)
    {
      cairo_rectangle_int_t rect;

      cairo_region_get_rectangle (damage, i, &rect);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
    }
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  if (full)
    {
      draw_map (self, cr, &self->geometry, now, NULL, NULL);
    }
  else
    {
      cairo_rectangle_int_t extents;
      double x1, y1, x2, y2;

      /* Labels are placed in pixels; the limit is for shapes and boxes. */
      /* Anything within a few pixels can reach in with its border or its
       * anti-aliasing, so cull with some slack. */
      cairo_region_get_extents (damage, &extents);
      pixel_limit = (EcRect) { extents.x - 4, extents.y - 4, extents.width + 8, extents.height + 8 };
      x1 = (pixel_limit.x - self->geometry.offset_x) / self->geometry.scale + self->geometry.view_x;
      y1 = (pixel_limit.y - self->geometry.offset_y) / self->geometry.scale + self->geometry.view_y;
      x2 = x1 + pixel_limit.width / self->geometry.scale;
      y2 = y1 + pixel_limit.height / self->geometry.scale;
      limit = (EcRect) { x1, y1, x2 - x1, y2 - y1 };
      draw_map (self, cr, &self->geometry, now, &limit, &pixel_limit);
    }
  cairo_destroy (cr);
  cairo_surface_flush (self->surface);

  forget_drawn (self);
  g_free (self->drawn);
  self->drawn = now;

  return damage;
}

/**
 * ec_map_renderer_get_surface:
 * @self: a #EcMapRenderer
 *
 * Returns: (transfer none) (nullable): the cached drawing, as of the last
 *   ec_map_renderer_update()
 */
cairo_surface_t *
ec_map_renderer_get_surface (EcMapRenderer *self)
{
  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  return self->surface;
}

/**
 * ec_map_renderer_render:
 * @self: a #EcMapRenderer
 * @cr: any cairo context: an image, SVG or PDF surface
 * @width: the width to fill
 * @height: the height to fill
 *
 * Draws the whole map afresh onto @cr, without touching the cache: for
 * exports and snapshots.
 */
void
ec_map_renderer_render (EcMapRenderer *self,
                        cairo_t       *cr,
                        int            width,
                        int            height)
{
  guint n_units;
  Appearance *now;
  Geometry g;

  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  n_units = ec_map_get_n_units (self->map);
  now = g_new0 (Appearance, n_units);
  compute_all (self, now);
  compute_geometry (self, width, height, &g);

  draw_map (self, cr, &g, now, NULL, NULL);

  free_appearances (now, n_units);
}

static void
append_unit_outline (EcMapRenderer *self,
                     cairo_t       *cr,
                     EcMapUnit     *unit)
{
  const EcRect *box = ec_map_unit_get_box (unit);

  cairo_save (cr);
  cairo_translate (cr, self->geometry.offset_x, self->geometry.offset_y);
  cairo_scale (cr, self->geometry.scale, self->geometry.scale);
  cairo_translate (cr, -self->geometry.view_x, -self->geometry.view_y);
  if (ec_map_unit_has_shape (unit))
    ec_map_unit_append_shape_path (unit, cr);
  if (box != NULL)
    rounded_box (cr, box);
  cairo_restore (cr);
}

/**
 * ec_map_renderer_draw_highlight:
 * @self: a #EcMapRenderer
 * @cr: a cairo context in the pixels of the cached drawing
 * @unit_id: the unit to outline
 * @kind: hover or keyboard focus
 *
 * Outlines a unit (its shape and its box) over the cached drawing. Hover is
 * a dark outline; focus a thick blue ring on a white one, visible on any
 * fill.
 */
void
ec_map_renderer_draw_highlight (EcMapRenderer  *self,
                                cairo_t        *cr,
                                const char     *unit_id,
                                EcMapHighlight  kind)
{
  EcMapUnit *unit;

  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (unit_id != NULL);

  unit = ec_map_lookup_unit (self->map, unit_id);
  if (unit == NULL || !unit_is_shown (self, unit))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  append_unit_outline (self, cr, unit);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  if (kind == EC_MAP_HIGHLIGHT_FOCUS)
    {
      cairo_set_line_width (cr, 7);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_stroke_preserve (cr);
      cairo_set_line_width (cr, 4);
      cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
      cairo_stroke (cr);
    }
  else
    {
      cairo_set_line_width (cr, 3);
      cairo_set_source_rgba (cr, dark_text.red, dark_text.green, dark_text.blue, 0.85);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

static gboolean
is_shown_cb (EcMapUnit *unit,
             gpointer   user_data)
{
  return unit_is_shown (user_data, unit);
}

/**
 * ec_map_renderer_pick:
 * @self: a #EcMapRenderer
 * @x: x in pixels of the cached drawing
 * @y: y in pixels of the cached drawing
 *
 * Finds the unit under a point, exactly to its border, without drawing.
 *
 * Returns: (transfer none) (nullable): the unit's id, or %NULL
 */
const char *
ec_map_renderer_pick (EcMapRenderer *self,
                      double         x,
                      double         y)
{
  EcMapUnit *unit;
  double mx, my;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  if (self->geometry.scale <= 0)
    return NULL;

  mx = (x - self->geometry.offset_x) / self->geometry.scale + self->geometry.view_x;
  my = (y - self->geometry.offset_y) / self->geometry.scale + self->geometry.view_y;
  unit = ec_map_hit_test (self->map, mx, my, is_shown_cb, self);

  return unit ? ec_map_unit_get_id (unit) : NULL;
}

/**
 * ec_map_renderer_is_unit_shown:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 *
 * Returns: whether the unit is on the map now (a district box is only while
 *   its state uses the district method)
 */
gboolean
ec_map_renderer_is_unit_shown (EcMapRenderer *self,
                               const char    *unit_id)
{
  EcMapUnit *unit;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);

  unit = ec_map_lookup_unit (self->map, unit_id);

  return unit != NULL && unit_is_shown (self, unit);
}

/**
 * ec_map_renderer_get_unit_bounds:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 * @bounds: (out caller-allocates): the unit's box if it has one, else its
 *   shape's bounding box, in pixels
 *
 * Returns: whether the unit exists
 */
gboolean
ec_map_renderer_get_unit_bounds (EcMapRenderer *self,
                                 const char    *unit_id,
                                 EcRect        *bounds)
{
  const EcRect *rect;
  EcMapUnit *unit;
  double x1, y1, x2, y2;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (!(unit = ec_map_lookup_unit (self->map, unit_id)))
    return FALSE;

  rect = ec_map_unit_get_box (unit);
  if (rect == NULL)
    rect = ec_map_unit_get_bbox (unit);

  to_pixels (&self->geometry, rect->x, rect->y, &x1, &y1);
  to_pixels (&self->geometry, rect->x + rect->width, rect->y + rect->height, &x2, &y2);
  *bounds = (EcRect) { x1, y1, x2 - x1, y2 - y1 };

  return TRUE;
}

/**
 * ec_map_renderer_get_unit_color:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 * @color: (out caller-allocates): the unit's fill
 *
 * Returns: whether the unit exists
 */
gboolean
ec_map_renderer_get_unit_color (EcMapRenderer *self,
                                const char    *unit_id,
                                EcColor       *color)
{
  Appearance appearance = { 0 };
  EcMapUnit *unit;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);
  g_return_val_if_fail (color != NULL, FALSE);

  if (!(unit = ec_map_lookup_unit (self->map, unit_id)))
    return FALSE;

  compute_appearance (self, unit, &appearance);
  *color = appearance.fill;
  appearance_clear (&appearance);

  return TRUE;
}

/**
 * ec_map_renderer_get_unit_pattern:
 * @self: a #EcMapRenderer
 * @unit_id: a unit id
 *
 * Returns: the pattern laid over the unit's fill: always
 *   %EC_PATTERN_NONE unless patterns are on
 */
EcPattern
ec_map_renderer_get_unit_pattern (EcMapRenderer *self,
                                  const char    *unit_id)
{
  Appearance appearance = { 0 };
  EcMapUnit *unit;
  EcPattern pattern;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), EC_PATTERN_NONE);
  g_return_val_if_fail (unit_id != NULL, EC_PATTERN_NONE);

  if (!(unit = ec_map_lookup_unit (self->map, unit_id)))
    return EC_PATTERN_NONE;

  compute_appearance (self, unit, &appearance);
  pattern = appearance.pattern;
  appearance_clear (&appearance);

  return pattern;
}

/**
 * ec_map_renderer_get_style:
 * @self: a #EcMapRenderer
 * @width: the width of a drawing made with ec_map_renderer_render()
 * @height: its height
 * @style: (out caller-allocates): how it is drawn
 *
 * Gives the transform, line widths and colours of a drawing at that size,
 * so that other writers (SVG export) can draw the same picture.
 */
void
ec_map_renderer_get_style (EcMapRenderer *self,
                           int            width,
                           int            height,
                           EcMapStyle    *style)
{
  Geometry g;

  g_return_if_fail (EC_IS_MAP_RENDERER (self));
  g_return_if_fail (style != NULL);

  compute_geometry (self, width, height, &g);

  cairo_matrix_init_translate (&style->transform, g.offset_x, g.offset_y);
  cairo_matrix_scale (&style->transform, g.scale, g.scale);
  cairo_matrix_translate (&style->transform, -g.view_x, -g.view_y);
  style->scale = g.scale;
  /* The same widths as draw_map(), there given in map units. */
  style->border_width = CLAMP (g.scale * 0.8, 1.0, 3.0);
  style->border_color = border_color;
  style->leader_width = MAX (1.0, g.scale * 0.6);
  style->leader_color = leader_color;
  style->box_line_width = 1.0;
  style->pattern_size = pattern_size (&g);
}

/**
 * ec_map_renderer_get_unit_box:
 * @self: a #EcMapRenderer
 * @width: the width of a drawing made with ec_map_renderer_render()
 * @height: its height
 * @unit_id: a unit id
 * @box: (out caller-allocates): the unit's callout box, in pixels
 * @radius: (out) (optional): the radius of the box's corners, in pixels
 *
 * Returns: whether the unit has a callout box
 */
gboolean
ec_map_renderer_get_unit_box (EcMapRenderer *self,
                              int            width,
                              int            height,
                              const char    *unit_id,
                              EcRect        *box,
                              double        *radius)
{
  const EcRect *rect;
  EcMapUnit *unit;
  Geometry g;
  double x1, y1, x2, y2;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (unit_id != NULL, FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  unit = ec_map_lookup_unit (self->map, unit_id);
  if (unit == NULL || (rect = ec_map_unit_get_box (unit)) == NULL)
    return FALSE;

  compute_geometry (self, width, height, &g);
  to_pixels (&g, rect->x, rect->y, &x1, &y1);
  to_pixels (&g, rect->x + rect->width, rect->y + rect->height, &x2, &y2);
  *box = (EcRect) { x1, y1, x2 - x1, y2 - y1 };

  /* As rounded_box() draws it. */
  if (radius != NULL)
    *radius = MIN (5.0, MIN (rect->width, rect->height) / 4) * g.scale;

  return TRUE;
}

static void
map_label_clear (EcMapLabel *label)
{
  g_clear_pointer (&label->unit_id, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (label->lines); i++)
    g_clear_pointer (&label->lines[i].text, g_free);
}

/**
 * ec_map_renderer_dup_labels:
 * @self: a #EcMapRenderer
 * @width: the width of a drawing made with ec_map_renderer_render()
 * @height: its height
 *
 * Lays out the labels of every unit on the map as ec_map_renderer_render()
 * draws them at that size: the same fitting, sizes, colours and faithless
 * badges, as text and positions rather than pixels, for SVG export.
 *
 * Returns: (transfer full) (element-type EcMapLabel): the labels
 */
GArray *
ec_map_renderer_dup_labels (EcMapRenderer *self,
                            int            width,
                            int            height)
{
  GArray *labels;
  cairo_surface_t *scratch;
  PangoContext *context;
  cairo_t *cr;
  Geometry g;

  g_return_val_if_fail (EC_IS_MAP_RENDERER (self), NULL);

  labels = g_array_new (FALSE, TRUE, sizeof (EcMapLabel));
  g_array_set_clear_func (labels, (GDestroyNotify)map_label_clear);

  /* Text is measured as an image surface measures it, with no transform:
   * the way ec_map_renderer_render() lays it out for a PNG. */
  scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (scratch);
  context = pango_cairo_create_context (cr);
  compute_geometry (self, width, height, &g);

  for (guint i = 0; i < ec_map_get_n_units (self->map); i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      Appearance appearance = { 0 };
      LabelLayout layout = { 0 };
      EcMapLabel label = { 0 };
      PangoLayoutIter *iter;

      compute_appearance (self, unit, &appearance);
      if (!appearance.shown)
        {
          appearance_clear (&appearance);
          continue;
        }

      layout_label (self, context, &g, unit, &appearance, &layout);

      label.unit_id = g_strdup (ec_map_unit_get_id (unit));
      label.font_size = layout.size;
      label.color = *layout.text;
      label.halo = *layout.halo;
      label.halo_alpha = layout.spills ? HALO_ALPHA : 0;
      label.halo_width = halo_width (layout.size);

      iter = pango_layout_get_iter (layout.layout);
      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          const char *text = pango_layout_get_text (layout.layout);
          PangoRectangle logical;
          EcMapLabelLine *out;

          if (label.n_lines == G_N_ELEMENTS (label.lines))
            break;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          out = &label.lines[label.n_lines++];
          out->text = g_strndup (text + line->start_index, line->length);
          out->x = layout.origin_x + (logical.x + logical.width / 2.0) / PANGO_SCALE;
          out->baseline = layout.origin_y + (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);

      label.faithless = layout.faithless;
      if (layout.badge != NULL)
        {
          label.badge_x = layout.badge_x;
          label.badge_y = layout.badge_y;
          label.badge_radius = layout.badge_radius;
          label.badge_line_width = badge_line_width (layout.badge_radius);
          label.badge_ink = dark_text;
          label.badge_font_size = layout.badge_radius * 1.2;
          label.badge_baseline = layout.badge_text_y + (double)pango_layout_get_baseline (layout.badge) / PANGO_SCALE;
        }

      g_array_append_val (labels, label);
      label_layout_clear (&layout);
      appearance_clear (&appearance);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);

  return labels;
}
