/* test-past-elections.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The elections before 1976 in the window: the map of the Union as it was,
 * the picker of 60 elections, the famous years replayed, their files and
 * their exports.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ec-election-picker.h"
#include "ec-explain-pane.h"
#include "ec-export-dialog.h"
#include "ec-map-legend.h"
#include "ec-map-view.h"
#include "ec-side-panel.h"
#include "ec-tally-bar.h"
#include "ec-test-ui.h"
#include "ec-window.h"

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

static int
year_of (EcWindow *window)
{
  return ec_election_get_year (ec_scenario_get_election (ec_window_get_scenario (window)));
}

static const char *
label_text (GtkWidget  *widget,
            GType       type,
            const char *name)
{
  GObject *label = gtk_widget_get_template_child (widget, type, name);

  g_assert_true (GTK_IS_LABEL (label));

  return gtk_label_get_label (GTK_LABEL (label));
}

static const char *
topic_of (EcWindow *window)
{
  return ec_explain_pane_get_topic_id (ec_side_panel_get_explain_pane (EC_SIDE_PANEL (ec_window_get_side_panel (window))));
}

/* Where a student would click an area, in the map view's coordinates. */
static void
area_point (EcMapView  *view,
            const char *area,
            double     *x,
            double     *y)
{
  EcMapRenderer *renderer = ec_map_view_get_renderer (view);
  EcMapUnit *unit = ec_map_lookup_unit (ec_map_renderer_get_map (renderer), area);
  double scale = gtk_widget_get_scale_factor (GTK_WIDGET (view));

  ec_map_unit_get_label (unit, x, y, NULL, NULL);
  ec_map_renderer_map_to_pixels (renderer, *x, *y, x, y);
  *x /= scale;
  *y /= scale;
}

static gboolean
is_button (EcMapView  *view,
           const char *id)
{
  GtkWidget *button = ec_map_view_get_unit_widget (view, id);

  return button != NULL && gtk_widget_get_child_visible (button);
}

/* The map of each year as the window shows it, and what a student sees of
 * it: which areas are buttons, where a click goes, the key. */
static void
test_history_maps (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));
  const struct {
    int         year;
    const char *buttons;
    const char *not_buttons;
    const char *part;
    const char *parent;
  } cases[] = {
    { 1789, "NY VA MA PA", "ME KY WV NC RI VT DC OH", "KY", "VA" },
    { 1800, "VA KY TN MA", "WV ME OH DC", "ME", "MA" },
    { 1860, "VA SC CA OR", "WV KS NE DC", "WV", "VA" },
    { 1864, "WV VA KS NV", "NE DC CO", NULL, NULL },
    { 1912, "AZ NM CA", "AK HI DC ME-1", NULL, NULL },
    { 1960, "AK HI AL MS", "DC ME-1 NE-1", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", cases[i].year);
      g_autofree char *name = g_strdup_printf ("history-%d.png", cases[i].year);
      g_auto(GStrv) buttons = g_strsplit (cases[i].buttons, " ", -1);
      g_auto(GStrv) not_buttons = g_strsplit (cases[i].not_buttons, " ", -1);
      GtkWidget *legend;

      activate (window, "win.election", year);
      g_assert_cmpint (year_of (window), ==, cases[i].year);
      ec_test_save_screenshot (GTK_WIDGET (window), name);

      for (guint j = 0; buttons[j] != NULL; j++)
        g_assert_true (is_button (view, buttons[j]));
      for (guint j = 0; not_buttons[j] != NULL; j++)
        g_assert_false (is_button (view, not_buttons[j]));

      if (cases[i].part != NULL)
        {
          double x, y;

          /* A click on Maine in 1800 is a click on Massachusetts. */
          area_point (view, cases[i].part, &x, &y);
          g_assert_cmpstr (ec_map_view_pick (view, x, y), ==, cases[i].parent);
        }

      /* The key to the grey areas is on screen, not in a tooltip. */
      legend = gtk_widget_get_last_child (GTK_WIDGET (view));
      g_assert_true (EC_IS_MAP_LEGEND (legend));
      g_assert_true (gtk_widget_get_visible (legend));
      /* Among the keys (split votes have one too). */
      {
        const char *expected = cases[i].year == 1960 ? "No electors: the District of Columbia before the 23rd Amendment"
                                                     : "No electors: not yet a state, not in the Union, or DC before the 23rd Amendment";
        gboolean found = FALSE;

        for (guint k = 0; k < ec_map_legend_get_n_keys (EC_MAP_LEGEND (legend)); k++)
          found |= g_strcmp0 (ec_map_legend_get_text (EC_MAP_LEGEND (legend), k), expected) == 0;
        g_assert_true (found);
      }
    }

  /* Today's map has no such key. */
  activate (window, "win.election", "2024");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_last_child (GTK_WIDGET (view))));

  ec_test_destroy_window (window);
}

