/* ec-unit-button.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EC_TYPE_UNIT_BUTTON (ec_unit_button_get_type ())
G_DECLARE_FINAL_TYPE (EcUnitButton, ec_unit_button, EC, UNIT_BUTTON, GtkWidget)

GtkWidget  *ec_unit_button_new         (const char   *unit_id);
const char *ec_unit_button_get_unit_id (EcUnitButton *self);

G_END_DECLS
