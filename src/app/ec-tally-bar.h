/* ec-tally-bar.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-report.h"

G_BEGIN_DECLS

#define EC_TYPE_TALLY_BAR (ec_tally_bar_get_type ())
G_DECLARE_FINAL_TYPE (EcTallyBar, ec_tally_bar, EC, TALLY_BAR, GtkWidget)

GtkWidget  *ec_tally_bar_new              (void);
void        ec_tally_bar_set_report       (EcTallyBar *self,
                                           EcReport   *report);
EcTally    *ec_tally_bar_get_tally        (EcTallyBar *self);
const char *ec_tally_bar_get_outcome_text (EcTallyBar *self);
const char *ec_tally_bar_get_left_text    (EcTallyBar *self);
const char *ec_tally_bar_get_right_text   (EcTallyBar *self);
const char *ec_tally_bar_get_segment_text_at (EcTallyBar *self,
                                          double      x);
gboolean    ec_tally_bar_get_color_blind  (EcTallyBar *self);
void        ec_tally_bar_set_color_blind  (EcTallyBar *self,
                                           gboolean    color_blind);

G_END_DECLS
