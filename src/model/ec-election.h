/* ec-election.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define EC_ELECTORS_TOTAL 538
#define EC_ELECTION_ERROR (ec_election_error_quark ())

typedef enum {
  EC_ELECTION_ERROR_UNKNOWN_YEAR,
  EC_ELECTION_ERROR_INVALID_DATA,
} EcElectionError;

typedef enum {
  EC_UNIT_STATE,
  EC_UNIT_DISTRICT,
} EcUnitKind;

#define EC_TYPE_CANDIDATE (ec_candidate_get_type ())
G_DECLARE_FINAL_TYPE (EcCandidate, ec_candidate, EC, CANDIDATE, GObject)

#define EC_TYPE_UNIT (ec_unit_get_type ())
G_DECLARE_FINAL_TYPE (EcUnit, ec_unit, EC, UNIT, GObject)

#define EC_TYPE_ELECTION (ec_election_get_type ())
G_DECLARE_FINAL_TYPE (EcElection, ec_election, EC, ELECTION, GObject)

/**
 * EcFaithlessRecord:
 * @unit_id: the unit whose elector broke the pledge
 * @elector: (nullable): the elector's name, when known
 * @pledged: the candidate the elector was pledged to
 * @voted_for: (nullable): the candidate voted for, or %NULL for an abstention
 * @replaced: %TRUE when the vote was voided and the elector replaced, so it
 *   did not change the count
 * @note: (nullable): a short note on what happened
 *
 * One elector who, in a real election, did not vote as pledged.
 */
typedef struct {
  char        *unit_id;
  char        *elector;
  EcCandidate *pledged;
  EcCandidate *voted_for;
  gboolean     replaced;
  char        *note;
} EcFaithlessRecord;

GQuark             ec_election_error_quark          (void);

EcCandidate       *ec_candidate_new                 (const char   *id,
                                                     const char   *name,
                                                     const char   *party,
                                                     const char   *running_mate);
const char        *ec_candidate_get_id              (EcCandidate  *self);
const char        *ec_candidate_get_name            (EcCandidate  *self);
const char        *ec_candidate_get_party           (EcCandidate  *self);
const char        *ec_candidate_get_running_mate    (EcCandidate  *self);

const char        *ec_unit_get_id                   (EcUnit       *self);
const char        *ec_unit_get_name                 (EcUnit       *self);
EcUnitKind         ec_unit_get_kind                 (EcUnit       *self);
const char        *ec_unit_get_state_id             (EcUnit       *self);
guint              ec_unit_get_electoral_votes      (EcUnit       *self);
guint              ec_unit_get_at_large_electoral_votes (EcUnit   *self);
gboolean           ec_unit_get_district_method      (EcUnit       *self);
GPtrArray         *ec_unit_get_districts            (EcUnit       *self);
EcCandidate       *ec_unit_get_winner               (EcUnit       *self);
gboolean           ec_unit_has_popular_votes        (EcUnit       *self);
gint64             ec_unit_get_popular_votes        (EcUnit       *self,
                                                     EcCandidate  *candidate);
gint64             ec_unit_get_other_votes          (EcUnit       *self);
gint64             ec_unit_get_total_votes          (EcUnit       *self);
EcCandidate       *ec_unit_get_runner_up            (EcUnit       *self);

const int         *ec_election_get_years            (guint        *n_years);
int                ec_election_get_latest_year      (void);
gboolean           ec_election_has_year             (int           year);

EcElection        *ec_election_new_for_year         (int           year,
                                                     GError      **error);
EcElection        *ec_election_new_blank            (GError      **error);
EcElection        *ec_election_new_from_data        (const char   *data,
                                                     gssize        length,
                                                     GError      **error);

int                ec_election_get_year             (EcElection   *self);
gboolean           ec_election_is_blank             (EcElection   *self);
int                ec_election_get_census           (EcElection   *self);
GPtrArray         *ec_election_get_candidates       (EcElection   *self);
EcCandidate       *ec_election_get_candidate        (EcElection   *self,
                                                     const char   *id);
GPtrArray         *ec_election_get_states           (EcElection   *self);
EcUnit            *ec_election_get_unit             (EcElection   *self,
                                                     const char   *id);
GPtrArray         *ec_election_get_all_units        (EcElection   *self);
GPtrArray         *ec_election_get_faithless        (EcElection   *self);

G_END_DECLS
