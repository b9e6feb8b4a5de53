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
  EC_ELECTION_ERROR_NO_SUCH_UNIT,
} EcElectionError;

typedef enum {
  EC_UNIT_STATE,
  EC_UNIT_DISTRICT,
} EcUnitKind;

/**
 * EcElectionRules:
 * @EC_ELECTION_RULES_TWELFTH_AMENDMENT: from 1804: one vote for president per
 *   elector; a majority of the electors appointed elects, else the House
 *   chooses among the top three
 * @EC_ELECTION_RULES_TWO_VOTES: 1789–1800: each elector casts two votes for
 *   president; the most votes elect if they come from a majority of the
 *   electors appointed, the runner-up becomes vice president, and a tie
 *   between two with a majority, or no majority, goes to the House
 *
 * The constitutional rule under which an election's votes are counted.
 */
typedef enum {
  EC_ELECTION_RULES_TWELFTH_AMENDMENT,
  EC_ELECTION_RULES_TWO_VOTES,
} EcElectionRules;

/**
 * EcNotCountedReason:
 * @EC_NOT_COUNTED_ABSENT: appointed electors who did not vote
 * @EC_NOT_COUNTED_NOT_APPOINTED: the state appointed no electors
 * @EC_NOT_COUNTED_EXCLUDED: electors were chosen, but Congress excluded the
 *   state's votes
 * @EC_NOT_COUNTED_REJECTED: votes that were cast but rejected by Congress
 *
 * Why some of a unit's electoral votes are not in the count.
 */
typedef enum {
  EC_NOT_COUNTED_ABSENT,
  EC_NOT_COUNTED_NOT_APPOINTED,
  EC_NOT_COUNTED_EXCLUDED,
  EC_NOT_COUNTED_REJECTED,
} EcNotCountedReason;

/**
 * EcAreaStatus:
 * @EC_AREA_UNIT: the area is a unit of its own that year
 * @EC_AREA_PART_OF_UNIT: the area belonged to another unit (Maine to
 *   Massachusetts until 1820)
 * @EC_AREA_NOT_IN_UNION: a state that had not yet joined the Union
 * @EC_AREA_NO_ELECTORS: the District of Columbia before it had electors
 * @EC_AREA_NOT_A_STATE: not yet a state: a territory or unorganised land
 * @EC_AREA_UNKNOWN: not an area of the map
 *
 * What an area of the map was in an election's year.
 */
typedef enum {
  EC_AREA_UNIT,
  EC_AREA_PART_OF_UNIT,
  EC_AREA_NOT_IN_UNION,
  EC_AREA_NO_ELECTORS,
  EC_AREA_NOT_A_STATE,
  EC_AREA_UNKNOWN,
} EcAreaStatus;

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

/**
 * EcNotCounted:
 * @reason: why the votes are not in the count
 * @electors: the electors concerned (0 for rejected votes)
 * @votes: the votes rejected (0 unless @reason is %EC_NOT_COUNTED_REJECTED)
 * @candidate: (nullable): whom the rejected votes were for
 *
 * Electoral votes of a unit that are not in the count, as what they were.
 */
typedef struct {
  EcNotCountedReason  reason;
  guint               electors;
  guint               votes;
  EcCandidate        *candidate;
} EcNotCounted;

GQuark             ec_election_error_quark          (void);

EcCandidate       *ec_candidate_new                 (const char   *id,
                                                     const char   *name,
                                                     const char   *party,
                                                     const char   *running_mate);
const char        *ec_candidate_get_id              (EcCandidate  *self);
const char        *ec_candidate_get_name            (EcCandidate  *self);
#define EC_PARTY_ID_DEMOCRATIC "democratic"
#define EC_PARTY_ID_REPUBLICAN "republican"

char              *ec_party_id_for_name             (const char   *name);
const char        *ec_candidate_get_party_id        (EcCandidate  *self);
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
gboolean           ec_unit_has_electoral_votes_cast (EcUnit       *self);
guint              ec_unit_get_electoral_votes_cast (EcUnit       *self,
                                                     EcCandidate  *candidate);
GPtrArray         *ec_unit_get_not_counted          (EcUnit       *self);
guint              ec_unit_get_electors_not_voting  (EcUnit       *self);
guint              ec_unit_get_votes_rejected       (EcUnit       *self);
gboolean           ec_unit_casts_no_votes           (EcUnit       *self);
gboolean           ec_unit_get_chosen_by_legislature (EcUnit      *self);
const char        *ec_unit_get_note                 (EcUnit       *self);
const char        *ec_unit_get_popular_vote_note    (EcUnit       *self);

const int         *ec_election_get_years            (guint        *n_years);
const int         *ec_election_get_modern_years     (guint        *n_years);
int                ec_election_get_latest_year      (void);
gboolean           ec_election_has_year             (int           year);
gboolean           ec_election_has_modern_year      (int           year);

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
gboolean           ec_election_is_running           (EcElection   *self,
                                                     EcCandidate  *candidate);
EcCandidate       *ec_election_get_candidate        (EcElection   *self,
                                                     const char   *id);
GPtrArray         *ec_election_get_states           (EcElection   *self);
EcUnit            *ec_election_get_unit             (EcElection   *self,
                                                     const char   *id);
GPtrArray         *ec_election_get_all_units        (EcElection   *self);
GPtrArray         *ec_election_get_faithless        (EcElection   *self);
EcElectionRules    ec_election_get_rules            (EcElection   *self);
guint              ec_election_get_votes_per_elector (EcElection  *self);
guint              ec_election_get_electors_total   (EcElection   *self);
guint              ec_election_get_electors_appointed (EcElection *self);
gboolean           ec_election_uses_modern_map      (EcElection   *self);
EcAreaStatus       ec_election_get_area_status      (EcElection   *self,
                                                     const char   *area_id);
EcUnit            *ec_election_get_area_unit        (EcElection   *self,
                                                     const char   *area_id);
EcUnit            *ec_election_lookup_unit          (EcElection   *self,
                                                     const char   *id,
                                                     GError      **error);

G_END_DECLS
