/* ec-report.h
 *
 * Copyright 2026 The Electors authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-tally.h"

G_BEGIN_DECLS

/**
 * EcReportPopularRow:
 * @candidate: (nullable): the candidate, or %NULL for everyone else
 * @name: the candidate's name, or “Everyone else”
 * @votes: the popular votes of the row
 * @share: @votes as a percentage of every vote cast, from 0 to 100
 * @votes_text: @votes with the locale's thousands separator
 * @detail: the votes and their share, e.g. “65,853,503 votes · 48.2%”
 * @label: the row on one line, e.g. “Hillary Clinton: 65,853,503 (48.2%)”
 *
 * One row of the national popular vote.
 */
typedef struct {
  EcCandidate *candidate;
  const char  *name;
  gint64       votes;
  double       share;
  char        *votes_text;
  char        *detail;
  char        *label;
} EcReportPopularRow;

/**
 * EcReportEntryKind:
 * @EC_REPORT_ENTRY_CANDIDATE: a candidate's electoral votes
 * @EC_REPORT_ENTRY_ABSTAINED: the electors who voted for nobody
 * @EC_REPORT_ENTRY_UNDECIDED: the electoral votes of units without a winner
 * @EC_REPORT_ENTRY_OTHERS: electoral votes a proportional split gives to
 *   candidates the sources name only as “other votes”
 *
 * What a share of the electoral votes is.
 */
typedef enum {
  EC_REPORT_ENTRY_CANDIDATE,
  EC_REPORT_ENTRY_ABSTAINED,
  EC_REPORT_ENTRY_UNDECIDED,
  EC_REPORT_ENTRY_OTHERS,
} EcReportEntryKind;

/**
 * EcReportEntry:
 * @kind: a candidate's votes, the abstentions, or the undecided votes
 * @candidate: (nullable): the candidate, for %EC_REPORT_ENTRY_CANDIDATE
 * @name: the candidate's name, or “Abstained” or “Undecided”
 * @electoral_votes: the electoral votes of the entry
 * @shown: whether a legend lists the entry: it has electoral votes
 * @votes_text: @electoral_votes as a number, e.g. “304”
 * @label: the legend's text, e.g. “Donald Trump · 304”
 *
 * A share of the 538 electoral votes: a line of a legend, a segment of a
 * tally bar.
 */
typedef struct {
  EcReportEntryKind  kind;
  EcCandidate       *candidate;
  const char        *name;
  guint              electoral_votes;
  gboolean           shown;
  char              *votes_text;
  char              *label;
} EcReportEntry;

/**
 * EcReportFaithless:
 * @unit: the unit whose electors break their pledge
 * @from: the candidate they were pledged to
 * @to: (nullable): whom they vote for instead, or %NULL when they abstain
 * @count: how many electors
 * @elector: (nullable): the elector's name, when the line is one record
 *   that names one
 * @voided: whether the state's law cancels the votes, when the scenario
 *   applies state laws
 * @text: e.g. “Washington: 3 electors vote for Colin Powell”
 * @full_text: @text, followed by “· cancelled by state law” when @voided
 * @detail: the pledge, the elector and the law, e.g. “Pledged to Hillary
 *   Clinton · Bret Chiafalo”
 *
 * A line about faithless electors.
 */
typedef struct {
  EcUnit      *unit;
  EcCandidate *from;
  EcCandidate *to;
  guint        count;
  char        *elector;
  gboolean     voided;
  char        *text;
  char        *full_text;
  char        *detail;
} EcReportFaithless;

#define EC_TYPE_REPORT (ec_report_get_type ())

typedef struct _EcReport EcReport;

GType                     ec_report_get_type                 (void) G_GNUC_CONST;
EcReport                 *ec_report_new                      (EcTally  *tally);
EcReport                 *ec_report_ref                      (EcReport *self);
void                      ec_report_unref                    (EcReport *self);

EcTally                  *ec_report_get_tally                (EcReport *self);

GPtrArray                *ec_report_get_popular_rows         (EcReport *self);
GPtrArray                *ec_report_get_notable_popular_rows (EcReport *self);
GPtrArray                *ec_report_get_implied_rows         (EcReport *self);
const char               *ec_report_get_voters_moved_text    (EcReport *self);
const char               *ec_report_get_lead_sentence        (EcReport *self);
const char               *ec_report_get_split_sentence       (EcReport *self);
const char               *ec_report_get_no_popular_sentence  (EcReport *self);
const char               *ec_report_get_legislature_sentence (EcReport *self);

GPtrArray                *ec_report_get_legend               (EcReport *self);
GPtrArray                *ec_report_get_bar                  (EcReport *self);
const EcReportEntry      *ec_report_get_left                 (EcReport *self);
const EcReportEntry      *ec_report_get_right                (EcReport *self);
const char               *ec_report_get_majority_text        (EcReport *self);
const char               *ec_report_get_outcome_sentence     (EcReport *self);

GPtrArray                *ec_report_get_faithless_lines      (EcReport *self);
GPtrArray                *ec_report_get_faithless_electors   (EcReport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcReport, ec_report_unref)

G_END_DECLS
