/* ec-unit-button.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-unit-button.h"

/* One invisible, focusable child of the map per unit. It takes no pointer
 * events (the map hit-tests the real shapes) and draws nothing (the map
 * draws the focus ring); it gives every state and district keyboard focus
 * and its own accessible name, description and bounds. */
struct _EcUnitButton
{
  GtkWidget  parent_instance;

  char      *unit_id;
};

G_DEFINE_FINAL_TYPE (EcUnitButton, ec_unit_button, GTK_TYPE_WIDGET)

static void
ec_unit_button_finalize (GObject *object)
{
  EcUnitButton *self = (EcUnitButton *)object;

  g_clear_pointer (&self->unit_id, g_free);

  G_OBJECT_CLASS (ec_unit_button_parent_class)->finalize (object);
}

static void
ec_unit_button_class_init (EcUnitButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ec_unit_button_finalize;

  gtk_widget_class_set_css_name (widget_class, "unitbutton");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
ec_unit_button_init (EcUnitButton *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/**
 * ec_unit_button_new:
 * @unit_id: the unit the button stands for
 *
 * Returns: (transfer floating): a new unit button
 */
GtkWidget *
ec_unit_button_new (const char *unit_id)
{
  EcUnitButton *self;

  g_return_val_if_fail (unit_id != NULL, NULL);

  self = g_object_new (EC_TYPE_UNIT_BUTTON, NULL);
  self->unit_id = g_strdup (unit_id);

  return GTK_WIDGET (self);
}

/**
 * ec_unit_button_get_unit_id:
 * @self: a #EcUnitButton
 *
 * Returns: (transfer none): the unit's id
 */
const char *
ec_unit_button_get_unit_id (EcUnitButton *self)
{
  g_return_val_if_fail (EC_IS_UNIT_BUTTON (self), NULL);

  return self->unit_id;
}
