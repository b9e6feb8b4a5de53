/* ec-paths.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-tally.h"

G_BEGIN_DECLS

/* More units than this cannot be counted in 64 bits; the map has 56. */
#define EC_PATHS_MAX_UNITS 62

/**
 * EcPathsOutcome:
 * @EC_PATHS_LEFT_WINS: the first candidate has a majority
 * @EC_PATHS_RIGHT_WINS: the second candidate has a majority
 * @EC_PATHS_TIE: the two are level without a majority (269–269)
 * @EC_PATHS_NO_MAJORITY: nobody has a majority and the two are not level
 * @EC_PATHS_N_OUTCOMES: the number of outcomes
 *
 * What one combination of the units in play gives.
 */
typedef enum {
  EC_PATHS_LEFT_WINS,
  EC_PATHS_RIGHT_WINS,
  EC_PATHS_TIE,
  EC_PATHS_NO_MAJORITY,
  EC_PATHS_N_OUTCOMES,
} EcPathsOutcome;

/**
 * EcPathsStatus:
 * @EC_PATHS_COUNTED: every combination is counted
 * @EC_PATHS_NONE_IN_PLAY: no unit is in play
 * @EC_PATHS_TOO_MANY: more than %EC_PATHS_MAX_UNITS units are in play
 * @EC_PATHS_NOT_AVAILABLE: the election is counted under the rule of
 *   1789–1800, or has fewer than two candidates
 *
 * Whether the paths are counted, and if not, why.
 */
typedef enum {
  EC_PATHS_COUNTED,
  EC_PATHS_NONE_IN_PLAY,
  EC_PATHS_TOO_MANY,
  EC_PATHS_NOT_AVAILABLE,
} EcPathsStatus;

#define EC_TYPE_PATHS (ec_paths_get_type ())

typedef struct _EcPaths EcPaths;

GType           ec_paths_get_type          (void) G_GNUC_CONST;
EcPaths        *ec_paths_new               (EcScenario     *scenario,
                                            GPtrArray      *in_play);
EcPaths        *ec_paths_ref               (EcPaths        *self);
void            ec_paths_unref             (EcPaths        *self);

GPtrArray      *ec_paths_list_close_units  (EcScenario     *scenario,
                                            double          max_points);

EcPathsStatus   ec_paths_get_status        (EcPaths        *self);
EcCandidate    *ec_paths_get_side          (EcPaths        *self,
                                            guint           side);
guint           ec_paths_get_majority      (EcPaths        *self);
guint           ec_paths_get_base          (EcPaths        *self,
                                            guint           side);
guint           ec_paths_get_n_units       (EcPaths        *self);
EcUnit         *ec_paths_get_unit          (EcPaths        *self,
                                            guint           position);
guint           ec_paths_get_unit_electoral_votes (EcPaths *self,
                                            guint           position);
guint64         ec_paths_get_total         (EcPaths        *self);
guint64         ec_paths_get_count         (EcPaths        *self,
                                            EcPathsOutcome  outcome);
gboolean        ec_paths_is_must_win       (EcPaths        *self,
                                            guint           side,
                                            guint           position);
gboolean        ec_paths_is_in_play        (EcPaths        *self,
                                            const char     *unit_id);
GArray         *ec_paths_list_smallest     (EcPaths        *self,
                                            guint           side,
                                            guint           max);
EcPathsOutcome  ec_paths_get_outcome       (EcPaths        *self,
                                            guint64         left_units);
char           *ec_paths_dup_sentence      (EcPaths        *self);
JsonNode       *ec_paths_to_json           (EcPaths        *self,
                                            guint           max_combinations);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcPaths, ec_paths_unref)

G_END_DECLS
