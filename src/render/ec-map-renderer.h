/* ec-map-renderer.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "ec-contingent.h"
#include "ec-map.h"
#include "ec-map-display.h"
#include "ec-palette.h"
#include "ec-scenario.h"

G_BEGIN_DECLS

typedef enum {
  EC_MAP_HIGHLIGHT_HOVER,
  EC_MAP_HIGHLIGHT_FOCUS,
} EcMapHighlight;

/**
 * EcMapKey:
 * @ink: the fill the key explains
 * @label: what that fill means, translated
 *
 * One line of the map's key for the fills that are not a candidate's.
 */
/**
 * EcMapKeyMark:
 * @EC_MAP_KEY_FILL: a swatch of the key's ink
 * @EC_MAP_KEY_SPLIT: the stripes of a unit whose electors split
 * @EC_MAP_KEY_CANCELLED: the struck-through badge of faithless votes a
 *   state law cancelled
 *
 * What a key of the map shows beside its words.
 */
typedef enum {
  EC_MAP_KEY_FILL,
  EC_MAP_KEY_SPLIT,
  EC_MAP_KEY_CANCELLED,
} EcMapKeyMark;

typedef struct {
  EcInk         ink;
  const char   *label;
  EcMapKeyMark  mark;
  EcSplit       split;
} EcMapKey;

#define EC_MAP_KEY_MAX 4

#define EC_TYPE_MAP_RENDERER (ec_map_renderer_get_type ())
G_DECLARE_FINAL_TYPE (EcMapRenderer, ec_map_renderer, EC, MAP_RENDERER, GObject)

EcMapRenderer   *ec_map_renderer_new                (EcMap          *map);
EcMap           *ec_map_renderer_get_map            (EcMapRenderer  *self);
EcScenario      *ec_map_renderer_get_scenario       (EcMapRenderer  *self);
void             ec_map_renderer_set_scenario       (EcMapRenderer  *self,
                                                     EcScenario     *scenario);
EcContingent    *ec_map_renderer_get_contingent     (EcMapRenderer  *self);
void             ec_map_renderer_set_contingent     (EcMapRenderer  *self,
                                                     EcContingent   *contingent);
gboolean         ec_map_renderer_get_weight_shading (EcMapRenderer  *self);
void             ec_map_renderer_set_weight_shading (EcMapRenderer  *self,
                                                     gboolean        shading);
gboolean         ec_map_renderer_get_margin_shading (EcMapRenderer  *self);
void             ec_map_renderer_set_margin_shading (EcMapRenderer  *self,
                                                     gboolean        shading);
double           ec_map_renderer_get_label_scale    (EcMapRenderer  *self);
void             ec_map_renderer_set_label_scale    (EcMapRenderer  *self,
                                                     double          scale);
gboolean         ec_map_renderer_get_patterns       (EcMapRenderer  *self);
void             ec_map_renderer_set_patterns       (EcMapRenderer  *self,
                                                     gboolean        patterns);
EcPaletteKind    ec_map_renderer_get_palette        (EcMapRenderer  *self);
void             ec_map_renderer_set_palette        (EcMapRenderer  *self,
                                                     EcPaletteKind   palette);

void             ec_map_renderer_set_highlights     (EcMapRenderer  *self,
                                                     const char * const *unit_ids);
gboolean         ec_map_renderer_is_highlighted     (EcMapRenderer  *self,
                                                     const char     *unit_id);

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
EcMapDisplay    *ec_map_renderer_dup_display        (EcMapRenderer  *self,
                                                     cairo_t        *cr,
                                                     int             width,
                                                     int             height);
void             ec_map_renderer_render             (EcMapRenderer  *self,
                                                     cairo_t        *cr,
                                                     int             width,
                                                     int             height);
void             ec_map_renderer_draw_highlight     (EcMapRenderer  *self,
                                                     cairo_t        *cr,
                                                     const char     *unit_id,
                                                     EcMapHighlight  kind);
void             ec_map_renderer_draw_focus_ring    (EcMapRenderer  *self,
                                                     cairo_t        *cr,
                                                     const char     *unit_id,
                                                     const EcColor  *color,
                                                     double          width,
                                                     double          offset);

const char      *ec_map_renderer_pick               (EcMapRenderer  *self,
                                                     double          x,
                                                     double          y);
const char      *ec_map_renderer_pick_area          (EcMapRenderer  *self,
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
guint            ec_map_renderer_get_keys           (EcMapRenderer  *self,
                                                     EcMapKey        keys[EC_MAP_KEY_MAX]);
void             ec_map_renderer_paint_key          (const EcMapKey *key,
                                                     cairo_t        *cr,
                                                     double          width,
                                                     double          height);

G_END_DECLS
