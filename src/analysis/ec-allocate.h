/* ec-allocate.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-allocation.h"

G_BEGIN_DECLS

/**
 * EcCompactStatus:
 * @members: the states (DC included) that had joined by the election's year
 * @electors: their electoral votes in the scenario
 * @needed: the majority of all electors, which the compact needs to take effect
 * @in_force: whether @electors reaches @needed
 *
 * The National Popular Vote Interstate Compact as it stood in an election's year.
 */
typedef struct {
  guint    members;
  guint    electors;
  guint    needed;
  gboolean in_force;
} EcCompactStatus;

void          ec_allocate_largest_remainder (const gint64    *votes,
                                             guint            n_shares,
                                             guint            electors,
                                             guint           *won);
EcAllocation *ec_allocate_scenario          (EcScenario      *scenario);
void          ec_compact_get_status         (EcScenario      *scenario,
                                             EcCompactStatus *status);
gboolean      ec_compact_is_member          (EcScenario      *scenario,
                                             const char      *state_id);
gboolean      ec_apportion_election         (EcElection      *election,
                                             guint            house_size,
                                             GHashTable      *electors,
                                             GError         **error);

G_END_DECLS
