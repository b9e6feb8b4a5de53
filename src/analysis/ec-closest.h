/* ec-closest.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-tally.h"

G_BEGIN_DECLS

/**
 * EcClosestGoal:
 * @EC_CLOSEST_WIN: the target candidate reaches a majority
 * @EC_CLOSEST_TIE: the target and the opponent end level, so the House
 *   chooses
 * @EC_CLOSEST_NO_MAJORITY: nobody has a majority, so the House chooses
 *
 * What the switched voters should bring about.
 */
typedef enum {
  EC_CLOSEST_WIN,
  EC_CLOSEST_TIE,
  EC_CLOSEST_NO_MAJORITY,
} EcClosestGoal;

/**
 * EcClosestStatus:
 * @EC_CLOSEST_FOUND: an answer, with its units and voters
 * @EC_CLOSEST_ALREADY: the goal already holds: nobody needs to switch
 * @EC_CLOSEST_NO_POPULAR_VOTE: there is no popular vote to switch: a blank
 *   map, or electors chosen by legislatures
 * @EC_CLOSEST_UNDECIDED: some units have no winner yet, so there is no
 *   outcome to change (the paths to 270 answer instead)
 * @EC_CLOSEST_IMPOSSIBLE: no choice of units brings the goal about
 *
 * Whether the analysis has an answer, and if not, why.
 */
typedef enum {
  EC_CLOSEST_FOUND,
  EC_CLOSEST_ALREADY,
  EC_CLOSEST_NO_POPULAR_VOTE,
  EC_CLOSEST_UNDECIDED,
  EC_CLOSEST_IMPOSSIBLE,
} EcClosestStatus;

/**
 * EcTippingPoint:
 * @unit: the unit that carries the winner past the majority
 * @winner: the winner of the election and of @unit
 * @second: (nullable): the runner-up in @unit's popular vote
 * @margin: @winner's lead over @second in @unit, in votes
 * @total: every popular vote cast in @unit
 * @electoral_votes: the winner's electoral votes once @unit is counted
 *
 * The unit that mattered most: sort the winner's units from the widest
 * margin to the narrowest and add up their electoral votes; the unit that
 * takes the sum to a majority is the tipping point. The pointers are
 * borrowed from the scenario.
 */
typedef struct {
  EcUnit      *unit;
  EcCandidate *winner;
  EcCandidate *second;
  gint64       margin;
  gint64       total;
  guint        electoral_votes;
} EcTippingPoint;

#define EC_TYPE_CLOSEST (ec_closest_get_type ())

typedef struct _EcClosest EcClosest;

GType            ec_closest_get_type             (void) G_GNUC_CONST;
EcClosest       *ec_closest_new                  (EcScenario     *scenario,
                                                  EcClosestGoal   goal,
                                                  EcCandidate    *target);
EcClosest       *ec_closest_new_for_scenario     (EcClosest      *self,
                                                  EcScenario     *scenario);
EcClosest       *ec_closest_ref                  (EcClosest      *self);
void             ec_closest_unref                (EcClosest      *self);

EcScenario      *ec_closest_get_scenario         (EcClosest      *self);
EcClosestGoal    ec_closest_get_goal             (EcClosest      *self);
EcClosestStatus  ec_closest_get_status           (EcClosest      *self);
EcCandidate     *ec_closest_get_target           (EcClosest      *self);
EcCandidate     *ec_closest_get_opponent         (EcClosest      *self);
gint64           ec_closest_get_voters           (EcClosest      *self);
guint            ec_closest_get_n_units          (EcClosest      *self);
EcUnit          *ec_closest_get_unit             (EcClosest      *self,
                                                  guint           position);
EcCandidate     *ec_closest_get_unit_from        (EcClosest      *self,
                                                  guint           position);
EcCandidate     *ec_closest_get_unit_to          (EcClosest      *self,
                                                  guint           position);
gint64           ec_closest_get_unit_voters      (EcClosest      *self,
                                                  guint           position);
gboolean         ec_closest_has_unit             (EcClosest      *self,
                                                  const char     *unit_id);
guint            ec_closest_get_electoral_votes  (EcClosest      *self,
                                                  EcCandidate    *candidate);
EcScenario      *ec_closest_dup_result           (EcClosest      *self);
char            *ec_closest_dup_sentence         (EcClosest      *self);
JsonNode        *ec_closest_to_json              (EcClosest      *self);

gboolean         ec_closest_find_tipping_point   (EcScenario     *scenario,
                                                  EcTippingPoint *point);
JsonNode        *ec_tipping_point_to_json        (const EcTippingPoint *point);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcClosest, ec_closest_unref)

G_END_DECLS
