/* ec-palette.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "ec-scenario.h"
#include "ec-tally.h"

G_BEGIN_DECLS

/**
 * EcPattern:
 * @EC_PATTERN_NONE: a plain fill
 * @EC_PATTERN_STRIPES: diagonal stripes, rising to the right
 * @EC_PATTERN_DOTS: dots
 * @EC_PATTERN_CROSSHATCH: diagonal cross-hatching
 * @EC_PATTERN_BACK_STRIPES: diagonal stripes, falling to the right
 * @EC_PATTERN_HORIZONTAL: horizontal lines
 * @EC_PATTERN_VERTICAL: vertical lines
 * @EC_PATTERN_GRID: a square grid
 * @EC_PATTERN_HATCH: a light hatch, for undecided units
 *
 * Marks laid over a fill so that candidates stay apart where colour does
 * not: in grey print, or for people who do not tell the hues apart.
 */
typedef enum {
  EC_PATTERN_NONE,
  EC_PATTERN_STRIPES,
  EC_PATTERN_DOTS,
  EC_PATTERN_CROSSHATCH,
  EC_PATTERN_BACK_STRIPES,
  EC_PATTERN_HORIZONTAL,
  EC_PATTERN_VERTICAL,
  EC_PATTERN_GRID,
  EC_PATTERN_HATCH,
} EcPattern;

/**
 * EcPaletteKind:
 * @EC_PALETTE_STANDARD: red for Republicans, blue for Democrats, as news
 *   maps use them
 * @EC_PALETTE_COLOR_BLIND: the Okabe–Ito colours, which people with the
 *   common forms of colour blindness tell apart: orange for Republicans,
 *   blue for Democrats
 *
 * Which colours candidates get. Patterns (ec_palette_get_candidate_pattern())
 * are the same in both.
 */
typedef enum {
  EC_PALETTE_STANDARD,
  EC_PALETTE_COLOR_BLIND,
} EcPaletteKind;

typedef struct {
  double red;
  double green;
  double blue;
} EcColor;

/* Where a unit's electors split, the stripes of the other receivers take
 * at least this share of the fill each, so that one faithless elector in
 * 38 is still seen. */
#define EC_SPLIT_MIN_BAND 0.12
#define EC_SPLIT_MAX EC_UNIT_SHARES_MAX

/**
 * EcSplit:
 * @n_bands: how many stripes make the fill's period: 0 for a plain fill
 * @colors: their colours, the unit's winner first
 * @widths: their widths, as shares of the period that add up to 1
 *
 * The fill of a unit whose electors voted for several people: stripes in
 * their colours, as wide as their votes where that can be seen.
 */
typedef struct {
  guint   n_bands;
  EcColor colors[EC_SPLIT_MAX];
  double  widths[EC_SPLIT_MAX];
} EcSplit;

/**
 * EcInk:
 * @EC_INK_WHITE: the page, the borders between states, light text, badges
 * @EC_INK_LABEL: dark text on the map and in the tally bar
 * @EC_INK_PAGE_TEXT: the text of an exported page
 * @EC_INK_PAGE_DIM_TEXT: an exported page's secondary text
 * @EC_INK_LEADER: the lines from callout boxes to their places
 * @EC_INK_ABSTAINED: electoral votes cast for nobody
 * @EC_INK_FOCUS: the ring around the state that has keyboard focus
 * @EC_INK_SHADOW: shadows, drawn translucent
 * @EC_INK_HIGHLIGHT: the ring around units an answer points at (the
 *   fewest switched voters, a path to 270), over a dark edge
 * @EC_INK_OUTSIDE: land that had no electors that year: not yet a state,
 *   not yet in the Union, or the District of Columbia before 1964
 * @EC_INK_NO_VOTES: a state of the Union whose electors cast no votes
 *   (New York in 1789, the seceded states in 1864)
 *
 * The colours that are not a candidate's: every one the app draws lives
 * here, so the map, the window and the exports agree.
 */
