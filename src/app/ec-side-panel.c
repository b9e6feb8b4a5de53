/* ec-side-panel.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ec-closest-section.h"
#include "ec-explain-pane.h"
#include "ec-laws.h"
#include "ec-paths-view.h"
#include "ec-palette.h"
#include "ec-report.h"
#include "ec-format.h"
#include "ec-side-panel.h"
#include "ec-systems-pane.h"

/* Beside the map: the explanation that fits, the national popular vote (real
 * and implied), the faithless electors with what it would take to change
 * the outcome, and the switches for state laws and for Maine and Nebraska. */
struct _EcSidePanel
{
  GtkWidget      parent_instance;

  EcReport      *report;
  gboolean       syncing;

  GtkScrolledWindow *scroller;
  EcExplainPane *explain_pane;
  EcClosestSection *closest_section;
  EcPathsView   *paths_view;
  GtkListBox    *popular_list;
  GtkLabel      *popular_summary;
  GtkLabel      *implied_label;
  GtkListBox    *faithless_list;
  GtkLabel      *thresholds_label;
  GtkWidget     *house_group;
  GtkLabel      *house_label;
  AdwActionRow  *laws_row;
  GtkSwitch     *laws_switch;
  AdwComboRow   *laws_date_row;
  GtkLabel      *laws_label;
  AdwActionRow  *maine_row;
  GtkSwitch     *maine_switch;
  AdwActionRow  *nebraska_row;
  GtkSwitch     *nebraska_switch;
  EcSystemsPane *systems_pane;

  gboolean       color_blind;
};

G_DEFINE_FINAL_TYPE (EcSidePanel, ec_side_panel, GTK_TYPE_WIDGET)

/* States won by less than this, in points, are close; the switch's subtitle
 * says the same number. */
#define CLOSE_POINTS 5.0

enum {
  PROP_0,
  PROP_HIGHLIGHTS,
  PROP_COLOR_BLIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
highlights_changed_cb (EcSidePanel *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTS]);
}

/* How close a decided election was, or the paths while states are open;
 * both when the student opens the close states of a decided one. */
static void
update_closest (EcSidePanel *self)
{
  EcTally *tally = ec_report_get_tally (self->report);
  gboolean undecided = ec_tally_get_undecided (tally) > 0;
  gboolean opened = !undecided && ec_closest_section_get_open_close_states (self->closest_section);

  gtk_widget_set_visible (GTK_WIDGET (self->paths_view), undecided || opened);
  gtk_widget_set_visible (GTK_WIDGET (self->closest_section), !undecided);
  if (opened)
    {
      g_autoptr(GPtrArray) close = ec_paths_list_close_units (ec_tally_get_scenario (tally), CLOSE_POINTS);

      ec_paths_view_set_in_play (self->paths_view, close);
    }
  else
    {
      ec_paths_view_set_in_play (self->paths_view, NULL);
    }

  if (undecided || opened)
    ec_paths_view_set_report (self->paths_view, self->report);
  if (!undecided)
    ec_closest_section_set_report (self->closest_section, self->report);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTS]);
}

static void
open_close_states_cb (EcSidePanel *self)
{
  if (self->report != NULL)
    update_closest (self);
}

/* A new topic, however it came (a click, another election, a section's
 * “About …” button), is read from its heading: the panel scrolls up to it. */
static void
topic_changed_cb (EcSidePanel *self)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  EcSidePanel *self = EC_SIDE_PANEL (widget);

  ec_explain_pane_show_topic (self->explain_pane, g_variant_get_string (parameter, NULL));
}

