/* ec-report.c
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ec-format.h"
#include "ec-laws.h"
#include "ec-report.h"

/* The report turns a tally into what people read: the rows of the popular
 * vote, the legend, the faithless electors and the sentences about them.
 * The side panel, the tally bar and the exported snapshot all show these,
 * so they are worded, ordered and formatted once, here, and a number on a
 * slide is the number in the window. */

/* Beyond the first two, a short list of the popular vote names candidates
 * from this share of it: Perot in 1992 is named, a write-in is not. */
#define NOTABLE_SHARE 0.05

struct _EcReport
{
  gatomicrefcount  ref_count;

  EcTally         *tally;
  /* (element-type EcReportPopularRow) */
  GPtrArray       *popular_rows;
  GPtrArray       *notable_rows;
  GPtrArray       *implied_rows;
  char            *voters_moved_text;
  char            *lead_sentence;
  char            *split_sentence;
  char            *no_popular_sentence;
  char            *legislature_sentence;
  /* (element-type EcReportEntry): the legend owns the entries, the bar
   * borrows them. */
  GPtrArray       *legend;
  GPtrArray       *bar;
  EcReportEntry   *left;
  EcReportEntry   *right;
  char            *majority_text;
  char            *outcome_sentence;
  /* (element-type EcReportFaithless) */
  GPtrArray       *faithless_lines;
  GPtrArray       *faithless_electors;
};

G_DEFINE_BOXED_TYPE (EcReport, ec_report, ec_report_ref, ec_report_unref)

static void
popular_row_free (EcReportPopularRow *row)
{
  g_free (row->votes_text);
  g_free (row->detail);
  g_free (row->label);
  g_free (row);
}

static void
entry_free (EcReportEntry *entry)
{
  g_free (entry->votes_text);
  g_free (entry->label);
  g_free (entry);
}

static void
faithless_free (EcReportFaithless *line)
{
  g_free (line->elector);
  g_free (line->text);
  g_free (line->full_text);
  g_free (line->detail);
  g_free (line);
}

static EcReportPopularRow *
popular_row_new (EcCandidate *candidate,
                 gint64       votes,
                 gint64       total)
{
  EcReportPopularRow *row = g_new0 (EcReportPopularRow, 1);
  g_autofree char *share = NULL;

  row->candidate = candidate;
  row->name = candidate != NULL ? ec_candidate_get_name (candidate) : _("Everyone else");
  row->votes = votes;
  row->share = total > 0 ? 100.0 * votes / total : 0.0;
  row->votes_text = ec_format_count (votes);
  share = ec_format_percent (row->share, 1);
  /* Translators: popular votes and their share, e.g. “65,853,514 votes · 48.2%” */
  row->detail = g_strdup_printf (_("%s votes · %s"), row->votes_text, share);
  /* Translators: a candidate's popular vote, e.g. “Hillary Clinton: 65,853,514 (48.2%)” */
  row->label = g_strdup_printf (_("%s: %s (%s)"), row->name, row->votes_text, share);

  return row;
}

static int
compare_popular_votes (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  EcTally *tally = user_data;
  gint64 va = ec_tally_get_popular_votes (tally, *(EcCandidate **)a);
  gint64 vb = ec_tally_get_popular_votes (tally, *(EcCandidate **)b);

  return (va < vb) - (va > vb);
}

/* Everyone with popular votes, most first; the sort is stable, so equal
 * votes keep the election's order. */
static GPtrArray *
list_voted_candidates (EcTally *tally)
{
  GPtrArray *candidates = ec_scenario_get_candidates (ec_tally_get_scenario (tally));
  GPtrArray *voted = g_ptr_array_new ();

  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (candidates, i);

      if (ec_tally_get_popular_votes (tally, candidate) > 0)
        g_ptr_array_add (voted, candidate);
    }
  g_ptr_array_sort_with_data (voted, compare_popular_votes, tally);

  return voted;
}

/* Rows for @candidates, with @votes_of each, and a last row for everyone
 * else with the rest of @total, if any is left. */
static GPtrArray *
new_popular_rows (EcTally   *tally,
                  GPtrArray *candidates,
                  gint64   (*votes_of) (EcTally *, EcCandidate *))
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)popular_row_free);
  gint64 total = ec_tally_get_popular_votes_total (tally);
  gint64 named = 0;

  for (guint i = 0; i < candidates->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (candidates, i);
      gint64 votes = votes_of (tally, candidate);

      g_ptr_array_add (rows, popular_row_new (candidate, votes, total));
      named += votes;
    }

  if (total > named)
    g_ptr_array_add (rows, popular_row_new (NULL, total - named, total));

  return rows;
}

