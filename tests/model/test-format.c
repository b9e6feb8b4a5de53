/* test-format.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "ec-format.h"

static void
check (gint64      value,
       const char *expected)
{
  g_autofree char *text = ec_format_count (value);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_count_c_locale (void)
{
  setlocale (LC_ALL, "C");
  check (0, "0");
  check (7, "7");
  check (999, "999");
  check (1000, "1,000");
  check (537, "537");
  check (62984828, "62,984,828");
  check (155238302, "155,238,302");
  check (-4500, "-4,500");
}

static void
test_count_spanish (void)
{
  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    {
      g_test_skip ("the es_ES.UTF-8 locale is not generated (build-aux/setup generates it)");
      return;
    }

  /* Spanish groups with a full stop. */
  check (7, "7");
  check (1000, "1.000");
  check (62984828, "62.984.828");
  check (-4500, "-4.500");
  setlocale (LC_ALL, "C");
}

static void
test_count_no_grouping (void)
{
  /* C.UTF-8, like C, has no thousands separator: counts still get one. */
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_assert_cmpstr (localeconv ()->thousands_sep, ==, "");
  check (155238302, "155,238,302");
  check (100, "100");
  setlocale (LC_ALL, "C");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/format/count-c-locale", test_count_c_locale);
  g_test_add_func ("/ec/format/count-spanish", test_count_spanish);
  g_test_add_func ("/ec/format/count-no-grouping", test_count_no_grouping);

  return g_test_run ();
}
