/* ec-paths-view.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-format.h"
#include "ec-paths-view.h"

/* The paths to a majority while states are undecided: how many of the
 * ways they could go elect each side or send the choice to the House, the
 * states a side cannot do without, and the smallest ways to win, one at a
 * time, ringed on the map. Counted again after every click. */
struct _EcPathsView
{
  GtkWidget     parent_instance;

  EcReport     *report;
  GPtrArray    *in_play;
  EcPaths      *paths;
  GArray       *smallest;
  guint         step;
  GStrv         highlights;
  char         *must_text;
  gboolean      syncing;

  GtkLabel     *sentence_label;
  GtkListBox   *counts_list;
  GtkLabel     *must_label;
  GtkWidget    *controls;
  GtkDropDown  *side_picker;
  AdwActionRow *step_row;
  GtkWidget    *previous_button;
  GtkWidget    *next_button;
  GtkSwitch    *map_switch;
};

G_DEFINE_FINAL_TYPE (EcPathsView, ec_paths_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HIGHLIGHTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
current_side (EcPathsView *self)
{
  return MIN (gtk_drop_down_get_selected (self->side_picker), 1);
}

static void
set_highlights (EcPathsView *self,
                GStrv        highlights)
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

/* “Michigan, Pennsylvania and Wisconsin”, the same way as the answers of
 * the analysis word their lists. */
static char *
dup_list (EcPaths *paths,
          guint64  mask)
{
  char *text = NULL;
  guint n = 0, total = 0, done = 0;

  for (guint u = 0; u < ec_paths_get_n_units (paths); u++)
    total += (mask >> u) & 1;

  for (guint u = 0; u < ec_paths_get_n_units (paths); u++)
    {
      const char *name;
      char *longer;

      if (!((mask >> u) & 1))
        continue;

      name = ec_unit_get_name (ec_paths_get_unit (paths, u));
      done++;
      if (n++ == 0)
        longer = g_strdup (name);
      else if (done < total)
        /* Translators: a list so far, and one more name of it. */
        longer = g_strdup_printf (_("%s, %s"), text, name);
      else
        /* Translators: a list so far, and its last name: “Michigan, Pennsylvania and Wisconsin”. */
        longer = g_strdup_printf (_("%s and %s"), text, name);
      g_free (text);
      text = longer;
    }

  return text != NULL ? text : g_strdup ("");
}

static void
update_step (EcPathsView *self)
{
  guint side = current_side (self);
  guint n = self->smallest != NULL ? self->smallest->len : 0;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  gtk_widget_set_sensitive (self->previous_button, self->step > 0);
  gtk_widget_set_sensitive (self->next_button, self->step + 1 < n);

  if (n == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->step_row), _("No way to win"));
      adw_action_row_set_subtitle (self->step_row, "");
      set_highlights (self, NULL);
      return;
    }

  {
    guint64 mask = g_array_index (self->smallest, guint64, self->step);
    g_autofree char *names = dup_list (self->paths, mask);
    g_autofree char *title = NULL;
    g_autofree char *subtitle = NULL;
    guint votes = ec_paths_get_base (self->paths, side);

    for (guint u = 0; u < ec_paths_get_n_units (self->paths); u++)
      if ((mask >> u) & 1)
        {
          votes += ec_paths_get_unit_electoral_votes (self->paths, u);
          g_strv_builder_add (builder, ec_unit_get_id (ec_paths_get_unit (self->paths, u)));
        }

    /* Translators: the states of one way to win, and the total it gives. */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u electoral vote", "%s: %u electoral votes", votes),
                             mask != 0 ? names : _("None of them"), votes);
    subtitle = g_strdup_printf (n >= EC_PATHS_VIEW_MAX_STEPS ? _("Way %u of the first %u") : _("Way %u of %u"),
                                self->step + 1, n);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->step_row), title);
    adw_action_row_set_subtitle (self->step_row, subtitle);
  }

  if (gtk_switch_get_active (self->map_switch))
    set_highlights (self, g_strv_builder_end (builder));
  else
    set_highlights (self, NULL);
}

static void
update_smallest (EcPathsView *self)
{
  g_clear_pointer (&self->smallest, g_array_unref);
  self->step = 0;
  if (self->paths != NULL && ec_paths_get_status (self->paths) == EC_PATHS_COUNTED)
    self->smallest = ec_paths_list_smallest (self->paths, current_side (self), EC_PATHS_VIEW_MAX_STEPS);
  update_step (self);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static void
add_count_row (EcPathsView *self,
               const char  *title,
               const char  *subtitle,
               guint64      count)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = ec_format_count ((gint64)count);
  GtkWidget *number = gtk_label_new (text);

  gtk_widget_add_css_class (number, "paths-number");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), number);
  gtk_list_box_append (self->counts_list, row);
}

