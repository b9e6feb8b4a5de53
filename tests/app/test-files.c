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
  return ec_test_count_dialogs ();
}

static void
close_dialogs (void)
{
  while (ec_test_count_dialogs () > 0)
    ec_test_respond ("cancel");
}

static void
screenshot_dialog (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          ec_test_wait_for_frames (GTK_WIDGET (toplevel));
          ec_test_save_screenshot (GTK_WIDGET (toplevel), name);
          return;
        }
    }
  g_assert_not_reached ();
}

static GFile *
draft_of (EcWindow *window)
{
  return ec_document_get_draft_file (ec_window_get_document (window));
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

  g_assert_true (ec_test_save (window, file, &error));
  g_assert_no_error (error);
  /* The scenario takes the file's name as its title. */
  g_assert_cmpstr (ec_scenario_get_title (ec_window_get_scenario (window)), ==, "Tuesday lesson");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Tuesday lesson");

  before = scenario_data (window);
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, before);

  /* The file is in Open Recent, once the recent files are written. */
  {
    GMenuModel *recent = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW, "recent_menu"));
    g_autofree char *uri = g_file_get_uri (file);
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    gboolean found = FALSE;

    while (!found && g_get_monotonic_time () < deadline)
      {
        ec_test_wait_ms (50);
        for (int i = 0; i < g_menu_model_get_n_items (recent); i++)
          {
            g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (recent, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);

            found |= target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri);
          }
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
    g_assert_true (ec_test_save (window, file, NULL));
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

    g_assert_true (ec_test_open (next_day, file));
    g_assert_cmpstr (ec_scenario_get_notes (ec_window_get_scenario (next_day)), ==,
                     "Ask: what if Florida had gone the other way?");
    g_assert_cmpstr (ec_window_get_outcome_text (next_day), ==, "Al Gore wins with 291 electoral votes");
    ec_test_destroy_window (next_day);
  }

  /* Saving over a folder fails, and the folder is untouched. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autoptr(GError) save_error = NULL;

    g_assert_false (ec_test_save (window, folder, &save_error));
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

      g_assert_false (ec_test_open (window, file));
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
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EcMapView *view = EC_MAP_VIEW (ec_window_get_map_view (window));

  ec_scenario_set_winner (early, "NY", ec_scenario_get_candidate (early, "john-adams"));
  g_assert_true (ec_scenario_save_to_file (early, file, NULL));
  before = ec_scenario_to_data (early, NULL);

  g_assert_true (ec_test_open (window, file));
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 0);
  after = scenario_data (window);
  g_assert_cmpstr (after, ==, before);
  /* Virginia is a state to click; West Virginia's area is part of it. */
  g_assert_true (gtk_widget_get_child_visible (ec_map_view_get_unit_widget (view, "VA")));
  g_assert_false (gtk_widget_get_child_visible (ec_map_view_get_unit_widget (view, "WV")));

  /* The draft a crash would leave behind comes back too. */
  ec_scenario_set_winner (ec_window_get_scenario (window), "VA", ec_scenario_get_candidate (early, "john-adams"));
  ec_document_write_draft_now (ec_window_get_document (window));
  g_free (before);
  before = scenario_data (window);
  {
    EcWindow *after_crash = ec_test_create_window (1280, 800);
    g_autoptr(EcDocument) restored_document = ec_document_new_from_draft (draft_of (window), NULL);
    g_autofree char *restored = NULL;

    g_assert_nonnull (restored_document);
    ec_window_set_document (after_crash, restored_document);
    restored = scenario_data (after_crash);
    g_assert_cmpstr (restored, ==, before);
    ec_document_discard_draft (restored_document);
    ec_test_destroy_window (after_crash);
  }
  ec_document_discard_draft (ec_window_get_document (window));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  ec_test_destroy_window (window);
}

