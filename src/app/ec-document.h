/* ec-document.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ec-scenario.h"

G_BEGIN_DECLS

#define EC_DOCUMENT_SUFFIX ".electors"

#define EC_TYPE_DOCUMENT (ec_document_get_type ())
G_DECLARE_FINAL_TYPE (EcDocument, ec_document, EC, DOCUMENT, GObject)

EcDocument *ec_document_new              (EcScenario           *scenario);
const char *ec_document_get_id           (EcDocument           *self);
EcScenario *ec_document_get_scenario     (EcDocument           *self);
GFile      *ec_document_get_file         (EcDocument           *self);
gboolean    ec_document_get_modified     (EcDocument           *self);
void        ec_document_set_kept_by_owner (EcDocument      *self,
                                          gboolean              kept);
gboolean    ec_document_get_kept_by_owner (EcDocument      *self);
gboolean    ec_document_get_busy         (EcDocument           *self);
char       *ec_document_dup_display_name (EcDocument           *self);

gboolean    ec_document_can_undo         (EcDocument           *self);
gboolean    ec_document_can_redo         (EcDocument           *self);
gboolean    ec_document_undo             (EcDocument           *self);
gboolean    ec_document_redo             (EcDocument           *self);
void        ec_document_replace          (EcDocument           *self,
                                          EcScenario           *scenario);

void        ec_document_load_async       (GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
EcDocument *ec_document_load_finish      (GAsyncResult         *result,
                                          GError              **error);
void        ec_document_save_async       (EcDocument           *self,
                                          GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean    ec_document_save_finish      (EcDocument           *self,
                                          GAsyncResult         *result,
                                          GError              **error);

GFile      *ec_document_get_draft_file   (EcDocument           *self);
void        ec_document_write_draft_now  (EcDocument           *self);
void        ec_document_discard_draft    (EcDocument           *self);

GPtrArray  *ec_document_list_drafts      (void);
EcDocument *ec_document_new_from_draft   (GFile                *draft,
                                          GError              **error);
void        ec_document_delete_draft     (GFile                *draft);

G_END_DECLS
