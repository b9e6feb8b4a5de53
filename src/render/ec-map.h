/* ec-map.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define EC_MAP_ERROR (ec_map_error_quark ())

typedef enum {
  EC_MAP_ERROR_INVALID_DATA,
} EcMapError;

typedef struct {
  double x;
  double y;
  double width;
  double height;
} EcRect;

typedef struct _EcMapUnit EcMapUnit;

#define EC_TYPE_MAP (ec_map_get_type ())
G_DECLARE_FINAL_TYPE (EcMap, ec_map, EC, MAP, GObject)

GQuark            ec_map_error_quark             (void);

EcMap            *ec_map_new                     (GError       **error);
EcMap            *ec_map_get_default             (void);
EcMap            *ec_map_new_from_data           (const char    *data,
                                                  gsize          length,
                                                  GError       **error);
const EcRect     *ec_map_get_view_box            (EcMap         *self);
guint             ec_map_get_n_units             (EcMap         *self);
EcMapUnit        *ec_map_get_unit                (EcMap         *self,
                                                  guint          position);
EcMapUnit        *ec_map_lookup_unit             (EcMap         *self,
                                                  const char    *id);
EcMapUnit        *ec_map_hit_test                (EcMap         *self,
                                                  double         x,
                                                  double         y,
                                                  gboolean     (*is_shown) (EcMapUnit *unit,
                                                                          gpointer   user_data),
                                                  gpointer       user_data);

double            ec_map_get_land_top            (EcMap         *self,
                                                  double         x1,
                                                  double         x2);

const char       *ec_map_unit_get_id             (EcMapUnit     *unit);
const char       *ec_map_unit_get_state_id       (EcMapUnit     *unit);
gboolean          ec_map_unit_is_district        (EcMapUnit     *unit);
void              ec_map_unit_get_label          (EcMapUnit     *unit,
                                                  double        *x,
                                                  double        *y,
                                                  double        *room_width,
                                                  double        *room_height);
const EcRect     *ec_map_unit_get_bbox           (EcMapUnit     *unit);
const EcRect     *ec_map_unit_get_box            (EcMapUnit     *unit);
const EcRect     *ec_map_unit_get_inset          (EcMapUnit     *unit);
gboolean          ec_map_unit_get_leader         (EcMapUnit     *unit,
                                                  double         line[4]);
gboolean          ec_map_unit_has_shape          (EcMapUnit     *unit);
void              ec_map_unit_append_shape_path  (EcMapUnit     *unit,
                                                  cairo_t       *cr);
gboolean          ec_map_unit_contains           (EcMapUnit     *unit,
                                                  double         x,
                                                  double         y);
gboolean          ec_map_unit_shape_contains     (EcMapUnit     *unit,
                                                  double         x,
                                                  double         y);

G_END_DECLS