static void
ec_side_panel_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EcSidePanel *self = EC_SIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, ec_side_panel_get_highlights (self));
      break;
    case PROP_COLOR_BLIND:
      g_value_set_boolean (value, self->color_blind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void update_popular (EcSidePanel *self);

static void
ec_side_panel_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EcSidePanel *self = EC_SIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_COLOR_BLIND:
      if (self->color_blind != g_value_get_boolean (value))
        {
          self->color_blind = g_value_get_boolean (value);
          if (self->report != NULL)
            update_popular (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static EcScenario *
scenario (EcSidePanel *self)
{
  return self->report ? ec_tally_get_scenario (ec_report_get_tally (self->report)) : NULL;
}

static void
laws_date_cb (EcSidePanel *self)
{
  if (self->syncing || scenario (self) == NULL)
    return;

  ec_scenario_set_laws_date (scenario (self), adw_combo_row_get_selected (self->laws_date_row) == 1 ?
                                              EC_LAWS_TODAY : EC_LAWS_AT_ELECTION);
}

static void
laws_switch_cb (EcSidePanel *self)
{
  if (self->syncing || scenario (self) == NULL)
    return;

  ec_scenario_set_apply_laws (scenario (self), gtk_switch_get_active (self->laws_switch));
}

static void
split_switch_cb (EcSidePanel *self,
                 GParamSpec  *pspec,
                 GtkSwitch   *toggle)
{
  const char *state = toggle == self->maine_switch ? "ME" : "NE";
  EcUnit *unit;

  if (self->syncing || scenario (self) == NULL)
    return;

  unit = ec_election_get_unit (ec_scenario_get_election (scenario (self)), state);
  if (unit != NULL && ec_unit_get_districts (unit)->len > 0)
    ec_scenario_set_split (scenario (self), state, gtk_switch_get_active (toggle));
}

/* A candidate's dot: the colour, and in the colour-blind palette the
 * pattern of the map over it, made once with the dot. */
typedef struct {
  EcColor          color;
  cairo_pattern_t *pattern;
} Swatch;

static void
swatch_free (gpointer data)
{
  Swatch *swatch = data;

  g_clear_pointer (&swatch->pattern, cairo_pattern_destroy);
  g_free (swatch);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const Swatch *swatch = user_data;

  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1, 0, 2 * G_PI);
  ec_palette_set_source (cr, &swatch->color, 1);
  if (swatch->pattern != NULL)
    {
      cairo_fill_preserve (cr);
      cairo_set_source (cr, swatch->pattern);
    }
  cairo_fill (cr);
}

static GtkWidget *
create_swatch (const EcColor *color,
               EcPattern      pattern)
{
  GtkWidget *widget = gtk_drawing_area_new ();
  Swatch *swatch = g_new0 (Swatch, 1);

  swatch->color = *color;
  /* Tiles of 5 pixels: two or three marks across the dot. */
  swatch->pattern = ec_palette_create_pattern (pattern, color, 5, FALSE);
  gtk_widget_set_size_request (widget, 14, 14);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (widget), draw_swatch, swatch, swatch_free);

  return widget;
}

/* A list's rows are updated in place, row by row, and only the rows that
 * are left over go: a click changes a few words, and new rows would cost a
 * new layout of the whole panel. */
typedef struct
{
  GtkListBox *list;
  GtkWidget  *next;
} RowCursor;

static void
rows_begin (RowCursor  *cursor,
            GtkListBox *list)
{
  cursor->list = list;
  cursor->next = gtk_widget_get_first_child (GTK_WIDGET (list));
}

static GtkWidget *
add_row (RowCursor  *cursor,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = cursor->next;

  if (row != NULL)
    {
      cursor->next = gtk_widget_get_next_sibling (row);
    }
  else
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_append (cursor->list, row);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");

  return row;
}

static void
rows_end (RowCursor *cursor)
{
  while (cursor->next != NULL)
    {
      GtkWidget *row = cursor->next;

      cursor->next = gtk_widget_get_next_sibling (row);
      gtk_list_box_remove (cursor->list, row);
    }
}

/* Gives @row a swatch of @color, or none; a swatch of the same colour
 * stays. */
static void
set_row_swatch (GtkWidget     *row,
                const EcColor *color,
                EcPattern      pattern)
{
  GtkWidget *swatch = g_object_get_data (G_OBJECT (row), "ec-swatch");
  const EcColor *shown = g_object_get_data (G_OBJECT (row), "ec-swatch-color");
  EcPattern shown_pattern = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ec-swatch-pattern"));

  if (swatch != NULL && color != NULL && memcmp (shown, color, sizeof *color) == 0 && shown_pattern == pattern)
    return;

  if (swatch != NULL)
    adw_action_row_remove (ADW_ACTION_ROW (row), swatch);
  swatch = color != NULL ? create_swatch (color, pattern) : NULL;
  if (swatch != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), swatch);

  g_object_set_data (G_OBJECT (row), "ec-swatch", swatch);
  g_object_set_data (G_OBJECT (row), "ec-swatch-pattern", GINT_TO_POINTER (pattern));
  g_object_set_data_full (G_OBJECT (row), "ec-swatch-color",
                          color != NULL ? g_memdup2 (color, sizeof *color) : NULL, g_free);
}