static void
test_autosave_and_restore (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *before = NULL;
  gboolean listed = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2020");
  ec_scenario_set_winner (ec_window_get_scenario (window), "GA", ec_scenario_get_candidate (ec_window_get_scenario (window), "donald-trump"));
  ec_scenario_add_faithless (ec_window_get_scenario (window), "CA", NULL, 3, NULL, NULL);
  ec_document_write_draft_now (ec_window_get_document (window));
  before = scenario_data (window);
  draft = g_object_ref (draft_of (window));

  /* What a crash would leave behind, and what the next start offers. */
  g_assert_true (g_file_query_exists (draft, NULL));
  drafts = ec_document_list_drafts ();
  for (guint i = 0; i < drafts->len; i++)
    listed |= g_file_equal (g_ptr_array_index (drafts, i), draft);
  g_assert_true (listed);

  {
    EcWindow *after_crash = ec_test_create_window (1280, 800);
    g_autoptr(EcDocument) restored_document = ec_document_new_from_draft (draft, NULL);
    g_autofree char *restored = NULL;

    g_assert_nonnull (restored_document);
    ec_window_set_document (after_crash, restored_document);
    restored = scenario_data (after_crash);
    g_assert_cmpstr (restored, ==, before);
    g_assert_cmpuint (ec_scenario_get_faithless_count (ec_window_get_scenario (after_crash), "CA"), ==, 3);
    /* Still unsaved: closing would ask. */
    g_assert_true (ec_window_is_modified (after_crash));
    ec_document_discard_draft (restored_document);
    ec_test_destroy_window (after_crash);
  }

  ec_document_discard_draft (ec_window_get_document (window));
  g_assert_false (g_file_query_exists (draft, NULL));
  ec_test_destroy_window (window);
}

/* Whether any label under @widget shows its text cut short. */
static gboolean
has_ellipsized_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    {
      g_test_message ("“%s” is cut short", gtk_label_get_label (GTK_LABEL (widget)));
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (has_ellipsized_label (child))
        return TRUE;
    }

  return FALSE;
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
  g_autoptr(GFile) autosave = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "1984");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2008");
  autosave = g_object_ref (draft_of (window));
  ec_document_write_draft_now (ec_window_get_document (window));
  g_assert_false (g_file_query_exists (autosave, NULL));
  g_assert_cmpuint (count_dialogs (), ==, 0);

  /* An edit is. */
  ec_scenario_set_winner (ec_window_get_scenario (window), "IN", NULL);
  ec_document_write_draft_now (ec_window_get_document (window));
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
            /* Nothing in it is cut short, the chosen palette included. */
            g_assert_false (has_ellipsized_label (GTK_WIDGET (toplevel)));
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

static EcScenario *
scenario_of (EcWindow *window)
{
  return ec_window_get_scenario (window);
}

static int
year_of (EcWindow *window)
{
  return ec_election_get_year (ec_scenario_get_election (scenario_of (window)));
}

static void
wait_for_contents (const char *path,
                   const char *expected)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_autofree char *contents = NULL;

  while (g_get_monotonic_time () < deadline)
    {
      g_clear_pointer (&contents, g_free);
      if (g_file_get_contents (path, &contents, NULL, NULL) && g_strcmp0 (contents, expected) == 0)
        return;
      ec_test_wait_ms (20);
    }
  g_assert_cmpstr (contents, ==, expected);
}

/* Save As with a name typed without ".electors" next to a lesson of that
 * name: the chooser never saw the suffixed name, so the window asks. */
static void
test_suffix_asks_before_replacing (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("electors-suffix-XXXXXX", NULL);
  g_autofree char *lesson = g_build_filename (dir, "lesson.electors", NULL);
  g_autofree char *typed = g_build_filename (dir, "lesson", NULL);
  g_autoptr(GFile) chosen = g_file_new_for_path (typed);
  const char *teacher = "{\"format\": \"electors-scenario\", \"version\": 1, \"election\": 2000, \"base\": \"as-cast\", \"winners\": {}}";
  g_autofree char *still = NULL;
  g_autofree char *data = NULL;

  g_assert_true (g_file_set_contents (lesson, teacher, -1, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  ec_scenario_set_winner (scenario_of (window), "TX", NULL);

  ec_window_save_as (window, chosen);
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 1);
  screenshot_dialog ("files-replace-question.png");
  ec_test_respond ("cancel");
  ec_test_wait_ms (200);
  g_assert_true (g_file_get_contents (lesson, &still, NULL, NULL));
  g_assert_cmpstr (still, ==, teacher);
  g_assert_false (g_file_test (typed, G_FILE_TEST_EXISTS));

  /* Said yes to, it replaces the lesson, suffix and all. */
  ec_window_save_as (window, chosen);
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 1);
  ec_test_respond ("replace");
  data = ec_scenario_to_data (scenario_of (window), NULL);
  wait_for_contents (lesson, data);
  g_assert_false (g_file_test (typed, G_FILE_TEST_EXISTS));

  g_unlink (lesson);
  g_rmdir (dir);
  ec_test_destroy_window (window);
}

