/* ec-details-dialog.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-scenario.h"

G_BEGIN_DECLS

#define EC_TYPE_DETAILS_DIALOG (ec_details_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EcDetailsDialog, ec_details_dialog, EC, DETAILS_DIALOG, AdwWindow)

GtkWidget *ec_details_dialog_new   (GtkWindow       *parent,
                                    EcScenario      *scenario);
void       ec_details_dialog_apply (EcDetailsDialog *self);

G_END_DECLS
