/* ec-preferences.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EC_TYPE_PREFERENCES (ec_preferences_get_type ())
G_DECLARE_FINAL_TYPE (EcPreferences, ec_preferences, EC, PREFERENCES, AdwPreferencesWindow)

GtkWidget *ec_preferences_new (GSettings *settings);

G_END_DECLS
