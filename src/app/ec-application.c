/* ec-application.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-application.h"
#include "ec-cli.h"
#include "ec-explanations.h"
#include "ec-laws.h"
#include "ec-map.h"
#include "ec-preferences.h"
#include "ec-settings.h"
#include "ec-lesson-pane.h"
#include "ec-window.h"

struct _EcApplication
{
  AdwApplication   parent_instance;

  /* Only while GApplication reads the command line: the arguments it is
   * parsing, which handle-local-options does not see, and whether GOption
   * refused one of them. */
  char          ***arguments;
  gboolean         bad_option;

  gboolean         drafts_offered;
};

G_DEFINE_FINAL_TYPE (EcApplication, ec_application, ADW_TYPE_APPLICATION)

static EcWindow *
get_or_create_window (EcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (ec_window_new (ADW_APPLICATION (self)));

  return EC_WINDOW (window);
}

/* Drafts: after a crash or a power cut, every document that had changes
 * left its draft on disk. They are offered back once, at the first window,
 * however the app was started, and nothing replaces them before the
 * person answers: a new document writes a draft of its own. */

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     EcApplication    *self)
{
  GPtrArray *drafts = g_object_get_data (G_OBJECT (dialog), "drafts");
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean reuse = active != NULL && !ec_window_is_modified (EC_WINDOW (active)) &&
                   ec_document_get_file (ec_window_get_document (EC_WINDOW (active))) == NULL;

  for (guint i = 0; i < drafts->len; i++)
    {
      GFile *draft = g_ptr_array_index (drafts, i);
      g_autoptr(EcDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      EcWindow *window;

      if (!g_str_equal (response, "restore"))
        {
          ec_document_delete_draft (draft);
          continue;
        }

      if (!(document = ec_document_new_from_draft (draft, &error)))
        {
          /* The draft stays on disk: nothing is lost by a failed restore. */
          if (active != NULL)
            ec_window_show_error (EC_WINDOW (active), _("Could Not Restore the Scenario"), error);
          continue;
        }

      if (reuse)
        {
          window = EC_WINDOW (active);
          reuse = FALSE;
        }
      else
        {
          window = ec_window_new (ADW_APPLICATION (self));
        }
      ec_window_set_document (window, document);
      gtk_window_present (GTK_WINDOW (window));

      /* The new document keeps its own draft from now on. */
      ec_document_write_draft_now (document);
      ec_document_delete_draft (draft);
    }
}

static void
offer_drafts (EcApplication *self)
{
  g_autoptr(GPtrArray) drafts = ec_document_list_drafts ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (drafts->len == 0 || window == NULL)
    return;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Electors stopped before the last changes to a scenario were saved. "
                                       "You can have them back.",
                                       "Electors stopped before the last changes to %u scenarios were saved. "
                                       "You can have them back, each in a window of its own.",
                                       drafts->len),
                          drafts->len);
  dialog = adw_message_dialog_new (window,
                                   g_dngettext (GETTEXT_PACKAGE, "Restore Unsaved Scenario?",
                                                "Restore Unsaved Scenarios?", drafts->len),
                                   body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  /* Escape keeps the drafts for the next start rather than deleting them. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "drafts", g_ptr_array_ref (drafts), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reads the bundled data on the second core while GTK starts up on the
 * first; whoever needs it first waits for it. */
static gpointer
preload_data (gpointer data)
{
  ec_map_get_default ();
  ec_explanations_get_default ();
  ec_laws_get_default ();

  return NULL;
}

static gboolean
ec_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  EcApplication *self = EC_APPLICATION (app);
  gboolean handled;

  self->arguments = arguments;
  self->bad_option = FALSE;
  handled = G_APPLICATION_CLASS (ec_application_parent_class)->local_command_line (app, arguments, exit_status);
  self->arguments = NULL;

  /* GApplication exits with 1 when GOption refuses an option; the command
   * line exits with the same status for that as for any other mistake. */
  if (self->bad_option)
    *exit_status = EC_CLI_EXIT_BAD_INPUT;

  return handled;
}

static int
ec_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  EcApplication *self = EC_APPLICATION (app);

  g_assert (self->arguments != NULL);

  /* Options mean the command line. It answers here and exits, before
   * GApplication goes on the session bus and before GTK opens the display
   * in startup, so it needs neither. The files left in the arguments are
   * its to refuse; without options, GApplication opens them. */
  if (ec_cli_handles (options))
    return ec_cli_run (options, (const char * const *)*self->arguments);

  /* A window is coming, here or in the instance already running. */
  g_thread_unref (g_thread_new ("preload", preload_data, NULL));

  return -1;
}

static void
ec_application_activate (GApplication *app)
{
  EcApplication *self = EC_APPLICATION (app);
  EcWindow *window = get_or_create_window (self);

  gtk_window_present (GTK_WINDOW (window));

  if (!self->drafts_offered)
    {
      self->drafts_offered = TRUE;
      offer_drafts (self);
    }
}

