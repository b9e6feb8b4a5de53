/* ec-test-ui.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ec_test_wait_for_frames (GtkWidget  *widget);
void ec_test_save_screenshot (GtkWidget  *widget,
                              const char *name);

G_END_DECLS
