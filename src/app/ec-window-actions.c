/* ec-window-actions.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ec-candidates-dialog.h"
#include "ec-details-dialog.h"
#include "ec-export-dialog.h"
#include "ec-window-private.h"

/* The window's file handling (open, save, drag and drop, recent files,
 * autosave, closing with unsaved changes) and presentation mode. */

#define SCENARIO_SUFFIX EC_DOCUMENT_SUFFIX

void
ec_window_show_error (EcWindow     *self,
                      const char   *heading,
                      const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ec_window_is_modified:
 * @self: a #EcWindow
 *
 * Returns: whether the window's document has changes that closing would
 *   lose
 */
gboolean
ec_window_is_modified (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);

  return self->document != NULL && ec_document_get_modified (self->document);
}

static void
toast (EcWindow   *self,
       const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
remember_file (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* Opening */

typedef struct {
  EcWindow *window;
  GFile    *file;
} OpenRequest;

static void
open_request_free (OpenRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->file);
  g_free (request);
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  OpenRequest *request = user_data;
  EcWindow *self = request->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(EcDocument) document = ec_document_load_finish (result, &error);
  GtkApplication *app;
  EcWindow *target = self;

  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = g_file_get_basename (request->file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

          ec_window_show_error (self, heading, error);
        }
      open_request_free (request);
      return;
    }

  remember_file (ec_document_get_file (document));

  /* A file is a document of its own: it replaces the one on screen only if
   * that one has nothing to lose, and opens in a window of its own if not. */
  app = gtk_window_get_application (GTK_WINDOW (self));
  if ((ec_window_is_modified (self) || ec_window_has_lesson (self)) && app != NULL)
    {
      target = ec_window_new (ADW_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (target));
    }
  else
    {
      ec_document_discard_draft (self->document);
    }

  ec_window_set_document (target, document);
  open_request_free (request);
}

/**
 * ec_window_open_file:
 * @self: a #EcWindow
 * @file: a `.electors` file
 *
 * Opens a scenario, off the main thread. A file that cannot be read, or is
 * not a scenario, gets a dialog saying what is wrong, and what is on screen
 * stays as it was. The file becomes a new document: in this window if its
 * document has nothing to lose, in a new window if it has.
 */
void
ec_window_open_file (EcWindow *self,
                     GFile    *file)
{
  OpenRequest *request;

  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (ec_window_is_lesson_file (file))
    {
      ec_window_open_lesson (self, file);
      return;
    }

  request = g_new0 (OpenRequest, 1);
  request->window = g_object_ref (self);
  request->file = g_object_ref (file);
  ec_document_load_async (file, self->cancellable, opened_cb, request);
}

/* Saving */

typedef struct {
  EcWindow *window;
  GCallback then;
} SaveRequest;

static void
save_request_free (SaveRequest *request)
{
  g_clear_object (&request->window);
  g_free (request);
}

static void
document_saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  EcDocument *document = EC_DOCUMENT (object);
  SaveRequest *request = user_data;
  EcWindow *self = request->window;
  g_autoptr(GError) error = NULL;

  if (ec_document_save_finish (document, result, &error))
    {
      remember_file (ec_document_get_file (document));
      if (self->document == document)
        {
          toast (self, _("Scenario saved"));
          if (request->then != NULL)
            ((void (*) (EcWindow *)) request->then) (self);
        }
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      ec_window_show_error (self, _("Could Not Save the Scenario"), error);
    }

  save_request_free (request);
}

static void
save_document (EcWindow  *self,
               GFile     *file,
               GCallback  then)
{
  SaveRequest *request = g_new0 (SaveRequest, 1);

  request->window = g_object_ref (self);
  request->then = then;
  ec_document_save_async (self->document, file, NULL, document_saved_cb, request);
}

static void
save_finished_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (ec_document_save_finish (EC_DOCUMENT (object), result, &error))
    {
      remember_file (ec_document_get_file (EC_DOCUMENT (object)));
      g_task_return_boolean (task, TRUE);
    }
  else
    {
      g_task_return_error (task, g_steal_pointer (&error));
    }
}

/**
 * ec_window_save_to_file_async:
 * @self: a #EcWindow
 * @file: where to save
 * @callback: called when the file is written, or could not be
 * @user_data: for @callback
 *
 * Saves the window's document to @file, off the main thread. A failed save
 * leaves the old file as it was.
 */
void
ec_window_save_to_file_async (EcWindow            *self,
                              GFile               *file,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, ec_window_save_to_file_async);
  ec_document_save_async (self->document, file, NULL, save_finished_cb, task);
}

/**
 * ec_window_save_to_file_finish:
 * @self: a #EcWindow
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: whether the scenario was saved
 */
