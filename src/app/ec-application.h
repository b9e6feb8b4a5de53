/* ec-application.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EC_TYPE_APPLICATION (ec_application_get_type ())
G_DECLARE_FINAL_TYPE (EcApplication, ec_application, EC, APPLICATION, AdwApplication)

EcApplication *ec_application_new (void);

G_END_DECLS
