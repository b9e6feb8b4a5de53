/* ec-systems-pane.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-report.h"

G_BEGIN_DECLS

#define EC_TYPE_SYSTEMS_PANE (ec_systems_pane_get_type ())
G_DECLARE_FINAL_TYPE (EcSystemsPane, ec_systems_pane, EC, SYSTEMS_PANE, GtkWidget)

void        ec_systems_pane_set_report (EcSystemsPane *self,
                                        EcReport      *report);
const char *ec_systems_pane_get_text   (EcSystemsPane *self,
                                        const char    *part);

G_END_DECLS
