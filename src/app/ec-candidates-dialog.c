/* ec-candidates-dialog.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-candidates-dialog.h"
#include "ec-palette.h"

/* A blank map's candidates, as the reference maps let a student set them:
 * each one's name and colour, and a third candidate. Nothing changes until
 * Apply; each change is then one step that Undo takes back. */

#define N_SLOTS 3

typedef struct {
  const char   *id;
  AdwEntryRow  *name_row;
  AdwComboRow  *color_row;
  GtkDrawingArea *swatch;
} Slot;

struct _EcCandidatesDialog
{
  AdwWindow           parent_instance;

  EcScenario         *scenario;
  /* The scenario with its third candidate, for its default colour. */
  EcScenario         *preview;

  AdwPreferencesPage *page;
  GtkWidget          *apply_button;
  AdwPreferencesGroup *third_group;
  GtkSwitch          *third_switch;

  Slot                slots[N_SLOTS];
};

G_DEFINE_FINAL_TYPE (EcCandidatesDialog, ec_candidates_dialog, ADW_TYPE_WINDOW)

static const char *slot_ids[N_SLOTS] = {
  "democratic-candidate",
  "republican-candidate",
  "third-party-candidate",
};

/* In the palette's order of swatches. */
static const char *
swatch_name (guint index)
{
  const char *names[] = {
    N_("Blue"), N_("Red"), N_("Yellow"), N_("Green"), N_("Purple"), N_("Orange"), N_("Brown"),
  };

  return index < G_N_ELEMENTS (names) ? _(names[index]) : "";
}

/* The colour a slot shows: the chosen swatch, else the palette's own. */
static void
slot_color (EcCandidatesDialog *self,
            guint               index,
            EcColor            *color)
{
  guint selected = adw_combo_row_get_selected (self->slots[index].color_row);
  guint n;
  const guint32 *swatches = ec_palette_get_swatches (&n);
  EcCandidate *candidate;

  if (selected > 0 && selected <= n)
    {
      ec_palette_color_from_rgb (swatches[selected - 1], color);
      return;
    }

  candidate = ec_scenario_get_candidate (self->preview, self->slots[index].id);
  ec_palette_get_undecided_color (color);
  if (candidate != NULL)
    {
      /* The preview keeps no colour of its own: show the party's. */
      ec_scenario_set_candidate_rgb (self->preview, self->slots[index].id, -1);
      ec_palette_get_candidate_color (self->preview, candidate, color);
    }
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  EcCandidatesDialog *self = user_data;
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "ec-slot"));
  EcColor color;

  slot_color (self, index, &color);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1, 0, 2 * G_PI);
  ec_palette_set_source (cr, &color, 1);
  cairo_fill_preserve (cr);
  ec_palette_set_source (cr, ec_palette_get_ink (EC_INK_LEADER), 1);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* Two candidates in one colour could not be told apart on the map: say
 * so on the row, and keep Apply off until they differ. */
static void
check_colors (EcCandidatesDialog *self)
{
  guint n_slots = self->third_switch != NULL && gtk_switch_get_active (self->third_switch) ? N_SLOTS : N_SLOTS - 1;
  gboolean clash = FALSE;

  for (guint i = 0; i < N_SLOTS; i++)
    if (self->slots[i].color_row == NULL)
      return;

  for (guint i = 0; i < N_SLOTS; i++)
    {
      gboolean same = FALSE;
      EcColor a, b;

      slot_color (self, i, &a);
      for (guint j = 0; j < n_slots && i < n_slots; j++)
        {
          if (j == i)
            continue;
          slot_color (self, j, &b);
          same |= a.red == b.red && a.green == b.green && a.blue == b.blue;
        }
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->slots[i].color_row),
                                   same ? _("Another candidate has this colour") : "");
      if (same)
        gtk_widget_add_css_class (GTK_WIDGET (self->slots[i].color_row), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->slots[i].color_row), "error");
      clash |= same;
      gtk_widget_queue_draw (GTK_WIDGET (self->slots[i].swatch));
    }

  gtk_widget_set_sensitive (self->apply_button, !clash);
}

static void
color_changed_cb (EcCandidatesDialog *self)
{
  check_colors (self);
}

