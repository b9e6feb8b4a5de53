/* test-lesson-report.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the teacher's report of a lesson as a student would hand it in and
 * reads the PDF back: it has pages, upright, as many as its questions
 * need, with the lesson's title and the student's name in its metadata,
 * and a failed write leaves nothing behind.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ec-lesson-report.h"

/* Pages of a PDF written by cairo: each page object says "/Type /Page",
 * the page tree "/Type /Pages". */
static guint
count_pages (GBytes *pdf)
{
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  g_autoptr(GRegex) regex = g_regex_new ("/Type\\s*/Page[^s]", G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  /* The streams are binary: the length, not a NUL, ends the text. */
  g_regex_match_full (regex, data, length, 0, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      n++;
      g_match_info_next (match, NULL);
    }

  return n;
}

static gboolean
contains (GBytes     *bytes,
          const char *needle)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
matches (GBytes     *bytes,
         const char *pattern)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_RAW, 0, NULL);

  return g_regex_match_full (regex, data, length, 0, 0, NULL, NULL);
}

static EcLessonReport *
make_report (guint n_questions)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 2, 13, 5, 0);
  EcLessonReport *report = ec_lesson_report_new ("How 270 works", "Ada Lovelace", date);

  for (guint i = 0; i < n_questions; i++)
    {
      g_autofree char *prompt = g_strdup_printf ("How many electoral votes does a candidate need to win (question %u)?", i + 1);

      ec_lesson_report_add_question (report, i + 1, prompt, i % 2 == 0 ? "270" : "269",
                                     i % 2 == 0 ? EC_LESSON_RESULT_RIGHT : EC_LESSON_RESULT_WRONG,
                                     1 + i % 3, i % 2, i % 4 == 3);
    }

  return report;
}

static void
test_pages (void)
{
  g_autoptr(EcLessonReport) report = make_report (4);
  g_autoptr(EcLessonReport) long_report = make_report (60);
  g_autoptr(EcLessonReport) empty = make_report (0);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) long_pdf = NULL;
  g_autoptr(GBytes) empty_pdf = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ec_lesson_report_get_n_questions (report), ==, 4);
  g_assert_cmpuint (ec_lesson_report_get_n_right (report), ==, 2);

  pdf = ec_lesson_report_to_pdf (report, EC_SNAPSHOT_PAGE_A4, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
  g_assert_cmpuint (count_pages (pdf), ==, 1);
  /* Upright A4: 595 points wide, 842 high. */
  /* Kept in the build tree, to look at. */
  {
    g_autofree char *folder = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
    g_autofree char *kept = g_build_filename (folder, "lesson-report.pdf", NULL);

    g_mkdir_with_parents (folder, 0755);
    g_assert_true (g_file_set_contents (kept, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  }
  g_assert_true (matches (pdf, "/MediaBox\\s*\\[\\s*0\\s+0\\s+595(\\.[0-9]+)?\\s+84[12](\\.[0-9]+)?\\s*\\]"));
  g_assert_true (contains (pdf, "How 270 works"));
  g_assert_true (contains (pdf, "Ada Lovelace"));

  /* Sixty questions do not fit on one page, and none is lost. */
  long_pdf = ec_lesson_report_to_pdf (long_report, EC_SNAPSHOT_PAGE_LETTER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (long_pdf), >=, 4);
  g_assert_cmpuint (count_pages (long_pdf), <=, 12);

  empty_pdf = ec_lesson_report_to_pdf (empty, EC_SNAPSHOT_PAGE_A4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (empty_pdf), ==, 1);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  if (!ec_lesson_report_save_finish (EC_LESSON_REPORT (object), result, error) && *error == NULL)
    g_assert_not_reached ();
  *(gboolean *)g_object_get_data (object, "done") = TRUE;
}

static gboolean
save (EcLessonReport  *report,
      GFile           *file,
      GError         **error)
{
  gboolean done = FALSE;

  g_object_set_data (G_OBJECT (report), "done", &done);
  ec_lesson_report_save_async (report, file, EC_SNAPSHOT_PAGE_A4, NULL, saved_cb, error);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return *error == NULL;
}

static void
test_save (void)
{
  g_autoptr(EcLessonReport) report = make_report (3);
  g_autofree char *folder = g_dir_make_tmp ("electors-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
  g_autofree char *missing = g_build_filename (folder, "no-such-folder", "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (missing);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (report, file, &error));
  g_assert_no_error (error);
  written = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (written), ==, 1);

  /* A folder that does not exist: an error in words, and no file. */
  g_assert_false (save (report, bad, &error));
  g_assert_error (error, EC_SNAPSHOT_ERROR, EC_SNAPSHOT_ERROR_WRITE_FAILED);
  g_assert_false (g_file_query_exists (bad, NULL));

  g_unlink (path);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/lesson-report/pages", test_pages);
  g_test_add_func ("/ec/lesson-report/save", test_save);

  return g_test_run ();
}
