/* ec-scenario.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-election.h"
#include "ec-system.h"

G_BEGIN_DECLS

#define EC_SCENARIO_ERROR (ec_scenario_error_quark ())

/* Scenario files larger than this are refused before they are read. */
#define EC_SCENARIO_MAX_FILE_SIZE (4 * 1024 * 1024)
/* Version 2 added "system" (method and House size). A scenario that keeps
 * today's system is still written as version 1, so that it opens unchanged
 * in earlier versions; one that needs "system" is refused by them rather
 * than counted as winner-take-all. Version 3 added "candidates", a blank
 * map's names, colours and third candidate; it too is written only when
 * needed. */
#define EC_SCENARIO_FORMAT_VERSION 3

typedef enum {
  EC_SCENARIO_ERROR_TOO_LARGE,
  EC_SCENARIO_ERROR_NOT_JSON,
  EC_SCENARIO_ERROR_NOT_A_SCENARIO,
  EC_SCENARIO_ERROR_NEWER_VERSION,
  EC_SCENARIO_ERROR_INVALID,
} EcScenarioError;

typedef enum {
  EC_SCENARIO_AS_CAST,
  EC_SCENARIO_PLEDGED,
  EC_SCENARIO_BLANK,
} EcScenarioBase;

/**
 * EcFaithless:
 * @unit_id: the unit whose electors break their pledge
 * @from: the candidate they were pledged to (the unit's winner)
 * @to: (nullable): whom they vote for instead, or %NULL to abstain
 * @count: how many electors
 * @elector: (nullable): a name, for a single historical elector
 *
 * Faithless electors in a scenario.
 */
typedef struct {
  char        *unit_id;
  EcCandidate *from;
  EcCandidate *to;
  guint        count;
  char        *elector;
} EcFaithless;

#define EC_TYPE_SCENARIO (ec_scenario_get_type ())
G_DECLARE_FINAL_TYPE (EcScenario, ec_scenario, EC, SCENARIO, GObject)

GQuark          ec_scenario_error_quark          (void);

EcScenario     *ec_scenario_new                  (EcElection     *election,
                                                  EcScenarioBase  base);
EcScenario     *ec_scenario_new_blank            (GError        **error);
EcScenario     *ec_scenario_new_from_data        (const char     *data,
                                                  gsize           length,
                                                  GError        **error);
EcScenario     *ec_scenario_new_from_file        (GFile          *file,
                                                  GError        **error);
EcScenario     *ec_scenario_copy                 (EcScenario     *self);
gboolean        ec_scenario_equal                (EcScenario     *a,
                                                  EcScenario     *b);
gboolean        ec_scenario_is_pristine          (EcScenario     *self);
gboolean        ec_scenario_shows_real_result    (EcScenario     *self);
char           *ec_scenario_dup_description      (EcScenario     *self);

#define EC_SCENARIO_PRESET_PETITION "petition-2016"
#define EC_SCENARIO_MAX_TITLE 500
#define EC_SCENARIO_MAX_NOTES 20000
#define EC_SCENARIO_MAX_PEOPLE EC_ELECTORS_TOTAL
#define EC_SCENARIO_MAX_NAME 60

EcScenario     *ec_scenario_new_for_preset       (const char     *preset,
                                                  GError        **error);
const char     *ec_scenario_get_preset           (EcScenario     *self);
char           *ec_scenario_to_data              (EcScenario     *self,
                                                  gsize          *length);
gboolean        ec_scenario_save_to_file         (EcScenario     *self,
                                                  GFile          *file,
                                                  GError        **error);

EcElection     *ec_scenario_get_election         (EcScenario     *self);
EcScenarioBase  ec_scenario_get_base             (EcScenario     *self);
const char     *ec_scenario_get_title            (EcScenario     *self);
void            ec_scenario_set_title            (EcScenario     *self,
                                                  const char     *title);
const char     *ec_scenario_get_notes            (EcScenario     *self);
void            ec_scenario_set_notes            (EcScenario     *self,
                                                  const char     *notes);

GPtrArray      *ec_scenario_get_candidates       (EcScenario     *self);
EcCandidate    *ec_scenario_get_candidate        (EcScenario     *self,
                                                  const char     *id);
EcCandidate    *ec_scenario_add_person           (EcScenario     *self,
                                                  const char     *name);
gboolean        ec_scenario_is_person            (EcScenario     *self,
                                                  EcCandidate    *candidate);
gboolean        ec_scenario_can_edit_candidates  (EcScenario     *self);
gboolean        ec_scenario_set_candidate_name   (EcScenario     *self,
                                                  const char     *id,
                                                  const char     *name);
gboolean        ec_scenario_has_custom_name      (EcScenario     *self,
                                                  EcCandidate    *candidate);
gboolean        ec_scenario_get_candidate_rgb    (EcScenario     *self,
                                                  EcCandidate    *candidate,
                                                  guint32        *rgb);
