/* ec-window.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ec-election-picker.h"
#include "ec-explain-pane.h"
#include "ec-format.h"
#include "ec-settings.h"
#include "ec-map-view.h"
#include "ec-report.h"
#include "ec-side-panel.h"
#include "ec-tally-bar.h"
#include "ec-tally.h"
#include "ec-window-private.h"

#define BLANK_ID "blank"
#define PETITION_ID EC_SCENARIO_PRESET_PETITION

G_DEFINE_FINAL_TYPE (EcWindow, ec_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SCENARIO,
  PROP_OUTCOME_TEXT,
  PROP_PLEDGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_petition (EcScenario *scenario)
{
  return g_strcmp0 (ec_scenario_get_preset (scenario), EC_SCENARIO_PRESET_PETITION) == 0;
}

static char *
current_election_id (EcWindow *self)
{
  EcElection *election = ec_scenario_get_election (self->scenario);

  if (ec_election_is_blank (election))
    return g_strdup (BLANK_ID);

  if (is_petition (self->scenario))
    return g_strdup (PETITION_ID);

  return g_strdup_printf ("%d", ec_election_get_year (election));
}

static void
read_situation (EcWindow  *self,
                Situation *situation)
{
  EcElection *election = ec_scenario_get_election (self->scenario);

  situation->year = ec_election_get_year (election);
  situation->base = ec_scenario_get_base (self->scenario);
  situation->petition = is_petition (self->scenario);
  situation->split_me = ec_scenario_get_split (self->scenario, "ME");
  situation->split_ne = ec_scenario_get_split (self->scenario, "NE");
  situation->apply_laws = ec_scenario_get_apply_laws (self->scenario);
  situation->faithless = ec_tally_get_faithless (self->tally);
  situation->outcome = ec_tally_get_outcome (self->tally);
  situation->popular_vote_split = ec_tally_get_popular_vote_split (self->tally);
  situation->tie = situation->outcome == EC_OUTCOME_CONTINGENT &&
                   ec_tally_get_n_candidates (self->tally) >= 2 &&
                   ec_tally_get_electoral_votes (self->tally, ec_tally_get_candidate (self->tally, 0)) == ec_tally_get_electors_total (self->tally) / 2 &&
                   ec_tally_get_electoral_votes (self->tally, ec_tally_get_candidate (self->tally, 1)) == ec_tally_get_electors_total (self->tally) / 2;
}

/* The topic that fits what just happened, from the most specific change. */
static const char *
pick_event (const Situation *before,
            const Situation *now)
{
  if (before == NULL)
    return now->petition ? "petition" : now->year == 0 ? "blank-map" : "start";

  if (now->petition && !before->petition)
    return "petition";

  if (now->year != before->year || now->base != before->base)
    {
      if (now->year == 0)
        return "blank-map";
      return now->popular_vote_split ? "popular-vote-split" : "election-changed";
    }

  if (now->split_me != before->split_me || now->split_ne != before->split_ne)
    return "district-method-toggled";

  if (now->apply_laws != before->apply_laws)
    return "state-laws-applied";

  if (now->faithless > before->faithless)
    return "faithless-elector";

  if (now->tie && !before->tie)
    return "tie";

  if (now->outcome == EC_OUTCOME_CONTINGENT && before->outcome != EC_OUTCOME_CONTINGENT)
    return "contingent";

  if (now->popular_vote_split && !before->popular_vote_split)
    return "popular-vote-split";

  if (now->outcome == EC_OUTCOME_WINNER && before->outcome != EC_OUTCOME_WINNER)
    return "winner";

  return NULL;
}