/* Edits are never dropped by switching election, the count or the page:
 * each asks first, and Cancel keeps everything. */
static void
test_switching_asks (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  const char *actions[] = { "win.election", "win.pledged", "win.older-election", "win.newer-election" };

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  ec_scenario_set_winner (scenario_of (window), "TX", ec_scenario_get_candidate (scenario_of (window), "hillary-clinton"));
  g_assert_true (ec_window_is_modified (window));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      if (i == 0)
        gtk_widget_activate_action (GTK_WIDGET (window), actions[i], "s", "2008");
      else
        gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL);
      ec_test_wait_for_frames (NULL);
      g_test_message ("%s", actions[i]);
      g_assert_cmpuint (count_dialogs (), ==, 1);
      if (i == 0)
        screenshot_dialog ("files-switch-question.png");
      ec_test_respond ("cancel");
      g_assert_cmpint (year_of (window), ==, 2016);
      g_assert_cmpint (ec_scenario_get_base (scenario_of (window)), ==, EC_SCENARIO_AS_CAST);
      g_assert_true (ec_window_is_modified (window));
      g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario_of (window), "TX")), ==, "hillary-clinton");
    }

  /* Discard lets the edits go, and only then. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2008");
  ec_test_wait_for_frames (NULL);
  ec_test_respond ("discard");
  g_assert_cmpint (year_of (window), ==, 2008);
  g_assert_false (ec_window_is_modified (window));
  g_assert_false (g_file_query_exists (draft_of (window), NULL));
  /* A new document: undo does not bring the 2016 edits back. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL) &&
                  year_of (window) != 2008);

  ec_test_destroy_window (window);
}


static const char *
label_of (EcWindow   *window,
          const char *name)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW, name);

  g_assert_true (GTK_IS_LABEL (label));

  return gtk_label_get_label (GTK_LABEL (label));
}

/* Presentation mode says what is on screen, above the map and clear of
 * it; Page Down there never drops edits: it asks, and Cancel keeps them. */
static void
test_presentation_context (void)
{
  EcWindow *window = ec_test_create_window (1366, 768);
  GtkWidget *context = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW,
                                                                  "presentation_context"));
  GtkWidget *map = ec_window_get_map_view (window);
  graphene_rect_t context_box, map_box;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  g_assert_false (gtk_widget_get_visible (context));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  ec_test_wait_ms (300);
  ec_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_mapped (context));
  g_assert_cmpstr (label_of (window, "context_heading"), ==, "2016 presidential election, as cast");
  g_assert_cmpstr (label_of (window, "context_popular"), ==,
                   "Popular vote: Hillary Clinton 48.2% · Donald Trump 46.1%");
  g_assert_true (gtk_widget_compute_bounds (context, GTK_WIDGET (window), &context_box));
  g_assert_true (gtk_widget_compute_bounds (map, GTK_WIDGET (window), &map_box));
  g_assert_cmpfloat (context_box.origin.y + context_box.size.height, <=, map_box.origin.y);
  ec_test_save_screenshot (GTK_WIDGET (window), "presentation-context-1366x768.png");

  /* On a 1024×768 projector, in dark, it stays clear of the map too. */
  {
    AdwStyleManager *style = adw_style_manager_get_default ();
    EcWindow *small;
    GtkWidget *small_context;
    graphene_rect_t box, small_map;

    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    small = ec_test_create_window (1024, 768);
    gtk_widget_activate_action (GTK_WIDGET (small), "win.election", "s", "2016");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (small), "win.present", NULL));
    ec_test_wait_ms (300);
    ec_test_wait_for_frames (GTK_WIDGET (small));
    small_context = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (small), EC_TYPE_WINDOW, "presentation_context"));
    g_assert_true (gtk_widget_compute_bounds (small_context, GTK_WIDGET (small), &box));
    g_assert_true (gtk_widget_compute_bounds (ec_window_get_map_view (small), GTK_WIDGET (small), &small_map));
    g_assert_cmpfloat (box.origin.y + box.size.height, <=, small_map.origin.y);
    g_assert_cmpfloat (box.size.width, <=, 1024);
    ec_test_save_screenshot (GTK_WIDGET (small), "presentation-context-1024x768-dark.png");
    ec_test_destroy_window (small);
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  }

  /* The count and the election follow every change. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pledged", NULL));
  g_assert_cmpstr (label_of (window, "context_heading"), ==, "2016 presidential election, as pledged");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.older-election", NULL));
  g_assert_cmpint (year_of (window), ==, 2012);
  g_assert_cmpstr (label_of (window, "context_heading"), ==, "2012 presidential election, as pledged");
  g_assert_true (g_str_has_prefix (label_of (window, "context_popular"), "Popular vote: Barack Obama 51.1%"));

  /* A scenario's title is said first. */
  ec_scenario_set_title (scenario_of (window), "Lesson 3");
  ec_scenario_set_winner (scenario_of (window), "TX", ec_scenario_get_candidate (scenario_of (window), "barack-obama"));
  g_assert_cmpstr (label_of (window, "context_heading"), ==, "Lesson 3 · 2012 presidential election, as pledged");
  g_assert_true (ec_window_is_modified (window));

  /* Page Down with edits asks first; Cancel keeps them and the show. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.older-election", NULL));
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 1);
  screenshot_dialog ("presentation-switch-question.png");
  ec_test_respond ("cancel");
  g_assert_cmpint (year_of (window), ==, 2012);
  g_assert_true (ec_window_is_modified (window));
  g_assert_true (ec_window_get_presenting (window));
  g_assert_cmpstr (ec_candidate_get_id (ec_scenario_get_winner (scenario_of (window), "TX")), ==, "barack-obama");

  /* Page Up asks too; Discard lets the edits go, and only then. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.newer-election", NULL));
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 1);
  ec_test_respond ("discard");
  g_assert_cmpint (year_of (window), ==, 2016);
  g_assert_false (ec_window_is_modified (window));
  g_assert_cmpstr (label_of (window, "context_heading"), ==, "2016 presidential election, as pledged");

  /* The blank map has no popular vote to show. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "blank");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (label_of (window, "context_heading"), ==, "Blank map");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW,
                                                                                     "context_popular"))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (context));

  ec_test_destroy_window (window);
}


/* No tooltip shows over a modal dialog: the window's tooltips are off
 * while the question is up, and back after it. */
