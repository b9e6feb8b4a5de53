/* bench-first-frame.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void bench_first_frame_report (GApplication *app,
                               gint64        frame_us);

G_END_DECLS
