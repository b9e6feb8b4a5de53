/* ec-history.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-scenario.h"

G_BEGIN_DECLS

#define EC_TYPE_HISTORY (ec_history_get_type ())
G_DECLARE_FINAL_TYPE (EcHistory, ec_history, EC, HISTORY, GObject)

EcHistory  *ec_history_new            (void);
void        ec_history_reset          (EcHistory  *self,
                                       EcScenario *current);
gboolean    ec_history_record         (EcHistory  *self,
                                       EcScenario *current);
gboolean    ec_history_can_undo       (EcHistory  *self);
gboolean    ec_history_can_redo       (EcHistory  *self);
EcScenario *ec_history_undo           (EcHistory  *self);
EcScenario *ec_history_redo           (EcHistory  *self);
EcScenario *ec_history_get_current    (EcHistory  *self);
guint64     ec_history_get_generation (EcHistory  *self);

G_END_DECLS