static void
test_no_tooltips_under_dialogs (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  GtkWidget *picker = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), EC_TYPE_WINDOW, "election_picker"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  ec_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_has_tooltip (picker));
  g_assert_false (ec_window_get_tooltips_silenced (window));

  ec_scenario_set_winner (scenario_of (window), "TX", ec_scenario_get_candidate (scenario_of (window), "hillary-clinton"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2008");
  ec_test_wait_for_frames (NULL);
  ec_test_wait_ms (50);
  g_assert_cmpuint (count_dialogs (), ==, 1);
  g_assert_true (ec_window_get_tooltips_silenced (window));
  g_assert_false (gtk_widget_get_has_tooltip (picker));

  ec_test_respond ("cancel");
  ec_test_wait_for_frames (NULL);
  ec_test_wait_ms (50);
  g_assert_false (ec_window_get_tooltips_silenced (window));
  g_assert_true (gtk_widget_get_has_tooltip (picker));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (picker), ==, "Choose an election");

  ec_test_destroy_window (window);
}

/* Two windows, two documents, two drafts: neither deletes the other's. */
static void
test_two_windows_two_drafts (void)
{
  EcWindow *first = ec_test_create_window (1280, 800);
  EcWindow *second = ec_test_create_window (1280, 800);
  g_autoptr(GFile) first_draft = NULL;
  g_autoptr(GFile) second_draft = NULL;

  ec_scenario_set_winner (scenario_of (first), "OH", NULL);
  ec_scenario_set_winner (scenario_of (second), "PA", NULL);
  ec_document_write_draft_now (ec_window_get_document (first));
  ec_document_write_draft_now (ec_window_get_document (second));
  first_draft = g_object_ref (draft_of (first));
  second_draft = g_object_ref (draft_of (second));

  g_assert_false (g_file_equal (first_draft, second_draft));
  g_assert_true (g_file_query_exists (first_draft, NULL));
  g_assert_true (g_file_query_exists (second_draft, NULL));

  /* Undoing in one window forgets its draft only. */
  gtk_widget_activate_action (GTK_WIDGET (first), "win.undo", NULL);
  ec_test_wait_ms (200);
  g_assert_false (g_file_query_exists (first_draft, NULL));
  g_assert_true (g_file_query_exists (second_draft, NULL));

  ec_document_discard_draft (ec_window_get_document (second));
  ec_test_destroy_window (first);
  ec_test_destroy_window (second);
}

