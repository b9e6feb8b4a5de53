/* ec-window-actions.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ec-details-dialog.h"
#include "ec-export-dialog.h"
#include "ec-window-private.h"

/* The window's file handling (open, save, drag and drop, recent files,
 * autosave, closing with unsaved changes) and presentation mode. */

#define SCENARIO_SUFFIX ".electors"
#define AUTOSAVE_DELAY_MS 800

static void save_as (EcWindow *self,
                     gboolean  close_after);

void
ec_window_show_error (EcWindow     *self,
                      const char   *heading,
                      const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Autosave */

/**
 * ec_window_get_autosave_file:
 *
 * Returns: (transfer full): where the working scenario is kept between
 *   changes, so that a crash or a power cut loses at most a second or two
 */
GFile *
ec_window_get_autosave_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "electors", "autosave" SCENARIO_SUFFIX, NULL);

  return g_file_new_for_path (path);
}

static gboolean
autosave_cb (gpointer data)
{
  EcWindow *self = data;
  g_autoptr(GFile) file = ec_window_get_autosave_file ();
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;

  if (self->scenario == NULL)
    return G_SOURCE_REMOVE;

  g_file_make_directory_with_parents (folder, NULL, NULL);
  if (!ec_scenario_save_to_file (self->scenario, file, &error))
    g_warning ("Could not keep a copy of the scenario in %s: %s", g_file_peek_path (file), error->message);

  return G_SOURCE_REMOVE;
}

static void
forget_autosave (EcWindow *self)
{
  g_autoptr(GFile) file = ec_window_get_autosave_file ();

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_file_delete (file, NULL, NULL);
}

/**
 * ec_window_flush_autosave:
 * @self: a #EcWindow
 *
 * Writes the pending autosave now, if a change is waiting for it.
 */
void
ec_window_flush_autosave (EcWindow *self)
{
  g_return_if_fail (EC_IS_WINDOW (self));

  if (self->autosave_source != 0)
    {
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      autosave_cb (self);
    }
}

/**
 * ec_window_restore_autosave:
 * @self: a #EcWindow
 *
 * Brings back the scenario that was being worked on when the app last
 * stopped without saving. It stays unsaved: the autosave is not its file.
 *
 * Returns: whether there was one to restore
 */
gboolean
ec_window_restore_autosave (EcWindow *self)
{
  g_autoptr(GFile) file = ec_window_get_autosave_file ();
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);

  scenario = ec_scenario_new_from_file (file, &error);
  if (scenario == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        ec_window_show_error (self, _("Could Not Restore the Scenario"), error);
      return FALSE;
    }

  g_clear_object (&self->file);
  ec_window_set_scenario (self, scenario);
  /* Nothing saved matches it, so closing asks before losing it again. */
  g_free (self->saved_data);
  self->saved_data = g_strdup ("");
  ec_window_update_title (self);

  return TRUE;
}

/* The title: the file's name (or the scenario's), with a dot while changes
 * are unsaved. */

/**
 * ec_window_is_modified:
 * @self: a #EcWindow
 *
 * Returns: whether the scenario has changes that are not in its file
 */
gboolean
ec_window_is_modified (EcWindow *self)
{
  g_autofree char *data = NULL;

  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);

  if (self->scenario == NULL)
    return FALSE;

  /* The election the window opened with, never edited, has nothing to
   * lose. */
  if (self->saved_data == NULL)
    return ec_history_can_undo (self->history);

  data = ec_scenario_to_data (self->scenario, NULL);

  return g_strcmp0 (data, self->saved_data) != 0;
}

void
ec_window_scenario_changed_files (EcWindow *self)
{
  if (self->restoring || self->scenario == NULL)
    {
      ec_window_update_title (self);
      return;
    }

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (ec_window_is_modified (self))
    self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);

  ec_window_update_title (self);
}

