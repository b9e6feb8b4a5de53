/* test-crash.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A real process saving and writing drafts is killed with SIGKILL at
 * random moments, over a hundred times. Every time, the file is whole (the
 * old one or the new one, never a part), every draft left behind opens,
 * and the next save clears away the temporary file a killed one left. */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "ec-document.h"

#define KILLS 120

/* Anything in @dir beside @target and the data folder: what a killed
 * save left. */
static guint
count_leftovers (const char *dir,
                 const char *target)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    n += !g_str_equal (name, target) && !g_str_equal (name, "data");

  return n;
}

static void
kill_at_random (const char *helper,
                const char *path,
                const char *data_home,
                guint       delay_us)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, helper, path, NULL);
  g_assert_no_error (error);

  /* Once it has saved once, it is saving or writing a draft at any moment. */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  first = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_usleep (delay_us);

  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
}

static void
test_kill_during_saves (void)
{
  const char *helper = g_getenv ("ELECTORS_SAVE_LOOP");
  g_autofree char *dir = g_dir_make_tmp ("electors-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.electors", NULL);
  g_autofree char *data_home = g_build_filename (dir, "data", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261201);
  guint leftovers_seen = 0;
  guint drafts_restored = 0;

  g_assert_nonnull (helper);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  for (guint kill = 0; kill < KILLS; kill++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcScenario) saved = NULL;
      g_autoptr(GPtrArray) drafts = NULL;

      kill_at_random (helper, path, data_home, g_rand_int_range (rand, 0, 40000));

      /* The file is whole: it opens. */
      saved = ec_scenario_new_from_file (file, &error);
      g_assert_no_error (error);
      g_assert_nonnull (saved);
      g_assert_true (g_str_has_prefix (ec_scenario_get_notes (saved), "Save "));

      /* Every draft left behind opens too. */
      drafts = ec_document_list_drafts ();
      for (guint i = 0; i < drafts->len; i++)
        {
          g_autoptr(GError) draft_error = NULL;
          g_autoptr(EcDocument) restored = ec_document_new_from_draft (g_ptr_array_index (drafts, i), &draft_error);

          g_assert_no_error (draft_error);
          g_assert_true (ec_document_get_modified (restored));
          drafts_restored++;
          ec_document_delete_draft (g_ptr_array_index (drafts, i));
        }

      leftovers_seen += count_leftovers (dir, "lesson.electors");
    }

  g_test_message ("%u kills, %u drafts restored, %u temporary files left by kills along the way",
                  KILLS, drafts_restored, leftovers_seen);
  g_assert_cmpuint (drafts_restored, >, 0);

  /* Looking for drafts clears away what killed draft writes left. */
  {
    g_autofree char *drafts_dir = g_build_filename (data_home, "electors", "drafts", NULL);
    g_autoptr(GPtrArray) drafts = ec_document_list_drafts ();
    g_autoptr(GDir) listing = g_dir_open (drafts_dir, 0, NULL);

    g_assert_cmpuint (drafts->len, ==, 0);
    g_assert_nonnull (listing);
    g_assert_null (g_dir_read_name (listing));
  }

  /* The next save clears away what killed ones left. */
  {
    g_autoptr(EcScenario) scenario = ec_scenario_new_from_file (file, NULL);

    g_assert_true (ec_scenario_save_to_file (scenario, file, NULL));
    g_assert_cmpuint (count_leftovers (dir, "lesson.electors"), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/crash/kill-during-saves", test_kill_during_saves);

  return g_test_run ();
}
