/* ec-window.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-document.h"
#include "ec-scenario.h"
#include "ec-snapshot.h"

G_BEGIN_DECLS

#define EC_TYPE_WINDOW (ec_window_get_type ())
G_DECLARE_FINAL_TYPE (EcWindow, ec_window, EC, WINDOW, AdwApplicationWindow)

EcWindow   *ec_window_new              (AdwApplication *application);
EcScenario *ec_window_get_scenario     (EcWindow       *self);
void        ec_window_set_scenario     (EcWindow       *self,
                                        EcScenario     *scenario);
const char *ec_window_get_outcome_text (EcWindow       *self);
GtkWidget  *ec_window_get_map_view     (EcWindow       *self);
GtkWidget  *ec_window_get_side_panel   (EcWindow       *self);
GtkWidget  *ec_window_get_tally_bar    (EcWindow       *self);
EcDocument *ec_window_get_document     (EcWindow       *self);
void        ec_window_set_document     (EcWindow       *self,
                                        EcDocument     *document);
void        ec_window_open_file        (EcWindow       *self,
                                        GFile          *file);
void        ec_window_save_to_file_async  (EcWindow            *self,
                                           GFile               *file,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    ec_window_save_to_file_finish (EcWindow            *self,
                                           GAsyncResult        *result,
                                           GError             **error);
void        ec_window_save_as          (EcWindow       *self,
                                        GFile          *chosen);
gboolean    ec_window_get_presenting   (EcWindow       *self);
gboolean    ec_window_is_modified      (EcWindow       *self);
void        ec_window_show_error       (EcWindow       *self,
                                        const char     *heading,
                                        const GError   *error);
void        ec_window_show_exported    (EcWindow       *self,
                                        GFile          *file);
gboolean    ec_window_copy_snapshot    (EcWindow       *self,
                                        EcSnapshot     *snapshot);
GtkWidget  *ec_window_open_export_dialog (EcWindow     *self);
GtkPrintOperation *ec_window_new_print_operation (EcWindow *self);
gboolean    ec_window_get_tooltips_silenced (EcWindow   *self);

void        ec_window_open_lesson      (EcWindow       *self,
                                        GFile          *file);
gboolean    ec_window_is_lesson_file   (GFile          *file);
GtkWidget  *ec_window_get_lesson_pane  (EcWindow       *self);
gboolean    ec_window_has_lesson       (EcWindow       *self);
gboolean    ec_window_has_unsaved_lesson (EcWindow     *self);
GtkWidget  *ec_window_open_lesson_list (EcWindow       *self);

G_END_DECLS
