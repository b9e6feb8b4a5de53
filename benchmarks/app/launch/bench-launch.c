/* bench-launch.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures launch to first frame of Electors, with the map drawn, against an
 * empty libadwaita window in the same run, and prints the figures as JSON.
 *
 * Electors is timed through launch-electors, which runs the real application
 * and window of src/app and watches them from outside, so that the app
 * itself carries no benchmark hook. Right after the first frame that shows
 * their real content, both programs print one line,
 *
 *   first-frame <monotonic_us> <vmhwm_kib>
 *
 * and quit (see bench-first-frame.c). Their CLOCK_MONOTONIC reading, compared with ours just before
 * the spawn, gives the launch time without the latency of the pipe; VmHWM is
 * the peak resident memory up to that frame.
 *
 * This is a developer tool, so its messages are not translated.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#define DEFAULT_RUNS          10
#define MAX_RUNS              1000
#define LAUNCH_TIMEOUT_S      20
#define TARGET_RATIO          1.25
#define STDERR_TAIL_BYTES     4000
#define FIRST_FRAME_PREFIX    "first-frame "
#define XVFB_COMMAND          "xvfb-run -a -s '-screen 0 1920x1080x24' build/benchmarks/app/launch/bench-launch"

enum {
  EXIT_FAILED_RUN = 1,
  EXIT_USAGE      = 2,
};

typedef struct
{
  const char *name;
  const char *path;
  GArray     *first_frame_ms;
  GArray     *peak_rss_mib;
} Program;

static void
program_clear (Program *program)
{
  g_clear_pointer (&program->first_frame_ms, g_array_unref);
  g_clear_pointer (&program->peak_rss_mib, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Program, program_clear)

static void
program_init (Program    *program,
              const char *name,
              const char *path)
{
  program->name = name;
  program->path = path;
  program->first_frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  program->peak_rss_mib = g_array_new (FALSE, FALSE, sizeof (double));
}

/* What is still outstanding for one launch; the callbacks tick it off. */
typedef struct
{
  gboolean stdout_done;
  gboolean stderr_done;
  gboolean exited;
  gboolean timed_out;
} Launch;

static gboolean
launch_is_finished (const Launch *launch)
{
  return launch->stdout_done && launch->stderr_done && launch->exited;
}

static void
splice_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *done = user_data;

  /* A failure here is the cancellation after a time-out or a child that
   * died; what it printed so far is kept in the memory stream, and the
   * exit status tells the rest, so the error itself adds nothing. */
  g_output_stream_splice_finish (G_OUTPUT_STREAM (object), result, NULL);
  *done = TRUE;
}

static void
wait_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *exited = user_data;

  /* The wait is never cancelled, so it only ends when the child does. */
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *exited = TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  Launch *launch = user_data;

  launch->timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

static char *
dup_sink_text (GOutputStream *sink)
{
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (sink);
  const char *data;

  /* Closing is a no-op when the splice already did it, and makes the data
   * final when it was cancelled half-way. */
  g_output_stream_close (sink, NULL, NULL);

  data = g_memory_output_stream_get_data (memory);
  if (data == NULL)
    return g_strdup ("");

  return g_strndup (data, g_memory_output_stream_get_data_size (memory));
}

/* Finds the first-frame line in what the child printed. Returns FALSE with
 * @error unset when there is none, and with @error set when there is one
 * that cannot be read. */
static gboolean
parse_first_frame (const char  *output,
                   gint64      *frame_us,
                   guint64     *rss_kib,
                   GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (!g_str_has_prefix (lines[i], FIRST_FRAME_PREFIX))
        continue;

      fields = g_strsplit (lines[i] + strlen (FIRST_FRAME_PREFIX), " ", -1);
      if (g_strv_length (fields) != 2 ||
          !g_ascii_string_to_signed (fields[0], 10, 0, G_MAXINT64, frame_us, NULL) ||
          !g_ascii_string_to_unsigned (fields[1], 10, 0, G_MAXUINT64, rss_kib, NULL))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "it printed “%s”, which is not “first-frame <monotonic_us> <vmhwm_kib>”",
                       lines[i]);
          return FALSE;
        }

      return TRUE;
    }

  return FALSE;
}

static char *
describe_exit (GSubprocess *subprocess)
{
  if (g_subprocess_get_if_signaled (subprocess))
    {
      int signum = g_subprocess_get_term_sig (subprocess);

      return g_strdup_printf ("was killed by signal %d (%s)", signum, g_strsignal (signum));
    }

  return g_strdup_printf ("exited with status %d", g_subprocess_get_exit_status (subprocess));
}