static void
third_toggled_cb (EcCandidatesDialog *self)
{
  gboolean on = gtk_switch_get_active (self->third_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->slots[2].name_row), on);
  gtk_widget_set_visible (GTK_WIDGET (self->slots[2].color_row), on);
  check_colors (self);
}

/**
 * ec_candidates_dialog_apply:
 * @self: a #EcCandidatesDialog
 *
 * Writes the names, colours and third candidate into the scenario.
 */
void
ec_candidates_dialog_apply (EcCandidatesDialog *self)
{
  guint n;
  const guint32 *swatches = ec_palette_get_swatches (&n);
  gboolean third = gtk_switch_get_active (self->third_switch);

  g_return_if_fail (EC_IS_CANDIDATES_DIALOG (self));

  if (!gtk_widget_get_sensitive (self->apply_button))
    return;

  ec_scenario_set_third_candidate (self->scenario, third);

  for (guint i = 0; i < (third ? N_SLOTS : N_SLOTS - 1); i++)
    {
      guint selected = adw_combo_row_get_selected (self->slots[i].color_row);

      ec_scenario_set_candidate_name (self->scenario, self->slots[i].id,
                                      gtk_editable_get_text (GTK_EDITABLE (self->slots[i].name_row)));
      ec_scenario_set_candidate_rgb (self->scenario, self->slots[i].id,
                                     selected > 0 && selected <= n ? (gint64) swatches[selected - 1] : -1);
    }
}

static void
apply_clicked_cb (EcCandidatesDialog *self)
{
  ec_candidates_dialog_apply (self);
  gtk_window_close (GTK_WINDOW (self));
}

static void
ec_candidates_dialog_dispose (GObject *object)
{
  EcCandidatesDialog *self = (EcCandidatesDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_CANDIDATES_DIALOG);
  g_clear_object (&self->scenario);
  g_clear_object (&self->preview);

  G_OBJECT_CLASS (ec_candidates_dialog_parent_class)->dispose (object);
}

static void
ec_candidates_dialog_class_init (EcCandidatesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_candidates_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-candidates-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EcCandidatesDialog, page);
  gtk_widget_class_bind_template_child (widget_class, EcCandidatesDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ec_candidates_dialog_init (EcCandidatesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkStringList *
color_names (void)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  guint n;

  ec_palette_get_swatches (&n);
  /* Translators: a candidate's colour when none is picked: red for
   * Republicans, blue for Democrats */
  gtk_string_list_append (names, _("Party colour"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (names, swatch_name (i));

  return names;
}

static void
add_slot (EcCandidatesDialog  *self,
          AdwPreferencesGroup *group,
          guint                index)
{
  Slot *slot = &self->slots[index];
  EcCandidate *candidate = ec_scenario_get_candidate (self->scenario, slot_ids[index]);
  EcCandidate *original = ec_election_get_candidate (ec_scenario_get_election (self->scenario), slot_ids[index]);
  g_autoptr(GtkStringList) names = color_names ();
  GtkWidget *swatch;
  guint32 rgb;
  guint n;
  const guint32 *swatches = ec_palette_get_swatches (&n);

  slot->id = slot_ids[index];

  slot->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->name_row), _("Name"));
  gtk_editable_set_max_width_chars (GTK_EDITABLE (slot->name_row), EC_SCENARIO_MAX_NAME);
  gtk_editable_set_text (GTK_EDITABLE (slot->name_row),
                         ec_candidate_get_name (candidate != NULL ? candidate : original));
  adw_preferences_group_add (group, GTK_WIDGET (slot->name_row));

  slot->color_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->color_row), _("Colour"));
  adw_combo_row_set_model (slot->color_row, G_LIST_MODEL (names));
  if (candidate != NULL && ec_scenario_get_candidate_rgb (self->scenario, candidate, &rgb))
    {
      for (guint i = 0; i < n; i++)
        if (swatches[i] == rgb)
          adw_combo_row_set_selected (slot->color_row, i + 1);
    }
  else
    {
      adw_combo_row_set_selected (slot->color_row, 0);
    }

  swatch = gtk_drawing_area_new ();
  slot->swatch = GTK_DRAWING_AREA (swatch);
  gtk_widget_set_size_request (swatch, 20, 20);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (swatch), "ec-slot", GUINT_TO_POINTER (index));
  gtk_drawing_area_set_draw_func (slot->swatch, draw_swatch, self, NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (slot->color_row), swatch);
  g_signal_connect_object (slot->color_row, "notify::selected", G_CALLBACK (color_changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, GTK_WIDGET (slot->color_row));
}

