/* ec-export-dialog.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-export-dialog.h"
#include "ec-palette.h"
#include "ec-window.h"
#include "ec-window-private.h"

/* Export… shows the snapshot as it will come out, with its format, size
 * and title, and writes it where the user says. */
struct _EcExportDialog
{
  AdwWindow        parent_instance;

  EcSnapshot      *snapshot;
  EcWindow        *window;

  GCancellable    *cancellable;
  GFile           *pending;
  guint            pulse_source;

  GtkStack        *title_stack;
  GtkProgressBar  *progress;
  GtkWidget       *export_button;
  GtkWidget       *cancel_button;
  GtkDrawingArea  *preview;
  AdwEntryRow     *title_row;
  AdwComboRow     *format_row;
  AdwComboRow     *size_row;
  AdwActionRow    *custom_row;
  GtkSpinButton   *width_spin;
  GtkSpinButton   *height_spin;
  AdwComboRow     *page_row;
  GtkSwitch       *closest_switch;
};

G_DEFINE_FINAL_TYPE (EcExportDialog, ec_export_dialog, ADW_TYPE_WINDOW)

#define SIZE_CUSTOM 3

/**
 * ec_export_dialog_get_format:
 * @self: a #EcExportDialog
 *
 * Returns: the format chosen
 */
EcSnapshotFormat
ec_export_dialog_get_format (EcExportDialog *self)
{
  g_return_val_if_fail (EC_IS_EXPORT_DIALOG (self), EC_SNAPSHOT_FORMAT_PNG);

  switch (adw_combo_row_get_selected (self->format_row))
    {
    case 1:
      return EC_SNAPSHOT_FORMAT_SVG;
    case 2:
      return EC_SNAPSHOT_FORMAT_PDF;
    default:
      return EC_SNAPSHOT_FORMAT_PNG;
    }
}

/* The size of the output, in pixels (PNG, SVG) or points (PDF). */
static void
target_size (EcExportDialog *self,
             double         *width,
             double         *height)
{
  int w, h;

  ec_snapshot_get_size (self->snapshot, &w, &h);
  *width = w;
  *height = h;

  if (ec_export_dialog_get_format (self) == EC_SNAPSHOT_FORMAT_PDF)
    ec_snapshot_page_get_size (ec_snapshot_get_page (self->snapshot), width, height);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  EcExportDialog *self = EC_EXPORT_DIALOG (user_data);
  double target_w, target_h, scale;

  target_size (self, &target_w, &target_h);
  scale = MIN (width / target_w, height / target_h);

  cairo_translate (cr, (width - target_w * scale) / 2, (height - target_h * scale) / 2);

  /* A thin shadow, so the page stands out from the dialog. */
  cairo_rectangle (cr, 2, 2, target_w * scale, target_h * scale);
  ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_SHADOW), 0.2);
  cairo_fill (cr);

  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, target_w, target_h);
  cairo_clip (cr);
  ec_snapshot_draw (self->snapshot, cr, target_w, target_h);
}

static void
options_changed_cb (EcExportDialog *self)
{
  EcSnapshotFormat format = ec_export_dialog_get_format (self);
  guint size = adw_combo_row_get_selected (self->size_row);
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  int width, height;

  if (self->snapshot == NULL)
    return;

  ec_snapshot_set_title (self->snapshot, title != NULL && *title != '\0' ? title : NULL);

  if (size == SIZE_CUSTOM)
    {
      width = gtk_spin_button_get_value_as_int (self->width_spin);
      height = gtk_spin_button_get_value_as_int (self->height_spin);
    }
  else
    {
      ec_snapshot_preset_get_size ((EcSnapshotPreset)size, &width, &height);
    }
  ec_snapshot_set_size (self->snapshot, width, height);
  ec_snapshot_set_page (self->snapshot, adw_combo_row_get_selected (self->page_row) == 1 ?
                                        EC_SNAPSHOT_PAGE_LETTER : EC_SNAPSHOT_PAGE_A4);

  /* The answer for the runner-up, as the side panel first shows it. */
  if (gtk_switch_get_active (self->closest_switch) && ec_snapshot_get_closest (self->snapshot) == NULL)
    {
      g_autoptr(EcClosest) closest = ec_closest_new (ec_snapshot_get_scenario (self->snapshot), EC_CLOSEST_WIN, NULL);

      ec_snapshot_set_closest (self->snapshot, closest);
    }
  else if (!gtk_switch_get_active (self->closest_switch))
    {
      ec_snapshot_set_closest (self->snapshot, NULL);
    }

  /* Pixels for images, paper for PDF. */
  gtk_widget_set_visible (GTK_WIDGET (self->size_row), format != EC_SNAPSHOT_FORMAT_PDF);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_row), format != EC_SNAPSHOT_FORMAT_PDF && size == SIZE_CUSTOM);
  gtk_widget_set_visible (GTK_WIDGET (self->page_row), format == EC_SNAPSHOT_FORMAT_PDF);

  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static gboolean
pulse_cb (gpointer user_data)
{
  EcExportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress);

  return G_SOURCE_CONTINUE;
}

