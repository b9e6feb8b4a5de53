/* ec-window.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-format.h"
#include "ec-map-view.h"
#include "ec-tally.h"
#include "ec-window.h"

struct _EcWindow
{
  AdwApplicationWindow  parent_instance;

  EcScenario           *scenario;
  GtkStringList        *election_ids;

  /* Template widgets */
  GtkDropDown          *election_picker;
  EcMapView            *map_view;
  AdwWindowTitle       *window_title;
  GtkLabel             *outcome_label;
  GtkLabel             *majority_label;
  GtkListBox           *candidates_list;
  GtkLabel             *popular_label;
};

G_DEFINE_FINAL_TYPE (EcWindow, ec_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SCENARIO,
  PROP_OUTCOME_TEXT,
  PROP_PLEDGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define BLANK_ID "blank"

static GtkWidget *
create_candidate_row (EcTally     *tally,
                      EcCandidate *candidate)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *votes;
  g_autofree char *votes_text = NULL;
  g_autofree char *subtitle = NULL;
  const char *party = ec_candidate_get_party (candidate);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ec_candidate_get_name (candidate));

  if (ec_tally_has_popular_vote (tally) && ec_tally_get_popular_votes (tally, candidate) == 0)
    {
      /* People who only received votes from faithless electors. */
      subtitle = g_strdup (_("Faithless electors’ votes only"));
    }
  else if (ec_tally_has_popular_vote (tally) && ec_tally_get_popular_votes_total (tally) > 0)
    {
      gint64 popular = ec_tally_get_popular_votes (tally, candidate);
      g_autofree char *popular_text = ec_format_count (popular);
      double percent = 100.0 * popular / ec_tally_get_popular_votes_total (tally);

      if (party != NULL)
        /* Translators: party, popular votes and their share, e.g. “Democratic · 65,853,514 votes (48.2%)” */
        subtitle = g_strdup_printf (_("%s · %s popular votes (%.1f%%)"), party, popular_text, percent);
      else
        subtitle = g_strdup_printf (_("%s popular votes (%.1f%%)"), popular_text, percent);
    }
  else if (party != NULL)
    {
      subtitle = g_strdup (party);
    }

  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  votes_text = g_strdup_printf ("%u", ec_tally_get_electoral_votes (tally, candidate));
  votes = gtk_label_new (votes_text);
  gtk_widget_add_css_class (votes, "electoral-votes");
  gtk_widget_set_valign (votes, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), votes);

  return row;
}

static void
update_tally (EcWindow *self)
{
  g_autoptr(EcTally) tally = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *majority = NULL;
  g_autofree char *popular = NULL;
  g_autofree char *subtitle = NULL;
  EcElection *election;
  GtkWidget *child;

  g_assert (EC_IS_WINDOW (self));

  if (self->scenario == NULL)
    return;

  tally = ec_tally_new (self->scenario);
  election = ec_scenario_get_election (self->scenario);

  if (ec_election_is_blank (election))
    subtitle = g_strdup (_("Blank map"));
  else if (ec_scenario_get_base (self->scenario) == EC_SCENARIO_PLEDGED)
    subtitle = g_strdup_printf (_("%d presidential election, as pledged"), ec_election_get_year (election));
  else
    subtitle = g_strdup_printf (_("%d presidential election, as cast"), ec_election_get_year (election));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  outcome = ec_tally_dup_outcome_sentence (tally);
  gtk_label_set_label (self->outcome_label, outcome);

  majority = g_strdup_printf (_("%u of %u electoral votes are needed to win"),
                              ec_tally_get_majority (tally), ec_tally_get_electors_total (tally));
  gtk_label_set_label (self->majority_label, majority);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->candidates_list))))
    gtk_list_box_remove (self->candidates_list, child);

  for (guint i = 0; i < ec_tally_get_n_candidates (tally); i++)
    {
      EcCandidate *candidate = ec_tally_get_candidate (tally, i);

      /* Minor candidates without electoral votes would crowd the list. */
      if (ec_tally_get_electoral_votes (tally, candidate) == 0 && i >= 2)
        continue;

      gtk_list_box_append (self->candidates_list, create_candidate_row (tally, candidate));
    }

  if (ec_tally_get_abstentions (tally) > 0)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *count = g_strdup_printf ("%u", ec_tally_get_abstentions (tally));
      GtkWidget *label = gtk_label_new (count);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Abstained"));
      gtk_widget_add_css_class (label, "electoral-votes");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->candidates_list, row);
    }

  if (!ec_tally_has_popular_vote (tally))
    popular = g_strdup (_("A blank map has no popular vote."));
  else if (ec_tally_get_popular_vote_split (tally))
    popular = g_strdup_printf (_("%s won the national popular vote but not the presidency."),
                               ec_candidate_get_name (ec_tally_get_popular_vote_winner (tally)));
  else
    popular = g_strdup_printf (_("%s won the national popular vote."),
                               ec_candidate_get_name (ec_tally_get_popular_vote_winner (tally)));
  gtk_label_set_label (self->popular_label, popular);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_TEXT]);
}

