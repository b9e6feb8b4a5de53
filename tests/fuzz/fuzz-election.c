/* fuzz-election.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the election loader, which reads data/elections/:
 * any bytes either give an election whose tally can be counted, or are
 * refused with a message. */

#include "config.h"

#include "ec-election.h"
#include "ec-fuzz.h"
#include "ec-tally.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcElection) election = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcTally) tally = NULL;

  ec_fuzz_init ();

  election = ec_election_new_from_data ((const char *) data, size, &error);
  if (election == NULL)
    {
      ec_fuzz_check_error (error);
      return 0;
    }

  /* An election that loads must be one the rest of the app can count. */
  scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  tally = ec_tally_new (scenario);
  (void) ec_tally_get_outcome (tally);

  return 0;
}
