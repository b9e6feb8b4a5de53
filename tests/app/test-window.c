/* test-window.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the real window (under Xvfb in CI) and drives it through its actions
 * and widgets, as a student would.
 */

#include "config.h"

#include <adwaita.h>

#include "ec-explain-pane.h"
#include "ec-map-view.h"
#include "ec-side-panel.h"
#include "ec-tally-bar.h"
#include "ec-test-ui.h"
#include "ec-unit-popover.h"
#include "ec-window.h"

static EcSidePanel *
side_panel_of (EcWindow *window)
{
  return EC_SIDE_PANEL (ec_window_get_side_panel (window));
}

static const char *
topic_of (EcWindow *window)
{
  return ec_explain_pane_get_topic_id (ec_side_panel_get_explain_pane (side_panel_of (window)));
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

/* Makes electors faithless the way a student does: in the state's popover. */
static void
make_faithless (EcWindow   *window,
                const char *unit_id,
                guint       count,
                const char *target)
{
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));
  GtkWidget *popover = ec_map_view_open_popover (view, unit_id);
  GtkWidget *spin = child (popover, EC_TYPE_UNIT_POPOVER, "count_spin");
  GtkDropDown *dropdown = GTK_DROP_DOWN (child (popover, EC_TYPE_UNIT_POPOVER, "target_dropdown"));
  GListModel *names = gtk_drop_down_get_model (dropdown);
  guint position = GTK_INVALID_LIST_POSITION;

  ec_test_wait_for_frames (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), target))
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), count);
  gtk_drop_down_set_selected (dropdown, position);
  g_assert_true (gtk_widget_is_sensitive (child (popover, EC_TYPE_UNIT_POPOVER, "add_button")));
  g_signal_emit_by_name (child (popover, EC_TYPE_UNIT_POPOVER, "add_button"), "clicked");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (popover, "window-popover-faithless.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));
}

static void
test_window_opens_latest (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcScenario *scenario = ec_window_get_scenario (window);

  g_assert_cmpint (ec_election_get_year (ec_scenario_get_election (scenario)), ==, 2024);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 312 electoral votes");
  g_assert_cmpstr (topic_of (window), ==, "electoral-college");

  ec_test_save_screenshot (GTK_WIDGET (window), "window-2024.png");

  /* The keyboard shortcuts window opens from the main menu. */
  activate (window, "win.show-help-overlay", NULL);
  {
    GtkWindow *overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

    g_assert_nonnull (overlay);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
    ec_test_save_screenshot (GTK_WIDGET (overlay), "window-shortcuts.png");
    gtk_window_close (overlay);
  }

  ec_test_destroy_window (window);
}

/* The story: 2016 as cast, then pledged, 37 faithless electors and
 * the House, Maine split, and why, without leaving the window. */
