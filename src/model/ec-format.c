/* ec-format.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
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

/* The smallest step @decimals decimals can show: 1, 0.1, 0.01... */
static double
smallest_step (guint decimals)
{
  double step = 1;

  for (guint i = 0; i < decimals; i++)
    step /= 10;

  return step;
}

/**
 * ec_format_percent:
 * @value: a share, from 0 to 100
 * @decimals: how many decimals to show, at most 3
 *
 * Formats a share of votes with the locale's decimal point, such as
 * “48.2%” (“48,2 %” in Spanish). A share that is not zero but would round
 * to zero reads “under 0.01%”, never “0.00%”, which would say that
 * nobody voted that way.
 *
 * Returns: (transfer full): the formatted share
 */
char *
ec_format_percent (double value,
                   guint  decimals)
{
  double step;
  g_autofree char *number = NULL;

  g_return_val_if_fail (decimals <= 3, NULL);

  step = smallest_step (decimals);
  if (value > 0 && value < step / 2)
    {
      number = g_strdup_printf ("%.*f", (int)decimals, step);
      /* Translators: a share too small to show with the decimals given, e.g. “under 0.01%” */
      return g_strdup_printf (_("under %s%%"), number);
    }

  number = g_strdup_printf ("%.*f", (int)decimals, value);
  /* Translators: a share of votes, e.g. “48.2%” */
  return g_strdup_printf (_("%s%%"), number);
}

/**
 * ec_format_points:
 * @value: a margin, in percentage points
 * @decimals: how many decimals to show, at most 3
 *
 * Formats a margin such as “0.62 points”; one that is not zero but would
 * round to zero reads “under 0.01 points”.
 *
 * Returns: (transfer full): the formatted margin
 */
char *
ec_format_points (double value,
                  guint  decimals)
{
  double step;
  g_autofree char *number = NULL;

  g_return_val_if_fail (decimals <= 3, NULL);

  step = smallest_step (decimals);
  if (value > 0 && value < step / 2)
    {
      number = g_strdup_printf ("%.*f", (int)decimals, step);
      /* Translators: a margin too small to show with the decimals given, e.g. “under 0.01 points” */
      return g_strdup_printf (_("under %s points"), number);
    }

  number = g_strdup_printf ("%.*f", (int)decimals, value);
  /* Translators: a margin in percentage points, e.g. “0.62 points” */
  return g_strdup_printf (_("%s points"), number);
}
