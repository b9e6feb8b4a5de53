/* ec-map-renderer.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "ec-map.h"
#include "ec-palette.h"
#include "ec-scenario.h"

G_BEGIN_DECLS

typedef enum {
  EC_MAP_HIGHLIGHT_HOVER,
  EC_MAP_HIGHLIGHT_FOCUS,
} EcMapHighlight;

/**
 * EcMapStyle:
 * @transform: from map units to pixels of the drawing
 * @scale: pixels per map unit
 * @border_width: the white borders between shapes, in pixels
 * @border_color: their colour
 * @leader_width: the lines from callout boxes to their places, in pixels
 * @leader_color: their colour, also that of the boxes' outlines
 * @box_line_width: the outline of callout boxes, in pixels
 * @pattern_size: the side of a pattern's tile, in pixels; drawn scaled on
 *   an image, a tile has a whole number of the image's pixels
 *
 * How ec_map_renderer_render() draws at one size, for writers of other
 * formats (SVG) that must draw the same picture.
 */
typedef struct {
  cairo_matrix_t transform;
  double         scale;
  double         border_width;
  EcColor        border_color;
  double         leader_width;
  EcColor        leader_color;
  double         box_line_width;
  double         pattern_size;
} EcMapStyle;

/**
 * EcMapLabelLine:
 * @text: the line's text
 * @x: the middle of the line, in pixels
 * @baseline: its baseline, in pixels
 */
typedef struct {
  char   *text;
  double  x;
  double  baseline;
} EcMapLabelLine;

/**
 * EcMapLabel:
 * @unit_id: the unit labelled
 * @font_size: the size of the (bold) text, in pixels
 * @color: the text's colour
 * @halo: the colour of the thin outline around the text
 * @halo_alpha: its opacity, 0 for a label that stays inside its state and
 *   needs no halo
 * @halo_width: its width, in pixels
 * @n_lines: how many of @lines there are: one or two
 * @lines: the lines, centred on their @x
 * @faithless: the faithless electors shown in a badge, or 0 for no badge
 * @badge_x: the middle of the badge
 * @badge_y: the middle of the badge
 * @badge_radius: the badge's radius
 * @badge_line_width: the width of its outline
 * @badge_ink: the colour of its outline and number; it is filled white
 * @badge_font_size: the size of the number in it
 * @badge_baseline: the number's baseline; it is centred on @badge_x
 *
 * A label as ec_map_renderer_render() draws it, in pixels of the drawing.
 */
typedef struct {
  char           *unit_id;
  double          font_size;
  EcColor         color;
  EcColor         halo;
  double          halo_alpha;
  double          halo_width;
  guint           n_lines;
  EcMapLabelLine  lines[2];
  guint           faithless;
  double          badge_x;
  double          badge_y;
  double          badge_radius;
  double          badge_line_width;
  EcColor         badge_ink;
  double          badge_font_size;
  double          badge_baseline;
} EcMapLabel;

#define EC_TYPE_MAP_RENDERER (ec_map_renderer_get_type ())
G_DECLARE_FINAL_TYPE (EcMapRenderer, ec_map_renderer, EC, MAP_RENDERER, GObject)

EcMapRenderer   *ec_map_renderer_new                (EcMap          *map);
EcMap           *ec_map_renderer_get_map            (EcMapRenderer  *self);
EcScenario      *ec_map_renderer_get_scenario       (EcMapRenderer  *self);
void             ec_map_renderer_set_scenario       (EcMapRenderer  *self,
                                                     EcScenario     *scenario);
gboolean         ec_map_renderer_get_margin_shading (EcMapRenderer  *self);
void             ec_map_renderer_set_margin_shading (EcMapRenderer  *self,
                                                     gboolean        shading);
double           ec_map_renderer_get_label_scale    (EcMapRenderer  *self);
void             ec_map_renderer_set_label_scale    (EcMapRenderer  *self,
                                                     double          scale);
gboolean         ec_map_renderer_get_patterns       (EcMapRenderer  *self);
void             ec_map_renderer_set_patterns       (EcMapRenderer  *self,
                                                     gboolean        patterns);

void             ec_map_renderer_set_size           (EcMapRenderer  *self,
                                                     int             width,
                                                     int             height);
void             ec_map_renderer_get_size           (EcMapRenderer  *self,
                                                     int            *width,
                                                     int            *height);
void             ec_map_renderer_get_map_area       (EcMapRenderer  *self,
                                                     EcRect         *area);
void             ec_map_renderer_map_to_pixels      (EcMapRenderer  *self,
                                                     double          map_x,
                                                     double          map_y,
                                                     double         *x,
                                                     double         *y);

cairo_region_t  *ec_map_renderer_update             (EcMapRenderer  *self);
cairo_surface_t *ec_map_renderer_get_surface        (EcMapRenderer  *self);
void             ec_map_renderer_render             (EcMapRenderer  *self,
                                                     cairo_t        *cr,
                                                     int             width,
                                                     int             height);
void             ec_map_renderer_draw_highlight     (EcMapRenderer  *self,
                                                     cairo_t        *cr,
                                                     const char     *unit_id,
                                                     EcMapHighlight  kind);

const char      *ec_map_renderer_pick               (EcMapRenderer  *self,
                                                     double          x,
                                                     double          y);
gboolean         ec_map_renderer_is_unit_shown      (EcMapRenderer  *self,
                                                     const char     *unit_id);
gboolean         ec_map_renderer_get_unit_bounds    (EcMapRenderer  *self,
                                                     const char     *unit_id,
                                                     EcRect         *bounds);
gboolean         ec_map_renderer_get_unit_color     (EcMapRenderer  *self,
                                                     const char     *unit_id,
                                                     EcColor        *color);
EcPattern        ec_map_renderer_get_unit_pattern   (EcMapRenderer  *self,
                                                     const char     *unit_id);

void             ec_map_renderer_get_style          (EcMapRenderer  *self,
                                                     int             width,
                                                     int             height,
                                                     EcMapStyle     *style);
gboolean         ec_map_renderer_get_unit_box       (EcMapRenderer  *self,
                                                     int             width,
                                                     int             height,
                                                     const char     *unit_id,
                                                     EcRect         *box,
                                                     double         *radius);
GArray          *ec_map_renderer_dup_labels         (EcMapRenderer  *self,
                                                     int             width,
                                                     int             height);

G_END_DECLS
