/* test-palette.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "ec-palette.h"

static gboolean
same_color (const EcColor *a,
            const EcColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue;
}

/* Every colour a student can pick keeps its map labels readable (the
 * renderer's dark ink on light fills, white on dark ones), stays unlike
 * undecided grey, and a blank map's candidate is drawn in it. */
static void
test_swatches (void)
{
  g_autoptr(EcScenario) blank = ec_scenario_new_blank (NULL);
  EcCandidate *first = g_ptr_array_index (ec_scenario_get_candidates (blank), 0);
  EcColor undecided, color;
  guint n;
  const guint32 *swatches = ec_palette_get_swatches (&n);

  g_assert_cmpuint (n, >=, 6);
  ec_palette_get_undecided_color (&undecided);
  for (guint i = 0; i < n; i++)
    {
      const EcColor *ink;
      EcColor swatch;

      ec_palette_color_from_rgb (swatches[i], &swatch);
      ink = ec_palette_luminance (&swatch) > 0.35 ? ec_palette_get_ink (EC_INK_LABEL) : ec_palette_get_ink (EC_INK_WHITE);
      g_assert_cmpfloat (ec_palette_contrast (&swatch, ink), >=, 4.5);
      /* Far in hue or lightness from grey: a distance in RGB. */
      g_assert_cmpfloat (sqrt (pow (swatch.red - undecided.red, 2) + pow (swatch.green - undecided.green, 2) +
                               pow (swatch.blue - undecided.blue, 2)), >=, 0.3);
      for (guint j = 0; j < i; j++)
        g_assert_cmphex (swatches[i], !=, swatches[j]);
    }

  g_assert_true (ec_scenario_set_candidate_rgb (blank, ec_candidate_get_id (first), swatches[3]));
  first = g_ptr_array_index (ec_scenario_get_candidates (blank), 0);
  ec_palette_get_candidate_color (blank, first, &color);
  ec_palette_color_from_rgb (swatches[3], &undecided);
  g_assert_true (same_color (&color, &undecided));
}

/* Colours follow the party's id: in Spanish, with LC_ALL and the app's own
 * translations, the blank map's Democratic candidate is the same blue as
 * Hillary Clinton, and the Republican the same red as Donald Trump. */
static void
test_colors_in_spanish (void)
{
  const char *localedir = g_getenv ("ELECTORS_LOCALEDIR");
  g_autoptr(EcScenario) blank = NULL;
  g_autoptr(EcElection) election = NULL;
  g_autoptr(EcScenario) real = NULL;
  EcColor blank_democrat, blank_republican, clinton, trump;

  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    {
      g_test_skip ("the es_ES.UTF-8 locale is not generated (build-aux/setup generates it)");
      return;
    }
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  blank = ec_scenario_new_blank (NULL);
  /* Translated for display... */
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_candidate (blank, "democratic-candidate")), !=,
                   "Democratic candidate");
  g_assert_cmpstr (ec_candidate_get_name (ec_scenario_get_candidate (blank, "democratic-candidate")), ==,
                   _("Democratic candidate"));
  /* ...and told apart by id. */
  g_assert_cmpstr (ec_candidate_get_party_id (ec_scenario_get_candidate (blank, "democratic-candidate")), ==,
                   EC_PARTY_ID_DEMOCRATIC);

  election = ec_election_new_for_year (2016, NULL);
  real = ec_scenario_new (election, EC_SCENARIO_AS_CAST);

  ec_palette_get_candidate_color (blank, ec_scenario_get_candidate (blank, "democratic-candidate"), &blank_democrat);
  ec_palette_get_candidate_color (blank, ec_scenario_get_candidate (blank, "republican-candidate"), &blank_republican);
  ec_palette_get_candidate_color (real, ec_scenario_get_candidate (real, "hillary-clinton"), &clinton);
  ec_palette_get_candidate_color (real, ec_scenario_get_candidate (real, "donald-trump"), &trump);

  g_assert_true (same_color (&blank_democrat, &clinton));
  g_assert_true (same_color (&blank_republican, &trump));
  g_assert_false (same_color (&blank_democrat, &blank_republican));

  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_party_ids (void)
{
  g_autofree char *a = ec_party_id_for_name ("Democratic-Republican");
  g_autofree char *b = ec_party_id_for_name ("  Progressive (Bull Moose) ");
  g_autofree char *c = ec_party_id_for_name ("Republican");

  g_assert_cmpstr (a, ==, "democratic-republican");
  g_assert_cmpstr (b, ==, "progressive-bull-moose");
  g_assert_cmpstr (c, ==, EC_PARTY_ID_REPUBLICAN);
}