/* A student replays 1800 and 1824 and reads why the House decided. */
static void
test_history_house_years (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  GtkWidget *bar = ec_window_get_tally_bar (window);
  GtkWidget *panel = ec_window_get_side_panel (window);
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));

  activate (window, "win.election", "1800");
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==,
                   "Thomas Jefferson and Aaron Burr tie with votes from 73 of the 138 electors each: "
                   "the House of Representatives chooses between them, one vote per state delegation");
  /* The line to cross counts electors, not votes: each had two. */
  g_assert_cmpstr (label_text (bar, EC_TYPE_TALLY_BAR, "majority_label"), ==, "votes from 70 of 138 electors to win");
  g_assert_cmpstr (topic_of (window), ==, "two-votes");
  g_assert_nonnull (strstr (label_text (panel, EC_TYPE_SIDE_PANEL, "popular_summary"), "no popular vote for 1800"));
  ec_test_save_screenshot (GTK_WIDGET (window), "history-1800-window.png");

  /* New York to Burr first: its electors voted for both, so the tie
   * stays; then undecided, and the count waits for its 12 electors. */
  ec_map_view_activate_unit (view, "NY", FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (strstr (ec_window_get_outcome_text (window), "tie with votes from 73 of the 138"));
  ec_map_view_activate_unit (view, "NY", FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (ec_window_get_outcome_text (window), ==, "12 electors are still undecided");
  activate (window, "win.undo", NULL);
  activate (window, "win.undo", NULL);
  g_assert_nonnull (strstr (ec_window_get_outcome_text (window), "tie with votes from 73 of the 138"));

  /* In 1789 nobody was pledged, and the most votes elected: it took 18 of
   * Washington's electors, not 3, to make John Adams president. */
  activate (window, "win.election", "1789");
  g_assert_cmpstr (label_text (panel, EC_TYPE_SIDE_PANEL, "thresholds_label"), ==,
                   "If 33 of the electors who voted for George Washington had named someone else, George Washington "
                   "would fall short of 37 and the House would choose. If 18 of them voted for John Adams instead, "
                   "John Adams would win.");

  activate (window, "win.election", "1824");
  g_assert_nonnull (strstr (ec_window_get_outcome_text (window), "House of Representatives"));
  g_assert_cmpstr (label_text (bar, EC_TYPE_TALLY_BAR, "majority_label"), ==, "131 to win");
  g_assert_cmpstr (topic_of (window), ==, "house-1824");
  /* Six states had no popular vote, and the panel says why. */
  g_assert_nonnull (strstr (label_text (panel, EC_TYPE_SIDE_PANEL, "popular_summary"),
                            "No popular vote in Delaware, Georgia, Louisiana, New York, South Carolina, Vermont: "
                            "in 1824 their legislatures chose the electors."));
  ec_test_save_screenshot (GTK_WIDGET (window), "history-1824-window.png");

  ec_test_destroy_window (window);
}

/* Two other maps first, then 60 elections, newest first, under century
 * headings, with the candidates beside each year. */
static void
test_history_picker (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  GtkDropDown *picker = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW, "election_picker"));
  GListModel *model = gtk_drop_down_get_model (picker);
  g_autoptr(GtkStringList) ids = gtk_string_list_new (NULL);
  const struct { guint position; const char *heading; } headings[] = {
    { 0, "Other maps" }, { 1, NULL }, { 2, "2000–2024" }, { 3, NULL }, { 8, NULL }, { 9, "1900–1996" },
    { 33, NULL }, { 34, "1800–1896" }, { 59, "1789–1796" }, { 61, NULL },
  };
  const int *years;
  guint n_years;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 62);
  g_assert_true (gtk_drop_down_get_enable_search (picker));
  g_assert_nonnull (gtk_drop_down_get_expression (picker));

  /* The window's ids: the two other maps, named as in the header bar,
   * then the years, newest first. */
  {
    g_autoptr(GtkStringObject) petition = g_list_model_get_item (model, 0);
    g_autoptr(GtkStringObject) blank = g_list_model_get_item (model, 1);

    g_assert_cmpstr (gtk_string_object_get_string (petition), ==, "2016: the petition");
    g_assert_cmpstr (gtk_string_object_get_string (blank), ==, "Blank map");
  }
  gtk_string_list_append (ids, "petition-2016");
  gtk_string_list_append (ids, "blank");
  years = ec_election_get_years (&n_years);
  for (guint i = n_years; i > 0; i--)
    {
      g_autofree char *id = g_strdup_printf ("%d", years[i - 1]);
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, n_years - i + 2);

      gtk_string_list_append (ids, id);
      g_assert_cmpstr (gtk_string_object_get_string (item), ==, id);
    }

  /* Who ran, the winner first, as the electors voted. */
  {
    g_autofree char *y2016 = ec_election_picker_dup_candidates (2016);
    g_autofree char *y1860 = ec_election_picker_dup_candidates (1860);
    g_autofree char *y1820 = ec_election_picker_dup_candidates (1820);

    g_assert_cmpstr (y2016, ==, "Donald Trump · Hillary Clinton");
    g_assert_true (g_str_has_prefix (y1860, "Abraham Lincoln · "));
    g_assert_true (g_str_has_prefix (y1820, "James Monroe"));
  }

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autofree char *heading = ec_election_picker_dup_group_title (ids, headings[i].position);

      g_assert_cmpstr (heading, ==, headings[i].heading);
    }

  /* The list as a student opens it, with its headings. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (picker)); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        {
          gtk_popover_popup (GTK_POPOVER (child));
          ec_test_wait_for_frames (child);
          ec_test_wait_ms (200);
          ec_test_save_screenshot (child, "history-picker.png");
          gtk_popover_popdown (GTK_POPOVER (child));
        }
    }
  ec_test_wait_for_frames (GTK_WIDGET (window));

  /* Choosing 1860 in the list opens it. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), "1860"))
        gtk_drop_down_set_selected (picker, i);
    }
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (year_of (window), ==, 1860);

  /* Page Down goes back in time, into the 1850s. */
  activate (window, "win.older-election", NULL);
  g_assert_cmpint (year_of (window), ==, 1856);

  ec_test_destroy_window (window);
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Wait;

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = ec_export_dialog_export_finish (EC_EXPORT_DIALOG (object), result, &wait->error);
  wait->done = TRUE;
}

