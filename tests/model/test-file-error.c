/* test-file-error.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real failures of real file work, from GIO and from GLib's file
 * utilities, and the sentences a student reads about them.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "ec-file-error.h"

static char *
save_message (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (g_file_replace_contents (file, "x", 1, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("GIO: %s", error->message);

  return ec_file_error_dup_save_message (error, file, "slide.png");
}

static char *
open_message (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;

  g_assert_false (g_file_load_contents (file, NULL, &data, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("GIO: %s", error->message);

  return ec_file_error_dup_open_message (error);
}

static void
test_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-file-error-XXXXXX", NULL);
  g_autofree char *missing_folder = g_build_filename (dir, "no-such-folder", NULL);
  g_autofree char *missing = g_build_filename (missing_folder, "slide.png", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.png", NULL);
  g_autofree char *under_plain = g_build_filename (plain, "slide.png", NULL);
  g_autofree char *long_name = g_strnfill (300, 'a');
  g_autofree char *too_long = g_build_filename (dir, long_name, NULL);
  g_autofree char *loop = g_build_filename (dir, "loop", NULL);
  g_autofree char *in_loop = g_build_filename (loop, "slide.png", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *message = NULL;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (plain, "not a folder", -1, NULL));
  g_assert_cmpint (symlink ("loop", loop), ==, 0);

#define CHECK(path, ...) \
  G_STMT_START { \
    message = save_message (path); \
    expected = g_strdup_printf (__VA_ARGS__); \
    g_assert_cmpstr (message, ==, expected); \
    g_clear_pointer (&message, g_free); \
    g_clear_pointer (&expected, g_free); \
  } G_STMT_END

  CHECK (missing, "Cannot save “%s”: the folder “%s” does not exist", missing, missing_folder);
  /* A file where a folder should be is no folder either. */
  CHECK (under_plain, "Cannot save “%s”: the folder “%s” does not exist", under_plain, plain);
  CHECK (folder, "Cannot save “%s”: it is a folder; give a file name, such as slide.png", folder);
  CHECK (too_long, "Cannot save “%s”: the name is too long; choose a shorter one", too_long);
  CHECK (in_loop, "Cannot save “%s”: a link on the way to it leads round in a circle", in_loop);

  /* Root may write anywhere. */
  if (geteuid () != 0)
    {
      g_autofree char *locked = g_build_filename (dir, "locked", NULL);
      g_autofree char *in_locked = g_build_filename (locked, "slide.png", NULL);

      g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
      CHECK (in_locked, "Cannot save “%s”: you may not write in the folder “%s”", in_locked, locked);
      g_assert_cmpint (g_chmod (plain, 0444), ==, 0);
      CHECK (plain, "Cannot save “%s”: the file is read-only", plain);
      g_rmdir (locked);
    }

#undef CHECK

  g_unlink (loop);
  g_unlink (plain);
  g_rmdir (folder);
  g_rmdir (dir);
}

static void
test_open (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-file-error-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "lesson.electors", NULL);
  g_autofree char *message = NULL;

  message = open_message (missing);
  g_assert_cmpstr (message, ==, "There is no such file");
  g_clear_pointer (&message, g_free);

  message = open_message (dir);
  g_assert_cmpstr (message, ==, "This is a folder, not a file");
  g_clear_pointer (&message, g_free);

  if (geteuid () != 0)
    {
      g_assert_true (g_file_set_contents (missing, "{}", -1, NULL));
      g_assert_cmpint (g_chmod (missing, 0), ==, 0);
      message = open_message (missing);
      g_assert_cmpstr (message, ==, "You do not have permission to read this file");
      g_clear_pointer (&message, g_free);
      g_unlink (missing);
    }

  g_rmdir (dir);
}

/* GLib's file utilities report GFileError, not GIOErrorEnum: the same
 * problems get the same sentences. */
static void
test_file_error_domain (void)
{
  g_autofree char *dir = g_dir_make_tmp ("electors-file-error-XXXXXX", NULL);
  g_autofree char *missing_folder = g_build_filename (dir, "no-such-folder", NULL);
  g_autofree char *missing = g_build_filename (missing_folder, "lesson.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;

  g_assert_false (g_file_set_contents (missing, "{}", -1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  message = ec_file_error_dup_save_message (error, file, "lesson.electors");
  expected = g_strdup_printf ("Cannot save “%s”: the folder “%s” does not exist", missing, missing_folder);
  g_assert_cmpstr (message, ==, expected);
  g_clear_pointer (&message, g_free);
  g_clear_error (&error);

  g_assert_false (g_file_get_contents (missing, &data, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  message = ec_file_error_dup_open_message (error);
  g_assert_cmpstr (message, ==, "There is no such file");
  g_clear_error (&error);

  /* A failure without words of our own keeps GIO's, after the name. */
  g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_BUSY, "The device is busy");
  g_clear_pointer (&message, g_free);
  message = ec_file_error_dup_save_message (error, file, "lesson.electors");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Cannot save “%s”: The device is busy", missing);
  g_assert_cmpstr (message, ==, expected);

  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/file-error/save", test_save);
  g_test_add_func ("/ec/file-error/open", test_open);
  g_test_add_func ("/ec/file-error/file-error-domain", test_file_error_domain);

  return g_test_run ();
}
