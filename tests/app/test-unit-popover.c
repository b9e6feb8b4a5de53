/* test-unit-popover.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A state's popover in a real window: it fits the classroom's screens, it
 * offers the right people, and its faithless counter says its limit.
 */

#include "config.h"

#include <adwaita.h>

#include <glib/gstdio.h>

#include "ec-candidates-dialog.h"
#include "ec-map-view.h"
#include "ec-palette.h"
#include "ec-test-ui.h"
#include "ec-unit-popover.h"
#include "ec-window.h"

static GtkWidget *
child (GtkWidget  *widget,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, EC_TYPE_UNIT_POPOVER, name);

  g_assert_nonnull (object);

  return GTK_WIDGET (object);
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
open_popover (EcWindow   *window,
              const char *unit_id)
{
  GtkWidget *popover = ec_map_view_open_popover (EC_MAP_VIEW (ec_window_get_map_view (window)), unit_id);

  g_assert_nonnull (popover);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_wait_for_frames (popover);

  return popover;
}

/* Whether @widget lies wholly inside the visible part of @viewport. */
static gboolean
is_inside (GtkWidget *widget,
           GtkWidget *viewport)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, viewport, &bounds))
    return FALSE;

  return bounds.origin.y >= -0.5 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (viewport) + 0.5;
}

/* The popover is no taller than the window and lies inside it, the real
 * result is shown without scrolling, and scrolling reaches every control. */
static void
check_fits (EcWindow   *window,
            GtkWidget  *popover,
            const char *screenshot)
{
  GtkWidget *scroller = child (popover, "scroller");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  int window_height = gtk_widget_get_height (GTK_WIDGET (window));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
  int y = gdk_popup_get_position_y (GDK_POPUP (surface));
  double dx, dy;

  gtk_native_get_surface_transform (GTK_NATIVE (popover), &dx, &dy);
  g_test_message ("window %d high, popover %d high at %d", window_height, gtk_widget_get_height (popover), y);
  g_assert_cmpint (gtk_widget_get_height (popover), <=, window_height);
  /* The surface takes in the shadow; the popover itself must be inside. */
  g_assert_cmpint (y + (int) dy, >=, 0);
  g_assert_cmpint (y + (int) dy + gtk_widget_get_height (popover), <=, window_height);

  g_assert_true (gtk_widget_get_mapped (child (popover, "result_label")));
  g_assert_true (is_inside (child (popover, "result_label"), popover));
  ec_test_save_screenshot (popover, screenshot);

  /* Down to the bottom: the faithless controls and the law are reachable. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  ec_test_wait_for_frames (popover);
  g_assert_true (is_inside (child (popover, "caveat_label"), scroller));
  {
    g_autofree char *bottom = g_strdup_printf ("bottom-%s", screenshot);

    ec_test_save_screenshot (popover, bottom);
  }

  /* And back up to the choice of whom the electors are pledged to. */
  gtk_adjustment_set_value (adjustment, 0);
  ec_test_wait_for_frames (popover);
  g_assert_true (is_inside (child (popover, "choices"), scroller));
}

static void
test_fits (gconstpointer data)
{
  const int *size = data;
  EcWindow *window = ec_test_create_window (size[0], size[1]);
  g_autofree char *name = NULL;
  GtkWidget *popover;

  activate (window, "win.election", "2016");

  /* Texas has faithless electors, a law and a long real result. */
  popover = open_popover (window, "TX");
  name = g_strdup_printf ("popover-tx-%dx%d.png", size[0], size[1]);
  check_fits (window, popover, name);

  /* With more faithless rows, the body grows and must still scroll. */
  g_assert_true (gtk_widget_is_sensitive (child (popover, "add_box")));
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  popover = open_popover (window, "WA");
  g_free (name);
  name = g_strdup_printf ("popover-wa-%dx%d.png", size[0], size[1]);
  check_fits (window, popover, name);
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  ec_test_destroy_window (window);
}

