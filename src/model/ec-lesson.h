/* ec-lesson.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-scenario.h"

G_BEGIN_DECLS

/* A lesson (`.electors-lesson`): a title, an audience, an estimated time and
 * an ordered list of steps. Each step has a scenario, text in paragraphs,
 * optionally highlighted units and optionally a question. The JSON file is
 * the source of truth; the README documents every member. */

#define EC_LESSON_ERROR (ec_lesson_error_quark ())

#define EC_LESSON_FORMAT_VERSION 1

/* Lesson files larger than this are refused before they are read: a lesson
 * of fifty inline scenarios stays well under it. */
#define EC_LESSON_MAX_FILE_SIZE (16 * 1024 * 1024)
#define EC_LESSON_MAX_TITLE 200
#define EC_LESSON_MAX_AUDIENCE 200
#define EC_LESSON_MAX_MINUTES 600
#define EC_LESSON_MAX_STEPS 50
#define EC_LESSON_MAX_PARAGRAPHS 20
#define EC_LESSON_MAX_PARAGRAPH 4000
#define EC_LESSON_MAX_HIGHLIGHTS 60
#define EC_LESSON_MAX_CHOICES 8
#define EC_LESSON_MAX_SOURCES 30
#define EC_LESSON_MAX_URL 2000
/* How deep "all" and "any" may nest in a map task's condition. */
#define EC_LESSON_MAX_CONDITION_DEPTH 8
/* How many conditions one map task may combine, in all. */
#define EC_LESSON_MAX_CONDITIONS 32

/**
 * EcLessonError:
 * @EC_LESSON_ERROR_TOO_LARGE: the file is larger than
 *   %EC_LESSON_MAX_FILE_SIZE
 * @EC_LESSON_ERROR_NOT_JSON: the file is empty, not text or not JSON
 * @EC_LESSON_ERROR_NOT_A_LESSON: the file is JSON but not a lesson
 * @EC_LESSON_ERROR_NEWER_VERSION: the file was written by a newer version
 * @EC_LESSON_ERROR_INVALID: the file is a lesson but something in it is wrong;
 *   the message names the step and the problem
 * @EC_LESSON_ERROR_NO_SUCH_LESSON: there is no bundled lesson of that id
 *
 * Why a lesson could not be read.
 */
typedef enum {
  EC_LESSON_ERROR_TOO_LARGE,
  EC_LESSON_ERROR_NOT_JSON,
  EC_LESSON_ERROR_NOT_A_LESSON,
  EC_LESSON_ERROR_NEWER_VERSION,
  EC_LESSON_ERROR_INVALID,
  EC_LESSON_ERROR_NO_SUCH_LESSON,
} EcLessonError;

/**
 * EcQuestionKind:
 * @EC_QUESTION_CHOICE: multiple choice: one of the choices is right
 * @EC_QUESTION_NUMBER: a number, right within a tolerance
 * @EC_QUESTION_MAP: a map task: the student changes the map and it is
 *   checked against a #EcLessonCondition (see `ec-lesson-check.h`)
 *
 * The kinds of question a step may ask.
 */
typedef enum {
  EC_QUESTION_CHOICE,
  EC_QUESTION_NUMBER,
  EC_QUESTION_MAP,
} EcQuestionKind;

/**
 * EcNumberVerdict:
 * @EC_NUMBER_RIGHT: within the tolerance of the answer
 * @EC_NUMBER_TOO_LOW: below it
 * @EC_NUMBER_TOO_HIGH: above it
 *
 * How a number given to a number question compares with its answer.
 */
typedef enum {
  EC_NUMBER_RIGHT,
  EC_NUMBER_TOO_LOW,
  EC_NUMBER_TOO_HIGH,
} EcNumberVerdict;

