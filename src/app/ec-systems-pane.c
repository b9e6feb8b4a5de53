/* ec-systems-pane.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-allocate.h"
#include "ec-apportion.h"
#include "ec-compare-dialog.h"
#include "ec-explain-pane.h"
#include "ec-format.h"
#include "ec-map-view.h"
#include "ec-palette.h"
#include "ec-side-panel.h"
#include "ec-systems-pane.h"
#include "ec-window.h"

/* In the side panel: the method that decides the electors (and each state's
 * own in a mixed system), the size of the House with its presets, what the
 * choice does in words, and the compare table. Every control edits the
 * scenario, so undo, files and the map follow as for any other change. */
struct _EcSystemsPane
{
  GtkWidget       parent_instance;

  EcReport       *report;
  gboolean        syncing;
  /* The methods offered for the state chosen in a mixed system. */
  EcMethod        state_method_ids[EC_N_METHODS];
  guint           n_state_methods;

  AdwComboRow    *method_row;
  GtkStringList  *methods;
  AdwComboRow    *state_row;
  GtkStringList  *states;
  AdwComboRow    *state_method_row;
  GtkStringList  *state_methods;
  AdwActionRow   *house_row;
  GtkSpinButton  *house_spin;
  GtkListBoxRow  *presets_row;
  GtkBox         *presets_box;
  GtkLabel       *method_label;
  GtkLabel       *house_label;
  GtkSwitch      *weight_switch;
  GtkLabel       *legend_label;
  GtkBox         *legend_box;
};

G_DEFINE_FINAL_TYPE (EcSystemsPane, ec_systems_pane, GTK_TYPE_WIDGET)

static EcScenario *
scenario (EcSystemsPane *self)
{
  return self->report ? ec_tally_get_scenario (ec_report_get_tally (self->report)) : NULL;
}

static EcUnit *
selected_state (EcSystemsPane *self)
{
  GPtrArray *states = ec_election_get_states (ec_scenario_get_election (scenario (self)));
  guint selected = adw_combo_row_get_selected (self->state_row);

  return selected < states->len ? g_ptr_array_index (states, selected) : NULL;
}

/* The explanation beside the pane answers the question the change raises.
 * It is shown after the change, so that it wins over the topic the window
 * picks for the new outcome. */
static void
explain (EcSystemsPane *self,
         const char    *topic_id)
{
  GtkWidget *panel = gtk_widget_get_ancestor (GTK_WIDGET (self), EC_TYPE_SIDE_PANEL);

  if (panel != NULL)
    ec_explain_pane_show_topic (ec_side_panel_get_explain_pane (EC_SIDE_PANEL (panel)), topic_id);
}

static const char *
method_topic (EcMethod method)
{
  switch (method)
    {
    case EC_METHOD_DISTRICT:
      return "district-method";
    case EC_METHOD_PROPORTIONAL:
    case EC_METHOD_MIXED:
      return "proportional-electors";
    case EC_METHOD_NATIONAL_POPULAR_VOTE:
    case EC_METHOD_COMPACT:
      return "popular-vote-compact";
    case EC_METHOD_WINNER_TAKE_ALL:
    case EC_N_METHODS:
    default:
      return "winner-take-all";
    }
}

static void
method_selected_cb (EcSystemsPane *self)
{
  guint selected = adw_combo_row_get_selected (self->method_row);

  if (self->syncing || scenario (self) == NULL || selected >= EC_N_METHODS)
    return;

  if (ec_scenario_set_method (scenario (self), selected))
    explain (self, method_topic (selected));
}

static void
state_method_selected_cb (EcSystemsPane *self)
{
  guint selected = adw_combo_row_get_selected (self->state_method_row);
  EcUnit *state;

  if (self->syncing || scenario (self) == NULL || selected >= self->n_state_methods ||
      !(state = selected_state (self)))
    return;

  /* Only the methods the state can use are offered, so this cannot fail. */
  ec_scenario_set_state_method (scenario (self), ec_unit_get_id (state), self->state_method_ids[selected], NULL);
}

