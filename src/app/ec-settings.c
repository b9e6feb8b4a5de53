/* ec-settings.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-settings.h"

/**
 * ec_settings_new:
 *
 * The app's settings, or %NULL when the schema is not installed (a build
 * run by hand outside `build-aux/run-app`): the app then works with its
 * defaults instead of aborting, as GSettings would.
 *
 * Returns: (transfer full) (nullable): the settings
 */
GSettings *
ec_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("The settings schema %s is not installed; settings will not be kept", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
