/* ec-house-view.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-house-view.h"
#include "ec-palette.h"

/* When nobody has a majority of the electors, the contingent election
 * beside the map: the House's count of delegations toward 26 and the
 * Senate's of senators toward 51, each as a bar of cells (one per state,
 * one per senator) with a line where a majority starts, the outcome in
 * words, and the state under the pointer. "House Vote" colours the map by
 * delegation; the map view then changes a delegation's vote on a click,
 * through the scenario, so undo and saving work as for any change. */

struct _EcHouseView
{
  GtkWidget       parent_instance;

  EcContingent   *contingent;
  gboolean        showing;
  char           *hovered_unit;
  char           *focused_unit;
  gboolean        color_blind;

  GtkLabel       *heading_label;
  GtkDrawingArea *house_bar;
  GtkLabel       *house_label;
  GtkDrawingArea *senate_bar;
  GtkLabel       *senate_label;
  GtkLabel       *outcome_label;
  GtkLabel       *state_label;
};

G_DEFINE_FINAL_TYPE (EcHouseView, ec_house_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTINGENT,
  PROP_MAP_CONTINGENT,
  PROP_SHOWING,
  PROP_HOVERED_UNIT,
  PROP_FOCUSED_UNIT,
  PROP_COLOR_BLIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  EcColor color;
  guint   count;
} Cells;

typedef struct {
  EcCandidate *candidate;
  guint        count;
  guint        position;
} Count;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const Count *ca = a;
  const Count *cb = b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;

  return ca->position < cb->position ? -1 : ca->position > cb->position;
}

/* The House's choices (or, for the Senate, the tickets), most votes first:
 * the leader's run starts at the left, where the line of a majority is
 * measured from. */
static GArray *
list_counts (EcContingent *contingent,
             gboolean      senate)
{
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (Count));
  guint n = senate ? ec_contingent_get_n_vice_choices (contingent) : ec_contingent_get_n_choices (contingent);

  for (guint i = 0; i < n; i++)
    {
      Count c = { NULL, 0, i };

      if (senate)
        {
          c.candidate = ec_contingent_get_vice_choice (contingent, i);
          c.count = ec_contingent_get_senators_for (contingent, c.candidate);
        }
      else
        {
          c.candidate = ec_contingent_get_choice (contingent, i);
          c.count = ec_contingent_get_states_for (contingent, c.candidate);
        }
      g_array_append_val (counts, c);
    }

  g_array_sort (counts, compare_counts);

  return counts;
}

/* One cell per seat or state, in runs of one colour, with a line after
 * the cell that makes a majority. */
static void
draw_cells (cairo_t     *cr,
            int          width,
            int          height,
            const Cells *runs,
            guint        n_runs,
            guint        total,
            guint        needed)
{
  double cell = (double)width / MAX (total, 1);
  guint at = 0;

  for (guint r = 0; r < n_runs; r++)
    {
      cairo_rectangle (cr, at * cell, 4, runs[r].count * cell, height - 8);
      ec_palette_set_source (cr, &runs[r].color, 1);
      cairo_fill (cr);
      at += runs[r].count;
    }

  /* Thin gaps between cells, so states can be counted from the back of
   * the room; senators are too many to tell apart. */
  if (total <= 60)
    {
      for (guint i = 1; i < total; i++)
        cairo_rectangle (cr, i * cell - 0.5, 4, 1, height - 8);
      ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_WHITE), 0.9);
      cairo_fill (cr);
    }

  cairo_rectangle (cr, needed * cell - 2, 0, 4, height);
  ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_WHITE), 1);
  cairo_fill (cr);
  cairo_rectangle (cr, needed * cell - 1, 0, 2, height);
  ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_LABEL), 1);
  cairo_fill (cr);
}

