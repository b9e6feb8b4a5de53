/* ec-history.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-history.h"

/* Undo and redo as a list of scenario states. Each state is a copy that
 * nobody changes (ec_scenario_copy() shares the election), with a
 * generation: a number no other state of this history has, so that a
 * document can tell whether it is back at the state it last saved
 * without comparing anything. */

#define MAX_STEPS 500

typedef struct {
  EcScenario *scenario;
  guint64     generation;
} Step;

struct _EcHistory
{
  GObject  parent_instance;

  GArray  *undo;
  GArray  *redo;
  Step     current;
  guint64  next_generation;
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
step_clear (Step *step)
{
  g_clear_object (&step->scenario);
}

static void
ec_history_finalize (GObject *object)
{
  EcHistory *self = (EcHistory *)object;

  g_clear_pointer (&self->undo, g_array_unref);
  g_clear_pointer (&self->redo, g_array_unref);
  step_clear (&self->current);

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
  self->undo = g_array_new (FALSE, TRUE, sizeof (Step));
  self->redo = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->undo, (GDestroyNotify) step_clear);
  g_array_set_clear_func (self->redo, (GDestroyNotify) step_clear);
  self->next_generation = 1;
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

static void
set_current (EcHistory  *self,
             EcScenario *scenario)
{
  step_clear (&self->current);
  self->current.scenario = ec_scenario_copy (scenario);
  self->current.generation = self->next_generation++;
}

/**
 * ec_history_reset:
 * @self: a #EcHistory
 * @current: (nullable): the state to start from
 *
 * Forgets every step: @current is the only state, with a new generation.
 */
void
ec_history_reset (EcHistory  *self,
                  EcScenario *current)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (EC_IS_HISTORY (self));
  g_return_if_fail (current == NULL || EC_IS_SCENARIO (current));

  could_undo = ec_history_can_undo (self);
  could_redo = ec_history_can_redo (self);

  g_array_set_size (self->undo, 0);
  g_array_set_size (self->redo, 0);
  if (current != NULL)
    set_current (self, current);
  else
    step_clear (&self->current);

  notify_both (self, could_undo, could_redo);
}

/**
 * ec_history_record:
 * @self: a #EcHistory
 * @current: the scenario as it is now
 *
 * Records a change: the previous state can be undone to, and whatever could
 * be redone is forgotten. Recording a scenario equal to the current state
 * does nothing.
 *
 * Returns: whether a step was recorded
 */
gboolean
ec_history_record (EcHistory  *self,
                   EcScenario *current)
{
  gboolean could_undo, could_redo;

  g_return_val_if_fail (EC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (EC_IS_SCENARIO (current), FALSE);

  if (self->current.scenario != NULL && ec_scenario_equal (self->current.scenario, current))
    return FALSE;

  could_undo = ec_history_can_undo (self);
  could_redo = ec_history_can_redo (self);

  if (self->current.scenario != NULL)
    {
      g_array_append_val (self->undo, self->current);
      self->current.scenario = NULL;
    }
  set_current (self, current);
  g_array_set_size (self->redo, 0);

  /* A lesson never needs more; the oldest steps go first. */
  if (self->undo->len > MAX_STEPS)
    g_array_remove_index (self->undo, 0);

  notify_both (self, could_undo, could_redo);

  return TRUE;
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

static EcScenario *
move_step (EcHistory *self,
           GArray    *from,
           GArray    *to)
{
  gboolean could_undo, could_redo;

  if (from->len == 0)
    return NULL;

  could_undo = ec_history_can_undo (self);
  could_redo = ec_history_can_redo (self);

  g_array_append_val (to, self->current);
  self->current = g_array_index (from, Step, from->len - 1);
  /* The step now lives in current: take it out without clearing it. */
  g_array_index (from, Step, from->len - 1).scenario = NULL;
  g_array_set_size (from, from->len - 1);

  notify_both (self, could_undo, could_redo);

  return self->current.scenario;
}

/**
 * ec_history_undo:
 * @self: a #EcHistory
 *
 * Returns: (transfer none) (nullable): the state to go back to, or %NULL if
 *   there is nothing to undo. It is the history's: copy it to change it.
 */
EcScenario *
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
 *   if there is nothing to redo. It is the history's: copy it to change it.
 */
EcScenario *
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
EcScenario *
ec_history_get_current (EcHistory *self)
{
  g_return_val_if_fail (EC_IS_HISTORY (self), NULL);

  return self->current.scenario;
}

/**
 * ec_history_get_generation:
 * @self: a #EcHistory
 *
 * Returns: the number of the current state, which no other state of this
 *   history has, or 0 when there is none
 */
guint64
ec_history_get_generation (EcHistory *self)
{
  g_return_val_if_fail (EC_IS_HISTORY (self), 0);

  return self->current.scenario != NULL ? self->current.generation : 0;
}
