/* ec-analysis-private.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-tally.h"

G_BEGIN_DECLS

/* One unit of a scenario as the analyses see it: what its electors give
 * each candidate now, and the popular votes it implies. Candidates are
 * indexed as in ec_scenario_get_candidates(). */
typedef struct {
  EcUnit  *unit;
  guint    index;        /* in ec_scenario_list_active_units() */
  EcCandidate *holder;   /* the scenario's winner, or NULL */
  guint    electors;
  gboolean has_votes;    /* the sources give the unit a popular vote */
  guint   *now;          /* electoral votes per candidate, faithless included */
  gint64  *votes;        /* implied popular votes per candidate */
} EcUnitCount;

typedef struct {
  EcScenario  *scenario;
  GPtrArray   *candidates;   /* borrowed from the scenario */
  GPtrArray   *units;        /* the active units */
  EcUnitCount *counts;       /* one per active unit */
  guint       *totals;       /* electoral votes per candidate, as the tally counts them */
  guint        majority;
  guint        undecided;
  gboolean     has_popular_vote;
  EcElectionRules rules;
} EcUnitCounts;

void      ec_unit_counts_init        (EcUnitCounts *counts,
                                      EcScenario   *scenario);
void      ec_unit_counts_clear       (EcUnitCounts *counts);
int       ec_unit_counts_find        (EcUnitCounts *counts,
                                      EcCandidate  *candidate);
void      ec_unit_counts_give        (EcUnitCounts *counts,
                                      guint         unit,
                                      guint         candidate,
                                      guint        *votes);
gint64    ec_unit_counts_switch_cost (EcUnitCounts *counts,
                                      guint         unit,
                                      guint         candidate);

G_END_DECLS