static void
sync_state_method (EcSystemsPane *self)
{
  EcUnit *state = selected_state (self);
  EcMethod current;
  guint selected = 0;

  if (state == NULL)
    return;

  self->syncing = TRUE;
  self->n_state_methods = 0;
  self->state_method_ids[self->n_state_methods++] = EC_METHOD_WINNER_TAKE_ALL;
  self->state_method_ids[self->n_state_methods++] = EC_METHOD_PROPORTIONAL;
  if (ec_unit_get_districts (state)->len > 0)
    self->state_method_ids[self->n_state_methods++] = EC_METHOD_DISTRICT;

  gtk_string_list_splice (self->state_methods, 0, g_list_model_get_n_items (G_LIST_MODEL (self->state_methods)), NULL);
  current = ec_scenario_get_state_method (scenario (self), ec_unit_get_id (state));
  for (guint i = 0; i < self->n_state_methods; i++)
    {
      gtk_string_list_append (self->state_methods, ec_method_get_name (self->state_method_ids[i]));
      if (self->state_method_ids[i] == current)
        selected = i;
    }
  adw_combo_row_set_selected (self->state_method_row, selected);
  self->syncing = FALSE;
}

static void
state_selected_cb (EcSystemsPane *self)
{
  if (self->syncing || scenario (self) == NULL)
    return;

  sync_state_method (self);
}

static void
house_changed_cb (EcSystemsPane *self)
{
  g_autoptr(GError) error = NULL;

  if (self->syncing || scenario (self) == NULL)
    return;

  /* The spin button keeps to the range, and is insensitive where the
   * census is not bundled, so the scenario accepts every value it gives. */
  if (!ec_scenario_set_house_size (scenario (self), gtk_spin_button_get_value_as_int (self->house_spin), &error))
    gtk_label_set_label (self->house_label, error->message);
  else
    explain (self, "house-size");
}

static void
preset_clicked_cb (EcSystemsPane *self,
                   GtkButton     *button)
{
  guint size = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ec-house-size"));

  if (scenario (self) != NULL && ec_scenario_set_house_size (scenario (self), size, NULL))
    explain (self, "house-size");
}

static EcMapView *
map_view (EcSystemsPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return EC_IS_WINDOW (root) ? EC_MAP_VIEW (ec_window_get_map_view (EC_WINDOW (root))) : NULL;
}

