/* test-congress.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-congress.h"
#include "ec-election.h"

/* The national figures the shared SOURCES.md gives for the first day of each
 * Congress (data/SOURCES.md, "Congress at the start of each term"): House
 * D, R, independents, vacant; delegations controlled R, D, tied, other;
 * Senate D, R, independents, vacant. tools/make-congress.py checks the raw
 * tables against the same figures; this checks what the app reads. */
static const struct {
  int   year;
  guint congress;
  guint house[4];
  guint control[4];
  guint senate[4];
} expected[] = {
  { 1976,  95, { 292, 143, 0, 0 }, { 11, 33,  6, 0 }, { 61, 38, 1, 0 } },
  { 1980,  97, { 243, 192, 0, 0 }, { 15, 27,  8, 0 }, { 46, 53, 1, 0 } },
  { 1984,  99, { 252, 182, 0, 1 }, { 14, 30,  6, 0 }, { 47, 53, 0, 0 } },
  { 1988, 101, { 259, 174, 0, 2 }, { 11, 30,  9, 0 }, { 55, 45, 0, 0 } },
  { 1992, 103, { 258, 176, 1, 0 }, {  9, 29, 11, 1 }, { 57, 43, 0, 0 } },
  { 1996, 105, { 207, 227, 1, 0 }, { 28, 17,  4, 1 }, { 45, 55, 0, 0 } },
  { 2000, 107, { 211, 221, 2, 1 }, { 28, 17,  4, 1 }, { 50, 50, 0, 0 } },
  { 2004, 109, { 201, 232, 1, 1 }, { 30, 16,  3, 1 }, { 44, 55, 1, 0 } },
  { 2008, 111, { 256, 178, 0, 1 }, { 16, 33,  1, 0 }, { 55, 41, 2, 2 } },
  { 2012, 113, { 200, 233, 0, 2 }, { 30, 17,  3, 0 }, { 53, 45, 2, 0 } },
  { 2016, 115, { 194, 241, 0, 0 }, { 32, 17,  1, 0 }, { 46, 52, 2, 0 } },
  { 2020, 117, { 222, 211, 0, 2 }, { 27, 20,  3, 0 }, { 46, 51, 2, 1 } },
  { 2024, 119, { 215, 219, 0, 1 }, { 30, 18,  2, 0 }, { 45, 53, 2, 0 } },
};

static void
test_every_year (void)
{
  for (guint y = 0; y < G_N_ELEMENTS (expected); y++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EcCongress) congress = ec_congress_new_for_year (expected[y].year, &error);
      g_autoptr(EcElection) election = ec_election_new_for_year (expected[y].year, &error);
      GPtrArray *states;
      guint house[4] = { 0 };
      guint control[4] = { 0 };
      const EcSenate *senate;

      g_assert_no_error (error);
      g_test_message ("%d", expected[y].year);
      g_assert_cmpuint (ec_congress_get_number (congress), ==, expected[y].congress);
      g_assert_cmpint (ec_congress_get_year (congress), ==, expected[y].year);
      g_assert_cmpuint (ec_congress_get_n_states (congress), ==, 50);

      states = ec_election_get_states (election);
      for (guint i = 0; i < states->len; i++)
        {
          EcUnit *unit = g_ptr_array_index (states, i);
          const EcDelegation *d = ec_congress_get_delegation (congress, ec_unit_get_id (unit));
          guint top;
          guint n_top = 0;
          guint label;

          if (d == NULL)
            {
              /* Only DC has no delegation. */
              g_assert_cmpuint (ec_unit_get_electoral_votes (unit), ==, 3);
              g_assert_cmpstr (ec_unit_get_id (unit), ==, "DC");
              continue;
            }

          /* A state's electors are its House seats and its two senators. */
          g_assert_cmpuint (d->members[0] + d->members[1] + d->members[2] + d->vacant + 2, ==,
                            ec_unit_get_electoral_votes (unit));

          for (guint p = 0; p < EC_N_PARTIES; p++)
            house[p] += d->members[p];
          house[3] += d->vacant;

          top = MAX (MAX (d->members[0], d->members[1]), d->members[2]);
          for (guint p = 0; p < EC_N_PARTIES; p++)
            n_top += d->members[p] == top;
          if (n_top > 1)
            label = 2;
          else if (top == d->members[EC_PARTY_REPUBLICAN])
            label = 0;
          else if (top == d->members[EC_PARTY_DEMOCRATIC])
            label = 1;
          else
            label = 3;
          control[label]++;
        }

      for (guint i = 0; i < 4; i++)
        {
          g_assert_cmpuint (house[i], ==, expected[y].house[i]);
          g_assert_cmpuint (control[i], ==, expected[y].control[i]);
        }

      senate = ec_congress_get_senate (congress);
      for (guint p = 0; p < EC_N_PARTIES; p++)
        g_assert_cmpuint (senate->senators[p], ==, expected[y].senate[p]);
      g_assert_cmpuint (senate->vacant, ==, expected[y].senate[3]);
      /* Every independent of these years caucused with the Democrats. */
      if (senate->senators[EC_PARTY_INDEPENDENT] > 0)
        g_assert_cmpint (senate->independents_caucus, ==, EC_PARTY_DEMOCRATIC);
      else
        g_assert_cmpint (senate->independents_caucus, ==, EC_PARTY_INDEPENDENT);

      /* The nominees are candidates of the election. */
      g_assert_nonnull (ec_election_get_candidate (election, ec_congress_get_nominee (congress, EC_PARTY_DEMOCRATIC)));
      g_assert_nonnull (ec_election_get_candidate (election, ec_congress_get_nominee (congress, EC_PARTY_REPUBLICAN)));
      g_assert_null (ec_congress_get_nominee (congress, EC_PARTY_INDEPENDENT));
    }
}