gboolean
ec_window_save_to_file_finish (EcWindow      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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
  g_autoptr(GtkFileFilter) lessons = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) both = gtk_file_filter_new ();

  gtk_file_filter_set_name (lessons, _("Electors Lessons"));
  gtk_file_filter_add_pattern (lessons, "*" EC_LESSON_SUFFIX);
  gtk_file_filter_add_mime_type (lessons, "application/x-electors-lesson");
  gtk_file_filter_set_name (both, _("Scenarios and Lessons"));
  gtk_file_filter_add_pattern (both, "*" SCENARIO_SUFFIX);
  gtk_file_filter_add_pattern (both, "*" EC_LESSON_SUFFIX);
  gtk_file_filter_add_mime_type (both, "application/x-electors-scenario");
  gtk_file_filter_add_mime_type (both, "application/x-electors-lesson");

  dialog = gtk_file_chooser_native_new (_("Open Scenario or Lesson"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), both);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), lessons);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * ec_window_with_suffix:
 * @chosen: the file a person chose
 * @suffix: the extension its kind of file has, such as ".electors"
 *
 * Returns: (transfer full): @chosen, with @suffix added if it lacks it
 */
GFile *
ec_window_with_suffix (GFile      *chosen,
                       const char *suffix)
{
  g_autofree char *name = g_file_get_basename (chosen);
  g_autofree char *with_suffix = NULL;
  g_autoptr(GFile) parent = NULL;

  if (g_str_has_suffix (name, suffix))
    return g_object_ref (chosen);

  with_suffix = g_strconcat (name, suffix, NULL);
  parent = g_file_get_parent (chosen);

  return g_file_get_child (parent, with_suffix);
}

/**
 * ec_window_suggest_name:
 * @title: (nullable): a scenario's title
 * @fallback: the name to use without one
 * @suffix: the extension
 *
 * Returns: (transfer full): a file name for @title that USB sticks
 *   formatted as FAT or exFAT accept: no `/ \ : * ? " < > |`
 */
char *
ec_window_suggest_name (const char *title,
                        const char *fallback,
                        const char *suffix)
{
  g_autofree char *name = g_strdup (title != NULL && *title != '\0' ? title : fallback);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  g_strstrip (name);

  return g_strconcat (*name != '\0' ? name : fallback, suffix, NULL);
}

typedef struct {
  EcWindow *window;
  GFile    *file;
  GCallback then;
} ReplaceRequest;

static void
replace_request_free (ReplaceRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->file);
  g_free (request);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ReplaceRequest   *request)
{
  if (g_str_equal (response, "replace"))
    save_document (request->window, request->file, request->then);
}

/* The chooser asked about replacing the name typed; with the suffix added
 * it is another file, which may exist too: ask again for that one. */
static void
save_to_chosen (EcWindow  *self,
                GFile     *chosen,
                GCallback  then)
{
  g_autoptr(GFile) file = ec_window_with_suffix (chosen, SCENARIO_SUFFIX);
  ReplaceRequest *request;
  GtkWidget *dialog;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  if (g_file_equal (file, chosen) || !g_file_query_exists (file, NULL))
    {
      save_document (self, file, then);
      return;
    }

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

  request = g_new0 (ReplaceRequest, 1);
  request->window = g_object_ref (self);
  request->file = g_object_ref (file);
  request->then = then;
  g_signal_connect_data (dialog, "response", G_CALLBACK (replace_response_cb), request,
                         (GClosureNotify) replace_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ec_window_save_as:
 * @self: a #EcWindow
 * @chosen: the file a person chose to save to
 *
 * Saves to @chosen, with ".electors" added if it lacks it. If that makes
 * it another file that exists, asks before replacing it.
 */
void
ec_window_save_as (EcWindow *self,
                   GFile    *chosen)
{
  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (chosen));

  save_to_chosen (self, chosen, NULL);
}

typedef struct {
  EcWindow *window;
  GCallback then;
} ChooserRequest;

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  ChooserRequest  *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (chosen != NULL)
        save_to_chosen (request->window, chosen, request->then);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (request->window);
  g_free (request);
}