void
ec_window_update_title (EcWindow *self)
{
  g_autofree char *subtitle = ec_scenario_dup_description (self->scenario);
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;

  /* The election is the subtitle already: a scenario without a title or a
   * file is just "Electors" above it. */
  if (*ec_scenario_get_title (self->scenario) != '\0' || ec_document_get_file (self->document) != NULL)
    title = ec_document_dup_display_name (self->document);
  else
    title = g_strdup (_("Electors"));

  /* A dot marks changes that are not saved, as in other GNOME apps. */
  if (ec_document_get_file (self->document) != NULL && ec_window_is_modified (self))
    window_title = g_strdup_printf ("• %s", title);
  else
    window_title = g_strdup (title);

  adw_window_title_set_title (self->window_title, window_title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

/**
 * ec_window_update_context:
 * @self: a #EcWindow
 * @report: (nullable): the report of the tally on screen, or %NULL to
 *   make one
 *
 * Words the line presentation mode shows above the tally: the scenario's
 * title or the election and how it is counted, and the national popular
 * vote.
 */
void
ec_window_update_context (EcWindow *self,
                          EcReport *report)
{
  g_autoptr(EcReport) own = NULL;
  g_autofree char *description = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(GString) popular = g_string_new (NULL);
  g_autofree char *title = NULL;

  g_return_if_fail (EC_IS_WINDOW (self));

  if (self->tally == NULL)
    return;
  if (report == NULL)
    report = own = ec_report_new (self->tally);

  description = ec_scenario_dup_description (self->scenario);
  title = g_strstrip (g_strdup (ec_scenario_get_title (self->scenario)));
  if (*title != '\0')
    /* Translators: presentation mode's heading: the scenario's title, then the election and how it is counted */
    heading = g_strdup_printf (_("%s · %s"), title, description);
  else
    heading = g_steal_pointer (&description);

  if (ec_tally_has_popular_vote (self->tally))
    {
      GPtrArray *rows = ec_report_get_notable_popular_rows (report);

      for (guint i = 0; i < rows->len; i++)
        {
          const EcReportPopularRow *row = g_ptr_array_index (rows, i);
          g_autofree char *share = NULL;

          if (row->candidate == NULL)
            continue;
          share = ec_format_percent (row->share, 1);
          if (popular->len == 0)
            /* Translators: presentation mode's popular vote, its first candidate, e.g. “Popular vote: Hillary Clinton 48.2%” */
            g_string_append_printf (popular, _("Popular vote: %s %s"), row->name, share);
          else
            /* Translators: presentation mode's popular vote, each further candidate, e.g. “ · Donald Trump 46.1%” */
            g_string_append_printf (popular, _(" · %s %s"), row->name, share);
        }
    }

  gtk_label_set_label (self->context_heading, heading);
  gtk_label_set_label (self->context_popular, popular->str);
  gtk_widget_set_visible (GTK_WIDGET (self->context_popular), popular->len > 0);
}

static void
update_tally (EcWindow *self)
{
  g_autoptr(EcReport) report = NULL;
  Situation now;
  const char *event;

  g_clear_pointer (&self->tally, ec_tally_unref);
  self->tally = ec_tally_new (self->scenario);

  /* Worded once for both, so the bar and the panel never disagree. */
  report = ec_report_new (self->tally);
  ec_tally_bar_set_report (self->tally_bar, report);
  ec_side_panel_set_report (self->side_panel, report);
  ec_house_view_set_tally (self->house_view, self->tally);
  ec_side_panel_set_contingent (self->side_panel, ec_house_view_get_contingent (self->house_view));
  if (self->presenting)
    ec_window_update_context (self, report);

  read_situation (self, &now);
  event = pick_event (self->has_situation ? &self->situation : NULL, &now);
  /* An election with a story of its own (1800, 1824, 1876) tells it first. */
  if (event != NULL && self->has_situation && now.year != self->situation.year &&
      ec_explain_pane_show_election (ec_side_panel_get_explain_pane (self->side_panel), now.year))
    event = NULL;
  if (event != NULL)
    ec_explain_pane_show_event (ec_side_panel_get_explain_pane (self->side_panel), event);
  self->situation = now;
  self->has_situation = TRUE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_TEXT]);
}