static void
draw_weight_swatch (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        user_data)
{
  EcColor color;

  ec_palette_get_weight_color (GPOINTER_TO_UINT (user_data), &color);
  ec_palette_set_source (cr, &color, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* The legend of the shading: its four classes and what the average is,
 * from the same figures the renderer shades by. */
static void
update_legend (EcSystemsPane *self)
{
  /* Shown as they are, never as a format: the percent signs are text. */
  static const char *labels[EC_N_WEIGHTS] = {
    /* xgettext:no-c-format */
    N_("Under 60% of the average"),
    /* xgettext:no-c-format */
    N_("60% to 85% of the average"),
    /* xgettext:no-c-format */
    N_("85% to 100% of the average"),
    N_("The average or more"),
  };
  g_autoptr(GArray) shares = ec_voters_per_elector (scenario (self), FALSE);
  gboolean votes_cast = FALSE;
  GtkWidget *child;
  double people = 0;
  double electors = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))))
    gtk_box_remove (self->legend_box, child);

  if (shares->len == 0)
    {
      g_clear_pointer (&shares, g_array_unref);
      shares = ec_voters_per_elector (scenario (self), TRUE);
      votes_cast = TRUE;
    }

  for (guint i = 0; i < shares->len; i++)
    {
      people += g_array_index (shares, EcVoterShare, i).people;
      electors += g_array_index (shares, EcVoterShare, i).electors;
    }

  if (electors == 0)
    {
      gtk_label_set_label (self->legend_label, _("This election has no popular vote or census to compare."));
      return;
    }

  {
    g_autofree char *average = ec_format_count ((gint64)(people / electors + 0.5));
    g_autofree char *text = votes_cast
      ? g_strdup_printf (_("Votes cast per elector, against the average of %s. The darker a state, the fewer "
                           "votes stand behind each elector, and the more each vote weighs. Hatched: no figures."), average)
      : g_strdup_printf (_("People per elector, against the average of %s. The darker a state, the fewer "
                           "people stand behind each elector, and the more each vote weighs. Hatched: no census "
                           "population (DC is not apportioned)."), average);
    gtk_label_set_label (self->legend_label, text);
  }

  for (EcWeight weight = 0; weight < EC_N_WEIGHTS; weight++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (_(labels[weight]));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 18);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 18);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_weight_swatch, GUINT_TO_POINTER (weight), NULL);
      /* One line each: a wrapping label beside the swatch would be given
       * less height than it needs. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (row), swatch);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (self->legend_box, row);
    }
}

static void
weight_switch_cb (EcSystemsPane *self)
{
  EcMapView *view = map_view (self);
  gboolean active = gtk_switch_get_active (self->weight_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->legend_box), active);
  gtk_widget_set_visible (GTK_WIDGET (self->legend_label), active);
  if (scenario (self) != NULL && active)
    update_legend (self);

  if (view == NULL)
    return;

  ec_map_renderer_set_weight_shading (ec_map_view_get_renderer (view), active);
  gtk_widget_queue_draw (GTK_WIDGET (view));
  if (active)
    explain (self, "electors-per-person");
}

static void
compare_clicked_cb (EcSystemsPane *self)
{
  GtkWidget *dialog;

  if (scenario (self) == NULL)
    return;

  explain (self, "electors-per-person");
  dialog = ec_compare_dialog_new (scenario (self));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_method_text (EcSystemsPane *self)
{
  EcScenario *s = scenario (self);
  EcTally *tally = ec_report_get_tally (self->report);
  EcElection *election = ec_scenario_get_election (s);
  EcCompactStatus compact;
  GString *text = g_string_new (NULL);

  switch (ec_scenario_get_method (s))
    {
    case EC_METHOD_WINNER_TAKE_ALL:
      g_string_append (text, _("Each state’s electors all go to the candidate who won it; Maine and Nebraska can "
                               "split theirs by congressional district."));
      break;

    case EC_METHOD_DISTRICT:
      g_string_append (text, _("Maine and Nebraska give two electors to the statewide winner and one to the "
                               "winner of each congressional district. District results for the other states are "
                               "not bundled, so they stay winner-take-all."));
      break;

    case EC_METHOD_PROPORTIONAL:
      g_string_append (text, _("Each state’s electors are split by its popular vote, rounded by largest remainder "
                               "(Hamilton): every candidate gets the whole part of their share, and the electors "
                               "left over go to the largest fractions. Colorado’s 2004 Amendment 36 used another "
                               "rounding rule, which is not offered: its text is not in the bundled sources."));
      break;

    case EC_METHOD_NATIONAL_POPULAR_VOTE:
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "All %u elector goes to the winner of the national popular vote.",
                                                 "All %u electors go to the winner of the national popular vote.",
                                                 ec_tally_get_electors_total (tally)),
                              ec_tally_get_electors_total (tally));
      break;

    case EC_METHOD_COMPACT:
      ec_compact_get_status (s, &compact);
      if (compact.in_force)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "In %d the compact’s %u member held %u electoral votes, at least the %u it needs: "
                                                   "its electors go to the national popular-vote winner.",
                                                   "In %d the compact’s %u members held %u electoral votes, at least the %u they need: "
                                                   "their electors go to the national popular-vote winner.",
                                                   compact.members),
                                ec_election_get_year (election), compact.members, compact.electors, compact.needed);
      else
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "In %d the compact’s %u member held %u electoral votes, %u short of the %u "
                                                   "it needs to take effect, so every state stays winner-take-all.",
                                                   "In %d the compact’s %u members held %u electoral votes, %u short of the %u "
                                                   "they need to take effect, so every state stays winner-take-all.",
                                                   compact.members),
                                ec_election_get_year (election), compact.members, compact.electors,
                                compact.needed - compact.electors, compact.needed);
      break;

    case EC_METHOD_MIXED:
    case EC_N_METHODS:
    default:
      g_string_append (text, _("Each state uses the method chosen for it here; the others stay winner-take-all."));
      break;
    }

  /* Before 1824 there is no popular vote to split or to follow. */
  if (ec_scenario_get_method (s) != EC_METHOD_WINNER_TAKE_ALL && ec_scenario_get_method (s) != EC_METHOD_DISTRICT &&
      !ec_tally_has_popular_vote (tally))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("This election has no popular vote, so every state stays winner-take-all."));
    }

  if (ec_tally_get_other_candidates (tally) > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u electoral vote goes to candidates the results list only as “others”.",
                                                 "%u electoral votes go to candidates the results list only as “others”.",
                                                 ec_tally_get_other_candidates (tally)),
                              ec_tally_get_other_candidates (tally));
    }

  return g_string_free (text, FALSE);
}

