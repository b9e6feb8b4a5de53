/* ec-file.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean ec_file_replace_contents (GFile             *file,
                                   const char        *contents,
                                   gsize              length,
                                   GFileCreateFlags   flags,
                                   GError           **error);

G_END_DECLS