typedef enum {
  EC_INK_WHITE,
  EC_INK_LABEL,
  EC_INK_PAGE_TEXT,
  EC_INK_PAGE_DIM_TEXT,
  EC_INK_LEADER,
  EC_INK_ABSTAINED,
  EC_INK_FOCUS,
  EC_INK_SHADOW,
  EC_INK_HIGHLIGHT,
  EC_INK_OUTSIDE,
  EC_INK_NO_VOTES,
} EcInk;

/* The font of every text drawn with Pango or written to SVG: Cantarell
 * where installed, as in GNOME. */
#define EC_PALETTE_FONT_FAMILY "Cantarell, DejaVu Sans, sans-serif"

typedef enum {
  EC_MARGIN_SAFE,    /* more than 15 points */
  EC_MARGIN_LIKELY,  /* 5 to 15 points */
  EC_MARGIN_LEAN,    /* under 5 points */
} EcMargin;

/* How much weight each of a state's electors carries: its people per
 * elector against the average of all states. Heaviest first. */
typedef enum {
  EC_WEIGHT_HEAVIEST,  /* under 60% of the average */
  EC_WEIGHT_HEAVY,     /* 60% to 85% */
  EC_WEIGHT_NEAR,      /* 85% to 100% */
  EC_WEIGHT_LIGHT,     /* the average or more */
  EC_N_WEIGHTS
} EcWeight;

void     ec_palette_get_candidate_color (EcScenario  *scenario,
                                         EcCandidate *candidate,
                                         EcColor     *color);
void     ec_palette_get_candidate_color_in (EcPaletteKind  kind,
                                            EcScenario    *scenario,
                                            EcCandidate   *candidate,
                                            EcColor       *color);
void     ec_palette_get_undecided_color (EcColor     *color);
void     ec_palette_make_split          (EcPaletteKind      kind,
                                         EcScenario        *scenario,
                                         const EcUnitShare *shares,
                                         guint              n_shares,
                                         EcSplit           *split);
gboolean ec_palette_split_equal         (const EcSplit     *a,
                                         const EcSplit     *b);
cairo_pattern_t *ec_palette_create_split (const EcSplit *split,
                                          double         period);
double   ec_palette_get_split_period    (double         pattern_size);
const EcColor *ec_palette_get_ink       (EcInk        ink);
void     ec_palette_set_source          (cairo_t       *cr,
                                         const EcColor *color,
                                         double         alpha);
void     ec_palette_shade               (const EcColor *color,
                                         EcMargin       margin,
                                         EcColor       *shaded);
double   ec_palette_luminance           (const EcColor *color);
double   ec_palette_contrast            (const EcColor *a,
                                         const EcColor *b);
const guint32 *ec_palette_get_swatches  (guint         *n_swatches);
void     ec_palette_color_from_rgb      (guint32        rgb,
                                         EcColor       *color);
gboolean ec_palette_get_real_margin     (EcUnit      *unit,
                                         double      *points);
EcMargin ec_palette_classify_margin     (double       points);
EcWeight ec_palette_classify_weight     (double       share_of_average);
void     ec_palette_get_weight_color    (EcWeight     weight,
                                         EcColor     *color);

EcPattern        ec_palette_get_candidate_pattern (EcScenario    *scenario,
                                                   EcCandidate   *candidate);
EcPattern        ec_palette_get_undecided_pattern (void);
void             ec_palette_get_pattern_ink       (EcPattern      pattern,
                                                   const EcColor *fill,
                                                   EcColor       *ink,
                                                   double        *alpha);
double           ec_palette_append_pattern_tile   (EcPattern      pattern,
                                                   cairo_t       *cr,
                                                   double         size);
cairo_pattern_t *ec_palette_create_pattern        (EcPattern      pattern,
                                                   const EcColor *fill,
                                                   double         size,
                                                   gboolean       vector);

G_END_DECLS
