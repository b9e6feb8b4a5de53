/* test-closest-section.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The “How close was it?” section and the paths to a majority in the real
 * window: they answer after every click, ring their states on the map, and
 * read at classroom sizes, light and dark, and in presentation mode.
 */

#include "config.h"

#include <adwaita.h>

#include "ec-closest-section.h"
#include "ec-explain-pane.h"
#include "ec-map-view.h"
#include "ec-paths-view.h"
#include "ec-side-panel.h"
#include "ec-test-ui.h"
#include "ec-window.h"

static const char * const swing_2024[] = { "AZ", "GA", "MI", "NV", "NC", "PA", "WI", "ME-2", "NE-2" };

static EcSidePanel *
side_panel_of (EcWindow *window)
{
  return EC_SIDE_PANEL (ec_window_get_side_panel (window));
}

static void
activate (EcWindow   *window,
          const char *action,
          const char *parameter)
{
  if (parameter != NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, "s", parameter));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
}

static GtkWidget *
child (GtkWidget  *widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);

  return GTK_WIDGET (object);
}

static gboolean
is_highlighted (EcWindow   *window,
                const char *unit_id)
{
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));

  return ec_map_renderer_is_highlighted (ec_map_view_get_renderer (view), unit_id);
}

/* Scrolls the side panel so that @widget is at its top, for screenshots of
 * the part that matters. */
static void
scroll_to (EcWindow  *window,
           GtkWidget *widget)
{
  GtkWidget *scroller = child (GTK_WIDGET (side_panel_of (window)), EC_TYPE_SIDE_PANEL, "scroller");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t top;

  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (adjustment, top.y);
  ec_test_wait_for_frames (GTK_WIDGET (window));
}

static void
screenshot_light_and_dark (EcWindow   *window,
                           const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);

  ec_test_save_screenshot (GTK_WIDGET (window), light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ec_test_wait_ms (300);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ec_test_wait_for_frames (GTK_WIDGET (window));
}

/* 2016: the section says what the analysis says, rings Michigan,
 * Pennsylvania and Wisconsin when asked, and answers again after a click. */
static void
test_closest_2016 (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcClosestSection *section = ec_side_panel_get_closest_section (side_panel_of (window));
  EcScenario *scenario;
  g_autoptr(GdkTexture) shot = NULL;
  EcCandidate *clinton;

  activate (window, "win.election", "2016");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ec_side_panel_get_paths_view (side_panel_of (window)))));
  g_assert_cmpstr (ec_closest_section_get_text (section, "sentence"), ==,
                   "Switching 38,875 voters in Michigan, Pennsylvania and Wisconsin would have elected Hillary Clinton");
  g_assert_nonnull (strstr (ec_closest_section_get_text (section, "tipping-point"), "The tipping point was Pennsylvania"));
  g_assert_nonnull (strstr (ec_closest_section_get_text (section, "tipping-point"), "44,292 votes, 0.72 points"));
  g_assert_false (is_highlighted (window, "MI"));

  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "map_switch")), TRUE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (is_highlighted (window, "MI"));
  g_assert_true (is_highlighted (window, "PA"));
  g_assert_true (is_highlighted (window, "WI"));
  g_assert_false (is_highlighted (window, "FL"));
  shot = ec_test_take_screenshot (GTK_WIDGET (window), "closest-2016-1366x768.png");
  scroll_to (window, GTK_WIDGET (section));
  screenshot_light_and_dark (window, "closest-2016-1366x768-section");

  /* A click gives Michigan to Clinton: she now needs 27 more, Pennsylvania
   * and Wisconsin (22,147 + 11,375), and Michigan's ring goes. */
  scenario = ec_window_get_scenario (window);
  clinton = ec_scenario_get_candidate (scenario, "hillary-clinton");
  ec_scenario_set_winner (scenario, "MI", clinton);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_closest_section_get_text (section, "sentence"), ==,
                   "Switching 33,522 voters in Pennsylvania and Wisconsin would have elected Hillary Clinton");
  g_assert_false (is_highlighted (window, "MI"));
  g_assert_true (is_highlighted (window, "PA"));

  /* “About the Tipping Point” opens its topic in the panel. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section), "sidepanel.show-topic", "s", "tipping-point"));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_explain_pane_get_topic_id (ec_side_panel_get_explain_pane (side_panel_of (window))), ==,
                   "tipping-point");

  /* Another goal: a tie, from the picker. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "goal_picker")),
                              g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (
                                child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "goal_picker")))) - 2);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (ec_closest_get_goal (ec_closest_section_get_closest (section)), ==, EC_CLOSEST_TIE);

  ec_test_destroy_window (window);
}

/* At 1024 × 768 the panel folds over the map; the section still fits. */
static void
test_closest_small (void)
{
  EcWindow *window = ec_test_create_window (1024, 768);
  EcClosestSection *section = ec_side_panel_get_closest_section (side_panel_of (window));

  activate (window, "win.election", "2020");
  activate (window, "panel.show-side-panel", NULL);
  ec_test_wait_ms (600);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (section)));
  /* 2020: Trump needed 38 more (tests/analysis/test-closest.c works it
   * out by hand). */
  g_assert_cmpstr (ec_closest_section_get_text (section, "sentence"), ==,
                   "Switching 32,507 voters in Arizona, Georgia, Nebraska's 2nd congressional district and "
                   "Wisconsin would have elected Donald Trump");
  g_assert_nonnull (strstr (ec_closest_section_get_text (section, "tipping-point"),
                            "Wisconsin took the total to at least 270. Joe Biden won it by 20,682 votes, 0.63 points."));
  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "map_switch")), TRUE);
  scroll_to (window, GTK_WIDGET (section));
  screenshot_light_and_dark (window, "closest-2020-1024x768");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (section)), <=, 1024);

  ec_test_destroy_window (window);
}