/* Setting a label's text lays it out again, even when the text is the
 * same, and a wrapped label in the panel relays out the whole panel. */
static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

static gboolean
has_two_candidates (GPtrArray *rows)
{
  return rows->len >= 2 && ((EcReportPopularRow *)g_ptr_array_index (rows, 1))->candidate != NULL;
}

static void
update_popular (EcSidePanel *self)
{
  EcTally *tally = ec_report_get_tally (self->report);
  EcScenario *s = scenario (self);
  GPtrArray *rows = ec_report_get_popular_rows (self->report);
  GPtrArray *implied = ec_report_get_implied_rows (self->report);
  const char *lead = ec_report_get_lead_sentence (self->report);
  const char *split = ec_report_get_split_sentence (self->report);
  g_autoptr(GString) summary = g_string_new (NULL);
  RowCursor cursor;

  rows_begin (&cursor, self->popular_list);

  if (!ec_tally_has_popular_vote (tally))
    {
      const char *why = ec_report_get_no_popular_sentence (self->report);

      rows_end (&cursor);
      gtk_widget_set_visible (GTK_WIDGET (self->popular_list), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->implied_label), FALSE);
      set_label (self->popular_summary,
                           why ? why : _("A blank map has no popular vote: nobody has voted. Pick a real election to compare the electoral votes with the votes of the people."));
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->popular_list), TRUE);

  for (guint i = 0; i < rows->len; i++)
    {
      const EcReportPopularRow *row = g_ptr_array_index (rows, i);
      GtkWidget *widget = add_row (&cursor, row->name, row->detail);
      EcColor color;

      /* Everyone else has no colour of their own. */
      if (row->candidate != NULL)
        ec_palette_get_candidate_color_in (self->color_blind ? EC_PALETTE_COLOR_BLIND : EC_PALETTE_STANDARD,
                                           s, row->candidate, &color);
      set_row_swatch (widget, row->candidate != NULL ? &color : NULL,
                      row->candidate != NULL && self->color_blind ?
                      ec_palette_get_candidate_pattern (s, row->candidate) : EC_PATTERN_NONE);
    }
  rows_end (&cursor);

  if (lead != NULL)
    g_string_append (summary, lead);

  if (split != NULL)
    {
      g_string_append (summary, " ");
      g_string_append (summary, split);
      g_string_append (summary, " ");
      g_string_append (summary, _("In real elections the popular-vote winner has lost five times: in 1824, 1876, 1888, 2000 and 2016. In 1824 no one had a majority of electors and the House chose, and the popular-vote total is incomplete, because several states’ legislatures chose their electors."));
    }

  /* Where a student looks for a state's popular vote and would find none. */
  if (ec_report_get_legislature_sentence (self->report) != NULL)
    {
      if (summary->len > 0)
        g_string_append (summary, " ");
      g_string_append (summary, ec_report_get_legislature_sentence (self->report));
    }
  set_label (self->popular_summary, summary->str);

  /* The implied rows follow the real ones, so the first two are the
   * leaders of the real vote, unless only one candidate had votes. */
  if (has_two_candidates (implied))
    {
      const EcReportPopularRow *first = g_ptr_array_index (implied, 0);
      const EcReportPopularRow *second = g_ptr_array_index (implied, 1);
      g_autofree char *text = NULL;
      g_autofree char *share = ec_format_percent (100.0 * ec_tally_get_voters_moved (tally) /
                                                  ec_tally_get_popular_votes_total (tally), 2);

      text = g_strdup_printf (_("For the states you changed to vote this way, at least %s voters (%s of all) "
                                "would have had to switch. The popular vote would then be about %s %s, %s %s."),
                              ec_report_get_voters_moved_text (self->report),
                              share,
                              first->name, first->votes_text, second->name, second->votes_text);
      set_label (self->implied_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->implied_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->implied_label), FALSE);
    }
}

