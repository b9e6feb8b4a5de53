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

  /* The application takes the options too: with any of them it runs the
   * command line, which never touches the display. */
  app = ec_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