static void
test_window_student_story (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcTallyBar *bar = EC_TALLY_BAR (ec_window_get_tally_bar (window));
  EcSidePanel *panel = side_panel_of (window);
  gboolean pledged;

  activate (window, "win.election", "2016");
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 304 electoral votes");
  g_assert_cmpstr (ec_tally_bar_get_left_text (bar), ==, "227");
  g_assert_cmpstr (ec_tally_bar_get_right_text (bar), ==, "304");
  /* Clinton won the popular vote: the pane explains the splits. */
  g_assert_cmpstr (topic_of (window), ==, "popular-vote-splits");
  g_assert_nonnull (strstr (ec_side_panel_get_text (panel, "popular"), "1824, 1876, 1888, 2000 and 2016"));
  ec_test_save_screenshot (GTK_WIDGET (window), "window-2016-as-cast.png");

  activate (window, "win.pledged", NULL);
  g_object_get (window, "pledged", &pledged, NULL);
  g_assert_true (pledged);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 306 electoral votes");
  g_assert_cmpstr (ec_tally_bar_get_left_text (bar), ==, "232");
  g_assert_nonnull (strstr (ec_side_panel_get_text (panel, "thresholds"), "If 37 of Donald Trump’s electors"));
  g_assert_nonnull (strstr (ec_side_panel_get_text (panel, "thresholds"), "If 38 of them voted for Hillary Clinton"));

  make_faithless (window, "TX", 37, "Nobody (abstain)");
  g_assert_cmpuint (ec_scenario_get_faithless_count (ec_window_get_scenario (window), "TX"), ==, 37);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==,
                   "Nobody has 270: the House of Representatives chooses the president, one vote per state delegation");
  g_assert_cmpstr (ec_tally_bar_get_right_text (bar), ==, "269");
  g_assert_cmpstr (topic_of (window), ==, "faithless-electors");
  ec_test_save_screenshot (GTK_WIDGET (window), "window-2016-contingent.png");

  /* Maine winner-take-all, from the side panel. */
  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (panel), EC_TYPE_SIDE_PANEL, "maine_switch")), FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (ec_scenario_get_split (ec_window_get_scenario (window), "ME"));
  g_assert_cmpstr (topic_of (window), ==, "district-method");
  g_assert_cmpstr (ec_tally_bar_get_left_text (bar), ==, "233");
  g_assert_cmpstr (ec_tally_bar_get_right_text (bar), ==, "268");

  /* Undo, twice: Maine split again, then the 37 electors keep their pledge. */
  activate (window, "win.undo", NULL);
  g_assert_true (ec_scenario_get_split (ec_window_get_scenario (window), "ME"));
  g_assert_cmpstr (ec_tally_bar_get_right_text (bar), ==, "269");
  activate (window, "win.undo", NULL);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 306 electoral votes");
  activate (window, "win.redo", NULL);
  g_assert_cmpstr (ec_tally_bar_get_right_text (bar), ==, "269");

  /* Reset to the real (pledged) result, and undo the reset. */
  activate (window, "win.reset", NULL);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 306 electoral votes");
  activate (window, "win.undo", NULL);
  g_assert_cmpstr (ec_tally_bar_get_right_text (bar), ==, "269");

  /* All the way back to 2016 as cast. */
  activate (window, "win.undo", NULL);
  activate (window, "win.undo", NULL);
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 304 electoral votes");
  g_object_get (window, "pledged", &pledged, NULL);
  g_assert_false (pledged);

  ec_test_destroy_window (window);
}

static void
test_window_petition_and_blank (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcSidePanel *panel = side_panel_of (window);

  activate (window, "win.election", "petition-2016");
  g_assert_cmpstr (ec_scenario_get_title (ec_window_get_scenario (window)), ==, "2016: the petition");
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "Donald Trump wins with 306 electoral votes");
  g_assert_cmpstr (topic_of (window), ==, "petition-2016");
  ec_test_save_screenshot (GTK_WIDGET (window), "window-petition.png");

  activate (window, "win.election", "blank");
  g_assert_true (ec_election_is_blank (ec_scenario_get_election (ec_window_get_scenario (window))));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "538 electoral votes are still undecided");
  g_assert_nonnull (strstr (ec_side_panel_get_text (panel, "popular"), "no popular vote"));
  g_assert_cmpstr (topic_of (window), ==, "choosing-electors");
  ec_test_save_screenshot (GTK_WIDGET (window), "window-blank.png");

  ec_test_destroy_window (window);
}

