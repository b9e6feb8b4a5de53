/* ec-explain-pane.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EC_TYPE_EXPLAIN_PANE (ec_explain_pane_get_type ())
G_DECLARE_FINAL_TYPE (EcExplainPane, ec_explain_pane, EC, EXPLAIN_PANE, GtkWidget)

GtkWidget  *ec_explain_pane_new          (void);
const char *ec_explain_pane_get_topic_id (EcExplainPane *self);
gboolean    ec_explain_pane_show_topic   (EcExplainPane *self,
                                          const char    *topic_id);
gboolean    ec_explain_pane_show_event   (EcExplainPane *self,
                                          const char    *event);
gboolean    ec_explain_pane_show_election (EcExplainPane *self,
                                           int            year);

G_END_DECLS
