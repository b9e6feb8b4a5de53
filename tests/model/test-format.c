/* test-format.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
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


#define CHECK_TEXT(call, expected) \
  G_STMT_START { g_autofree char *text_ = (call); g_assert_cmpstr (text_, ==, expected); } G_STMT_END

static void
test_percent (void)
{
  setlocale (LC_ALL, "C");
  CHECK_TEXT (ec_format_percent (48.18, 1), "48.2%");
  CHECK_TEXT (ec_format_percent (100, 1), "100.0%");
  CHECK_TEXT (ec_format_percent (0, 2), "0.00%");
  /* Not zero, so never “0.00%”: 537 Florida votes of 105 million. */
  CHECK_TEXT (ec_format_percent (0.0005, 2), "under 0.01%");
  CHECK_TEXT (ec_format_percent (0.004, 2), "under 0.01%");
  CHECK_TEXT (ec_format_percent (0.005, 2), "0.01%");
  CHECK_TEXT (ec_format_percent (0.04, 1), "under 0.1%");
  CHECK_TEXT (ec_format_percent (0.3, 0), "under 1%");
  CHECK_TEXT (ec_format_points (0.009, 2), "0.01 points");
  CHECK_TEXT (ec_format_points (0.0049, 2), "under 0.01 points");
  CHECK_TEXT (ec_format_points (1.5, 2), "1.50 points");
}

static void
test_percent_spanish (void)
{
  const char *localedir = g_getenv ("ELECTORS_LOCALEDIR");
  g_autofree char *mo = NULL;

  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    {
      g_test_skip ("the es_ES.UTF-8 locale is not generated (build-aux/setup generates it)");
      return;
    }
  mo = localedir ? g_build_filename (localedir, "es", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL) : NULL;
  if (mo == NULL || !g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      setlocale (LC_ALL, "C");
      g_test_skip ("The Spanish translation is not built");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A decimal comma, and the words translated. */
  CHECK_TEXT (ec_format_percent (48.18, 1), "48,2%");
  CHECK_TEXT (ec_format_percent (0.0005, 2), "menos del 0,01%");
  CHECK_TEXT (ec_format_points (0.0049, 2), "menos de 0,01 puntos");
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
  g_test_add_func ("/ec/format/percent", test_percent);
  g_test_add_func ("/ec/format/percent-spanish", test_percent_spanish);

  return g_test_run ();
}
