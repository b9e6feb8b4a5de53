/* ec-fuzz.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What every fuzz target shares. */
int  LLVMFuzzerTestOneInput (const guint8 *data,
                             size_t        size);

void ec_fuzz_init           (void);
void ec_fuzz_check_error    (const GError *error);
void ec_fuzz_fail           (const char   *format,
                             ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;

G_END_DECLS
