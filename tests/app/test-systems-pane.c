/* test-systems-pane.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Other ways to choose a president, in a real window: the method and House
 * controls change the map, the tally bar and the majority; the compare
 * table shows the numbers the command line prints.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ec-compare-dialog.h"
#include "ec-explain-pane.h"
#include "ec-side-panel.h"
#include "ec-map-view.h"
#include "ec-palette.h"
#include "ec-report.h"
#include "ec-systems-pane.h"
#include "ec-tally-bar.h"
#include "ec-unit-popover.h"
#include "ec-test-ui.h"
#include "ec-window.h"

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The pane's combo rows in order: method, state, the state's method. */
static void
collect_combo_rows (GtkWidget    *widget,
                    AdwComboRow **rows,
                    guint        *n)
{
  if (ADW_IS_COMBO_ROW (widget))
    {
      if (*n < 3)
        rows[(*n)++] = ADW_COMBO_ROW (widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_combo_rows (child, rows, n);
}

static EcSystemsPane *
pane_of (EcWindow *window)
{
  GtkWidget *pane = find_child (ec_window_get_side_panel (window), EC_TYPE_SYSTEMS_PANE);

  g_assert_nonnull (pane);

  return EC_SYSTEMS_PANE (pane);
}

/* Scrolls the side panel so that the pane is in view, for the screenshots. */
static void
scroll_to_pane (EcWindow *window)
{
  GtkWidget *pane = GTK_WIDGET (pane_of (window));
  GtkWidget *scroller = gtk_widget_get_ancestor (pane, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  graphene_rect_t bounds;

  /* The viewport's child does not move when the panel scrolls. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_compute_bounds (pane, content, &bounds));
  gtk_adjustment_set_value (adjustment, bounds.origin.y - 12);
  ec_test_wait_for_frames (GTK_WIDGET (window));
}

static guint
electoral_votes (EcWindow   *window,
                 const char *candidate_id)
{
  EcTally *tally = ec_tally_bar_get_tally (EC_TALLY_BAR (ec_window_get_tally_bar (window)));
  EcScenario *scenario = ec_tally_get_scenario (tally);

  return ec_tally_get_electoral_votes (tally, ec_scenario_get_candidate (scenario, candidate_id));
}

static AdwComboRow *
method_row_of (EcWindow *window)
{
  GtkWidget *row = find_child (GTK_WIDGET (pane_of (window)), ADW_TYPE_COMBO_ROW);

  g_assert_nonnull (row);

  return ADW_COMBO_ROW (row);
}

static void
test_methods_in_window (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcScenario *scenario;
  EcTally *tally;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.pledged", NULL);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  scenario = ec_window_get_scenario (window);
  g_assert_cmpint (ec_scenario_get_base (scenario), ==, EC_SCENARIO_PLEDGED);
  g_assert_cmpuint (electoral_votes (window, "donald-trump"), ==, 306);

  /* The pane's combo row changes the scenario; the bar follows. */
  adw_combo_row_set_selected (method_row_of (window), EC_METHOD_PROPORTIONAL);
  g_assert_cmpint (ec_scenario_get_method (ec_window_get_scenario (window)), ==, EC_METHOD_PROPORTIONAL);
  g_assert_cmpuint (electoral_votes (window, "donald-trump"), ==, 260);
  g_assert_cmpuint (electoral_votes (window, "hillary-clinton"), ==, 260);
  g_assert_nonnull (strstr (ec_systems_pane_get_text (pane_of (window), "method"), "largest remainder"));
  g_assert_nonnull (strstr (ec_systems_pane_get_text (pane_of (window), "method"), "Amendment 36"));
  /* The explanation beside it says what the rounding rule does. */
  {
    g_autofree char *topic = NULL;

    g_object_get (ec_side_panel_get_explain_pane (EC_SIDE_PANEL (ec_window_get_side_panel (window))), "topic-id", &topic, NULL);
    g_assert_cmpstr (topic, ==, "proportional-electors");
  }
  scroll_to_pane (window);
  ec_test_save_screenshot (GTK_WIDGET (window), "systems-2016-proportional-1366x768.png");

  /* A state's popover says how its electors split. */
  {
    GtkWidget *popover = ec_map_view_open_popover (EC_MAP_VIEW (ec_window_get_map_view (window)), "TX");
    GtkLabel *votes = GTK_LABEL (gtk_widget_get_template_child (popover, EC_TYPE_UNIT_POPOVER, "votes_label"));

    ec_test_wait_for_frames (GTK_WIDGET (window));
    g_test_message ("%s", gtk_label_get_label (votes));
    g_assert_true (g_str_has_prefix (gtk_label_get_label (votes), "38 electoral votes: Donald Trump "));
    g_assert_nonnull (strstr (gtk_label_get_label (votes), "Hillary Clinton "));
    ec_test_save_screenshot (popover, "systems-2016-proportional-popover-tx.png");
    gtk_popover_popdown (GTK_POPOVER (popover));
    ec_test_wait_for_frames (GTK_WIDGET (window));
  }

  /* Undo is one step back to winner-take-all. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (ec_scenario_get_method (ec_window_get_scenario (window)), ==, EC_METHOD_WINNER_TAKE_ALL);
  g_assert_cmpuint (electoral_votes (window, "donald-trump"), ==, 306);
  g_assert_cmpuint (adw_combo_row_get_selected (method_row_of (window)), ==, EC_METHOD_WINNER_TAKE_ALL);

  /* Mixed: the state rows appear, and California alone goes proportional. */
  adw_combo_row_set_selected (method_row_of (window), EC_METHOD_MIXED);
  {
    GtkWidget *pane = GTK_WIDGET (pane_of (window));
    AdwComboRow *rows[3] = { NULL };
    guint n = 0;
    GPtrArray *states = ec_election_get_states (ec_scenario_get_election (ec_window_get_scenario (window)));
    guint california = 0;

    collect_combo_rows (pane, rows, &n);
    g_assert_cmpuint (n, ==, 3);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (rows[1])));
    for (guint i = 0; i < states->len; i++)
      if (g_str_equal (ec_unit_get_id (g_ptr_array_index (states, i)), "CA"))
        california = i;
    adw_combo_row_set_selected (rows[1], california);
    /* Winner-take-all, then proportional: the methods California can use. */
    adw_combo_row_set_selected (rows[2], 1);
    g_assert_cmpint (ec_scenario_get_state_method (ec_window_get_scenario (window), "CA"), ==, EC_METHOD_PROPORTIONAL);
    g_assert_cmpint (ec_scenario_get_state_method (ec_window_get_scenario (window), "TX"), ==, EC_METHOD_WINNER_TAKE_ALL);
    /* California's 55 split 34–22… by its vote: Trump gains some. */
    g_assert_cmpuint (electoral_votes (window, "donald-trump"), >, 306);
  }

  /* The compact in 2016: 165 of 270, so winner-take-all. */
  adw_combo_row_set_selected (method_row_of (window), EC_METHOD_COMPACT);
  g_assert_nonnull (strstr (ec_systems_pane_get_text (pane_of (window), "method"), "165 electoral votes, 105 short of the 270"));
  g_assert_cmpuint (electoral_votes (window, "donald-trump"), ==, 306);

  /* A House of 573: 676 electors, 339 to win, on the bar too. */
  adw_combo_row_set_selected (method_row_of (window), EC_METHOD_WINNER_TAKE_ALL);
  scenario = ec_window_get_scenario (window);
  g_assert_true (ec_scenario_set_house_size (scenario, 573, NULL));
  tally = ec_tally_bar_get_tally (EC_TALLY_BAR (ec_window_get_tally_bar (window)));
  g_assert_cmpuint (ec_tally_get_majority (tally), ==, 339);
  g_assert_cmpuint (electoral_votes (window, "donald-trump") + electoral_votes (window, "hillary-clinton"), ==, 676);
  g_assert_nonnull (strstr (ec_systems_pane_get_text (pane_of (window), "house"), "339 to win"));
  g_assert_nonnull (strstr (ec_tally_bar_get_outcome_text (EC_TALLY_BAR (ec_window_get_tally_bar (window))), "383"));
  scroll_to_pane (window);
  ec_test_save_screenshot (GTK_WIDGET (window), "systems-2016-house-573-1366x768.png");

  /* An election without census populations says the control is not
   * available. The changes above are unsaved: let them go. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2008");
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (ec_test_count_dialogs (), ==, 1);
  ec_test_respond ("discard");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (strstr (ec_systems_pane_get_text (pane_of (window), "house"), "Not available for 2008"));

  ec_test_destroy_window (window);
}

static void
test_compare_dialog (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(EcElection) election = ec_election_new_for_year (2016, NULL);
  g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_PLEDGED);
  EcCompareDialog *dialog = EC_COMPARE_DIALOG (ec_compare_dialog_new (scenario));
  g_autoptr(GdkTexture) dark = NULL;
  guint trump_column = 0;

  gtk_window_set_default_size (GTK_WINDOW (dialog), 1024, 700);
  gtk_window_present (GTK_WINDOW (dialog));
  ec_test_wait_for_frames (GTK_WIDGET (dialog));

  g_assert_cmpuint (ec_compare_dialog_get_rows (dialog), ==, 7);
  g_assert_cmpstr (ec_compare_dialog_get_cell (dialog, 0, 0), ==, "Method");
  for (guint c = 1; ec_compare_dialog_get_cell (dialog, 0, c) != NULL; c++)
    if (g_strcmp0 (ec_compare_dialog_get_cell (dialog, 0, c), "Donald Trump") == 0)
      trump_column = c;
  g_assert_cmpuint (trump_column, >, 0);
  /* Winner-take-all, then proportional, then the national popular vote. */
  g_assert_cmpstr (ec_compare_dialog_get_cell (dialog, 1, trump_column), ==, "306");
  g_assert_cmpstr (ec_compare_dialog_get_cell (dialog, 2, trump_column), ==, "260");
  g_assert_cmpstr (ec_compare_dialog_get_cell (dialog, 3, trump_column), ==, "0");
  g_assert_cmpstr (ec_compare_dialog_get_cell (dialog, 6, 0), ==, "Winner-take-all, House of 544 (Wyoming rule)");
  ec_test_save_screenshot (GTK_WIDGET (dialog), "systems-compare-2016.png");
  gtk_window_destroy (GTK_WINDOW (dialog));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dialog = EC_COMPARE_DIALOG (ec_compare_dialog_new (scenario));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1024, 700);
  gtk_window_present (GTK_WINDOW (dialog));
  ec_test_wait_for_frames (GTK_WIDGET (dialog));
  dark = ec_test_take_screenshot (GTK_WIDGET (dialog), "systems-compare-2016-dark.png");
  g_assert_cmpfloat (ec_test_get_pixel_luminance (dark, 512, 10), <, 0.2);
  gtk_window_destroy (GTK_WINDOW (dialog));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_sizes_and_presentation (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  EcWindow *window;

  window = ec_test_create_window (1024, 768);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2024");
  gtk_widget_activate_action (GTK_WIDGET (window), "panel.show-side-panel", NULL);
  ec_test_wait_ms (600);
  adw_combo_row_set_selected (method_row_of (window), EC_METHOD_NATIONAL_POPULAR_VOTE);
  g_assert_cmpuint (electoral_votes (window, "donald-trump"), ==, 538);
  /* Every state is the national winner's, California included, on the map too. */
  {
    EcMapRenderer *renderer = ec_map_view_get_renderer (EC_MAP_VIEW (ec_window_get_map_view (window)));
    EcScenario *scenario = ec_window_get_scenario (window);
    EcColor california, red;

    ec_palette_get_candidate_color (scenario, ec_scenario_get_candidate (scenario, "donald-trump"), &red);
    g_assert_true (ec_map_renderer_get_unit_color (renderer, "CA", &california));
    g_assert_cmpfloat (california.red, ==, red.red);
    g_assert_cmpfloat (california.blue, ==, red.blue);
  }
  scroll_to_pane (window);
  ec_test_save_screenshot (GTK_WIDGET (window), "systems-2024-npv-1024x768.png");
  ec_test_destroy_window (window);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = ec_test_create_window (1366, 768);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2020");
  adw_combo_row_set_selected (method_row_of (window), EC_METHOD_PROPORTIONAL);
  scroll_to_pane (window);
  ec_test_save_screenshot (GTK_WIDGET (window), "systems-2020-proportional-dark.png");

  /* Presentation mode folds the panel away; the bar keeps the new count. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  ec_test_wait_ms (600);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (ec_window_get_presenting (window));
  g_assert_cmpint (ec_scenario_get_method (ec_window_get_scenario (window)), ==, EC_METHOD_PROPORTIONAL);
  ec_test_save_screenshot (GTK_WIDGET (window), "systems-2020-proportional-presentation-dark.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);
  ec_test_destroy_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_weight_shading (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcMapRenderer *renderer = ec_map_view_get_renderer (EC_MAP_VIEW (ec_window_get_map_view (window)));
  GtkWidget *toggle;
  EcColor wyoming, california, heaviest, light;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2024");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  toggle = find_child (GTK_WIDGET (pane_of (window)), GTK_TYPE_SWITCH);
  g_assert_nonnull (toggle);
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (ec_map_renderer_get_weight_shading (renderer));

  /* Wyoming: 192,573 people per elector, a third of the average of
   * 618,894 (331,108,434 / 535); California 732,903, above it. */
  ec_palette_get_weight_color (EC_WEIGHT_HEAVIEST, &heaviest);
  ec_palette_get_weight_color (EC_WEIGHT_LIGHT, &light);
  g_assert_true (ec_map_renderer_get_unit_color (renderer, "WY", &wyoming));
  g_assert_true (ec_map_renderer_get_unit_color (renderer, "CA", &california));
  g_assert_cmpfloat (wyoming.red, ==, heaviest.red);
  g_assert_cmpfloat (california.red, ==, light.red);
  g_assert_cmpfloat (california.green, ==, light.green);

  /* A House of 10,000 seats brings California close to the average. */
  g_assert_true (ec_scenario_set_house_size (ec_window_get_scenario (window), 10000, NULL));
  g_assert_true (ec_map_renderer_get_unit_color (renderer, "WY", &wyoming));
  g_assert_cmpfloat (wyoming.red, !=, heaviest.red);
  g_assert_true (ec_scenario_set_house_size (ec_window_get_scenario (window), 435, NULL));

  ec_test_wait_ms (300);
  scroll_to_pane (window);
  ec_test_wait_ms (300);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "systems-2024-weights-1366x768.png");

  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  g_assert_true (ec_map_renderer_get_unit_color (renderer, "WY", &wyoming));
  g_assert_cmpfloat (wyoming.red, !=, heaviest.red);
  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/systems-pane/methods-in-window", test_methods_in_window);
  g_test_add_func ("/ec/systems-pane/compare-dialog", test_compare_dialog);
  g_test_add_func ("/ec/systems-pane/sizes-and-presentation", test_sizes_and_presentation);
  g_test_add_func ("/ec/systems-pane/weight-shading", test_weight_shading);

  return ec_test_run_ui ();
}
