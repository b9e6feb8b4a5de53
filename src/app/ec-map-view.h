/* ec-map-view.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-map-renderer.h"

G_BEGIN_DECLS

#define EC_TYPE_MAP_VIEW (ec_map_view_get_type ())
G_DECLARE_FINAL_TYPE (EcMapView, ec_map_view, EC, MAP_VIEW, GtkWidget)

GtkWidget     *ec_map_view_new                (void);
EcScenario    *ec_map_view_get_scenario       (EcMapView  *self);
void           ec_map_view_set_scenario       (EcMapView  *self,
                                               EcScenario *scenario);
EcMapRenderer *ec_map_view_get_renderer       (EcMapView  *self);
EcContingent  *ec_map_view_get_contingent     (EcMapView  *self);
void           ec_map_view_set_contingent     (EcMapView  *self,
                                               EcContingent *contingent);
gboolean       ec_map_view_get_margin_shading (EcMapView  *self);
void           ec_map_view_set_margin_shading (EcMapView  *self,
                                               gboolean    shading);
const char    *ec_map_view_get_focused_unit   (EcMapView  *self);
gboolean       ec_map_view_get_focus_ring_visible (EcMapView *self);
const char    *ec_map_view_get_hovered_unit   (EcMapView  *self);
GtkWidget     *ec_map_view_get_unit_widget    (EcMapView  *self,
                                               const char *unit_id);
const char    *ec_map_view_pick               (EcMapView  *self,
                                               double      x,
                                               double      y);
void           ec_map_view_activate_unit      (EcMapView  *self,
                                               const char *unit_id,
                                               gboolean    backward);
GtkWidget     *ec_map_view_open_popover       (EcMapView  *self,
                                               const char *unit_id);

G_END_DECLS
