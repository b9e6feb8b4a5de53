/* bench-click.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times a click end to end in the real window: for each screen size and
 * GSK renderer it starts its own Xvfb, and on it runs click-electors once
 * (see click-electors.c for what is measured and how it is split). Each run
 * prints one JSON line, passed on here; the first and last lines give the
 * machine's load, because the figures are CPU time but a loaded machine
 * still slows caches and the X server down.
 *
 * Run it from the build tree under a session bus:
 *   dbus-run-session -- build/benchmarks/app/click/bench-click
 *
 * This is a developer tool, so its messages are not translated.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#define XVFB_TIMEOUT_S 20

enum {
  EXIT_FAILED_RUN = 1,
  EXIT_USAGE      = 2,
};

/* The 1, 5 and 15 minute load averages. */
static char *
read_loadavg (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("unknown");

  fields = g_strsplit (text, " ", 4);
  if (g_strv_length (fields) < 3)
    return g_strdup ("unknown");

  return g_strdup_printf ("%s %s %s", fields[0], fields[1], fields[2]);
}

/* Removes the data folder the runs used, drafts and all. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Starts Xvfb on a free display of its choice, which it writes on the
 * pipe given with -displayfd. */
static GSubprocess *
start_xvfb (const char  *size,
            char       **display,
            GError     **error)
{
  g_autofree char *screen = g_strdup_printf ("%sx24", size);
  g_autoptr(GSubprocess) xvfb = NULL;
  g_autoptr(GDataInputStream) input = NULL;
  g_autofree char *line = NULL;

  xvfb = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, error,
                           "Xvfb", "-displayfd", "1", "-screen", "0", screen,
                           "-nolisten", "tcp", "-noreset", NULL);
  if (xvfb == NULL)
    {
      g_prefix_error (error, "Could not start Xvfb: ");
      return NULL;
    }

  input = g_data_input_stream_new (g_subprocess_get_stdout_pipe (xvfb));
  line = g_data_input_stream_read_line (input, NULL, NULL, error);
  if (line == NULL || *line == '\0')
    {
      g_subprocess_force_exit (xvfb);
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Xvfb did not say which display it opened");
      return NULL;
    }

  *display = g_strdup_printf (":%s", g_strstrip (line));

  return g_steal_pointer (&xvfb);
}

static gboolean
run_clicks (const char  *display,
            const char  *renderer,
            const char  *rounds,
            const char  *data_home,
            GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *output = NULL;

  /* As bench-launch: neither the person's settings nor their drafts nor
   * the accessibility bus are part of what is measured. */
  g_subprocess_launcher_setenv (launcher, "DISPLAY", display, TRUE);
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "x11", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", renderer, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "BENCH_CLICK_ROUNDS", rounds, TRUE);

  child = g_subprocess_launcher_spawn (launcher, error, CLICK_ELECTORS_BIN, NULL);
  if (child == NULL)
    return FALSE;

  if (!g_subprocess_communicate_utf8 (child, NULL, NULL, &output, NULL, error))
    return FALSE;

  if (!g_subprocess_get_if_exited (child) || g_subprocess_get_exit_status (child) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "click-electors failed under GSK_RENDERER=%s on %s", renderer, display);
      return FALSE;
    }

  g_print ("%s", output);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sizes = NULL;
  g_auto(GStrv) renderers = NULL;
  g_autofree char *load_before = NULL;
  g_autofree char *load_after = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *rounds_text = NULL;
  int rounds = 2;
  const GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sizes,
      "A screen size, WIDTHxHEIGHT (default 1920x1080 and 3840x2160)", "SIZE" },
    { "renderer", 0, 0, G_OPTION_ARG_STRING_ARRAY, &renderers,
      "A GSK renderer (default gl and cairo)", "NAME" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds,
      "How many times every unit is clicked (default 2)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Times clicks on every unit of the real window, at two screen sizes and\n"
                                "under the GL and cairo renderers, each on its own Xvfb.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc > 1 || rounds < 1 || rounds > 100)
    {
      g_printerr ("%s\nTry “%s --help”.\n", error ? error->message : "Bad arguments.", g_get_prgname ());
      return EXIT_USAGE;
    }

  if (sizes == NULL)
    sizes = g_strsplit ("1920x1080 3840x2160", " ", -1);
  if (renderers == NULL)
    renderers = g_strsplit ("gl cairo", " ", -1);
  rounds_text = g_strdup_printf ("%d", rounds);

  data_home = g_dir_make_tmp ("bench-click-XXXXXX", &error);
  if (data_home == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILED_RUN;
    }

  load_before = read_loadavg ();
  g_print ("{\"loadavg_before\": \"%s\"}\n", load_before);

  /* A new X server for every run: one program's leftovers (where the
   * pointer is, which window had it) must not change the next one's. */
  for (guint s = 0; sizes[s] != NULL; s++)
    for (guint r = 0; renderers[r] != NULL; r++)
      {
        g_autoptr(GSubprocess) xvfb = NULL;
        g_autofree char *display = NULL;
        gboolean ran;

        /* Nor its drafts: one left behind would be offered back, in a
         * dialog that takes the clicks. */
        remove_tree (data_home);
        if (g_mkdir_with_parents (data_home, 0700) != 0)
          {
            g_printerr ("Could not make %s\n", data_home);
            return EXIT_FAILED_RUN;
          }

        xvfb = start_xvfb (sizes[s], &display, &error);
        if (xvfb == NULL)
          {
            g_printerr ("%s\n", error->message);
            remove_tree (data_home);
            return EXIT_FAILED_RUN;
          }

        ran = run_clicks (display, renderers[r], rounds_text, data_home, &error);
        g_subprocess_force_exit (xvfb);
        g_subprocess_wait (xvfb, NULL, NULL);
        if (!ran)
          {
            g_printerr ("%s\n", error->message);
            remove_tree (data_home);
            return EXIT_FAILED_RUN;
          }
      }

  remove_tree (data_home);
  load_after = read_loadavg ();
  g_print ("{\"loadavg_after\": \"%s\"}\n", load_after);

  return EXIT_SUCCESS;
}
