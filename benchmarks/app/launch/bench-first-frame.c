/* bench-first-frame.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one line that the programs bench-launch starts print when their
 * content is first on screen (see bench-launch.c). This is a developer
 * tool, so its messages are not translated.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bench-first-frame.h"

/* The peak resident memory so far, VmHWM, or 0 if it cannot be read. */
static guint64
read_vmhwm_kib (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  const char *field;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, &error))
    {
      g_warning ("Could not read the peak memory use: %s", error->message);
      return 0;
    }

  /* VmHWM is never the first line, so anchoring on the newline keeps a
   * match inside another field's value from counting. */
  field = strstr (status, "\nVmHWM:");
  if (field == NULL)
    {
      g_warning ("Could not read the peak memory use: /proc/self/status has no VmHWM line");
      return 0;
    }

  return g_ascii_strtoull (field + strlen ("\nVmHWM:"), NULL, 10);
}

/**
 * bench_first_frame_report:
 * @app: the application to quit
 * @frame_us: g_get_monotonic_time() when the frame had been painted
 *
 * Prints `first-frame <monotonic_us> <vmhwm_kib>` and quits @app. The
 * caller takes @frame_us before anything else, so that reading /proc is
 * not counted as part of the launch.
 */
void
bench_first_frame_report (GApplication *app,
                          gint64        frame_us)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_print ("first-frame %" G_GINT64_FORMAT " %" G_GUINT64_FORMAT "\n", frame_us, read_vmhwm_kib ());
  fflush (stdout);

  g_application_quit (app);
}