static void
set_exporting (EcExportDialog *self,
               gboolean        exporting)
{
  gtk_stack_set_visible_child_name (self->title_stack, exporting ? "progress" : "title");
  gtk_widget_set_sensitive (self->export_button, !exporting);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  if (exporting)
    self->pulse_source = g_timeout_add (100, pulse_cb, self);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EcExportDialog *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;

  if (!ec_snapshot_save_finish (EC_SNAPSHOT (object), result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);

  if (!g_cancellable_is_cancelled (self->cancellable))
    set_exporting (self, FALSE);
}

/**
 * ec_export_dialog_export_async:
 * @self: a #EcExportDialog
 * @file: where to write
 * @callback: called when the file is written, or could not be
 * @user_data: for @callback
 *
 * Writes the snapshot in the chosen format, drawn on another thread while
 * the dialog shows that it is busy; closing the dialog cancels it. The
 * file is written to a temporary file first, so a failure or a cancel
 * never leaves half a file behind.
 */
void
ec_export_dialog_export_async (EcExportDialog      *self,
                               GFile               *file,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (EC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_export_dialog_export_async);
  set_exporting (self, TRUE);
  ec_snapshot_save_async (self->snapshot, file, ec_export_dialog_get_format (self),
                          self->cancellable, exported_cb, task);
}

/**
 * ec_export_dialog_export_finish:
 * @self: a #EcExportDialog
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: whether the file was written
 */
gboolean
ec_export_dialog_export_finish (EcExportDialog  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  EcExportDialog *self = EC_EXPORT_DIALOG (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;

  if (ec_export_dialog_export_finish (self, result, &error))
    {
      if (self->window != NULL)
        ec_window_show_exported (self->window, file);
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export the Snapshot"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     EcExportDialog   *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->pending);

  if (file != NULL && g_str_equal (response, "replace"))
    ec_export_dialog_export_async (self, file, done_cb, g_object_ref (file));
}

/**
 * ec_export_dialog_export_as:
 * @self: a #EcExportDialog
 * @chosen: the file a person chose
 *
 * Exports to @chosen, with the format's extension added if it lacks it. If
 * that makes it another file that exists, asks before replacing it.
 */
void
ec_export_dialog_export_as (EcExportDialog *self,
                            GFile          *chosen)
{
  g_autofree char *suffix = NULL;
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *dialog;

  g_return_if_fail (EC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (chosen));

  /* The format follows the menu, so the name gets its extension, in any
   * case of letters. */
  suffix = g_strconcat (".", ec_snapshot_format_get_extension (ec_export_dialog_get_format (self)), NULL);
  name = g_file_get_basename (chosen);
  lower = g_ascii_strdown (name, -1);
  file = g_str_has_suffix (lower, suffix) ? g_object_ref (chosen) : ec_window_with_suffix (chosen, suffix);

  if (g_file_equal (file, chosen) || !g_file_query_exists (file, NULL))
    {
      ec_export_dialog_export_async (self, file, done_cb, g_object_ref (file));
      return;
    }

  /* The chooser asked about the name typed; this is another file. */
  g_free (name);
  name = g_file_get_basename (file);
  body = g_strdup_printf (_("A file named “%s” already exists. Saving replaces what it holds."), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replace the Existing File?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_set_object (&self->pending, file);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  EcExportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (chosen != NULL)
        ec_export_dialog_export_as (self, chosen);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_clicked_cb (EcExportDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *title = ec_snapshot_dup_title (self->snapshot);
  g_autofree char *suffix = NULL;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Snapshot"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  suffix = g_strconcat (".", ec_snapshot_format_get_extension (ec_export_dialog_get_format (self)), NULL);
  name = ec_window_suggest_name (title, _("Snapshot"), suffix);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
copy_clicked_cb (EcExportDialog *self)
{
  if (self->window != NULL)
    ec_window_copy_snapshot (self->window, self->snapshot);
}

static void
ec_export_dialog_dispose (GObject *object)
{
  EcExportDialog *self = (EcExportDialog *)object;

  /* Closing the dialog stops an export: nothing is written. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->pending);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->snapshot);
  g_clear_weak_pointer (&self->window);

  G_OBJECT_CLASS (ec_export_dialog_parent_class)->dispose (object);
}

static gboolean
ec_export_dialog_close_request (GtkWindow *window)
{
  EcExportDialog *self = EC_EXPORT_DIALOG (window);

  /* Closing the dialog (Cancel, Escape) stops an export under way. */
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (ec_export_dialog_parent_class)->close_request (window);
}

static void
ec_export_dialog_class_init (EcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_export_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = ec_export_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, title_stack);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, custom_row);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, page_row);
  gtk_widget_class_bind_template_child (widget_class, EcExportDialog, closest_switch);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ec_export_dialog_init (EcExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
}

/**
 * ec_export_dialog_new:
 * @window: the window whose scenario to export
 * @snapshot: the snapshot of that scenario
 *
 * Returns: (transfer floating): a new export dialog
 */
GtkWidget *
ec_export_dialog_new (EcWindow   *window,
                      EcSnapshot *snapshot)
{
  EcExportDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (EC_IS_WINDOW (window), NULL);
  g_return_val_if_fail (EC_IS_SNAPSHOT (snapshot), NULL);

  self = g_object_new (EC_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  self->snapshot = g_object_ref (snapshot);
  g_set_weak_pointer (&self->window, window);

  title = ec_snapshot_dup_title (snapshot);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  options_changed_cb (self);

  return GTK_WIDGET (self);
}

/**
 * ec_export_dialog_get_snapshot:
 * @self: a #EcExportDialog
 *
 * Returns: (transfer none): the snapshot with the options chosen
 */
EcSnapshot *
ec_export_dialog_get_snapshot (EcExportDialog *self)
{
  g_return_val_if_fail (EC_IS_EXPORT_DIALOG (self), NULL);

  return self->snapshot;
}
