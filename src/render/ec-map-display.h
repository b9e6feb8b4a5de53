/* ec-map-display.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ec-map.h"
#include "ec-palette.h"

G_BEGIN_DECLS

/**
 * EcMapItemKind:
 * @EC_MAP_ITEM_SHAPE: a unit's shape, filled and outlined
 * @EC_MAP_ITEM_LEADER: a line from a callout box to the place it stands for
 * @EC_MAP_ITEM_BOX: a callout box with rounded corners, filled and outlined
 * @EC_MAP_ITEM_LABEL: a unit's label: one or two lines of text, with a halo
 *   where it spills out of its unit
 * @EC_MAP_ITEM_BADGE: the number of a unit's faithless electors in a white
 *   circle beside its label
 * @EC_MAP_ITEM_OUTLINE: a ring around a unit's shape and box, over every
 *   shape and box and under the labels: the units an answer points at
 * @EC_MAP_ITEM_SEAM: the border between an area and the state it was part
 *   of (West Virginia and Virginia before 1863), painted over in their
 *   common fill so that the two read as one state
 * @EC_MAP_ITEM_FRAME: the thin frame around an inset (Alaska, Hawaii),
 *   under every shape
 *
 * What an #EcMapItem draws.
 */
typedef enum {
  EC_MAP_ITEM_SHAPE,
  EC_MAP_ITEM_LEADER,
  EC_MAP_ITEM_BOX,
  EC_MAP_ITEM_LABEL,
  EC_MAP_ITEM_BADGE,
  EC_MAP_ITEM_OUTLINE,
  EC_MAP_ITEM_SEAM,
  EC_MAP_ITEM_FRAME,
} EcMapItemKind;

#define EC_MAP_ITEM_N_KINDS (EC_MAP_ITEM_FRAME + 1)

/**
 * EcMapTextLine:
 * @text: the line's text
 * @x: the middle of the line, in pixels
 * @baseline: its baseline, in pixels
 */
typedef struct {
  char   *text;
  double  x;
  double  baseline;
} EcMapTextLine;

/**
 * EcMapItem:
 * @kind: what the item draws
 * @unit: the unit it belongs to
 * @other: for a SEAM, the unit whose shape the border is shared with
 * @bounds: what it may cover, with its borders: in map units for a SHAPE
 *   or a BOX, in pixels (generously) for a LABEL or a BADGE; a LEADER is
 *   always drawn
 * @fill: the fill of a SHAPE, BOX or BADGE
 * @pattern: the pattern laid over the fill of a SHAPE or BOX
 * @stroke: the colour of the outline of a SHAPE, BOX or BADGE, of a
 *   LEADER, a SEAM or a FRAME, or of an OUTLINE's ring
 * @line_width: the width of that line, in pixels
 * @rect: the BOX or FRAME, in map units (for an OUTLINE, the unit's box,
 *   or empty)
 * @radius: the radius of its corners, in map units
 * @x1: (and @y1, @x2, @y2) the ends of a LEADER, in map units
 * @cx: (and @cy) the middle of a BADGE, in pixels
 * @r: its radius, in pixels
 * @layout: the text of a LABEL or BADGE, laid out for the target that the
 *   display was made for
 * @x: (and @y) where the top left of @layout goes, in pixels
 * @font_size: the size of the (bold) text, in pixels
 * @color: the colour of the text, or of the dark edge of an OUTLINE's ring
 * @halo: the colour of a LABEL's halo, a thin outline around the text
 * @halo_alpha: its opacity: 0 for a label that stays inside its unit and
 *   needs no halo
 * @halo_width: its width, in pixels
 * @n_lines: how many of @lines there are: one or two for a LABEL, one for a
 *   BADGE
 * @lines: the lines of the text, centred on their @x, for writers of
 *   formats that keep text as text
 *
 * One thing drawn on the map. Shapes, leaders and boxes are in the map's
 * units and drawn through the display's transform; labels and badges are
 * laid out in pixels, so that text keeps its size and stays crisp.
 */
