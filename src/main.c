/* main.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ec-application.h"
#include "ec-cli.h"
#include "ec-explanations.h"
#include "ec-laws.h"
#include "ec-map.h"

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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EcApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* From the build tree (build-aux/run-app, meson devenv, the tests), the
   * catalogues are the ones just built, not the installed ones. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ELECTORS_LOCALEDIR") ? g_getenv ("ELECTORS_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Options mean the command line, which never touches the display. */
  if (ec_cli_handles (argc, argv))
    return ec_cli_run (argc, argv);

  g_thread_unref (g_thread_new ("preload", preload_data, NULL));

  app = ec_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