static void
toast (EcWindow   *self,
       const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
remember_file (EcWindow *self,
               GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_set_object (&self->file, file);
  g_free (self->saved_data);
  self->saved_data = ec_scenario_to_data (self->scenario, NULL);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  forget_autosave (self);
  ec_window_update_title (self);
}

/**
 * ec_window_open_file:
 * @self: a #EcWindow
 * @file: a `.electors` file
 *
 * Opens a scenario. A file that cannot be read, or is not a scenario, gets a
 * dialog saying what is wrong, and the scenario on screen stays as it was.
 *
 * Returns: whether the file was opened
 */
gboolean
ec_window_open_file (EcWindow *self,
                     GFile    *file)
{
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  scenario = ec_scenario_new_from_file (file, &error);
  if (scenario == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      ec_window_show_error (self, heading, error);
      return FALSE;
    }

  ec_window_set_scenario (self, scenario);
  remember_file (self, file);

  return TRUE;
}

/**
 * ec_window_save_to_file:
 * @self: a #EcWindow
 * @file: where to save
 * @error: return location for a #GError
 *
 * Saves the scenario to @file. A failed save leaves the old file as it was.
 *
 * Returns: whether the scenario was saved
 */
gboolean
ec_window_save_to_file (EcWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A scenario without a title takes the file's name. */
  if (*ec_scenario_get_title (self->scenario) == '\0')
    {
      g_autofree char *name = g_file_get_basename (file);

      if (g_str_has_suffix (name, SCENARIO_SUFFIX))
        name[strlen (name) - strlen (SCENARIO_SUFFIX)] = '\0';
      self->restoring = TRUE;
      ec_scenario_set_title (self->scenario, name);
      self->restoring = FALSE;
    }

  if (!ec_scenario_save_to_file (self->scenario, file, error))
    return FALSE;

  remember_file (self, file);

  return TRUE;
}

static gboolean
save (EcWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->file == NULL)
    return FALSE;

  if (!ec_window_save_to_file (self, self->file, &error))
    {
      ec_window_show_error (self, _("Could Not Save the Scenario"), error);
      return FALSE;
    }

  toast (self, _("Scenario saved"));

  return TRUE;
}

