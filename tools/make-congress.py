#!/usr/bin/env python3
"""Build data/congress.json: the Congress that would hold a contingent election.

When no candidate has a majority of the electors, the House of
Representatives chooses the president (one vote per state delegation) and the
Senate the vice president, and it is the new Congress that does it: the one
that meets on January 3 after the election.  This script copies, for every
presidential election from 1976 to 2024, the party make-up of each state's
House delegation and of the Senate on that first day from two tables of the
shared data folder (not part of the repository; see data/SOURCES.md, section
"Congress at the start of each term"):

- house_delegations_1976-2024.csv: election_year, congress, state_po, seats,
  dem, rep, other, vacant, delegation_control, absolute_majority_of_seated,
  notes (650 rows, 13 years x 50 states);
- senate_composition_1976-2024.csv: election_year, congress, dem, rep, other,
  vacant, other_caucus_and_notes, source (13 rows).

It also names each year's Democratic and Republican nominees by their ids in
data/elections/YYYY.json, so that the app matches members to candidates by
id, never by a party's name.

Every figure is checked before anything is written: seats against the
election file's electoral votes (House seats = electors - 2), each year's
national totals and count of delegations controlled against the figures the
shared SOURCES.md states, and the Senate's sum against 100.  If a check
fails, the script stops.

Regenerate from the repository root with

    python3 tools/make-congress.py

which is the same as

    python3 tools/make-congress.py --shared ../shared/data --out data/congress.json

Only the Python 3 standard library is used.  The output is deterministic
(2-space indent, UTF-8, keys sorted, trailing newline).
"""

import argparse
import csv
import json
import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HOUSE_FILE = "house_delegations_1976-2024.csv"
SENATE_FILE = "senate_composition_1976-2024.csv"
HOUSE_COLUMNS = ["election_year", "congress", "state_po", "seats", "dem", "rep", "other",
                 "vacant", "delegation_control", "absolute_majority_of_seated", "notes"]
SENATE_COLUMNS = ["election_year", "congress", "dem", "rep", "other", "vacant",
                  "other_caucus_and_notes", "source"]

YEARS = list(range(1976, 2025, 4))

# The national totals on the first day, as the shared SOURCES.md states them
# (House: D, R, independents, vacant; delegations controlled: R, D, tied,
# other).  They are checked here and again by tests/analysis/test-congress.c.
HOUSE_TOTALS = {
    1976: (292, 143, 0, 0), 1980: (243, 192, 0, 0), 1984: (252, 182, 0, 1),
    1988: (259, 174, 0, 2), 1992: (258, 176, 1, 0), 1996: (207, 227, 1, 0),
    2000: (211, 221, 2, 1), 2004: (201, 232, 1, 1), 2008: (256, 178, 0, 1),
    2012: (200, 233, 0, 2), 2016: (194, 241, 0, 0), 2020: (222, 211, 0, 2),
    2024: (215, 219, 0, 1),
}
CONTROL = {
    1976: (11, 33, 6, 0), 1980: (15, 27, 8, 0), 1984: (14, 30, 6, 0), 1988: (11, 30, 9, 0),
    1992: (9, 29, 11, 1), 1996: (28, 17, 4, 1), 2000: (28, 17, 4, 1), 2004: (30, 16, 3, 1),
    2008: (16, 33, 1, 0), 2012: (30, 17, 3, 0), 2016: (32, 17, 1, 0), 2020: (27, 20, 3, 0),
    2024: (30, 18, 2, 0),
}
SENATE_TOTALS = {
    1976: (61, 38, 1, 0), 1980: (46, 53, 1, 0), 1984: (47, 53, 0, 0), 1988: (55, 45, 0, 0),
    1992: (57, 43, 0, 0), 1996: (45, 55, 0, 0), 2000: (50, 50, 0, 0), 2004: (44, 55, 1, 0),
    2008: (55, 41, 2, 2), 2012: (53, 45, 2, 0), 2016: (46, 52, 2, 0), 2020: (46, 51, 2, 1),
    2024: (45, 53, 2, 0),
}

PARTY_NAMES = {"D": "Democratic", "R": "Republican"}


def fail(message):
    sys.exit("make-congress: " + message)


def read_table(path, columns):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != columns:
            fail(f"{path}: unexpected columns {reader.fieldnames}")
        return list(reader)


def count(row, key, path):
    try:
        value = int(row[key])
    except ValueError:
        fail(f"{path}: {row}: {key} is not a number")
    if value < 0:
        fail(f"{path}: {row}: {key} is negative")
    return value


