/* test-tally-bar.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ec-map-legend.h"
#include "ec-map-view.h"
#include "ec-settings.h"
#include "ec-side-panel.h"
#include "ec-tally-bar.h"
#include "ec-test-ui.h"
#include "ec-window.h"

static void
activate (EcWindow   *window,
          const char *action,
          const char *parameter)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, "s", parameter));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  /* The bar slides to the new tally. */
  ec_test_wait_ms (450);
}

/* Every text the bar's tooltips give, pointing along it pixel by pixel. */
static GPtrArray *
list_tooltips (EcTallyBar *bar)
{
  GPtrArray *texts = g_ptr_array_new ();
  double width = gtk_widget_get_width (GTK_WIDGET (bar));

  for (double x = 0; x < width; x += 0.5)
    {
      const char *text = ec_tally_bar_get_segment_text_at (bar, x);

      if (text != NULL && !g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL))
        g_ptr_array_add (texts, (gpointer)text);
    }

  return texts;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  return g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL);
}

/* 2016 as the electors voted, at a classroom laptop's size: the one-vote
 * segments of Ron Paul, John Kasich, Bernie Sanders and Faith Spotted
 * Eagle, two pixels wide, each have a tooltip that can be pointed at. */
static void
test_small_segments (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcTallyBar *bar = EC_TALLY_BAR (ec_window_get_tally_bar (window));
  g_autoptr(GPtrArray) texts = NULL;

  activate (window, "win.election", "2016");
  texts = list_tooltips (bar);
  for (guint i = 0; i < texts->len; i++)
    g_test_message ("%s", (const char *)g_ptr_array_index (texts, i));

  g_assert_true (has_text (texts, "Donald Trump: 304 electoral votes"));
  g_assert_true (has_text (texts, "Hillary Clinton: 227 electoral votes"));
  g_assert_true (has_text (texts, "Colin Powell: 3 electoral votes"));
  g_assert_true (has_text (texts, "Ron Paul: 1 electoral vote"));
  g_assert_true (has_text (texts, "John Kasich: 1 electoral vote"));
  g_assert_true (has_text (texts, "Bernie Sanders: 1 electoral vote"));
  g_assert_true (has_text (texts, "Faith Spotted Eagle: 1 electoral vote"));
  ec_test_save_screenshot (GTK_WIDGET (window), "tally-bar-2016-as-cast.png");

  /* As pledged, only the two candidates. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pledged", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_wait_ms (450);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = list_tooltips (bar);
  g_assert_false (has_text (texts, "Ron Paul: 1 electoral vote"));
  g_assert_true (has_text (texts, "Hillary Clinton: 232 electoral votes"));

  ec_test_destroy_window (window);
}

/* The colour-blind setting reaches the tally bar, the side panel's dots and
 * the map; screenshots of the maps that show where votes went. */
static void
test_color_blind_and_screenshots (void)
{
  g_autoptr(GSettings) settings = ec_settings_new ();
  EcWindow *window = ec_test_create_window (1366, 768);
  EcMapView *map = EC_MAP_VIEW (ec_window_get_map_view (window));
  EcTallyBar *bar = EC_TALLY_BAR (ec_window_get_tally_bar (window));
  gboolean panel_color_blind;

  activate (window, "win.election", "2016");
  g_assert_false (ec_tally_bar_get_color_blind (bar));

  activate (window, "win.election", "2008");
  ec_test_save_screenshot (GTK_WIDGET (window), "tally-bar-2008.png");
  activate (window, "win.election", "1976");
  ec_test_save_screenshot (GTK_WIDGET (window), "tally-bar-1976.png");
  activate (window, "win.election", "1960");
  ec_test_save_screenshot (GTK_WIDGET (window), "tally-bar-1960.png");

  g_settings_set_string (settings, "palette", "color-blind");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (ec_tally_bar_get_color_blind (bar));
  g_object_get (ec_window_get_side_panel (window), "color-blind", &panel_color_blind, NULL);
  g_assert_true (panel_color_blind);
  g_assert_cmpint (ec_map_renderer_get_palette (ec_map_view_get_renderer (map)), ==, EC_PALETTE_COLOR_BLIND);

  activate (window, "win.election", "2016");
  ec_test_save_screenshot (GTK_WIDGET (window), "tally-bar-2016-color-blind.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_wait_ms (200);
  ec_test_save_screenshot (GTK_WIDGET (window), "tally-bar-2016-color-blind-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  g_settings_set_string (settings, "palette", "standard");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (ec_tally_bar_get_color_blind (bar));

  /* Last, since the changed scenario asks before another election opens. */
  /* Apply State Laws, today's: Washington's votes are cancelled. */
  ec_scenario_set_apply_laws (ec_window_get_scenario (window), TRUE);
  ec_scenario_set_laws_date (ec_window_get_scenario (window), EC_LAWS_TODAY);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_wait_ms (450);
  ec_test_save_screenshot (GTK_WIDGET (window), "tally-bar-2016-state-laws.png");

  ec_test_destroy_window (window);
}

/* On a 1024×768 projector, the key below the map explains both marks of
 * 2016 under today's laws: Texas's stripes and Washington's cancelled
 * votes. */
static void
test_key_on_a_projector (void)
{
  EcWindow *window = ec_test_create_window (1024, 768);
  GtkWidget *legend;
  gboolean split = FALSE, cancelled = FALSE;

  activate (window, "win.election", "2016");
  ec_scenario_set_apply_laws (ec_window_get_scenario (window), TRUE);
  ec_scenario_set_laws_date (ec_window_get_scenario (window), EC_LAWS_TODAY);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_wait_ms (450);

  legend = gtk_widget_get_last_child (ec_window_get_map_view (window));
  g_assert_true (EC_IS_MAP_LEGEND (legend));
  g_assert_true (gtk_widget_get_visible (legend));
  for (guint k = 0; k < ec_map_legend_get_n_keys (EC_MAP_LEGEND (legend)); k++)
    {
      const char *text = ec_map_legend_get_text (EC_MAP_LEGEND (legend), k);

      split |= g_str_has_prefix (text, "Electors split");
      cancelled |= g_str_has_prefix (text, "Faithless votes cancelled by state law");
    }
  g_assert_true (split);
  g_assert_true (cancelled);
  ec_test_save_screenshot (GTK_WIDGET (window), "tally-bar-2016-state-laws-1024.png");

  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/tally-bar/small-segments", test_small_segments);
  g_test_add_func ("/ec/tally-bar/color-blind-and-screenshots", test_color_blind_and_screenshots);
  g_test_add_func ("/ec/tally-bar/key-on-a-projector", test_key_on_a_projector);

  return ec_test_run_ui ();
}
