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
/* The colours a student may give a blank map's candidates: GNOME palette
 * colours whose map labels (dark or white, as ec_palette_luminance()
 * decides) keep a contrast of at least 4.5:1, far from undecided grey. */
static const guint32 swatches[] = {
  0x1c71d8, /* blue 4 */
  0xc01c28, /* red 4 */
  0xe5a50a, /* yellow 5 */
  0x2ec27e, /* green 4 */
  0x813d9c, /* purple 4 */
  0xc64600, /* orange 5 */
  0x865e3c, /* brown 3 */
};
/* A purple scale, away from the parties' red and blue, so that shading by
 * people per elector never reads as a result: GNOME purple 5 to 1. */
static const EcColor weights[EC_N_WEIGHTS] = {
  RGB (0x613583),
  RGB (0x9141ac),
  RGB (0xc061cb),
  RGB (0xdcb9e6),
};

/* In EcInk's order. The label and page text differ by 1/255 in blue: the
 * first is the map's since its first release, the second libadwaita's dark
 * 4; both are kept so that no drawing changes. */
static const EcColor inks[] = {
  [EC_INK_WHITE] = { 1, 1, 1 },
  [EC_INK_LABEL] = { 0.14, 0.12, 0.19 },
  [EC_INK_PAGE_TEXT] = RGB (0x241f31),
  [EC_INK_PAGE_DIM_TEXT] = RGB (0x5e5c64),
  [EC_INK_LEADER] = { 0.47, 0.46, 0.48 },
  [EC_INK_ABSTAINED] = { 0.37, 0.36, 0.39 },
  [EC_INK_FOCUS] = { 0.21, 0.52, 0.89 },
  [EC_INK_SHADOW] = { 0, 0, 0 },
  /* GNOME's yellow 3: unlike either party's colour, and bright on both. */
  [EC_INK_HIGHLIGHT] = { 0.96, 0.76, 0.07 },
  /* Much lighter than an undecided state, so that the Union stands out
   * from the land around it, yet darker than the page, so that the
   * coast still shows. */
  [EC_INK_OUTSIDE] = RGB (0xebe9e6),
  /* Darker than undecided: a state that was there and did not vote,
   * not one waiting for a winner. */
  [EC_INK_NO_VOTES] = RGB (0x77767b),
};

/**
 * ec_palette_get_ink:
 * @ink: what the colour is for
 *
 * Returns: (transfer none): the colour
 */
const EcColor *
ec_palette_get_ink (EcInk ink)
{
  g_return_val_if_fail (ink < G_N_ELEMENTS (inks), &inks[EC_INK_LABEL]);

  return &inks[ink];
}

/**
 * ec_palette_set_source:
 * @cr: a cairo context
 * @color: a colour
 * @alpha: its opacity, 1 for opaque
 *
 * Paints with @color from now on.
 */
void
ec_palette_set_source (cairo_t       *cr,
                       const EcColor *color,
                       double         alpha)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (color != NULL);

  if (alpha >= 1)
    cairo_set_source_rgb (cr, color->red, color->green, color->blue);
  else
    cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

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

  /* A blank map's candidate the student gave a colour. */
  {
    guint32 rgb;

    if (ec_scenario_get_candidate_rgb (scenario, candidate, &rgb))
      {
        *color = (EcColor) RGB (rgb);
        return;
      }
  }

  party = ec_candidate_get_party_id (candidate);
  if (g_strcmp0 (party, EC_PARTY_ID_REPUBLICAN) == 0)
    {
      *color = republican;
      return;
    }
  if (g_strcmp0 (party, EC_PARTY_ID_DEMOCRATIC) == 0)
    {
      *color = democratic;
      return;
    }

  candidates = ec_scenario_get_candidates (scenario);
  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *other = g_ptr_array_index (candidates, i);
      const char *other_party = ec_candidate_get_party_id (other);

      if (other == candidate)
        break;

      if (g_strcmp0 (other_party, EC_PARTY_ID_REPUBLICAN) != 0 && g_strcmp0 (other_party, EC_PARTY_ID_DEMOCRATIC) != 0)
        n_others++;
    }

  *color = others[n_others % G_N_ELEMENTS (others)];
}

/**
 * ec_palette_get_swatches:
 * @n_swatches: (out): how many there are
 *
 * Returns: (array length=n_swatches) (transfer none): the colours, as
 *   0xRRGGBB, that a blank map's candidates can be given
 */
const guint32 *
ec_palette_get_swatches (guint *n_swatches)
{
  g_return_val_if_fail (n_swatches != NULL, NULL);

  *n_swatches = G_N_ELEMENTS (swatches);

  return swatches;
}

/**
 * ec_palette_color_from_rgb:
 * @rgb: a colour as 0xRRGGBB
 * @color: (out caller-allocates): the same colour
 */