/**
 * ec_candidates_dialog_new:
 * @parent: the window it belongs to
 * @scenario: a blank map's scenario
 *
 * Returns: (transfer full): a dialog to name and colour the candidates
 */
GtkWidget *
ec_candidates_dialog_new (GtkWindow  *parent,
                          EcScenario *scenario)
{
  EcCandidatesDialog *self;
  AdwPreferencesGroup *group;
  GtkWidget *row;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);
  g_return_val_if_fail (ec_scenario_can_edit_candidates (scenario), NULL);

  self = g_object_new (EC_TYPE_CANDIDATES_DIALOG,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->scenario = g_object_ref (scenario);
  self->preview = ec_scenario_copy (scenario);
  ec_scenario_set_third_candidate (self->preview, TRUE);

  for (guint i = 0; i < N_SLOTS; i++)
    {
      group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      if (i == 0)
        adw_preferences_group_set_description (group,
                                               _("Name the candidates of the blank map and pick their colours. "
                                                 "They are saved with the scenario, and shown on the map, in the "
                                                 "tally and in exports."));
      if (i == 2)
        {
          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Third Candidate"));
          adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       _("Taking the third candidate away leaves their states undecided; Undo brings them back."));
          self->third_switch = GTK_SWITCH (gtk_switch_new ());
          gtk_widget_set_valign (GTK_WIDGET (self->third_switch), GTK_ALIGN_CENTER);
          gtk_switch_set_active (self->third_switch, ec_scenario_get_third_candidate (scenario) != NULL);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->third_switch));
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->third_switch));
          adw_preferences_group_add (group, row);
          self->third_group = group;
        }
      else
        {
          g_autofree char *title = g_strdup_printf (_("Candidate %u"), i + 1);

          adw_preferences_group_set_title (group, title);
        }

      add_slot (self, group, i);
      adw_preferences_page_add (self->page, group);
    }

  g_signal_connect_object (self->third_switch, "notify::active", G_CALLBACK (third_toggled_cb), self, G_CONNECT_SWAPPED);
  third_toggled_cb (self);

  return GTK_WIDGET (self);
}

/**
 * ec_candidates_dialog_get_name_row:
 * @self: a #EcCandidatesDialog
 * @index: 0 to 2: the first, second or third candidate
 *
 * Returns: (transfer none): the row with the candidate's name
 */
AdwEntryRow *
ec_candidates_dialog_get_name_row (EcCandidatesDialog *self,
                                   guint               index)
{
  g_return_val_if_fail (EC_IS_CANDIDATES_DIALOG (self), NULL);
  g_return_val_if_fail (index < N_SLOTS, NULL);

  return self->slots[index].name_row;
}

/**
 * ec_candidates_dialog_get_color_row:
 * @self: a #EcCandidatesDialog
 * @index: 0 to 2
 *
 * Returns: (transfer none): the row with the candidate's colour: 0 for the
 *   party's, then the palette's swatches in order
 */
AdwComboRow *
ec_candidates_dialog_get_color_row (EcCandidatesDialog *self,
                                    guint               index)
{
  g_return_val_if_fail (EC_IS_CANDIDATES_DIALOG (self), NULL);
  g_return_val_if_fail (index < N_SLOTS, NULL);

  return self->slots[index].color_row;
}

/**
 * ec_candidates_dialog_get_third_switch:
 * @self: a #EcCandidatesDialog
 *
 * Returns: (transfer none): the switch that adds the third candidate
 */
GtkSwitch *
ec_candidates_dialog_get_third_switch (EcCandidatesDialog *self)
{
  g_return_val_if_fail (EC_IS_CANDIDATES_DIALOG (self), NULL);

  return self->third_switch;
}