static void
draw_chamber (EcHouseView *self,
              cairo_t     *cr,
              int          width,
              int          height,
              gboolean     senate)
{
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (Cells));
  EcScenario *scenario;
  Cells none = { *ec_palette_get_ink (EC_INK_ABSTAINED), 0 };

  if (self->contingent == NULL)
    return;

  scenario = ec_tally_get_scenario (ec_contingent_get_tally (self->contingent));
  counts = list_counts (self->contingent, senate);
  for (guint i = 0; i < counts->len; i++)
    {
      const Count *c = &g_array_index (counts, Count, i);
      Cells run = { { 0 }, c->count };

      ec_palette_get_candidate_color_in (self->color_blind ? EC_PALETTE_COLOR_BLIND : EC_PALETTE_STANDARD,
                                         scenario, c->candidate, &run.color);
      g_array_append_val (runs, run);
    }

  if (senate)
    {
      none.count = ec_contingent_get_senators_without_vote (self->contingent);
      g_array_append_val (runs, none);
      draw_cells (cr, width, height, (Cells *)(void *)runs->data, runs->len, 100,
                  ec_contingent_get_senators_needed (self->contingent));
    }
  else
    {
      none.count = ec_contingent_get_states_without_vote (self->contingent);
      g_array_append_val (runs, none);
      draw_cells (cr, width, height, (Cells *)(void *)runs->data, runs->len,
                  ec_contingent_get_n_states (self->contingent),
                  ec_contingent_get_states_needed (self->contingent));
    }
}

static void
draw_house (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  draw_chamber (data, cr, width, height, FALSE);
}

static void
draw_senate (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  draw_chamber (data, cr, width, height, TRUE);
}

static char *
dup_house_text (EcContingent *contingent)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  g_autoptr(GArray) counts = list_counts (contingent, FALSE);
  guint none = ec_contingent_get_states_without_vote (contingent);

  for (guint i = 0; i < counts->len; i++)
    {
      const Count *c = &g_array_index (counts, Count, i);

      /* Translators: a candidate and the delegations voting for them: “Donald Trump 32” */
      g_ptr_array_add (parts, g_strdup_printf (_("%s %u"), ec_candidate_get_name (c->candidate), c->count));
    }
  if (none > 0)
    /* Translators: delegations that cast no vote, tied or divided: “no vote 1” */
    g_ptr_array_add (parts, g_strdup_printf (_("no vote %u"), none));
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (" · ", (char **)parts->pdata);

  /* Translators: the House's count: “House, one vote per state: Donald Trump 32 · Hillary Clinton 17. 26 of 50 needed.” */
  return g_strdup_printf (_("House, one vote per state: %s. %u of %u needed."), joined,
                          ec_contingent_get_states_needed (contingent), ec_contingent_get_n_states (contingent));
}

static char *
dup_senate_text (EcContingent *contingent)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  g_autoptr(GArray) counts = list_counts (contingent, TRUE);
  guint none = ec_contingent_get_senators_without_vote (contingent);

  for (guint i = 0; i < counts->len; i++)
    {
      const Count *c = &g_array_index (counts, Count, i);

      g_ptr_array_add (parts, g_strdup_printf (_("%s %u"), ec_candidate_get_running_mate (c->candidate), c->count));
    }
  if (none > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("no vote %u"), none));
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (" · ", (char **)parts->pdata);

  /* Translators: the Senate's count: “Senate, one vote per senator: Mike Pence 52 · Tim Kaine 48. 51 of 100 needed.” */
  return g_strdup_printf (_("Senate, one vote per senator: %s. %u of 100 needed."), joined,
                          ec_contingent_get_senators_needed (contingent));
}

static void
update_state_label (EcHouseView *self)
{
  const char *unit_id = self->hovered_unit != NULL ? self->hovered_unit : self->focused_unit;
  g_autofree char *summary = NULL;

  if (self->contingent == NULL)
    return;

  if (self->showing && unit_id != NULL)
    {
      EcScenario *scenario = ec_tally_get_scenario (ec_contingent_get_tally (self->contingent));
      EcUnit *unit = ec_election_get_unit (ec_scenario_get_election (scenario), unit_id);

      if (unit != NULL)
        summary = ec_contingent_dup_delegation_summary (self->contingent, ec_unit_get_state_id (unit));
    }

  if (summary != NULL)
    gtk_label_set_label (self->state_label, summary);
  else if (self->showing)
    gtk_label_set_label (self->state_label,
                         _("Each member votes for their party’s candidate. Click a state to change how its delegation votes."));
  else
    gtk_label_set_label (self->state_label,
                         _("Turn on “House Vote” to see each state’s delegation on the map and change its vote."));
}

