/* ec-export-dialog.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-snapshot.h"
#include "ec-window.h"

G_BEGIN_DECLS

#define EC_TYPE_EXPORT_DIALOG (ec_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EcExportDialog, ec_export_dialog, EC, EXPORT_DIALOG, AdwWindow)

GtkWidget        *ec_export_dialog_new          (EcWindow       *window,
                                                 EcSnapshot     *snapshot);
EcSnapshot       *ec_export_dialog_get_snapshot (EcExportDialog *self);
EcSnapshotFormat  ec_export_dialog_get_format   (EcExportDialog *self);
void              ec_export_dialog_export_async  (EcExportDialog      *self,
                                                  GFile               *file,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean          ec_export_dialog_export_finish (EcExportDialog      *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);
void              ec_export_dialog_export_as     (EcExportDialog      *self,
                                                  GFile               *chosen);

G_END_DECLS
