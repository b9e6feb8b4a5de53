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
#include "ec-tally.h"
#include "ec-window.h"

static void
after_paint_cb (GdkFrameClock *clock,
                guint         *painted)
{
  (*painted)++;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

static void
wait_for_frames (GtkWidget *widget)
{
  GdkFrameClock *clock = widget ? gtk_widget_get_frame_clock (widget) : NULL;
  gboolean timed_out = FALSE;
  guint painted = 0;
  gulong handler = 0;
  guint timeout;

  /* Let layout and drawing happen, as they would between two clicks: wait
   * for two painted frames, or a second at most. */
  if (clock != NULL)
    {
      handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
      gtk_widget_queue_draw (widget);
    }

  timeout = g_timeout_add (clock ? 1000 : 100, timeout_cb, &timed_out);
  while (!timed_out && (clock == NULL || painted < 2))
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout);
  if (handler != 0)
    g_signal_handler_disconnect (clock, handler);
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_test_build_filename (G_TEST_BUILT, "screenshots", name, NULL);
  g_mkdir_with_parents (g_test_get_filename (G_TEST_BUILT, "screenshots", NULL), 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

static EcApplication *app;

/* Destroys the window and checks that nothing kept it alive. */
static void
destroy_window (EcWindow *window)
{
  GtkWidget *weak = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&weak);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames (NULL);
  g_assert_null (weak);
}

static EcWindow *
create_window (void)
{
  EcWindow *window;

  window = ec_window_new (ADW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (GTK_WIDGET (window));

  return window;
}

static void
test_window_opens_latest (void)
{
  EcWindow *window = create_window ();
  EcScenario *scenario = ec_window_get_scenario (window);

  g_assert_nonnull (scenario);
  g_assert_cmpint (ec_election_get_year (ec_scenario_get_election (scenario)), ==, 2024);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 312 electoral votes");

  save_screenshot (GTK_WIDGET (window), "window-2024.png");
  destroy_window (window);
}

static void
test_window_pick_election (void)
{
  EcWindow *window = create_window ();
  gboolean pledged;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016"));
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (ec_election_get_year (ec_scenario_get_election (ec_window_get_scenario (window))), ==, 2016);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 304 electoral votes");
  save_screenshot (GTK_WIDGET (window), "window-2016-as-cast.png");

  /* As pledged: the seven faithless votes go back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pledged", NULL));
  wait_for_frames (GTK_WIDGET (window));
  g_object_get (window, "pledged", &pledged, NULL);
  g_assert_true (pledged);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 306 electoral votes");

  /* The pledged switch stays on across elections. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2000"));
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "George W. Bush wins with 271 electoral votes");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "blank"));
  wait_for_frames (GTK_WIDGET (window));
  g_assert_true (ec_election_is_blank (ec_scenario_get_election (ec_window_get_scenario (window))));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "538 electoral votes are still undecided");
  save_screenshot (GTK_WIDGET (window), "window-blank.png");

  destroy_window (window);
}

static void
test_window_follows_scenario (void)
{
  EcWindow *window = create_window ();
  EcScenario *scenario = ec_window_get_scenario (window);
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016"));
  g_object_set (window, "pledged", TRUE, NULL);
  scenario = ec_window_get_scenario (window);

  g_assert_true (ec_scenario_add_faithless (scenario, "TX",
                                            ec_scenario_get_candidate (scenario, "hillary-clinton"),
                                            37, NULL, &error));
  g_assert_no_error (error);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==,
                   "Nobody has 270: the House of Representatives chooses the president, one vote per state delegation");
  save_screenshot (GTK_WIDGET (window), "window-2016-contingent.png");

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ec_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ec/window/opens-latest", test_window_opens_latest);
  g_test_add_func ("/ec/window/pick-election", test_window_pick_election);
  g_test_add_func ("/ec/window/follows-scenario", test_window_follows_scenario);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
