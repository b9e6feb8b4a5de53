/* ec-history.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-history.h"

/* Undo and redo as a list of saved scenarios (the same JSON as .electors
 * files). A state is a few kilobytes, so keeping every step of a lesson is
 * cheap, and going back to one can never disagree with loading a file. */

#define MAX_STEPS 500

struct _EcHistory
{
  GObject    parent_instance;

  GPtrArray *undo;
  GPtrArray *redo;
  char      *current;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EcHistory, ec_history, G_TYPE_OBJECT)

static void
ec_history_finalize (GObject *object)
{
  EcHistory *self = (EcHistory *)object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->current, g_free);

  G_OBJECT_CLASS (ec_history_parent_class)->finalize (object);
}

static void
ec_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EcHistory *self = EC_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ec_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, ec_history_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_history_class_init (EcHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_history_finalize;
  object_class->get_property = ec_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ec_history_init (EcHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (g_free);
  self->redo = g_ptr_array_new_with_free_func (g_free);
}

/**
 * ec_history_new:
 *
 * Returns: (transfer full): an empty history
 */
EcHistory *
ec_history_new (void)
{
  return g_object_new (EC_TYPE_HISTORY, NULL);
}

static void
notify_both (EcHistory *self,
             gboolean   could_undo,
             gboolean   could_redo)
{
  if (could_undo != ec_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != ec_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/**
 * ec_history_reset:
 * @self: a #EcHistory
 * @current: (nullable): the state to start from
 *
 * Forgets every step and starts again from @current.
 */
void
ec_history_reset (EcHistory  *self,
                  const char *current)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (EC_IS_HISTORY (self));

  could_undo = ec_history_can_undo (self);
  could_redo = ec_history_can_redo (self);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  g_free (self->current);
  self->current = g_strdup (current);

  notify_both (self, could_undo, could_redo);
}

/**
 * ec_history_record:
 * @self: a #EcHistory
 * @current: the state after a change
 *
 * Records a change: the previous state can be undone to, and whatever could
 * be redone is forgotten. Recording the state already current does nothing.
 */
void
ec_history_record (EcHistory  *self,
                   const char *current)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (EC_IS_HISTORY (self));
  g_return_if_fail (current != NULL);

  if (g_strcmp0 (self->current, current) == 0)
    return;

  could_undo = ec_history_can_undo (self);
  could_redo = ec_history_can_redo (self);

  if (self->current != NULL)
    g_ptr_array_add (self->undo, g_steal_pointer (&self->current));
  self->current = g_strdup (current);
  g_ptr_array_set_size (self->redo, 0);

  /* A lesson never needs more; the oldest steps go first. */
  if (self->undo->len > MAX_STEPS)
    g_ptr_array_remove_index (self->undo, 0);

  notify_both (self, could_undo, could_redo);
}

/**
 * ec_history_can_undo:
 * @self: a #EcHistory
 *
 * Returns: whether there is a step to undo
 */
gboolean
ec_history_can_undo (EcHistory *self)
{
  g_return_val_if_fail (EC_IS_HISTORY (self), FALSE);

  return self->undo->len > 0;
}

/**
 * ec_history_can_redo:
 * @self: a #EcHistory
 *
 * Returns: whether there is an undone step to redo
 */
gboolean
ec_history_can_redo (EcHistory *self)
{
  g_return_val_if_fail (EC_IS_HISTORY (self), FALSE);

  return self->redo->len > 0;
}

static const char *
move_step (EcHistory *self,
           GPtrArray *from,
           GPtrArray *to)
{
  gboolean could_undo, could_redo;

  if (from->len == 0)
    return NULL;

  could_undo = ec_history_can_undo (self);
  could_redo = ec_history_can_redo (self);

  g_ptr_array_add (to, g_steal_pointer (&self->current));
  self->current = g_ptr_array_steal_index (from, from->len - 1);

  notify_both (self, could_undo, could_redo);

  return self->current;
}

/**
 * ec_history_undo:
 * @self: a #EcHistory
 *
 * Returns: (transfer none) (nullable): the state to go back to, or %NULL if
 *   there is nothing to undo
 */
const char *
ec_history_undo (EcHistory *self)
{
  g_return_val_if_fail (EC_IS_HISTORY (self), NULL);

  return move_step (self, self->undo, self->redo);
}

/**
 * ec_history_redo:
 * @self: a #EcHistory
 *
 * Returns: (transfer none) (nullable): the state to go forward to, or %NULL
 *   if there is nothing to redo
 */
const char *
ec_history_redo (EcHistory *self)
{
  g_return_val_if_fail (EC_IS_HISTORY (self), NULL);

  return move_step (self, self->redo, self->undo);
}

/**
 * ec_history_get_current:
 * @self: a #EcHistory
 *
 * Returns: (transfer none) (nullable): the current state
 */
const char *
ec_history_get_current (EcHistory *self)
{
  g_return_val_if_fail (EC_IS_HISTORY (self), NULL);

  return self->current;
}