static GtkFileFilter *
scenario_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Electors Scenarios"));
  gtk_file_filter_add_pattern (filter, "*" SCENARIO_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-electors-scenario");

  return filter;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  EcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        ec_window_open_file (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = scenario_filter ();

  dialog = gtk_file_chooser_native_new (_("Open Scenario"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct {
  EcWindow *window;
  gboolean  close_after;
} SaveRequest;

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  SaveRequest     *request)
{
  EcWindow *self = request->window;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = chosen ? g_file_get_basename (chosen) : NULL;

      if (chosen != NULL)
        {
          /* Keep the extension, so the file opens in Electors again. */
          if (!g_str_has_suffix (name, SCENARIO_SUFFIX))
            {
              g_autofree char *with_suffix = g_strconcat (name, SCENARIO_SUFFIX, NULL);
              g_autoptr(GFile) parent = g_file_get_parent (chosen);

              file = g_file_get_child (parent, with_suffix);
            }
          else
            {
              file = g_object_ref (chosen);
            }

          if (ec_window_save_to_file (self, file, &error))
            {
              toast (self, _("Scenario saved"));
              if (request->close_after)
                {
                  self->close_confirmed = TRUE;
                  gtk_window_close (GTK_WINDOW (self));
                }
            }
          else
            {
              ec_window_show_error (self, _("Could Not Save the Scenario"), error);
            }
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (request->window);
  g_free (request);
}

static void
save_as (EcWindow *self,
         gboolean  close_after)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = scenario_filter ();
  SaveRequest *request = g_new0 (SaveRequest, 1);
  const char *title = ec_scenario_get_title (self->scenario);
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (_("Save Scenario"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  if (self->file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), self->file, NULL);
    }
  else
    {
      name = g_strconcat (*title ? title : _("Scenario"), SCENARIO_SUFFIX, NULL);
      g_strdelimit (name, "/\\", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }

  request->window = g_object_ref (self);
  request->close_after = close_after;
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  if (!save (self) && self->file == NULL)
    save_as (self, FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (EC_WINDOW (widget), FALSE);
}

/* Open Recent: the scenarios opened or saved lately, newest first. */

#define MAX_RECENT 8

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ra = *(GtkRecentInfo **)a;
  GtkRecentInfo *rb = *(GtkRecentInfo **)b;
  GDateTime *ta = gtk_recent_info_get_modified (ra);
  GDateTime *tb = gtk_recent_info_get_modified (rb);

  return g_date_time_compare (tb, ta);
}

static void
update_recent_menu (EcWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new ();

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (g_str_has_suffix (gtk_recent_info_get_uri (info), SCENARIO_SUFFIX) && gtk_recent_info_exists (info))
        g_ptr_array_add (scenarios, info);
    }
  g_ptr_array_sort (scenarios, compare_recent);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < MIN (scenarios->len, MAX_RECENT); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (scenarios, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }

  if (scenarios->len == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Scenarios"), "win.no-recent");

      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  ec_window_open_file (EC_WINDOW (widget), file);
}

static void
no_recent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  /* A disabled placeholder that says the list is empty. */
}

/* Closing */

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   EcWindow         *self)
{
  if (g_str_equal (response, "discard"))
    {
      forget_autosave (self);
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      if (self->file != NULL && save (self))
        {
          self->close_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
      else if (self->file == NULL)
        {
          save_as (self, TRUE);
        }
    }
}

static gboolean
close_request_cb (EcWindow *self)
{
  GtkWidget *dialog;

  if (self->close_confirmed || !ec_window_is_modified (self))
    {
      forget_autosave (self);
      return FALSE;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                   _("This scenario has changes that are not saved. If you close without saving, they are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* Drag and drop */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         EcWindow      *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;

  return ec_window_open_file (self, g_value_get_object (value));
}

/* Presentation mode: full screen, large map and labels, panels folded away,
 * every presenter action on a key. */

static void
set_presenting (EcWindow *self,
                gboolean  presenting)
{
  EcMapRenderer *renderer = ec_map_view_get_renderer (self->map_view);

  if (self->presenting == presenting)
    return;

  self->presenting = presenting;

  if (presenting)
    {
      self->flap_was_revealed = adw_flap_get_reveal_flap (self->flap);
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      adw_flap_set_reveal_flap (self->flap, self->flap_was_revealed);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }

  gtk_widget_set_visible (self->header_bar, !presenting);
  /* On the projector, labels half as large again as the chosen size. */
  if (presenting)
    self->label_scale = ec_map_renderer_get_label_scale (renderer);
  g_object_set (self->map_view, "label-scale", presenting ? self->label_scale * 1.5 : self->label_scale, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presenting);
}

/**
 * ec_window_get_presenting:
 * @self: a #EcWindow
 *
 * Returns: whether the window is in presentation mode
 */
gboolean
ec_window_get_presenting (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);

  return self->presenting;
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  set_presenting (self, !self->presenting);
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  if (self->presenting)
    set_presenting (self, FALSE);
  else if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
fullscreened_cb (EcWindow *self)
{
  /* Leaving full screen some other way (the window manager) ends the show. */
  if (!gtk_window_is_fullscreen (GTK_WINDOW (self)) && self->presenting)
    set_presenting (self, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation",
                                 self->presenting || gtk_window_is_fullscreen (GTK_WINDOW (self)));
}

/* Export */

static EcSnapshot *
create_snapshot (EcWindow *self)
{
  EcMap *map = ec_map_renderer_get_map (ec_map_view_get_renderer (self->map_view));

  return ec_snapshot_new (map, self->scenario);
}

/**
 * ec_window_show_exported:
 * @self: a #EcWindow
 * @file: the file just written
 *
 * Confirms an export with a toast that offers to open the file.
 */
void
ec_window_show_exported (EcWindow *self,
                         GFile    *file)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *uri = NULL;
  AdwToast *exported;

  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  uri = g_file_get_uri (file);
  text = g_strdup_printf (_("Exported “%s”"), name);
  exported = adw_toast_new (text);
  adw_toast_set_button_label (exported, _("_Open"));
  adw_toast_set_detailed_action_name (exported, "win.open-uri");
  adw_toast_set_action_target_value (exported, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, exported);
}

/**
 * ec_window_copy_snapshot:
 * @self: a #EcWindow
 * @snapshot: (nullable): the snapshot to copy, or %NULL for a slide of the
 *   scenario on screen
 *
 * Puts a PNG of the snapshot on the clipboard.
 *
 * Returns: whether the image was copied
 */
gboolean
ec_window_copy_snapshot (EcWindow   *self,
                         EcSnapshot *snapshot)
{
  g_autoptr(EcSnapshot) own = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);

  if (snapshot == NULL)
    snapshot = own = create_snapshot (self);

  if (!(png = ec_snapshot_to_png_bytes (snapshot, &error)) ||
      !(texture = gdk_texture_new_from_bytes (png, &error)))
    {
      ec_window_show_error (self, _("Could Not Copy the Image"), error);
      return FALSE;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  toast (self, _("Image copied"));

  return TRUE;
}

/**
 * ec_window_open_export_dialog:
 * @self: a #EcWindow
 *
 * Returns: (transfer none): the export dialog, shown
 */
GtkWidget *
ec_window_open_export_dialog (EcWindow *self)
{
  g_autoptr(EcSnapshot) snapshot = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  snapshot = create_snapshot (self);
  dialog = ec_export_dialog_new (self, snapshot);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (ec_details_dialog_new (GTK_WINDOW (self), self->scenario)));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ec_window_open_export_dialog (EC_WINDOW (widget));
}

static void
copy_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ec_window_copy_snapshot (EC_WINDOW (widget), NULL);
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

void
ec_window_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.details", NULL, details_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-image", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-image", NULL);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, no_recent_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
}

void
ec_window_init_files (EcWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}

void
ec_window_dispose_files (EcWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_object (&self->file);
  g_clear_pointer (&self->saved_data, g_free);
}