static void sync_actions (EcWindow *self);
static void toplevels_changed_cb (EcWindow *self);

/* The scenario on screen: the document's, which undo replaces. */
static void
show_scenario (EcWindow *self)
{
  EcScenario *scenario = ec_document_get_scenario (self->document);

  if (self->scenario != scenario)
    {
      g_set_object (&self->scenario, scenario);
      ec_map_view_set_scenario (self->map_view, scenario);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
    }

  update_tally (self);
  sync_actions (self);
  ec_window_update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLEDGED]);
}

static void
document_changed_cb (EcWindow *self)
{
  show_scenario (self);
}

static EcScenario *
scenario_for_election (const char  *id,
                       gboolean     pledged,
                       GError     **error)
{
  g_autoptr(EcElection) election = NULL;

  if (g_str_equal (id, BLANK_ID))
    return (election = ec_election_new_blank (error)) ? ec_scenario_new (election, EC_SCENARIO_BLANK) : NULL;

  if (g_str_equal (id, PETITION_ID))
    return ec_scenario_new_for_preset (PETITION_ID, error);

  if ((election = ec_election_new_for_year (atoi (id), error)))
    return ec_scenario_new (election, pledged ? EC_SCENARIO_PLEDGED : EC_SCENARIO_AS_CAST);

  return NULL;
}

static void
switch_election (EcWindow   *self,
                 const char *id,
                 gboolean    pledged,
                 gboolean    new_document)
{
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;

  if (!(scenario = scenario_for_election (id, pledged, &error)))
    {
      /* Whatever the user had stays on screen. */
      ec_window_show_error (self, _("Could Not Load the Election"), error);
      sync_actions (self);
      return;
    }

  /* Leaving a file, or changes the person let go, starts a new document:
   * undo never crosses into another file, and Save never writes another
   * election over a lesson. Browsing unchanged elections is a step that
   * can be undone. */
  if (new_document)
    {
      g_autoptr(EcDocument) document = ec_document_new (scenario);

      ec_document_discard_draft (self->document);
      ec_window_set_document (self, document);
    }
  else
    {
      ec_document_replace (self->document, scenario);
    }

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-election", id);
}

static void
switch_to_pending_cb (EcWindow *self)
{
  g_autofree char *id = g_steal_pointer (&self->pending_election);

  if (id != NULL)
    switch_election (self, id, self->pending_pledged, TRUE);
}

/**
 * ec_window_load_election:
 * @self: a #EcWindow
 * @id: a year, "petition-2016" or "blank"
 * @pledged: whether to count the electors as pledged
 *
 * Shows another election. Changes that are not saved are never dropped
 * without asking: the person saves them, lets them go, or stays.
 */
void
ec_window_load_election (EcWindow   *self,
                         const char *id,
                         gboolean    pledged)
{
  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  if (ec_window_is_modified (self))
    {
      g_free (self->pending_election);
      self->pending_election = g_strdup (id);
      self->pending_pledged = pledged;
      ec_window_ask_to_save (self, _("Save Changes Before Switching?"),
                             G_CALLBACK (switch_to_pending_cb), G_CALLBACK (switch_to_pending_cb));
      sync_actions (self);
      return;
    }

  switch_election (self, id, pledged, ec_document_get_file (self->document) != NULL);
}

static void
election_picker_selected_cb (EcWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->election_picker);
  g_autofree char *current = NULL;
  const char *id;

  if (selected == GTK_INVALID_LIST_POSITION || self->scenario == NULL)
    return;

  id = gtk_string_list_get_string (self->election_ids, selected);
  current = current_election_id (self);
  if (g_strcmp0 (id, current) != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.election", "s", id);
}

static gboolean
get_pledged (EcWindow *self)
{
  return self->scenario != NULL && ec_scenario_get_base (self->scenario) == EC_SCENARIO_PLEDGED;
}