/* Where a student looks for a popular vote and finds none, why. */
static void
compose_no_popular (EcReport *self)
{
  EcElection *election = ec_scenario_get_election (ec_tally_get_scenario (self->tally));
  GPtrArray *states = ec_election_get_states (election);
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_names = 0;

  if (ec_election_is_blank (election))
    return;

  for (guint i = 0; i < states->len; i++)
    {
      EcUnit *state = g_ptr_array_index (states, i);

      if (!ec_unit_get_chosen_by_legislature (state))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, ec_unit_get_name (state));
      n_names++;
    }

  if (n_names > 0)
    /* Translators: the first %s is a state or a list of states, such as
     * “Delaware, South Carolina”; the %d a year */
    self->legislature_sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "No popular vote in %s: in %d its legislature chose the electors.",
                                                               "No popular vote in %s: in %d their legislatures chose the electors.",
                                                               n_names),
                                                  names->str, ec_election_get_year (election));

  if (!ec_tally_has_popular_vote (self->tally))
    self->no_popular_sentence = g_strdup_printf (_("The sources give no popular vote for %d: they count it from 1824. "
                                                   "Until then many state legislatures chose the electors themselves."),
                                                 ec_election_get_year (election));
}

static void
compose_popular (EcReport *self)
{
  EcTally *tally = self->tally;
  gint64 total = ec_tally_get_popular_votes_total (tally);
  g_autoptr(GPtrArray) voted = NULL;
  g_autoptr(GPtrArray) notable = g_ptr_array_new ();

  compose_no_popular (self);

  if (!ec_tally_has_popular_vote (tally))
    {
      self->popular_rows = g_ptr_array_new ();
      self->notable_rows = g_ptr_array_new ();
      self->implied_rows = g_ptr_array_new ();
      return;
    }

  voted = list_voted_candidates (tally);

  /* The short list: the first two, and anyone else with a share worth
   * naming, like Perot in 1992. */
  for (guint i = 0; i < voted->len; i++)
    {
      EcCandidate *candidate = g_ptr_array_index (voted, i);

      if (i < 2 || ec_tally_get_popular_votes (tally, candidate) >= total * NOTABLE_SHARE)
        g_ptr_array_add (notable, candidate);
    }

  self->popular_rows = new_popular_rows (tally, voted, ec_tally_get_popular_votes);
  self->notable_rows = new_popular_rows (tally, notable, ec_tally_get_popular_votes);
  if (ec_tally_has_implied_popular_vote (tally))
    self->implied_rows = new_popular_rows (tally, voted, ec_tally_get_implied_popular_votes);
  else
    self->implied_rows = g_ptr_array_new ();
  self->voters_moved_text = ec_format_count (ec_tally_get_voters_moved (tally));

  if (voted->len >= 2)
    {
      const EcReportPopularRow *first = g_ptr_array_index (self->popular_rows, 0);
      const EcReportPopularRow *second = g_ptr_array_index (self->popular_rows, 1);
      gint64 lead = first->votes - second->votes;
      g_autofree char *lead_text = ec_format_count (lead);

      self->lead_sentence = g_strdup_printf (_("%s won the popular vote by %s votes (%.1f points)."),
                                             first->name, lead_text, 100.0 * lead / total);
    }

  if (ec_tally_get_popular_vote_split (tally))
    self->split_sentence = g_strdup_printf (_("%s wins the presidency without winning the popular vote."),
                                            ec_candidate_get_name (ec_tally_get_winner (tally)));
}

static EcReportEntry *
entry_new (EcReportEntryKind  kind,
           EcCandidate       *candidate,
           const char        *name,
           guint              electoral_votes)
{
  EcReportEntry *entry = g_new0 (EcReportEntry, 1);

  entry->kind = kind;
  entry->candidate = candidate;
  entry->name = name;
  entry->electoral_votes = electoral_votes;
  entry->shown = electoral_votes > 0;
  entry->votes_text = g_strdup_printf ("%u", electoral_votes);
  /* Translators: a legend entry, a name and electoral votes, e.g. “Donald Trump · 304” */
  entry->label = g_strdup_printf (_("%s · %u"), name, electoral_votes);

  return entry;
}