/**
 * EcConditionKind:
 * @EC_CONDITION_ALL: every sub-condition holds (`"all": [...]`)
 * @EC_CONDITION_ANY: at least one sub-condition holds (`"any": [...]`)
 * @EC_CONDITION_WINNER: the winner is a candidate, or nobody
 *   (`"winner": "donald-trump" | "real-winner" | "real-runner-up" | "nobody"`)
 * @EC_CONDITION_OUTCOME: how the count ends
 *   (`"outcome": "majority" | "contingent" | "tie"`)
 * @EC_CONDITION_ELECTORAL_VOTES: a candidate's electoral votes compared
 *   with a number (`"electoral_votes": {"candidate": ..., "at_least": 270}`)
 * @EC_CONDITION_UNITS_CHANGED: how many units have another winner than on
 *   the step's starting map (`"units_changed": {"at_most": 3}`)
 * @EC_CONDITION_FAITHLESS: how many electors break their pledge
 *   (`"faithless": {"at_least": 1}`)
 * @EC_CONDITION_UNIT_WINNER: a named unit goes to a candidate
 *   (`"unit_winner": {"unit": "FL", "candidate": "real-runner-up"}`)
 * @EC_CONDITION_UNITS_DIFFER: named units do not all go to the same
 *   candidate (`"units_differ": ["ME-1", "ME-2"]`)
 * @EC_CONDITION_SPLIT: a state (Maine or Nebraska) is split by district
 *   (`"split": "ME"`)
 *
 * The conditions a map task may check. A condition is data, never code.
 */
typedef enum {
  EC_CONDITION_ALL,
  EC_CONDITION_ANY,
  EC_CONDITION_WINNER,
  EC_CONDITION_OUTCOME,
  EC_CONDITION_ELECTORAL_VOTES,
  EC_CONDITION_UNITS_CHANGED,
  EC_CONDITION_FAITHLESS,
  EC_CONDITION_UNIT_WINNER,
  EC_CONDITION_UNITS_DIFFER,
  EC_CONDITION_SPLIT,
} EcConditionKind;

/**
 * EcConditionOutcome:
 * @EC_CONDITION_OUTCOME_MAJORITY: a candidate has a majority of the electors
 * @EC_CONDITION_OUTCOME_CONTINGENT: nobody has a majority, so the House
 *   chooses (a tie is one way for this to happen)
 * @EC_CONDITION_OUTCOME_TIE: the two leaders have the same electoral votes
 *   and nobody has a majority (269–269)
 *
 * The outcomes an `"outcome"` condition names.
 */
typedef enum {
  EC_CONDITION_OUTCOME_MAJORITY,
  EC_CONDITION_OUTCOME_CONTINGENT,
  EC_CONDITION_OUTCOME_TIE,
} EcConditionOutcome;

/**
 * EcCompare:
 * @EC_COMPARE_EQUALS: `"equals"`
 * @EC_COMPARE_AT_LEAST: `"at_least"`
 * @EC_COMPARE_AT_MOST: `"at_most"`
 *
 * How a count is compared with a condition's number.
 */
typedef enum {
  EC_COMPARE_EQUALS,
  EC_COMPARE_AT_LEAST,
  EC_COMPARE_AT_MOST,
} EcCompare;

/* Candidate references in conditions: a candidate's id in the step's
 * scenario, or one of these roles, which name the candidates with the most
 * and the second most electoral votes in the election's real result (as
 * cast), so that a lesson never depends on a display name. */
#define EC_CANDIDATE_ROLE_REAL_WINNER "real-winner"
#define EC_CANDIDATE_ROLE_REAL_RUNNER_UP "real-runner-up"
/* Only in "winner": nobody has a majority. */
#define EC_CANDIDATE_NOBODY "nobody"

#define EC_TYPE_LESSON_CONDITION (ec_lesson_condition_get_type ())
#define EC_TYPE_LESSON_QUESTION (ec_lesson_question_get_type ())
#define EC_TYPE_LESSON_STEP (ec_lesson_step_get_type ())

typedef struct _EcLessonCondition EcLessonCondition;
typedef struct _EcLessonQuestion EcLessonQuestion;
typedef struct _EcLessonStep EcLessonStep;

#define EC_TYPE_LESSON (ec_lesson_get_type ())
/**
 * EcLesson::changed:
 *
 * Emitted after every change made through a setter or a step function.
 */
