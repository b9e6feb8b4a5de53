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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/format/count-c-locale", test_count_c_locale);

  return g_test_run ();
}
