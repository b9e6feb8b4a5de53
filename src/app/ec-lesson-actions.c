/* ec-lesson-actions.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-lesson-pane.h"
#include "ec-window-private.h"

/* The window's side of lessons: opening one (a file, a bundled lesson, a
 * new one from the map on screen), the list of bundled lessons, and the
 * question before a lesson being written is closed. The lesson itself
 * lives in the lesson pane. */

typedef struct {
  GFile            *file;
  char             *bundled_id;
  EcLesson         *lesson;
  EcLessonProgress *progress;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bundled_id, g_free);
  g_clear_object (&data->lesson);
  g_clear_object (&data->progress);
  g_free (data);
}

/* The student's progress, if any was kept for this very lesson. Progress
 * that does not belong to it, or cannot be read, is left where it is and
 * the student starts afresh. */
static EcLessonProgress *
load_progress (EcLesson *lesson)
{
  g_autoptr(GFile) file = ec_lesson_progress_file_for (lesson);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  EcLessonProgress *progress;

  if (!(bytes = g_file_load_bytes (file, NULL, NULL, &error)))
    return NULL;

  if (!(progress = ec_lesson_progress_new_from_bytes (bytes, lesson, &error)))
    g_debug ("Not going on from %s: %s", g_file_peek_path (file), error->message);

  return progress;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;

  if (data->file != NULL)
    data->lesson = ec_lesson_new_from_file (data->file, &error);
  else
    data->lesson = ec_lesson_new_bundled (data->bundled_id, &error);

  if (data->lesson == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->progress = load_progress (data->lesson);
  g_task_return_boolean (task, TRUE);
}

/* A lesson takes the window over: it goes in a window of its own when
 * this one has something to lose. */
static EcWindow *
window_for_lesson (EcWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  EcWindow *target;

  if (app == NULL || (!ec_window_is_modified (self) && !ec_lesson_pane_get_modified (self->lesson_pane)))
    {
      ec_document_discard_draft (self->document);
      return self;
    }

  target = ec_window_new (ADW_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (target));

  return target;
}

/* The lesson pane takes the side panel's place beside the map, so that the
 * map keeps its room at 1366×768 and below; F9 brings the panel back. */
static void
show_lesson (EcWindow         *self,
             EcLesson         *lesson,
             GFile            *file,
             EcLessonProgress *progress,
             gboolean          editing)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  ec_lesson_pane_set_lesson (self->lesson_pane, lesson, file, progress, editing);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  EcWindow *self = EC_WINDOW (object);
  LoadData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  EcWindow *target;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = data->file != NULL ? g_file_get_basename (data->file) : g_strdup (data->bundled_id);
          g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

          ec_window_show_error (self, heading, error);
        }
      return;
    }

  if (data->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (data->file);

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }

  target = window_for_lesson (self);
  show_lesson (target, data->lesson, data->file, data->progress, FALSE);
}

static void
load_lesson (EcWindow   *self,
             GFile      *file,
             const char *bundled_id)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, loaded_cb, NULL);
  LoadData *data = g_new0 (LoadData, 1);

  data->file = file != NULL ? g_object_ref (file) : NULL;
  data->bundled_id = g_strdup (bundled_id);
  g_task_set_source_tag (task, load_lesson);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * ec_window_open_lesson:
 * @self: a #EcWindow
 * @file: a `.electors-lesson` file
 *
 * Opens a lesson beside the map, off the main thread, going on from the
 * student's progress when the same lesson was opened before. A lesson that
 * cannot be read gets a dialog that says why.
 */
void
ec_window_open_lesson (EcWindow *self,
                       GFile    *file)
{
  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load_lesson (self, file, NULL);
}

/**
 * ec_window_is_lesson_file:
 * @file: a file
 *
 * Returns: whether @file is named as a lesson
 */
gboolean
ec_window_is_lesson_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, EC_LESSON_SUFFIX);
}

