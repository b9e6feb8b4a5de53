/* ec-election-picker.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   ec_election_picker_setup           (GtkDropDown   *picker,
                                           GtkStringList *labels,
                                           GtkStringList *ids);
char  *ec_election_picker_dup_candidates  (int            year);
char  *ec_election_picker_dup_group_title (GtkStringList *ids,
                                           guint          position);

G_END_DECLS