void
ec_palette_color_from_rgb (guint32  rgb,
                           EcColor *color)
{
  g_return_if_fail (color != NULL);

  *color = (EcColor) RGB (rgb);
}

/**
 * ec_palette_contrast:
 * @a: a colour
 * @b: another
 *
 * Returns: their contrast ratio (WCAG), 1 to 21
 */
double
ec_palette_contrast (const EcColor *a,
                     const EcColor *b)
{
  double la, lb;

  g_return_val_if_fail (a != NULL && b != NULL, 1);

  la = ec_palette_luminance (a);
  lb = ec_palette_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
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

/**
 * ec_palette_classify_weight:
 * @share_of_average: a state's people per elector divided by the average
 *
 * Returns: the class of the map shading by people per elector
 */
EcWeight
ec_palette_classify_weight (double share_of_average)
{
  if (share_of_average < 0.60)
    return EC_WEIGHT_HEAVIEST;
  if (share_of_average < 0.85)
    return EC_WEIGHT_HEAVY;
  if (share_of_average < 1.0)
    return EC_WEIGHT_NEAR;

  return EC_WEIGHT_LIGHT;
}

/**
 * ec_palette_get_weight_color:
 * @weight: a class of people per elector
 * @color: (out caller-allocates): its colour, darkest for the heaviest
 */
void
ec_palette_get_weight_color (EcWeight  weight,
                             EcColor  *color)
{
  g_return_if_fail (weight < EC_N_WEIGHTS);
  g_return_if_fail (color != NULL);

  *color = weights[weight];
}

/* The order patterns are handed out in: the first candidate keeps a plain
 * fill, so the usual two-candidate map has one plain and one striped side. */
static const EcPattern candidate_patterns[] = {
  EC_PATTERN_NONE,
  EC_PATTERN_STRIPES,
  EC_PATTERN_DOTS,
  EC_PATTERN_CROSSHATCH,
  EC_PATTERN_BACK_STRIPES,
  EC_PATTERN_HORIZONTAL,
  EC_PATTERN_VERTICAL,
  EC_PATTERN_GRID,
};

static const EcColor dark_ink = RGB (0x241f31);
static const EcColor light_ink = RGB (0xffffff);

/**
 * ec_palette_get_candidate_pattern:
 * @scenario: the scenario @candidate belongs to
 * @candidate: a candidate
 *
 * A pattern for each candidate, in the order the scenario lists them: none
 * for the first, diagonal stripes for the second, dots for the third,
 * cross-hatching for the fourth, and so on. Like colours, patterns stay
 * with a person while the scenario changes.
 *
 * Returns: the candidate's pattern
 */
EcPattern
ec_palette_get_candidate_pattern (EcScenario  *scenario,
                                  EcCandidate *candidate)
{
  GPtrArray *candidates;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), EC_PATTERN_NONE);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), EC_PATTERN_NONE);

  candidates = ec_scenario_get_candidates (scenario);
  for (guint i = 0; i < candidates->len; i++)
    {
      if (g_ptr_array_index (candidates, i) == candidate)
        return candidate_patterns[i % G_N_ELEMENTS (candidate_patterns)];
    }

  return EC_PATTERN_NONE;
}

/**
 * ec_palette_get_undecided_pattern:
 *
 * Returns: the pattern of units nobody has won yet: a light hatch, so they
 *   read as “open” in grey print too
 */
EcPattern
ec_palette_get_undecided_pattern (void)
{
  return EC_PATTERN_HATCH;
}

/**
 * ec_palette_get_pattern_ink:
 * @pattern: a pattern
 * @fill: the colour the pattern lies on
 * @ink: (out caller-allocates): the colour of the pattern's marks
 * @alpha: (out): their opacity
 *
 * Marks are dark on light fills and white on dark ones, translucent so the
 * fill's hue still shows through.
 */
void
ec_palette_get_pattern_ink (EcPattern      pattern,
                            const EcColor *fill,
                            EcColor       *ink,
                            double        *alpha)
{
  g_return_if_fail (fill != NULL);
  g_return_if_fail (ink != NULL);
  g_return_if_fail (alpha != NULL);

  if (pattern == EC_PATTERN_HATCH)
    {
      *ink = light_ink;
      *alpha = 0.7;
    }
  else if (ec_palette_luminance (fill) > 0.35)
    {
      *ink = dark_ink;
      *alpha = 0.5;
    }
  else
    {
      *ink = light_ink;
      *alpha = 0.6;
    }
}

static void
append_diagonals (cairo_t  *cr,
                  double    s,
                  gboolean  rising)
{
  /* Lines every @s across the tile and beyond its corners, so that tiles
   * join without seams. */
  for (int k = -1; k <= 2; k++)
    {
      if (rising)
        {
          cairo_move_to (cr, -s, k * s + s);
          cairo_line_to (cr, k * s + s, -s);
        }
      else
        {
          cairo_move_to (cr, -s, (k - 1) * s);
          cairo_line_to (cr, 2 * s, (k + 2) * s);
        }
    }
}