static void
test_fits_presenting (void)
{
  EcWindow *window = ec_test_create_window (1024, 600);
  GtkWidget *popover;

  activate (window, "win.election", "2016");
  activate (window, "win.present", NULL);
  ec_test_wait_ms (300);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));

  popover = open_popover (window, "TX");
  check_fits (window, popover, "popover-tx-presenting.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  activate (window, "win.leave-presentation", NULL);
  ec_test_destroy_window (window);
}

/* Texas's electors in 2016 were pledged to Trump or Clinton (or Johnson or
 * Stein, who ran there); Kasich and Ron Paul only received two faithless
 * votes, so they are offered as faithless choices, not as pledges. */
static void
test_pledged_list (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) joined = g_string_new (NULL);
  GtkWidget *popover;
  GListModel *targets;
  gboolean has_kasich = FALSE;

  activate (window, "win.election", "2016");
  popover = open_popover (window, "TX");

  for (GtkWidget *button = gtk_widget_get_first_child (child (popover, "choices"));
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      if (joined->len > 0)
        g_string_append (joined, ", ");
      g_string_append (joined, gtk_check_button_get_label (GTK_CHECK_BUTTON (button)));
    }
  g_assert_cmpstr (joined->str, ==, "Hillary Clinton, Donald Trump, Gary Johnson, Jill Stein, Undecided");

  targets = gtk_drop_down_get_model (GTK_DROP_DOWN (child (popover, "target_dropdown")));
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    has_kasich |= g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (targets), i), "John Kasich");
  g_assert_true (has_kasich);

  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_destroy_window (window);
}

/* Texas has 38 electors in 2016, two of them faithless: the counter goes up
 * to 36, says so beside it, and a number typed past it is refused with a
 * message that stays. */
static void
test_counter_limit (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcScenario *scenario;
  GtkWidget *popover;
  GtkAdjustment *adjustment;
  GtkWidget *error_label;

  activate (window, "win.election", "2016");
  scenario = ec_window_get_scenario (window);
  g_assert_cmpuint (ec_scenario_get_faithless_count (scenario, "TX"), ==, 2);

  popover = open_popover (window, "TX");
  adjustment = gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (child (popover, "count_spin")));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), ==, 36);
  g_assert_true (gtk_widget_get_visible (child (popover, "counter_label")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (popover, "counter_label"))), ==,
                   "Up to 36 electors can break their pledge. (2 already have.)");

  error_label = child (popover, "error_label");
  g_assert_false (gtk_widget_get_visible (error_label));
  gtk_editable_set_text (GTK_EDITABLE (child (popover, "count_spin")), "40");
  g_signal_emit_by_name (child (popover, "add_button"), "clicked");
  ec_test_wait_for_frames (popover);
  g_assert_cmpuint (ec_scenario_get_faithless_count (scenario, "TX"), ==, 2);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), ==,
                   "Texas has 38 electors. 2 of them have already broken their pledge. At most 36 more can, not 40.");
  ec_test_save_screenshot (popover, "popover-counter-error.png");

  /* The message stays while the map changes elsewhere. */
  ec_scenario_set_winner (scenario, "CA", NULL);
  ec_test_wait_for_frames (popover);
  g_assert_true (gtk_widget_get_visible (error_label));

  /* Within the limit it goes, and the limit follows. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (popover, "count_spin")), 36);
  g_assert_false (gtk_widget_get_visible (error_label));
  g_signal_emit_by_name (child (popover, "add_button"), "clicked");
  ec_test_wait_for_frames (popover);
  g_assert_cmpuint (ec_scenario_get_faithless_count (scenario, "TX"), ==, 38);
  g_assert_false (gtk_widget_is_sensitive (child (popover, "add_box")));
  g_assert_false (gtk_widget_get_visible (child (popover, "counter_label")));

  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_destroy_window (window);
}

static EcCandidatesDialog *
find_candidates_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (EC_IS_CANDIDATES_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return EC_CANDIDATES_DIALOG (window);
    }

  return NULL;
}

/* The blank map as on the reference maps: the student names the two
 * candidates, adds a third, picks colours; the names show in the outcome,
 * the popover and the file, which opens again with them; a click goes
 * round all three. */
