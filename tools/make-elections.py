#!/usr/bin/env python3
"""Build the per-election data files data/elections/<year>.json (1976-2024).

Electors ships one JSON file per presidential election.  This script derives
them from the raw tables kept in a separate, shared data folder (it is not
part of the repository; the generated JSON is what gets committed).  Every
raw file used, with its provenance and licence, is described in
data/SOURCES.md.  In short:

  mit_1976-2020-president.csv      MIT Election Data + Science Lab, state x
                                   candidate votes 1976-2020
  medsl_2024-president-state.csv   MEDSL, state x candidate votes 2024
  derived_2024-president-state-summary.csv
                                   per-state 2024 summary (cross-check only)
  electoral_votes_by_apportionment.csv
                                   electoral votes and census per state/period
  derived_electoral_votes_cast_by_state_1976-2024.csv
                                   electoral votes cast per state (cross-check)
  faithless_electors_1976-2024.csv faithless, abstaining and replaced electors
  me_ne_district_votes.csv         Maine / Nebraska votes by congressional
                                   district
  me_ne_district_electors.csv      Maine / Nebraska district winners

A handful of known defects in the MIT file are repaired by small tables
below (CORRECTIONS, DROPPED_ROWS, NON_VOTE_ROWS, SPLITS); each entry states
its evidence, and the script checks the raw value it expects before touching
anything.  The national results used by the cross-checks are read from
tests/official-results.json.

Regenerate everything with one command from the repository root:

    python3 tools/make-elections.py

which is the same as

    python3 tools/make-elections.py --shared ../shared/data --out data/elections

The script only uses the Python 3 standard library.  It asserts its
cross-checks and exits with status 1 and a message if any of them fails.
"""

import argparse
import collections
import csv
import json
import os
import re
import sys
import unicodedata

YEARS = list(range(1976, 2025, 4))
ABSTAIN = "(abstention)"          # label used by the derived EV file

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class CheckFailed(Exception):
    """A cross-check or an assumption about the raw data did not hold."""


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


# ---------------------------------------------------------------------------
# Hand-maintained tables
# ---------------------------------------------------------------------------

# Ballot candidates tracked each year: everyone who won pledged electors plus
# every candidate with at least 1% of the national popular vote (checked
# below).  Fields: display name, party, vice-presidential running mate, and
# the spelling(s) used for the candidate in the MIT / MEDSL vote files
# (compared after removing quote marks and extra spaces).  Running mates are
# the tickets' nominees for vice president (standard historical record);
# where the faithless-elector file names a pledged vice president the two are
# compared.
TICKETS = {
    1976: [
        ("Jimmy Carter", "Democratic", "Walter Mondale", ["CARTER, JIMMY"]),
        ("Gerald Ford", "Republican", "Bob Dole", ["FORD, GERALD"]),
    ],
    1980: [
        ("Ronald Reagan", "Republican", "George H. W. Bush", ["REAGAN, RONALD"]),
        ("Jimmy Carter", "Democratic", "Walter Mondale", ["CARTER, JIMMY"]),
        ("John Anderson", "Independent", "Patrick Lucey", ["ANDERSON, JOHN B."]),
        ("Ed Clark", "Libertarian", "David Koch", ["CLARK, EDWARD ED"]),
    ],
    1984: [
        ("Ronald Reagan", "Republican", "George H. W. Bush", ["REAGAN, RONALD"]),
        ("Walter Mondale", "Democratic", "Geraldine Ferraro", ["MONDALE, WALTER"]),
    ],
    1988: [
        ("George H. W. Bush", "Republican", "Dan Quayle", ["BUSH, GEORGE H.W."]),
        ("Michael Dukakis", "Democratic", "Lloyd Bentsen", ["DUKAKIS, MICHAEL"]),
    ],
    1992: [
        ("Bill Clinton", "Democratic", "Al Gore", ["CLINTON, BILL"]),
        ("George H. W. Bush", "Republican", "Dan Quayle", ["BUSH, GEORGE H.W."]),
        ("Ross Perot", "Independent", "James Stockdale", ["PEROT, ROSS"]),
    ],
    1996: [
        ("Bill Clinton", "Democratic", "Al Gore", ["CLINTON, BILL"]),
        ("Bob Dole", "Republican", "Jack Kemp", ["DOLE, ROBERT"]),
        ("Ross Perot", "Reform", "Pat Choate", ["PEROT, ROSS"]),
    ],
    2000: [
        ("George W. Bush", "Republican", "Dick Cheney", ["BUSH, GEORGE W."]),
        ("Al Gore", "Democratic", "Joe Lieberman", ["GORE, AL"]),
        ("Ralph Nader", "Green", "Winona LaDuke", ["NADER, RALPH"]),
    ],
    2004: [
        ("George W. Bush", "Republican", "Dick Cheney", ["BUSH, GEORGE W."]),
        ("John Kerry", "Democratic", "John Edwards", ["KERRY, JOHN"]),
    ],
    2008: [
        ("Barack Obama", "Democratic", "Joe Biden", ["OBAMA, BARACK H."]),
        ("John McCain", "Republican", "Sarah Palin", ["MCCAIN, JOHN"]),
    ],
    2012: [
        ("Barack Obama", "Democratic", "Joe Biden", ["OBAMA, BARACK H."]),
        # "MITT, ROMNEY" is a name-order typo in the MIT file (Washington).
        ("Mitt Romney", "Republican", "Paul Ryan", ["ROMNEY, MITT", "MITT, ROMNEY"]),
    ],
    2016: [
        ("Donald Trump", "Republican", "Mike Pence", ["TRUMP, DONALD J."]),
        ("Hillary Clinton", "Democratic", "Tim Kaine", ["CLINTON, HILLARY"]),
        ("Gary Johnson", "Libertarian", "Bill Weld", ["JOHNSON, GARY"]),
        ("Jill Stein", "Green", "Ajamu Baraka", ["STEIN, JILL"]),
    ],
    2020: [
        ("Joe Biden", "Democratic", "Kamala Harris", ["BIDEN, JOSEPH R. JR"]),
        ("Donald Trump", "Republican", "Mike Pence", ["TRUMP, DONALD J."]),
        ("Jo Jorgensen", "Libertarian", "Spike Cohen", ["JORGENSEN, JO"]),
    ],
    2024: [
        ("Donald Trump", "Republican", "JD Vance", ["TRUMP, DONALD J."]),
        ("Kamala Harris", "Democratic", "Tim Walz", ["HARRIS, KAMALA D."]),
    ],
}