/**
 * ec_palette_append_pattern_tile:
 * @pattern: a pattern
 * @cr: a cairo context
 * @size: the side of the square tile the pattern repeats
 *
 * Adds the marks of one tile, from (0, 0) to (@size, @size), to the current
 * path of @cr. Lines run past the tile's edges so that tiles join without
 * seams: clip to the tile. Drawing the tile this way for both cairo and SVG
 * keeps the two outputs alike.
 *
 * Returns: the width of the lines to stroke the path with, or 0 if the path
 *   is to be filled (dots)
 */
double
ec_palette_append_pattern_tile (EcPattern  pattern,
                                cairo_t   *cr,
                                double     size)
{
  double s = size;

  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (size > 0, 0);

  switch (pattern)
    {
    case EC_PATTERN_STRIPES:
      append_diagonals (cr, s, TRUE);
      return s * 0.22;

    case EC_PATTERN_BACK_STRIPES:
      append_diagonals (cr, s, FALSE);
      return s * 0.22;

    case EC_PATTERN_CROSSHATCH:
      append_diagonals (cr, s, TRUE);
      append_diagonals (cr, s, FALSE);
      return s * 0.14;

    case EC_PATTERN_HATCH:
      /* Falling, against the stripes of the second candidate. */
      append_diagonals (cr, s, FALSE);
      return s * 0.12;

    case EC_PATTERN_HORIZONTAL:
      cairo_move_to (cr, -s, s / 2);
      cairo_line_to (cr, 2 * s, s / 2);
      return s * 0.22;

    case EC_PATTERN_VERTICAL:
      cairo_move_to (cr, s / 2, -s);
      cairo_line_to (cr, s / 2, 2 * s);
      return s * 0.22;

    case EC_PATTERN_GRID:
      cairo_move_to (cr, -s, s / 2);
      cairo_line_to (cr, 2 * s, s / 2);
      cairo_move_to (cr, s / 2, -s);
      cairo_line_to (cr, s / 2, 2 * s);
      return s * 0.14;

    case EC_PATTERN_DOTS:
      /* Staggered: one in the middle and a quarter in each corner. */
      {
        const double centres[][2] = { { s / 2, s / 2 }, { 0, 0 }, { s, 0 }, { 0, s }, { s, s } };

        for (guint i = 0; i < G_N_ELEMENTS (centres); i++)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, centres[i][0], centres[i][1], s * 0.17, 0, 2 * G_PI);
            cairo_close_path (cr);
          }
      }
      return 0;

    case EC_PATTERN_NONE:
    default:
      return 0;
    }
}

/**
 * ec_palette_create_pattern:
 * @pattern: a pattern
 * @fill: the colour the pattern lies on
 * @size: the side of the tile, in the units of the context it is used in;
 *   a whole number keeps raster tiles sharp
 * @vector: %TRUE to keep the tile as vector drawing (for PDF and SVG
 *   surfaces), %FALSE for pixels
 *
 * Makes a repeating cairo pattern of the marks alone, to paint over a fill
 * of @fill. Its origin is the origin of the user space it is set in.
 *
 * Returns: (transfer full) (nullable): the pattern, or %NULL for
 *   %EC_PATTERN_NONE
 */
cairo_pattern_t *
ec_palette_create_pattern (EcPattern      pattern,
                           const EcColor *fill,
                           double         size,
                           gboolean       vector)
{
  cairo_surface_t *tile;
  cairo_pattern_t *result;
  cairo_t *cr;
  EcColor ink;
  double alpha;
  double line_width;

  g_return_val_if_fail (fill != NULL, NULL);
  g_return_val_if_fail (size >= 1, NULL);

  if (pattern == EC_PATTERN_NONE)
    return NULL;

  if (vector)
    {
      cairo_rectangle_t extents = { 0, 0, size, size };

      tile = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
    }
  else
    {
      size = MAX (1, round (size));
      tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)size, (int)size);
    }

  ec_palette_get_pattern_ink (pattern, fill, &ink, &alpha);

  cr = cairo_create (tile);
  cairo_rectangle (cr, 0, 0, size, size);
  cairo_clip (cr);
  line_width = ec_palette_append_pattern_tile (pattern, cr, size);
  cairo_set_source_rgba (cr, ink.red, ink.green, ink.blue, alpha);
  if (line_width > 0)
    {
      cairo_set_line_width (cr, line_width);
      cairo_stroke (cr);
    }
  else
    {
      cairo_fill (cr);
    }
  cairo_destroy (cr);

  result = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (result, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  return result;
}
