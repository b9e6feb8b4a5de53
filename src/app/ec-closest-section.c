/* ec-closest-section.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-closest-section.h"
#include "ec-format.h"

/* “How close was it?”: the fewest voters who, switching to one candidate,
 * would have changed the outcome, where, and the tipping point. It answers
 * again after every change, as the tally does. */

typedef struct {
  EcClosestGoal  goal;
  EcCandidate   *target;
} Choice;

struct _EcClosestSection
{
  GtkWidget     parent_instance;

  EcReport     *report;
  EcClosest    *closest;
  GArray       *choices;
  GStrv         highlights;
  char         *tipping_text;
  gboolean      syncing;

  GtkLabel     *voters_label;
  GtkLabel     *sentence_label;
  GtkListBox   *units_list;
  GtkWidget    *controls;
  GtkDropDown  *goal_picker;
  GtkSwitch    *map_switch;
  GtkSwitch    *open_switch;
  GtkLabel     *tipping_label;
};

G_DEFINE_FINAL_TYPE (EcClosestSection, ec_closest_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HIGHLIGHTS,
  PROP_OPEN_CLOSE_STATES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_highlights (EcClosestSection *self,
                GStrv             highlights)
{
  gboolean same = (self->highlights == NULL && highlights == NULL) ||
                  (self->highlights != NULL && highlights != NULL &&
                   g_strv_equal ((const char * const *)self->highlights, (const char * const *)highlights));

  if (same)
    {
      g_strfreev (highlights);
      return;
    }

  g_strfreev (self->highlights);
  self->highlights = highlights;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTS]);
}

static void
update_highlights (EcClosestSection *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  if (self->closest == NULL || !gtk_switch_get_active (self->map_switch) ||
      ec_closest_get_n_units (self->closest) == 0)
    {
      set_highlights (self, NULL);
      return;
    }

  builder = g_strv_builder_new ();
  for (guint i = 0; i < ec_closest_get_n_units (self->closest); i++)
    g_strv_builder_add (builder, ec_unit_get_id (ec_closest_get_unit (self->closest, i)));
  set_highlights (self, g_strv_builder_end (builder));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

/* The goals a student can pick: a win for anyone with a popular vote but
 * the winner, a tie, and nobody with a majority. */
static void
update_choices (EcClosestSection *self,
                EcTally          *tally)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) choices = g_array_new (FALSE, FALSE, sizeof (Choice));
  Choice previous = { EC_CLOSEST_WIN, NULL };
  guint selected = 0;
  gboolean changed;

  if (self->choices->len > 0 && gtk_drop_down_get_selected (self->goal_picker) < self->choices->len)
    previous = g_array_index (self->choices, Choice, gtk_drop_down_get_selected (self->goal_picker));

  for (guint i = 0; i < ec_tally_get_n_candidates (tally); i++)
    {
      EcCandidate *candidate = ec_tally_get_candidate (tally, i);
      Choice choice = { EC_CLOSEST_WIN, candidate };
      g_autofree char *label = NULL;

      if (candidate == ec_tally_get_winner (tally) || !ec_tally_has_popular_votes_for (tally, candidate))
        continue;

      /* Translators: a choice of what the switched voters should do. */
      label = g_strdup_printf (_("Elect %s"), ec_candidate_get_name (candidate));
      gtk_string_list_append (labels, label);
      g_array_append_val (choices, choice);
    }
  {
    Choice tie = { EC_CLOSEST_TIE, NULL };
    Choice house = { EC_CLOSEST_NO_MAJORITY, NULL };

    gtk_string_list_append (labels, _("A Tie"));
    g_array_append_val (choices, tie);
    gtk_string_list_append (labels, _("Nobody With a Majority"));
    g_array_append_val (choices, house);
  }

  changed = choices->len != self->choices->len;
  for (guint i = 0; i < choices->len && !changed; i++)
    changed = g_array_index (choices, Choice, i).goal != g_array_index (self->choices, Choice, i).goal ||
              g_array_index (choices, Choice, i).target != g_array_index (self->choices, Choice, i).target;

  for (guint i = 0; i < choices->len; i++)
    if (g_array_index (choices, Choice, i).goal == previous.goal &&
        g_array_index (choices, Choice, i).target == previous.target)
      selected = i;

  if (changed)
    {
      self->syncing = TRUE;
      g_array_unref (self->choices);
      self->choices = g_steal_pointer (&choices);
      gtk_drop_down_set_model (self->goal_picker, G_LIST_MODEL (labels));
      gtk_drop_down_set_selected (self->goal_picker, selected);
      self->syncing = FALSE;
    }
}

