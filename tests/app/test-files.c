/* test-files.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A teacher's evening and morning: scenarios saved, opened again, bad files
 * refused without losing anything, the autosave after a crash, and the
 * presentation on the projector.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ec-details-dialog.h"
#include "ec-map-view.h"
#include "ec-test-ui.h"
#include "ec-window.h"

static char *
scenario_data (EcWindow *window)
{
  return ec_scenario_to_data (ec_window_get_scenario (window), NULL);
}

static guint
count_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        count++;
    }

  return count;
}

static void
close_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        gtk_window_destroy (toplevel);
    }
  ec_test_wait_for_frames (NULL);
}

static void
test_save_and_open (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("electors-files-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Tuesday lesson.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *on_disk = NULL;
  EcScenario *scenario;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2000");
  scenario = ec_window_get_scenario (window);
  ec_scenario_set_winner (scenario, "FL", ec_scenario_get_candidate (scenario, "al-gore"));
  ec_scenario_set_notes (scenario, "Ask: what if Florida had gone the other way?");

  g_assert_true (ec_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  /* The scenario takes the file's name as its title. */
  g_assert_cmpstr (ec_scenario_get_title (ec_window_get_scenario (window)), ==, "Tuesday lesson");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Tuesday lesson");

  before = scenario_data (window);
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, before);

  /* The file is in Open Recent. */
  ec_test_wait_ms (300);
  {
    GMenuModel *recent = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW, "recent_menu"));
    g_autofree char *uri = g_file_get_uri (file);
    gboolean found = FALSE;

    for (int i = 0; i < g_menu_model_get_n_items (recent); i++)
      {
        g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (recent, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);

        found |= target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri);
      }
    g_assert_true (found);
  }

  /* Title and notes, through their dialog. */
  {
    GtkWidget *details = NULL;
    GListModel *toplevels = gtk_window_get_toplevels ();

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.details", NULL));
    ec_test_wait_for_frames (NULL);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (EC_IS_DETAILS_DIALOG (toplevel))
          details = GTK_WIDGET (toplevel);
      }
    g_assert_nonnull (details);
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (details, EC_TYPE_DETAILS_DIALOG, "title_row")),
                           "Florida, 2000");
    ec_test_wait_for_frames (details);
    ec_test_save_screenshot (details, "files-details-dialog.png");
    ec_details_dialog_apply (EC_DETAILS_DIALOG (details));
    gtk_window_destroy (GTK_WINDOW (details));
    g_assert_cmpstr (ec_scenario_get_title (ec_window_get_scenario (window)), ==, "Florida, 2000");
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Florida, 2000");
    g_assert_true (ec_window_save_to_file (window, file, NULL));
    g_free (before);
    before = scenario_data (window);
  }

  /* A change shows as unsaved. */
  ec_scenario_set_winner (ec_window_get_scenario (window), "OH", NULL);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Florida, 2000");

  /* The next day, in a new window. */
  {
    EcWindow *next_day = ec_test_create_window (1280, 800);

    g_assert_true (ec_window_open_file (next_day, file));
    g_assert_cmpstr (ec_scenario_get_notes (ec_window_get_scenario (next_day)), ==,
                     "Ask: what if Florida had gone the other way?");
    g_assert_cmpstr (ec_window_get_outcome_text (next_day), ==, "Al Gore wins with 291 electoral votes");
    ec_test_destroy_window (next_day);
  }

  /* Saving over a folder fails, and the folder is untouched. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autoptr(GError) save_error = NULL;

    g_assert_false (ec_window_save_to_file (window, folder, &save_error));
    g_assert_nonnull (save_error);
    g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  }

  /* The saved file is as it was before the failed save. */
  {
    g_autofree char *still = NULL;

    g_assert_true (g_file_get_contents (path, &still, NULL, NULL));
    g_assert_cmpstr (still, ==, before);
  }

  g_unlink (path);
  g_rmdir (dir);
  /* Closing with unsaved changes asks first; say no to the question. */
  gtk_window_close (GTK_WINDOW (window));
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 1);
  close_dialogs ();
  ec_test_destroy_window (window);
}