static void
test_known_delegations (void)
{
  g_autoptr(EcCongress) c2016 = ec_congress_new_for_year (2016, NULL);
  g_autoptr(EcCongress) c1992 = ec_congress_new_for_year (1992, NULL);
  g_autoptr(EcCongress) c2000 = ec_congress_new_for_year (2000, NULL);
  const EcDelegation *d;

  /* Texas in the 115th Congress: 25 Republicans, 11 Democrats. */
  d = ec_congress_get_delegation (c2016, "TX");
  g_assert_cmpuint (d->members[EC_PARTY_REPUBLICAN], ==, 25);
  g_assert_cmpuint (d->members[EC_PARTY_DEMOCRATIC], ==, 11);
  g_assert_cmpstr (ec_congress_get_nominee (c2016, EC_PARTY_REPUBLICAN), ==, "donald-trump");
  g_assert_cmpstr (ec_congress_get_nominee (c2016, EC_PARTY_DEMOCRATIC), ==, "hillary-clinton");

  /* Bernie Sanders, Vermont's only member, was an independent. */
  d = ec_congress_get_delegation (c1992, "VT");
  g_assert_cmpuint (d->members[EC_PARTY_INDEPENDENT], ==, 1);
  g_assert_cmpuint (d->members[EC_PARTY_DEMOCRATIC] + d->members[EC_PARTY_REPUBLICAN], ==, 0);

  /* California's 32nd district was vacant on January 3, 2001. */
  d = ec_congress_get_delegation (c2000, "CA");
  g_assert_cmpuint (d->vacant, ==, 1);

  g_assert_null (ec_congress_get_delegation (c2016, "DC"));
  g_assert_null (ec_congress_get_delegation (c2016, "ME-2"));
}

static void
test_no_data (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ec_congress_has_year (1972));
  g_assert_false (ec_congress_has_year (2028));
  g_assert_true (ec_congress_has_year (1976));
  g_assert_null (ec_congress_new_for_year (1824, &error));
  g_assert_error (error, EC_CONGRESS_ERROR, EC_CONGRESS_ERROR_NO_DATA);
}

static void
test_bad_data (void)
{
  static const char *bad[] = {
    "",
    "[]",
    "{\"format\": 2, \"congresses\": {}}",
    "{\"format\": 1, \"congresses\": {\"2016\": []}}",
    "{\"format\": 1, \"congresses\": {\"2016\": {\"congress\": 115, \"nominees\": {}}}}",
    "{\"format\": 1, \"congresses\": {\"2016\": {\"congress\": 115, \"nominees\": {},"
    " \"house\": {\"TX\": {\"D\": 1, \"R\": 1, \"I\": 0, \"vacant\": 0}}}}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (ec_congress_new_from_data (bad[i], strlen (bad[i]), 2016, &error));
      g_assert_error (error, EC_CONGRESS_ERROR, EC_CONGRESS_ERROR_INVALID);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_null (ec_congress_new_from_data ("{\"format\": 1, \"congresses\": {}}", 31, 2016, &error));
    g_assert_error (error, EC_CONGRESS_ERROR, EC_CONGRESS_ERROR_NO_DATA);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/congress/every-year", test_every_year);
  g_test_add_func ("/ec/congress/known-delegations", test_known_delegations);
  g_test_add_func ("/ec/congress/no-data", test_no_data);
  g_test_add_func ("/ec/congress/bad-data", test_bad_data);

  return g_test_run ();
}