static void
test_window_state_laws (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcSidePanel *panel = side_panel_of (window);

  activate (window, "win.election", "2016");
  gtk_switch_set_active (GTK_SWITCH (child (GTK_WIDGET (panel), EC_TYPE_SIDE_PANEL, "laws_switch")), TRUE);
  ec_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_true (ec_scenario_get_apply_laws (ec_window_get_scenario (window)));
  g_assert_cmpstr (topic_of (window), ==, "state-laws");
  /* First the laws in force in 2016: none of them cancelled a vote. */
  g_assert_nonnull (strstr (ec_side_panel_get_text (panel, "laws"), "No state law in force in 2016"));
  g_assert_cmpstr (ec_tally_bar_get_left_text (EC_TALLY_BAR (ec_window_get_tally_bar (window))), ==, "227");
  ec_test_save_screenshot (gtk_widget_get_ancestor (child (GTK_WIDGET (panel), EC_TYPE_SIDE_PANEL, "laws_row"),
                                                   ADW_TYPE_PREFERENCES_GROUP),
                           "window-laws-2016.png");

  /* Today's laws, chosen in the row under the switch. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (GTK_WIDGET (panel), EC_TYPE_SIDE_PANEL, "laws_date_row")), 1);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (ec_scenario_get_laws_date (ec_window_get_scenario (window)), ==, EC_LAWS_TODAY);
  g_assert_nonnull (strstr (ec_side_panel_get_text (panel, "laws"), "cancel 4 faithless votes"));
  ec_test_save_screenshot (gtk_widget_get_ancestor (child (GTK_WIDGET (panel), EC_TYPE_SIDE_PANEL, "laws_row"),
                                                   ADW_TYPE_PREFERENCES_GROUP),
                           "window-laws-today.png");
  /* The switch names the 16 states of the table that void such votes,
   * California and Tennessee among them. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (child (GTK_WIDGET (panel), EC_TYPE_SIDE_PANEL, "laws_row"))),
                            "in the 16 states that void them"));
  g_assert_cmpstr (ec_tally_bar_get_left_text (EC_TALLY_BAR (ec_window_get_tally_bar (window))), ==, "231");

  ec_test_destroy_window (window);
}

/* A state's popover says what its law does, says once what is uncertain,
 * and links to the sources. */
static void
test_window_law_popover (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));
  GtkWidget *popover;
  const char *law;
  const char *caveat;
  const char *second;

  popover = ec_map_view_open_popover (view, "CA");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  law = gtk_label_get_label (GTK_LABEL (child (popover, EC_TYPE_UNIT_POPOVER, "law_label")));
  caveat = gtk_label_get_text (GTK_LABEL (child (popover, EC_TYPE_UNIT_POPOVER, "caveat_label")));
  g_assert_nonnull (strstr (law, "Since 2023, California has used the Uniform Faithful Presidential Electors Act"));
  g_assert_nonnull (strstr (law, "Senate Bill 103"));
  g_assert_nonnull (strstr (caveat, "Statute: Cal. Elec. Code 6911-6919."));
  g_assert_nonnull (strstr (caveat, "legiscan.com"));
  g_assert_null (strstr (caveat, "partly checked"));
  ec_test_save_screenshot (popover, "window-popover-law-ca.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  popover = ec_map_view_open_popover (view, "AR");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  caveat = gtk_label_get_text (GTK_LABEL (child (popover, EC_TYPE_UNIT_POPOVER, "caveat_label")));
  second = strstr (caveat, "partly checked");
  g_assert_nonnull (second);
  g_assert_null (strstr (second + 1, "partly checked"));
  ec_test_save_screenshot (popover, "window-popover-law-ar.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  ec_test_destroy_window (window);
}

/* Whether the side panel is beside the map, folded away, or over it. */
static AdwFlap *
flap_of (EcWindow *window)
{
  GtkWidget *flap = gtk_widget_get_ancestor (GTK_WIDGET (side_panel_of (window)), ADW_TYPE_FLAP);

  g_assert_nonnull (flap);
  return ADW_FLAP (flap);
}

static void
test_window_sizes_and_dark (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GdkTexture) dark = NULL;
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) small = NULL;
  g_autoptr(GdkTexture) revealed = NULL;
  GtkWidget *map_view;
  GtkWidget *panel;
  EcWindow *window;
  graphene_rect_t bounds;

  /* Dark: the header bar and the panel's background are dark, and the map
   * keeps its candidates' colours (Texas, red, stays far from black). */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = ec_test_create_window (1920, 1080);
  activate (window, "win.election", "2016");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  dark = ec_test_take_screenshot (GTK_WIDGET (window), "window-1920x1080-dark.png");
  g_assert_cmpfloat (ec_test_get_pixel_luminance (dark, 960, 10), <, 0.1);
  panel = GTK_WIDGET (side_panel_of (window));
  g_assert_true (gtk_widget_compute_bounds (panel, GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (ec_test_get_pixel_luminance (dark, bounds.origin.x + bounds.size.width - 4,
                                                  bounds.origin.y + bounds.size.height - 4), <, 0.1);

  /* At 1920 wide the panel sits beside the map, and the map has most of
   * the width. */
  g_assert_false (adw_flap_get_folded (flap_of (window)));
  g_assert_true (adw_flap_get_reveal_flap (flap_of (window)));
  map_view = GTK_WIDGET (ec_window_get_map_view (window));
  g_assert_cmpint (gtk_widget_get_width (map_view), >=, 1920 / 2);
  g_assert_cmpint (gtk_widget_get_width (panel), >, 0);
  ec_test_destroy_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* The same window in light has a light header bar. */
  window = ec_test_create_window (1920, 1080);
  activate (window, "win.election", "2016");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  light = ec_test_take_screenshot (GTK_WIDGET (window), "window-1920x1080.png");
  g_assert_cmpfloat (ec_test_get_pixel_luminance (light, 960, 10), >, 0.6);
  ec_test_destroy_window (window);

  /* A small window folds the side panel away, so the map has the whole
   * width; F9 brings it back over the map. */
  window = ec_test_create_window (1024, 600);
  activate (window, "win.election", "2016");
  small = ec_test_take_screenshot (GTK_WIDGET (window), "window-1024x600.png");
  g_assert_true (adw_flap_get_folded (flap_of (window)));
  g_assert_false (adw_flap_get_reveal_flap (flap_of (window)));
  map_view = GTK_WIDGET (ec_window_get_map_view (window));
  g_assert_cmpint (gtk_widget_get_width (map_view), >=, 1024 - 48);

  activate (window, "panel.show-side-panel", NULL);
  ec_test_wait_ms (600);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  revealed = ec_test_take_screenshot (GTK_WIDGET (window), "window-1024x600-panel.png");
  g_assert_true (adw_flap_get_reveal_flap (flap_of (window)));
  panel = GTK_WIDGET (side_panel_of (window));
  g_assert_true (gtk_widget_get_mapped (panel));
  g_assert_true (gtk_widget_compute_bounds (panel, GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 1024 + 0.5);
  g_assert_cmpfloat (bounds.size.width, >=, 240);
  ec_test_destroy_window (window);
}


/* A new topic is read from its heading: scrolled down the side panel, a
 * change that brings another topic scrolls back up to it. */
static void
test_window_topic_scrolls_up (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcSidePanel *panel = side_panel_of (window);
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (child (GTK_WIDGET (panel), EC_TYPE_SIDE_PANEL, "scroller"));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  ec_test_wait_ms (300);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, 100);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 100);
  /* Another election brings its topic, at the top. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2008"));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  /* The same topic again leaves the panel where the student is reading. */
  gtk_adjustment_set_value (adjustment, 150);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", topic_of (window)));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 150);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", "faithless-electors"));
  g_assert_cmpstr (topic_of (window), ==, "faithless-electors");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  ec_test_destroy_window (window);
}


