/* ec-test-ui.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the tests that open real windows.
 */

#include "config.h"

#include <adwaita.h>

#include <math.h>

#include "ec-application.h"
#include "ec-test-ui.h"

static EcApplication *app;

/**
 * ec_test_init_ui:
 * @argc: the test's argc
 * @argv: the test's argv
 *
 * Starts GTK, libadwaita and one application that every window of the test
 * belongs to.
 */
void
ec_test_init_ui (int    *argc,
                 char ***argv)
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  app = ec_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

/**
 * ec_test_run_ui:
 *
 * Returns: the exit status of g_test_run()
 */
int
ec_test_run_ui (void)
{
  int status = g_test_run ();

  g_clear_object (&app);

  return status;
}

/**
 * ec_test_create_window:
 * @width: the window's width
 * @height: the window's height
 *
 * Returns: (transfer none): a new window, shown and drawn
 */
EcWindow *
ec_test_create_window (int width,
                       int height)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  EcWindow *window;

  /* Every window starts as on a first run: the latest election. */
  g_settings_reset (settings, "last-election");
  window = ec_window_new (ADW_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ec_test_wait_for_frames (GTK_WIDGET (window));

  return window;
}

/**
 * ec_test_destroy_window:
 * @window: a window from ec_test_create_window()
 *
 * Destroys the window and checks that nothing kept it alive.
 */
void
ec_test_destroy_window (EcWindow *window)
{
  GtkWidget *weak = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&weak);
  gtk_window_destroy (GTK_WINDOW (window));
  ec_test_wait_for_frames (NULL);
  g_assert_null (weak);
}

static void
after_paint_cb (GdkFrameClock *clock,
                guint         *painted)
{
  (*painted)++;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

void
ec_test_wait_for_frames (GtkWidget *widget)
{
  GdkFrameClock *clock = widget ? gtk_widget_get_frame_clock (widget) : NULL;
  gboolean timed_out = FALSE;
  guint painted = 0;
  gulong handler = 0;
  guint timeout;

  /* Let layout and drawing happen, as they would between two clicks: wait
   * for two painted frames, or a second at most. */
  if (clock != NULL)
    {
      handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
      gtk_widget_queue_draw (widget);
    }

  timeout = g_timeout_add (clock ? 1000 : 100, timeout_cb, &timed_out);
  while (!timed_out && (clock == NULL || painted < 2))
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout);
  if (handler != 0)
    g_signal_handler_disconnect (clock, handler);
}

GdkTexture *
ec_test_take_screenshot (GtkWidget  *widget,
                         const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  double dx = 0, dy = 0;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  /* A popover draws its arrow and shadow around its content: take them in. */
  if (GTK_IS_POPOVER (widget))
    {
      gtk_native_get_surface_transform (GTK_NATIVE (widget), &dx, &dy);
      width += 2 * dx;
      height += 2 * dy;
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, dy));
    }

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width - 2 * dx, height - 2 * dy);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  /* A widget that has not been drawn since it last changed has nothing to
   * give yet: on a busy machine, let it draw and try again. */
  for (guint attempt = 0; node == NULL && attempt < 10; attempt++)
    {
      ec_test_wait_for_frames (widget);
      snapshot = gtk_snapshot_new ();
      if (dx != 0 || dy != 0)
        gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, dy));
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width - 2 * dx, height - 2 * dy);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_test_build_filename (G_TEST_BUILT, "screenshots", name, NULL);
  g_mkdir_with_parents (g_test_get_filename (G_TEST_BUILT, "screenshots", NULL), 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);

  return g_steal_pointer (&texture);
}

/**
 * ec_test_save_screenshot:
 * @widget: a widget on screen
 * @name: the PNG's file name
 *
 * Like ec_test_take_screenshot(), for a test that only needs the file.
 */
void
ec_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  g_autoptr(GdkTexture) texture = ec_test_take_screenshot (widget, name);
}

/**
 * ec_test_get_pixel_luminance:
 * @texture: a screenshot
 * @x: a column
 * @y: a row
 *
 * Returns: the relative luminance (0 black, 1 white) of one pixel, as a
 *   person sees it
 */
double
ec_test_get_pixel_luminance (GdkTexture *texture,
                             int         x,
                             int         y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = NULL;
  const guchar *p;
  double rgb[3];

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, <, height);

  /* Downloaded as cairo's native-endian ARGB: B, G, R, A in memory. */
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  p = pixels + ((gsize) y * width + x) * 4;
  rgb[0] = p[2] / 255.0;
  rgb[1] = p[1] / 255.0;
  rgb[2] = p[0] / 255.0;

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}


/**
 * ec_test_wait_ms:
 * @ms: milliseconds
 *
 * Runs the main loop for a while, so that animations (a sliding panel) end.
 */
void
ec_test_wait_ms (guint ms)
{
  gboolean timed_out = FALSE;

  g_timeout_add (ms, timeout_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct {
  gboolean done;
  gboolean ok;
  GError  *error;
} Wait;

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = ec_window_save_to_file_finish (EC_WINDOW (object), result, &wait->error);
  wait->done = TRUE;
}

/**
 * ec_test_save:
 * @window: a window
 * @file: where to save
 * @error: return location for a #GError
 *
 * Saves as the window does, off the main thread, and waits for it.
 *
 * Returns: whether the file was written
 */
gboolean
ec_test_save (EcWindow  *window,
              GFile     *file,
              GError   **error)
{
  Wait wait = { FALSE, FALSE, NULL };

  ec_window_save_to_file_async (window, file, saved_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);

  return wait.ok;
}

/**
 * ec_test_count_dialogs:
 *
 * Returns: how many message dialogs are on screen
 */
guint
ec_test_count_dialogs (void)
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

/**
 * ec_test_respond:
 * @response: a response id
 *
 * Answers the message dialog on screen, as a click on its button would.
 */
void
ec_test_respond (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (toplevel), response);
          gtk_window_destroy (toplevel);
          break;
        }
    }
  ec_test_wait_for_frames (NULL);
}

/**
 * ec_test_open:
 * @window: a window
 * @file: a scenario file
 *
 * Opens a file as the window does, off the main thread, and waits until
 * the window shows it or a dialog says why not.
 *
 * Returns: whether the window shows the file's document
 */
gboolean
ec_test_open (EcWindow *window,
              GFile    *file)
{
  EcDocument *before = ec_window_get_document (window);
  guint dialogs = ec_test_count_dialogs ();
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  ec_window_open_file (window, file);
  while (ec_window_get_document (window) == before && ec_test_count_dialogs () == dialogs &&
         g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return ec_window_get_document (window) != before;
}
