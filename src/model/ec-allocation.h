/* ec-allocation.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-scenario.h"

G_BEGIN_DECLS

#define EC_TYPE_ALLOCATION (ec_allocation_get_type ())

typedef struct _EcAllocation EcAllocation;

/**
 * EcSystemHooks:
 * @apportion: fills @electors (state id → electoral votes) with every
 *   apportioned state's electors for a House of @house_size seats
 * @allocate: decides how each unit's electors split under the scenario's
 *   method; returns %NULL where every unit goes to its winner whole
 *
 * The arithmetic of other electoral systems lives in the analysis layer,
 * which the model may not use. The model holds the system as data (method,
 * House size) and calls these hooks, which the analysis layer installs when
 * a program links it; so every tally and every file, wherever it comes
 * from, is counted by the same code.
 */
typedef struct {
  gboolean      (*apportion) (EcElection  *election,
                              guint        house_size,
                              GHashTable  *electors,
                              GError     **error);
  EcAllocation *(*allocate)  (EcScenario  *scenario);
} EcSystemHooks;

void                 ec_system_set_hooks          (const EcSystemHooks *hooks);
const EcSystemHooks *ec_system_get_hooks          (void);

GType                ec_allocation_get_type       (void) G_GNUC_CONST;
EcAllocation        *ec_allocation_new            (void);
EcAllocation        *ec_allocation_ref            (EcAllocation *self);
void                 ec_allocation_unref          (EcAllocation *self);
EcAllocation        *ec_allocation_for_scenario   (EcScenario   *scenario);

void                 ec_allocation_add            (EcAllocation *self,
                                                   const char   *unit_id,
                                                   EcCandidate  *candidate,
                                                   guint         votes);
void                 ec_allocation_add_others     (EcAllocation *self,
                                                   const char   *unit_id,
                                                   guint         votes);
void                 ec_allocation_add_undecided  (EcAllocation *self,
                                                   const char   *unit_id,
                                                   guint         votes);
gboolean             ec_allocation_has_unit       (EcAllocation *self,
                                                   const char   *unit_id);
guint                ec_allocation_get_votes      (EcAllocation *self,
                                                   const char   *unit_id,
                                                   EcCandidate  *candidate);
guint                ec_allocation_get_others     (EcAllocation *self,
                                                   const char   *unit_id);
guint                ec_allocation_get_undecided  (EcAllocation *self,
                                                   const char   *unit_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcAllocation, ec_allocation_unref)

G_END_DECLS
