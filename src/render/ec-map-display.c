/* ec-map-display.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ec-map-display.h"

/* The map is described once, as a list of items, and every output draws
 * that list: cairo here (the window's cached drawing, PNG and PDF), the SVG
 * writer in export/. A change to how the map looks is made once, where the
 * renderer makes the items.
 *
 * Each unit has at most one item of each kind, kept in a slot of its own,
 * so that a click replaces the items of the units it changed and leaves the
 * others, with their laid-out text, as they are. The items are drawn in
 * layers, as a printed map is: every shape, then the leaders over them,
 * the boxes, and the labels on top. */

struct _EcMapDisplay
{
  GObject    parent_instance;

  EcMap     *map;
  int        width;
  int        height;
  double     scale;
  double     offset_x;
  double     offset_y;
  EcRect     view;

  /* Where each unit's box is at this size, in map units, and its leader:
   * boxes grow with their labels, so they may differ from the map's. */
  EcRect    *boxes;
  double    *leaders;
  gboolean  *has_box;
  gboolean  *has_leader;
  /* The size and number of lines of the text in boxes, chosen with them. */
  double     box_font_size;
  guint      box_lines;

  guint      n_units;
  EcMapItem *slots;
  gboolean  *present;
  /* Indices of the slots in use, in the order they are drawn; made again
   * when an item comes or goes. */
  GArray    *order;
  /* The gradients of split fills, made once for the display's life: a
   * click repaints a unit with the gradient it had. */
  GArray    *splits;
};

typedef struct {
  EcSplit          split;
  cairo_pattern_t *pattern;
} SplitFill;

G_DEFINE_FINAL_TYPE (EcMapDisplay, ec_map_display, G_TYPE_OBJECT)

static void
item_clear (EcMapItem *item)
{
  g_clear_object (&item->layout);
  for (guint i = 0; i < G_N_ELEMENTS (item->lines); i++)
    g_clear_pointer (&item->lines[i].text, g_free);
  memset (item, 0, sizeof *item);
}

static void
ec_map_display_finalize (GObject *object)
{
  EcMapDisplay *self = (EcMapDisplay *)object;

  for (guint i = 0; i < self->n_units * EC_MAP_ITEM_N_KINDS; i++)
    item_clear (&self->slots[i]);
  g_clear_pointer (&self->slots, g_free);
  g_clear_pointer (&self->present, g_free);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->boxes, g_free);
  g_clear_pointer (&self->leaders, g_free);
  g_clear_pointer (&self->has_box, g_free);
  g_clear_pointer (&self->has_leader, g_free);
  for (guint i = 0; i < self->splits->len; i++)
    cairo_pattern_destroy (g_array_index (self->splits, SplitFill, i).pattern);
  g_clear_pointer (&self->splits, g_array_unref);
  g_clear_object (&self->map);

  G_OBJECT_CLASS (ec_map_display_parent_class)->finalize (object);
}

static void
ec_map_display_class_init (EcMapDisplayClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_map_display_finalize;
}

static void
ec_map_display_init (EcMapDisplay *self)
{
  self->splits = g_array_new (FALSE, FALSE, sizeof (SplitFill));
}

static void
fit_view (EcMapDisplay *self)
{
  self->scale = MIN (self->width / self->view.width, self->height / self->view.height);
  self->offset_x = (self->width - self->view.width * self->scale) / 2;
  self->offset_y = (self->height - self->view.height * self->scale) / 2;
}

/**
 * ec_map_display_new:
 * @map: the map drawn
 * @width: the width of the drawing, in pixels
 * @height: its height
 *
 * Places the map in a drawing of @width × @height pixels: as large as it
 * fits, with its aspect ratio, centred. The display has no items yet; an
 * #EcMapRenderer adds them. Its boxes and leaders are the map's until
 * ec_map_display_set_box() moves them.
 *
 * Returns: (transfer full): an empty display
 */
