/* ec-compare.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-allocate.h"
#include "ec-apportion.h"
#include "ec-tally.h"

G_BEGIN_DECLS

/**
 * EcCompareRow:
 * @id: a stable id: the method's, or “house-wyoming-rule”, “house-cube-root”
 * @method: the method counted
 * @house_size: the House size counted
 * @tally: the tally of the scenario under that system
 *
 * One line of the compare table.
 */
typedef struct {
  char     *id;
  EcMethod  method;
  guint     house_size;
  EcTally  *tally;
} EcCompareRow;

GPtrArray *ec_compare_new             (EcScenario   *scenario);
char      *ec_compare_row_dup_label   (EcCompareRow *row);
char      *ec_compare_row_dup_result  (EcCompareRow *row);
JsonNode  *ec_compare_to_json         (EcScenario   *scenario,
                                       GPtrArray    *rows);

G_END_DECLS
