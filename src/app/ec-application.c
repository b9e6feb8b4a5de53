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
#include "ec-window.h"

struct _EcApplication
{
  AdwApplication   parent_instance;

  /* Only while GApplication reads the command line: the arguments it is
   * parsing, which handle-local-options does not see, and whether GOption
   * refused one of them. */
  char          ***arguments;
  gboolean         bad_option;
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

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     EcWindow         *window)
{
  g_autoptr(GFile) autosave = ec_window_get_autosave_file ();

  if (g_str_equal (response, "restore"))
    ec_window_restore_autosave (window);
  else
    g_file_delete (autosave, NULL, NULL);
}

/* After a crash or a power cut, the working scenario is still on disk:
 * offer it back before anything replaces it. */
static void
offer_autosave (EcWindow *window)
{
  g_autoptr(GFile) autosave = ec_window_get_autosave_file ();
  GtkWidget *dialog;

  if (!g_file_query_exists (autosave, NULL))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Restore Unsaved Scenario?"),
                                   _("Electors stopped before the last changes to a scenario were saved. "
                                     "You can have them back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), window, 0);
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
  gboolean first = gtk_application_get_active_window (GTK_APPLICATION (app)) == NULL;
  EcWindow *window = get_or_create_window (EC_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));

  if (first)
    offer_autosave (window);
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
      GtkWidget *dialog = adw_message_dialog_new (window, _("Preferences Are Not Available"),
                                                  _("This copy of Electors was not installed, so it cannot keep settings. "
                                                    "Run it with build-aux/run-app or install it."));

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  preferences = ec_preferences_new (settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
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
                       "resource-base-path", "/io/github/electors/Electors",
                       NULL);
}
