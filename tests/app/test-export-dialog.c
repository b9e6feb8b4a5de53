/* test-export-dialog.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export… and Copy Image from the window.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "ec-export-dialog.h"
#include "ec-test-ui.h"
#include "ec-window.h"
#include "ec-window-private.h"

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

/* Exports as the dialog does, on another thread, and waits for it. */
static gboolean
export_and_wait (EcExportDialog  *dialog,
                 GFile           *file,
                 GError         **error)
{
  Wait wait = { FALSE, FALSE, NULL };

  ec_export_dialog_export_async (dialog, file, exported_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);

  return wait.ok;
}

static void
test_export_png_svg_pdf (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("electors-export-XXXXXX", NULL);
  GtkWidget *dialog;
  AdwComboRow *format_row;
  AdwComboRow *size_row;
  const char *names[] = { "slide.png", "map.svg", "page.pdf" };

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  ec_test_wait_for_frames (NULL);

  dialog = ec_window_open_export_dialog (window);
  ec_test_wait_for_frames (dialog);
  ec_test_save_screenshot (dialog, "export-dialog.png");

  format_row = ADW_COMBO_ROW (gtk_widget_get_template_child (dialog, EC_TYPE_EXPORT_DIALOG, "format_row"));
  size_row = ADW_COMBO_ROW (gtk_widget_get_template_child (dialog, EC_TYPE_EXPORT_DIALOG, "size_row"));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      adw_combo_row_set_selected (format_row, i);
      adw_combo_row_set_selected (size_row, 2);
      g_assert_true (export_and_wait (EC_EXPORT_DIALOG (dialog), file, &error));
      g_assert_no_error (error);

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      if (i == 0)
        {
          g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);

          g_assert_no_error (error);
          /* The square preset. */
          g_assert_cmpint (gdk_texture_get_width (texture), ==, 1080);
          g_assert_cmpint (gdk_texture_get_height (texture), ==, 1080);
        }
      else if (i == 1)
        {
          g_assert_nonnull (strstr (contents, "<svg"));
          g_assert_nonnull (strstr (contents, "2016 presidential election"));
        }
      else
        {
          g_assert_true (g_str_has_prefix (contents, "%PDF"));
        }

      g_unlink (path);
    }

  /* “How Close It Was” puts the answer on the page, off by default. The
   * page is read from the dialog's snapshot, as every writer draws it. */
  {
    GtkSwitch *closest = GTK_SWITCH (gtk_widget_get_template_child (dialog, EC_TYPE_EXPORT_DIALOG, "closest_switch"));
    EcSnapshot *snapshot = ec_export_dialog_get_snapshot (EC_EXPORT_DIALOG (dialog));
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) svg = NULL;
    g_autofree char *contents = NULL;

    g_assert_false (gtk_switch_get_active (closest));
    g_assert_null (ec_snapshot_get_closest (snapshot));
    gtk_switch_set_active (closest, TRUE);
    adw_combo_row_set_selected (format_row, 1);
    ec_test_wait_for_frames (dialog);
    ec_test_save_screenshot (dialog, "export-dialog-closest.png");
    g_assert_nonnull (ec_snapshot_get_closest (snapshot));
    svg = ec_snapshot_to_bytes (snapshot, EC_SNAPSHOT_FORMAT_SVG, &error);
    g_assert_no_error (error);
    contents = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
    /* The sentence wraps on the square page: look for its parts. */
    g_assert_nonnull (strstr (contents, "How close was it?"));
    g_assert_nonnull (strstr (contents, "38,875"));
    g_assert_nonnull (strstr (contents, "<use xlink:href=\"#shape-PA\" fill=\"none\""));

    gtk_switch_set_active (closest, FALSE);
    g_assert_null (ec_snapshot_get_closest (snapshot));
  }

  gtk_window_close (GTK_WINDOW (dialog));
  g_rmdir (dir);
  ec_test_destroy_window (window);
}

static void
test_copy_image (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkContentFormats *formats;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-image", NULL));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));

  ec_test_destroy_window (window);
}

typedef struct {
  gint64 last;
  gint64 longest;
} Gaps;

static gboolean
tick_cb (gpointer user_data)
{
  Gaps *gaps = user_data;
  gint64 now = g_get_monotonic_time ();

  gaps->longest = MAX (gaps->longest, now - gaps->last);
  gaps->last = now;

  return G_SOURCE_CONTINUE;
}

