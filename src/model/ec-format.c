/* ec-format.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ec-format.h"

/**
 * ec_format_count:
 * @value: a count of votes
 *
 * Formats a count with the locale's thousands separator, so that 62984828
 * reads as “62,984,828” (or “62.984.828” in Spanish). Locales without a
 * separator (such as C) get a comma: a long run of digits is hard to read
 * from the back of a classroom.
 *
 * Returns: (transfer full): the formatted count
 */
char *
ec_format_count (gint64 value)
{
  const struct lconv *conv = localeconv ();
  const char *separator = conv->thousands_sep && *conv->thousands_sep ? conv->thousands_sep : ",";
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, value < 0 ? -value : value);
  GString *text = g_string_new (value < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }

  return g_string_free (text, FALSE);
}