static void
save_as (EcWindow  *self,
         GCallback  then)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = scenario_filter ();
  ChooserRequest *request = g_new0 (ChooserRequest, 1);
  GFile *file = ec_document_get_file (self->document);

  dialog = gtk_file_chooser_native_new (_("Save Scenario"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  if (file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), file, NULL);
    }
  else
    {
      g_autofree char *name = ec_window_suggest_name (ec_scenario_get_title (self->scenario),
                                                      _("Scenario"), SCENARIO_SUFFIX);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }

  request->window = g_object_ref (self);
  request->then = then;
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Saves to the document's file, or asks where first. */
static void
save_then (EcWindow  *self,
           GCallback  then)
{
  if (ec_document_get_file (self->document) != NULL)
    save_document (self, NULL, then);
  else
    save_as (self, then);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_then (EC_WINDOW (widget), NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (EC_WINDOW (widget), NULL);
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

/* Unsaved changes: one question, wherever they would be lost. */

typedef struct {
  EcWindow *window;
  GCallback discarded;
  GCallback saved;
} Question;

static void
question_free (Question *question)
{
  g_clear_object (&question->window);
  g_free (question);
}

static void
question_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Question         *question)
{
  EcWindow *self = question->window;

  if (g_str_equal (response, "discard"))
    {
      ec_document_discard_draft (self->document);
      if (question->discarded != NULL)
        ((void (*) (EcWindow *)) question->discarded) (self);
    }
  else if (g_str_equal (response, "save"))
    {
      save_then (self, question->saved);
    }
  else
    {
      /* Cancelled: nothing happens, and nothing is pending. */
      g_clear_pointer (&self->pending_election, g_free);
    }
}

/**
 * ec_window_ask_to_save:
 * @self: a #EcWindow
 * @heading: the question, such as "Save Changes?"
 * @discard_cb: (nullable): what to do once the changes may go
 * @saved_then: (nullable): what to do once they are saved
 *
 * Asks whether to save the document's changes, let them go, or stay.
 */
void
ec_window_ask_to_save (EcWindow   *self,
                       const char *heading,
                       GCallback   discard_cb,
                       GCallback   saved_then)
{
  g_autofree char *name = ec_document_dup_display_name (self->document);
  g_autofree char *body = NULL;
  Question *question;
  GtkWidget *dialog;

  body = g_strdup_printf (_("“%s” has changes that are not saved. If you go on without saving, they are lost."), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  question = g_new0 (Question, 1);
  question->window = g_object_ref (self);
  question->discarded = discard_cb;
  question->saved = saved_then;
  g_signal_connect_data (dialog, "response", G_CALLBACK (question_response_cb), question,
                         (GClosureNotify) question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Closing */

static void
close_now (EcWindow *self)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_request_cb (EcWindow *self)
{
  /* A lesson being written is asked about first, on its own terms. */
  if (!self->close_confirmed && ec_window_has_unsaved_lesson (self))
    {
      ec_window_ask_to_save_lesson (self, TRUE);
      return TRUE;
    }

  if (self->close_confirmed || !ec_window_is_modified (self))
    {
      ec_document_discard_draft (self->document);
      return FALSE;
    }

  ec_window_ask_to_save (self, _("Save Changes?"), G_CALLBACK (close_now), G_CALLBACK (close_now));

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

  ec_window_open_file (self, g_value_get_object (value));

  return TRUE;
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
  ec_lesson_pane_set_presenting (self->lesson_pane, presenting);
  /* Without the header bar's title, the room still reads what is shown. */
  if (presenting)
    ec_window_update_context (self, NULL);
  gtk_widget_set_visible (self->presentation_context, presenting);
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
  EcMapRenderer *renderer = ec_map_view_get_renderer (self->map_view);
  EcSnapshot *snapshot = ec_snapshot_new (ec_map_renderer_get_map (renderer), self->scenario);

  /* The page shows the map as the window does: its palette (the
   * colour-blind one exports as such) and its margin shading. */
  ec_snapshot_set_palette (snapshot, ec_map_renderer_get_palette (renderer));
  ec_snapshot_set_margin_shading (snapshot, ec_map_view_get_margin_shading (self->map_view));

  return snapshot;
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

/* Printing: the snapshot's page, drawn by the export layer on the
 * printer's page, as a PDF export would be. */

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              EcSnapshot        *snapshot)
{
  ec_snapshot_draw (snapshot,
                    gtk_print_context_get_cairo_context (context),
                    gtk_print_context_get_width (context),
                    gtk_print_context_get_height (context));
}

/**
 * ec_window_new_print_operation:
 * @self: a #EcWindow
 *
 * Makes the print operation of the scenario on screen: one landscape page
 * with the snapshot, as the window shows it.
 *
 * Returns: (transfer full): the operation, ready to run
 */
GtkPrintOperation *
ec_window_new_print_operation (EcWindow *self)
{
  g_autoptr(EcSnapshot) snapshot = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autofree char *title = NULL;
  GtkPrintOperation *operation;

  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  snapshot = create_snapshot (self);
  title = ec_snapshot_dup_title (snapshot);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_n_pages (operation, 1);
  /* In points, as the PDF export lays its page out. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         g_steal_pointer (&snapshot), (GClosureNotify)(void (*) (void))g_object_unref, 0);

  return operation;
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               EcWindow                *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        ec_window_show_error (self, _("Could Not Print"), error);
    }
}

static void
print_finished_cb (GtkPrintOperation *operation)
{
  g_object_unref (operation);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);
  GtkPrintOperation *operation = ec_window_new_print_operation (self);
  GtkPrintOperationResult result;
  g_autoptr(GError) error = NULL;

  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  /* The print dialog does not hold up the window. */
  gtk_print_operation_set_allow_async (operation, TRUE);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    ec_window_show_error (self, _("Could Not Print"), error);

  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_signal_connect (operation, "done", G_CALLBACK (print_finished_cb), NULL);
  else
    g_object_unref (operation);
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
edit_candidates_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  if (!ec_scenario_can_edit_candidates (self->scenario))
    return;

  gtk_window_present (GTK_WINDOW (ec_candidates_dialog_new (GTK_WINDOW (self), self->scenario)));
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
  gtk_widget_class_install_action (widget_class, "win.edit-candidates", NULL, edit_candidates_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
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

  self->cancellable = g_cancellable_new ();

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
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}