/**
 * ec_window_get_lesson_pane:
 * @self: a #EcWindow
 *
 * Returns: (transfer none): the lesson pane, hidden without a lesson
 */
GtkWidget *
ec_window_get_lesson_pane (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->lesson_pane);
}

/**
 * ec_window_has_lesson:
 * @self: a #EcWindow
 *
 * Returns: whether a lesson is open beside the map
 */
gboolean
ec_window_has_lesson (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);

  return ec_lesson_pane_get_lesson (self->lesson_pane) != NULL;
}

/**
 * ec_window_has_unsaved_lesson:
 * @self: a #EcWindow
 *
 * Returns: whether a lesson being written has changes that are not saved
 */
gboolean
ec_window_has_unsaved_lesson (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);

  return ec_lesson_pane_get_modified (self->lesson_pane);
}

static void
open_bundled_lesson_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  load_lesson (EC_WINDOW (widget), NULL, g_variant_get_string (parameter, NULL));
}

static void
lesson_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  EcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        ec_window_open_lesson (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_lesson_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  gtk_file_filter_set_name (filter, _("Electors Lessons"));
  gtk_file_filter_add_pattern (filter, "*" EC_LESSON_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-electors-lesson");
  dialog = gtk_file_chooser_native_new (_("Open Lesson"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (lesson_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* A new lesson starts from the map on screen, as its first step. */
static void
new_lesson_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);
  g_autoptr(EcLesson) lesson = ec_lesson_new (_("Untitled Lesson"));
  g_autoptr(EcScenario) scenario = ec_scenario_copy (self->scenario);
  g_autoptr(GError) error = NULL;
  EcWindow *target;

  if (!ec_lesson_append_step (lesson, scenario, &error))
    {
      ec_window_show_error (self, _("Could Not Make a Lesson of This Map"), error);
      return;
    }

  /* The map is the lesson's now, and the lesson asks before it is lost. */
  target = ec_lesson_pane_get_modified (self->lesson_pane) ? window_for_lesson (self) : self;
  ec_document_discard_draft (target->document);
  show_lesson (target, lesson, NULL, NULL, TRUE);
}

static void
bundled_row_activated_cb (GtkListBox    *list,
                          GtkListBoxRow *row,
                          GtkWindow     *dialog)
{
  EcWindow *window = EC_WINDOW (gtk_window_get_transient_for (dialog));
  const char *id = g_object_get_data (G_OBJECT (row), "lesson-id");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled-lesson", "s", id);
  gtk_window_destroy (dialog);
}

static void
dialog_button_cb (GtkButton *button,
                  GtkWindow *dialog)
{
  EcWindow *window = EC_WINDOW (gtk_window_get_transient_for (dialog));
  const char *action = g_object_get_data (G_OBJECT (button), "window-action");

  gtk_window_destroy (dialog);
  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
}

static GtkWidget *
dialog_button (GtkWidget  *dialog,
               const char *label,
               const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "window-action", (gpointer) action);
  g_signal_connect_object (button, "clicked", G_CALLBACK (dialog_button_cb), dialog, 0);

  return button;
}

/**
 * ec_window_open_lesson_list:
 * @self: a #EcWindow
 *
 * Shows the bundled lessons, with New Lesson and Open Lesson.
 *
 * Returns: (transfer none): the list's window
 */
GtkWidget *
ec_window_open_lesson_list (EcWindow *self)
{
  const char * const *ids = ec_lesson_list_bundled ();
  GtkWidget *dialog, *toolbar, *header, *list, *box, *scrolled, *buttons;

  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  dialog = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (dialog), _("Lessons"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 520, 560);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), FALSE);

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (toolbar), header);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bundled Lessons"), -1);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autoptr(EcLesson) lesson = ec_lesson_new_bundled (ids[i], NULL);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (lesson == NULL)
        continue;

      /* Translators: a lesson's audience and length, "High school · 20 minutes" */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u minute", "%s · %u minutes",
                                               ec_lesson_get_minutes (lesson)),
                                  ec_lesson_get_audience (lesson), ec_lesson_get_minutes (lesson));
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ec_lesson_get_title (lesson));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "lesson-id", g_strdup (ids[i]), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect_object (list, "row-activated", G_CALLBACK (bundled_row_activated_cb), dialog, 0);
  gtk_box_append (GTK_BOX (box), list);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), dialog_button (dialog, _("_New Lesson from This Map"), "win.new-lesson"));
  gtk_box_append (GTK_BOX (buttons), dialog_button (dialog, _("_Open Lesson File…"), "win.open-lesson"));
  gtk_box_append (GTK_BOX (box), buttons);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (dialog), toolbar);

  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
