/* save-loop.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For test-crash: saves one scenario over and over through the app's own
 * document (off the main thread, as the window does), and writes its draft
 * after each change, until it is killed. Usage: save-loop FILE */

#include "config.h"

#include <stdio.h>

#include "ec-document.h"

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  if (!ec_document_save_finish (EC_DOCUMENT (object), result, &error))
    g_error ("save failed: %s", error->message);
  *done = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EcElection) election = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  const char *units[] = { "TX", "CA", "FL", "NY", "PA", "OH" };

  if (argc != 2)
    g_error ("usage: %s FILE", argv[0]);

  file = g_file_new_for_commandline_arg (argv[1]);
  election = ec_election_new_for_year (2016, NULL);
  scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  document = ec_document_new (scenario);

  for (guint64 i = 0; ; i++)
    {
      EcScenario *live = ec_document_get_scenario (document);
      g_autofree char *title = g_strdup_printf ("Save %" G_GUINT64_FORMAT, i);
      gboolean done = FALSE;

      /* A change, its draft, then a save of it. */
      ec_scenario_set_winner (live, units[i % G_N_ELEMENTS (units)],
                              i % 2 ? NULL : ec_scenario_get_candidate (live, "hillary-clinton"));
      ec_scenario_set_notes (live, title);
      ec_document_write_draft_now (document);

      ec_document_save_async (document, file, NULL, saved_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);

      printf ("saved %" G_GUINT64_FORMAT "\n", i);
      fflush (stdout);
    }

  return 0;
}