/* Adds the end of the child's error output to @error, where the reason for
 * a failure (a missing display, a critical warning) usually is. */
static void
append_stderr_tail (GError     *error,
                    const char *stderr_text)
{
  const char *tail = stderr_text;
  size_t len = strlen (stderr_text);
  char *message;

  if (len == 0)
    return;

  if (len > STDERR_TAIL_BYTES)
    tail = g_utf8_find_next_char (stderr_text + len - STDERR_TAIL_BYTES, NULL);

  message = g_strdup_printf ("%s\n\nThe end of its error output:\n%s%s",
                             error->message,
                             tail != stderr_text ? "…" : "",
                             tail);
  g_free (error->message);
  error->message = message;
}

/* Starts @program once and waits until it has printed its first frame and
 * exited, or LAUNCH_TIMEOUT_S have passed, in which case it is killed. */
static gboolean
launch_once (const Program        *program,
             GSubprocessLauncher  *launcher,
             gboolean              forward_stderr,
             double               *first_frame_ms,
             double               *peak_rss_mib,
             GError              **error)
{
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GOutputStream) stdout_sink = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) stderr_sink = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GSource) timeout = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GError) failure = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autofree char *exit_text = NULL;
  Launch launch = { FALSE, };
  gboolean finished;
  gboolean reported;
  gint64 spawn_us;
  gint64 frame_us = 0;
  guint64 rss_kib = 0;

  spawn_us = g_get_monotonic_time ();
  subprocess = g_subprocess_launcher_spawn (launcher, error, program->path, NULL);
  if (subprocess == NULL)
    {
      g_prefix_error (error, "Could not start %s: ", program->name);
      return FALSE;
    }

  g_output_stream_splice_async (stdout_sink,
                                g_subprocess_get_stdout_pipe (subprocess),
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT,
                                cancellable,
                                splice_done_cb,
                                &launch.stdout_done);
  g_output_stream_splice_async (stderr_sink,
                                g_subprocess_get_stderr_pipe (subprocess),
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT,
                                cancellable,
                                splice_done_cb,
                                &launch.stderr_done);
  g_subprocess_wait_async (subprocess, NULL, wait_done_cb, &launch.exited);

  timeout = g_timeout_source_new_seconds (LAUNCH_TIMEOUT_S);
  g_source_set_callback (timeout, timeout_cb, &launch, NULL);
  g_source_attach (timeout, NULL);

  while (!launch.timed_out && !launch_is_finished (&launch))
    g_main_context_iteration (NULL, TRUE);

  g_source_destroy (timeout);

  /* The callbacks point into this stack frame, so every operation has to
   * be over before returning, even when the child hangs. The pipes are
   * cancelled as well as the child killed, because something it started
   * may still hold them open. */
  finished = launch_is_finished (&launch);
  if (!finished)
    {
      g_subprocess_force_exit (subprocess);
      g_cancellable_cancel (cancellable);

      while (!launch_is_finished (&launch))
        g_main_context_iteration (NULL, TRUE);
    }

  stdout_text = dup_sink_text (stdout_sink);
  stderr_text = dup_sink_text (stderr_sink);
  exit_text = describe_exit (subprocess);
  reported = parse_first_frame (stdout_text, &frame_us, &rss_kib, &parse_error);

  if (parse_error != NULL)
    {
      g_set_error (&failure, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s (%s) broke the first-frame protocol: %s",
                   program->name, program->path, parse_error->message);
    }
  else if (!finished && reported)
    {
      g_set_error (&failure, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "%s (%s) reported its first frame but had not exited after %d s, so it was killed. "
                   "After printing the first-frame line it must quit.",
                   program->name, program->path, LAUNCH_TIMEOUT_S);
    }
  else if (!finished)
    {
      g_set_error (&failure, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "%s (%s) did not report its first frame within %d s, so it was killed. "
                   "It must print “first-frame <monotonic_us> <vmhwm_kib>” once its content is "
                   "on screen, as launch-electors and empty-window do; the electors binary "
                   "itself never does. If it is a single-instance app, a copy already running "
                   "on this session bus would also take the launch away from it.",
                   program->name, program->path, LAUNCH_TIMEOUT_S);
    }
  else if (!reported)
    {
      g_set_error (&failure, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s (%s) %s without reporting its first frame.",
                   program->name, program->path, exit_text);
    }
  else if (!g_subprocess_get_successful (subprocess))
    {
      g_set_error (&failure, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s (%s) reported its first frame but then %s.",
                   program->name, program->path, exit_text);
    }
  else if (frame_us < spawn_us)
    {
      g_set_error (&failure, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s (%s) reported a first frame at %" G_GINT64_FORMAT " µs, before it was started "
                   "at %" G_GINT64_FORMAT " µs; it must use g_get_monotonic_time ().",
                   program->name, program->path, frame_us, spawn_us);
    }

  if (failure != NULL)
    {
      append_stderr_tail (failure, stderr_text);
      g_propagate_error (error, g_steal_pointer (&failure));
      return FALSE;
    }

  /* Warnings printed on the way to the first frame are worth seeing once,
   * even when the launch worked. */
  if (forward_stderr && *stderr_text != '\0')
    g_printerr ("%s printed this on its error output:\n%s\n", program->name, stderr_text);

  *first_frame_ms = (frame_us - spawn_us) / 1000.0;
  *peak_rss_mib = rss_kib / 1024.0;

  return TRUE;
}