# Rows of the vote files that are not votes for anyone (blank, spoiled, over-
# and under-votes).
NON_VOTE_NAMES = {
    "BLANK VOTE", "BLANK VOTES", "BLANK VOTE/VOID VOTE/SCATTERING",
    "OVER VOTE", "OVERVOTES", "UNDERVOTES", "VOID", "VOID VOTE", "SPOILED",
}
# The MIT file uses the label "BLANK VOTE/SCATTERING" for two different things.
# In New York and Massachusetts it is the state's blank (and void) ballot line,
# which the official candidate totals leave out; elsewhere (IA and WI 1992,
# ME, PA and WI 2004) it is scattered write-ins, which the official totals
# include.  So it is a non-vote only in these two states.
BLANK_OR_SCATTERING = "BLANK VOTE/SCATTERING"
BLANK_OR_SCATTERING_STATES = {"NY", "MA"}

# Isolated data-entry errors in the MIT file.  Key: (year, state, candidate
# as spelled in the file).  Value: (value in the file, corrected value,
# official state total after the correction, evidence).  In every case the
# corrected figure is the published official one and, once corrected, the
# state's candidate votes add up exactly to the official state total.
CORRECTIONS = {
    (1984, "WA", "MONDALE, WALTER"): (
        798352, 807352, 1883910,
        "9,000 short (digit slip); 807,352 per the Washington canvass "
        "(HistoryLink essay 5595) and Wikipedia's results-by-state table"),
    (1992, "SC", "CLINTON, BILL"): (
        525514, 479514, 1202527,
        "exactly 46,000 too many; Wikipedia's results table gives 479,514"),
    (1992, "SC", "PEROT, ROSS"): (
        119257, 138872, 1202527,
        "Wikipedia's results table gives 138,872; with both South Carolina "
        "fixes the state adds up to the official 1,202,527"),
    (2004, "MS", "BUSH, GEORGE W."): (
        672660, 684981, 1152145,
        "12,321 short while the other Mississippi rows are within a few "
        "hundred votes of the canvass; 684,981 per Wikipedia's state page"),
    (2012, "WI", "ROMNEY, MITT"): (
        1410966, 1407966, 3068434,
        "exactly 3,000 too many; Wisconsin canvass 1,407,966"),
    (2020, "CO", "CARROLL, BRIAN"): (
        25515, 2515, 3256980,
        "exactly 23,000 too many; with 2,515 Colorado adds up to the "
        "official 3,256,980"),
}

# Rows to ignore.  Key: (year, state, candidate, party, write-in flag).
# Value: (votes expected in the file, reason).
DROPPED_ROWS = {
    (2000, "IA", "", "INDEPENDENT", "FALSE"): (
        37459,
        "copy of the Kansas row of the same size; Iowa's official total "
        "(1,315,563) and its named minor candidates add up without it"),
}

# Rows labelled as candidates that are really blank/void ballots.
NON_VOTE_ROWS = {
    (1976, "NY", "OTHER"): (
        143037,
        "New York's blank/void/scattering line; the state's official "
        "candidate total (6,525,225) is the file's total minus this row"),
}