G_DECLARE_FINAL_TYPE (EcLesson, ec_lesson, EC, LESSON, GObject)

GQuark              ec_lesson_error_quark            (void);

/* Conditions: immutable trees, shared by reference.
 * ec_lesson_condition_new_from_json() checks a condition against the
 * scenario it will be checked on (candidate ids, unit ids, split states)
 * and refuses it whole with a message that says what is wrong. Getters
 * return what applies to the kind: get_candidate() for WINNER (an id, a
 * role or %EC_CANDIDATE_NOBODY), ELECTORAL_VOTES and UNIT_WINNER;
 * get_units() for UNIT_WINNER (one unit), UNITS_DIFFER and SPLIT (one
 * state); get_compare() and get_number() for ELECTORAL_VOTES,
 * UNITS_CHANGED and FAITHLESS; children for ALL and ANY.
 * ec_lesson_condition_resolve_candidate() turns a reference into a
 * candidate of @scenario, or %NULL for "nobody" or an unknown id. */
GType               ec_lesson_condition_get_type     (void) G_GNUC_CONST;
EcLessonCondition  *ec_lesson_condition_new_from_json (JsonNode           *node,
                                                      EcScenario         *scenario,
                                                      GError            **error);
EcLessonCondition  *ec_lesson_condition_ref          (EcLessonCondition  *self);
void                ec_lesson_condition_unref        (EcLessonCondition  *self);
JsonNode           *ec_lesson_condition_to_json      (EcLessonCondition  *self);
gboolean            ec_lesson_condition_equal        (EcLessonCondition  *a,
                                                      EcLessonCondition  *b);
EcConditionKind     ec_lesson_condition_get_kind     (EcLessonCondition  *self);
guint               ec_lesson_condition_get_n_children (EcLessonCondition *self);
EcLessonCondition  *ec_lesson_condition_get_child    (EcLessonCondition  *self,
                                                      guint               position);
const char         *ec_lesson_condition_get_candidate (EcLessonCondition *self);
const char * const *ec_lesson_condition_get_units    (EcLessonCondition  *self);
EcConditionOutcome  ec_lesson_condition_get_outcome  (EcLessonCondition  *self);
EcCompare           ec_lesson_condition_get_compare  (EcLessonCondition  *self);
guint               ec_lesson_condition_get_number   (EcLessonCondition  *self);
EcCandidate        *ec_lesson_condition_resolve_candidate (const char    *reference,
                                                      EcScenario         *scenario);

/* Questions: built by the constructors, then given to a step (which keeps
 * a copy). Every text is shown as it is: the loader has translated a
 * bundled lesson's already. Choice feedback may be empty strings, never
 * %NULL; a choice question has 2 to %EC_LESSON_MAX_CHOICES choices.
 * get_hint() and get_explanation() return "" when there is none.
 * ec_lesson_question_check_number() compares with the answer within its
 * tolerance. ec_lesson_question_dup_answer_text() says the right answer in
 * words, for "Show the answer" and the teacher's report: the right choice,
 * the number, or (for a map task) the explanation. */
GType               ec_lesson_question_get_type      (void) G_GNUC_CONST;
EcLessonQuestion   *ec_lesson_question_new_choice    (const char         *prompt,
                                                      const char * const *choices,
                                                      const char * const *feedback,
                                                      guint               correct);
EcLessonQuestion   *ec_lesson_question_new_number    (const char         *prompt,
                                                      double              answer,
                                                      double              tolerance,
                                                      const char         *right,
                                                      const char         *too_low,
                                                      const char         *too_high);
EcLessonQuestion   *ec_lesson_question_new_map       (const char         *prompt,
                                                      EcLessonCondition  *condition,
                                                      const char         *right,
                                                      const char         *wrong);
EcLessonQuestion   *ec_lesson_question_ref           (EcLessonQuestion   *self);
void                ec_lesson_question_unref         (EcLessonQuestion   *self);
EcLessonQuestion   *ec_lesson_question_copy          (EcLessonQuestion   *self);
gboolean            ec_lesson_question_equal         (EcLessonQuestion   *a,
                                                      EcLessonQuestion   *b);