static char *
dup_house_text (EcSystemsPane *self)
{
  EcScenario *s = scenario (self);
  EcTally *tally = ec_report_get_tally (self->report);
  EcElection *election = ec_scenario_get_election (s);
  const EcCensus *census = ec_census_for_election (election);

  if (census == NULL)
    {
      if (ec_election_is_blank (election))
        return g_strdup (_("Choose an election from 2012 to 2024 to change the size of the House."));
      return g_strdup_printf (_("Not available for %d: only the 2010 and 2020 census populations are bundled, "
                                "so only the elections from 2012 to 2024 can be re-apportioned."),
                              ec_election_get_year (election));
    }

  if (ec_scenario_get_house_size (s) == EC_HOUSE_SIZE_DEFAULT)
    return g_strdup_printf (_("435 seats since 1929, shared among the states from the %d census by "
                              "Huntington–Hill, as 2 U.S.C. §2a requires: %u electors, %u to win."),
                            census->year, ec_tally_get_electors_total (tally), ec_tally_get_majority (tally));

  return g_strdup_printf (_("%u seats shared among the states from the %d census by Huntington–Hill: "
                            "%u electors with the senators and DC’s 3, %u to win. A state whose seats change "
                            "votes as a whole, since its districts would be redrawn."),
                          ec_scenario_get_house_size (s), census->year, ec_tally_get_electors_total (tally),
                          ec_tally_get_majority (tally));
}

static void
rebuild_presets (EcSystemsPane *self,
                 const EcCensus *census)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->presets_box))))
    gtk_box_remove (self->presets_box, child);

  gtk_widget_set_visible (GTK_WIDGET (self->presets_row), census != NULL);
  if (census == NULL)
    return;

  for (EcHousePreset preset = 0; preset < EC_N_HOUSE_PRESETS; preset++)
    {
      guint size = ec_house_preset_get_size (preset, census);
      /* Translators: a House size preset, e.g. “Wyoming rule: 573” */
      g_autofree char *label = g_strdup_printf (_("%s: %u"), ec_house_preset_get_name (preset), size);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
      gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), GTK_JUSTIFY_CENTER);
      g_object_set_data (G_OBJECT (button), "ec-house-size", GUINT_TO_POINTER (size));
      gtk_widget_set_name (button, ec_house_preset_to_id (preset));
      g_signal_connect_object (button, "clicked", G_CALLBACK (preset_clicked_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->presets_box, button);
    }
}

