/* ec-unit-popover.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-scenario.h"

G_BEGIN_DECLS

#define EC_TYPE_UNIT_POPOVER (ec_unit_popover_get_type ())
G_DECLARE_FINAL_TYPE (EcUnitPopover, ec_unit_popover, EC, UNIT_POPOVER, GtkPopover)

GtkWidget  *ec_unit_popover_new         (EcScenario    *scenario,
                                         const char    *unit_id);
const char *ec_unit_popover_get_unit_id (EcUnitPopover *self);

G_END_DECLS