EcQuestionKind      ec_lesson_question_get_kind      (EcLessonQuestion   *self);
const char         *ec_lesson_question_get_prompt    (EcLessonQuestion   *self);
const char         *ec_lesson_question_get_hint      (EcLessonQuestion   *self);
void                ec_lesson_question_set_hint      (EcLessonQuestion   *self,
                                                      const char         *hint);
const char         *ec_lesson_question_get_explanation (EcLessonQuestion *self);
void                ec_lesson_question_set_explanation (EcLessonQuestion *self,
                                                      const char         *explanation);
guint               ec_lesson_question_get_n_choices (EcLessonQuestion   *self);
const char         *ec_lesson_question_get_choice    (EcLessonQuestion   *self,
                                                      guint               position);
const char         *ec_lesson_question_get_choice_feedback (EcLessonQuestion *self,
                                                      guint               position);
guint               ec_lesson_question_get_correct   (EcLessonQuestion   *self);
double              ec_lesson_question_get_answer    (EcLessonQuestion   *self);
double              ec_lesson_question_get_tolerance (EcLessonQuestion   *self);
EcNumberVerdict     ec_lesson_question_check_number  (EcLessonQuestion   *self,
                                                      double              value);
const char         *ec_lesson_question_get_number_feedback (EcLessonQuestion *self,
                                                      EcNumberVerdict     verdict);
EcLessonCondition  *ec_lesson_question_get_condition (EcLessonQuestion   *self);
const char         *ec_lesson_question_get_map_feedback (EcLessonQuestion *self,
                                                      gboolean            right);
char               *ec_lesson_question_dup_answer_text (EcLessonQuestion *self);

/* Steps: owned by a lesson and changed through it (its setters check the
 * limits and emit EcLesson::changed). get_scenario() is the step's starting
 * map, borrowed and never to be changed: give the student
 * ec_lesson_step_dup_scenario(), a copy. get_scenario_reference() returns
 * %TRUE when the file names a bundled election and base (or preset) rather
 * than an inline scenario. Paragraphs and highlights are %NULL-terminated
 * and never %NULL (an empty array when there are none); the question is
 * %NULL when the step only shows. */
GType               ec_lesson_step_get_type          (void) G_GNUC_CONST;
EcLessonStep       *ec_lesson_step_new               (EcScenario         *scenario);
EcLessonStep       *ec_lesson_step_ref               (EcLessonStep       *self);
void                ec_lesson_step_unref             (EcLessonStep       *self);
EcLessonStep       *ec_lesson_step_copy              (EcLessonStep       *self);
gboolean            ec_lesson_step_equal             (EcLessonStep       *a,
                                                      EcLessonStep       *b);
const char         *ec_lesson_step_get_title         (EcLessonStep       *self);
EcScenario         *ec_lesson_step_get_scenario      (EcLessonStep       *self);
EcScenario         *ec_lesson_step_dup_scenario      (EcLessonStep       *self);
gboolean            ec_lesson_step_get_scenario_reference (EcLessonStep  *self,
                                                      int                *year,
                                                      EcScenarioBase     *base,
                                                      const char        **preset);
const char * const *ec_lesson_step_get_paragraphs    (EcLessonStep       *self);
const char * const *ec_lesson_step_get_highlights    (EcLessonStep       *self);
gboolean            ec_lesson_step_is_highlighted    (EcLessonStep       *self,
                                                      const char         *unit_id);
EcLessonQuestion   *ec_lesson_step_get_question      (EcLessonStep       *self);

/* Lessons. ec_lesson_new_from_bytes() is strict: any problem refuses the
 * whole lesson with an %EC_LESSON_ERROR whose message names the step
 * ("Step 3: …"). ec_lesson_to_bytes() writes stable, pretty JSON: loading
 * it and saving again gives the same bytes. ec_lesson_dup_identity() is a
 * digest of those bytes, which progress files keep so that a student's
 * answers are never applied to another lesson. Bundled lessons are loaded
 * from the resource and translated into the user's language; their id is
 * kept (ec_lesson_get_bundled_id()) until the lesson is changed. Every
 * setter returns %FALSE with @error set, changing nothing, when a value is
 * over a limit; every change emits EcLesson::changed. */
