/* replay.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Replays a fuzz target's whole corpus, without libFuzzer or clang, as a
 * TAP test of the normal suite: every input ever found stays a regression
 * test. Usage: replay-TARGET CORPUS_DIR */

#include "config.h"

#include <gio/gio.h>

#include "ec-fuzz.h"

static const char *corpus_dir;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const guint8 *) contents, length), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("usage: %s CORPUS_DIR", argv[0]);
  corpus_dir = argv[1];

  dir = g_dir_open (corpus_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  /* Sorted by name, so each input has the same test number every run. */
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/ec/fuzz/replay/%s", (char *) names->pdata[i]);

      g_test_add_data_func_full (test_path,
                                 g_build_filename (corpus_dir, names->pdata[i], NULL),
                                 replay_file, g_free);
    }

  return g_test_run ();
}
