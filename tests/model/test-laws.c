/* test-laws.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-election.h"
#include "ec-laws.h"

static void
test_bundled (void)
{
  EcLaws *laws = ec_laws_get_default ();
  g_autoptr(EcElection) election = ec_election_new_for_year (2024, NULL);
  GPtrArray *states = ec_election_get_states (election);
  guint counts[4] = { 0 };

  for (guint i = 0; i < states->len; i++)
    {
      const EcLaw *law = ec_laws_lookup (laws, ec_unit_get_id (g_ptr_array_index (states, i)));

      g_assert_nonnull (law);
      g_assert_cmpuint (strlen (law->summary), >, 20);
      g_assert_cmpuint (strlen (law->source_date), >, 0);
      /* An entry that is not fully checked says so. */
      if (!law->verified)
        g_assert_nonnull (law->caveat);
      counts[law->category]++;
    }

  /* The table's own totals (data/SOURCES.md): 14 void the vote and replace
   * the elector, 2 punish but count it, 18 states and DC bind without a
   * penalty, 16 have no law. */
  g_assert_cmpuint (counts[EC_LAW_VOTE_CANCELLED_REPLACED], ==, 14);
  g_assert_cmpuint (counts[EC_LAW_PENALTY_VOTE_COUNTS], ==, 2);
  g_assert_cmpuint (counts[EC_LAW_PLEDGE_NO_PENALTY], ==, 19);
  g_assert_cmpuint (counts[EC_LAW_NONE], ==, 16);
  g_assert_cmpuint (ec_laws_count_voiding (laws), ==, 14);

  g_assert_true (ec_laws_voids_faithless (laws, "WA"));
  g_assert_false (ec_laws_voids_faithless (laws, "TX"));
}

static void
test_bad_data (void)
{
  const char *bad[] = {
    "",
    "{}",
    "{\"as_of\": \"2024\", \"states\": {\"TX\": {\"category\": \"sometimes\", \"summary\": \"x\", \"source_date\": \"y\"}}}",
    "{\"as_of\": \"2024\", \"states\": {\"TX\": {\"category\": \"none\", \"summary\": \"x\", \"source_date\": \"y\"}}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcLaws) laws = ec_laws_new_from_data (bad[i], strlen (bad[i]), &error);

      g_assert_null (laws);
      g_assert_error (error, EC_LAWS_ERROR, EC_LAWS_ERROR_INVALID_DATA);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/laws/bundled", test_bundled);
  g_test_add_func ("/ec/laws/bad-data", test_bad_data);

  return g_test_run ();
}
