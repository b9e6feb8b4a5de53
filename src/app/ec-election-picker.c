/* ec-election-picker.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ec-election-picker.h"
#include "ec-tally.h"

/* Sixty elections make a long list. The picker groups them by century,
 * with a heading above the first of each group, and lets one type a year:
 * GtkDropDown's search matches the start of each label, so “18” keeps the
 * 1800s and “186” the elections of the 1860s. GTK 4.8 has no sections in
 * list views, so the heading is part of the first row of its group. */

#define HEADINGS_KEY "ec-election-picker-headings"
#define CANDIDATES_KEY "ec-election-picker-candidates"

/* The century an id belongs to, or 0 for the maps that are not a year. */
static int
id_century (const char *id)
{
  char *end = NULL;
  long year = strtol (id, &end, 10);

  if (end == id || *end != '\0' || year <= 0)
    return 0;

  return (int)(year / 100);
}

/**
 * ec_election_picker_dup_group_title:
 * @ids: the picker's election ids, in the order shown
 * @position: a position in @ids
 *
 * The heading shown above the item at @position when it starts a group:
 * the years of its century that the list has, oldest to newest, or “Other
 * maps” for the first item that is not an election.
 *
 * Returns: (transfer full) (nullable): the heading, or %NULL if the item
 *   does not start a group
 */
char *
ec_election_picker_dup_group_title (GtkStringList *ids,
                                    guint          position)
{
  guint n;
  int century;
  int first = G_MAXINT;
  int last = 0;

  g_return_val_if_fail (GTK_IS_STRING_LIST (ids), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (ids));
  g_return_val_if_fail (position < n, NULL);

  century = id_century (gtk_string_list_get_string (ids, position));
  if (position > 0 && id_century (gtk_string_list_get_string (ids, position - 1)) == century)
    return NULL;

  if (century == 0)
    return g_strdup (_("Other maps"));

  for (guint i = 0; i < n; i++)
    {
      const char *id = gtk_string_list_get_string (ids, i);

      if (id_century (id) == century)
        {
          first = MIN (first, atoi (id));
          last = MAX (last, atoi (id));
        }
    }

  /* Translators: a heading in the list of elections: the first and the
   * last year of one century's elections, such as “1800–1896” */
  return g_strdup_printf (_("%d–%d"), first, last);
}

/**
 * ec_election_picker_dup_candidates:
 * @year: the year of a bundled election
 *
 * The candidates shown beside a year in the list: those with electoral
 * votes as the electors cast them, the winner first, at most two.
 *
 * Returns: (transfer full) (nullable): e.g. “Donald Trump · Hillary
 *   Clinton”, or %NULL if the election cannot be read
 */
char *
ec_election_picker_dup_candidates (int year)
{
  g_autoptr(EcElection) election = ec_election_new_for_year (year, NULL);
  g_autoptr(EcScenario) scenario = NULL;
  g_autoptr(EcTally) tally = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (election == NULL)
    return NULL;

  scenario = ec_scenario_new (election, EC_SCENARIO_AS_CAST);
  tally = ec_tally_new (scenario);
  for (guint i = 0; i < ec_tally_get_n_candidates (tally) && names->len < 2; i++)
    {
      EcCandidate *candidate = ec_tally_get_candidate (tally, i);

      if (ec_tally_get_electoral_votes (tally, candidate) > 0)
        g_ptr_array_add (names, (gpointer)ec_candidate_get_name (candidate));
    }
  g_ptr_array_add (names, NULL);

  /* Translators: separates the candidates beside a year in the list of elections */
  return g_strjoinv (_(" · "), (char **)names->pdata);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *candidates = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_widget_set_margin_top (heading, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), 4);
  gtk_label_set_xalign (GTK_LABEL (candidates), 0);
  gtk_widget_add_css_class (candidates, "dim-label");
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), candidates);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), row);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *heading = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_first_child (gtk_widget_get_next_sibling (heading));
  GtkWidget *candidates = gtk_widget_get_next_sibling (label);
  GHashTable *headings = g_object_get_data (G_OBJECT (factory), HEADINGS_KEY);
  GHashTable *cache = g_object_get_data (G_OBJECT (factory), CANDIDATES_KEY);
  GtkStringObject *object = gtk_list_item_get_item (item);
  const char *text = gtk_string_object_get_string (object);
  const char *title = g_hash_table_lookup (headings, object);
  const char *names = NULL;
  int century = id_century (text);

  /* Worked out when a row is first shown, not at start-up: reading sixty
   * elections would slow the window's first frame. */
  if (century > 0 && ec_election_has_year (atoi (text)))
    {
      names = g_hash_table_lookup (cache, text);
      if (names == NULL && (names = ec_election_picker_dup_candidates (atoi (text))) != NULL)
        g_hash_table_insert (cache, g_strdup (text), (char *)names);
    }

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_label_set_label (GTK_LABEL (candidates), names);
  gtk_widget_set_visible (candidates, names != NULL);
  gtk_label_set_label (GTK_LABEL (heading), title);
  gtk_widget_set_visible (heading, title != NULL);
  /* The heading is read with the row it starts, not as an item of its own. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title ? title : "",
                                  -1);
}

/**
 * ec_election_picker_setup:
 * @picker: the window's drop-down of elections
 * @labels: what each item shows, in order
 * @ids: the id of each item, in the same order: the other maps, then the
 *   years, newest first
 *
 * Gives @picker its items, grouped by century under headings, the
 * candidates beside each year, and a search by year.
 */
void
ec_election_picker_setup (GtkDropDown   *picker,
                          GtkStringList *labels,
                          GtkStringList *ids)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;
  GHashTable *headings = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  guint n;

  g_return_if_fail (GTK_IS_DROP_DOWN (picker));
  g_return_if_fail (GTK_IS_STRING_LIST (labels));
  g_return_if_fail (GTK_IS_STRING_LIST (ids));

  n = g_list_model_get_n_items (G_LIST_MODEL (ids));
  g_return_if_fail (g_list_model_get_n_items (G_LIST_MODEL (labels)) == n);

  /* Headings go with the items themselves: the filtered list that the
   * search leaves has the same items at other positions. */
  for (guint i = 0; i < n; i++)
    {
      char *title = ec_election_picker_dup_group_title (ids, i);

      if (title != NULL)
        g_hash_table_insert (headings, g_list_model_get_item (G_LIST_MODEL (labels), i), title);
    }

  g_object_set_data_full (G_OBJECT (factory), HEADINGS_KEY, headings, (GDestroyNotify)g_hash_table_unref);
  g_object_set_data_full (G_OBJECT (factory), CANDIDATES_KEY, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
                          (GDestroyNotify)g_hash_table_unref);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (picker, expression);
  gtk_drop_down_set_enable_search (picker, TRUE);
  gtk_drop_down_set_list_factory (picker, factory);
  gtk_drop_down_set_model (picker, G_LIST_MODEL (labels));
}