static void
update_faithless (EcSidePanel *self)
{
  EcTally *tally = ec_report_get_tally (self->report);
  EcScenario *s = scenario (self);
  EcElection *election = ec_scenario_get_election (s);
  GPtrArray *electors = ec_report_get_faithless_electors (self->report);
  EcLaws *laws = ec_laws_get_default ();
  EcCandidate *runner_up = NULL;
  guint deny = 0;
  guint elect = 0;
  g_autoptr(GString) thresholds = g_string_new (NULL);
  g_autofree char *laws_subtitle = NULL;
  RowCursor cursor;

  rows_begin (&cursor, self->faithless_list);

  /* One row per elector, so that each name has its own. */
  for (guint i = 0; i < electors->len; i++)
    {
      const EcReportFaithless *line = g_ptr_array_index (electors, i);

      add_row (&cursor, line->text, line->detail);
    }

  /* Electors whose attempts were voided in the real election. */
  if (ec_scenario_get_base (s) == EC_SCENARIO_AS_CAST)
    {
      GPtrArray *records = ec_election_get_faithless (election);

      for (guint i = 0; i < records->len; i++)
        {
          EcFaithlessRecord *record = g_ptr_array_index (records, i);
          g_autofree char *title = NULL;

          if (!record->replaced)
            continue;

          title = g_strdup_printf (_("%s: a vote that did not count"),
                                   ec_unit_get_name (ec_election_get_unit (election, record->unit_id)));
          add_row (&cursor, title, record->note ? record->note : record->elector);
        }
    }
  rows_end (&cursor);

  gtk_widget_set_visible (GTK_WIDGET (self->faithless_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->faithless_list)) != NULL);

  if (ec_tally_get_electors_to_deny (tally, &deny))
    {
      const char *winner = ec_candidate_get_name (ec_tally_get_winner (tally));

      /* Before 1804 electors were not pledged to a ticket: each named two
       * people of their own choice. */
      if (ec_tally_get_rules (tally) == EC_ELECTION_RULES_TWO_VOTES)
        g_string_append_printf (thresholds,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "If %u of the electors who voted for %s had named someone else, %s would fall short of %u and the House would choose.",
                                             "If %u of the electors who voted for %s had named someone else, %s would fall short of %u and the House would choose.",
                                             deny),
                                deny, winner, winner, ec_tally_get_majority (tally));
      else
        g_string_append_printf (thresholds,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "If %u of %s’s electors broke their pledge, %s would fall short of %u and the House would choose.",
                                             "If %u of %s’s electors broke their pledge, %s would fall short of %u and the House would choose.",
                                             deny),
                                deny, winner, winner, ec_tally_get_majority (tally));

      if (ec_tally_get_electors_to_elect_runner_up (tally, &runner_up, &elect))
        {
          g_string_append (thresholds, " ");
          g_string_append_printf (thresholds,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "If %u of them voted for %s instead, %s would win.",
                                               "If %u of them voted for %s instead, %s would win.",
                                               elect),
                                  elect, ec_candidate_get_name (runner_up), ec_candidate_get_name (runner_up));
        }
    }
  else if (ec_tally_get_outcome (tally) == EC_OUTCOME_CONTINGENT)
    {
      g_string_append (thresholds, _("Nobody has a majority, so the House of Representatives would choose the president."));
    }
  else
    {
      g_string_append (thresholds, _("Once every state is decided, this shows how many electors could change the result."));
    }
  set_label (self->thresholds_label, thresholds->str);

  laws_subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Cancel faithless votes in the %u state that voids them and replaces the elector (laws as of %s)",
                                                "Cancel faithless votes in the %u states that void them and replace the elector (laws as of %s)",
                                                ec_laws_count_voiding (laws)),
                                   ec_laws_count_voiding (laws), ec_laws_get_as_of (laws));
  adw_action_row_set_subtitle (self->laws_row, laws_subtitle);

  if (ec_scenario_get_apply_laws (s))
    {
      g_autofree char *text = NULL;
      guint voided = ec_tally_get_voided_by_law (tally);

      EcElection *shown = ec_scenario_get_election (s);
      gboolean at_election = ec_scenario_get_laws_date (s) == EC_LAWS_AT_ELECTION && !ec_election_is_blank (shown);
      int year = ec_election_get_year (shown);
      guint unknown = ec_tally_get_law_unknown (tally);

      if (voided > 0 && at_election)
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The state laws in force in %d cancel %u faithless vote: the state replaces the elector, and the vote goes to the pledged candidate.",
                                             "The state laws in force in %d cancel %u faithless votes: the state replaces the elector, and the vote goes to the pledged candidate.",
                                             voided),
                                year, voided);
      else if (voided > 0)
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "State laws cancel %u faithless vote: the state replaces the elector, and the vote goes to the pledged candidate. These are today’s laws; some were passed after the election shown.",
                                             "State laws cancel %u faithless votes: the state replaces the elector, and the vote goes to the pledged candidate. These are today’s laws; some were passed after the election shown.",
                                             voided),
                                voided);
      else if (at_election)
        text = g_strdup_printf (_("No state law in force in %d cancels the faithless votes here."), year);
      else
        text = g_strdup (_("None of the faithless electors here is in a state that voids such votes."));

      /* Where the data has the law but not its year, it says so. */
      if (unknown > 0)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "For %u faithless vote, the data does not say whether the state’s law was already in force in %d, so it is counted as cast.",
                                                                "For %u faithless votes, the data does not say whether the state’s law was already in force in %d, so they are counted as cast.",
                                                                unknown),
                                                   unknown, year);
          char *both = g_strconcat (text, " ", more, NULL);

          g_free (text);
          text = both;
        }

      set_label (self->laws_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->laws_label), ec_scenario_get_apply_laws (s));
  gtk_widget_set_visible (GTK_WIDGET (self->laws_date_row),
                          ec_scenario_get_apply_laws (s) && !ec_election_is_blank (ec_scenario_get_election (s)));
}

