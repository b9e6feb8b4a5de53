/* ec-contingent.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ec-congress.h"
#include "ec-tally.h"

G_BEGIN_DECLS

/**
 * EcHouseVoteSource:
 * @EC_HOUSE_VOTE_PARTY: every member votes for their party's candidate
 * @EC_HOUSE_VOTE_USER: the user set the delegation's vote
 *
 * Where a delegation's vote in the contingent election comes from.
 */
typedef enum {
  EC_HOUSE_VOTE_PARTY,
  EC_HOUSE_VOTE_USER,
} EcHouseVoteSource;

#define EC_TYPE_CONTINGENT (ec_contingent_get_type ())

G_DECLARE_FINAL_TYPE (EcContingent, ec_contingent, EC, CONTINGENT, GObject)

gboolean      ec_contingent_is_needed              (EcTally      *tally);
EcContingent *ec_contingent_new                    (EcTally      *tally,
                                                    EcCongress   *congress);
EcContingent *ec_contingent_new_for_tally          (EcTally      *tally,
                                                    GError      **error);
EcTally      *ec_contingent_get_tally              (EcContingent *self);
EcCongress   *ec_contingent_get_congress           (EcContingent *self);
guint         ec_contingent_get_n_choices          (EcContingent *self);
EcCandidate  *ec_contingent_get_choice             (EcContingent *self,
                                                    guint         position);
GPtrArray    *ec_contingent_list_choices_by_states (EcContingent *self);
gboolean      ec_contingent_is_choice              (EcContingent *self,
                                                    EcCandidate  *candidate);
gboolean      ec_contingent_get_tie_at_cutoff      (EcContingent *self);
EcCandidate  *ec_contingent_get_party_vote         (EcContingent *self,
                                                    const char   *state_id);
EcCandidate  *ec_contingent_get_state_vote         (EcContingent *self,
                                                    const char   *state_id,
                                                    EcHouseVoteSource *source);
guint         ec_contingent_get_n_states           (EcContingent *self);
guint         ec_contingent_get_states_needed      (EcContingent *self);
guint         ec_contingent_get_states_for         (EcContingent *self,
                                                    EcCandidate  *candidate);
guint         ec_contingent_get_states_without_vote (EcContingent *self);
EcCandidate  *ec_contingent_get_president          (EcContingent *self);
gboolean      ec_contingent_cycle_state_vote       (EcContingent *self,
                                                    const char   *state_id,
                                                    gboolean      backward);
guint         ec_contingent_get_n_vice_choices     (EcContingent *self);
EcCandidate  *ec_contingent_get_vice_choice        (EcContingent *self,
                                                    guint         position);
guint         ec_contingent_get_vice_electoral_votes (EcContingent *self,
                                                    EcCandidate  *ticket);
guint         ec_contingent_get_senators_needed    (EcContingent *self);
guint         ec_contingent_get_senators_for       (EcContingent *self,
                                                    EcCandidate  *ticket);
guint         ec_contingent_get_senators_without_vote (EcContingent *self);
EcCandidate  *ec_contingent_get_vice_president     (EcContingent *self);
char         *ec_contingent_dup_house_sentence     (EcContingent *self);
char         *ec_contingent_dup_senate_sentence    (EcContingent *self);
char         *ec_contingent_dup_outcome_sentence   (EcContingent *self);
char         *ec_contingent_dup_likely_sentence    (EcContingent *self);
char         *ec_contingent_dup_delegation_summary (EcContingent *self,
                                                    const char   *state_id);
JsonNode     *ec_contingent_to_json                (EcContingent *self);

G_END_DECLS
