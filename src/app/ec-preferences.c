/* ec-preferences.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-preferences.h"

struct _EcPreferences
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *palette_row;
  GtkAdjustment        *label_adjustment;
  GtkSwitch            *shading_switch;
};

G_DEFINE_FINAL_TYPE (EcPreferences, ec_preferences, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
palette_to_row (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "color-blind") ? 1 : 0);

  return TRUE;
}

static GVariant *
row_to_palette (const GValue       *value,
                const GVariantType *type,
                gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "color-blind" : "standard");
}

static gboolean
size_to_percent (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100);

  return TRUE;
}

static GVariant *
percent_to_size (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100);
}

static void
ec_preferences_dispose (GObject *object)
{
  EcPreferences *self = (EcPreferences *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ec_preferences_parent_class)->dispose (object);
}

static void
ec_preferences_class_init (EcPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, EcPreferences, palette_row);
  gtk_widget_class_bind_template_child (widget_class, EcPreferences, label_adjustment);
  gtk_widget_class_bind_template_child (widget_class, EcPreferences, shading_switch);
}

static void
ec_preferences_init (EcPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ec_preferences_new:
 * @settings: the app's settings
 *
 * Returns: (transfer floating): a preferences window that edits @settings
 */
GtkWidget *
ec_preferences_new (GSettings *settings)
{
  EcPreferences *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (EC_TYPE_PREFERENCES, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (settings, "palette", self->palette_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                palette_to_row, row_to_palette, NULL, NULL);
  g_settings_bind_with_mapping (settings, "label-size", self->label_adjustment, "value", G_SETTINGS_BIND_DEFAULT,
                                size_to_percent, percent_to_size, NULL, NULL);
  g_settings_bind (settings, "margin-shading", self->shading_switch, "active", G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}
