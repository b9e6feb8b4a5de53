/* ec-fuzz.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-fuzz.h"

/**
 * ec_fuzz_init:
 *
 * Makes GLib's warnings fatal, so that a loader that only complains is
 * found as surely as one that crashes.
 */
void
ec_fuzz_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_once_init_leave (&done, 1);
    }
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
    g_error ("a loader refused its input without saying why");
  if (error->message == NULL || !g_utf8_validate (error->message, -1, NULL))
    g_error ("a loader's message is not valid UTF-8");
  if (strlen (error->message) > 4096)
    g_error ("a loader's message is %zu bytes long", strlen (error->message));
}
