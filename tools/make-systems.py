#!/usr/bin/env python3
"""Build data/systems.json: the facts behind "other ways to choose a president".

Two raw tables from the shared data folder (not part of the repository; the
generated JSON is what gets committed), described in data/SOURCES.md, section
"Other ways to choose a president":

- apportionment_population_2010_2020.csv: census, state_po,
  apportionment_population (the 50 states; DC is not apportioned);
- electoral_votes_by_apportionment.csv: the official House seats per state and
  census period, and which elections each period applies to;
- npvic_members.csv: the members of the National Popular Vote Interstate
  Compact and the year each joined.

Nothing is computed here beyond sums used as checks: the app computes every
figure it shows (Huntington–Hill, voters per elector, the compact's total)
from these inputs, and its tests compare its apportionment at 435 seats with
the official seats copied here.

Regenerate from the repository root with

    python3 tools/make-systems.py

which is the same as

    python3 tools/make-systems.py --shared ../shared/data --out data/systems.json

Only the Python 3 standard library is used.  The output is deterministic
(2-space indent, keys sorted where order does not matter, trailing newline).
"""

import argparse
import csv
import json
import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Totals published with the census apportionment tables, as quoted in the
# shared SOURCES.md; the script stops if the rows do not add up to them.
PUBLISHED_TOTALS = {2010: 309183463, 2020: 331108434}
COMPACT_SOURCE = "https://compacts.csg.org/compact/national-popular-vote-interstate-compact"


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(REPO_ROOT, "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(REPO_ROOT, "data", "systems.json"))
    args = parser.parse_args()

    populations = read_csv(os.path.join(args.shared, "apportionment_population_2010_2020.csv"))
    periods = read_csv(os.path.join(args.shared, "electoral_votes_by_apportionment.csv"))
    members = read_csv(os.path.join(args.shared, "npvic_members.csv"))

    censuses = []
    for census in sorted({int(r["census"]) for r in populations}):
        states = {}
        for row in populations:
            if int(row["census"]) == census:
                states[row["state_po"]] = {"population": int(row["apportionment_population"])}
        elections = None
        for row in periods:
            if int(row["census"]) != census:
                continue
            if row["state_po"] == "DC":
                continue
            if row["state_po"] not in states:
                sys.exit(f"{row['state_po']} has seats in {census} but no population")
            states[row["state_po"]]["seats"] = int(row["house_seats"])
            years = sorted(int(y) for y in row["elections"].split(";"))
            if elections is not None and elections != years:
                sys.exit(f"census {census}: periods disagree on their elections")
            elections = years
        if len(states) != 50 or any("seats" not in s for s in states.values()):
            sys.exit(f"census {census}: expected 50 states with population and seats")
        total = sum(s["population"] for s in states.values())
        if total != PUBLISHED_TOTALS.get(census):
            sys.exit(f"census {census}: total {total} is not the published total")
        if sum(s["seats"] for s in states.values()) != 435:
            sys.exit(f"census {census}: seats do not add up to 435")
        censuses.append({"census": census, "elections": elections,
                         "states": dict(sorted(states.items()))})

    compact = []
    for row in sorted(members, key=lambda r: (int(r["year_joined"]), r["state_po"])):
        sources = [s.strip() for s in row["source"].split(";") if s.strip()]
        compact.append({"state": row["state_po"], "joined": int(row["year_joined"]),
                        "sources": sources})
    if not any(COMPACT_SOURCE in m["sources"] for m in compact):
        sys.exit("the compact's members lost their source")

    out = {"format": 1, "censuses": censuses, "compact": {"members": compact}}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
