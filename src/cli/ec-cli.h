/* ec-cli.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The exit status for anything the user asked that cannot be done. */
#define EC_CLI_EXIT_BAD_INPUT 2

const GOptionEntry *ec_cli_get_option_entries     (void);
const char         *ec_cli_get_parameter_string   (void);
const char         *ec_cli_get_summary            (void);
void                ec_cli_reword_option_error    (GError             **error);
gboolean            ec_cli_handles                (GVariantDict        *options);
int                 ec_cli_run                    (GVariantDict        *options,
                                                   const char * const  *arguments);

G_END_DECLS