# Some MIT rows have no candidate name and lump several candidates together,
# among them a tracked one.  The tracked candidate's official state figure is
# taken out of the lump; the rest stays in other_votes.
# Key: (year, state, candidate, party, write-in flag) of the lump row.
# Value: list of (display name, votes, evidence).
SPLITS = {
    # Ross Perot 1996: state figures from Wikipedia's 1996 results-by-state
    # table (its national Perot total equals the FEC's 8,085,402); AL also
    # countingthevotes.com, MS also the Wikipedia Mississippi page.
    (1996, "AL", "", "INDEPENDENT", "FALSE"): [("Ross Perot", 92149, "Wikipedia 1996 table")],
    (1996, "MS", "", "INDEPENDENT", "FALSE"): [("Ross Perot", 52222, "Wikipedia 1996 table")],
    (1996, "NJ", "", "INDEPENDENT", "FALSE"): [("Ross Perot", 262134, "Wikipedia 1996 table")],
    (1996, "SD", "", "INDEPENDENT", "FALSE"): [("Ross Perot", 31250, "Wikipedia 1996 table")],
    (1996, "TN", "", "INDEPENDENT", "FALSE"): [("Ross Perot", 105918, "Wikipedia 1996 table")],
    # Ralph Nader 2000: state table of Infoplease/Fact Monster ("Presidential
    # Election of 2000, Electoral and Popular Vote Summary"), and the state
    # pages for ND (Wikipedia), OH (Wikipedia, Ohio Secretary of State) and TN
    # (The Green Papers, Tennessee Secretary of State).
    (2000, "AL", "", "INDEPENDENT", "FALSE"): [("Ralph Nader", 18323, "Infoplease 2000 table")],
    (2000, "IN", "", "", "TRUE"): [("Ralph Nader", 18531, "Infoplease 2000 table (write-ins)")],
    (2000, "KS", "", "INDEPENDENT", "FALSE"): [("Ralph Nader", 36086, "Infoplease 2000 table")],
    (2000, "MS", "", "INDEPENDENT", "FALSE"): [("Ralph Nader", 8122, "Infoplease 2000 table")],
    (2000, "NJ", "", "INDEPENDENT", "FALSE"): [("Ralph Nader", 94554, "Infoplease 2000 table")],
    (2000, "ND", "", "INDEPENDENT", "FALSE"): [("Ralph Nader", 9486, "North Dakota canvass")],
    (2000, "OH", "NOT DESIGNATED", "", "FALSE"): [("Ralph Nader", 117857, "Ohio canvass")],
    (2000, "TN", "", "INDEPENDENT", "FALSE"): [("Ralph Nader", 19781, "Tennessee canvass")],
    # Gary Johnson and Jill Stein 2016 (both listed as independents in
    # Tennessee, Johnson without a party label in Ohio).  TN: The Green Papers
    # from the Tennessee Secretary of State.  OH: the row holds the only two
    # non-party candidates on the Ohio ballot, Johnson and Richard Duncan; the
    # Ohio canvass figures (Johnson 174,498, Duncan 24,235) add up to the row
    # exactly, but the Johnson figure was not re-read from a retrieved page.
    # IN: the unnamed write-in row on the Green line is Stein's write-in vote.
    (2016, "TN", "", "INDEPENDENT", "FALSE"): [
        ("Gary Johnson", 70397, "Tennessee canvass"),
        ("Jill Stein", 15993, "Tennessee canvass")],
    (2016, "OH", "", "NO PARTY AFFILIATION", "FALSE"): [
        ("Gary Johnson", 174498, "Ohio canvass")],
    (2016, "IN", "", "GREEN", "TRUE"): [("Jill Stein", 7841, "Green-line write-in row")],
}

