/* ec-details-dialog.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-details-dialog.h"

/* A scenario's title (shown in the window and on exports) and the teacher's
 * notes that travel with the file. */
struct _EcDetailsDialog
{
  AdwWindow    parent_instance;

  EcScenario  *scenario;

  AdwEntryRow *title_row;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (EcDetailsDialog, ec_details_dialog, ADW_TYPE_WINDOW)

/**
 * ec_details_dialog_apply:
 * @self: a #EcDetailsDialog
 *
 * Writes the title and notes into the scenario (one undoable step each).
 */
void
ec_details_dialog_apply (EcDetailsDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *notes = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (EC_IS_DETAILS_DIALOG (self));

  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  ec_scenario_set_title (self->scenario, title);
  ec_scenario_set_notes (self->scenario, notes);
}

static void
apply_clicked_cb (EcDetailsDialog *self)
{
  ec_details_dialog_apply (self);
  gtk_window_close (GTK_WINDOW (self));
}

static void
ec_details_dialog_dispose (GObject *object)
{
  EcDetailsDialog *self = (EcDetailsDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_DETAILS_DIALOG);
  g_clear_object (&self->scenario);

  G_OBJECT_CLASS (ec_details_dialog_parent_class)->dispose (object);
}

static void
ec_details_dialog_class_init (EcDetailsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_details_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-details-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EcDetailsDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, EcDetailsDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ec_details_dialog_init (EcDetailsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ec_details_dialog_new:
 * @parent: the window of the scenario
 * @scenario: the scenario to edit
 *
 * Returns: (transfer floating): the dialog
 */
GtkWidget *
ec_details_dialog_new (GtkWindow  *parent,
                       EcScenario *scenario)
{
  EcDetailsDialog *self;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  self = g_object_new (EC_TYPE_DETAILS_DIALOG, "transient-for", parent, NULL);
  self->scenario = g_object_ref (scenario);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), ec_scenario_get_title (scenario));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), ec_scenario_get_notes (scenario), -1);

  return GTK_WIDGET (self);
}