static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *shortcuts)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (widget, "title", &title, "accelerator", &accelerator, NULL);
      if (accelerator != NULL)
        g_hash_table_insert (shortcuts, g_steal_pointer (&accelerator), g_steal_pointer (&title));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, shortcuts);
}

/* The shortcuts window lists Save As and Print, and the count on its new
 * key; every accelerator in it is one GTK can show as key names. */
static void
test_window_shortcuts (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  g_autoptr(GHashTable) shortcuts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GtkWidget *overlay = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GHashTableIter iter;
  const char *accelerator;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ec_test_wait_for_frames (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        overlay = GTK_WIDGET (toplevel);
    }
  g_assert_nonnull (overlay);
  ec_test_wait_ms (200);
  ec_test_wait_for_frames (overlay);
  ec_test_save_screenshot (overlay, "shortcuts.png");

  collect_shortcuts (overlay, shortcuts);
  g_assert_cmpstr (g_hash_table_lookup (shortcuts, "<Primary><Shift>s"), ==, "Save the scenario under another name");
  g_assert_cmpstr (g_hash_table_lookup (shortcuts, "<Primary>p"), ==, "Print the snapshot");
  g_assert_cmpstr (g_hash_table_lookup (shortcuts, "<Primary><Shift>p"), ==, "As cast or as pledged");

  g_hash_table_iter_init (&iter, shortcuts);
  while (g_hash_table_iter_next (&iter, (gpointer *)&accelerator, NULL))
    {
      g_auto(GStrv) keys = g_strsplit (accelerator, " ", -1);

      for (guint i = 0; keys[i] != NULL; i++)
        {
          guint key;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (keys[i], &key, &mods));
          g_assert_cmpuint (key, !=, 0);
        }
    }

  gtk_window_close (GTK_WINDOW (overlay));
  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/window/opens-latest", test_window_opens_latest);
  g_test_add_func ("/ec/window/student-story", test_window_student_story);
  g_test_add_func ("/ec/window/petition-and-blank", test_window_petition_and_blank);
  g_test_add_func ("/ec/window/state-laws", test_window_state_laws);
  g_test_add_func ("/ec/window/topic-scrolls-up", test_window_topic_scrolls_up);
  g_test_add_func ("/ec/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/ec/window/law-popover", test_window_law_popover);
  g_test_add_func ("/ec/window/sizes-and-dark", test_window_sizes_and_dark);

  return ec_test_run_ui ();
}
