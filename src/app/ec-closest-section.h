/* ec-closest-section.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ec-closest.h"
#include "ec-report.h"

G_BEGIN_DECLS

#define EC_TYPE_CLOSEST_SECTION (ec_closest_section_get_type ())
G_DECLARE_FINAL_TYPE (EcClosestSection, ec_closest_section, EC, CLOSEST_SECTION, GtkWidget)

GtkWidget          *ec_closest_section_new            (void);
void                ec_closest_section_set_report     (EcClosestSection *self,
                                                       EcReport         *report);
EcClosest          *ec_closest_section_get_closest    (EcClosestSection *self);
gboolean            ec_closest_section_get_open_close_states (EcClosestSection *self);
const char * const *ec_closest_section_get_highlights (EcClosestSection *self);
const char         *ec_closest_section_get_text       (EcClosestSection *self,
                                                       const char       *part);

G_END_DECLS