EcLesson           *ec_lesson_new                    (const char         *title);
EcLesson           *ec_lesson_new_from_bytes         (GBytes             *bytes,
                                                      GError            **error);
EcLesson           *ec_lesson_new_from_file          (GFile              *file,
                                                      GError            **error);
GBytes             *ec_lesson_to_bytes               (EcLesson           *self);
gboolean            ec_lesson_save_to_file           (EcLesson           *self,
                                                      GFile              *file,
                                                      GError            **error);
EcLesson           *ec_lesson_copy                   (EcLesson           *self);
gboolean            ec_lesson_equal                  (EcLesson           *a,
                                                      EcLesson           *b);
char               *ec_lesson_dup_identity           (EcLesson           *self);

const char * const *ec_lesson_list_bundled           (void);
EcLesson           *ec_lesson_new_bundled            (const char         *id,
                                                      GError            **error);
const char         *ec_lesson_get_bundled_id         (EcLesson           *self);

const char         *ec_lesson_get_title              (EcLesson           *self);
gboolean            ec_lesson_set_title              (EcLesson           *self,
                                                      const char         *title,
                                                      GError            **error);
const char         *ec_lesson_get_audience           (EcLesson           *self);
gboolean            ec_lesson_set_audience           (EcLesson           *self,
                                                      const char         *audience,
                                                      GError            **error);
guint               ec_lesson_get_minutes            (EcLesson           *self);
gboolean            ec_lesson_set_minutes            (EcLesson           *self,
                                                      guint               minutes,
                                                      GError            **error);

/**
 * EcLessonSource:
 * @title: what the source is, as a reader would cite it
 * @url: where to read it
 *
 * A public source the lesson's facts come from.
 */
typedef struct {
  char *title;
  char *url;
} EcLessonSource;

GPtrArray          *ec_lesson_get_sources            (EcLesson           *self);
gboolean            ec_lesson_add_source             (EcLesson           *self,
                                                      const char         *title,
                                                      const char         *url,
                                                      GError            **error);
void                ec_lesson_clear_sources          (EcLesson           *self);

guint               ec_lesson_get_n_steps            (EcLesson           *self);
EcLessonStep       *ec_lesson_get_step               (EcLesson           *self,
                                                      guint               position);
gboolean            ec_lesson_insert_step            (EcLesson           *self,
                                                      guint               position,
                                                      EcScenario         *scenario,
                                                      GError            **error);
gboolean            ec_lesson_append_step            (EcLesson           *self,
                                                      EcScenario         *scenario,
                                                      GError            **error);
void                ec_lesson_remove_step            (EcLesson           *self,
                                                      guint               position);
void                ec_lesson_move_step              (EcLesson           *self,
                                                      guint               from,
                                                      guint               to);
gboolean            ec_lesson_set_step_title         (EcLesson           *self,
                                                      guint               position,
                                                      const char         *title,
                                                      GError            **error);
gboolean            ec_lesson_set_step_paragraphs    (EcLesson           *self,
                                                      guint               position,
                                                      const char * const *paragraphs,
                                                      GError            **error);
gboolean            ec_lesson_set_step_text          (EcLesson           *self,
                                                      guint               position,
                                                      const char         *text,
                                                      GError            **error);
gboolean            ec_lesson_set_step_scenario      (EcLesson           *self,
                                                      guint               position,
                                                      EcScenario         *scenario,
                                                      GError            **error);
gboolean            ec_lesson_set_step_highlights    (EcLesson           *self,
                                                      guint               position,
                                                      const char * const *unit_ids,
                                                      GError            **error);
gboolean            ec_lesson_set_step_question      (EcLesson           *self,
                                                      guint               position,
                                                      EcLessonQuestion   *question,
                                                      GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcLessonCondition, ec_lesson_condition_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcLessonQuestion, ec_lesson_question_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcLessonStep, ec_lesson_step_unref)

G_END_DECLS