static EcCandidate *
party_candidate (EcScenario *scenario,
                 const char *party)
{
  GPtrArray *candidates = ec_scenario_get_candidates (scenario);

  for (guint i = 0; i < candidates->len; i++)
    if (g_strcmp0 (ec_candidate_get_party_id (g_ptr_array_index (candidates, i)), party) == 0)
      return g_ptr_array_index (candidates, i);

  g_assert_not_reached ();
}

/* Patterns and colour-blind colours follow the party: in 2004 the
 * Republican won the popular vote and is listed first, in 2016 and 1976
 * the Democrat; a Democrat is plain blue and a Republican striped orange
 * in all three. */
static void
test_patterns_by_party (void)
{
  const int years[] = { 2004, 2016, 1976 };
  const char *first_party[] = { EC_PARTY_ID_REPUBLICAN, EC_PARTY_ID_DEMOCRATIC, EC_PARTY_ID_DEMOCRATIC };
  EcColor okabe_ito_blue = { 0x00 / 255.0, 0x72 / 255.0, 0xb2 / 255.0 };
  EcColor okabe_ito_orange = { 0xe6 / 255.0, 0x9f / 255.0, 0x00 / 255.0 };

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autoptr(EcElection) election = ec_election_new_for_year (years[y], NULL);
      g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
      EcCandidate *democrat = party_candidate (scenario, EC_PARTY_ID_DEMOCRATIC);
      EcCandidate *republican = party_candidate (scenario, EC_PARTY_ID_REPUBLICAN);
      EcCandidate *first = g_ptr_array_index (ec_scenario_get_candidates (scenario), 0);
      EcColor standard, color_blind;

      /* The ranks differ between the years... */
      g_assert_cmpstr (ec_candidate_get_party_id (first), ==, first_party[y]);

      /* ...the patterns do not. */
      g_assert_cmpint (ec_palette_get_candidate_pattern (scenario, democrat), ==, EC_PATTERN_NONE);
      g_assert_cmpint (ec_palette_get_candidate_pattern (scenario, republican), ==, EC_PATTERN_STRIPES);

      ec_palette_get_candidate_color_in (EC_PALETTE_COLOR_BLIND, scenario, democrat, &color_blind);
      g_assert_true (same_color (&color_blind, &okabe_ito_blue));
      ec_palette_get_candidate_color_in (EC_PALETTE_STANDARD, scenario, democrat, &standard);
      g_assert_false (same_color (&color_blind, &standard));

      /* Orange, not red: for people who do not tell red from green. */
      ec_palette_get_candidate_color_in (EC_PALETTE_COLOR_BLIND, scenario, republican, &color_blind);
      g_assert_true (same_color (&color_blind, &okabe_ito_orange));
      ec_palette_get_candidate_color (scenario, republican, &standard);
      g_assert_false (same_color (&color_blind, &standard));
    }
}

/* A split fill has the winner's band first and widest, and a band for one
 * elector in 38 still wide enough to see. */
static void
test_split_bands (void)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (2016, NULL);
  g_autoptr(EcScenario) scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  EcUnitShare shares[EC_UNIT_SHARES_MAX];
  EcSplit split;
  EcColor trump;
  guint n = ec_tally_count_unit (scenario, ec_election_get_unit (election, "TX"), shares, NULL);
  double total = 0;

  ec_palette_make_split (EC_PALETTE_STANDARD, scenario, shares, n, &split);
  g_assert_cmpuint (split.n_bands, ==, 3);
  ec_palette_get_candidate_color (scenario, ec_scenario_get_candidate (scenario, "donald-trump"), &trump);
  g_assert_true (same_color (&split.colors[0], &trump));
  for (guint i = 0; i < split.n_bands; i++)
    total += split.widths[i];
  g_assert_cmpfloat_with_epsilon (total, 1.0, 1e-9);
  g_assert_cmpfloat (split.widths[1], >=, EC_SPLIT_MIN_BAND);
  g_assert_cmpfloat (split.widths[0], >, split.widths[1]);

  /* One receiver: a plain fill. */
  n = ec_tally_count_unit (scenario, ec_election_get_unit (election, "CA"), shares, NULL);
  ec_palette_make_split (EC_PALETTE_STANDARD, scenario, shares, n, &split);
  g_assert_cmpuint (split.n_bands, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ec/palette/party-ids", test_party_ids);
  g_test_add_func ("/ec/palette/swatches", test_swatches);
  g_test_add_func ("/ec/palette/colors-in-spanish", test_colors_in_spanish);
  g_test_add_func ("/ec/palette/patterns-by-party", test_patterns_by_party);
  g_test_add_func ("/ec/palette/split-bands", test_split_bands);

  return g_test_run ();
}