static void
update_tipping_point (EcClosestSection *self,
                      EcTally          *tally)
{
  EcScenario *scenario = ec_tally_get_scenario (tally);
  EcTippingPoint point;

  g_clear_pointer (&self->tipping_text, g_free);

  if (ec_closest_find_tipping_point (scenario, &point))
    {
      g_autofree char *margin = ec_format_count (point.margin);
      const char *winner = ec_candidate_get_name (point.winner);
      const char *unit = ec_unit_get_name (point.unit);
      g_autofree char *points = ec_format_points (point.total > 0 ? 100.0 * point.margin / point.total : 0.0, 2);

      self->tipping_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The tipping point was %s. Counting %s’s states from the widest margin to the "
                                      "narrowest, %s took the total to at least %u. %s won it by %s vote, %s.",
                                      "The tipping point was %s. Counting %s’s states from the widest margin to the "
                                      "narrowest, %s took the total to at least %u. %s won it by %s votes, %s.",
                                      (gulong)point.margin),
                         unit, winner, unit, ec_tally_get_majority (tally), winner, margin, points);
    }
  else if (ec_tally_has_popular_vote (tally) && ec_tally_get_outcome (tally) == EC_OUTCOME_CONTINGENT)
    {
      self->tipping_text = g_strdup (_("Nobody had a majority, so no state tipped the election."));
    }

  gtk_label_set_label (self->tipping_label, self->tipping_text ? self->tipping_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->tipping_label), self->tipping_text != NULL);
}

static void
update (EcClosestSection *self)
{
  EcTally *tally = ec_report_get_tally (self->report);
  EcScenario *scenario = ec_tally_get_scenario (tally);
  g_autofree char *sentence = NULL;
  Choice choice = { EC_CLOSEST_WIN, NULL };
  guint selected;
  gboolean found;

  update_choices (self, tally);
  selected = gtk_drop_down_get_selected (self->goal_picker);
  if (selected < self->choices->len)
    choice = g_array_index (self->choices, Choice, selected);

  g_clear_pointer (&self->closest, ec_closest_unref);
  self->closest = ec_closest_new (scenario, choice.goal, choice.target);
  found = ec_closest_get_status (self->closest) == EC_CLOSEST_FOUND;

  if (found)
    {
      g_autofree char *voters = ec_format_count (ec_closest_get_voters (self->closest));
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s voter", "%s voters",
                                                            (gulong)ec_closest_get_voters (self->closest)),
                                               voters);

      gtk_label_set_label (self->voters_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->voters_label), found);

  sentence = ec_closest_dup_sentence (self->closest);
  gtk_label_set_label (self->sentence_label, sentence);

  clear_list (self->units_list);
  for (guint i = 0; i < ec_closest_get_n_units (self->closest); i++)
    {
      EcUnit *unit = ec_closest_get_unit (self->closest, i);
      gint64 n = ec_closest_get_unit_voters (self->closest, i);
      guint electoral_votes = ec_scenario_get_unit_electoral_votes (scenario, unit);
      g_autofree char *count = ec_format_count (n);
      g_autofree char *voters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s voter", "%s voters", (gulong)n),
                                                 count);
      g_autofree char *votes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u electoral vote",
                                                             "%u electoral votes", electoral_votes),
                                                electoral_votes);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: “5,353 voters · 16 electoral votes”. */
      subtitle = g_strdup_printf (_("%s · %s"), voters, votes);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ec_unit_get_name (unit));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->units_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->units_list), found);

  /* Without a popular vote there is nothing to choose between. */
  gtk_widget_set_visible (self->controls,
                          ec_closest_get_status (self->closest) != EC_CLOSEST_NO_POPULAR_VOTE);

  update_tipping_point (self, tally);
  update_highlights (self);
}

static void
goal_changed_cb (EcClosestSection *self)
{
  if (self->syncing || self->report == NULL)
    return;

  update (self);
}

static void
map_switch_cb (EcClosestSection *self)
{
  update_highlights (self);
}

static void
open_switch_cb (EcClosestSection *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_CLOSE_STATES]);
}