static void
show_error (EcWindow     *self,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Load the Election"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_election (EcWindow   *self,
               const char *id,
               gboolean    pledged)
{
  g_autoptr(EcElection) election = NULL;
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (id, BLANK_ID))
    {
      if ((election = ec_election_new_blank (&error)))
        scenario = ec_scenario_new (election, EC_SCENARIO_BLANK);
    }
  else if ((election = ec_election_new_for_year (atoi (id), &error)))
    {
      scenario = ec_scenario_new (election, pledged ? EC_SCENARIO_PLEDGED : EC_SCENARIO_AS_CAST);
    }

  if (scenario == NULL)
    {
      /* Whatever the user had stays on screen. */
      show_error (self, error);
      return;
    }

  ec_window_set_scenario (self, scenario);
}

static char *
current_election_id (EcWindow *self)
{
  EcElection *election = ec_scenario_get_election (self->scenario);

  if (ec_election_is_blank (election))
    return g_strdup (BLANK_ID);

  return g_strdup_printf ("%d", ec_election_get_year (election));
}

static void
election_picker_selected_cb (EcWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->election_picker);
  const char *id;
  g_autofree char *current = NULL;

  if (selected == GTK_INVALID_LIST_POSITION || self->scenario == NULL)
    return;

  id = gtk_string_list_get_string (self->election_ids, selected);
  current = current_election_id (self);
  if (g_strcmp0 (id, current) != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.election", "s", id);
}

static void
sync_actions (EcWindow *self)
{
  g_autofree char *id = current_election_id (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.pledged", !g_str_equal (id, BLANK_ID));

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

static gboolean
get_pledged (EcWindow *self)
{
  return self->scenario != NULL && ec_scenario_get_base (self->scenario) == EC_SCENARIO_PLEDGED;
}

static void
set_pledged (EcWindow *self,
             gboolean  pledged)
{
  g_autofree char *id = NULL;

  if (self->scenario == NULL || get_pledged (self) == !!pledged ||
      ec_election_is_blank (ec_scenario_get_election (self->scenario)))
    return;

  id = current_election_id (self);
  load_election (self, id, pledged);
}

static void
scenario_changed_cb (EcWindow   *self,
                     EcScenario *scenario)
{
  update_tally (self);
}

static void
election_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EcWindow *self = EC_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  load_election (self, id, get_pledged (self));
}

static void
ec_window_dispose (GObject *object)
{
  EcWindow *self = (EcWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_WINDOW);
  g_clear_object (&self->scenario);
  g_clear_object (&self->election_ids);

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
  gtk_widget_class_bind_template_child (widget_class, EcWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, majority_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, candidates_list);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, popular_label);
  gtk_widget_class_bind_template_callback (widget_class, election_picker_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.election", "s", election_action);
  gtk_widget_class_install_property_action (widget_class, "win.pledged", "pledged");

  g_type_ensure (EC_TYPE_MAP_VIEW);
}

static void
ec_window_init (EcWindow *self)
{
  g_autoptr(GPropertyAction) shading = NULL;
  g_autoptr(GSimpleActionGroup) map_actions = g_simple_action_group_new ();
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcElection) election = NULL;
  g_autoptr(GError) error = NULL;
  const int *years;
  guint n_years;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Map options live in a "map." group, reachable from the main menu. */
  shading = g_property_action_new ("margin-shading", self->map_view, "margin-shading");
  g_action_map_add_action (G_ACTION_MAP (map_actions), G_ACTION (shading));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "map", G_ACTION_GROUP (map_actions));

  /* Newest first: the last real election is what a student expects to see. */
  self->election_ids = gtk_string_list_new (NULL);
  years = ec_election_get_years (&n_years);
  for (guint i = n_years; i > 0; i--)
    {
      g_autofree char *id = g_strdup_printf ("%d", years[i - 1]);
      gtk_string_list_append (self->election_ids, id);
    }
  gtk_string_list_append (self->election_ids, BLANK_ID);

  {
    g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->election_ids)); i++)
      {
        const char *id = gtk_string_list_get_string (self->election_ids, i);

        gtk_string_list_append (labels, g_str_equal (id, BLANK_ID) ? _("Blank Map") : id);
      }

    gtk_drop_down_set_model (self->election_picker, G_LIST_MODEL (labels));
  }

  election = ec_election_new_for_year (ec_election_get_latest_year (), &error);
  if (election != NULL)
    scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  else
    scenario = ec_scenario_new_blank (NULL);

  if (scenario != NULL)
    ec_window_set_scenario (self, scenario);
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
 * Shows @scenario and follows its changes.
 */
void
ec_window_set_scenario (EcWindow   *self,
                        EcScenario *scenario)
{
  g_return_if_fail (EC_IS_WINDOW (self));
  g_return_if_fail (EC_IS_SCENARIO (scenario));

  if (self->scenario == scenario)
    return;

  if (self->scenario != NULL)
    g_signal_handlers_disconnect_by_func (self->scenario, scenario_changed_cb, self);

  g_set_object (&self->scenario, scenario);
  ec_map_view_set_scenario (self->map_view, scenario);
  g_signal_connect_object (scenario, "changed", G_CALLBACK (scenario_changed_cb), self,
                           G_CONNECT_SWAPPED);

  sync_actions (self);
  update_tally (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLEDGED]);
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

  return gtk_label_get_label (self->outcome_label);
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
