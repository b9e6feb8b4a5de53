/* ec-paths-view.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-paths.h"
#include "ec-report.h"

G_BEGIN_DECLS

#define EC_TYPE_PATHS_VIEW (ec_paths_view_get_type ())
G_DECLARE_FINAL_TYPE (EcPathsView, ec_paths_view, EC, PATHS_VIEW, GtkWidget)

/* How many of a side's smallest winning combinations can be stepped through. */
#define EC_PATHS_VIEW_MAX_STEPS 50

GtkWidget          *ec_paths_view_new            (void);
void                ec_paths_view_set_report     (EcPathsView *self,
                                                  EcReport    *report);
void                ec_paths_view_set_in_play    (EcPathsView *self,
                                                  GPtrArray   *in_play);
EcPaths            *ec_paths_view_get_paths      (EcPathsView *self);
void                ec_paths_view_step           (EcPathsView *self,
                                                  int          delta);
const char * const *ec_paths_view_get_highlights (EcPathsView *self);
const char         *ec_paths_view_get_text       (EcPathsView *self,
                                                  const char  *part);

G_END_DECLS
