/* test-i18n.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window in Spanish, from the catalogue built with the project.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ec-explain-pane.h"
#include "ec-explanations.h"
#include "ec-side-panel.h"
#include "ec-test-ui.h"
#include "ec-window.h"

static void
test_spanish_window (void)
{
  EcWindow *window;
  const char *format;
  const EcTopic *topic;

  format = g_dngettext (GETTEXT_PACKAGE, "%s wins with %u electoral vote", "%s wins with %u electoral votes", 312);
  /* The catalogue is there and translates. */
  g_assert_cmpstr (format, !=, "%s wins with %u electoral votes");
  g_assert_cmpstr (_("Blank Map"), !=, "Blank Map");

  window = ec_test_create_window (1920, 1080);
  /* The outcome sentence is the translated one, with the right numbers. */
  g_assert_cmpstr (ec_window_get_outcome_text (window), !=, "Donald Trump wins with 312 electoral votes");
  g_assert_nonnull (strstr (ec_window_get_outcome_text (window), "Donald Trump"));
  g_assert_nonnull (strstr (ec_window_get_outcome_text (window), "312"));

  /* The explanations come translated too. */
  topic = ec_explanations_lookup (ec_explanations_get_default (), "electoral-college");
  g_assert_cmpstr (topic->title, !=, "What is the Electoral College?");

  ec_test_save_screenshot (GTK_WIDGET (window), "window-spanish.png");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "window-spanish-2016.png");

  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* Spanish, from the catalogue in the build tree. */
  g_setenv ("LANGUAGE", "es", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ELECTORS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/i18n/spanish-window", test_spanish_window);

  return ec_test_run_ui ();
}