static void
test_bad_files_keep_scenario (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "bad-scenarios", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autofree char *before = NULL;
  const char *name;
  guint n = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "1992");
  ec_scenario_set_winner (ec_window_get_scenario (window), "TX", NULL);
  before = scenario_data (window);

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *after = NULL;

      g_assert_false (ec_window_open_file (window, file));
      ec_test_wait_for_frames (NULL);
      /* A dialog says what is wrong... */
      g_assert_cmpuint (count_dialogs (), ==, 1);
      if (n == 0)
        {
          GListModel *toplevels = gtk_window_get_toplevels ();

          for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
            {
              g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

              if (ADW_IS_MESSAGE_DIALOG (toplevel))
                ec_test_save_screenshot (GTK_WIDGET (toplevel), "files-bad-file-dialog.png");
            }
        }
      close_dialogs ();

      /* ...and the scenario on screen is exactly as it was. */
      after = scenario_data (window);
      g_assert_cmpstr (after, ==, before);
      n++;
    }

  g_assert_cmpuint (n, >=, 20);
  ec_test_destroy_window (window);
}

/* A scenario of 1800 opens in the window like one of today, from a file
 * and from the crash draft, with the map of the Union as it was. */
static void
test_early_election_opens (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autoptr(EcElection) election = ec_election_new_for_year (1800, NULL);
  g_autoptr(EcScenario) early = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  g_autofree char *dir = g_dir_make_tmp ("electors-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "1800.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) autosave = ec_window_get_autosave_file ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));

  ec_scenario_set_winner (early, "NY", ec_scenario_get_candidate (early, "john-adams"));
  g_assert_true (ec_scenario_save_to_file (early, file, NULL));
  before = ec_scenario_to_data (early, NULL);

  g_assert_true (ec_window_open_file (window, file));
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 0);
  after = scenario_data (window);
  g_assert_cmpstr (after, ==, before);
  /* Virginia is a state to click; West Virginia's area is part of it. */
  g_assert_true (gtk_widget_get_child_visible (ec_map_view_get_unit_widget (view, "VA")));
  g_assert_false (gtk_widget_get_child_visible (ec_map_view_get_unit_widget (view, "WV")));

  /* The draft a crash would leave behind comes back too. */
  g_assert_true (ec_scenario_save_to_file (early, autosave, NULL));
  {
    EcWindow *after_crash = ec_test_create_window (1280, 800);
    g_autofree char *restored = NULL;

    g_assert_true (ec_window_restore_autosave (after_crash));
    restored = scenario_data (after_crash);
    g_assert_cmpstr (restored, ==, before);
    ec_test_destroy_window (after_crash);
  }
  g_file_delete (autosave, NULL, NULL);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  ec_test_destroy_window (window);
}

