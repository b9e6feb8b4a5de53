/* empty-window.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor of the launch benchmark: the least a libadwaita app does before
 * its first frame, a window of Electors' size with a header bar and nothing
 * in it. It prints the same first-frame line as launch-electors, so
 * bench-launch can time both the same way (see bench-launch.c).
 */

#include "config.h"

#include <adwaita.h>

#include "bench-first-frame.h"

#define EMPTY_TYPE_WINDOW (empty_window_get_type ())

G_DECLARE_FINAL_TYPE (EmptyWindow, empty_window, EMPTY, WINDOW, AdwApplicationWindow)

struct _EmptyWindow
{
  AdwApplicationWindow  parent_instance;

  gboolean              drew;
  gboolean              reported;
};

G_DEFINE_FINAL_TYPE (EmptyWindow, empty_window, ADW_TYPE_APPLICATION_WINDOW)

static void
after_paint_cb (EmptyWindow   *self,
                GdkFrameClock *frame_clock)
{
  /* Take the time before anything else (see bench_first_frame_report()). */
  gint64 now_us = g_get_monotonic_time ();

  g_assert (EMPTY_IS_WINDOW (self));

  /* A frame can be painted before the window is mapped or before our
   * content was part of it; only a frame that shows the window counts. */
  if (self->reported || !self->drew || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->reported = TRUE;
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);

  bench_first_frame_report (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), now_us);
}

static void
empty_window_realize (GtkWidget *widget)
{
  EmptyWindow *self = EMPTY_WINDOW (widget);

  GTK_WIDGET_CLASS (empty_window_parent_class)->realize (widget);

  /* The frame clock belongs to the surface, which exists only from here. */
  g_signal_connect_object (gtk_widget_get_frame_clock (widget),
                           "after-paint",
                           G_CALLBACK (after_paint_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

static void
empty_window_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  EmptyWindow *self = EMPTY_WINDOW (widget);

  GTK_WIDGET_CLASS (empty_window_parent_class)->snapshot (widget, snapshot);

  /* The same condition launch-electors waits for with the map: the content
   * has been drawn into the frame that is about to be painted. */
  self->drew = TRUE;
}

static void
empty_window_class_init (EmptyWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->realize = empty_window_realize;
  widget_class->snapshot = empty_window_snapshot;
}

static void
empty_window_init (EmptyWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);


  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);

  gtk_window_set_title (GTK_WINDOW (self), "Empty Window");
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 800);
}

static void
activate_cb (GApplication *app)
{
  GtkWindow *window = g_object_new (EMPTY_TYPE_WINDOW,
                                    "application", app,
                                    NULL);

  gtk_window_present (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new ("io.github.electors.EmptyWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
