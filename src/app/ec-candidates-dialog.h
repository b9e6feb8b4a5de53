/* ec-candidates-dialog.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-scenario.h"

G_BEGIN_DECLS

#define EC_TYPE_CANDIDATES_DIALOG (ec_candidates_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EcCandidatesDialog, ec_candidates_dialog, EC, CANDIDATES_DIALOG, AdwWindow)

GtkWidget   *ec_candidates_dialog_new            (GtkWindow          *parent,
                                                  EcScenario         *scenario);
void         ec_candidates_dialog_apply          (EcCandidatesDialog *self);
AdwEntryRow *ec_candidates_dialog_get_name_row   (EcCandidatesDialog *self,
                                                  guint               index);
AdwComboRow *ec_candidates_dialog_get_color_row  (EcCandidatesDialog *self,
                                                  guint               index);
GtkSwitch   *ec_candidates_dialog_get_third_switch (EcCandidatesDialog *self);

G_END_DECLS