static void
update_switches (EcSidePanel *self)
{
  EcScenario *s = scenario (self);
  EcElection *election = ec_scenario_get_election (s);
  EcUnit *maine_unit = ec_election_get_unit (election, "ME");
  EcUnit *nebraska_unit = ec_election_get_unit (election, "NE");
  gboolean maine = maine_unit != NULL && ec_unit_get_districts (maine_unit)->len > 0;
  gboolean nebraska = nebraska_unit != NULL && ec_unit_get_districts (nebraska_unit)->len > 0;
  g_autoptr(GError) maine_why = NULL;
  g_autoptr(GError) nebraska_why = NULL;

  self->syncing = TRUE;
  gtk_switch_set_active (self->laws_switch, ec_scenario_get_apply_laws (s));
  adw_combo_row_set_selected (self->laws_date_row, ec_scenario_get_laws_date (s) == EC_LAWS_TODAY ? 1 : 0);
  gtk_switch_set_active (self->maine_switch, maine && ec_scenario_get_split (s, "ME"));
  gtk_switch_set_active (self->nebraska_switch, nebraska && ec_scenario_get_split (s, "NE"));
  self->syncing = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->maine_row), maine);
  gtk_widget_set_sensitive (GTK_WIDGET (self->nebraska_row), nebraska);
  /* Before it was a state, or while it was part of another, the row says
   * so in the model's words. */
  if (maine_unit == NULL)
    ec_election_lookup_unit (election, "ME", &maine_why);
  if (nebraska_unit == NULL)
    ec_election_lookup_unit (election, "NE", &nebraska_why);
  adw_action_row_set_subtitle (self->maine_row, maine_why ? maine_why->message : "");
  adw_action_row_set_subtitle (self->nebraska_row,
                               nebraska_why ? nebraska_why->message :
                               nebraska ? "" : _("Nebraska gave all its electoral votes to the statewide winner until 1992"));
}

