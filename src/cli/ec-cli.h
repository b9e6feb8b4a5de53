/* ec-cli.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ec_cli_handles (int    argc,
                         char **argv);
int      ec_cli_run     (int    argc,
                         char **argv);

G_END_DECLS
