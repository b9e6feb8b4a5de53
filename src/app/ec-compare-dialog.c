/* ec-compare-dialog.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-compare.h"
#include "ec-compare-dialog.h"
#include "ec-format.h"

/* The compare table (every method side by side, from ec_compare_new(), the
 * numbers `electors --systems` prints) and the people behind each elector,
 * state by state, most first. */
struct _EcCompareDialog
{
  AdwWindow       parent_instance;

  guint           n_rows;

  AdwWindowTitle *window_title;
  GtkGrid        *table;
  GtkLabel       *notes_label;
  GtkLabel       *voters_label;
  GtkListBox     *voters_list;
};

G_DEFINE_FINAL_TYPE (EcCompareDialog, ec_compare_dialog, ADW_TYPE_WINDOW)

static void
ec_compare_dialog_class_init (EcCompareDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-compare-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EcCompareDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, EcCompareDialog, table);
  gtk_widget_class_bind_template_child (widget_class, EcCompareDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, EcCompareDialog, voters_label);
  gtk_widget_class_bind_template_child (widget_class, EcCompareDialog, voters_list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ec_compare_dialog_init (EcCompareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
cell (GtkGrid    *grid,
      const char *text,
      int         column,
      int         row,
      gboolean    number)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1.0 : 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), !number);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  if (row == 0)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);

  return label;
}

/* The candidates with electoral votes in some row, in the order of the
 * first row that gives them any. */
static GPtrArray *
list_columns (GPtrArray *rows)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      EcTally *tally = ((EcCompareRow *)g_ptr_array_index (rows, i))->tally;

      for (guint j = 0; j < ec_tally_get_n_candidates (tally); j++)
        {
          EcCandidate *candidate = ec_tally_get_candidate (tally, j);
          const char *id = ec_candidate_get_id (candidate);

          if (ec_tally_get_electoral_votes (tally, candidate) > 0 &&
              !g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
            g_ptr_array_add (ids, (gpointer)id);
        }
    }

  return ids;
}

static void
fill_table (EcCompareDialog *self,
            EcScenario      *scenario)
{
  g_autoptr(GPtrArray) rows = ec_compare_new (scenario);
  g_autoptr(GPtrArray) columns = list_columns (rows);
  gboolean any_others = FALSE;
  int column = 1;

  for (guint i = 0; i < rows->len; i++)
    any_others |= ec_tally_get_other_candidates (((EcCompareRow *)g_ptr_array_index (rows, i))->tally) > 0;

  cell (self->table, _("Method"), 0, 0, FALSE);
  for (guint j = 0; j < columns->len; j++)
    cell (self->table, ec_candidate_get_name (ec_scenario_get_candidate (scenario, g_ptr_array_index (columns, j))),
          column++, 0, TRUE);
  if (any_others)
    cell (self->table, _("Others"), column++, 0, TRUE);
  cell (self->table, _("Needed"), column++, 0, TRUE);
  cell (self->table, _("Result"), column++, 0, FALSE);

  for (guint i = 0; i < rows->len; i++)
    {
      EcCompareRow *row = g_ptr_array_index (rows, i);
      EcScenario *counted = ec_tally_get_scenario (row->tally);
      g_autofree char *label = ec_compare_row_dup_label (row);
      g_autofree char *result = ec_compare_row_dup_result (row);
      g_autofree char *needed = g_strdup_printf ("%u", ec_tally_get_majority (row->tally));
      GtkWidget *result_label;

      column = 1;
      cell (self->table, label, 0, i + 1, FALSE);
      for (guint j = 0; j < columns->len; j++)
        {
          EcCandidate *candidate = ec_scenario_get_candidate (counted, g_ptr_array_index (columns, j));
          g_autofree char *votes = g_strdup_printf ("%u", candidate ? ec_tally_get_electoral_votes (row->tally, candidate) : 0);

          cell (self->table, votes, column++, i + 1, TRUE);
        }
      if (any_others)
        {
          g_autofree char *others = g_strdup_printf ("%u", ec_tally_get_other_candidates (row->tally));

          cell (self->table, others, column++, i + 1, TRUE);
        }
      cell (self->table, needed, column++, i + 1, TRUE);
      result_label = cell (self->table, result, column++, i + 1, FALSE);
      if (ec_tally_get_outcome (row->tally) == EC_OUTCOME_WINNER)
        gtk_widget_add_css_class (result_label, "heading");
    }

  self->n_rows = rows->len;

  {
    EcCompactStatus compact;
    GString *notes = g_string_new (NULL);

    ec_compact_get_status (scenario, &compact);
    if (!ec_election_is_blank (ec_scenario_get_election (scenario)))
      {
        if (compact.in_force)
          g_string_append_printf (notes, g_dngettext (GETTEXT_PACKAGE,
                                                      "The compact: %u member with %u electoral votes, in force.",
                                                      "The compact: %u members with %u electoral votes, in force.",
                                                      compact.members),
                                  compact.members, compact.electors);
        else
          g_string_append_printf (notes, g_dngettext (GETTEXT_PACKAGE,
                                                      "The compact: %u member with %u electoral votes, %u short of %u, "
                                                      "so it counts as winner-take-all.",
                                                      "The compact: %u members with %u electoral votes, %u short of %u, "
                                                      "so it counts as winner-take-all.",
                                                      compact.members),
                                  compact.members, compact.electors, compact.needed - compact.electors, compact.needed);
        g_string_append_c (notes, ' ');
      }
    g_string_append (notes, _("District results are bundled only for Maine and Nebraska. "
                              "“Others” are electors won by candidates the results list only as a total."));
    if (ec_census_for_election (ec_scenario_get_election (scenario)) == NULL)
      {
        g_string_append_c (notes, ' ');
        g_string_append (notes, _("Other House sizes are not available for this election: its census populations are not bundled."));
      }
    gtk_label_set_label (self->notes_label, notes->str);
    g_string_free (notes, TRUE);
  }
}

