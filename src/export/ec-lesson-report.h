/* ec-lesson-report.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ec-snapshot.h"

G_BEGIN_DECLS

/**
 * EcLessonResult:
 * @EC_LESSON_RESULT_UNANSWERED: the student did not answer
 * @EC_LESSON_RESULT_RIGHT: the last answer was right
 * @EC_LESSON_RESULT_WRONG: the last answer was wrong
 *
 * How a question of a lesson ended, as the teacher's report shows it.
 */
typedef enum {
  EC_LESSON_RESULT_UNANSWERED,
  EC_LESSON_RESULT_RIGHT,
  EC_LESSON_RESULT_WRONG,
} EcLessonResult;

#define EC_TYPE_LESSON_REPORT (ec_lesson_report_get_type ())
G_DECLARE_FINAL_TYPE (EcLessonReport, ec_lesson_report, EC, LESSON_REPORT, GObject)

EcLessonReport *ec_lesson_report_new             (const char          *lesson_title,
                                                  const char          *student,
                                                  GDateTime           *date);
void            ec_lesson_report_add_question    (EcLessonReport      *self,
                                                  guint                step,
                                                  const char          *prompt,
                                                  const char          *answer,
                                                  EcLessonResult       result,
                                                  guint                attempts,
                                                  guint                hints,
                                                  gboolean             revealed);
guint           ec_lesson_report_get_n_questions (EcLessonReport      *self);
guint           ec_lesson_report_get_n_right     (EcLessonReport      *self);
EcLessonReport *ec_lesson_report_copy            (EcLessonReport      *self);
GBytes         *ec_lesson_report_to_pdf          (EcLessonReport      *self,
                                                  EcSnapshotPage       page,
                                                  GError             **error);
void            ec_lesson_report_save_async      (EcLessonReport      *self,
                                                  GFile               *file,
                                                  EcSnapshotPage       page,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean        ec_lesson_report_save_finish     (EcLessonReport      *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

G_END_DECLS