/* An 8192×8192 export is drawn on another thread: the window keeps
 * answering, and closing the dialog stops it without writing anything. */
static void
test_big_export_stays_responsive (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("electors-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.png", NULL);
  g_autofree char *cancelled_path = g_build_filename (dir, "cancelled.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) cancelled = g_file_new_for_path (cancelled_path);
  g_autoptr(GError) error = NULL;
  Wait wait = { FALSE, FALSE, NULL };
  Gaps gaps = { 0, 0 };
  GtkWidget *dialog;
  EcSnapshot *snapshot;
  guint tick;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  dialog = ec_window_open_export_dialog (window);
  ec_test_wait_for_frames (dialog);
  snapshot = ec_export_dialog_get_snapshot (EC_EXPORT_DIALOG (dialog));
  ec_snapshot_set_size (snapshot, 8192, 8192);

  ec_export_dialog_export_async (EC_EXPORT_DIALOG (dialog), file, exported_cb, &wait);
  ec_test_wait_for_frames (dialog);
  ec_test_save_screenshot (dialog, "export-dialog-exporting.png");
  gaps.last = g_get_monotonic_time ();
  tick = g_timeout_add (10, tick_cb, &gaps);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_true (g_file_query_exists (file, NULL));
  /* The sync export froze the window for about 3 s. */
  g_test_message ("longest wait of the main loop during the export: %.0f ms", gaps.longest / 1000.0);
  g_assert_cmpint (gaps.longest, <, G_USEC_PER_SEC);

  /* Started, then the dialog closed: nothing is written. */
  wait = (Wait) { FALSE, FALSE, NULL };
  ec_export_dialog_export_async (EC_EXPORT_DIALOG (dialog), cancelled, exported_cb, &wait);
  gtk_window_close (GTK_WINDOW (dialog));
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (wait.ok);
  g_assert_true (g_error_matches (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  g_clear_error (&wait.error);
  g_assert_false (g_file_query_exists (cancelled, NULL));

  g_unlink (path);
  g_rmdir (dir);
  ec_test_destroy_window (window);
}

/* "slide" typed beside an existing slide.png: the dialog asks first. */
static void
test_extension_asks_before_replacing (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("electors-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
  g_autofree char *typed = g_build_filename (dir, "slide", NULL);
  g_autoptr(GFile) chosen = g_file_new_for_path (typed);
  g_autofree char *contents = NULL;
  GtkWidget *dialog;

  g_assert_true (g_file_set_contents (path, "the teacher's own picture", -1, NULL));
  dialog = ec_window_open_export_dialog (window);
  ec_test_wait_for_frames (dialog);

  ec_export_dialog_export_as (EC_EXPORT_DIALOG (dialog), chosen);
  ec_test_wait_for_frames (NULL);
  g_assert_cmpuint (ec_test_count_dialogs (), ==, 1);
  ec_test_respond ("cancel");
  ec_test_wait_ms (300);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the teacher's own picture");
  g_assert_false (g_file_test (typed, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (path);
  g_rmdir (dir);
  ec_test_destroy_window (window);
}

/* Suggested names are ones a FAT or exFAT stick accepts. */
static void
test_suggested_names (void)
{
  g_autofree char *a = ec_window_suggest_name ("2016: the petition", "Scenario", ".electors");
  g_autofree char *b = ec_window_suggest_name ("a/b\\c*d?e\"f<g>h|i", "Scenario", ".png");
  g_autofree char *c = ec_window_suggest_name ("", "Scenario", ".electors");

  g_assert_cmpstr (a, ==, "2016- the petition.electors");
  g_assert_cmpstr (b, ==, "a-b-c-d-e-f-g-h-i.png");
  g_assert_cmpstr (c, ==, "Scenario.electors");
}


/* "Shade States by Real Margin" in the main menu reaches the export, in
 * every format, and leaving it off leaves the export unshaded. */
static void
test_margin_shading_reaches_export (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("electors-export-XXXXXX", NULL);
  AdwComboRow *format_row;
  GBytes *plain[3] = { NULL };
  const char *names[] = { "shaded.png", "shaded.svg", "shaded.pdf" };

  gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016");
  g_assert_false (ec_map_view_get_margin_shading (EC_MAP_VIEW (ec_window_get_map_view (window))));

  for (guint pass = 0; pass < 2; pass++)
    {
      GtkWidget *dialog = ec_window_open_export_dialog (window);
      EcSnapshot *snapshot = ec_export_dialog_get_snapshot (EC_EXPORT_DIALOG (dialog));

      ec_test_wait_for_frames (dialog);
      g_assert_cmpint (ec_snapshot_get_margin_shading (snapshot), ==, pass == 1);
      if (pass == 1)
        ec_test_save_screenshot (dialog, "export-dialog-shaded.png");

      format_row = ADW_COMBO_ROW (gtk_widget_get_template_child (dialog, EC_TYPE_EXPORT_DIALOG, "format_row"));
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *path = g_build_filename (dir, names[i], NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GError) error = NULL;
          g_autofree char *contents = NULL;
          gsize length;

          adw_combo_row_set_selected (format_row, i);
          g_assert_true (export_and_wait (EC_EXPORT_DIALOG (dialog), file, &error));
          g_assert_no_error (error);
          g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
          g_unlink (path);

          if (pass == 0)
            {
              plain[i] = g_bytes_new_take (g_steal_pointer (&contents), length);
            }
          else
            {
              g_autoptr(GBytes) shaded = g_bytes_new_take (g_steal_pointer (&contents), length);

              /* PDFs differ by their date alone: compare without it. */
              if (i < 2)
                g_assert_false (g_bytes_equal (plain[i], shaded));
              else
                g_assert_cmpuint (g_bytes_get_size (plain[i]), !=, g_bytes_get_size (shaded));
              g_bytes_unref (plain[i]);
            }
        }

      gtk_window_close (GTK_WINDOW (dialog));
      ec_test_wait_for_frames (NULL);

      /* The main menu's item, as a person would use it. */
      if (pass == 0)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "map.margin-shading", NULL));
      g_assert_true (ec_map_view_get_margin_shading (EC_MAP_VIEW (ec_window_get_map_view (window))));
    }

  g_rmdir (dir);
  ec_test_destroy_window (window);
}


/* @needle in @length bytes that may hold NULs, as a PDF does. */
static const char *
find_bytes (const char *data,
            gsize       length,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return data + i;
    }

  return NULL;
}

/* The action a key is bound to on the window, or NULL. */
static const char *
bound_action (GtkWidget       *widget,
              guint            keyval,
              GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (action) && gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }

  return NULL;
}

/* Ctrl+P prints, as everywhere, and the count moved to Shift+Ctrl+P.
 * Printing draws the export's page through GtkPrintOperation: exported to
 * a file here, as a print dialog cannot be answered in a test. */
static void
test_print (void)
{
  EcWindow *window = ec_test_create_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("electors-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  const char *box;
  double x0, y0, x1, y1;

  g_assert_cmpstr (bound_action (GTK_WIDGET (window), GDK_KEY_p, GDK_CONTROL_MASK), ==, "win.print");
  g_assert_cmpstr (bound_action (GTK_WIDGET (window), GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK), ==, "win.pledged");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.election", "s", "2016"));

  operation = ec_window_new_print_operation (window);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* One page, landscape, with the snapshot drawn on it. */
  box = find_bytes (contents, length, "/MediaBox");
  g_assert_nonnull (box);
  g_assert_cmpint (sscanf (box, "/MediaBox [ %lf %lf %lf %lf", &x0, &y0, &x1, &y1), ==, 4);
  g_test_message ("printed page: %g × %g", x1 - x0, y1 - y0);
  g_assert_cmpfloat (x1 - x0, >, y1 - y0);
  g_assert_null (find_bytes (box + 1, length - (box + 1 - contents), "/MediaBox"));
  g_assert_cmpuint (length, >, 20000);

  g_unlink (path);
  g_rmdir (dir);
  ec_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/export-dialog/png-svg-pdf", test_export_png_svg_pdf);
  g_test_add_func ("/ec/export-dialog/copy-image", test_copy_image);
  g_test_add_func ("/ec/export-dialog/margin-shading", test_margin_shading_reaches_export);
  g_test_add_func ("/ec/export-dialog/print", test_print);
  g_test_add_func ("/ec/export-dialog/big-export-stays-responsive", test_big_export_stays_responsive);
  g_test_add_func ("/ec/export-dialog/extension-asks-before-replacing", test_extension_asks_before_replacing);
  g_test_add_func ("/ec/export-dialog/suggested-names", test_suggested_names);

  return ec_test_run_ui ();
}
