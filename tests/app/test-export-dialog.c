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

#include "ec-export-dialog.h"
#include "ec-test-ui.h"
#include "ec-window.h"

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
      g_assert_true (ec_export_dialog_export_to (EC_EXPORT_DIALOG (dialog), file, &error));
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

int
main (int   argc,
      char *argv[])
{
  ec_test_init_ui (&argc, &argv);

  g_test_add_func ("/ec/export-dialog/png-svg-pdf", test_export_png_svg_pdf);
  g_test_add_func ("/ec/export-dialog/copy-image", test_copy_image);

  return ec_test_run_ui ();
}