lessons_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ec_window_open_lesson_list (EC_WINDOW (widget));
}

/* Closing with a lesson being written */

/* What the question was before: closing the window, or the lesson. */
static void
close_after_question (EcWindow *self,
                      gboolean  window)
{
  if (window)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else
    {
      ec_lesson_pane_close (self->lesson_pane);
    }
}

static void
lesson_saved_then_close_cb (GObject      *object,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(EcWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (ec_lesson_pane_save_finish (EC_LESSON_PANE (object), result, &error))
    close_after_question (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "ec-lesson-close-window")));
  else
    ec_window_show_error (self, _("Could Not Save the Lesson"), error);
}

static void
lesson_question_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    EcWindow         *self)
{
  GFile *file = ec_lesson_pane_get_file (self->lesson_pane);
  gboolean window = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "ec-lesson-close-window"));

  if (g_str_equal (response, "discard"))
    {
      close_after_question (self, window);
    }
  else if (g_str_equal (response, "save") && file != NULL)
    {
      g_object_set_data (G_OBJECT (self), "ec-lesson-close-window", GINT_TO_POINTER (window));
      ec_lesson_pane_save_async (self->lesson_pane, file, lesson_saved_then_close_cb, g_object_ref (self));
    }
  else if (g_str_equal (response, "save"))
    {
      /* Where to save it first; the window stays until it is saved. */
      gtk_widget_activate_action (GTK_WIDGET (self->lesson_pane), "lesson.save", NULL);
    }
}

/**
 * ec_window_ask_to_save_lesson:
 * @self: a #EcWindow
 * @close_window: whether the window closes after, or only the lesson
 *
 * Asks whether to save the lesson being written before it closes, let it
 * go, or stay.
 */
void
ec_window_ask_to_save_lesson (EcWindow *self,
                              gboolean  close_window)
{
  const char *title = ec_lesson_get_title (ec_lesson_pane_get_lesson (self->lesson_pane));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("The lesson “%s” has changes that are not saved. If you close it without saving, they are lost."), title);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save the Lesson?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "ec-lesson-close-window", GINT_TO_POINTER (close_window));
  g_signal_connect_object (dialog, "response", G_CALLBACK (lesson_question_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_lesson_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  if (ec_lesson_pane_get_modified (self->lesson_pane))
    ec_window_ask_to_save_lesson (self, FALSE);
  else
    ec_lesson_pane_close (self->lesson_pane);
}

static void
edit_lesson_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  ec_lesson_pane_set_editing (self->lesson_pane, !ec_lesson_pane_get_editing (self->lesson_pane));
}

static void
lesson_changed_cb (EcWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-lesson", ec_window_has_lesson (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-lesson", ec_window_has_lesson (self));
}

void
ec_window_init_lessons (EcWindow *self)
{
  g_signal_connect_object (self->lesson_pane, "notify::lesson", G_CALLBACK (lesson_changed_cb), self, G_CONNECT_SWAPPED);
  lesson_changed_cb (self);
}

void
ec_window_class_init_lessons (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-lesson", NULL, edit_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.close-lesson", NULL, close_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.lessons", NULL, lessons_action);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", NULL, open_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled-lesson", "s", open_bundled_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.new-lesson", NULL, new_lesson_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.lessons", NULL);

  g_type_ensure (EC_TYPE_LESSON_PANE);
}