static void
ec_closest_section_dispose (GObject *object)
{
  EcClosestSection *self = (EcClosestSection *)object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_CLOSEST_SECTION);
  /* The template's root group has no field of its own to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->report, ec_report_unref);
  g_clear_pointer (&self->closest, ec_closest_unref);

  G_OBJECT_CLASS (ec_closest_section_parent_class)->dispose (object);
}

static void
ec_closest_section_finalize (GObject *object)
{
  EcClosestSection *self = (EcClosestSection *)object;

  g_clear_pointer (&self->choices, g_array_unref);
  g_clear_pointer (&self->highlights, g_strfreev);
  g_clear_pointer (&self->tipping_text, g_free);

  G_OBJECT_CLASS (ec_closest_section_parent_class)->finalize (object);
}

static void
ec_closest_section_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EcClosestSection *self = EC_CLOSEST_SECTION (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, self->highlights);
      break;
    case PROP_OPEN_CLOSE_STATES:
      g_value_set_boolean (value, gtk_switch_get_active (self->open_switch));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_closest_section_class_init (EcClosestSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_closest_section_dispose;
  object_class->finalize = ec_closest_section_finalize;
  object_class->get_property = ec_closest_section_get_property;

  /**
   * EcClosestSection:highlights:
   *
   * The ids of the units the answer switches, while "Show on the Map" is
   * on; %NULL otherwise.
   */
  properties[PROP_HIGHLIGHTS] =
    g_param_spec_boxed ("highlights", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * EcClosestSection:open-close-states:
   *
   * Whether the student asked to count the paths as if the close states
   * were undecided.
   */
  properties[PROP_OPEN_CLOSE_STATES] =
    g_param_spec_boolean ("open-close-states", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-closest-section.ui");
  gtk_widget_class_bind_template_child (widget_class, EcClosestSection, voters_label);
  gtk_widget_class_bind_template_child (widget_class, EcClosestSection, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, EcClosestSection, units_list);
  gtk_widget_class_bind_template_child (widget_class, EcClosestSection, controls);
  gtk_widget_class_bind_template_child (widget_class, EcClosestSection, goal_picker);
  gtk_widget_class_bind_template_child (widget_class, EcClosestSection, map_switch);
  gtk_widget_class_bind_template_child (widget_class, EcClosestSection, open_switch);
  gtk_widget_class_bind_template_child (widget_class, EcClosestSection, tipping_label);
  gtk_widget_class_bind_template_callback (widget_class, goal_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_switch_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_switch_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "closestsection");
}

static void
ec_closest_section_init (EcClosestSection *self)
{
  self->choices = g_array_new (FALSE, FALSE, sizeof (Choice));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ec_closest_section_new:
 *
 * Returns: (transfer floating): a new section
 */
GtkWidget *
ec_closest_section_new (void)
{
  return g_object_new (EC_TYPE_CLOSEST_SECTION, NULL);
}

/**
 * ec_closest_section_set_report:
 * @self: a #EcClosestSection
 * @report: the report of the scenario on screen
 *
 * Answers again for @report's scenario.
 */
void
ec_closest_section_set_report (EcClosestSection *self,
                               EcReport         *report)
{
  g_return_if_fail (EC_IS_CLOSEST_SECTION (self));
  g_return_if_fail (report != NULL);

  g_clear_pointer (&self->report, ec_report_unref);
  self->report = ec_report_ref (report);
  update (self);
}

/**
 * ec_closest_section_get_closest:
 * @self: a #EcClosestSection
 *
 * Returns: (transfer none) (nullable): the answer shown
 */
EcClosest *
ec_closest_section_get_closest (EcClosestSection *self)
{
  g_return_val_if_fail (EC_IS_CLOSEST_SECTION (self), NULL);

  return self->closest;
}

/**
 * ec_closest_section_get_open_close_states:
 * @self: a #EcClosestSection
 *
 * Returns: see #EcClosestSection:open-close-states
 */
gboolean
ec_closest_section_get_open_close_states (EcClosestSection *self)
{
  g_return_val_if_fail (EC_IS_CLOSEST_SECTION (self), FALSE);

  return gtk_switch_get_active (self->open_switch);
}

/**
 * ec_closest_section_get_highlights:
 * @self: a #EcClosestSection
 *
 * Returns: (transfer none) (nullable): see #EcClosestSection:highlights
 */
const char * const *
ec_closest_section_get_highlights (EcClosestSection *self)
{
  g_return_val_if_fail (EC_IS_CLOSEST_SECTION (self), NULL);

  return (const char * const *)self->highlights;
}

/**
 * ec_closest_section_get_text:
 * @self: a #EcClosestSection
 * @part: "sentence" or "tipping-point"
 *
 * Returns: (transfer none) (nullable): the text of that part, for tests
 *   and screen readers
 */
const char *
ec_closest_section_get_text (EcClosestSection *self,
                             const char       *part)
{
  g_return_val_if_fail (EC_IS_CLOSEST_SECTION (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  if (g_str_equal (part, "sentence"))
    return gtk_label_get_label (self->sentence_label);
  if (g_str_equal (part, "tipping-point"))
    return self->tipping_text;

  return NULL;
}
