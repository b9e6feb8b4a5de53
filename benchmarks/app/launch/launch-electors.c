/* launch-electors.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Electors as bench-launch times it: the real application and window from
 * src/app, started the way main.c starts them, and watched from outside.
 * Right after the first frame that shows the map, it prints the first-frame
 * line (see bench-launch.c) and quits.
 *
 * The watching uses only what the map view offers everyone: the frame clock
 * of its window, and its renderer, whose cached drawing exists once the
 * view has drawn the map.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bench-first-frame.h"
#include "ec-application.h"
#include "ec-map-view.h"
#include "ec-window.h"

static void
after_paint_cb (GdkFrameClock *clock,
                EcMapView     *view)
{
  /* Take the time before anything else (see bench_first_frame_report()). */
  gint64 now_us = g_get_monotonic_time ();
  GtkRoot *root;

  /* The map view draws the map into its renderer's cached drawing in its
   * snapshot. Once that exists and the view is on screen, the frame just
   * painted has the map in it; the frames before may not. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (view)) ||
      ec_map_renderer_get_surface (ec_map_view_get_renderer (view)) == NULL)
    return;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, view);

  root = gtk_widget_get_root (GTK_WIDGET (view));
  bench_first_frame_report (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root))), now_us);
}

static void
map_view_realize_cb (GtkWidget *view)
{
  /* The frame clock belongs to the window's surface, which exists only
   * from here. */
  g_signal_connect_object (gtk_widget_get_frame_clock (view), "after-paint",
                           G_CALLBACK (after_paint_cb), view, 0);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  GtkWidget *view;

  /* Dialogs are windows of the application too; the first EcWindow is the
   * one that launches. */
  if (!EC_IS_WINDOW (window))
    return;

  g_signal_handlers_disconnect_by_func (app, window_added_cb, NULL);

  view = ec_window_get_map_view (EC_WINDOW (window));
  g_signal_connect (view, "realize", G_CALLBACK (map_view_realize_cb), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EcApplication) app = NULL;

  /* What main.c does, so that the launch costs the same. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ec_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