EcMapDisplay *
ec_map_display_new (EcMap *map,
                    int    width,
                    int    height)
{
  EcMapDisplay *self;

  g_return_val_if_fail (EC_IS_MAP (map), NULL);

  self = g_object_new (EC_TYPE_MAP_DISPLAY, NULL);
  self->map = g_object_ref (map);
  self->width = MAX (width, 0);
  self->height = MAX (height, 0);
  self->view = *ec_map_get_view_box (map);
  fit_view (self);

  self->n_units = ec_map_get_n_units (map);
  self->slots = g_new0 (EcMapItem, self->n_units * EC_MAP_ITEM_N_KINDS);
  self->present = g_new0 (gboolean, self->n_units * EC_MAP_ITEM_N_KINDS);

  self->boxes = g_new0 (EcRect, self->n_units);
  self->leaders = g_new0 (double, self->n_units * 4);
  self->has_box = g_new0 (gboolean, self->n_units);
  self->has_leader = g_new0 (gboolean, self->n_units);
  for (guint i = 0; i < self->n_units; i++)
    {
      EcMapUnit *unit = ec_map_get_unit (map, i);
      const EcRect *box = ec_map_unit_get_box (unit);

      if (box != NULL)
        {
          self->boxes[i] = *box;
          self->has_box[i] = TRUE;
        }
      self->has_leader[i] = ec_map_unit_get_leader (unit, &self->leaders[4 * i]);
    }

  return self;
}

/**
 * ec_map_display_get_map:
 * @self: a #EcMapDisplay
 *
 * Returns: (transfer none): the map drawn
 */
EcMap *
ec_map_display_get_map (EcMapDisplay *self)
{
  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), NULL);

  return self->map;
}

/**
 * ec_map_display_get_size:
 * @self: a #EcMapDisplay
 * @width: (out) (optional): the width of the drawing, in pixels
 * @height: (out) (optional): its height
 *
 * Gets the size given to ec_map_display_new().
 */
void
ec_map_display_get_size (EcMapDisplay *self,
                         int          *width,
                         int          *height)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));

  if (width) *width = self->width;
  if (height) *height = self->height;
}

/**
 * ec_map_display_get_scale:
 * @self: a #EcMapDisplay
 *
 * Returns: pixels per map unit
 */
double
ec_map_display_get_scale (EcMapDisplay *self)
{
  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), 0);

  return self->scale;
}

/**
 * ec_map_display_get_transform:
 * @self: a #EcMapDisplay
 * @transform: (out caller-allocates): from map units to pixels
 *
 * Gets the transform of the shapes, leaders and boxes, for writers of
 * other formats.
 */
void
ec_map_display_get_transform (EcMapDisplay   *self,
                              cairo_matrix_t *transform)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (transform != NULL);

  cairo_matrix_init_translate (transform, self->offset_x, self->offset_y);
  cairo_matrix_scale (transform, self->scale, self->scale);
  cairo_matrix_translate (transform, -self->view.x, -self->view.y);
}

/**
 * ec_map_display_apply_transform:
 * @self: a #EcMapDisplay
 * @cr: a cairo context in pixels of the drawing
 *
 * Changes the user space of @cr to map units, as ec_map_display_draw()
 * does for shapes, leaders and boxes: step by step, so that an outline
 * drawn over the map lands on exactly the same pixels.
 */
void
ec_map_display_apply_transform (EcMapDisplay *self,
                                cairo_t      *cr)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (cr != NULL);

  cairo_translate (cr, self->offset_x, self->offset_y);
  cairo_scale (cr, self->scale, self->scale);
  cairo_translate (cr, -self->view.x, -self->view.y);
}

/**
 * ec_map_display_get_map_area:
 * @self: a #EcMapDisplay
 * @area: (out caller-allocates): where the map lies, in pixels
 *
 * Gets the rectangle that the map covers in the drawing.
 */
void
ec_map_display_get_map_area (EcMapDisplay *self,
                             EcRect       *area)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (area != NULL);

  area->x = self->offset_x;
  area->y = self->offset_y;
  area->width = self->view.width * self->scale;
  area->height = self->view.height * self->scale;
}

/**
 * ec_map_display_map_to_pixels:
 * @self: a #EcMapDisplay
 * @map_x: x in map units
 * @map_y: y in map units
 * @x: (out): x in pixels
 * @y: (out): y in pixels
 *
 * Converts a point of the map to pixels of the drawing.
 */