static gboolean
measure_once (Program              *program,
              GSubprocessLauncher  *launcher,
              guint                 run,
              guint                 n_runs,
              GError              **error)
{
  double first_frame_ms;
  double peak_rss_mib;

  if (!launch_once (program, launcher, FALSE, &first_frame_ms, &peak_rss_mib, error))
    return FALSE;

  g_array_append_val (program->first_frame_ms, first_frame_ms);
  g_array_append_val (program->peak_rss_mib, peak_rss_mib);

  g_printerr ("%-12s  run %2u/%u  %8.1f ms  %7.1f MiB\n",
              program->name, run, n_runs, first_frame_ms, peak_rss_mib);

  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);
  guint n = sorted->len;

  g_assert (n > 0);

  g_array_sort (sorted, compare_doubles);

  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);

  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2.0;
}

static double
minimum (GArray *values)
{
  double result = g_array_index (values, double, 0);

  for (guint i = 1; i < values->len; i++)
    result = MIN (result, g_array_index (values, double, i));

  return result;
}

static double
maximum (GArray *values)
{
  double result = g_array_index (values, double, 0);

  for (guint i = 1; i < values->len; i++)
    result = MAX (result, g_array_index (values, double, i));

  return result;
}

static void
append_json_string (GString    *json,
                    const char *value)
{
  if (value == NULL)
    {
      g_string_append (json, "null");
      return;
    }

  g_string_append_c (json, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (json, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (json, "\\u%04x", (guint) (guchar) *p);
      else
        g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
}

/* The numbers go through printf's %f, which is safe for JSON because main ()
 * keeps LC_NUMERIC in the C locale. */
static void
print_program_json (const Program *program,
                    const char    *renderer)
{
  g_autoptr(GString) json = g_string_new ("{\"program\": ");

  append_json_string (json, program->name);
  g_string_append (json, ", \"path\": ");
  append_json_string (json, program->path);
  g_string_append (json, ", \"renderer\": ");
  append_json_string (json, renderer);
  g_string_append_printf (json,
                          ", \"runs\": %u"
                          ", \"first_frame_ms_median\": %.1f"
                          ", \"first_frame_ms_min\": %.1f"
                          ", \"first_frame_ms_max\": %.1f"
                          ", \"peak_rss_mib_median\": %.1f}",
                          program->first_frame_ms->len,
                          median (program->first_frame_ms),
                          minimum (program->first_frame_ms),
                          maximum (program->first_frame_ms),
                          median (program->peak_rss_mib));

  g_print ("%s\n", json->str);
}

static void
print_summary_json (const Program *baseline,
                    const Program *electors)
{
  double extra_rss_mib = median (electors->peak_rss_mib) - median (baseline->peak_rss_mib);

  /* A difference that rounds to nothing is printed as 0.0, not as a “-0.0”
   * that reads like a finding. */
  if (extra_rss_mib > -0.05 && extra_rss_mib < 0.05)
    extra_rss_mib = 0.0;

  g_print ("{\"ratio_first_frame\": %.3f, \"extra_peak_rss_mib\": %.1f, \"target_ratio\": %.2f}\n",
           median (electors->first_frame_ms) / median (baseline->first_frame_ms),
           extra_rss_mib,
           TARGET_RATIO);
}

static gboolean
check_executable (const Program  *program,
                  GError        **error)
{
  if (g_file_test (program->path, G_FILE_TEST_IS_EXECUTABLE) &&
      !g_file_test (program->path, G_FILE_TEST_IS_DIR))
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               "There is no %s program at %s. Build it first (meson compile -C build) "
               "or point to it with --%s PATH.",
               program->name, program->path,
               g_str_equal (program->name, "electors") ? "electors" : "empty");

  return FALSE;
}

static GSubprocessLauncher *
create_launcher (const char *renderer)
{
  GSubprocessLauncher *launcher;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);

  /* Neither the user's settings nor a dconf round trip should decide the
   * result, and the accessibility bus is not part of what we measure:
   * NO_AT_BRIDGE covers a GTK 3 bridge in the process, GTK_A11Y the GTK 4
   * one, which would otherwise wait for a bus that Xvfb does not have. */
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);

  /* We checked for an X server; in a Wayland session GTK would otherwise
   * prefer Wayland, and the two programs must be measured on the same one. */
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "x11", TRUE);

  if (renderer != NULL)
    g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", renderer, TRUE);

  return launcher;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *electors_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *renderer_option = NULL;
  g_auto(Program) baseline = { NULL, };
  g_auto(Program) electors = { NULL, };
  Program *programs[2];
  const char *display;
  const char *renderer;
  int n_runs = DEFAULT_RUNS;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs,
      "Measured launches of each program (default 10)", "N" },
    { "electors", 0, 0, G_OPTION_ARG_FILENAME, &electors_path,
      "The Electors launch program (default: launch-electors of this build)", "PATH" },
    { "empty", 0, 0, G_OPTION_ARG_FILENAME, &empty_path,
      "The empty-window baseline (default: the one in this build)", "PATH" },
    { "renderer", 0, 0, G_OPTION_ARG_STRING, &renderer_option,
      "GSK_RENDERER for both programs, e.g. cairo, gl or ngl (default: inherited)", "NAME" },
    { NULL }
  };

  /* The person's locale for messages and their character set, but the C
   * locale's “.” in the JSON numbers. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Times launch to first frame of Electors against an empty libadwaita window.\n"
                                "Needs an X server; without a desktop, run it as\n"
                                "  " XVFB_COMMAND);
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\nTry “%s --help”.\n", error->message, g_get_prgname ());
      return EXIT_USAGE;
    }

  if (argc > 1)
    {
      g_printerr ("Unexpected argument “%s”.\nTry “%s --help”.\n", argv[1], g_get_prgname ());
      return EXIT_USAGE;
    }

  if (n_runs < 1 || n_runs > MAX_RUNS)
    {
      g_printerr ("--runs must be between 1 and %d, not %d.\n", MAX_RUNS, n_runs);
      return EXIT_USAGE;
    }

  if (renderer_option != NULL && *renderer_option == '\0')
    {
      g_printerr ("--renderer needs a name, e.g. cairo, gl or ngl.\n");
      return EXIT_USAGE;
    }

  display = g_getenv ("DISPLAY");
  if (display == NULL || *display == '\0')
    {
      g_printerr ("bench-launch times real windows, so it needs an X server, and DISPLAY is not set.\n"
                  "Run it as\n"
                  "  " XVFB_COMMAND "\n");
      return EXIT_USAGE;
    }

  program_init (&baseline, "empty-window", empty_path ? empty_path : EMPTY_WINDOW_BIN);
  program_init (&electors, "electors", electors_path ? electors_path : LAUNCH_ELECTORS_BIN);

  if (!check_executable (&baseline, &error) || !check_executable (&electors, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_USAGE;
    }

  renderer = renderer_option ? renderer_option : g_getenv ("GSK_RENDERER");
  launcher = create_launcher (renderer_option);

  programs[0] = &baseline;
  programs[1] = &electors;

  /* One launch of each that does not count, so that both start with their
   * files in the page cache rather than only the one that happens to go
   * second. */
  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    {
      double first_frame_ms;
      double peak_rss_mib;

      if (!launch_once (programs[p], launcher, TRUE, &first_frame_ms, &peak_rss_mib, &error))
        {
          g_printerr ("Warm-up failed: %s\n", error->message);
          return EXIT_FAILED_RUN;
        }
    }

  /* Alternating the two spreads whatever else the machine is doing over
   * both, instead of loading it onto one. */
  for (guint run = 1; run <= (guint) n_runs; run++)
    {
      for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
        {
          if (!measure_once (programs[p], launcher, run, n_runs, &error))
            {
              g_printerr ("Run %u failed: %s\n", run, error->message);
              return EXIT_FAILED_RUN;
            }
        }
    }

  print_program_json (&baseline, renderer);
  print_program_json (&electors, renderer);
  print_summary_json (&baseline, &electors);

  return EXIT_SUCCESS;
}
