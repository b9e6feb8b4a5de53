/* fuzz-lesson-progress.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the progress loader: any bytes either load or are
 * refused with a message, and progress that loads is written out and must
 * load again as the same progress, with the same bytes. */

#include "config.h"

#include "ec-fuzz.h"
#include "ec-lesson-progress.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(EcLessonProgress) progress = NULL;
  g_autoptr(EcLessonProgress) again = NULL;
  g_autoptr(EcLessonProgress) copy = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  ec_fuzz_init ();

  progress = ec_lesson_progress_new_from_bytes (bytes, NULL, &error);
  if (progress == NULL)
    {
      ec_fuzz_check_error (error);
      return 0;
    }

  saved = ec_lesson_progress_to_bytes (progress);
  again = ec_lesson_progress_new_from_bytes (saved, NULL, &error);
  if (again == NULL)
    ec_fuzz_fail ("progress written out does not load again: %s", error->message);
  if (!ec_lesson_progress_equal (progress, again))
    ec_fuzz_fail ("progress written out loads as other progress");
  saved_again = ec_lesson_progress_to_bytes (again);
  if (!g_bytes_equal (saved, saved_again))
    ec_fuzz_fail ("progress saved twice gives two different files");

  copy = ec_lesson_progress_copy (progress);
  if (!ec_lesson_progress_equal (copy, progress))
    ec_fuzz_fail ("a copy of progress differs from it");

  return 0;
}