static void
ec_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  EcApplication *self = EC_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      EcWindow *window = ec_window_new (ADW_APPLICATION (self));

      gtk_window_present (GTK_WINDOW (window));
      /* A file that does not open leaves the window on the latest election,
       * with a dialog saying why. */
      ec_window_open_file (window, files[i]);
    }

  if (!self->drafts_offered)
    {
      self->drafts_offered = TRUE;
      offer_drafts (self);
    }
}

static void
ec_application_class_init (EcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = ec_application_local_command_line;
  app_class->handle_local_options = ec_application_handle_local_options;
  app_class->activate = ec_application_activate;
  app_class->open = ec_application_open;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  EcApplication *self = user_data;
  static const char *developers[] = { "The Electors authors", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("Electors"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Electors authors"),
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "comments", _("Learn how the US Electoral College turns votes into a president"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  EcApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GSettings) settings = ec_settings_new ();
  GtkWidget *preferences;

  if (settings == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (window, _("Preferences Cannot Be Changed"),
                                                  _("Electors cannot find where it keeps its settings, so it cannot "
                                                    "remember your choices. Installing Electors again should fix this."));

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  preferences = ec_preferences_new (settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  EcApplication    *self)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  if (g_str_equal (response, "discard"))
    {
      for (GList *l = windows; l != NULL; l = l->next)
        if (EC_IS_WINDOW (l->data))
          ec_document_discard_draft (ec_window_get_document (l->data));
      g_application_quit (G_APPLICATION (self));
    }
  else if (g_str_equal (response, "review"))
    {
      /* Each window with changes asks about its own, and closes once they
       * are saved or let go; the app ends with the last window. */
      for (GList *l = windows; l != NULL; l = l->next)
        if (EC_IS_WINDOW (l->data))
          gtk_window_close (l->data);
    }

  g_list_free (windows);
}

/* Quit gathers every document with changes and asks once, as GNOME Text
 * Editor does; without changes anywhere it just quits. */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  EcApplication *self = user_data;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *body = NULL;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;
  guint n = 0;
  guint n_lessons = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (EC_IS_WINDOW (l->data) && ec_window_has_unsaved_lesson (l->data))
        {
          EcLesson *lesson = ec_lesson_pane_get_lesson (EC_LESSON_PANE (ec_window_get_lesson_pane (l->data)));

          g_string_append_printf (names, "\n• %s", ec_lesson_get_title (lesson));
          n++;
          n_lessons++;
        }
      else if (EC_IS_WINDOW (l->data) && ec_window_is_modified (l->data))
        {
          g_autofree char *name = ec_document_dup_display_name (ec_window_get_document (l->data));

          g_string_append_printf (names, "\n• %s", name);
          n++;
        }
    }

  if (n == 0)
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }

  /* Say what is waiting: scenarios, lessons being written, or both. */
  if (n_lessons == 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u scenario has changes that are not saved:%s",
                                         "%u scenarios have changes that are not saved:%s",
                                         n),
                            n, names->str);
  else if (n_lessons == n)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u lesson has changes that are not saved:%s",
                                         "%u lessons have changes that are not saved:%s",
                                         n),
                            n, names->str);
  else
    body = g_strdup_printf (_("These scenarios and lessons have changes that are not saved:%s"),
                            names->str);
  dialog = adw_message_dialog_new (active, _("Save Changes Before Quitting?"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard All"),
                                    "review", _("_Save…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "review", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "review");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (quit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
option_error_cb (GOptionContext  *context,
                 GOptionGroup    *group,
                 gpointer         user_data,
                 GError         **error)
{
  EcApplication *self = user_data;

  self->bad_option = TRUE;
  ec_cli_reword_option_error (error);
}

/* The session is ending: there is no time to ask, so every draft is
 * written now, and the next start offers it back. */
static void
query_end_cb (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (EC_IS_WINDOW (l->data) && ec_window_is_modified (l->data))
      ec_document_write_draft_now (ec_window_get_document (l->data));
}

static void
ec_application_init (EcApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *panel_accels[] = { "F9", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  GOptionGroup *errors;

  g_application_add_main_option_entries (G_APPLICATION (self), ec_cli_get_option_entries ());
  g_application_set_option_context_parameter_string (G_APPLICATION (self), ec_cli_get_parameter_string ());
  g_application_set_option_context_summary (G_APPLICATION (self), ec_cli_get_summary ());

  /* GApplication prints GOption's errors itself. The error hooks of every
   * group see them first, so a group with no options of its own (and no
   * line in --help) words them as the command line words its mistakes. */
  errors = g_option_group_new ("electors-errors", "", "", self, NULL);
  g_option_group_set_error_hook (errors, option_error_cb);
  g_application_add_option_group (G_APPLICATION (self), errors);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  g_signal_connect (self, "query-end", G_CALLBACK (query_end_cb), NULL);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "panel.show-side-panel", panel_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
}

/**
 * ec_application_new:
 *
 * Returns: (transfer full): the application
 */
EcApplication *
ec_application_new (void)
{
  return g_object_new (EC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "register-session", TRUE,
                       "resource-base-path", "/io/github/electors/Electors",
                       NULL);
}
