/* ec-test-ui.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-window.h"

G_BEGIN_DECLS

void      ec_test_init_ui         (int        *argc,
                                   char     ***argv);
int       ec_test_run_ui          (void);
EcWindow *ec_test_create_window   (int         width,
                                   int         height);
void      ec_test_destroy_window  (EcWindow   *window);
void      ec_test_wait_for_frames (GtkWidget  *widget);
void      ec_test_wait_ms         (guint       ms);
void      ec_test_save_screenshot (GtkWidget  *widget,
                                   const char *name);
GdkTexture *ec_test_take_screenshot (GtkWidget  *widget,
                                     const char *name);
double    ec_test_get_pixel_luminance (GdkTexture *texture,
                                       int         x,
                                       int         y);

gboolean  ec_test_save            (EcWindow   *window,
                                   GFile      *file,
                                   GError    **error);
gboolean  ec_test_open            (EcWindow   *window,
                                   GFile      *file);
guint     ec_test_count_dialogs   (void);
void      ec_test_respond         (const char *response);

G_END_DECLS