gboolean        ec_scenario_set_candidate_rgb    (EcScenario     *self,
                                                  const char     *id,
                                                  gint64          rgb);
EcCandidate    *ec_scenario_get_third_candidate  (EcScenario     *self);
gboolean        ec_scenario_set_third_candidate  (EcScenario     *self,
                                                  gboolean        present);
gboolean        ec_scenario_has_custom_candidates (EcScenario    *self);
void            ec_scenario_get_sides            (EcScenario     *self,
                                                  EcCandidate   **left,
                                                  EcCandidate   **right);

GPtrArray      *ec_scenario_list_active_units    (EcScenario     *self);
gboolean        ec_scenario_is_unit_active       (EcScenario     *self,
                                                  EcUnit         *unit);
guint           ec_scenario_get_unit_electoral_votes (EcScenario *self,
                                                  EcUnit         *unit);

EcCandidate    *ec_scenario_get_winner           (EcScenario     *self,
                                                  const char     *unit_id);
gboolean        ec_scenario_set_winner           (EcScenario     *self,
                                                  const char     *unit_id,
                                                  EcCandidate    *winner);
EcCandidate    *ec_scenario_cycle_winner         (EcScenario     *self,
                                                  const char     *unit_id,
                                                  gboolean        backward);
gboolean        ec_scenario_get_split            (EcScenario     *self,
                                                  const char     *state_id);
gboolean        ec_scenario_set_split            (EcScenario     *self,
                                                  const char     *state_id,
                                                  gboolean        split);

char           *ec_scenario_dup_unit_summary     (EcScenario     *self,
                                                  const char     *unit_id);
char           *ec_scenario_dup_unit_result      (EcScenario     *self,
                                                  const char     *unit_id);

/**
 * EcLawsDate:
 * @EC_LAWS_AT_ELECTION: the state laws in force at the election
 * @EC_LAWS_TODAY: the state laws of today, whenever they were passed
 *
 * Which state laws on faithless electors a scenario applies.
 */
typedef enum {
  EC_LAWS_AT_ELECTION,
  EC_LAWS_TODAY,
} EcLawsDate;

EcLawsDate      ec_scenario_get_laws_date        (EcScenario     *self);
gboolean        ec_scenario_set_laws_date        (EcScenario     *self,
                                                  EcLawsDate      date);
gboolean        ec_scenario_law_voids            (EcScenario     *self,
                                                  EcUnit         *unit,
                                                  gboolean       *unknown);
gboolean        ec_scenario_get_apply_laws       (EcScenario     *self);
gboolean        ec_scenario_set_apply_laws       (EcScenario     *self,
                                                  gboolean        apply_laws);

GPtrArray      *ec_scenario_get_faithless        (EcScenario     *self);
char           *ec_scenario_dup_faithless_limit  (const char     *unit_name,
                                                  guint           electors,
                                                  guint           already,
                                                  guint           requested);
guint           ec_scenario_get_faithless_count  (EcScenario     *self,
                                                  const char     *unit_id);
gboolean        ec_scenario_add_faithless        (EcScenario     *self,
                                                  const char     *unit_id,
                                                  EcCandidate    *to,
                                                  guint           count,
                                                  const char     *elector,
                                                  GError        **error);
void            ec_scenario_clear_faithless      (EcScenario     *self,
                                                  const char     *unit_id);
gboolean        ec_scenario_remove_faithless     (EcScenario     *self,
                                                  EcFaithless    *faithless);

gboolean        ec_scenario_is_house_state       (EcScenario     *self,
                                                  EcUnit         *unit);
gboolean        ec_scenario_get_house_vote       (EcScenario     *self,
                                                  const char     *state_id,
                                                  EcCandidate   **candidate);
GPtrArray      *ec_scenario_list_house_votes     (EcScenario     *self);
gboolean        ec_scenario_set_house_vote       (EcScenario     *self,
                                                  const char     *state_id,
                                                  EcCandidate    *candidate);
gboolean        ec_scenario_clear_house_vote     (EcScenario     *self,
                                                  const char     *state_id);
EcMethod        ec_scenario_get_method           (EcScenario     *self);
gboolean        ec_scenario_set_method           (EcScenario     *self,
                                                  EcMethod        method);
EcMethod        ec_scenario_get_state_method     (EcScenario     *self,
                                                  const char     *state_id);
gboolean        ec_scenario_set_state_method     (EcScenario     *self,
                                                  const char     *state_id,
                                                  EcMethod        method,
                                                  GError        **error);
guint           ec_scenario_get_house_size       (EcScenario     *self);
gboolean        ec_scenario_set_house_size       (EcScenario     *self,
                                                  guint           house_size,
                                                  GError        **error);
gboolean        ec_scenario_can_resize_house     (EcScenario     *self);
guint           ec_scenario_get_electors_total   (EcScenario     *self);

G_END_DECLS