static void
test_blank_candidates (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("electors-candidates-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "mock election.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  EcCandidatesDialog *dialog;
  EcScenario *scenario;
  GtkWidget *popover;
  EcWindow *reopened;
  EcColor color, expected;
  guint n;
  const guint32 *swatches = ec_palette_get_swatches (&n);
  const char *names[] = { "Ada Lovelace", "Alan Turing", "Grace Hopper" };

  g_assert_no_error (error);
  activate (window, "win.election", "blank");
  scenario = ec_window_get_scenario (window);
  g_assert_cmpuint (ec_scenario_get_candidates (scenario)->len, ==, 2);

  /* The popover of a blank map leads to the candidates. */
  popover = open_popover (window, "OH");
  g_assert_true (gtk_widget_get_visible (child (popover, "candidates_button")));
  g_signal_emit_by_name (child (popover, "candidates_button"), "clicked");
  ec_test_wait_for_frames (GTK_WIDGET (window));

  activate (window, "win.edit-candidates", NULL);
  dialog = find_candidates_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (gtk_switch_get_active (ec_candidates_dialog_get_third_switch (dialog)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ec_candidates_dialog_get_name_row (dialog, 2))));
  gtk_switch_set_active (ec_candidates_dialog_get_third_switch (dialog), TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (ec_candidates_dialog_get_name_row (dialog, 2))));
  for (guint i = 0; i < 3; i++)
    gtk_editable_set_text (GTK_EDITABLE (ec_candidates_dialog_get_name_row (dialog, i)), names[i]);
  /* Two in one colour cannot be applied. */
  adw_combo_row_set_selected (ec_candidates_dialog_get_color_row (dialog, 0), 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ec_candidates_dialog_get_color_row (dialog, 0))), ==,
                   "Another candidate has this colour");
  ec_test_wait_for_frames (GTK_WIDGET (dialog));
  ec_test_save_screenshot (GTK_WIDGET (dialog), "candidates-dialog-clash.png");
  ec_candidates_dialog_apply (dialog);
  g_assert_false (ec_scenario_has_custom_candidates (ec_window_get_scenario (window)));
  /* Ada purple, Turing green; Grace keeps the third's own colour. */
  adw_combo_row_set_selected (ec_candidates_dialog_get_color_row (dialog, 0), 5);
  adw_combo_row_set_selected (ec_candidates_dialog_get_color_row (dialog, 1), 4);
  ec_test_wait_for_frames (GTK_WIDGET (dialog));
  ec_test_save_screenshot (GTK_WIDGET (dialog), "candidates-dialog.png");
  ec_candidates_dialog_apply (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  scenario = ec_window_get_scenario (window);
  g_assert_cmpuint (ec_scenario_get_candidates (scenario)->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (ec_candidate_get_name (g_ptr_array_index (ec_scenario_get_candidates (scenario), i)), ==, names[i]);
  ec_palette_get_candidate_color (scenario, g_ptr_array_index (ec_scenario_get_candidates (scenario), 0), &color);
  ec_palette_color_from_rgb (swatches[4], &expected);
  g_assert_cmpfloat (color.red, ==, expected.red);
  g_assert_cmpfloat (color.blue, ==, expected.blue);

  /* A click: Ada, Turing, Grace, undecided. */
  ec_map_view_activate_unit (view, "TX", FALSE);
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (scenario, "TX")), ==, "Ada Lovelace");
  ec_map_view_activate_unit (view, "TX", FALSE);
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (scenario, "TX")), ==, "Alan Turing");
  ec_map_view_activate_unit (view, "TX", FALSE);
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (scenario, "TX")), ==, "Grace Hopper");
  ec_map_view_activate_unit (view, "TX", FALSE);
  g_assert_null (ec_scenario_get_winner (scenario, "TX"));

  /* Enough for Ada to win, so that the outcome names her. */
  {
    const char *units[] = { "CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI", "NJ", "VA", NULL };

    for (guint i = 0; units[i] != NULL; i++)
      ec_scenario_set_winner (scenario, units[i], ec_scenario_get_candidate (scenario, "democratic-candidate"));
    ec_scenario_set_winner (scenario, "WA", ec_scenario_get_candidate (scenario, "third-party-candidate"));
    ec_scenario_set_winner (scenario, "AZ", ec_scenario_get_candidate (scenario, "republican-candidate"));
  }
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (strstr (ec_window_get_outcome_text (window), "Ada Lovelace"));
  ec_test_save_screenshot (GTK_WIDGET (window), "blank-named-candidates.png");

  popover = open_popover (window, "WA");
  {
    g_autoptr(GString) joined = g_string_new (NULL);

    for (GtkWidget *button = gtk_widget_get_first_child (child (popover, "choices"));
         button != NULL;
         button = gtk_widget_get_next_sibling (button))
      g_string_append_printf (joined, "%s;", gtk_check_button_get_label (GTK_CHECK_BUTTON (button)));
    g_assert_cmpstr (joined->str, ==, "Ada Lovelace;Alan Turing;Grace Hopper;Undecided;");
  }
  ec_test_save_screenshot (popover, "blank-named-popover.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  /* Saved and opened again in another window, the names and colours stay. */
  g_assert_true (ec_test_save (window, file, &error));
  g_assert_no_error (error);
  reopened = ec_test_create_window (1366, 768);
  g_assert_true (ec_test_open (reopened, file));
  ec_test_wait_for_frames (GTK_WIDGET (reopened));
  g_assert_true (ec_scenario_equal (ec_window_get_scenario (reopened), ec_window_get_scenario (window)));
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_winner (ec_window_get_scenario (reopened), "WA")), ==, "Grace Hopper");
  g_assert_true (ec_scenario_get_candidate_rgb (ec_window_get_scenario (reopened),
                                                ec_scenario_get_candidate (ec_window_get_scenario (reopened), "republican-candidate"),
                                                NULL));
  g_assert_nonnull (strstr (ec_window_get_outcome_text (reopened), "Ada Lovelace"));

  ec_test_destroy_window (reopened);
  ec_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* In dark mode, for a look: the popover at 1024×600 and a named blank map. */