static void
set_pledged (EcWindow *self,
             gboolean  pledged)
{
  EcElection *election;
  g_autofree char *id = NULL;

  if (self->scenario == NULL || get_pledged (self) == !!pledged)
    return;

  election = ec_scenario_get_election (self->scenario);
  if (ec_election_is_blank (election))
    return;

  id = g_strdup_printf ("%d", ec_election_get_year (election));
  ec_window_load_election (self, id, pledged);
}

static void
history_changed_cb (EcWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", ec_document_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", ec_document_can_redo (self->document));
}

static void
sync_actions (EcWindow *self)
{
  g_autofree char *id = current_election_id (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.pledged", !g_str_equal (id, BLANK_ID));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-candidates",
                                 ec_scenario_can_edit_candidates (self->scenario));
  history_changed_cb (self);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->election_ids)); i++)
    {
      if (g_str_equal (gtk_string_list_get_string (self->election_ids, i), id))
        {
          if (gtk_drop_down_get_selected (self->election_picker) != i)
            gtk_drop_down_set_selected (self->election_picker, i);
          break;
        }
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  ec_document_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  ec_document_redo (self->document);
}

/* An explanation asked for by a button outside the side panel: shown in
 * the panel, which opens if it was folded away. */
static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);
  EcExplainPane *pane = ec_side_panel_get_explain_pane (self->side_panel);

  if (!ec_explain_pane_show_topic (pane, g_variant_get_string (parameter, NULL)))
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->side_panel), TRUE);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

/* Back to the real result of the election (as cast or as pledged), keeping
 * the title, the notes and the file; undo brings the changes back. */
static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);
  EcElection *election = ec_scenario_get_election (self->scenario);
  g_autoptr(EcScenario) scenario = ec_scenario_new (election, ec_scenario_get_base (self->scenario));

  ec_scenario_set_title (scenario, ec_scenario_get_title (self->scenario));
  ec_scenario_set_notes (scenario, ec_scenario_get_notes (self->scenario));
  ec_document_replace (self->document, scenario);
}

/* Page Up and Page Down step through the elections, for a presenter
 * without the header bar. */
static void
step_election_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);
  g_autofree char *current = current_election_id (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->election_ids));
  int step = g_str_equal (action_name, "win.older-election") ? 1 : -1;

  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (gtk_string_list_get_string (self->election_ids, i), current))
        {
          int next = (int)i + step;

          if (next >= 0 && next < (int)n)
            ec_window_load_election (self, gtk_string_list_get_string (self->election_ids, next), get_pledged (self));
          else
            gtk_widget_error_bell (widget);
          return;
        }
    }
}

static void
election_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);

  ec_window_load_election (self, g_variant_get_string (parameter, NULL), get_pledged (self));
}

static gboolean
ec_window_close_request (GtkWindow *window)
{
  EcWindow *self = EC_WINDOW (window);
  int width, height;

  if (self->settings != NULL && !self->presenting)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (ec_window_parent_class)->close_request (window);
}

static void
ec_window_dispose (GObject *object)
{
  EcWindow *self = (EcWindow *)object;

  ec_window_dispose_files (self);
  g_signal_handlers_disconnect_by_func (gtk_window_get_toplevels (), toplevels_changed_cb, self);
  g_clear_handle_id (&self->tooltips_source, g_source_remove);
  g_clear_pointer (&self->silenced_tooltips, g_ptr_array_unref);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_WINDOW);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->scenario);
  g_clear_pointer (&self->pending_election, g_free);
  g_clear_object (&self->election_ids);
  g_clear_pointer (&self->tally, ec_tally_unref);

  G_OBJECT_CLASS (ec_window_parent_class)->dispose (object);
}

