/* ec-scenario-private.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-json-private.h"
#include "ec-scenario.h"

G_BEGIN_DECLS

/* A scenario is one object over two files: ec-scenario.c holds what a
 * student changes, ec-scenario-io.c reads and writes `.electors` files.
 * Loading fills the fields directly, so both see the instance. */

#define scenario_invalid(error, ...) \
  ec_fail (error, EC_SCENARIO_ERROR, EC_SCENARIO_ERROR_INVALID, __VA_ARGS__)

struct _EcScenario
{
  GObject parent_instance;

  EcElection     *election;
  EcScenarioBase  base;
  char           *title;
  char           *notes;

  /* People named by the user, who receive faithless votes. */
  GPtrArray      *people;
  /* Every candidate who can receive electoral votes: the election's, then the people. */
  GPtrArray      *candidates;

  /* unit id → EcCandidate; a unit that is not here is undecided. Districts keep
   * their winners while their state's split is off, so toggling it back is lossless. */
  GHashTable     *winners;
  /* state id → GINT_TO_POINTER (split), for states with districts. */
  GHashTable     *splits;
  GPtrArray      *faithless;
  /* Whether states that void faithless votes do so in this scenario. */
  gboolean        apply_laws;
  /* Which laws: those in force at the election, or today's. */
  EcLawsDate      laws_date;
  /* (nullable): the id of the ready-made scenario this one started as. */
  char           *preset;
  /* state id → EcCandidate, or NULL for no vote: the delegations whose vote
   * in a contingent election the user set, instead of along party lines. */
  GHashTable     *house_votes;

  /* The electoral system (ec-system.h): how electors are decided, each
   * state's own method when mixed (state id → GUINT_TO_POINTER (EcMethod)),
   * the House size, and the electors it apportions (state id →
   * GUINT_TO_POINTER (electoral votes); NULL at 435, the election's own). */
  EcMethod        method;
  GHashTable     *state_methods;
  guint           house_size;
  GHashTable     *apportioned;

  /* A blank map's candidates as the student made them: candidate id →
   * GUINT_TO_POINTER (0x1000000 | 0xRRGGBB) for a colour of their own.
   * Names live in the candidates themselves (ec-scenario-candidates.c). */
  GHashTable     *colors;
};

EcScenario  *ec_scenario_new_empty          (EcElection     *election,
                                             EcScenarioBase  base);
void         ec_scenario_emit_changed       (EcScenario     *self);
EcCandidate *ec_scenario_add_person_with_id (EcScenario     *self,
                                             const char     *id,
                                             const char     *name);
void         ec_scenario_drop_unused_third  (EcScenario     *self);

G_END_DECLS
