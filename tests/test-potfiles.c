/* test-potfiles.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file with text people read must be in po/POTFILES.in, or its strings
 * never reach translators.
 */

#include "config.h"

#include <glib.h>
#include <string.h>

static gboolean
has_translatable_strings (const char *path)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;

  if (g_str_has_suffix (path, ".ui"))
    return strstr (contents, "translatable=\"yes\"") != NULL;

  return strstr (contents, "_(\"") != NULL || strstr (contents, "g_dngettext") != NULL ||
         strstr (contents, "N_(") != NULL;
}

static void
collect (const char *root,
         const char *relative,
         GPtrArray  *files)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *full = g_build_filename (root, child, NULL);

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        collect (root, child, files);
      else if ((g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".ui")) &&
               has_translatable_strings (full))
        g_ptr_array_add (files, g_steal_pointer (&child));
    }
}

static void
test_complete (void)
{
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "..", NULL);
  g_autofree char *potfiles_path = g_build_filename (root, "po", "POTFILES.in", NULL);
  g_autofree char *potfiles = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (potfiles_path, &potfiles, NULL, NULL));
  lines = g_strsplit (potfiles, "\n", -1);

  collect (root, "src", files);
  collect (root, "ui", files);
  g_assert_cmpuint (files->len, >, 10);

  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);

      g_test_message ("%s has translatable strings", file);
      if (!g_strv_contains ((const char * const *)lines, file))
        {
          g_test_message ("%s is missing from po/POTFILES.in", file);
          g_test_fail ();
        }
    }

  /* And everything listed exists. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      path = g_build_filename (root, lines[i], NULL);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/po/potfiles-complete", test_complete);

  return g_test_run ();
}