void
ec_map_display_map_to_pixels (EcMapDisplay *self,
                              double        map_x,
                              double        map_y,
                              double       *x,
                              double       *y)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (x != NULL && y != NULL);

  *x = (map_x - self->view.x) * self->scale + self->offset_x;
  *y = (map_y - self->view.y) * self->scale + self->offset_y;
}

/**
 * ec_map_display_pixels_to_map:
 * @self: a #EcMapDisplay
 * @x: x in pixels
 * @y: y in pixels
 * @map_x: (out): x in map units
 * @map_y: (out): y in map units
 *
 * Converts a point of the drawing to map units. The display must have some
 * size.
 */
void
ec_map_display_pixels_to_map (EcMapDisplay *self,
                              double        x,
                              double        y,
                              double       *map_x,
                              double       *map_y)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (self->scale > 0);
  g_return_if_fail (map_x != NULL && map_y != NULL);

  *map_x = (x - self->offset_x) / self->scale + self->view.x;
  *map_y = (y - self->offset_y) / self->scale + self->view.y;
}

/**
 * ec_map_display_get_pattern_size:
 * @self: a #EcMapDisplay
 *
 * Returns: the side of a pattern's tile, in pixels; drawn scaled on an
 *   image, a tile has a whole number of the image's pixels
 */
double
ec_map_display_get_pattern_size (EcMapDisplay *self)
{
  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), 0);

  /* About 9 px on a map 1086 px wide: fine enough to leave the colour
   * visible, coarse enough to survive printing. Whole pixels keep the tiles
   * sharp. */
  return MAX (6.0, round (self->scale * 9.0));
}

/**
 * ec_map_display_get_view:
 * @self: a #EcMapDisplay
 * @view: (out caller-allocates): the part of the map drawn, in map units
 *
 * Gets the rectangle of the map that the drawing shows: the map's view box,
 * or more where boxes grew out of it.
 */
void
ec_map_display_get_view (EcMapDisplay *self,
                         EcRect       *view)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (view != NULL);

  *view = self->view;
}

/**
 * ec_map_display_set_view:
 * @self: a #EcMapDisplay
 * @view: the part of the map to draw, in map units
 *
 * Places that rectangle of the map in the drawing, as large as it fits and
 * centred, in place of the map's view box. Items made before keep their
 * pixels: set the view before making them.
 */
void
ec_map_display_set_view (EcMapDisplay *self,
                         const EcRect *view)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (view != NULL && view->width > 0 && view->height > 0);

  self->view = *view;
  fit_view (self);
}

/**
 * ec_map_display_set_box:
 * @self: a #EcMapDisplay
 * @position: the position of a unit with a box
 * @box: where its box goes, in map units
 * @leader: (nullable) (array fixed-size=4): its leader, from the box to the
 *   place it stands for, or %NULL to keep the one it has
 *
 * Moves or resizes a unit's box in this display: its items, its hit area
 * and its bounds follow.
 */
void
ec_map_display_set_box (EcMapDisplay *self,
                        guint         position,
                        const EcRect *box,
                        const double  leader[4])
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (position < self->n_units);
  g_return_if_fail (self->has_box[position]);
  g_return_if_fail (box != NULL);

  self->boxes[position] = *box;
  if (leader != NULL && self->has_leader[position])
    memcpy (&self->leaders[4 * position], leader, 4 * sizeof (double));
}

/**
 * ec_map_display_get_box:
 * @self: a #EcMapDisplay
 * @position: a unit's position in the map
 *
 * Returns: (transfer none) (nullable): where the unit's box is in this
 *   display, in map units, or %NULL for a unit without one
 */
const EcRect *
ec_map_display_get_box (EcMapDisplay *self,
                        guint         position)
{
  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), NULL);
  g_return_val_if_fail (position < self->n_units, NULL);

  return self->has_box[position] ? &self->boxes[position] : NULL;
}

/**
 * ec_map_display_get_leader:
 * @self: a #EcMapDisplay
 * @position: a unit's position in the map
 * @line: (out caller-allocates) (array fixed-size=4): the unit's leader,
 *   from its box to the place it stands for, in map units
 *
 * Returns: whether the unit has a leader
 */