static void
update_must_win (EcPathsView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; s < 2; s++)
    {
      const char *name = ec_candidate_get_name (ec_paths_get_side (self->paths, s));
      EcPathsOutcome wins = s == 0 ? EC_PATHS_LEFT_WINS : EC_PATHS_RIGHT_WINS;
      guint64 must = 0;
      guint n = 0;

      for (guint u = 0; u < ec_paths_get_n_units (self->paths); u++)
        if (ec_paths_is_must_win (self->paths, s, u))
          {
            must |= G_GUINT64_CONSTANT (1) << u;
            n++;
          }

      if (s > 0)
        g_string_append (text, " ");

      if (ec_paths_get_count (self->paths, wins) == 0)
        g_string_append_printf (text, _("%s has no path to a majority."), name);
      else if (n == 0)
        g_string_append_printf (text, _("%s can win without any one of them."), name);
      else
        {
          g_autofree char *names = dup_list (self->paths, must);

          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Every path of %s needs %s.",
                                                     "Every path of %s needs %s.", n),
                                  name, names);
        }
    }

  g_free (self->must_text);
  self->must_text = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_label_set_label (self->must_label, self->must_text);
}

static void
update (EcPathsView *self)
{
  EcTally *tally = ec_report_get_tally (self->report);
  EcScenario *scenario = ec_tally_get_scenario (tally);
  g_autofree char *sentence = NULL;
  gboolean counted;
  EcCandidate *sides[2];

  g_clear_pointer (&self->paths, ec_paths_unref);
  self->paths = ec_paths_new (scenario, self->in_play);
  counted = ec_paths_get_status (self->paths) == EC_PATHS_COUNTED;

  sentence = ec_paths_dup_sentence (self->paths);
  gtk_label_set_label (self->sentence_label, sentence);

  clear_list (self->counts_list);
  gtk_widget_set_visible (GTK_WIDGET (self->counts_list), counted);
  gtk_widget_set_visible (GTK_WIDGET (self->must_label), counted);
  gtk_widget_set_visible (self->controls, counted);
  if (!counted)
    {
      g_clear_pointer (&self->smallest, g_array_unref);
      set_highlights (self, NULL);
      return;
    }

  for (guint s = 0; s < 2; s++)
    {
      g_autofree char *subtitle = NULL;
      guint base = ec_paths_get_base (self->paths, s);

      sides[s] = ec_paths_get_side (self->paths, s);
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u electoral vote without them",
                                               "%u electoral votes without them", base), base);
      add_count_row (self, ec_candidate_get_name (sides[s]), subtitle,
                     ec_paths_get_count (self->paths, s == 0 ? EC_PATHS_LEFT_WINS : EC_PATHS_RIGHT_WINS));
    }
  {
    guint64 ties = ec_paths_get_count (self->paths, EC_PATHS_TIE);
    g_autofree char *count = ec_format_count ((gint64)ties);
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of them a tie",
                                                              "%s of them ties", (gulong)ties), count);

    add_count_row (self, _("The House Decides"), ties > 0 ? subtitle : NULL,
                   ties + ec_paths_get_count (self->paths, EC_PATHS_NO_MAJORITY));
  }

  update_must_win (self);

  /* The side picker follows the sides, keeping the one chosen. */
  {
    g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
    GListModel *model = gtk_drop_down_get_model (self->side_picker);
    gboolean same = model != NULL && g_list_model_get_n_items (model) == 2;

    for (guint s = 0; s < 2; s++)
      {
        gtk_string_list_append (names, ec_candidate_get_name (sides[s]));
        if (same)
          same = g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), s),
                              ec_candidate_get_name (sides[s]));
      }

    if (!same)
      {
        self->syncing = TRUE;
        gtk_drop_down_set_model (self->side_picker, G_LIST_MODEL (names));
        gtk_drop_down_set_selected (self->side_picker, 0);
        self->syncing = FALSE;
      }
  }

  update_smallest (self);
}

static void
side_changed_cb (EcPathsView *self)
{
  if (self->syncing || self->paths == NULL)
    return;

  update_smallest (self);
}

static void
previous_cb (EcPathsView *self)
{
  ec_paths_view_step (self, -1);
}

static void
next_cb (EcPathsView *self)
{
  ec_paths_view_step (self, 1);
}

static void
map_switch_cb (EcPathsView *self)
{
  update_step (self);
}

