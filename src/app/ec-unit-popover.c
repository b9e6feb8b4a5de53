/* ec-unit-popover.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-unit-popover.h"

/* What a right-click, a long press or the Menu key opens on a unit: whom its
 * electors are pledged to (any candidate, or undecided), its electoral votes
 * and the real result. */
struct _EcUnitPopover
{
  GtkPopover  parent_instance;

  EcScenario *scenario;
  char       *unit_id;
  gboolean    syncing;

  GtkLabel   *title_label;
  GtkLabel   *votes_label;
  GtkBox     *choices;
  GtkLabel   *result_label;
};

G_DEFINE_FINAL_TYPE (EcUnitPopover, ec_unit_popover, GTK_TYPE_POPOVER)

static void
sync_from_scenario (EcUnitPopover *self)
{
  EcCandidate *winner = ec_scenario_get_winner (self->scenario, self->unit_id);
  EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (self->scenario), self->unit_id);
  guint votes = ec_scenario_get_unit_electoral_votes (self->scenario, unit);
  g_autofree char *votes_text = NULL;

  self->syncing = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->choices));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      EcCandidate *candidate = g_object_get_data (G_OBJECT (child), "ec-candidate");

      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), candidate == winner);
    }
  self->syncing = FALSE;

  votes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u electoral vote", "%u electoral votes", votes),
                                votes);
  gtk_label_set_label (self->votes_label, votes_text);
}

static void
choice_toggled_cb (EcUnitPopover  *self,
                   GtkCheckButton *button)
{
  if (self->syncing || !gtk_check_button_get_active (button))
    return;

  ec_scenario_set_winner (self->scenario, self->unit_id,
                          g_object_get_data (G_OBJECT (button), "ec-candidate"));
}

static void
ec_unit_popover_dispose (GObject *object)
{
  EcUnitPopover *self = (EcUnitPopover *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_UNIT_POPOVER);
  g_clear_object (&self->scenario);

  G_OBJECT_CLASS (ec_unit_popover_parent_class)->dispose (object);
}

static void
ec_unit_popover_finalize (GObject *object)
{
  EcUnitPopover *self = (EcUnitPopover *)object;

  g_clear_pointer (&self->unit_id, g_free);

  G_OBJECT_CLASS (ec_unit_popover_parent_class)->finalize (object);
}

static void
ec_unit_popover_class_init (EcUnitPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_unit_popover_dispose;
  object_class->finalize = ec_unit_popover_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-unit-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, title_label);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, votes_label);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, choices);
  gtk_widget_class_bind_template_child (widget_class, EcUnitPopover, result_label);
}

static void
ec_unit_popover_init (EcUnitPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
add_choice (EcUnitPopover  *self,
            GtkCheckButton *group,
            const char     *label,
            EcCandidate    *candidate)
{
  GtkWidget *button = gtk_check_button_new_with_label (label);

  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
  g_object_set_data (G_OBJECT (button), "ec-candidate", candidate);
  g_signal_connect_object (button, "toggled", G_CALLBACK (choice_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->choices, button);

  return button;
}

/**
 * ec_unit_popover_new:
 * @scenario: the scenario to edit
 * @unit_id: the unit
 *
 * Returns: (transfer floating): a popover for the unit
 */
GtkWidget *
ec_unit_popover_new (EcScenario *scenario,
                     const char *unit_id)
{
  EcUnitPopover *self;
  GPtrArray *candidates;
  GtkWidget *first = NULL;
  g_autofree char *result = NULL;
  g_autofree char *title = NULL;
  EcUnit *unit;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  unit = ec_election_get_unit (ec_scenario_get_election (scenario), unit_id);
  g_return_val_if_fail (unit != NULL, NULL);

  self = g_object_new (EC_TYPE_UNIT_POPOVER, NULL);
  self->scenario = g_object_ref (scenario);
  self->unit_id = g_strdup (unit_id);

  if (ec_unit_get_kind (unit) == EC_UNIT_STATE && ec_scenario_get_split (scenario, unit_id))
    /* Translators: %s is a state split by congressional district */
    title = g_strdup_printf (_("%s at large"), ec_unit_get_name (unit));
  else
    title = g_strdup (ec_unit_get_name (unit));
  gtk_label_set_label (self->title_label, title);

  candidates = ec_scenario_get_candidates (scenario);
  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (candidates, i);
      GtkWidget *button = add_choice (self, first ? GTK_CHECK_BUTTON (first) : NULL,
                                      ec_candidate_get_name (candidate), candidate);

      if (first == NULL)
        first = button;
    }
  add_choice (self, GTK_CHECK_BUTTON (first), _("Undecided"), NULL);

  result = ec_scenario_dup_unit_result (scenario, unit_id);
  gtk_label_set_label (self->result_label, result ? result : _("A blank map has no real result."));

  sync_from_scenario (self);
  g_signal_connect_object (scenario, "changed", G_CALLBACK (sync_from_scenario), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * ec_unit_popover_get_unit_id:
 * @self: a #EcUnitPopover
 *
 * Returns: (transfer none): the unit the popover edits
 */
const char *
ec_unit_popover_get_unit_id (EcUnitPopover *self)
{
  g_return_val_if_fail (EC_IS_UNIT_POPOVER (self), NULL);

  return self->unit_id;
}