static void
ec_systems_pane_dispose (GObject *object)
{
  EcSystemsPane *self = (EcSystemsPane *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_SYSTEMS_PANE);
  /* The template's root group has no field of its own to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->report, ec_report_unref);

  G_OBJECT_CLASS (ec_systems_pane_parent_class)->dispose (object);
}

static void
ec_systems_pane_class_init (EcSystemsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_systems_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-systems-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, method_row);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, methods);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, state_row);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, states);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, state_method_row);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, state_methods);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, house_row);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, house_spin);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, presets_row);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, presets_box);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, method_label);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, house_label);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, weight_switch);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, legend_label);
  gtk_widget_class_bind_template_child (widget_class, EcSystemsPane, legend_box);
  gtk_widget_class_bind_template_callback (widget_class, weight_switch_cb);
  gtk_widget_class_bind_template_callback (widget_class, method_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, state_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, state_method_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, house_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, compare_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ec_systems_pane_init (EcSystemsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->syncing = TRUE;
  for (EcMethod method = 0; method < EC_N_METHODS; method++)
    gtk_string_list_append (self->methods, ec_method_get_name (method));
  self->syncing = FALSE;
}

/**
 * ec_systems_pane_set_report:
 * @self: a #EcSystemsPane
 * @report: the report of the scenario on screen
 *
 * Shows the system of @report's scenario; the controls edit that scenario.
 */
void
ec_systems_pane_set_report (EcSystemsPane *self,
                            EcReport      *report)
{
  EcScenario *s;
  EcElection *election;
  const EcCensus *census;
  gboolean new_election;
  g_autofree char *method_text = NULL;
  g_autofree char *house_text = NULL;

  g_return_if_fail (EC_IS_SYSTEMS_PANE (self));
  g_return_if_fail (report != NULL);

  new_election = self->report == NULL ||
                 ec_scenario_get_election (scenario (self)) != ec_scenario_get_election (ec_tally_get_scenario (ec_report_get_tally (report)));
  g_clear_pointer (&self->report, ec_report_unref);
  self->report = ec_report_ref (report);

  s = scenario (self);
  election = ec_scenario_get_election (s);
  census = ec_census_for_election (election);

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->method_row, ec_scenario_get_method (s));

  if (new_election)
    {
      GPtrArray *states = ec_election_get_states (election);

      gtk_string_list_splice (self->states, 0, g_list_model_get_n_items (G_LIST_MODEL (self->states)), NULL);
      for (guint i = 0; i < states->len; i++)
        gtk_string_list_append (self->states, ec_unit_get_name (g_ptr_array_index (states, i)));
      adw_combo_row_set_selected (self->state_row, 0);
      rebuild_presets (self, census);
    }

  gtk_spin_button_set_value (self->house_spin, ec_scenario_get_house_size (s));
  gtk_widget_set_sensitive (GTK_WIDGET (self->house_row), census != NULL);
  self->syncing = FALSE;

  sync_state_method (self);
  gtk_widget_set_visible (GTK_WIDGET (self->state_row), ec_scenario_get_method (s) == EC_METHOD_MIXED);
  gtk_widget_set_visible (GTK_WIDGET (self->state_method_row), ec_scenario_get_method (s) == EC_METHOD_MIXED);

  method_text = dup_method_text (self);
  house_text = dup_house_text (self);
  gtk_label_set_label (self->method_label, method_text);
  gtk_label_set_label (self->house_label, house_text);
  if (gtk_switch_get_active (self->weight_switch))
    update_legend (self);
}

/**
 * ec_systems_pane_get_text:
 * @self: a #EcSystemsPane
 * @part: "method" or "house"
 *
 * Returns: (transfer none) (nullable): the words under the controls, for
 *   tests and screen readers
 */
const char *
ec_systems_pane_get_text (EcSystemsPane *self,
                          const char    *part)
{
  g_return_val_if_fail (EC_IS_SYSTEMS_PANE (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  if (g_str_equal (part, "method"))
    return gtk_label_get_label (self->method_label);
  if (g_str_equal (part, "house"))
    return gtk_label_get_label (self->house_label);

  return NULL;
}