static void
ec_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  EcWindow *self = EC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SCENARIO:
      g_value_set_object (value, self->scenario);
      break;

    case PROP_OUTCOME_TEXT:
      g_value_set_string (value, ec_window_get_outcome_text (self));
      break;

    case PROP_PLEDGED:
      g_value_set_boolean (value, get_pledged (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  EcWindow *self = EC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SCENARIO:
      ec_window_set_scenario (self, g_value_get_object (value));
      break;

    case PROP_PLEDGED:
      set_pledged (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_window_class_init (EcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_window_dispose;
  object_class->get_property = ec_window_get_property;
  object_class->set_property = ec_window_set_property;

  GTK_WINDOW_CLASS (klass)->close_request = ec_window_close_request;

  properties[PROP_SCENARIO] =
    g_param_spec_object ("scenario", NULL, NULL,
                         EC_TYPE_SCENARIO,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTCOME_TEXT] =
    g_param_spec_string ("outcome-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLEDGED] =
    g_param_spec_boolean ("pledged", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EcWindow, election_picker);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, tally_bar);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, house_view);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, lesson_pane);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, presentation_context);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, context_heading);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, context_popular);
  gtk_widget_class_bind_template_callback (widget_class, election_picker_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.election", "s", election_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "win.older-election", NULL, step_election_action);
  gtk_widget_class_install_action (widget_class, "win.newer-election", NULL, step_election_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-topic", "s", show_topic_action);
  gtk_widget_class_install_property_action (widget_class, "win.pledged", "pledged");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "win.older-election", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "win.newer-election", NULL);
  /* Ctrl+P prints, as everywhere; the count is Shift+Ctrl+P. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.pledged", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_P, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.pledged", NULL);

  ec_window_class_init_files (widget_class);
  ec_window_class_init_lessons (widget_class);

  g_type_ensure (EC_TYPE_MAP_VIEW);
  g_type_ensure (EC_TYPE_SIDE_PANEL);
  g_type_ensure (EC_TYPE_TALLY_BAR);
  g_type_ensure (EC_TYPE_HOUSE_VIEW);
}

static gboolean
palette_to_patterns (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  g_value_set_boolean (value, g_str_equal (g_variant_get_string (variant, NULL), "color-blind"));

  return TRUE;
}

static void
fill_election_picker (EcWindow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const int *years;
  guint n_years;

  /* The petition and the blank map first, where they are found without
   * scrolling past sixty elections; then the elections, newest first. The
   * labels are the titles these maps have in the header bar. */
  self->election_ids = gtk_string_list_new (NULL);
  gtk_string_list_append (self->election_ids, PETITION_ID);
  gtk_string_list_append (labels, _("2016: the petition"));
  gtk_string_list_append (self->election_ids, BLANK_ID);
  gtk_string_list_append (labels, _("Blank map"));

  years = ec_election_get_years (&n_years);
  for (guint i = n_years; i > 0; i--)
    {
      g_autofree char *id = g_strdup_printf ("%d", years[i - 1]);

      gtk_string_list_append (self->election_ids, id);
      gtk_string_list_append (labels, id);
    }

  ec_election_picker_setup (self->election_picker, labels, self->election_ids);
}

/* The side panel's wrapped text is the costliest thing to lay out; it
 * appears right after the first frame, so the map comes up as fast as an
 * empty window would. */
static void
show_side_panel_after_paint_cb (GdkFrameClock *clock,
                                EcWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, show_side_panel_after_paint_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->side_panel), TRUE);
}

/* Tooltips while a modal dialog is up: the pointer left over the window
 * would show them on top of the dialog, covering the question. They are
 * switched off under a modal dialog of this window and back on after it. */

static gboolean
has_modal_dialog (EcWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel != GTK_WINDOW (self) && gtk_window_get_modal (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (self) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return TRUE;
    }

  return FALSE;
}