/* A blank map has no popular vote: the section says so, with no number. */
static void
test_closest_blank (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcClosestSection *section = ec_side_panel_get_closest_section (side_panel_of (window));
  g_autoptr(GError) error = NULL;
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (&error);
  g_autoptr(GPtrArray) units = ec_scenario_list_active_units (blank);
  EcCandidate *left, *right;

  g_assert_no_error (error);
  ec_scenario_get_sides (blank, &left, &right);
  /* Every unit decided, so the section rather than the paths shows. */
  for (guint i = 0; i < units->len; i++)
    ec_scenario_set_winner (blank, ec_unit_get_id (g_ptr_array_index (units, i)), i % 2 ? left : right);
  ec_window_set_scenario (window, blank);
  ec_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
  g_assert_cmpstr (ec_closest_section_get_text (section, "sentence"), ==,
                   "Not available: this election has no popular vote to switch");
  g_assert_false (gtk_widget_get_visible (child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "voters_label")));
  g_assert_null (ec_closest_section_get_text (section, "tipping-point"));

  ec_test_destroy_window (window);
}

/* 2024 with its swing states undecided: the paths view counts the 512
 * ways, steps through the smallest, rings them, and counts again after a
 * click. */
static void
test_paths_2024 (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  EcWindow *window = ec_test_create_window (1024, 768);
  EcSidePanel *panel = side_panel_of (window);
  EcPathsView *view = ec_side_panel_get_paths_view (panel);
  EcScenario *scenario;
  g_autofree char *first = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  EcPaths *paths;

  activate (window, "win.election", "2024");
  scenario = ec_window_get_scenario (window);
  for (guint i = 0; i < G_N_ELEMENTS (swing_2024); i++)
    ec_scenario_set_winner (scenario, swing_2024[i], NULL);
  ec_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ec_side_panel_get_closest_section (panel))));
  paths = ec_paths_view_get_paths (view);
  g_assert_cmpuint (ec_paths_get_total (paths), ==, 512);
  g_assert_nonnull (strstr (ec_paths_view_get_text (view, "sentence"), "Of the 512 ways 9 undecided states or districts could go"));
  g_assert_nonnull (ec_paths_view_get_text (view, "must-win"));

  first = g_strdup (ec_paths_view_get_text (view, "step"));
  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (view), EC_TYPE_PATHS_VIEW, "map_switch")), TRUE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (ec_side_panel_get_highlights (panel));
  for (const char * const *id = ec_side_panel_get_highlights (panel); *id != NULL; id++)
    g_assert_true (is_highlighted (window, *id));

  ec_paths_view_step (view, 1);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_paths_view_get_text (view, "step"), !=, first);

  /* The panel folds away at this size; F9 brings it over the map. */
  activate (window, "panel.show-side-panel", NULL);
  ec_test_wait_ms (600);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  shot = ec_test_take_screenshot (GTK_WIDGET (window), "paths-2024-1024x768.png");
  g_clear_object (&shot);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ec_test_wait_ms (300);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  shot = ec_test_take_screenshot (GTK_WIDGET (window), "paths-2024-1024x768-dark.png");
  g_clear_object (&shot);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* A click decides Pennsylvania: 256 ways are left. */
  ec_scenario_set_winner (scenario, "PA", ec_scenario_get_candidate (scenario, "donald-trump"));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (ec_paths_get_total (ec_paths_view_get_paths (view)), ==, 256);
  g_assert_nonnull (strstr (ec_paths_view_get_text (view, "sentence"), "Of the 256 ways 8 undecided"));

  ec_test_destroy_window (window);
}