# Short notes for the faithless-elector entries, keyed by (year, state,
# presidential vote as written in the faithless file).
FAITHLESS_NOTES = {
    (1976, "WA", "Ronald Reagan"):
        "Pledged to Ford but voted for Reagan for president; his vice-presidential vote still went to Dole.",
    (1988, "WV", "Lloyd Bentsen"):
        "Reversed the Democratic ticket, voting Bentsen for president and Dukakis for vice president.",
    (2000, "DC", "(blank - abstained)"):
        "Cast no vote for either office, protesting the District's lack of voting representation in Congress.",
    (2004, "MN", "John Edwards (written 'John Ewards')"):
        "An unidentified Minnesota elector wrote Edwards (misspelt) for president, apparently by mistake; the ballot was secret.",
    (2016, "TX", "John Kasich"):
        "Voted for Kasich for president and Carly Fiorina for vice president instead of the Republican ticket.",
    (2016, "TX", "Ron Paul"):
        "Voted for Ron Paul for president while keeping his vice-presidential vote for Pence.",
    (2016, "WA", "Colin Powell"):
        "One of three Washington Clinton electors who voted for Colin Powell; each was fined $1,000, a penalty the Supreme Court upheld in Chiafalo v. Washington (2020).",
    (2016, "WA", "Faith Spotted Eagle"):
        "Voted for Faith Spotted Eagle for president and Winona LaDuke for vice president.",
    (2016, "HI", "Bernie Sanders"):
        "Voted for Bernie Sanders for president and Elizabeth Warren for vice president.",
    (2016, "CO", "John Kasich (attempted)"):
        "His vote for Kasich was not accepted; he was replaced by an alternate who voted for Clinton.",
    (2016, "MN", "Bernie Sanders (attempted)"):
        "His votes for Sanders and Tulsi Gabbard were not accepted; an alternate cast Minnesota's vote for Clinton.",
    (2016, "ME", "Bernie Sanders (attempted)"):
        "His first ballot, for Sanders, was ruled out of order; he then voted for Clinton.",
}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def slug(name):
    """Lower-case ASCII id: 'George H. W. Bush' -> 'george-h-w-bush'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def norm_name(raw):
    """Vote-file candidate name without quote marks and extra spaces."""
    return " ".join(raw.replace('"', " ").split()).upper()


def read_csv(path):
    check(os.path.exists(path), "missing input file %s" % path)
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def pct(part, whole):
    return 100.0 * part / whole if whole else 0.0


# ---------------------------------------------------------------------------
# Loading the raw tables
# ---------------------------------------------------------------------------

def load_apportionment(shared):
    """{year: {state: (name, electoral_votes)}}, {year: census}."""
    states, census = {}, {}
    for row in read_csv(os.path.join(shared, "electoral_votes_by_apportionment.csv")):
        for year_text in row["elections"].split(";"):
            year = int(year_text)
            if year not in YEARS:
                continue
            states.setdefault(year, {})[row["state_po"]] = (row["state"], int(row["electoral_votes"]))
            check(census.setdefault(year, int(row["census"])) == int(row["census"]),
                  "%d: more than one census in the apportionment table" % year)
    for year in YEARS:
        check(year in states, "%d: no apportionment period" % year)
        check(len(states[year]) == 51, "%d: %d apportionment units, expected 51" % (year, len(states[year])))
        total = sum(ev for _, ev in states[year].values())
        check(total == 538, "%d: apportionment sums to %d, not 538" % (year, total))
    return states, census


def vote_rows(shared):
    """Yield (year, state, name, party, writein, votes) from both vote files."""
    for row in read_csv(os.path.join(shared, "mit_1976-2020-president.csv")):
        check(row["office"] == "US PRESIDENT", "unexpected office %r" % row["office"])
        yield (int(row["year"]), row["state_po"], norm_name(row["candidate"]),
               row["party_detailed"].strip(), row["writein"], int(row["candidatevotes"]))
    for row in read_csv(os.path.join(shared, "medsl_2024-president-state.csv")):
        check(row["office"] == "US PRESIDENT" and row["stage"] == "GEN" and row["special"] == "FALSE",
              "unexpected 2024 row %r" % row)
        yield (int(row["year"]), row["state_po"], norm_name(row["candidate"]),
               row["party_detailed"].strip(), row["writein"], int(row["votes"]))


def tally_popular_votes(shared, tickets):
    """Per year and state: votes per tracked candidate, other votes, the largest
    single untracked row, and the national per-name totals used for the 1% rule.
    """
    used = {"corrections": set(), "dropped": set(), "nonvote": set(), "splits": set()}
    rows_by_unit = collections.defaultdict(list)
    for year, state, name, party, writein, votes in vote_rows(shared):
        if year in YEARS:
            rows_by_unit[(year, state)].append((name, party, writein, votes))

    result = {}
    name_totals = {year: collections.Counter() for year in YEARS}
    for (year, state), rows in sorted(rows_by_unit.items()):
        by_spelling = {}
        for display, _, _, spellings in tickets[year]:
            for spelling in spellings:
                by_spelling[spelling] = display
        # Candidates with a regular ballot line in this state: their separate
        # write-in lines (2016 Maryland) are not added to them.
        on_ballot = {by_spelling[n] for n, _, w, _ in rows if n in by_spelling and w == "FALSE"}

        votes_for = collections.Counter()
        other = 0
        biggest_untracked = 0
        for name, party, writein, votes in rows:
            key = (year, state, name)
            if key in CORRECTIONS:
                raw, fixed, _, _ = CORRECTIONS[key]
                check(votes == raw, "%d %s %s: expected %d in the raw file, found %d"
                      % (year, state, name, raw, votes))
                votes = fixed
                used["corrections"].add(key)
            row_key = (year, state, name, party, writein)
            if row_key in DROPPED_ROWS:
                check(votes == DROPPED_ROWS[row_key][0], "%r: unexpected vote count %d" % (row_key, votes))
                used["dropped"].add(row_key)
                continue
            if key in NON_VOTE_ROWS:
                check(votes == NON_VOTE_ROWS[key][0], "%r: unexpected vote count %d" % (key, votes))
                used["nonvote"].add(key)
                continue
            if name in NON_VOTE_NAMES or (name == BLANK_OR_SCATTERING and state in BLANK_OR_SCATTERING_STATES):
                continue
            if row_key in SPLITS:
                check(row_key not in used["splits"], "%r: more than one row matches a split" % (row_key,))
                for display, part, _ in SPLITS[row_key]:
                    check(part <= votes, "%r: split %d larger than the row (%d)" % (row_key, part, votes))
                    votes -= part
                    votes_for[display] += part
                    name_totals[year][display] += part
                used["splits"].add(row_key)
            display = by_spelling.get(name)
            if display is not None and not (writein != "FALSE" and display in on_ballot):
                votes_for[display] += votes
                name_totals[year][display] += votes
            else:
                other += votes
                if name and name not in ("OTHER", "OTHERS", "SCATTERING", "WRITE-IN", BLANK_OR_SCATTERING,
                                         "NONE OF THESE CANDIDATES", "NONE OF THE ABOVE",
                                         "NOT DESIGNATED"):
                    name_totals[year]["untracked:" + name] += votes
                    biggest_untracked = max(biggest_untracked, votes)
        result[(year, state)] = (votes_for, other, biggest_untracked)

    for table, key in ((CORRECTIONS, "corrections"), (DROPPED_ROWS, "dropped"),
                       (NON_VOTE_ROWS, "nonvote"), (SPLITS, "splits")):
        missing = set(table) - used[key]
        check(not missing, "%s entries not found in the raw data: %r" % (key, sorted(missing)))

    # After a correction, the state's candidate votes must equal the official
    # state total recorded with it.
    for (year, state, name), (_, _, official_total, _) in sorted(CORRECTIONS.items()):
        votes_for, other, _ = result[(year, state)]
        total = sum(votes_for.values()) + other
        check(total == official_total, "%d %s: corrected total %d != official %d"
              % (year, state, total, official_total))
    return result, name_totals


def load_districts(shared):
    votes = {}
    for row in read_csv(os.path.join(shared, "me_ne_district_votes.csv")):
        votes[(int(row["year"]), row["state_po"], row["district"])] = row
    winners = {}
    for row in read_csv(os.path.join(shared, "me_ne_district_electors.csv")):
        winners[(int(row["year"]), row["state_po"], row["unit"])] = row
    return votes, winners


def uses_district_method(state, year):
    return (state == "ME" and year >= 1972) or (state == "NE" and year >= 1992)


# ---------------------------------------------------------------------------
# Building one election
# ---------------------------------------------------------------------------

def faithless_entries(shared, year):
    """Faithless entries for one year, plus the counted recipients by name."""
    entries, recipients = [], []
    for row in read_csv(os.path.join(shared, "faithless_electors_1976-2024.csv")):
        if int(row["year"]) != year:
            continue
        cast = row["cast_president"]
        abstained = cast.startswith("(blank")
        attempted = cast.endswith("(attempted)")
        person = None if abstained else re.sub(r"\s*\(.*\)$", "", cast).strip()
        counted = row["counted"] == "TRUE"
        replaced = not counted and not abstained
        if replaced:
            check(attempted, "%d %s: uncounted vote %r not marked as attempted" % (year, row["state_po"], cast))
        else:
            check(not attempted, "%d %s: counted vote %r marked as attempted" % (year, row["state_po"], cast))
        if counted and person:
            recipients.append(person)
        elector = row["elector_name"]
        note_key = (year, row["state_po"], cast)
        check(note_key in FAITHLESS_NOTES, "no note written for faithless entry %r" % (note_key,))
        entries.append({
            "unit": row["state_po"],
            "elector": None if elector.startswith("(unknown") else elector,
            "pledged": row["pledged_president"],
            "pledged_vp": row["pledged_vice_president"],
            "voted_for": person,
            "replaced": replaced,
            "note": FAITHLESS_NOTES[note_key],
        })
    return entries, recipients


def build_year(year, ctx):
    shared = ctx["shared"]
    tickets = TICKETS[year]
    app_states = ctx["apportionment"][year]
    popular = ctx["popular"]

    # Faithless electors and faithless-only recipients.
    faithless, recipients = faithless_entries(shared, year)
    ballot_names = [t[0] for t in tickets]
    faithless_only = sorted({p for p in recipients if p not in ballot_names})
    all_names = ballot_names + faithless_only
    ids = {name: slug(name) for name in all_names}
    check(len(set(ids.values())) == len(ids), "%d: duplicate candidate ids" % year)
    for entry in faithless:
        check(entry["pledged"] in ids, "%d: pledged %r not a tracked candidate" % (year, entry["pledged"]))
        if entry["voted_for"] is not None:
            check(entry["voted_for"] in ids, "%d: faithless vote for untracked %r" % (year, entry["voted_for"]))
        mate = {t[0]: t[2] for t in tickets}[entry["pledged"]]
        check(entry["pledged_vp"] == mate, "%d: running mate of %s is %r in the faithless file, %r here"
              % (year, entry["pledged"], entry["pledged_vp"], mate))

    # States.
    states_out = []
    national = collections.Counter()
    national_other = 0
    pledged_by_state = {}
    district_votes, district_winners = ctx["district_votes"], ctx["district_winners"]
    for state in sorted(app_states):
        name, ev = app_states[state]
        check((year, state) in popular, "%d %s: no popular votes" % (year, state))
        votes_for, other, biggest_untracked = popular[(year, state)]
        for person in faithless_only:
            check(votes_for.get(person, 0) == 0, "%d %s: faithless-only %s has popular votes" % (year, state, person))
        ranked = sorted(votes_for.items(), key=lambda kv: (-kv[1], kv[0]))
        check(len(ranked) >= 2 and ranked[0][1] > ranked[1][1], "%d %s: no clear plurality" % (year, state))
        check(ranked[0][1] > biggest_untracked, "%d %s: an untracked candidate beats the winner" % (year, state))
        winner = ranked[0][0]
        for person, count in votes_for.items():
            national[person] += count
        national_other += other

        entry = {
            "id": state,
            "name": name,
            "electoral_votes": ev,
            "popular_votes": {ids[p]: votes_for[p] for p in sorted(votes_for, key=lambda p: ids[p]) if votes_for[p] > 0},
            "other_votes": other,
            "winner": ids[winner],
        }
        pledged = collections.Counter()
        if uses_district_method(state, year):
            at_large = district_winners[(year, state, "AT-LARGE")]
            check(at_large["winner"] == winner, "%d %s: at-large winner %r, statewide plurality %r"
                  % (year, state, at_large["winner"], winner))
            at_large_ev = int(at_large["electoral_votes"])
            pledged[winner] += at_large_ev
            districts = []
            number = 1
            while (year, state, "CD%d" % number) in district_winners:
                unit = "CD%d" % number
                won_by = district_winners[(year, state, unit)]["winner"]
                check(won_by in ids, "%d %s-%d: district winner %r not tracked" % (year, state, number, won_by))
                d_ev = int(district_winners[(year, state, unit)]["electoral_votes"])
                district = {
                    "id": "%s-%d" % (state, number),
                    "name": "%s's %s congressional district" % (name, ordinal(number)),
                    "electoral_votes": d_ev,
                }
                row = district_votes.get((year, state, unit))
                if row is not None:
                    pair = {row["dem_candidate"]: int(row["dem_votes"]), row["rep_candidate"]: int(row["rep_votes"])}
                    for person in pair:
                        check(person in ballot_names, "%d %s: district candidate %r not tracked" % (year, unit, person))
                    district["popular_votes"] = {ids[p]: pair[p] for p in sorted(pair, key=lambda p: ids[p])}
                    if row["other_votes"].strip():
                        district["other_votes"] = int(row["other_votes"])
                        check(int(row["total_votes"]) == sum(pair.values()) + district["other_votes"],
                              "%d %s-%d: district total does not add up" % (year, state, number))
                    top = max(pair, key=pair.get)
                    check(pair[top] > min(pair.values()), "%d %s-%d: tied district" % (year, state, number))
                    check(top == won_by, "%d %s-%d: votes give %r, electors file %r" % (year, state, number, top, won_by))
                    # Even all other candidates together trail the winner, so
                    # no untracked or third-party candidate can have won.
                    check(pair[top] > district.get("other_votes", 0),
                          "%d %s-%d: other votes exceed the leading candidate" % (year, state, number))
                district["winner"] = ids[won_by]
                districts.append(district)
                pledged[won_by] += d_ev
                number += 1
            check(at_large_ev + sum(d["electoral_votes"] for d in districts) == ev,
                  "%d %s: district electoral votes do not add up" % (year, state))
            entry["district_method"] = True
            entry["at_large_electoral_votes"] = at_large_ev
            entry["districts"] = districts
        else:
            pledged[winner] += ev
        pledged_by_state[state] = pledged
        states_out.append(entry)

    # Candidates, ordered by national popular vote then faithless-only by name.
    ordered = sorted(ballot_names, key=lambda p: (-national[p], p)) + faithless_only
    candidates = []
    for person in ordered:
        ticket = next((t for t in tickets if t[0] == person), None)
        candidates.append({
            "id": ids[person],
            "name": person,
            "party": ticket[1] if ticket else None,
            "running_mate": ticket[2] if ticket else None,
        })

    faithless_out = []
    for entry in sorted(faithless, key=lambda e: (e["unit"], e["elector"] or "")):
        faithless_out.append({
            "unit": entry["unit"],
            "elector": entry["elector"],
            "pledged": ids[entry["pledged"]],
            "voted_for": ids[entry["voted_for"]] if entry["voted_for"] else None,
            "replaced": entry["replaced"],
            "note": entry["note"],
        })

    doc = {
        "format": 1,
        "year": year,
        "census": ctx["census"][year],
        "candidates": candidates,
        "states": states_out,
        "faithless": faithless_out,
    }
    info = {
        "national": national, "national_other": national_other,
        "pledged_by_state": pledged_by_state, "faithless": faithless,
        "ids": ids, "ballot_names": ballot_names,
    }
    return doc, info


def ordinal(n):
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, "%dth" % n)


# ---------------------------------------------------------------------------
# Cross-checks
# ---------------------------------------------------------------------------

def check_year(year, doc, info, ctx, official):
    lines = []
    ref = official[str(year)]

    # 1. Electoral votes per state and in total.
    evs = {s["id"]: s["electoral_votes"] for s in doc["states"]}
    check(len(evs) == 51, "%d: %d units" % (year, len(evs)))
    check(sum(evs.values()) == 538, "%d: electoral votes sum to %d" % (year, sum(evs.values())))
    for state, (_, ev) in ctx["apportionment"][year].items():
        check(evs[state] == ev, "%d %s: electoral votes %d != apportionment %d" % (year, state, evs[state], ev))

    # 2. Tally as pledged and as cast, nationally and per state.
    pledged_nat = collections.Counter()
    cast_by_state = {}
    for state, pledged in info["pledged_by_state"].items():
        pledged_nat.update(pledged)
        cast_by_state[state] = collections.Counter(pledged)
    for entry in info["faithless"]:
        if entry["replaced"]:
            continue
        cast = cast_by_state[entry["unit"]]
        check(cast[entry["pledged"]] > 0, "%d %s: faithless elector of a candidate with no electors" % (year, entry["unit"]))
        cast[entry["pledged"]] -= 1
        cast[entry["voted_for"] or ABSTAIN] += 1
    cast_nat = collections.Counter()
    for cast in cast_by_state.values():
        cast_nat.update(cast)
    abstentions = cast_nat.pop(ABSTAIN, 0)
    cast_nat = +cast_nat
    check(dict(pledged_nat) == ref["electoral_pledged"], "%d: pledged tally %s != official %s"
          % (year, dict(pledged_nat), ref["electoral_pledged"]))
    check(dict(cast_nat) == ref["electoral"], "%d: tally as cast %s != official %s"
          % (year, dict(cast_nat), ref["electoral"]))
    check(abstentions == ref["abstentions"], "%d: %d abstentions, official %d" % (year, abstentions, ref["abstentions"]))

    derived = collections.defaultdict(dict)
    derived_winner = {}
    for row in ctx["derived_ev"]:
        if int(row["year"]) == year:
            derived[row["state_po"]][row["candidate"]] = (int(row["electoral_votes_cast"]), int(row["pledged_electoral_votes"]))
            derived_winner[row["state_po"]] = row["state_popular_vote_winner"]
            check(int(row["state_ev_total"]) == evs[row["state_po"]], "%d %s: derived EV total differs" % (year, row["state_po"]))
    check(len(derived) == 51, "%d: derived EV file has %d units" % (year, len(derived)))
    for state in evs:
        mine = {}
        for person in set(cast_by_state[state]) | set(info["pledged_by_state"][state]):
            pair = (cast_by_state[state][person], info["pledged_by_state"][state][person])
            if pair != (0, 0):
                mine[person] = pair
        check(mine == derived[state], "%d %s: per-state electoral votes %s != derived file %s"
              % (year, state, mine, derived[state]))

    # 3. Statewide winners against the derived file (district winners are
    #    checked against the electors file while building).
    names_by_id = {v: k for k, v in info["ids"].items()}
    for s in doc["states"]:
        check(names_by_id[s["winner"]] == derived_winner[s["id"]], "%d %s: winner %s, derived file %s"
              % (year, s["id"], s["winner"], derived_winner[s["id"]]))

    # 4. National popular vote within 0.1% of the official figures.
    for person, official_votes in ref["popular"].items():
        ours = info["national"][person]
        diff = ours - official_votes
        check(abs(diff) <= 0.001 * official_votes, "%d: %s has %d popular votes, official %d (%.3f%%)"
              % (year, person, ours, official_votes, pct(diff, official_votes)))
        lines.append("    %-18s %11d  official %11d  diff %+7d (%+.3f%%)"
                     % (person, ours, official_votes, diff, pct(diff, official_votes)))

    tally = ", ".join("%s %d" % (p, n) for p, n in sorted(cast_nat.items(), key=lambda kv: (-kv[1], kv[0])))
    if abstentions:
        tally += ", abstention %d" % abstentions
    head = "%d  EV as cast: %s" % (year, tally)
    if dict(pledged_nat) != dict(cast_nat):
        head += "  (pledged: %s)" % ", ".join("%s %d" % kv for kv in sorted(pledged_nat.items(), key=lambda kv: -kv[1]))
    return [head] + lines


def check_one_percent(year, info, name_totals):
    """Tracked third-party candidates have >= 1%; nobody untracked does."""
    total = sum(info["national"].values()) + info["national_other"]
    shares = []
    winners = set()
    for pledged in info["pledged_by_state"].values():
        winners.update(pledged)
    for person in info["ballot_names"]:
        share = pct(info["national"][person], total)
        if person not in winners:
            check(share >= 1.0, "%d: %s has only %.2f%% of the popular vote" % (year, person, share))
        shares.append("%s %.2f%%" % (person, share))
    for key, votes in name_totals[year].items():
        if key.startswith("untracked:"):
            check(pct(votes, total) < 1.0, "%d: untracked %s has %.2f%%" % (year, key[10:], pct(votes, total)))
    top = max((v, k[10:]) for k, v in name_totals[year].items() if k.startswith("untracked:"))
    return "    popular shares: %s; largest untracked: %s %.2f%%" % (", ".join(shares), top[1], pct(top[0], total))


def check_2024_summary(ctx, popular):
    rows = read_csv(os.path.join(ctx["shared"], "derived_2024-president-state-summary.csv"))
    check(len(rows) == 51, "2024 summary has %d rows" % len(rows))
    for row in rows:
        votes_for, other, _ = popular[(2024, row["state_po"])]
        mine = (votes_for["Kamala Harris"], votes_for["Donald Trump"], other)
        theirs = (int(row["harris"]), int(row["trump"]), int(row["other"]))
        check(mine == theirs, "2024 %s: %r != summary %r" % (row["state_po"], mine, theirs))
        winner = "TRUMP" if mine[1] > mine[0] else "HARRIS"
        check(winner == row["statewide_winner"], "2024 %s: winner differs from summary" % row["state_po"])


# ---------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=os.path.join(REPO_ROOT, "..", "shared", "data"),
                        help="folder with the raw CSV files (default: ../shared/data)")
    parser.add_argument("--out", default=os.path.join(REPO_ROOT, "data", "elections"),
                        help="output folder (default: data/elections)")
    parser.add_argument("--official", default=os.path.join(REPO_ROOT, "tests", "official-results.json"),
                        help="official national results (default: tests/official-results.json)")
    args = parser.parse_args()

    try:
        with open(args.official, encoding="utf-8") as handle:
            official = json.load(handle)
        apportionment, census = load_apportionment(args.shared)
        popular, name_totals = tally_popular_votes(args.shared, TICKETS)
        district_votes, district_winners = load_districts(args.shared)
        ctx = {
            "shared": args.shared, "apportionment": apportionment, "census": census,
            "popular": popular, "district_votes": district_votes,
            "district_winners": district_winners,
            "derived_ev": read_csv(os.path.join(args.shared, "derived_electoral_votes_cast_by_state_1976-2024.csv")),
        }
        check_2024_summary(ctx, popular)
        documents, report = {}, []
        for year in YEARS:
            doc, info = build_year(year, ctx)
            report.extend(check_year(year, doc, info, ctx, official))
            report.append(check_one_percent(year, info, name_totals))
            documents[year] = doc
    except CheckFailed as failure:
        print("make-elections: CHECK FAILED: %s" % failure, file=sys.stderr)
        return 1

    os.makedirs(args.out, exist_ok=True)
    for year, doc in documents.items():
        text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        with open(os.path.join(args.out, "%d.json" % year), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    print("make-elections: wrote %d files to %s" % (len(documents), os.path.relpath(args.out)))
    print("All checks passed: 51 units and 538 electoral votes per year (= apportionment table);")
    print("tallies as pledged and as cast = official counts and = derived per-state file;")
    print("statewide and district winners = derived file / electors file; 2024 = MEDSL summary;")
    print("national popular votes within 0.1% of the official figures:")
    for line in report:
        print(line)
    print("Repairs applied: %d corrections, %d dropped row, %d non-vote row, %d split rows."
          % (len(CORRECTIONS), len(DROPPED_ROWS), len(NON_VOTE_ROWS), len(SPLITS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