static void
silence_tooltips (GtkWidget *widget,
                  GPtrArray *silenced)
{
  if (gtk_widget_get_has_tooltip (widget))
    {
      gtk_widget_set_has_tooltip (widget, FALSE);
      g_ptr_array_add (silenced, g_object_ref (widget));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    silence_tooltips (child, silenced);
}

static gboolean
update_tooltips_cb (gpointer data)
{
  EcWindow *self = data;
  gboolean modal = has_modal_dialog (self);

  self->tooltips_source = 0;

  if (modal && self->silenced_tooltips == NULL)
    {
      self->silenced_tooltips = g_ptr_array_new_with_free_func (g_object_unref);
      silence_tooltips (GTK_WIDGET (self), self->silenced_tooltips);
    }
  else if (!modal && self->silenced_tooltips != NULL)
    {
      for (guint i = 0; i < self->silenced_tooltips->len; i++)
        gtk_widget_set_has_tooltip (g_ptr_array_index (self->silenced_tooltips, i), TRUE);
      g_clear_pointer (&self->silenced_tooltips, g_ptr_array_unref);
    }

  return G_SOURCE_REMOVE;
}

/* Windows come and go, and a dialog is made transient and shown right
 * after it is made: look once the main loop is back, before the next
 * frame (an idle of low priority would wait behind the drawing). */
static void
toplevels_changed_cb (EcWindow *self)
{
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  if (self->tooltips_source == 0)
    self->tooltips_source = g_idle_add_full (G_PRIORITY_DEFAULT, update_tooltips_cb, self, NULL);
}

/**
 * ec_window_get_tooltips_silenced:
 * @self: a #EcWindow
 *
 * Returns: whether the window's tooltips are off, under a modal dialog
 */
gboolean
ec_window_get_tooltips_silenced (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), FALSE);

  return self->silenced_tooltips != NULL;
}

static void
window_mapped_cb (EcWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock != NULL && !gtk_widget_get_visible (GTK_WIDGET (self->side_panel)))
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (show_side_panel_after_paint_cb), self, 0);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->side_panel), TRUE);
}

static void
ec_window_init (EcWindow *self)
{
  g_autoptr(GPropertyAction) shading = NULL;
  g_autoptr(GPropertyAction) side_panel = NULL;
  g_autoptr(GSimpleActionGroup) map_actions = g_simple_action_group_new ();
  g_autoptr(GSimpleActionGroup) window_actions = g_simple_action_group_new ();
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcElection) election = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self->side_panel), FALSE);
  g_signal_connect (self, "map", G_CALLBACK (window_mapped_cb), NULL);
  g_signal_connect_object (gtk_window_get_toplevels (), "items-changed", G_CALLBACK (toplevels_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (toplevels_changed_cb), NULL);
  /* The side panel's answers ring their states on the map. */
  g_object_bind_property (self->side_panel, "highlights", self->map_view, "highlights", G_BINDING_SYNC_CREATE);


  /* Map options live in a "map." group, reachable from the main menu. */
  shading = g_property_action_new ("margin-shading", self->map_view, "margin-shading");
  g_action_map_add_action (G_ACTION_MAP (map_actions), G_ACTION (shading));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "map", G_ACTION_GROUP (map_actions));

  side_panel = g_property_action_new ("show-side-panel", self->flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (window_actions), G_ACTION (side_panel));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "panel", G_ACTION_GROUP (window_actions));

  fill_election_picker (self);
  ec_window_init_files (self);
  ec_window_init_lessons (self);
  self->label_scale = 1.0;

  /* Window size, map options and the last election carry over to the next
   * start, when the settings schema is installed. */
  self->settings = ec_settings_new ();
  if (self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-election");

      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));

      g_settings_bind (self->settings, "margin-shading", self->map_view, "margin-shading", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "label-size", self->map_view, "label-scale", G_SETTINGS_BIND_GET);
      g_settings_bind_with_mapping (self->settings, "palette", self->map_view, "patterns", G_SETTINGS_BIND_GET,
                                    palette_to_patterns, NULL, NULL, NULL);
      g_settings_bind_with_mapping (self->settings, "palette", self->tally_bar, "color-blind", G_SETTINGS_BIND_GET,
                                    palette_to_patterns, NULL, NULL, NULL);
      g_settings_bind_with_mapping (self->settings, "palette", self->side_panel, "color-blind", G_SETTINGS_BIND_GET,
                                    palette_to_patterns, NULL, NULL, NULL);
      g_settings_bind_with_mapping (self->settings, "palette", self->house_view, "color-blind", G_SETTINGS_BIND_GET,
                                    palette_to_patterns, NULL, NULL, NULL);

      if (*last != '\0' && (g_str_equal (last, BLANK_ID) || g_str_equal (last, PETITION_ID) ||
                             ec_election_has_year (atoi (last))))
        {
          g_autoptr(EcScenario) last_scenario = scenario_for_election (last, FALSE, NULL);

          if (last_scenario != NULL)
            {
              g_autoptr(EcDocument) document = ec_document_new (last_scenario);

              ec_window_set_document (self, document);
            }
        }
    }

  if (self->document != NULL)
    return;

  election = ec_election_new_for_year (ec_election_get_latest_year (), NULL);
  if (election != NULL)
    scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  else
    scenario = ec_scenario_new_blank (NULL);

  if (scenario != NULL)
    {
      g_autoptr(EcDocument) document = ec_document_new (scenario);

      ec_window_set_document (self, document);
    }
}

