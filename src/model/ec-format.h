/* ec-format.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ec_format_count   (gint64 value);
char *ec_format_percent (double value,
                         guint  decimals);
char *ec_format_points  (double value,
                         guint  decimals);

G_END_DECLS
