/* ec-palette.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

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
  /* A rose, not GNOME's blue 5, which read as the Democrats' blue. */
  RGB (0xd16d9e),
};
/* Okabe and Ito's colours (“Color Universal Design”, 2008), chosen to stay
 * apart for people with any of the common forms of colour blindness: blue
 * and orange for the big parties, then the others, far from both. */
static const EcColor cb_republican = RGB (0xe69f00);
static const EcColor cb_democratic = RGB (0x0072b2);
static const EcColor cb_others[] = {
  RGB (0xcc79a7), /* reddish purple */
  RGB (0x009e73), /* bluish green */
  RGB (0xf0e442), /* yellow */
  RGB (0x56b4e9), /* sky blue */
  RGB (0xd55e00), /* vermilion */
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

/* Which of the candidates who are neither Republican nor Democratic
 * @candidate is, in the order the scenario lists them, or -1 for a
 * Republican or Democrat. */
static int
other_index (EcScenario  *scenario,
             EcCandidate *candidate)
{
  GPtrArray *candidates;
  const char *party = ec_candidate_get_party_id (candidate);
  int n_others = 0;

  if (g_strcmp0 (party, EC_PARTY_ID_REPUBLICAN) == 0 || g_strcmp0 (party, EC_PARTY_ID_DEMOCRATIC) == 0)
    return -1;

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

  return n_others;
}

/**
 * ec_palette_get_candidate_color_in:
 * @kind: the palette
 * @scenario: the scenario @candidate belongs to
 * @candidate: a candidate
 * @color: (out caller-allocates): the colour
 *
 * The Republicans' colour and the Democrats' by party, whoever won the
 * popular vote, and a distinct colour for each other candidate, in the
 * order the scenario lists them, so the same person keeps the same colour
 * while the scenario changes.
 */
void
ec_palette_get_candidate_color_in (EcPaletteKind  kind,
                                   EcScenario    *scenario,
                                   EcCandidate   *candidate,
                                   EcColor       *color)
{
  const char *party;
  gboolean color_blind = kind == EC_PALETTE_COLOR_BLIND;
  int index;

  g_return_if_fail (EC_IS_SCENARIO (scenario));
  g_return_if_fail (EC_IS_CANDIDATE (candidate));
  g_return_if_fail (color != NULL);

  /* A blank map's candidate the student gave a colour keeps it in every
   * palette; the colour-blind patterns still tell candidates apart. */
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
      *color = color_blind ? cb_republican : republican;
      return;
    }
  if (g_strcmp0 (party, EC_PARTY_ID_DEMOCRATIC) == 0)
    {
      *color = color_blind ? cb_democratic : democratic;
      return;
    }

  index = other_index (scenario, candidate);
  if (color_blind)
    *color = cb_others[index % G_N_ELEMENTS (cb_others)];
  else
    *color = others[index % G_N_ELEMENTS (others)];
}

/**
 * ec_palette_get_candidate_color:
 * @scenario: the scenario @candidate belongs to
 * @candidate: a candidate
 * @color: (out caller-allocates): the colour
 *
 * The candidate's colour in the standard palette: red for Republicans,
 * blue for Democrats (see ec_palette_get_candidate_color_in()).
 */