/* A decided election with its close states opened: the answer stays, and
 * the paths count the states won by less than 5 points. */
static void
test_open_close_states (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcSidePanel *panel = side_panel_of (window);
  EcClosestSection *section = ec_side_panel_get_closest_section (panel);
  EcPathsView *view = ec_side_panel_get_paths_view (panel);
  g_autoptr(GPtrArray) close = NULL;
  EcPaths *paths;

  activate (window, "win.election", "2024");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view)));
  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "open_switch")), TRUE);
  ec_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  close = ec_paths_list_close_units (ec_window_get_scenario (window), 5.0);
  paths = ec_paths_view_get_paths (view);
  g_assert_cmpuint (ec_paths_get_n_units (paths), ==, close->len);
  g_assert_cmpuint (close->len, >=, 6);
  g_assert_nonnull (strstr (ec_paths_view_get_text (view, "sentence"), "in play could go"));

  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (view), EC_TYPE_PATHS_VIEW, "map_switch")), TRUE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  scroll_to (window, GTK_WIDGET (view));
  screenshot_light_and_dark (window, "paths-2024-close-states-1366x768");

  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "open_switch")), FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view)));
  g_assert_null (ec_side_panel_get_highlights (panel));

  ec_test_destroy_window (window);
}

/* Presentation mode, with the panel brought back by F9: the section's
 * numbers grow with the rest. */
static void
test_presentation (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcClosestSection *section = ec_side_panel_get_closest_section (side_panel_of (window));
  GtkWidget *number = child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "voters_label");
  g_autoptr(GdkTexture) shot = NULL;
  int normal, large;

  activate (window, "win.election", "2000");
  g_assert_cmpstr (ec_closest_section_get_text (section, "sentence"), ==,
                   "Switching 269 voters in Florida would have elected Al Gore");
  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (section), EC_TYPE_CLOSEST_SECTION, "map_switch")), TRUE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  gtk_widget_measure (number, GTK_ORIENTATION_VERTICAL, -1, NULL, &normal, NULL, NULL);

  activate (window, "win.present", NULL);
  activate (window, "panel.show-side-panel", NULL);
  ec_test_wait_ms (800);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  gtk_widget_measure (number, GTK_ORIENTATION_VERTICAL, -1, NULL, &large, NULL, NULL);
  g_assert_cmpint (large, >, normal);
  g_assert_true (is_highlighted (window, "FL"));
  shot = ec_test_take_screenshot (GTK_WIDGET (window), "closest-2000-presentation.png");
  scroll_to (window, GTK_WIDGET (section));
  screenshot_light_and_dark (window, "closest-2000-presentation-section");

  /* The paths in presentation mode too: the swing states of 2024. */
  activate (window, "win.election", "2024");
  for (guint i = 0; i < G_N_ELEMENTS (swing_2024); i++)
    ec_scenario_set_winner (ec_window_get_scenario (window), swing_2024[i], NULL);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  scroll_to (window, GTK_WIDGET (ec_side_panel_get_paths_view (side_panel_of (window))));
  screenshot_light_and_dark (window, "paths-2024-presentation");

  activate (window, "win.leave-presentation", NULL);
  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/closest-ui/2016", test_closest_2016);
  g_test_add_func ("/ec/closest-ui/small", test_closest_small);
  g_test_add_func ("/ec/closest-ui/blank", test_closest_blank);
  g_test_add_func ("/ec/closest-ui/paths-2024", test_paths_2024);
  g_test_add_func ("/ec/closest-ui/open-close-states", test_open_close_states);
  g_test_add_func ("/ec/closest-ui/presentation", test_presentation);

  return ec_test_run_ui ();
}