/* Quit asks once for every window with changes, and Cancel keeps them. */
static void
test_quit_asks_once (void)
{
  EcWindow *first = ec_test_create_window (1280, 800);
  EcWindow *second = ec_test_create_window (1280, 800);

  ec_scenario_set_winner (scenario_of (first), "OH", NULL);
  ec_scenario_set_winner (scenario_of (second), "PA", NULL);

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "quit", NULL);
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (count_dialogs (), ==, 1);
  screenshot_dialog ("files-quit-question.png");
  ec_test_respond ("cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (first)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (second)));
  g_assert_true (ec_window_is_modified (first));
  g_assert_true (ec_window_is_modified (second));

  ec_document_discard_draft (ec_window_get_document (first));
  ec_document_discard_draft (ec_window_get_document (second));
  ec_test_destroy_window (first);
  ec_test_destroy_window (second);
}

/* Undo never goes back past the file that was opened, and Save after it
 * writes the file's own scenario. */
static void
test_undo_stops_at_open (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  EcWindow *reader = NULL;
  g_autofree char *dir = g_dir_make_tmp ("electors-undo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  g_autofree char *shown = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2000");
  ec_scenario_set_winner (scenario_of (window), "FL", ec_scenario_get_candidate (scenario_of (window), "al-gore"));
  g_assert_true (ec_test_save (window, file, NULL));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));

  reader = ec_test_create_window (1280, 800);
  g_assert_true (ec_test_open (reader, file));
  g_assert_false (ec_document_can_undo (ec_window_get_document (reader)));
  gtk_widget_activate_action (GTK_WIDGET (reader), "win.undo", NULL);
  shown = ec_scenario_to_data (scenario_of (reader), NULL);
  g_assert_cmpstr (shown, ==, saved);
  g_assert_true (g_file_equal (ec_document_get_file (ec_window_get_document (reader)), file));
  g_assert_false (ec_window_is_modified (reader));

  /* An edit undone is the file again: nothing to save. */
  ec_scenario_set_winner (scenario_of (reader), "OH", NULL);
  g_assert_true (ec_window_is_modified (reader));
  gtk_widget_activate_action (GTK_WIDGET (reader), "win.undo", NULL);
  g_assert_false (ec_window_is_modified (reader));
  g_assert_false (ec_document_can_undo (ec_window_get_document (reader)));

  g_unlink (path);
  g_rmdir (dir);
  ec_test_destroy_window (reader);
  ec_test_destroy_window (window);
}

/* A title with a lone surrogate is refused with a message; one the app
 * saves always opens again. */
static void
test_saved_files_open_again (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("electors-again-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "again.electors", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.electors", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  EcWindow *reader;

  g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"electors-scenario\", \"version\": 1, \"title\": \"a \\ud800\", \"election\": 2016, \"base\": \"as-cast\", \"winners\": {}}", -1, NULL));
  g_assert_false (ec_test_open (window, bad));
  g_assert_cmpuint (count_dialogs (), ==, 1);
  close_dialogs ();

  ec_scenario_set_title (scenario_of (window), "Ünïcödé 🇺🇸 “quotes” \\ and \"more\"");
  g_assert_true (ec_test_save (window, file, NULL));
  reader = ec_test_create_window (1280, 800);
  g_assert_true (ec_test_open (reader, file));
  g_assert_cmpstr (ec_scenario_get_title (scenario_of (reader)), ==, ec_scenario_get_title (scenario_of (window)));

  ec_document_discard_draft (ec_window_get_document (window));
  g_unlink (path);
  g_unlink (bad_path);
  g_rmdir (dir);
  ec_test_destroy_window (reader);
  ec_test_destroy_window (window);
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
  g_test_add_func ("/ec/files/suffix-asks-before-replacing", test_suffix_asks_before_replacing);
  g_test_add_func ("/ec/files/switching-asks", test_switching_asks);
  g_test_add_func ("/ec/files/presentation-context", test_presentation_context);
  g_test_add_func ("/ec/files/no-tooltips-under-dialogs", test_no_tooltips_under_dialogs);
  g_test_add_func ("/ec/files/two-windows-two-drafts", test_two_windows_two_drafts);
  g_test_add_func ("/ec/files/quit-asks-once", test_quit_asks_once);
  g_test_add_func ("/ec/files/undo-stops-at-open", test_undo_stops_at_open);
  g_test_add_func ("/ec/files/saved-files-open-again", test_saved_files_open_again);

  return ec_test_run_ui ();
}