static void
fill_voters (EcCompareDialog *self,
             EcScenario      *scenario)
{
  g_autoptr(GArray) shares = ec_voters_per_elector (scenario, FALSE);
  gboolean votes_cast = FALSE;
  double most;

  /* Without the census, the votes cast tell the same story. */
  if (shares->len == 0)
    {
      g_clear_pointer (&shares, g_array_unref);
      shares = ec_voters_per_elector (scenario, TRUE);
      votes_cast = TRUE;
    }

  if (shares->len == 0)
    {
      gtk_label_set_label (self->voters_label, _("This election has no popular vote or census to compare."));
      gtk_widget_set_visible (GTK_WIDGET (self->voters_list), FALSE);
      return;
    }

  {
    const EcVoterShare *first = &g_array_index (shares, EcVoterShare, 0);
    const EcVoterShare *last = &g_array_index (shares, EcVoterShare, shares->len - 1);
    EcElection *election = ec_scenario_get_election (scenario);
    g_autofree char *first_count = ec_format_count ((gint64)(first->per_elector + 0.5));
    g_autofree char *last_count = ec_format_count ((gint64)(last->per_elector + 0.5));
    g_autofree char *text = NULL;

    /* Translators: the %s are, in order, the state with the most people per
     * elector, that number, the state with the fewest and its number */
    text = g_strdup_printf (votes_cast
                            ? _("Votes cast per electoral vote. Every state has two electors for its senators, so "
                                "small states have more electors per person: %s has %s votes cast per elector, %s "
                                "%s. The bar is each state’s share of the largest.")
                            : _("Apportionment population per electoral vote. Every state has two electors for its "
                                "senators, so small states have more electors per person: %s has %s people per "
                                "elector, %s %s. The bar is each state’s share of the largest."),
                            ec_unit_get_name (ec_election_get_unit (election, first->state_id)), first_count,
                            ec_unit_get_name (ec_election_get_unit (election, last->state_id)), last_count);
    gtk_label_set_label (self->voters_label, text);
    most = first->per_elector;

    for (guint i = 0; i < shares->len; i++)
      {
        const EcVoterShare *share = &g_array_index (shares, EcVoterShare, i);
        g_autofree char *count = ec_format_count ((gint64)(share->per_elector + 0.5));
        g_autofree char *subtitle = NULL;
        GtkWidget *row = adw_action_row_new ();
        GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
        GtkWidget *value = gtk_label_new (count);

        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u electoral vote", "%u electoral votes", share->electors),
                                    share->electors);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ec_unit_get_name (ec_election_get_unit (election, share->state_id)));
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), share->per_elector / most);
        /* One colour for every bar: the length is the figure, not a verdict. */
        gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
        gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
        gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
        gtk_widget_set_size_request (bar, 160, -1);
        gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (value, "numeric");
        gtk_widget_set_size_request (value, 90, -1);
        gtk_label_set_xalign (GTK_LABEL (value), 1.0);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
        gtk_list_box_append (self->voters_list, row);
      }
  }
}

/**
 * ec_compare_dialog_new:
 * @scenario: the scenario to compare
 *
 * Returns: (transfer floating): a dialog with the compare table of
 *   @scenario and its people per elector
 */
GtkWidget *
ec_compare_dialog_new (EcScenario *scenario)
{
  EcCompareDialog *self;
  EcElection *election;

  g_return_val_if_fail (EC_IS_SCENARIO (scenario), NULL);

  self = g_object_new (EC_TYPE_COMPARE_DIALOG, NULL);
  election = ec_scenario_get_election (scenario);
  if (!ec_election_is_blank (election))
    {
      g_autofree char *subtitle = g_strdup_printf (_("%d presidential election"), ec_election_get_year (election));

      adw_window_title_set_subtitle (self->window_title, subtitle);
    }

  fill_table (self, scenario);
  fill_voters (self, scenario);

  return GTK_WIDGET (self);
}

/**
 * ec_compare_dialog_get_rows:
 * @self: a #EcCompareDialog
 *
 * Returns: the number of methods in the table
 */
guint
ec_compare_dialog_get_rows (EcCompareDialog *self)
{
  g_return_val_if_fail (EC_IS_COMPARE_DIALOG (self), 0);

  return self->n_rows;
}

/**
 * ec_compare_dialog_get_cell:
 * @self: a #EcCompareDialog
 * @row: 0 for the headings, then one per method
 * @column: 0 for the method, then one per candidate and the rest
 *
 * Returns: (transfer none) (nullable): the text of a cell, for tests
 */
const char *
ec_compare_dialog_get_cell (EcCompareDialog *self,
                            guint            row,
                            guint            column)
{
  GtkWidget *child;

  g_return_val_if_fail (EC_IS_COMPARE_DIALOG (self), NULL);

  child = gtk_grid_get_child_at (self->table, column, row);

  return child != NULL ? gtk_label_get_label (GTK_LABEL (child)) : NULL;
}