static void
compose_electoral (EcReport *self)
{
  EcTally *tally = self->tally;
  EcCandidate *left;
  EcCandidate *right;
  EcReportEntry *abstained;
  EcReportEntry *undecided;
  EcReportEntry *others;

  ec_scenario_get_sides (ec_tally_get_scenario (tally), &left, &right);

  /* Most electoral votes first, as in the tally. */
  self->legend = g_ptr_array_new_with_free_func ((GDestroyNotify)entry_free);
  for (guint i = 0; i < ec_tally_get_n_candidates (tally); i++)
    {
      EcCandidate *candidate = ec_tally_get_candidate (tally, i);
      EcReportEntry *entry = entry_new (EC_REPORT_ENTRY_CANDIDATE, candidate, ec_candidate_get_name (candidate),
                                        ec_tally_get_electoral_votes (tally, candidate));

      if (candidate == left)
        self->left = entry;
      else if (candidate == right)
        self->right = entry;
      g_ptr_array_add (self->legend, entry);
    }

  abstained = entry_new (EC_REPORT_ENTRY_ABSTAINED, NULL, _("Abstained"), ec_tally_get_abstentions (tally));
  undecided = entry_new (EC_REPORT_ENTRY_UNDECIDED, NULL, _("Undecided"), ec_tally_get_undecided (tally));
  g_ptr_array_add (self->legend, abstained);
  g_ptr_array_add (self->legend, undecided);
  /* Only a proportional split gives electors to the “others”, so today's
   * legends and bars stay as they were. */
  others = NULL;
  if (ec_tally_get_other_candidates (tally) > 0)
    {
      others = entry_new (EC_REPORT_ENTRY_OTHERS, NULL, _("Other candidates"), ec_tally_get_other_candidates (tally));
      g_ptr_array_add (self->legend, others);
    }

  /* The bar grows one side from the left and the other from the right, so
   * those two are always there, as are abstentions and undecided votes
   * between them; others only while they have votes. */
  self->bar = g_ptr_array_new ();
  g_ptr_array_add (self->bar, self->left);
  for (guint i = 0; i < ec_tally_get_n_candidates (tally); i++)
    {
      EcReportEntry *entry = g_ptr_array_index (self->legend, i);

      if (entry != self->left && entry != self->right && entry->shown)
        g_ptr_array_add (self->bar, entry);
    }
  g_ptr_array_add (self->bar, abstained);
  if (others != NULL)
    g_ptr_array_add (self->bar, others);
  g_ptr_array_add (self->bar, undecided);
  g_ptr_array_add (self->bar, self->right);

  if (ec_tally_get_rules (tally) == EC_ELECTION_RULES_TWO_VOTES)
    /* Before 1804 a majority of votes means nothing: each elector had two.
     * Translators: the line on the tally bar in 1789–1800 */
    self->majority_text = g_strdup_printf (_("votes from %u of %u electors to win"),
                                           ec_tally_get_majority (tally), ec_tally_get_electors_total (tally));
  else
    self->majority_text = g_strdup_printf (_("%u to win"), ec_tally_get_majority (tally));
  self->outcome_sentence = ec_tally_dup_outcome_sentence (tally);
}

static EcReportFaithless *
faithless_new (EcScenario  *scenario,
               EcFaithless *f)
{
  EcReportFaithless *line = g_new0 (EcReportFaithless, 1);

  line->unit = ec_election_get_unit (ec_scenario_get_election (scenario), f->unit_id);
  line->from = f->from;
  line->to = f->to;
  line->count = f->count;
  /* A copy: the scenario may drop the record while the report is shown. */
  line->elector = g_strdup (f->elector);
  line->voided = ec_scenario_law_voids (scenario, line->unit, NULL);

  return line;
}

static void
word_faithless (EcReportFaithless *line)
{
  const char *unit = ec_unit_get_name (line->unit);
  GString *detail = g_string_new (NULL);

  if (line->to != NULL)
    line->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u elector votes for %s",
                                               "%s: %u electors vote for %s", line->count),
                                  unit, line->count, ec_candidate_get_name (line->to));
  else
    line->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u elector abstains",
                                               "%s: %u electors abstain", line->count),
                                  unit, line->count);

  if (line->voided)
    line->full_text = g_strdup_printf ("%s · %s", line->text, _("cancelled by state law"));
  else
    line->full_text = g_strdup (line->text);

  g_string_append_printf (detail, _("Pledged to %s"), ec_candidate_get_name (line->from));
  if (line->elector != NULL)
    g_string_append_printf (detail, " · %s", line->elector);
  if (line->voided)
    g_string_append_printf (detail, " · %s", _("cancelled by state law"));
  line->detail = g_string_free (detail, FALSE);
}

