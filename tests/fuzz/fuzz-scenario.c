/* fuzz-scenario.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the scenario loader: any bytes either load or are
 * refused with a message, in bounded time and memory, and a scenario that
 * loads is written out and must load again, as the app saves and reopens
 * it. */

#include "config.h"

#include "ec-fuzz.h"
#include "ec-scenario.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcScenario) again = NULL;
  g_autoptr(EcScenario) copy = NULL;
  g_autofree char *saved = NULL;
  gsize saved_length = 0;

  ec_fuzz_init ();

  scenario = ec_scenario_new_from_data ((const char *) data, size, &error);
  if (scenario == NULL)
    {
      ec_fuzz_check_error (error);
      return 0;
    }

  saved = ec_scenario_to_data (scenario, &saved_length);
  if (!g_utf8_validate (saved, saved_length, NULL))
    ec_fuzz_fail ("a loaded scenario was written out as text that is not UTF-8");

  again = ec_scenario_new_from_data (saved, saved_length, &error);
  if (again == NULL)
    ec_fuzz_fail ("a scenario written out does not load again: %s", error->message);
  if (!ec_scenario_equal (scenario, again))
    ec_fuzz_fail ("a scenario written out loads as another scenario");

  /* Undo keeps copies: a copy must be the same scenario. */
  copy = ec_scenario_copy (scenario);
  if (!ec_scenario_equal (copy, scenario))
    ec_fuzz_fail ("a copy of a scenario differs from it");

  return 0;
}
