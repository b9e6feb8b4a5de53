/* ec-tally.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-scenario.h"

G_BEGIN_DECLS

typedef enum {
  EC_OUTCOME_WINNER,
  EC_OUTCOME_CONTINGENT,
  EC_OUTCOME_UNDECIDED,
} EcOutcome;

/**
 * EcUnitShare:
 * @candidate: (nullable): who received the votes, or %NULL for electors
 *   who cast none (abstained or absent)
 * @votes: how many electoral votes
 *
 * Part of one unit's electoral votes, as ec_tally_count_unit() counts them.
 */
typedef struct {
  EcCandidate *candidate;
  guint        votes;
} EcUnitShare;

/* More receivers than any unit of the bundled elections had (Virginia's
 * electors split their two votes five ways in 1796). */
#define EC_UNIT_SHARES_MAX 8

#define EC_TYPE_TALLY (ec_tally_get_type ())

typedef struct _EcTally EcTally;

GType         ec_tally_get_type                  (void) G_GNUC_CONST;
EcTally      *ec_tally_new                       (EcScenario  *scenario);
EcTally      *ec_tally_ref                       (EcTally     *self);
void          ec_tally_unref                     (EcTally     *self);

EcScenario   *ec_tally_get_scenario              (EcTally     *self);
guint         ec_tally_get_electors_total        (EcTally     *self);
guint         ec_tally_get_majority              (EcTally     *self);
EcElectionRules ec_tally_get_rules               (EcTally     *self);
guint         ec_tally_get_not_voting            (EcTally     *self);
guint         ec_tally_get_rejected              (EcTally     *self);
EcCandidate  *ec_tally_get_vice_president        (EcTally     *self);
gboolean      ec_tally_has_popular_votes_for     (EcTally     *self,
                                                  EcCandidate *candidate);
guint         ec_tally_get_n_candidates          (EcTally     *self);
EcCandidate  *ec_tally_get_candidate             (EcTally     *self,
                                                  guint        position);
guint         ec_tally_get_electoral_votes       (EcTally     *self,
                                                  EcCandidate *candidate);
gint64        ec_tally_get_popular_votes         (EcTally     *self,
                                                  EcCandidate *candidate);
gint64        ec_tally_get_popular_votes_total   (EcTally     *self);
guint         ec_tally_get_abstentions           (EcTally     *self);
guint         ec_tally_get_undecided             (EcTally     *self);
guint         ec_tally_get_faithless             (EcTally     *self);
guint         ec_tally_get_other_candidates      (EcTally     *self);
guint         ec_tally_get_voided_by_law         (EcTally     *self);
guint         ec_tally_get_law_unknown           (EcTally     *self);
gboolean      ec_tally_get_electors_to_deny      (EcTally     *self,
                                                  guint       *electors);
gboolean      ec_tally_get_electors_to_elect_runner_up (EcTally *self,
                                                  EcCandidate **runner_up,
                                                  guint       *electors);
gboolean      ec_tally_has_implied_popular_vote  (EcTally     *self);
gint64        ec_tally_get_implied_popular_votes (EcTally     *self,
                                                  EcCandidate *candidate);
gint64        ec_tally_get_voters_moved          (EcTally     *self);
EcOutcome     ec_tally_get_outcome               (EcTally     *self);
EcCandidate  *ec_tally_get_winner                (EcTally     *self);
EcCandidate  *ec_tally_get_leader                (EcTally     *self);
gboolean      ec_tally_has_popular_vote          (EcTally     *self);
EcCandidate  *ec_tally_get_popular_vote_winner   (EcTally     *self);
gboolean      ec_tally_get_popular_vote_split    (EcTally     *self);
char         *ec_tally_dup_outcome_sentence      (EcTally     *self);
JsonNode     *ec_tally_to_json                   (EcTally     *self);

guint         ec_tally_count_unit                (EcScenario  *scenario,
                                                  EcUnit      *unit,
                                                  EcUnitShare  shares[EC_UNIT_SHARES_MAX],
                                                  guint       *voided);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcTally, ec_tally_unref)

G_END_DECLS
