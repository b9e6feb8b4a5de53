/* ec-lesson-pane.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-document.h"
#include "ec-lesson.h"
#include "ec-lesson-progress.h"

G_BEGIN_DECLS

#define EC_LESSON_SUFFIX ".electors-lesson"

/**
 * EcLessonPreset:
 * @EC_LESSON_PRESET_RUNNER_UP_WINS: the real runner-up wins
 * @EC_LESSON_PRESET_TIE: a 269–269 tie
 * @EC_LESSON_PRESET_FAITHLESS_NOBODY: faithless electors leave everyone
 *   short of a majority, with no state changed
 * @EC_LESSON_PRESET_SPLIT_MAINE: Maine is split and its districts differ
 * @EC_LESSON_PRESET_FEW_STATES: the runner-up wins with at most N states
 *   changed
 *
 * The map tasks a teacher picks from when writing a lesson; each is
 * filled in as a declarative condition.
 */
typedef enum {
  EC_LESSON_PRESET_RUNNER_UP_WINS,
  EC_LESSON_PRESET_TIE,
  EC_LESSON_PRESET_FAITHLESS_NOBODY,
  EC_LESSON_PRESET_SPLIT_MAINE,
  EC_LESSON_PRESET_FEW_STATES,
  EC_N_LESSON_PRESETS
} EcLessonPreset;

#define EC_TYPE_LESSON_PANE (ec_lesson_pane_get_type ())
G_DECLARE_FINAL_TYPE (EcLessonPane, ec_lesson_pane, EC, LESSON_PANE, GtkWidget)

EcLesson         *ec_lesson_pane_get_lesson        (EcLessonPane        *self);
EcLessonProgress *ec_lesson_pane_get_progress      (EcLessonPane        *self);
GFile            *ec_lesson_pane_get_file          (EcLessonPane        *self);
void              ec_lesson_pane_set_lesson        (EcLessonPane        *self,
                                                    EcLesson            *lesson,
                                                    GFile               *file,
                                                    EcLessonProgress    *progress,
                                                    gboolean             editing);
void              ec_lesson_pane_close             (EcLessonPane        *self);
guint             ec_lesson_pane_get_step          (EcLessonPane        *self);
gboolean          ec_lesson_pane_get_editing       (EcLessonPane        *self);
void              ec_lesson_pane_set_editing       (EcLessonPane        *self,
                                                    gboolean             editing);
gboolean          ec_lesson_pane_get_modified      (EcLessonPane        *self);
void              ec_lesson_pane_set_presenting    (EcLessonPane        *self,
                                                    gboolean             presenting);
const char       *ec_lesson_pane_get_feedback      (EcLessonPane        *self);
GtkWidget        *ec_lesson_pane_get_choice_button (EcLessonPane        *self,
                                                    guint                position);
void              ec_lesson_pane_set_number        (EcLessonPane        *self,
                                                    double               number);
void              ec_lesson_pane_set_student       (EcLessonPane        *self,
                                                    const char          *student);
GFile            *ec_lesson_pane_get_progress_file (EcLessonPane        *self);
void              ec_lesson_pane_write_progress_now (EcLessonPane       *self);

void              ec_lesson_pane_export_report_async  (EcLessonPane        *self,
                                                       GFile               *file,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean          ec_lesson_pane_export_report_finish (EcLessonPane        *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void              ec_lesson_pane_save_async        (EcLessonPane        *self,
                                                    GFile               *file,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean          ec_lesson_pane_save_finish       (EcLessonPane        *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* The editor of the current step, for the keyboard and for tests. */
void              ec_lesson_pane_edit_text         (EcLessonPane        *self,
                                                    const char          *title,
                                                    const char          *text);
gboolean          ec_lesson_pane_edit_choice_question (EcLessonPane     *self,
                                                    const char          *prompt,
                                                    const char * const  *choices,
                                                    guint                correct,
                                                    GError             **error);
gboolean          ec_lesson_pane_edit_map_question (EcLessonPane        *self,
                                                    const char          *prompt,
                                                    EcLessonPreset       preset,
                                                    guint                n,
                                                    GError             **error);

GFile            *ec_lesson_progress_file_for      (EcLesson            *lesson);
JsonNode         *ec_lesson_preset_to_json         (EcLessonPreset       preset,
                                                    guint                n);

G_END_DECLS