static void
update (EcHouseView *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *house = NULL;
  g_autofree char *senate = NULL;
  g_autofree char *outcome = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self), self->contingent != NULL);
  if (self->contingent == NULL)
    return;

  /* Translators: %d is the year of the election; the Congress elected with it takes office on January 3 */
  heading = g_strdup_printf (_("Nobody has a majority of the electors, so the Congress elected in %d chooses."),
                             ec_congress_get_year (ec_contingent_get_congress (self->contingent)));
  house = dup_house_text (self->contingent);
  senate = dup_senate_text (self->contingent);
  outcome = ec_contingent_dup_outcome_sentence (self->contingent);

  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->house_label, house);
  gtk_label_set_label (self->senate_label, senate);
  gtk_label_set_label (self->outcome_label, outcome);
  update_state_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->house_bar));
  gtk_widget_queue_draw (GTK_WIDGET (self->senate_bar));
}

static void
set_unit (EcHouseView  *self,
          char        **field,
          const char   *unit_id,
          GParamSpec   *pspec)
{
  if (g_strcmp0 (*field, unit_id) == 0)
    return;

  g_free (*field);
  *field = g_strdup (unit_id);
  update_state_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
ec_house_view_dispose (GObject *object)
{
  EcHouseView *self = (EcHouseView *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_HOUSE_VIEW);
  /* The template's root box has no field of its own to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->contingent);
  g_clear_pointer (&self->hovered_unit, g_free);
  g_clear_pointer (&self->focused_unit, g_free);

  G_OBJECT_CLASS (ec_house_view_parent_class)->dispose (object);
}

static void
ec_house_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EcHouseView *self = EC_HOUSE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTINGENT:
      g_value_set_object (value, self->contingent);
      break;

    case PROP_MAP_CONTINGENT:
      g_value_set_object (value, ec_house_view_get_map_contingent (self));
      break;

    case PROP_SHOWING:
      g_value_set_boolean (value, self->showing);
      break;

    case PROP_HOVERED_UNIT:
      g_value_set_string (value, self->hovered_unit);
      break;

    case PROP_FOCUSED_UNIT:
      g_value_set_string (value, self->focused_unit);
      break;

    case PROP_COLOR_BLIND:
      g_value_set_boolean (value, self->color_blind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_house_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EcHouseView *self = EC_HOUSE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOWING:
      ec_house_view_set_showing (self, g_value_get_boolean (value));
      break;

    case PROP_HOVERED_UNIT:
      set_unit (self, &self->hovered_unit, g_value_get_string (value), pspec);
      break;

    case PROP_FOCUSED_UNIT:
      set_unit (self, &self->focused_unit, g_value_get_string (value), pspec);
      break;

    case PROP_COLOR_BLIND:
      if (self->color_blind != g_value_get_boolean (value))
        {
          self->color_blind = g_value_get_boolean (value);
          gtk_widget_queue_draw (GTK_WIDGET (self->house_bar));
          gtk_widget_queue_draw (GTK_WIDGET (self->senate_bar));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_house_view_class_init (EcHouseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_house_view_dispose;
  object_class->get_property = ec_house_view_get_property;
  object_class->set_property = ec_house_view_set_property;

  properties[PROP_CONTINGENT] =
    g_param_spec_object ("contingent", NULL, NULL,
                         EC_TYPE_CONTINGENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAP_CONTINGENT] =
    g_param_spec_object ("map-contingent", NULL, NULL,
                         EC_TYPE_CONTINGENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOWING] =
    g_param_spec_boolean ("showing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HOVERED_UNIT] =
    g_param_spec_string ("hovered-unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOCUSED_UNIT] =
    g_param_spec_string ("focused-unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The colour-blind palette, as on the map. */
  properties[PROP_COLOR_BLIND] =
    g_param_spec_boolean ("color-blind", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-house-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EcHouseView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, EcHouseView, house_bar);
  gtk_widget_class_bind_template_child (widget_class, EcHouseView, house_label);
  gtk_widget_class_bind_template_child (widget_class, EcHouseView, senate_bar);
  gtk_widget_class_bind_template_child (widget_class, EcHouseView, senate_label);
  gtk_widget_class_bind_template_child (widget_class, EcHouseView, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, EcHouseView, state_label);

  gtk_widget_class_install_property_action (widget_class, "house.show-on-map", "showing");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "houseview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ec_house_view_init (EcHouseView *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->house_bar, draw_house, self, NULL);
  gtk_drawing_area_set_draw_func (self->senate_bar, draw_senate, self, NULL);

  /* Ctrl+H from anywhere in the window, while there is a House vote. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_h, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("house.show-on-map")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * ec_house_view_new:
 *
 * Returns: (transfer floating): a new House vote view
 */
GtkWidget *
ec_house_view_new (void)
{
  return g_object_new (EC_TYPE_HOUSE_VIEW, NULL);
}

/**
 * ec_house_view_set_tally:
 * @self: a #EcHouseView
 * @tally: (nullable): the tally on screen
 *
 * Plays out the contingent election of @tally, or hides the view when it
 * has a majority (or no Congress in the data).
 */
void
ec_house_view_set_tally (EcHouseView *self,
                         EcTally     *tally)
{
  g_autoptr(EcContingent) contingent = NULL;

  g_return_if_fail (EC_IS_HOUSE_VIEW (self));

  if (tally != NULL && ec_contingent_is_needed (tally))
    contingent = ec_contingent_new_for_tally (tally, NULL);

  if (contingent == NULL && self->contingent == NULL)
    return;

  g_set_object (&self->contingent, contingent);
  update (self);

  /* With a majority again, the map goes back to the electors; the next
   * House vote starts from them too. */
  if (contingent == NULL && self->showing)
    {
      ec_house_view_set_showing (self, FALSE);
      return;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINGENT]);
  if (self->showing)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_CONTINGENT]);
}

