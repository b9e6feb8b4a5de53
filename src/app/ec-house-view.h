/* ec-house-view.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-contingent.h"

G_BEGIN_DECLS

#define EC_TYPE_HOUSE_VIEW (ec_house_view_get_type ())
G_DECLARE_FINAL_TYPE (EcHouseView, ec_house_view, EC, HOUSE_VIEW, GtkWidget)

GtkWidget    *ec_house_view_new              (void);
void          ec_house_view_set_tally        (EcHouseView *self,
                                              EcTally     *tally);
EcContingent *ec_house_view_get_contingent   (EcHouseView *self);
EcContingent *ec_house_view_get_map_contingent (EcHouseView *self);
gboolean      ec_house_view_get_showing      (EcHouseView *self);
void          ec_house_view_set_showing      (EcHouseView *self,
                                              gboolean     showing);
const char   *ec_house_view_get_text         (EcHouseView *self,
                                              const char  *part);

G_END_DECLS