void
ec_palette_get_candidate_color (EcScenario  *scenario,
                                EcCandidate *candidate,
                                EcColor     *color)
{
  ec_palette_get_candidate_color_in (EC_PALETTE_STANDARD, scenario, candidate, color);
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

/* The patterns of the candidates who are neither Republican nor
 * Democratic, in the order the scenario lists them. */
static const EcPattern other_patterns[] = {
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
 * A pattern by party, never by rank, so that a Democrat looks the same in
 * 1976, 2016 and 2024: a plain fill for Democrats, diagonal stripes for
 * Republicans; then, for everyone else in the order the scenario lists
 * them, as their colours, dots, cross-hatching, falling stripes and so on.
 *
 * Returns: the candidate's pattern
 */
EcPattern
ec_palette_get_candidate_pattern (EcScenario  *scenario,
                                  EcCandidate *candidate)
{
  const char *party;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), EC_PATTERN_NONE);
  g_return_val_if_fail (EC_IS_CANDIDATE (candidate), EC_PATTERN_NONE);

  party = ec_candidate_get_party_id (candidate);
  if (g_strcmp0 (party, EC_PARTY_ID_DEMOCRATIC) == 0)
    return EC_PATTERN_NONE;
  if (g_strcmp0 (party, EC_PARTY_ID_REPUBLICAN) == 0)
    return EC_PATTERN_STRIPES;

  return other_patterns[other_index (scenario, candidate) % G_N_ELEMENTS (other_patterns)];
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

/**
 * ec_palette_make_split:
 * @kind: the palette
 * @scenario: the scenario the shares are of
 * @shares: (array length=n_shares): a unit's electoral votes, as
 *   ec_tally_count_unit() gives them, the winner's first
 * @n_shares: how many
 * @split: (out caller-allocates): the unit's fill
 *
 * Stripes for each receiver, in its colour (electors who cast no vote in
 * the colour of abstentions), as wide as its share of the votes, but never
 * narrower than %EC_SPLIT_MIN_BAND, so that a single elector shows. A unit
 * with one receiver gets no bands: a plain fill.
 */
void
ec_palette_make_split (EcPaletteKind      kind,
                       EcScenario        *scenario,
                       const EcUnitShare *shares,
                       guint              n_shares,
                       EcSplit           *split)
{
  guint total = 0;
  double minority = 0;

  g_return_if_fail (EC_IS_SCENARIO (scenario));
  g_return_if_fail (shares != NULL || n_shares == 0);
  g_return_if_fail (split != NULL);

  memset (split, 0, sizeof *split);
  n_shares = MIN (n_shares, EC_SPLIT_MAX);
  for (guint i = 0; i < n_shares; i++)
    total += shares[i].votes;
  if (n_shares < 2 || total == 0)
    return;

  split->n_bands = n_shares;
  for (guint i = 0; i < n_shares; i++)
    {
      if (shares[i].candidate != NULL)
        ec_palette_get_candidate_color_in (kind, scenario, shares[i].candidate, &split->colors[i]);
      else
        split->colors[i] = inks[EC_INK_ABSTAINED];

      if (i > 0)
        {
          split->widths[i] = MAX ((double)shares[i].votes / total, EC_SPLIT_MIN_BAND);
          minority += split->widths[i];
        }
    }

  split->widths[0] = 1 - minority;
  if (split->widths[0] < EC_SPLIT_MIN_BAND)
    {
      /* Many receivers, none with most: as wide as their votes. */
      for (guint i = 0; i < n_shares; i++)
        split->widths[i] = (double)shares[i].votes / total;
    }
}

/**
 * ec_palette_split_equal:
 * @a: a split fill
 * @b: another
 *
 * Returns: whether the two look the same
 */
gboolean
ec_palette_split_equal (const EcSplit *a,
                        const EcSplit *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->n_bands != b->n_bands)
    return FALSE;

  for (guint i = 0; i < a->n_bands; i++)
    {
      if (a->widths[i] != b->widths[i] ||
          a->colors[i].red != b->colors[i].red ||
          a->colors[i].green != b->colors[i].green ||
          a->colors[i].blue != b->colors[i].blue)
        return FALSE;
    }

  return TRUE;
}

/**
 * ec_palette_get_split_period:
 * @pattern_size: the side of a pattern's tile
 *
 * Returns: the width of one period of a split fill's stripes, measured
 *   across them, in the same units: wide enough that the narrowest band
 *   is a few pixels on screen
 */
double
ec_palette_get_split_period (double pattern_size)
{
  return pattern_size * 3.0;
}

/**
 * ec_palette_create_split:
 * @split: a split fill with bands
 * @period: the width of one period of stripes, across them
 *
 * Makes the fill as a repeating linear gradient with hard stops: stripes
 * falling to the right, against the Republicans' rising pattern. A
 * gradient stays sharp at any scale and in PDF, and SVG writes it alike
 * (spreadMethod="repeat"). Its origin is the origin of the user space it
 * is set in.
 *
 * Returns: (transfer full): the pattern
 */
cairo_pattern_t *
ec_palette_create_split (const EcSplit *split,
                         double         period)
{
  cairo_pattern_t *pattern;
  double d = period / G_SQRT2;
  double offset = 0;

  g_return_val_if_fail (split != NULL && split->n_bands > 0, NULL);
  g_return_val_if_fail (period > 0, NULL);

  pattern = cairo_pattern_create_linear (0, 0, d, -d);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  for (guint i = 0; i < split->n_bands; i++)
    {
      const EcColor *c = &split->colors[i];
      double end = i + 1 == split->n_bands ? 1 : MIN (1, offset + split->widths[i]);

      cairo_pattern_add_color_stop_rgb (pattern, offset, c->red, c->green, c->blue);
      cairo_pattern_add_color_stop_rgb (pattern, end, c->red, c->green, c->blue);
      offset = end;
    }

  return pattern;
}
