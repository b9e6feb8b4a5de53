/* ec-fuzz.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ec-fuzz.h"

/**
 * ec_fuzz_init:
 *
 * Makes GLib's warnings fatal, so that a loader that only complains is
 * found as surely as one that crashes.
 */
static void
abort_on_warning (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      /* abort(), not GLib's breakpoint trap, which libFuzzer does not
       * catch: it must save the input that did this. */
      fprintf (stderr, "%s: %s\n", domain ? domain : "fuzz", message);
      abort ();
    }
}

void
ec_fuzz_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_log_set_default_handler (abort_on_warning, NULL);
      g_once_init_leave (&done, 1);
    }
}

/**
 * ec_fuzz_fail:
 * @format: what went wrong
 *
 * Stops the run so that libFuzzer keeps the input.
 */
void
ec_fuzz_fail (const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

/**
 * ec_fuzz_check_error:
 * @error: (nullable): what a loader said when it refused its input
 *
 * A refusal must come with a message a person can read: a #GError with a
 * message that is valid UTF-8 and of a length that fits on a screen.
 */
void
ec_fuzz_check_error (const GError *error)
{
  if (error == NULL)
    ec_fuzz_fail ("a loader refused its input without saying why");
  if (error->message == NULL || !g_utf8_validate (error->message, -1, NULL))
    ec_fuzz_fail ("a loader's message is not valid UTF-8: %s", error->message);
  if (strlen (error->message) > 4096)
    ec_fuzz_fail ("a loader's message is %zu bytes long", strlen (error->message));
}
