/* fuzz-lesson.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the lesson loader: any bytes either load or are
 * refused with a message, and a lesson that loads is written out and must
 * load again as the same lesson, with the same bytes. Every map task of a
 * lesson that loads is also checked on its own starting map, as the lesson
 * pane checks the student's map. */

#include "config.h"

#include "ec-fuzz.h"
#include "ec-lesson-check.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(EcLesson) lesson = NULL;
  g_autoptr(EcLesson) again = NULL;
  g_autoptr(EcLesson) copy = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  ec_fuzz_init ();

  lesson = ec_lesson_new_from_bytes (bytes, &error);
  if (lesson == NULL)
    {
      ec_fuzz_check_error (error);
      return 0;
    }

  saved = ec_lesson_to_bytes (lesson);
  if (!g_utf8_validate (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), NULL))
    ec_fuzz_fail ("a loaded lesson was written out as text that is not UTF-8");

  again = ec_lesson_new_from_bytes (saved, &error);
  if (again == NULL)
    ec_fuzz_fail ("a lesson written out does not load again: %s", error->message);
  if (!ec_lesson_equal (lesson, again))
    ec_fuzz_fail ("a lesson written out loads as another lesson");
  saved_again = ec_lesson_to_bytes (again);
  if (!g_bytes_equal (saved, saved_again))
    ec_fuzz_fail ("a lesson saved twice gives two different files");

  copy = ec_lesson_copy (lesson);
  if (!ec_lesson_equal (copy, lesson))
    ec_fuzz_fail ("a copy of a lesson differs from it");

  for (guint i = 0; i < ec_lesson_get_n_steps (lesson); i++)
    {
      EcLessonStep *step = ec_lesson_get_step (lesson, i);
      EcLessonQuestion *question = ec_lesson_step_get_question (step);
      g_autoptr(EcLessonCheck) check = NULL;

      if (question == NULL || ec_lesson_question_get_kind (question) != EC_QUESTION_MAP)
        continue;

      check = ec_lesson_check_new (ec_lesson_question_get_condition (question),
                                   ec_lesson_step_get_scenario (step), ec_lesson_step_get_scenario (step), NULL);
      if (ec_lesson_check_get_sentences (check)[0] == NULL)
        ec_fuzz_fail ("a check says nothing");
    }

  return 0;
}
