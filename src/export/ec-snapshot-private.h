/* ec-snapshot-private.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "ec-map-renderer.h"
#include "ec-closest.h"
#include "ec-snapshot.h"

G_BEGIN_DECLS

/* A snapshot is composed once into a list of items, and the items are then
 * drawn with cairo (PNG, PDF, the window's preview) or written as SVG, so
 * that every format shows the same layout.
 *
 * One object over several files, each with one job:
 *   ec-snapshot.c          the object: what it shows, its size and page,
 *                          and saving it
 *   ec-snapshot-format.c   formats, presets, page sizes, size checks
 *   ec-snapshot-layout.c   composing the page into items
 *   ec-snapshot-cairo.c    drawing the items with cairo: PNG, PDF, previews
 *   ec-snapshot-svg.c      writing the items as SVG
 *   ec-snapshot-png.c      encoding an image as PNG */

struct _EcSnapshot
{
  GObject         parent_instance;

  EcMap          *map;
  EcScenario     *scenario;
  EcMapRenderer  *renderer;
  char           *title;
  GDateTime      *date;
  int             width;
  int             height;
  EcSnapshotPage  page;
  /* The fewest switched voters, shown beside the map and ringed on it. */
  EcClosest      *closest;
  /* Made on first use by ec_snapshot_new_pango_layout(). */
  PangoContext   *pango;
};


typedef enum {
  EC_SNAPSHOT_ITEM_TEXT,
  EC_SNAPSHOT_ITEM_RECT,
  EC_SNAPSHOT_ITEM_LINE,
  EC_SNAPSHOT_ITEM_MAP,
  EC_SNAPSHOT_ITEM_CLIP_BEGIN,
  EC_SNAPSHOT_ITEM_CLIP_END,
} EcSnapshotItemKind;

typedef enum {
  EC_SNAPSHOT_ANCHOR_START,
  EC_SNAPSHOT_ANCHOR_MIDDLE,
  EC_SNAPSHOT_ANCHOR_END,
} EcSnapshotAnchor;

/*
 * EcSnapshotItem:
 * @rect: the box of a RECT, MAP or CLIP_BEGIN
 * @radius: the corner radius of a RECT or CLIP_BEGIN
 * @color: the fill of a RECT, the colour of a TEXT or LINE
 * @alpha: the opacity of a RECT's fill: 0 for an outline alone
 * @pattern: a pattern laid over a RECT's fill, its tiles @pattern_size wide
 *   from the snapshot's origin
 * @stroke: the outline of a RECT, @line_width wide (0 for none)
 * @line_width: the width of a LINE or of a RECT's outline
 * @x1: (and @y1, @x2, @y2) the ends of a LINE
 * @text: one line of a TEXT
 * @x: where a TEXT is anchored, at the start, middle or end of its line
 * @y: the TEXT's baseline
 * @font_size: in the snapshot's units (pixels, or points on a page)
 * @bold: whether the TEXT is bold
 * @anchor: which point of the TEXT @x is
 * @map_width: the width the MAP is drawn at, then scaled by @map_scale to
 *   fill @rect: the map of every snapshot is drawn as on a slide, so its
 *   labels, borders and patterns keep their proportions at any size
 * @map_height: the height it is drawn at
 * @map_scale: the scale from that drawing to the snapshot
 *
 * One thing drawn. All coordinates are in the snapshot's units, from its
 * top-left corner.
 */
typedef struct {
  EcSnapshotItemKind kind;
  EcRect             rect;
  double             radius;
  EcColor            color;
  double             alpha;
  EcPattern          pattern;
  double             pattern_size;
  EcColor            stroke;
  double             line_width;
  double             x1;
  double             y1;
  double             x2;
  double             y2;
  char              *text;
  double             x;
  double             y;
  double             font_size;
  gboolean           bold;
  EcSnapshotAnchor   anchor;
  int                map_width;
  int                map_height;
  double             map_scale;
} EcSnapshotItem;

/* ec-snapshot.c */
EcMapRenderer *ec_snapshot_get_renderer     (EcSnapshot       *self);

/* ec-snapshot-layout.c */
PangoLayout   *ec_snapshot_new_pango_layout (EcSnapshot       *self,
                                             const char       *text,
                                             double            size,
                                             gboolean          bold);
GPtrArray     *ec_snapshot_compose          (EcSnapshot       *self,
                                             double            width,
                                             double            height);

/* ec-snapshot-cairo.c */
GBytes        *ec_snapshot_render_png       (EcSnapshot       *self,
                                             GError          **error);
GBytes        *ec_snapshot_render_pdf       (EcSnapshot       *self,
                                             GError          **error);

/* ec-snapshot-svg.c */
GBytes        *ec_snapshot_write_svg        (EcSnapshot       *self,
                                             GPtrArray        *items,
                                             int               width,
                                             int               height);

/* ec-snapshot-png.c */
GBytes        *ec_snapshot_encode_png       (cairo_surface_t  *surface,
                                             GError          **error);

G_END_DECLS