/**
 * ec_window_new:
 * @application: the application
 *
 * Returns: (transfer full): a new window showing the latest election
 */
EcWindow *
ec_window_new (AdwApplication *application)
{
  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);

  return g_object_new (EC_TYPE_WINDOW, "application", application, NULL);
}

/**
 * ec_window_get_scenario:
 * @self: a #EcWindow
 *
 * Returns: (transfer none): the scenario on screen
 */
EcScenario *
ec_window_get_scenario (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  return self->scenario;
}

/**
 * ec_window_set_scenario:
 * @self: a #EcWindow
 * @scenario: the scenario to show
 *
 * Shows @scenario in the window's document, as a step that can be undone.
 */
void
ec_window_set_scenario (EcWindow   *self,
                        EcScenario *scenario)
{
  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (EC_IS_SCENARIO (scenario));

  ec_document_replace (self->document, scenario);
}

/**
 * ec_window_get_document:
 * @self: a #EcWindow
 *
 * Returns: (transfer none): the document the window shows
 */
EcDocument *
ec_window_get_document (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * ec_window_set_document:
 * @self: a #EcWindow
 * @document: the document to show instead
 *
 * Shows another document, with its own file, history and draft. The one
 * shown before is let go: callers ask about its changes first.
 */
void
ec_window_set_document (EcWindow   *self,
                        EcDocument *document)
{
  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (EC_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  /* Every handler on the old document goes: a save still under way may
   * keep it alive, and its notices are not this window's any more. */
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-undo", G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-redo", G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (ec_window_update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (ec_window_update_title), self, G_CONNECT_SWAPPED);

  /* A new document: the pane explains it afresh. */
  self->has_situation = FALSE;
  show_scenario (self);
}

/**
 * ec_window_get_outcome_text:
 * @self: a #EcWindow
 *
 * Returns: (transfer none): the outcome sentence on screen
 */
const char *
ec_window_get_outcome_text (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  return ec_tally_bar_get_outcome_text (self->tally_bar);
}

/**
 * ec_window_get_map_view:
 * @self: a #EcWindow
 *
 * Returns: (transfer none): the map
 */
GtkWidget *
ec_window_get_map_view (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->map_view);
}

/**
 * ec_window_get_side_panel:
 * @self: a #EcWindow
 *
 * Returns: (transfer none): the side panel
 */
GtkWidget *
ec_window_get_side_panel (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->side_panel);
}

/**
 * ec_window_get_tally_bar:
 * @self: a #EcWindow
 *
 * Returns: (transfer none): the tally bar
 */
GtkWidget *
ec_window_get_tally_bar (EcWindow *self)
{
  g_return_val_if_fail (EC_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->tally_bar);
}