gboolean
ec_map_display_get_leader (EcMapDisplay *self,
                           guint         position,
                           double        line[4])
{
  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), FALSE);
  g_return_val_if_fail (position < self->n_units, FALSE);
  g_return_val_if_fail (line != NULL, FALSE);

  if (!self->has_leader[position])
    return FALSE;

  memcpy (line, &self->leaders[4 * position], 4 * sizeof (double));

  return TRUE;
}

/**
 * ec_map_display_set_box_text:
 * @self: a #EcMapDisplay
 * @size: the size of the text in the boxes, in pixels, or 0 for the
 *   default
 * @n_lines: how many lines it takes: 1 or 2
 *
 * Records the text that the boxes were sized for, so that their labels are
 * laid out at that size.
 */
void
ec_map_display_set_box_text (EcMapDisplay *self,
                             double        size,
                             guint         n_lines)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (size >= 0);
  g_return_if_fail (n_lines == 1 || n_lines == 2);

  self->box_font_size = size;
  self->box_lines = n_lines;
}

/**
 * ec_map_display_get_box_text:
 * @self: a #EcMapDisplay
 * @size: (out) (optional): the size of the text in the boxes, in pixels,
 *   or 0 if none was set
 * @n_lines: (out) (optional): how many lines it takes
 *
 * Gets what ec_map_display_set_box_text() recorded.
 */
void
ec_map_display_get_box_text (EcMapDisplay *self,
                             double       *size,
                             guint        *n_lines)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));

  if (size) *size = self->box_font_size;
  if (n_lines) *n_lines = self->box_lines > 0 ? self->box_lines : 2;
}

/**
 * ec_map_display_hit_test:
 * @self: a #EcMapDisplay
 * @x: x in pixels of the drawing
 * @y: y in pixels of the drawing
 * @is_shown: (nullable) (scope call): tells whether a unit is on the map now
 * @user_data: data for @is_shown
 *
 * Finds the unit under a point of the drawing, exactly to its border: the
 * boxes as this display places them, over the shapes; failing those, the
 * frame of an inset.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL for the sea and
 *   the gaps between boxes
 */
EcMapUnit *
ec_map_display_hit_test (EcMapDisplay *self,
                         double        x,
                         double        y,
                         gboolean    (*is_shown) (EcMapUnit *unit,
                                                  gpointer   user_data),
                         gpointer      user_data)
{
  double mx, my;

  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), NULL);

  if (self->scale <= 0)
    return NULL;

  ec_map_display_pixels_to_map (self, x, y, &mx, &my);
  for (guint i = 0; i < self->n_units; i++)
    {
      const EcRect *box = &self->boxes[i];
      EcMapUnit *unit = ec_map_get_unit (self->map, i);

      if (self->has_box[i] &&
          mx >= box->x && mx <= box->x + box->width && my >= box->y && my <= box->y + box->height &&
          (!is_shown || is_shown (unit, user_data)))
        return unit;
    }

  for (guint i = 0; i < self->n_units; i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);

      if (ec_map_unit_shape_contains (unit, mx, my) && (!is_shown || is_shown (unit, user_data)))
        return unit;
    }

  /* An inset's frame holds nothing but its state: a click anywhere in it,
   * between Hawaii's small islands, or on its label in the sea, is a click
   * on the state. */
  for (guint i = 0; i < self->n_units; i++)
    {
      EcMapUnit *unit = ec_map_get_unit (self->map, i);
      const EcRect *inset = ec_map_unit_get_inset (unit);

      if (inset != NULL &&
          mx >= inset->x && mx <= inset->x + inset->width && my >= inset->y && my <= inset->y + inset->height &&
          (!is_shown || is_shown (unit, user_data)))
        return unit;
    }

  return NULL;
}

/**
 * ec_map_display_add_item:
 * @self: a #EcMapDisplay
 * @position: the unit's position in the map
 * @kind: what the item draws
 *
 * Gives the unit an item of @kind, replacing the one it had. The item is
 * all zeros but for its kind and unit; the caller fills it in, and the
 * display frees its @layout and the texts of its @lines.
 *
 * Returns: (transfer none): the item, owned by the display
 */