static void
compose_faithless (EcReport *self)
{
  EcScenario *scenario = ec_tally_get_scenario (self->tally);
  GPtrArray *faithless = ec_scenario_get_faithless (scenario);

  self->faithless_electors = g_ptr_array_new_with_free_func ((GDestroyNotify)faithless_free);
  self->faithless_lines = g_ptr_array_new_with_free_func ((GDestroyNotify)faithless_free);

  for (guint i = 0; i < faithless->len; i++)
    {
      EcFaithless *f = g_ptr_array_index (faithless, i);
      EcReportFaithless *group = NULL;

      g_ptr_array_add (self->faithless_electors, faithless_new (scenario, f));

      /* One line per state and choice: the three Washington electors who
       * voted for Colin Powell in 2016 are one line, not three. */
      for (guint j = 0; j < self->faithless_lines->len && group == NULL; j++)
        {
          EcReportFaithless *other = g_ptr_array_index (self->faithless_lines, j);

          if (g_str_equal (ec_unit_get_id (other->unit), f->unit_id) && other->from == f->from && other->to == f->to)
            group = other;
        }

      if (group != NULL)
        {
          group->count += f->count;
          /* Several electors: no one name stands for the line. */
          g_clear_pointer (&group->elector, g_free);
        }
      else
        {
          g_ptr_array_add (self->faithless_lines, faithless_new (scenario, f));
        }
    }

  /* Worded once the counts are known, for the plural. */
  for (guint i = 0; i < self->faithless_electors->len; i++)
    word_faithless (g_ptr_array_index (self->faithless_electors, i));
  for (guint i = 0; i < self->faithless_lines->len; i++)
    word_faithless (g_ptr_array_index (self->faithless_lines, i));
}

/**
 * ec_report_new:
 * @tally: a #EcTally
 *
 * Words and orders what @tally says for people to read. Like the tally, the
 * report is a snapshot: it does not follow later changes to the scenario.
 *
 * Returns: (transfer full): the report
 */
