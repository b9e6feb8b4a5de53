/* ec-side-panel.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-closest-section.h"
#include "ec-explain-pane.h"
#include "ec-contingent.h"
#include "ec-paths-view.h"
#include "ec-report.h"

G_BEGIN_DECLS

#define EC_TYPE_SIDE_PANEL (ec_side_panel_get_type ())
G_DECLARE_FINAL_TYPE (EcSidePanel, ec_side_panel, EC, SIDE_PANEL, GtkWidget)

GtkWidget     *ec_side_panel_new              (void);
void           ec_side_panel_set_report       (EcSidePanel *self,
                                               EcReport    *report);
EcExplainPane *ec_side_panel_get_explain_pane (EcSidePanel *self);
void           ec_side_panel_set_contingent   (EcSidePanel  *self,
                                               EcContingent *contingent);
EcClosestSection *ec_side_panel_get_closest_section (EcSidePanel *self);
EcPathsView   *ec_side_panel_get_paths_view   (EcSidePanel *self);
const char * const *ec_side_panel_get_highlights (EcSidePanel *self);
const char    *ec_side_panel_get_text         (EcSidePanel *self,
                                               const char  *part);

G_END_DECLS