EcMapItem *
ec_map_display_add_item (EcMapDisplay  *self,
                         guint          position,
                         EcMapItemKind  kind)
{
  guint slot;
  EcMapItem *item;

  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), NULL);
  g_return_val_if_fail (position < self->n_units, NULL);
  g_return_val_if_fail (kind < EC_MAP_ITEM_N_KINDS, NULL);

  slot = position * EC_MAP_ITEM_N_KINDS + kind;
  item = &self->slots[slot];
  item_clear (item);
  item->kind = kind;
  item->unit = ec_map_get_unit (self->map, position);

  if (!self->present[slot])
    {
      self->present[slot] = TRUE;
      g_clear_pointer (&self->order, g_array_unref);
    }

  return item;
}

/**
 * ec_map_display_clear_unit:
 * @self: a #EcMapDisplay
 * @position: the unit's position in the map
 *
 * Removes every item of the unit, to make them anew.
 */
void
ec_map_display_clear_unit (EcMapDisplay *self,
                           guint         position)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (position < self->n_units);

  for (guint kind = 0; kind < EC_MAP_ITEM_N_KINDS; kind++)
    {
      guint slot = position * EC_MAP_ITEM_N_KINDS + kind;

      if (!self->present[slot])
        continue;

      item_clear (&self->slots[slot]);
      self->present[slot] = FALSE;
      g_clear_pointer (&self->order, g_array_unref);
    }
}

static void
append_slot (EcMapDisplay *self,
             guint         position,
             EcMapItemKind kind)
{
  guint slot = position * EC_MAP_ITEM_N_KINDS + kind;

  if (self->present[slot])
    g_array_append_val (self->order, slot);
}

static GArray *
get_order (EcMapDisplay *self)
{
  /* Outlines over every shape and box, so that no neighbour covers one. */
  const EcMapItemKind layers[] = {
    EC_MAP_ITEM_FRAME, EC_MAP_ITEM_SHAPE, EC_MAP_ITEM_SEAM, EC_MAP_ITEM_LEADER, EC_MAP_ITEM_BOX, EC_MAP_ITEM_OUTLINE,
  };

  if (self->order != NULL)
    return self->order;

  self->order = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->n_units * EC_MAP_ITEM_N_KINDS);
  for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
    for (guint u = 0; u < self->n_units; u++)
      append_slot (self, u, layers[l]);

  /* A badge goes with its label: it is drawn over the label's halo, and a
   * neighbour's label over both. */
  for (guint u = 0; u < self->n_units; u++)
    {
      append_slot (self, u, EC_MAP_ITEM_LABEL);
      append_slot (self, u, EC_MAP_ITEM_BADGE);
    }

  return self->order;
}

/**
 * ec_map_display_get_n_items:
 * @self: a #EcMapDisplay
 *
 * Returns: how many items there are
 */
guint
ec_map_display_get_n_items (EcMapDisplay *self)
{
  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), 0);

  return get_order (self)->len;
}

/**
 * ec_map_display_get_item:
 * @self: a #EcMapDisplay
 * @index: an index below ec_map_display_get_n_items()
 *
 * Gets an item in the order they are drawn: the shapes of every unit, the
 * leaders, the boxes, then the labels, each followed by its badge.
 *
 * Returns: (transfer none): the item
 */
const EcMapItem *
ec_map_display_get_item (EcMapDisplay *self,
                         guint         index)
{
  GArray *order;

  g_return_val_if_fail (EC_IS_MAP_DISPLAY (self), NULL);

  order = get_order (self);
  g_return_val_if_fail (index < order->len, NULL);

  return &self->slots[g_array_index (order, guint, index)];
}

/* Drawing with cairo */

