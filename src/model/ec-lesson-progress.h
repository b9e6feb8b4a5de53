/* ec-lesson-progress.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-lesson.h"

G_BEGIN_DECLS

/* A student's way through one lesson: the current step and, per step, the
 * answer given, the attempts, whether it was right, whether the answer was
 * revealed and how many hints were used. It is saved as strict JSON
 * (`electors-lesson-progress`), autosaved like a draft, and carries the
 * identity of its lesson (ec_lesson_dup_identity() and the title) so that it
 * is never applied to another lesson: ec_lesson_progress_matches() says
 * whether it belongs to a lesson, and the loader, given the lesson, refuses
 * progress of another one. */

#define EC_LESSON_PROGRESS_ERROR (ec_lesson_progress_error_quark ())

#define EC_LESSON_PROGRESS_FORMAT_VERSION 1
/* A progress file holds at most one map per step. */
#define EC_LESSON_PROGRESS_MAX_FILE_SIZE (8 * 1024 * 1024)
/* More tries than this are counted as this many. */
#define EC_LESSON_PROGRESS_MAX_ATTEMPTS 9999

/**
 * EcLessonProgressError:
 * @EC_LESSON_PROGRESS_ERROR_NOT_JSON: the file is empty, not text or not
 *   JSON, or too large
 * @EC_LESSON_PROGRESS_ERROR_NOT_PROGRESS: the file is not lesson progress
 * @EC_LESSON_PROGRESS_ERROR_NEWER_VERSION: the file was written by a newer
 *   version
 * @EC_LESSON_PROGRESS_ERROR_INVALID: something in the file is wrong
 * @EC_LESSON_PROGRESS_ERROR_OTHER_LESSON: the progress belongs to another
 *   lesson, or to another version of this one
 *
 * Why progress could not be read.
 */
typedef enum {
  EC_LESSON_PROGRESS_ERROR_NOT_JSON,
  EC_LESSON_PROGRESS_ERROR_NOT_PROGRESS,
  EC_LESSON_PROGRESS_ERROR_NEWER_VERSION,
  EC_LESSON_PROGRESS_ERROR_INVALID,
  EC_LESSON_PROGRESS_ERROR_OTHER_LESSON,
} EcLessonProgressError;

#define EC_TYPE_LESSON_PROGRESS (ec_lesson_progress_get_type ())
G_DECLARE_FINAL_TYPE (EcLessonProgress, ec_lesson_progress, EC, LESSON_PROGRESS, GObject)

GQuark            ec_lesson_progress_error_quark     (void);

/* A fresh start on @lesson: step 0, nothing answered. */
EcLessonProgress *ec_lesson_progress_new             (EcLesson          *lesson);
/* Reads progress. With @lesson, also checks that it belongs to @lesson
 * (%EC_LESSON_PROGRESS_ERROR_OTHER_LESSON otherwise) and that every answer
 * fits its step: a choice within the choices, a map on the step's
 * election. Without it, only the file itself is checked (the fuzz target
 * and a "which lesson is this?" look use that). */
EcLessonProgress *ec_lesson_progress_new_from_bytes  (GBytes            *bytes,
                                                      EcLesson          *lesson,
                                                      GError           **error);
/* Stable, pretty JSON; loading and saving again gives the same bytes. */
GBytes           *ec_lesson_progress_to_bytes        (EcLessonProgress  *self);
EcLessonProgress *ec_lesson_progress_copy            (EcLessonProgress  *self);
gboolean          ec_lesson_progress_equal           (EcLessonProgress  *a,
                                                      EcLessonProgress  *b);

const char       *ec_lesson_progress_get_lesson_identity (EcLessonProgress *self);
const char       *ec_lesson_progress_get_lesson_title (EcLessonProgress *self);
gboolean          ec_lesson_progress_matches         (EcLessonProgress  *self,
                                                      EcLesson          *lesson);

guint             ec_lesson_progress_get_n_steps     (EcLessonProgress  *self);
guint             ec_lesson_progress_get_current_step (EcLessonProgress *self);
void              ec_lesson_progress_set_current_step (EcLessonProgress *self,
                                                      guint              step);

/* Per step. A step with no question, or not yet tried, has 0 attempts and
 * no answer. The record_* functions count one attempt each, keep the answer
 * given (the last one) and whether it was right; a step once right stays
 * right. A map answer keeps a copy of the student's scenario. */
void              ec_lesson_progress_record_choice   (EcLessonProgress  *self,
                                                      guint              step,
                                                      guint              choice,
                                                      gboolean           right);
void              ec_lesson_progress_record_number   (EcLessonProgress  *self,
                                                      guint              step,
                                                      double             number,
                                                      gboolean           right);
void              ec_lesson_progress_record_map      (EcLessonProgress  *self,
                                                      guint              step,
                                                      EcScenario        *scenario,
                                                      gboolean           right);
void              ec_lesson_progress_use_hint        (EcLessonProgress  *self,
                                                      guint              step);
void              ec_lesson_progress_reveal          (EcLessonProgress  *self,
                                                      guint              step);

gboolean          ec_lesson_progress_has_answer      (EcLessonProgress  *self,
                                                      guint              step);
gboolean          ec_lesson_progress_get_choice      (EcLessonProgress  *self,
                                                      guint              step,
                                                      guint             *choice);
gboolean          ec_lesson_progress_get_number      (EcLessonProgress  *self,
                                                      guint              step,
                                                      double            *number);
EcScenario       *ec_lesson_progress_get_map         (EcLessonProgress  *self,
                                                      guint              step);
guint             ec_lesson_progress_get_attempts    (EcLessonProgress  *self,
                                                      guint              step);
gboolean          ec_lesson_progress_get_right       (EcLessonProgress  *self,
                                                      guint              step);
gboolean          ec_lesson_progress_get_revealed    (EcLessonProgress  *self,
                                                      guint              step);
guint             ec_lesson_progress_get_hints_used  (EcLessonProgress  *self,
                                                      guint              step);
/* The answer given at @step in words, for the teacher's report: the
 * choice's text, the number as the student's locale writes it, or for a
 * map the outcome sentence of its tally; %NULL when nothing was given. */
char             *ec_lesson_progress_dup_answer_text (EcLessonProgress  *self,
                                                      EcLesson          *lesson,
                                                      guint              step);
/* How many of the lesson's questions were answered right, and how many
 * there are. */
guint             ec_lesson_progress_count_right     (EcLessonProgress  *self,
                                                      EcLesson          *lesson,
                                                      guint             *n_questions);

G_END_DECLS