static void
ec_side_panel_dispose (GObject *object)
{
  EcSidePanel *self = (EcSidePanel *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), EC_TYPE_SIDE_PANEL);
  /* The template's root box has no field of its own to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->report, ec_report_unref);

  G_OBJECT_CLASS (ec_side_panel_parent_class)->dispose (object);
}

static void
ec_side_panel_class_init (EcSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_side_panel_dispose;
  object_class->get_property = ec_side_panel_get_property;
  object_class->set_property = ec_side_panel_set_property;

  /**
   * EcSidePanel:highlights:
   *
   * The ids of the units that the section on screen (how close it was, or
   * the paths to a majority) asks the map to ring, or %NULL.
   */
  properties[PROP_HIGHLIGHTS] =
    g_param_spec_boxed ("highlights", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EcSidePanel:color-blind:
   *
   * Whether the candidates' dots are in the colour-blind palette, with
   * their patterns, as on the map.
   */
  properties[PROP_COLOR_BLIND] =
    g_param_spec_boolean ("color-blind", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/electors/Electors/ec-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, explain_pane);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, closest_section);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, paths_view);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, popular_list);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, popular_summary);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, implied_label);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, faithless_list);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, thresholds_label);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, house_group);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, house_label);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, laws_row);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, laws_switch);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, laws_date_row);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, laws_label);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, maine_row);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, maine_switch);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, nebraska_row);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, nebraska_switch);
  gtk_widget_class_bind_template_child (widget_class, EcSidePanel, systems_pane);
  gtk_widget_class_bind_template_callback (widget_class, laws_switch_cb);
  gtk_widget_class_bind_template_callback (widget_class, laws_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, split_switch_cb);
  gtk_widget_class_bind_template_callback (widget_class, highlights_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_close_states_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_changed_cb);

  gtk_widget_class_install_action (widget_class, "sidepanel.show-topic", "s", show_topic_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sidepanel");

  g_type_ensure (EC_TYPE_EXPLAIN_PANE);
  g_type_ensure (EC_TYPE_SYSTEMS_PANE);
  g_type_ensure (EC_TYPE_CLOSEST_SECTION);
  g_type_ensure (EC_TYPE_PATHS_VIEW);
}

