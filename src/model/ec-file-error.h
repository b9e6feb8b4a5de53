/* ec-file-error.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *ec_file_error_dup_open_message (const GError *error);
char *ec_file_error_dup_save_message (const GError *error,
                                      GFile        *file,
                                      const char   *example);

G_END_DECLS