static void
rounded_box (cairo_t      *cr,
             const EcRect *box,
             double        r)
{
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

typedef struct {
  cairo_t         *cr;
  cairo_matrix_t   base;
  double           pattern_size;
  /* One of each pattern in each ink, made when first needed. */
  cairo_pattern_t *patterns[(EC_PATTERN_HATCH + 1) * 2];
} Painter;

/* Lays @pattern over the current path, which is kept. The pattern is set in
 * the user space the map is drawn in, so that it lines up across
 * neighbouring units and matches the SVG export. */
static void
overlay_pattern (Painter       *p,
                 EcPattern      pattern,
                 const EcColor *fill)
{
  cairo_t *cr = p->cr;
  EcColor ink;
  double alpha;
  guint index;

  if (pattern == EC_PATTERN_NONE)
    return;

  ec_palette_get_pattern_ink (pattern, fill, &ink, &alpha);
  index = pattern * 2 + (ink.red == 1.0 ? 1 : 0);
  if (p->patterns[index] == NULL)
    {
      gboolean vector = cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE;
      double device_scale = sqrt (p->base.xx * p->base.xx + p->base.yx * p->base.yx);

      if (vector || device_scale <= 0 || device_scale == 1.0)
        {
          p->patterns[index] = ec_palette_create_pattern (pattern, fill, p->pattern_size, vector);
        }
      else
        {
          cairo_matrix_t matrix;

          /* Drawn scaled (a snapshot scales the whole map): pixels of
           * the tile at the device's resolution, not stretched ones. */
          p->patterns[index] = ec_palette_create_pattern (pattern, fill, p->pattern_size * device_scale, FALSE);
          cairo_matrix_init_scale (&matrix, device_scale, device_scale);
          cairo_pattern_set_matrix (p->patterns[index], &matrix);
        }
    }

  cairo_save (cr);
  cairo_set_matrix (cr, &p->base);
  cairo_set_source (cr, p->patterns[index]);
  cairo_fill_preserve (cr);
  cairo_restore (cr);
}

/* The gradient of @split, from the display's cache. */
static cairo_pattern_t *
get_split_pattern (EcMapDisplay  *self,
                   const EcSplit *split)
{
  SplitFill fill;

  for (guint i = 0; i < self->splits->len; i++)
    {
      SplitFill *cached = &g_array_index (self->splits, SplitFill, i);

      if (ec_palette_split_equal (&cached->split, split))
        return cached->pattern;
    }

  fill.split = *split;
  fill.pattern = ec_palette_create_split (split, ec_palette_get_split_period (ec_map_display_get_pattern_size (self)));
  g_array_append_val (self->splits, fill);

  return fill.pattern;
}

/* Fills the current path, lays the pattern over it and outlines it. A split
 * fill's stripes are set, like patterns, in the user space the map is
 * drawn in, so that they line up across units and match the SVG export. */
static void
paint_filled (Painter         *p,
              EcMapDisplay    *self,
              const EcMapItem *item)
{
  cairo_t *cr = p->cr;

  if (item->split.n_bands > 0)
    {
      cairo_save (cr);
      cairo_set_matrix (cr, &p->base);
      cairo_set_source (cr, get_split_pattern (self, &item->split));
      cairo_fill_preserve (cr);
      cairo_restore (cr);
    }
  else
    {
      ec_palette_set_source (cr, &item->fill, 1);
      cairo_fill_preserve (cr);
    }
  overlay_pattern (p, item->pattern, &item->fill);
  cairo_set_line_width (cr, item->line_width / self->scale);
  ec_palette_set_source (cr, &item->stroke, 1);
  cairo_stroke (cr);
}

/* Strokes the shared border of two shapes in their common fill, each half
 * clipped to the shape it lies in, so that the borders with every other
 * neighbour stay as they are. */
static void
paint_seam (EcMapDisplay    *self,
            cairo_t         *cr,
            const EcMapItem *item)
{
  EcMapUnit *pair[2] = { item->unit, item->other };

  for (guint i = 0; i < 2; i++)
    {
      cairo_save (cr);
      cairo_new_path (cr);
      ec_map_unit_append_shape_path (pair[i], cr);
      cairo_clip (cr);
      cairo_new_path (cr);
      ec_map_unit_append_shape_path (pair[1 - i], cr);
      cairo_set_line_width (cr, item->line_width / self->scale);
      ec_palette_set_source (cr, &item->stroke, 1);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
paint_label (cairo_t         *cr,
             const EcMapItem *item)
{
  /* A thin halo keeps labels readable where they spill over a neighbour. */
  cairo_save (cr);
  if (item->halo_alpha > 0)
    {
      cairo_move_to (cr, item->x, item->y);
      pango_cairo_layout_path (cr, item->layout);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_width (cr, item->halo_width);
      ec_palette_set_source (cr, &item->halo, item->halo_alpha);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, item->x, item->y);
  ec_palette_set_source (cr, &item->color, 1);
  pango_cairo_show_layout (cr, item->layout);
  cairo_restore (cr);
}

static void
paint_badge (cairo_t         *cr,
             const EcMapItem *item)
{
  cairo_new_path (cr);
  cairo_arc (cr, item->cx, item->cy, item->r, 0, 2 * G_PI);
  ec_palette_set_source (cr, &item->fill, 1);
  cairo_fill_preserve (cr);
  ec_palette_set_source (cr, &item->stroke, 1);
  cairo_set_line_width (cr, item->line_width);
  cairo_stroke (cr);

  cairo_new_path (cr);
  cairo_move_to (cr, item->x, item->y);
  ec_palette_set_source (cr, &item->color, 1);
  pango_cairo_show_layout (cr, item->layout);

  /* Votes a state law cancelled: the count struck through, as on paper. */
  if (item->cancelled)
    {
      double d = item->r * G_SQRT2 / 2;

      cairo_new_path (cr);
      cairo_move_to (cr, item->cx - d, item->cy + d);
      cairo_line_to (cr, item->cx + d, item->cy - d);
      ec_palette_set_source (cr, &item->stroke, 1);
      cairo_set_line_width (cr, item->line_width);
      cairo_stroke (cr);
    }
}

/**
 * ec_map_display_append_outline:
 * @self: a #EcMapDisplay
 * @unit: a unit of the map
 * @cr: a cairo context in pixels of the drawing
 *
 * Adds the outlines of the unit's shape and box, exactly as they are drawn,
 * to the current path of @cr: for hover and focus rings over the drawing.
 */
void
ec_map_display_append_outline (EcMapDisplay *self,
                               EcMapUnit    *unit,
                               cairo_t      *cr)
{
  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (unit != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  ec_map_display_apply_transform (self, cr);
  for (guint position = 0; position < self->n_units; position++)
    {
      const EcMapItem *shape = &self->slots[position * EC_MAP_ITEM_N_KINDS + EC_MAP_ITEM_SHAPE];
      const EcMapItem *box = &self->slots[position * EC_MAP_ITEM_N_KINDS + EC_MAP_ITEM_BOX];

      if (ec_map_get_unit (self->map, position) != unit)
        continue;

      if (self->present[position * EC_MAP_ITEM_N_KINDS + EC_MAP_ITEM_SHAPE])
        ec_map_unit_append_shape_path (shape->unit, cr);
      if (self->present[position * EC_MAP_ITEM_N_KINDS + EC_MAP_ITEM_BOX])
        rounded_box (cr, &box->rect, box->radius);
      break;
    }
  cairo_restore (cr);
}

/**
 * ec_map_display_draw:
 * @self: a #EcMapDisplay
 * @cr: a cairo context in pixels of the drawing: an image, SVG or PDF
 *   surface, scaled as the caller likes
 * @area: (nullable): the only pixels that need drawing, or %NULL for all
 *
 * Draws the items onto @cr. With @area, items that cannot reach into it
 * are left out; the caller clips @cr to it.
 */
void
ec_map_display_draw (EcMapDisplay                *self,
                     cairo_t                     *cr,
                     const cairo_rectangle_int_t *area)
{
  Painter p = { cr, };
  EcRect limit, pixel_limit;
  const EcRect *map_limit = NULL, *label_limit = NULL;
  gboolean in_map_space = FALSE;
  gboolean leaders = FALSE;
  GArray *order;

  g_return_if_fail (EC_IS_MAP_DISPLAY (self));
  g_return_if_fail (cr != NULL);

  if (area != NULL)
    {
      double x1, y1;

      /* Anything within a few pixels can reach in with its border or its
       * anti-aliasing, so cull with some slack. */
      pixel_limit = (EcRect) { area->x - 4, area->y - 4, area->width + 8, area->height + 8 };
      ec_map_display_pixels_to_map (self, pixel_limit.x, pixel_limit.y, &x1, &y1);
      limit = (EcRect) { x1, y1, pixel_limit.width / self->scale, pixel_limit.height / self->scale };
      map_limit = &limit;
      label_limit = &pixel_limit;
    }

  cairo_get_matrix (cr, &p.base);
  p.pattern_size = ec_map_display_get_pattern_size (self);

  order = get_order (self);
  for (guint i = 0; i < order->len; i++)
    {
      const EcMapItem *item = &self->slots[g_array_index (order, guint, i)];
      gboolean text = item->kind == EC_MAP_ITEM_LABEL || item->kind == EC_MAP_ITEM_BADGE;

      /* Consecutive leaders are stroked as one path, so that where they
       * meet the line is not drawn twice over. */
      if (leaders && item->kind != EC_MAP_ITEM_LEADER)
        {
          cairo_stroke (cr);
          leaders = FALSE;
        }

      if (!in_map_space && !text)
        {
          cairo_save (cr);
          ec_map_display_apply_transform (self, cr);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          in_map_space = TRUE;
        }
      else if (in_map_space && text)
        {
          /* Labels in device space, so text stays crisp. */
          cairo_restore (cr);
          in_map_space = FALSE;
        }

      switch (item->kind)
        {
        case EC_MAP_ITEM_SHAPE:
          if (!rect_intersects (&item->bounds, map_limit))
            break;
          cairo_new_path (cr);
          ec_map_unit_append_shape_path (item->unit, cr);
          paint_filled (&p, self, item);
          break;

        case EC_MAP_ITEM_LEADER:
          if (!leaders)
            {
              cairo_new_path (cr);
              cairo_set_line_width (cr, item->line_width / self->scale);
              ec_palette_set_source (cr, &item->stroke, 1);
              leaders = TRUE;
            }
          cairo_move_to (cr, item->x1, item->y1);
          cairo_line_to (cr, item->x2, item->y2);
          break;

        case EC_MAP_ITEM_BOX:
          if (!rect_intersects (&item->bounds, map_limit))
            break;
          cairo_new_path (cr);
          rounded_box (cr, &item->rect, item->radius);
          paint_filled (&p, self, item);
          break;

        case EC_MAP_ITEM_OUTLINE:
          if (!rect_intersects (&item->bounds, map_limit))
            break;
          cairo_new_path (cr);
          if (ec_map_unit_has_shape (item->unit))
            ec_map_unit_append_shape_path (item->unit, cr);
          if (item->rect.width > 0)
            rounded_box (cr, &item->rect, item->radius);
          /* A dark edge under the ring keeps it visible on a light fill. */
          cairo_set_line_width (cr, (item->line_width + 2) / self->scale);
          ec_palette_set_source (cr, &item->color, 1);
          cairo_stroke_preserve (cr);
          cairo_set_line_width (cr, item->line_width / self->scale);
          ec_palette_set_source (cr, &item->stroke, 1);
          cairo_stroke (cr);
          break;

        case EC_MAP_ITEM_SEAM:
          if (rect_intersects (&item->bounds, map_limit))
            paint_seam (self, cr, item);
          break;

        case EC_MAP_ITEM_FRAME:
          if (!rect_intersects (&item->bounds, map_limit))
            break;
          cairo_new_path (cr);
          cairo_rectangle (cr, item->rect.x, item->rect.y, item->rect.width, item->rect.height);
          cairo_set_line_width (cr, item->line_width / self->scale);
          ec_palette_set_source (cr, &item->stroke, 1);
          cairo_stroke (cr);
          break;

        case EC_MAP_ITEM_LABEL:
          if (rect_intersects (&item->bounds, label_limit))
            paint_label (cr, item);
          break;

        case EC_MAP_ITEM_BADGE:
          if (rect_intersects (&item->bounds, label_limit))
            paint_badge (cr, item);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (leaders)
    cairo_stroke (cr);
  if (in_map_space)
    cairo_restore (cr);

  for (guint i = 0; i < G_N_ELEMENTS (p.patterns); i++)
    g_clear_pointer (&p.patterns[i], cairo_pattern_destroy);
}
