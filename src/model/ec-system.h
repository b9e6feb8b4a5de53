/* ec-system.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-election.h"

G_BEGIN_DECLS

/**
 * EcMethod:
 * @EC_METHOD_WINNER_TAKE_ALL: each unit's electors go to its winner, as
 *   today (Maine and Nebraska by district when their split is on)
 * @EC_METHOD_DISTRICT: two electors to the statewide winner and one per
 *   congressional district, where district results are bundled (Maine and
 *   Nebraska); elsewhere winner-take-all
 * @EC_METHOD_PROPORTIONAL: each unit's electors split by its popular vote,
 *   rounded by largest remainder (Hamilton)
 * @EC_METHOD_NATIONAL_POPULAR_VOTE: every elector to the national
 *   popular-vote winner
 * @EC_METHOD_COMPACT: the National Popular Vote Interstate Compact with its
 *   members of the election's year; in force only when they hold a majority
 * @EC_METHOD_MIXED: each state chooses winner-take-all, district or
 *   proportional
 *
 * How a state's electors are decided. Each has a stable id for files and
 * the command line, never its translated name.
 */
typedef enum {
  EC_METHOD_WINNER_TAKE_ALL,
  EC_METHOD_DISTRICT,
  EC_METHOD_PROPORTIONAL,
  EC_METHOD_NATIONAL_POPULAR_VOTE,
  EC_METHOD_COMPACT,
  EC_METHOD_MIXED,
  EC_N_METHODS
} EcMethod;

/* The House has had 435 seats since the 1929 Apportionment Act (2 U.S.C.
 * §2a); the control goes from there to a few thousand. */
#define EC_HOUSE_SIZE_DEFAULT 435
#define EC_HOUSE_SIZE_MIN 435
#define EC_HOUSE_SIZE_MAX 10000

/**
 * EcCensus:
 * @year: the census year
 * @n_states: the number of apportioned states (50)
 * @state_ids: postal codes, sorted
 * @populations: each state's apportionment population
 * @seats: each state's official House seats from this census
 * @total: the sum of @populations
 * @first_election: the first election the census applies to
 * @last_election: the last one
 *
 * One census's apportionment, as published.
 */
typedef struct {
  int          year;
  guint        n_states;
  const char **state_ids;
  gint64      *populations;
  guint       *seats;
  gint64       total;
  int          first_election;
  int          last_election;
} EcCensus;

const char     *ec_method_to_id              (EcMethod     method);
gboolean        ec_method_from_id            (const char  *id,
                                              EcMethod    *method);
const char     *ec_method_get_name           (EcMethod     method);
gboolean        ec_method_is_per_state       (EcMethod     method);

const EcCensus *ec_census_lookup             (int          year);
const EcCensus *ec_census_for_election       (EcElection  *election);
int             ec_census_find_state         (const EcCensus *census,
                                              const char  *state_id);

guint           ec_compact_get_n_members     (void);
const char     *ec_compact_get_member        (guint        position,
                                              int         *joined);
int             ec_compact_get_joined        (const char  *state_id);

G_END_DECLS