/* A scenario of 1800 is saved, opened, undone and exported like one of
 * today. */
static void
test_history_files_and_export (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));
  g_autofree char *dir = g_dir_make_tmp ("electors-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "1800.electors", NULL);
  g_autofree char *svg = g_build_filename (dir, "1800.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *dialog;
  AdwComboRow *format_row;

  /* A teacher's file of 1800, New York changed, opened in a window that
   * has nothing to lose. */
  {
    g_autoptr(EcElection) election = ec_election_new_for_year (1800, NULL);
    g_autoptr(EcScenario) prepared = ec_scenario_new (election, EC_SCENARIO_AS_CAST);

    ec_scenario_cycle_winner (prepared, "NY", FALSE);
    saved = ec_scenario_to_data (prepared, NULL);
    g_assert_true (ec_scenario_save_to_file (prepared, file, &error));
    g_assert_no_error (error);
  }

  g_assert_true (ec_test_open (window, file));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (year_of (window), ==, 1800);
  {
    g_autofree char *opened = ec_scenario_to_data (ec_window_get_scenario (window), NULL);

    g_assert_cmpstr (opened, ==, saved);
  }
  g_assert_true (is_button (view, "VA"));
  g_assert_false (is_button (view, "WV"));

  /* Undo stays within the file. */
  ec_map_view_activate_unit (view, "VA", FALSE);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  activate (window, "win.undo", NULL);
  {
    g_autofree char *undone = ec_scenario_to_data (ec_window_get_scenario (window), NULL);

    g_assert_cmpstr (undone, ==, saved);
  }

  dialog = ec_window_open_export_dialog (window);
  ec_test_wait_for_frames (dialog);
  format_row = ADW_COMBO_ROW (gtk_widget_get_template_child (dialog, EC_TYPE_EXPORT_DIALOG, "format_row"));
  adw_combo_row_set_selected (format_row, 1);
  {
    Wait wait = { FALSE, FALSE, NULL };

    /* The dialog draws on another thread. */
    ec_export_dialog_export_async (EC_EXPORT_DIALOG (dialog), svg_file, exported_cb, &wait);
    while (!wait.done)
      g_main_context_iteration (NULL, TRUE);
    g_assert_no_error (wait.error);
    g_assert_true (wait.ok);
  }
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "1800 presidential election"));
  /* Virginia's one label carries its 21 votes; West Virginia has none. */
  g_assert_nonnull (strstr (contents, ">VA</text>"));
  g_assert_nonnull (strstr (contents, ">21</text>"));
  g_assert_null (strstr (contents, ">WV</text>"));
  /* The key may wrap onto two lines. */
  g_assert_nonnull (strstr (contents, ">No electors: not yet a state, not in the Union"));
  gtk_window_close (GTK_WINDOW (dialog));

  g_unlink (svg);
  g_unlink (path);
  g_rmdir (dir);
  ec_test_destroy_window (window);
}

/* A teacher presents 1860 full screen, and in the dark. */
static void
test_history_presentation_and_dark (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  EcWindow *window = ec_test_create_window (1366, 768);

  activate (window, "win.election", "1860");
  activate (window, "win.present", NULL);
  ec_test_wait_ms (500);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (ec_window_get_presenting (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "history-1860-presentation.png");
  activate (window, "win.leave-presentation", NULL);
  ec_test_destroy_window (window);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = ec_test_create_window (1366, 768);
  activate (window, "win.election", "1864");
  ec_test_save_screenshot (GTK_WIDGET (window), "history-1864-dark.png");
  ec_test_destroy_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/past-elections/maps", test_history_maps);
  g_test_add_func ("/ec/past-elections/house-years", test_history_house_years);
  g_test_add_func ("/ec/past-elections/picker", test_history_picker);
  g_test_add_func ("/ec/past-elections/files-and-export", test_history_files_and_export);
  g_test_add_func ("/ec/past-elections/presentation-and-dark", test_history_presentation_and_dark);

  return ec_test_run_ui ();
}