static void
ec_paths_view_dispose (GObject *object)
{
  EcPathsView *self = (EcPathsView *)object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_PATHS_VIEW);
  /* The template's root group has no field of its own to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->report, ec_report_unref);
  g_clear_pointer (&self->in_play, g_ptr_array_unref);
  g_clear_pointer (&self->paths, ec_paths_unref);
  g_clear_pointer (&self->smallest, g_array_unref);

  G_OBJECT_CLASS (ec_paths_view_parent_class)->dispose (object);
}

static void
ec_paths_view_finalize (GObject *object)
{
  EcPathsView *self = (EcPathsView *)object;

  g_clear_pointer (&self->highlights, g_strfreev);
  g_clear_pointer (&self->must_text, g_free);

  G_OBJECT_CLASS (ec_paths_view_parent_class)->finalize (object);
}

static void
ec_paths_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EcPathsView *self = EC_PATHS_VIEW (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, self->highlights);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_paths_view_class_init (EcPathsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_paths_view_dispose;
  object_class->finalize = ec_paths_view_finalize;
  object_class->get_property = ec_paths_view_get_property;

  /**
   * EcPathsView:highlights:
   *
   * The ids of the units of the way to win shown, while "Show on the Map"
   * is on; %NULL otherwise.
   */
  properties[PROP_HIGHLIGHTS] =
    g_param_spec_boxed ("highlights", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-paths-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, counts_list);
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, must_label);
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, controls);
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, side_picker);
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, step_row);
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, previous_button);
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, next_button);
  gtk_widget_class_bind_template_child (widget_class, EcPathsView, map_switch);
  gtk_widget_class_bind_template_callback (widget_class, side_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_switch_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pathsview");
}

static void
ec_paths_view_init (EcPathsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->previous_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Previous Way"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next Way"), -1);
}

/**
 * ec_paths_view_new:
 *
 * Returns: (transfer floating): a new paths view
 */
GtkWidget *
ec_paths_view_new (void)
{
  return g_object_new (EC_TYPE_PATHS_VIEW, NULL);
}

/**
 * ec_paths_view_set_report:
 * @self: a #EcPathsView
 * @report: the report of the scenario on screen
 *
 * Counts the paths again for @report's scenario.
 */
void
ec_paths_view_set_report (EcPathsView *self,
                          EcReport    *report)
{
  g_return_if_fail (EC_IS_PATHS_VIEW (self));
  g_return_if_fail (report != NULL);

  g_clear_pointer (&self->report, ec_report_unref);
  self->report = ec_report_ref (report);
  update (self);
}

/**
 * ec_paths_view_set_in_play:
 * @self: a #EcPathsView
 * @in_play: (nullable) (element-type EcUnit): the units to count as open,
 *   or %NULL for the undecided ones
 *
 * Takes effect at the next ec_paths_view_set_report().
 */
void
ec_paths_view_set_in_play (EcPathsView *self,
                           GPtrArray   *in_play)
{
  g_return_if_fail (EC_IS_PATHS_VIEW (self));

  g_clear_pointer (&self->in_play, g_ptr_array_unref);
  if (in_play != NULL)
    self->in_play = g_ptr_array_ref (in_play);
}

/**
 * ec_paths_view_get_paths:
 * @self: a #EcPathsView
 *
 * Returns: (transfer none) (nullable): the paths shown
 */
EcPaths *
ec_paths_view_get_paths (EcPathsView *self)
{
  g_return_val_if_fail (EC_IS_PATHS_VIEW (self), NULL);

  return self->paths;
}

/**
 * ec_paths_view_step:
 * @self: a #EcPathsView
 * @delta: how many ways to move: 1 for the next, -1 for the previous
 *
 * Shows another of the smallest ways to win, within the list.
 */
void
ec_paths_view_step (EcPathsView *self,
                    int          delta)
{
  int step;

  g_return_if_fail (EC_IS_PATHS_VIEW (self));

  if (self->smallest == NULL || self->smallest->len == 0)
    return;

  step = CLAMP ((int)self->step + delta, 0, (int)self->smallest->len - 1);
  self->step = (guint)step;
  update_step (self);
}

/**
 * ec_paths_view_get_highlights:
 * @self: a #EcPathsView
 *
 * Returns: (transfer none) (nullable): see #EcPathsView:highlights
 */
const char * const *
ec_paths_view_get_highlights (EcPathsView *self)
{
  g_return_val_if_fail (EC_IS_PATHS_VIEW (self), NULL);

  return (const char * const *)self->highlights;
}

/**
 * ec_paths_view_get_text:
 * @self: a #EcPathsView
 * @part: "sentence", "must-win" or "step"
 *
 * Returns: (transfer none) (nullable): the text of that part, for tests
 *   and screen readers
 */
const char *
ec_paths_view_get_text (EcPathsView *self,
                        const char  *part)
{
  g_return_val_if_fail (EC_IS_PATHS_VIEW (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  if (g_str_equal (part, "sentence"))
    return gtk_label_get_label (self->sentence_label);
  if (g_str_equal (part, "must-win"))
    return self->must_text;
  if (g_str_equal (part, "step"))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->step_row));

  return NULL;
}
