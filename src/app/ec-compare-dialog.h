/* ec-compare-dialog.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-scenario.h"

G_BEGIN_DECLS

#define EC_TYPE_COMPARE_DIALOG (ec_compare_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EcCompareDialog, ec_compare_dialog, EC, COMPARE_DIALOG, AdwWindow)

GtkWidget  *ec_compare_dialog_new      (EcScenario      *scenario);
guint       ec_compare_dialog_get_rows (EcCompareDialog *self);
const char *ec_compare_dialog_get_cell (EcCompareDialog *self,
                                        guint            row,
                                        guint            column);

G_END_DECLS
