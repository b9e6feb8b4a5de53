/* test-file.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving replaces a file whole or not at all: a save that fails half way
 * leaves the old file as it was and nothing new behind.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>

#include "ec-file.h"

#define BIG_SIZE (1024 * 1024)
/* A file may grow to this size, no further, while a save is made to fail. */
#define SIZE_LIMIT (64 * 1024)

static char *
list_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static void
test_replace (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-file-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  GStatBuf buf;

  /* A new file. */
  g_assert_true (ec_file_replace_contents (file, "first", 5, G_FILE_CREATE_REPLACE_DESTINATION, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "first");
  g_clear_pointer (&contents, g_free);

  /* A replaced file keeps its permissions, even when GIO writes a new one. */
  g_assert_cmpint (g_chmod (path, 0604), ==, 0);
  g_assert_true (ec_file_replace_contents (file, "second", 6, G_FILE_CREATE_REPLACE_DESTINATION, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "second");
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0604);
  g_clear_pointer (&contents, g_free);

  g_assert_true (ec_file_replace_contents (file, "third", 5, G_FILE_CREATE_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "third");

  /* No temporary file is left. */
  listing = list_folder (dir);
  g_assert_cmpstr (listing, ==, "slide.png");

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-file-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "slide.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (ec_file_replace_contents (file, "x", 1, G_FILE_CREATE_REPLACE_DESTINATION, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_rmdir (dir);
}

/* A write that fails after part of the file is written, as on a full disk:
 * the process may not make files larger than SIZE_LIMIT. */
static gboolean
replace_too_big (GFile            *file,
                 GFileCreateFlags  flags,
                 GError          **error)
{
  g_autofree char *big = g_malloc0 (BIG_SIZE);
  struct rlimit limit;
  struct rlimit saved;
  gboolean ok;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = SIZE_LIMIT;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  ok = ec_file_replace_contents (file, big, BIG_SIZE, flags, error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

  return ok;
}

static void
test_failed_write (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-file-XXXXXX", NULL);
  g_autofree char *existing = g_build_filename (dir, "lesson.electors", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.electors", NULL);
  g_autoptr(GFile) existing_file = g_file_new_for_path (existing);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  const GFileCreateFlags flags[] = { G_FILE_CREATE_NONE, G_FILE_CREATE_REPLACE_DESTINATION };

  /* Past the limit a write fails with EFBIG instead of killing us. */
  signal (SIGXFSZ, SIG_IGN);

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *listing = NULL;

      g_assert_true (g_file_set_contents (existing, "last week's lesson", -1, NULL));

      g_assert_false (replace_too_big (existing_file, flags[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
      g_test_message ("%s", error->message);
      g_clear_error (&error);

      g_assert_false (replace_too_big (new_file, flags[i], &error));
      g_assert_nonnull (error);
      g_clear_error (&error);

      /* The old file is as it was, and neither half a new one nor a
       * temporary file is left. */
      g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "last week's lesson");
      listing = list_folder (dir);
      g_assert_cmpstr (listing, ==, "lesson.electors");
    }

  signal (SIGXFSZ, SIG_DFL);
  g_unlink (existing);
  g_rmdir (dir);
}

/* A save clears only what killed saves of the same file left: a copy the
 * teacher keeps beside the lesson stays. */
static void
test_leftovers_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-file-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.electors", NULL);
  g_autofree char *backup = g_build_filename (dir, "lesson.electors.backup", NULL);
  g_autofree char *left = g_build_filename (dir, ".lesson.electors.electors-save-Ab12Cd", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (backup, "the teacher's own copy", -1, NULL));
  g_assert_true (g_file_set_contents (left, "{\"format\": \"electors-scen", -1, NULL));

  g_assert_true (ec_file_replace_contents (file, "new", 3, G_FILE_CREATE_REPLACE_DESTINATION, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (left, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/file/replace", test_replace);
  g_test_add_func ("/ec/file/missing-folder", test_missing_folder);
  g_test_add_func ("/ec/file/failed-write", test_failed_write);
  g_test_add_func ("/ec/file/leftovers-only", test_leftovers_only);

  return g_test_run ();
}
