/* ec-map-legend.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-map-renderer.h"

G_BEGIN_DECLS

#define EC_TYPE_MAP_LEGEND (ec_map_legend_get_type ())
G_DECLARE_FINAL_TYPE (EcMapLegend, ec_map_legend, EC, MAP_LEGEND, GtkWidget)

GtkWidget  *ec_map_legend_new      (void);
void        ec_map_legend_set_keys (EcMapLegend    *self,
                                    const EcMapKey *keys,
                                    guint           n_keys);
guint       ec_map_legend_get_n_keys (EcMapLegend  *self);
const char *ec_map_legend_get_text (EcMapLegend    *self,
                                    guint           position);

G_END_DECLS