static void
ec_side_panel_init (EcSidePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ec_side_panel_new:
 *
 * Returns: (transfer floating): a new side panel
 */
GtkWidget *
ec_side_panel_new (void)
{
  return g_object_new (EC_TYPE_SIDE_PANEL, NULL);
}

/**
 * ec_side_panel_set_report:
 * @self: a #EcSidePanel
 * @report: the report of the scenario on screen
 *
 * Shows @report; the switches edit the scenario of its tally.
 */
void
ec_side_panel_set_report (EcSidePanel *self,
                          EcReport    *report)
{
  g_return_if_fail (EC_IS_SIDE_PANEL (self));
  g_return_if_fail (report != NULL);

  g_clear_pointer (&self->report, ec_report_unref);
  self->report = ec_report_ref (report);

  update_popular (self);
  update_faithless (self);
  update_switches (self);
  ec_systems_pane_set_report (self->systems_pane, report);
  update_closest (self);
}

/**
 * ec_side_panel_get_explain_pane:
 * @self: a #EcSidePanel
 *
 * Returns: (transfer none): the explanation pane
 */
EcExplainPane *
ec_side_panel_get_explain_pane (EcSidePanel *self)
{
  g_return_val_if_fail (EC_IS_SIDE_PANEL (self), NULL);

  return self->explain_pane;
}

/**
 * ec_side_panel_get_closest_section:
 * @self: a #EcSidePanel
 *
 * Returns: (transfer none): the “How close was it?” section
 */
EcClosestSection *
ec_side_panel_get_closest_section (EcSidePanel *self)
{
  g_return_val_if_fail (EC_IS_SIDE_PANEL (self), NULL);

  return self->closest_section;
}

/**
 * ec_side_panel_get_paths_view:
 * @self: a #EcSidePanel
 *
 * Returns: (transfer none): the paths to a majority
 */
EcPathsView *
ec_side_panel_get_paths_view (EcSidePanel *self)
{
  g_return_val_if_fail (EC_IS_SIDE_PANEL (self), NULL);

  return self->paths_view;
}

/**
 * ec_side_panel_get_highlights:
 * @self: a #EcSidePanel
 *
 * Returns: (transfer none) (nullable): see #EcSidePanel:highlights
 */
const char * const *
ec_side_panel_get_highlights (EcSidePanel *self)
{
  g_return_val_if_fail (EC_IS_SIDE_PANEL (self), NULL);

  if (gtk_widget_get_visible (GTK_WIDGET (self->paths_view)) && ec_paths_view_get_highlights (self->paths_view) != NULL)
    return ec_paths_view_get_highlights (self->paths_view);
  if (gtk_widget_get_visible (GTK_WIDGET (self->closest_section)))
    return ec_closest_section_get_highlights (self->closest_section);

  return NULL;
}

/**
 * ec_side_panel_get_text:
 * @self: a #EcSidePanel
 * @part: "popular", "implied", "thresholds", "laws" or "house"
 *
 * Returns: (transfer none) (nullable): the text of a part of the panel, for
 *   tests and screen readers
 */
const char *
ec_side_panel_get_text (EcSidePanel *self,
                        const char  *part)
{
  g_return_val_if_fail (EC_IS_SIDE_PANEL (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  if (g_str_equal (part, "popular"))
    return gtk_label_get_label (self->popular_summary);
  if (g_str_equal (part, "implied"))
    return gtk_widget_get_visible (GTK_WIDGET (self->implied_label)) ? gtk_label_get_label (self->implied_label) : NULL;
  if (g_str_equal (part, "thresholds"))
    return gtk_label_get_label (self->thresholds_label);
  if (g_str_equal (part, "laws"))
    return gtk_widget_get_visible (GTK_WIDGET (self->laws_label)) ? gtk_label_get_label (self->laws_label) : NULL;
  if (g_str_equal (part, "house"))
    return gtk_widget_get_visible (self->house_group) ? gtk_label_get_label (self->house_label) : NULL;

  return NULL;
}

/**
 * ec_side_panel_set_contingent:
 * @self: a #EcSidePanel
 * @contingent: (nullable): the contingent election, when nobody has a majority
 *
 * Says plainly what the House and the Senate would most likely do.
 */
void
ec_side_panel_set_contingent (EcSidePanel  *self,
                              EcContingent *contingent)
{
  g_autofree char *likely = NULL;

  g_return_if_fail (EC_IS_SIDE_PANEL (self));

  gtk_widget_set_visible (self->house_group, contingent != NULL);
  if (contingent == NULL)
    return;

  likely = ec_contingent_dup_likely_sentence (contingent);
  set_label (self->house_label, likely);
}