typedef struct {
  EcMapItemKind  kind;
  EcMapUnit     *unit;
  EcMapUnit     *other;
  EcRect         bounds;
  EcColor        fill;
  EcPattern      pattern;
  EcSplit        split;
  gboolean       cancelled;
  EcColor        stroke;
  double         line_width;
  EcRect         rect;
  double         radius;
  double         x1;
  double         y1;
  double         x2;
  double         y2;
  double         cx;
  double         cy;
  double         r;
  PangoLayout   *layout;
  double         x;
  double         y;
  double         font_size;
  EcColor        color;
  EcColor        halo;
  double         halo_alpha;
  double         halo_width;
  guint          n_lines;
  EcMapTextLine  lines[2];
} EcMapItem;

#define EC_TYPE_MAP_DISPLAY (ec_map_display_get_type ())
G_DECLARE_FINAL_TYPE (EcMapDisplay, ec_map_display, EC, MAP_DISPLAY, GObject)

EcMapDisplay    *ec_map_display_new              (EcMap                       *map,
                                                  int                          width,
                                                  int                          height);
EcMap           *ec_map_display_get_map          (EcMapDisplay                *self);
void             ec_map_display_get_size         (EcMapDisplay                *self,
                                                  int                         *width,
                                                  int                         *height);
double           ec_map_display_get_scale        (EcMapDisplay                *self);
void             ec_map_display_get_transform    (EcMapDisplay                *self,
                                                  cairo_matrix_t              *transform);
void             ec_map_display_apply_transform  (EcMapDisplay                *self,
                                                  cairo_t                     *cr);
void             ec_map_display_get_map_area     (EcMapDisplay                *self,
                                                  EcRect                      *area);
void             ec_map_display_map_to_pixels    (EcMapDisplay                *self,
                                                  double                       map_x,
                                                  double                       map_y,
                                                  double                      *x,
                                                  double                      *y);
void             ec_map_display_pixels_to_map    (EcMapDisplay                *self,
                                                  double                       x,
                                                  double                       y,
                                                  double                      *map_x,
                                                  double                      *map_y);
double           ec_map_display_get_pattern_size (EcMapDisplay                *self);
void             ec_map_display_get_view         (EcMapDisplay                *self,
                                                  EcRect                      *view);
void             ec_map_display_set_view         (EcMapDisplay                *self,
                                                  const EcRect                *view);
void             ec_map_display_set_box          (EcMapDisplay                *self,
                                                  guint                        position,
                                                  const EcRect                *box,
                                                  const double                 leader[4]);
const EcRect    *ec_map_display_get_box          (EcMapDisplay                *self,
                                                  guint                        position);
gboolean         ec_map_display_get_leader       (EcMapDisplay                *self,
                                                  guint                        position,
                                                  double                       line[4]);
void             ec_map_display_set_box_text     (EcMapDisplay                *self,
                                                  double                       size,
                                                  guint                        n_lines);
void             ec_map_display_get_box_text     (EcMapDisplay                *self,
                                                  double                      *size,
                                                  guint                       *n_lines);
EcMapUnit       *ec_map_display_hit_test         (EcMapDisplay                *self,
                                                  double                       x,
                                                  double                       y,
                                                  gboolean                   (*is_shown) (EcMapUnit *unit,
                                                                                          gpointer   user_data),
                                                  gpointer                     user_data);

EcMapItem       *ec_map_display_add_item         (EcMapDisplay                *self,
                                                  guint                        position,
                                                  EcMapItemKind                kind);
void             ec_map_display_clear_unit       (EcMapDisplay                *self,
                                                  guint                        position);
guint            ec_map_display_get_n_items      (EcMapDisplay                *self);
const EcMapItem *ec_map_display_get_item         (EcMapDisplay                *self,
                                                  guint                        index);

void             ec_map_display_append_outline   (EcMapDisplay                *self,
                                                  EcMapUnit                   *unit,
                                                  cairo_t                     *cr);
void             ec_map_display_draw             (EcMapDisplay                *self,
                                                  cairo_t                     *cr,
                                                  const cairo_rectangle_int_t *area);

G_END_DECLS