def nominees(year):
    with open(os.path.join(REPO_ROOT, "data", "elections", f"{year}.json"), encoding="utf-8") as f:
        election = json.load(f)
    result = {}
    for key, name in PARTY_NAMES.items():
        ids = [c["id"] for c in election["candidates"] if c["party"] == name]
        if len(ids) != 1:
            fail(f"{year}: expected one {name} nominee, found {ids}")
        result[key] = ids[0]
    seats = {s["id"]: s["electoral_votes"] - 2 for s in election["states"] if s["id"] != "DC"}
    return result, seats


def house_for(year, rows, path, seats):
    delegations = {}
    control = {"R": 0, "D": 0, "tied": 0, "other": 0}
    totals = [0, 0, 0, 0]
    for row in rows:
        state = row["state_po"]
        d, r, o, v = (count(row, k, path) for k in ("dem", "rep", "other", "vacant"))
        n = count(row, "seats", path)
        if d + r + o + v != n:
            fail(f"{path}: {year} {state}: members do not add up to {n} seats")
        if seats.get(state) != n:
            fail(f"{path}: {year} {state}: {n} seats, but the election file gives {seats.get(state)}")
        if state in delegations:
            fail(f"{path}: {year} {state} twice")
        top = max(d, r, o)
        leaders = [p for p, m in (("D", d), ("R", r), ("other", o)) if m == top]
        label = leaders[0] if len(leaders) == 1 else "tied"
        if label != row["delegation_control"]:
            fail(f"{path}: {year} {state}: control {row['delegation_control']}, members say {label}")
        if (row["absolute_majority_of_seated"] == "yes") != (2 * top > d + r + o):
            fail(f"{path}: {year} {state}: absolute_majority_of_seated does not fit the members")
        control[label] += 1
        for i, m in enumerate((d, r, o, v)):
            totals[i] += m
        delegations[state] = {"D": d, "R": r, "I": o, "vacant": v}
        if row["notes"]:
            delegations[state]["note"] = row["notes"]
    if set(delegations) != set(seats):
        fail(f"{path}: {year}: states {sorted(set(seats) ^ set(delegations))} missing or extra")
    if tuple(totals) != HOUSE_TOTALS[year]:
        fail(f"{path}: {year}: totals {totals}, SOURCES.md says {HOUSE_TOTALS[year]}")
    got = (control["R"], control["D"], control["tied"], control["other"])
    if got != CONTROL[year]:
        fail(f"{path}: {year}: delegations controlled {got}, SOURCES.md says {CONTROL[year]}")
    return delegations


def senate_for(year, row, path):
    d, r, o, v = (count(row, k, path) for k in ("dem", "rep", "other", "vacant"))
    if d + r + o + v != 100 or (d, r, o, v) != SENATE_TOTALS[year]:
        fail(f"{path}: {year}: senate {d}/{r}/{o}/{v} does not fit SOURCES.md")
    senate = {"D": d, "R": r, "I": o, "vacant": v}
    if o > 0:
        # Every independent in these years caucused with the Democrats, as the
        # table's notes say; a vote along caucus lines counts them with them.
        notes = row["other_caucus_and_notes"]
        if "caucused D" not in notes:
            fail(f"{path}: {year}: independents without a caucus: {notes}")
        senate["independents_caucus"] = "D"
    return senate


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(REPO_ROOT, "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(REPO_ROOT, "data", "congress.json"))
    args = parser.parse_args()

    house_path = os.path.join(args.shared, HOUSE_FILE)
    senate_path = os.path.join(args.shared, SENATE_FILE)
    house_rows = read_table(house_path, HOUSE_COLUMNS)
    senate_rows = read_table(senate_path, SENATE_COLUMNS)

    congresses = {}
    for year in YEARS:
        rows = [r for r in house_rows if int(r["election_year"]) == year]
        senate = [r for r in senate_rows if int(r["election_year"]) == year]
        if len(rows) != 50 or len(senate) != 1:
            fail(f"{year}: {len(rows)} House rows and {len(senate)} Senate rows")
        numbers = {int(r["congress"]) for r in rows} | {int(senate[0]["congress"])}
        if numbers != {(year - 1788) // 2 + 1 + 0}:
            fail(f"{year}: Congress numbers {numbers} are not the one meeting on January 3 after it")
        parties, seats = nominees(year)
        congresses[str(year)] = {
            "congress": numbers.pop(),
            "nominees": parties,
            "house": house_for(year, rows, house_path, seats),
            "senate": senate_for(year, senate[0], senate_path),
        }
    if len(house_rows) != 50 * len(YEARS) or len(senate_rows) != len(YEARS):
        fail("the tables have rows for years this script does not know")

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"format": 1, "congresses": congresses}, f, indent=2, ensure_ascii=False,
                  sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
