/* test-window.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the real window (under Xvfb in CI) and drives it through its actions
 * and properties, as a student would through the header bar.
 */

#include "config.h"

#include <adwaita.h>

#include "ec-application.h"
#include "ec-test-ui.h"
#include "ec-tally.h"
#include "ec-window.h"

static void
test_window_opens_latest (void)
{
  EcWindow *window = ec_test_create_window (1024, 640);
  EcScenario *scenario = ec_window_get_scenario (window);

  g_assert_nonnull (scenario);
  g_assert_cmpint (ec_election_get_year (ec_scenario_get_election (scenario)), ==, 2024);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 312 electoral votes");

  ec_test_save_screenshot (GTK_WIDGET (window), "window-2024.png");
  ec_test_destroy_window (window);
}

static void
test_window_pick_election (void)
{
  EcWindow *window = ec_test_create_window (1024, 640);
  gboolean pledged;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016"));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (ec_election_get_year (ec_scenario_get_election (ec_window_get_scenario (window))), ==, 2016);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 304 electoral votes");
  ec_test_save_screenshot (GTK_WIDGET (window), "window-2016-as-cast.png");

  /* As pledged: the seven faithless votes go back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pledged", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_object_get (window, "pledged", &pledged, NULL);
  g_assert_true (pledged);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 306 electoral votes");

  /* The pledged switch stays on across elections. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2000"));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "George W. Bush wins with 271 electoral votes");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "blank"));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (ec_election_is_blank (ec_scenario_get_election (ec_window_get_scenario (window))));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "538 electoral votes are still undecided");
  ec_test_save_screenshot (GTK_WIDGET (window), "window-blank.png");

  ec_test_destroy_window (window);
}

static void
test_window_follows_scenario (void)
{
  EcWindow *window = ec_test_create_window (1024, 640);
  EcScenario *scenario = ec_window_get_scenario (window);
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016"));
  g_object_set (window, "pledged", TRUE, NULL);
  scenario = ec_window_get_scenario (window);

  g_assert_true (ec_scenario_add_faithless (scenario, "TX",
                                            ec_scenario_get_candidate (scenario, "hillary-clinton"),
                                            37, NULL, &error));
  g_assert_no_error (error);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==,
                   "Nobody has 270: the House of Representatives chooses the president, one vote per state delegation");
  ec_test_save_screenshot (GTK_WIDGET (window), "window-2016-contingent.png");

  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/window/opens-latest", test_window_opens_latest);
  g_test_add_func ("/ec/window/pick-election", test_window_pick_election);
  g_test_add_func ("/ec/window/follows-scenario", test_window_follows_scenario);

  return ec_test_run_ui ();
}
