/* ec-apportion.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-scenario.h"

G_BEGIN_DECLS

/**
 * EcHousePreset:
 * @EC_HOUSE_PRESET_CURRENT: 435 seats, the size fixed in 1929
 * @EC_HOUSE_PRESET_WYOMING_RULE: the total population divided by the
 *   smallest state's, rounded: every seat the size of the smallest state
 * @EC_HOUSE_PRESET_CUBE_ROOT: the cube root of the total population,
 *   rounded, a rule many national parliaments come close to
 *
 * House sizes that have been proposed. Each has a stable id.
 */
typedef enum {
  EC_HOUSE_PRESET_CURRENT,
  EC_HOUSE_PRESET_WYOMING_RULE,
  EC_HOUSE_PRESET_CUBE_ROOT,
  EC_N_HOUSE_PRESETS
} EcHousePreset;

/**
 * EcVoterShare:
 * @state_id: a state's postal code (or DC's, for votes cast)
 * @people: its apportionment population, or the votes cast there
 * @electors: its electoral votes in the scenario
 * @per_elector: @people divided by @electors
 *
 * How many people stand behind each of a state's electors.
 */
typedef struct {
  const char *state_id;
  gint64      people;
  guint       electors;
  double      per_elector;
} EcVoterShare;

gboolean     ec_apportion_huntington_hill  (const gint64   *populations,
                                            guint           n_states,
                                            guint           house_size,
                                            guint          *seats);
const char  *ec_house_preset_to_id         (EcHousePreset   preset);
gboolean     ec_house_preset_from_id       (const char     *id,
                                            EcHousePreset  *preset);
const char  *ec_house_preset_get_name      (EcHousePreset   preset);
guint        ec_house_preset_get_size      (EcHousePreset   preset,
                                            const EcCensus *census);
GArray      *ec_voters_per_elector         (EcScenario     *scenario,
                                            gboolean        votes_cast);

G_END_DECLS
