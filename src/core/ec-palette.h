/* ec-palette.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-scenario.h"

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
} EcColor;

typedef enum {
  EC_MARGIN_SAFE,    /* more than 15 points */
  EC_MARGIN_LIKELY,  /* 5 to 15 points */
  EC_MARGIN_LEAN,    /* under 5 points */
} EcMargin;

void     ec_palette_get_candidate_color (EcScenario  *scenario,
                                         EcCandidate *candidate,
                                         EcColor     *color);
void     ec_palette_get_undecided_color (EcColor     *color);
void     ec_palette_shade               (const EcColor *color,
                                         EcMargin       margin,
                                         EcColor       *shaded);
double   ec_palette_luminance           (const EcColor *color);
gboolean ec_palette_get_real_margin     (EcUnit      *unit,
                                         double      *points);
EcMargin ec_palette_classify_margin     (double       points);

G_END_DECLS