/**
 * ec_house_view_get_contingent:
 * @self: a #EcHouseView
 *
 * Returns: (transfer none) (nullable): the contingent election shown
 */
EcContingent *
ec_house_view_get_contingent (EcHouseView *self)
{
  g_return_val_if_fail (EC_IS_HOUSE_VIEW (self), NULL);

  return self->contingent;
}

/**
 * ec_house_view_get_map_contingent:
 * @self: a #EcHouseView
 *
 * Returns: (transfer none) (nullable): the contingent election the map
 *   should show: while “House Vote” is on and there is one
 */
EcContingent *
ec_house_view_get_map_contingent (EcHouseView *self)
{
  g_return_val_if_fail (EC_IS_HOUSE_VIEW (self), NULL);

  return self->showing ? self->contingent : NULL;
}

/**
 * ec_house_view_get_showing:
 * @self: a #EcHouseView
 *
 * Returns: whether the map shows the House vote
 */
gboolean
ec_house_view_get_showing (EcHouseView *self)
{
  g_return_val_if_fail (EC_IS_HOUSE_VIEW (self), FALSE);

  return self->showing;
}

/**
 * ec_house_view_set_showing:
 * @self: a #EcHouseView
 * @showing: whether the map shows the House vote
 *
 * Switches the map between the electors and the House vote.
 */
void
ec_house_view_set_showing (EcHouseView *self,
                           gboolean     showing)
{
  g_return_if_fail (EC_IS_HOUSE_VIEW (self));

  showing = !!showing;
  if (self->showing == showing)
    return;

  self->showing = showing;
  update_state_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_CONTINGENT]);
}

/**
 * ec_house_view_get_text:
 * @self: a #EcHouseView
 * @part: "heading", "house", "senate", "outcome" or "state"
 *
 * Returns: (transfer none) (nullable): the text of a part of the view, for
 *   tests and for reading aloud
 */
const char *
ec_house_view_get_text (EcHouseView *self,
                        const char  *part)
{
  g_return_val_if_fail (EC_IS_HOUSE_VIEW (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  if (g_str_equal (part, "heading"))
    return gtk_label_get_label (self->heading_label);
  if (g_str_equal (part, "house"))
    return gtk_label_get_label (self->house_label);
  if (g_str_equal (part, "senate"))
    return gtk_label_get_label (self->senate_label);
  if (g_str_equal (part, "outcome"))
    return gtk_label_get_label (self->outcome_label);
  if (g_str_equal (part, "state"))
    return gtk_label_get_label (self->state_label);

  return NULL;
}