EcReport *
ec_report_new (EcTally *tally)
{
  EcReport *self;

  g_return_val_if_fail (tally != NULL, NULL);

  self = g_new0 (EcReport, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->tally = ec_tally_ref (tally);

  compose_popular (self);
  compose_electoral (self);
  compose_faithless (self);

  return self;
}

/**
 * ec_report_ref:
 * @self: a #EcReport
 *
 * Returns: (transfer full): @self
 */
EcReport *
ec_report_ref (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ec_report_unref:
 * @self: (transfer full): a #EcReport
 *
 * Drops a reference to @self.
 */
void
ec_report_unref (EcReport *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_pointer (&self->popular_rows, g_ptr_array_unref);
      g_clear_pointer (&self->notable_rows, g_ptr_array_unref);
      g_clear_pointer (&self->implied_rows, g_ptr_array_unref);
      g_clear_pointer (&self->voters_moved_text, g_free);
      g_clear_pointer (&self->lead_sentence, g_free);
      g_clear_pointer (&self->split_sentence, g_free);
      g_clear_pointer (&self->no_popular_sentence, g_free);
      g_clear_pointer (&self->legislature_sentence, g_free);
      g_clear_pointer (&self->bar, g_ptr_array_unref);
      g_clear_pointer (&self->legend, g_ptr_array_unref);
      g_clear_pointer (&self->majority_text, g_free);
      g_clear_pointer (&self->outcome_sentence, g_free);
      g_clear_pointer (&self->faithless_lines, g_ptr_array_unref);
      g_clear_pointer (&self->faithless_electors, g_ptr_array_unref);
      g_clear_pointer (&self->tally, ec_tally_unref);
      g_free (self);
    }
}

/**
 * ec_report_get_tally:
 * @self: a #EcReport
 *
 * Returns: (transfer none): the tally the report words
 */
EcTally *
ec_report_get_tally (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->tally;
}

/**
 * ec_report_get_popular_rows:
 * @self: a #EcReport
 *
 * The national popular vote in full: everyone who received votes, most
 * first, then everyone else (write-ins and unnamed candidates) if any. A
 * blank map has no rows.
 *
 * Returns: (transfer none) (element-type EcReportPopularRow): the rows
 */
GPtrArray *
ec_report_get_popular_rows (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->popular_rows;
}

/**
 * ec_report_get_notable_popular_rows:
 * @self: a #EcReport
 *
 * The popular vote in short, where room is scarce: the two leading
 * candidates and anyone else with at least 5% of the vote, most first, then
 * everyone else.
 *
 * Returns: (transfer none) (element-type EcReportPopularRow): the rows
 */
GPtrArray *
ec_report_get_notable_popular_rows (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->notable_rows;
}

/**
 * ec_report_get_implied_rows:
 * @self: a #EcReport
 *
 * The popular vote the scenario implies (see
 * ec_tally_get_implied_popular_votes()), for the same candidates in the
 * same order as ec_report_get_popular_rows(). Empty unless some unit went to
 * someone other than its real winner.
 *
 * Returns: (transfer none) (element-type EcReportPopularRow): the rows
 */
GPtrArray *
ec_report_get_implied_rows (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->implied_rows;
}

/**
 * ec_report_get_voters_moved_text:
 * @self: a #EcReport
 *
 * Returns: (transfer none) (nullable): how many voters the implied popular
 *   vote moves, formatted, or %NULL on a blank map
 */
const char *
ec_report_get_voters_moved_text (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->voters_moved_text;
}

/**
 * ec_report_get_lead_sentence:
 * @self: a #EcReport
 *
 * Returns: (transfer none) (nullable): who won the popular vote and by how
 *   much, e.g. “Hillary Clinton won the popular vote by 2,868,700 votes
 *   (2.1 points).”, or %NULL with fewer than two candidates
 */
const char *
ec_report_get_lead_sentence (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->lead_sentence;
}

/**
 * ec_report_get_split_sentence:
 * @self: a #EcReport
 *
 * Returns: (transfer none) (nullable): “Donald Trump wins the presidency
 *   without winning the popular vote.”, or %NULL when the electoral winner
 *   won the popular vote too, or nobody has won yet
 */
const char *
ec_report_get_split_sentence (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->split_sentence;
}

/**
 * ec_report_get_no_popular_sentence:
 * @self: a #EcReport
 *
 * Returns: (transfer none) (nullable): why a real election has no popular
 *   vote to show (every one before 1824), or %NULL if it has one or the map
 *   is blank
 */
const char *
ec_report_get_no_popular_sentence (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->no_popular_sentence;
}

/**
 * ec_report_get_legislature_sentence:
 * @self: a #EcReport
 *
 * Returns: (transfer none) (nullable): the states whose legislature chose
 *   the electors, so that they had no popular vote, such as “No popular
 *   vote in South Carolina: in 1860 its legislature chose the electors.”, or %NULL if the sources name none
 */
const char *
ec_report_get_legislature_sentence (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->legislature_sentence;
}

/**
 * ec_report_get_legend:
 * @self: a #EcReport
 *
 * Every candidate, most electoral votes first as in the tally, then the
 * abstentions and the undecided votes. A legend lists only the entries
 * that are @shown.
 *
 * Returns: (transfer none) (element-type EcReportEntry): the entries
 */
GPtrArray *
ec_report_get_legend (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->legend;
}

/**
 * ec_report_get_bar:
 * @self: a #EcReport
 *
 * The segments of a tally bar from left to right: the left side, the other
 * candidates with electoral votes, the abstentions, the undecided votes and
 * the right side. The sides, abstentions and undecided votes are there even
 * without votes, so that a bar can let them grow from nothing.
 *
 * Returns: (transfer none) (element-type EcReportEntry): the entries, the
 *   same as in ec_report_get_legend()
 */
GPtrArray *
ec_report_get_bar (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->bar;
}

/**
 * ec_report_get_left:
 * @self: a #EcReport
 *
 * Returns: (transfer none): the entry of the candidate on the left of the
 *   race to 270 (see ec_scenario_get_sides())
 */
const EcReportEntry *
ec_report_get_left (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->left;
}

/**
 * ec_report_get_right:
 * @self: a #EcReport
 *
 * Returns: (transfer none): the entry of the candidate on the right of the
 *   race to 270
 */
const EcReportEntry *
ec_report_get_right (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->right;
}

/**
 * ec_report_get_majority_text:
 * @self: a #EcReport
 *
 * Returns: (transfer none): the electoral votes needed, e.g. “270 to win”
 */
const char *
ec_report_get_majority_text (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->majority_text;
}

/**
 * ec_report_get_outcome_sentence:
 * @self: a #EcReport
 *
 * Returns: (transfer none): who won, or why nobody has yet, as
 *   ec_tally_dup_outcome_sentence() says it
 */
const char *
ec_report_get_outcome_sentence (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->outcome_sentence;
}

/**
 * ec_report_get_faithless_lines:
 * @self: a #EcReport
 *
 * The faithless electors, one line per state, pledge and choice, in the
 * order the scenario first names them.
 *
 * Returns: (transfer none) (element-type EcReportFaithless): the lines
 */
GPtrArray *
ec_report_get_faithless_lines (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->faithless_lines;
}

/**
 * ec_report_get_faithless_electors:
 * @self: a #EcReport
 *
 * The faithless electors as the scenario records them: one line per
 * record, so that each named elector has a line of their own.
 *
 * Returns: (transfer none) (element-type EcReportFaithless): the lines
 */
GPtrArray *
ec_report_get_faithless_electors (EcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->faithless_electors;
}