static void
test_dark (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  EcWindow *window;
  GtkWidget *popover;
  GtkWidget *dialog;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = ec_test_create_window (1024, 600);
  activate (window, "win.election", "2016");
  popover = open_popover (window, "TX");
  g_assert_true (adw_style_manager_get_dark (style));
  check_fits (window, popover, "popover-tx-dark-1024x600.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  activate (window, "win.election", "blank");
  ec_scenario_set_third_candidate (ec_window_get_scenario (window), TRUE);
  ec_scenario_set_candidate_rgb (ec_window_get_scenario (window), "democratic-candidate", 0x813d9c);
  ec_scenario_set_winner (ec_window_get_scenario (window), "CA",
                          ec_scenario_get_candidate (ec_window_get_scenario (window), "democratic-candidate"));
  ec_scenario_set_winner (ec_window_get_scenario (window), "TX",
                          ec_scenario_get_candidate (ec_window_get_scenario (window), "third-party-candidate"));
  dialog = ec_candidates_dialog_new (GTK_WINDOW (window), ec_window_get_scenario (window));
  gtk_window_present (GTK_WINDOW (dialog));
  ec_test_wait_for_frames (dialog);
  ec_test_save_screenshot (dialog, "candidates-dialog-dark.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "blank-dark-1024x600.png");

  ec_test_destroy_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static const int small[] = { 1024, 600 };
static const int projector[] = { 1280, 800 };
static const int laptop[] = { 1366, 768 };

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_data_func ("/ec/unit-popover/fits-1024x600", small, test_fits);
  g_test_add_data_func ("/ec/unit-popover/fits-1280x800", projector, test_fits);
  g_test_add_data_func ("/ec/unit-popover/fits-1366x768", laptop, test_fits);
  g_test_add_func ("/ec/unit-popover/fits-presenting", test_fits_presenting);
  g_test_add_func ("/ec/unit-popover/pledged-list", test_pledged_list);
  g_test_add_func ("/ec/unit-popover/counter-limit", test_counter_limit);
  g_test_add_func ("/ec/unit-popover/blank-candidates", test_blank_candidates);
  g_test_add_func ("/ec/unit-popover/dark", test_dark);

  return ec_test_run_ui ();
}