static void
test_autosave_and_restore (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autoptr(GFile) autosave = ec_window_get_autosave_file ();
  g_autofree char *before = NULL;

  g_file_delete (autosave, NULL, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2020");
  ec_scenario_set_winner (ec_window_get_scenario (window), "GA", ec_scenario_get_candidate (ec_window_get_scenario (window), "donald-trump"));
  ec_scenario_add_faithless (ec_window_get_scenario (window), "CA", NULL, 3, NULL, NULL);
  ec_window_flush_autosave (window);
  before = scenario_data (window);

  /* What a crash would leave behind. */
  g_assert_true (g_file_query_exists (autosave, NULL));

  {
    EcWindow *after_crash = ec_test_create_window (1280, 800);
    g_autofree char *restored = NULL;

    g_assert_true (ec_window_restore_autosave (after_crash));
    restored = scenario_data (after_crash);
    g_assert_cmpstr (restored, ==, before);
    g_assert_cmpuint (ec_scenario_get_faithless_count (ec_window_get_scenario (after_crash), "CA"), ==, 3);
    ec_test_destroy_window (after_crash);
  }

  g_file_delete (autosave, NULL, NULL);
  ec_test_destroy_window (window);
}

static void
test_presentation_mode (void)
{
  EcWindow *window = ec_test_create_window (1920, 1080);
  EcMapRenderer *renderer = ec_map_view_get_renderer (EC_MAP_VIEW (ec_window_get_map_view (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  ec_test_wait_ms (500);
  ec_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_true (ec_window_get_presenting (window));
  g_assert_cmpfloat (ec_map_renderer_get_label_scale (renderer), >, 1.0);

  /* Without the header bar, keys step through the elections. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.older-election", NULL));
  g_assert_cmpint (ec_election_get_year (ec_scenario_get_election (ec_window_get_scenario (window))), ==, 2012);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.newer-election", NULL));
  g_assert_cmpint (ec_election_get_year (ec_scenario_get_election (ec_window_get_scenario (window))), ==, 2016);
  /* The bigger labels stay for the whole presentation. */
  g_assert_cmpfloat (ec_map_renderer_get_label_scale (renderer), >, 1.0);
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "presentation-1920x1080.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (ec_window_get_presenting (window));
  g_assert_cmpfloat (ec_map_renderer_get_label_scale (renderer), ==, 1.0);

  ec_test_destroy_window (window);
}

/* Browsing elections is not editing: nothing asks to be saved. */
static void
test_browsing_is_not_editing (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autoptr(GFile) autosave = ec_window_get_autosave_file ();

  g_file_delete (autosave, NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "1984");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2008");
  ec_window_flush_autosave (window);
  g_assert_false (g_file_query_exists (autosave, NULL));

  /* An edit is. */
  ec_scenario_set_winner (ec_window_get_scenario (window), "IN", NULL);
  ec_window_flush_autosave (window);
  g_assert_true (g_file_query_exists (autosave, NULL));

  /* Undone, there is nothing to lose again: closing does not ask. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_window_close (GTK_WINDOW (window));
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 0);
  g_assert_false (g_file_query_exists (autosave, NULL));
}

static void
test_settings_carry_over (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  EcWindow *window = ec_test_create_window (1280, 800);
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));
  double scale;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "1988");
  g_assert_cmpstr (g_settings_get_string (settings, "last-election"), ==, "1988");

  /* Preferences change the map at once. */
  g_settings_set_double (settings, "label-size", 1.5);
  g_object_get (view, "label-scale", &scale, NULL);
  g_assert_cmpfloat (scale, ==, 1.5);
  g_settings_set_boolean (settings, "margin-shading", TRUE);
  g_assert_true (ec_map_view_get_margin_shading (view));
  g_settings_set_string (settings, "palette", "color-blind");
  {
    gboolean patterns;

    g_object_get (view, "patterns", &patterns, NULL);
    g_assert_true (patterns);
  }
  ec_test_wait_for_frames (GTK_WIDGET (window));
  ec_test_save_screenshot (GTK_WIDGET (window), "window-color-blind.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL));
  ec_test_wait_for_frames (NULL);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_PREFERENCES_WINDOW (toplevel))
          {
            ec_test_save_screenshot (GTK_WIDGET (toplevel), "preferences.png");
            gtk_window_destroy (toplevel);
          }
      }
  }

  ec_test_destroy_window (window);

  /* The next start shows the last election. */
  window = ec_window_new (ADW_APPLICATION (g_application_get_default ()));
  g_assert_cmpint (ec_election_get_year (ec_scenario_get_election (ec_window_get_scenario (window))), ==, 1988);
  ec_test_destroy_window (window);

  g_settings_reset (settings, "last-election");
  g_settings_reset (settings, "label-size");
  g_settings_reset (settings, "margin-shading");
  g_settings_reset (settings, "palette");
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/files/save-and-open", test_save_and_open);
  g_test_add_func ("/ec/files/bad-files-keep-scenario", test_bad_files_keep_scenario);
  g_test_add_func ("/ec/files/early-election-opens", test_early_election_opens);
  g_test_add_func ("/ec/files/autosave-and-restore", test_autosave_and_restore);
  g_test_add_func ("/ec/files/presentation-mode", test_presentation_mode);
  g_test_add_func ("/ec/files/settings-carry-over", test_settings_carry_over);
  g_test_add_func ("/ec/files/browsing-is-not-editing", test_browsing_is_not_editing);

  return ec_test_run_ui ();
}
