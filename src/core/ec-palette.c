/* ec-palette.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ec-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* GNOME palette colours: red 4 and blue 4 for the two big parties, as news
 * maps use them, then hues far from both for everyone else. */
static const EcColor republican = RGB (0xc01c28);
static const EcColor democratic = RGB (0x1c71d8);
static const EcColor others[] = {
  RGB (0xe5a50a), /* yellow 5 */
  RGB (0x26a269), /* green 5 */
  RGB (0x813d9c), /* purple 4 */
  RGB (0xc64600), /* orange 5 */
  RGB (0x865e3c), /* brown 3 */
  RGB (0x1a5fb4), /* blue 5 */
};
static const EcColor undecided = RGB (0xc0bfbc);

/**
 * ec_palette_get_candidate_color:
 * @scenario: the scenario @candidate belongs to
 * @candidate: a candidate
 * @color: (out caller-allocates): the colour
 *
 * Red for Republicans, blue for Democrats, and a distinct colour for each
 * other candidate, in the order the scenario lists them, so the same person
 * keeps the same colour while the scenario changes.
 */
void
ec_palette_get_candidate_color (EcScenario  *scenario,
                                EcCandidate *candidate,
                                EcColor     *color)
{
  GPtrArray *candidates;
  const char *party;
  guint n_others = 0;

  g_return_if_fail (EC_IS_SCENARIO (scenario));
  g_return_if_fail (EC_IS_CANDIDATE (candidate));
  g_return_if_fail (color != NULL);

  party = ec_candidate_get_party (candidate);
  if (g_strcmp0 (party, "Republican") == 0)
    {
      *color = republican;
      return;
    }
  if (g_strcmp0 (party, "Democratic") == 0)
    {
      *color = democratic;
      return;
    }

  candidates = ec_scenario_get_candidates (scenario);
  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *other = g_ptr_array_index (candidates, i);
      const char *other_party = ec_candidate_get_party (other);

      if (other == candidate)
        break;

      if (g_strcmp0 (other_party, "Republican") != 0 && g_strcmp0 (other_party, "Democratic") != 0)
        n_others++;
    }

  *color = others[n_others % G_N_ELEMENTS (others)];
}

/**
 * ec_palette_get_undecided_color:
 * @color: (out caller-allocates): the colour of units nobody has won yet
 */
void
ec_palette_get_undecided_color (EcColor *color)
{
  g_return_if_fail (color != NULL);

  *color = undecided;
}

/**
 * ec_palette_shade:
 * @color: a candidate's colour
 * @margin: how safely the unit was won
 * @shaded: (out caller-allocates): the colour for that margin
 *
 * Safe units get the full colour; likely and lean ones are mixed with white.
 */
void
ec_palette_shade (const EcColor *color,
                  EcMargin       margin,
                  EcColor       *shaded)
{
  double keep;

  g_return_if_fail (color != NULL);
  g_return_if_fail (shaded != NULL);

  switch (margin)
    {
    case EC_MARGIN_LEAN:
      keep = 0.45;
      break;
    case EC_MARGIN_LIKELY:
      keep = 0.70;
      break;
    case EC_MARGIN_SAFE:
    default:
      keep = 1.0;
      break;
    }

  shaded->red = color->red * keep + (1 - keep);
  shaded->green = color->green * keep + (1 - keep);
  shaded->blue = color->blue * keep + (1 - keep);
}

/**
 * ec_palette_luminance:
 * @color: a colour
 *
 * Returns: its relative luminance (WCAG), 0 for black to 1 for white
 */
double
ec_palette_luminance (const EcColor *color)
{
  const double *c[3] = { &color->red, &color->green, &color->blue };
  const double weight[3] = { 0.2126, 0.7152, 0.0722 };
  double l = 0;

  for (guint i = 0; i < 3; i++)
    {
      double v = *c[i];

      v = v <= 0.03928 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
      l += weight[i] * v;
    }

  return l;
}

/**
 * ec_palette_get_real_margin:
 * @unit: a unit of a real election
 * @points: (out): the winner's lead over the runner-up, in percentage points
 *   of all votes cast in the unit
 *
 * Returns: whether the sources give the unit's popular vote
 */
gboolean
ec_palette_get_real_margin (EcUnit *unit,
                            double *points)
{
  EcCandidate *winner;
  EcCandidate *runner_up;
  gint64 total;

  g_return_val_if_fail (EC_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (points != NULL, FALSE);

  winner = ec_unit_get_winner (unit);
  runner_up = ec_unit_get_runner_up (unit);
  total = ec_unit_get_total_votes (unit);

  if (!ec_unit_has_popular_votes (unit) || winner == NULL || total <= 0)
    return FALSE;

  *points = 100.0 * (ec_unit_get_popular_votes (unit, winner) -
                     (runner_up ? ec_unit_get_popular_votes (unit, runner_up) : 0)) / total;

  return TRUE;
}

/**
 * ec_palette_classify_margin:
 * @points: a lead in percentage points
 *
 * Returns: safe above 15 points, likely from 5 to 15, lean under 5
 */
EcMargin
ec_palette_classify_margin (double points)
{
  if (points > 15)
    return EC_MARGIN_SAFE;
  if (points >= 5)
    return EC_MARGIN_LIKELY;

  return EC_MARGIN_LEAN;
}
