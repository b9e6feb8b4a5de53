#!/usr/bin/env python3
"""Build the election files data/elections/1789.json ... 1972.json.

The 47 elections before the MIT/MEDSL data start (1789, the election of
1788-89, then every four years to 1972) come from three raw tables kept in a
shared data folder outside the repository (see data/SOURCES.md for their
provenance and known gaps):

  historical_electoral_votes_1789-1972.csv  electoral votes per year x state x
                                            person, counted or rejected
  historical_apportionment.csv              electors per state and year, and
                                            whether the state took part
  historical_popular_vote_1824-1972.csv     state popular votes from 1824
  me_ne_district_electors.csv,              Maine's district electors and
  me_ne_district_votes.csv                  votes in 1972, its first district
                                            election

The files use the format of data/elections/1976.json (format 1) with the
optional members that format 1 gained for older elections:

  "rules"                 "two-votes" (1789-1800: each elector casts two votes
                          for president) or "twelfth-amendment"
  "electors_appointed"    the electors of the states that took part; a
                          majority of them elects
  "areas"                 every area of the map (data/map/us-map.json) with
                          the unit it belongs to that year, or, for an area
                          that casts no votes of its own, why not
  states[].electoral_votes_cast
                          the unit's votes as counted, where they are not
                          all its electors' votes for its winner
  states[].not_counted    electors who did not vote, were never appointed or
                          were excluded, and votes Congress rejected
  states[].electors_chosen_by
                          "legislature" where no popular vote was held
  states[].note           what happened, in the raw table's words

The tool refuses to write a year whose counted electoral votes per person
differ from the official totals in tests/official-results.json (typed from the
National Archives and Senate Manual tables, not from these raw files), and it
checks every state's votes against its electors.  Run from the repository
root:

    python3 tools/make-history.py
    # same as: python3 tools/make-history.py --shared ../shared/data --out data/elections

Python 3 standard library only.  Exits with status 1, naming each refused
year and why, if any check fails.
"""

import argparse
import collections
import csv
import json
import os
import re
import sys
import unicodedata

YEARS = [1789] + list(range(1792, 1973, 4))
TWO_VOTES_UNTIL = 1800           # the 12th Amendment was ratified in 1804

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EV_FILE = "historical_electoral_votes_1789-1972.csv"
APPORTIONMENT_FILE = "historical_apportionment.csv"
POPULAR_FILE = "historical_popular_vote_1824-1972.csv"

# Areas of today's map that belonged to another state's unit.  Key: map area.
# Value: (parent unit, first election in which the area voted as a state of
# its own, evidence).  The first year is also checked against the
# apportionment table, where the state first has electors that year.
PARENT_AREAS = {
    "ME": ("MA", 1820, "Maine was part of Massachusetts until its admission "
                       "as a state on 15 March 1820"),
    "WV": ("VA", 1864, "West Virginia was part of Virginia until its admission "
                       "as a state on 20 June 1863"),
    "KY": ("VA", 1792, "Kentucky was Virginia's Kentucky District until its "
                       "admission as a state on 1 June 1792"),
}

# A unit's winner is whom most of its electors voted for.  Ties are broken by
# the state's popular vote, then by the national count, and where that is a
# tie too (Jefferson and Burr, 1800) by whom the House chose.
HOUSE_CHOICE = {1800: "Thomas Jefferson", 1824: "John Quincy Adams"}

# State totals that do not measure the same thing as the candidate rows, so
# that "total minus candidates" would not be the votes for everyone else.
UNUSABLE_TOTALS = {
    (1960, "AL"): "the Wikipedia total counts the unpledged Democratic electors' "
                  "votes beside the top Democratic elector's vote given for Kennedy",
}


class CheckFailed(Exception):
    """A cross-check or an assumption about the raw data did not hold."""


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def slug(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def read_csv(path):
    check(os.path.exists(path), "missing input file %s" % path)
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def ordinal(n):
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, "%dth" % n)


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------

def load(shared):
    ev_rows = collections.defaultdict(list)
    for row in read_csv(os.path.join(shared, EV_FILE)):
        ev_rows[int(row["year"])].append(row)

    apportionment = collections.defaultdict(dict)
    totals = {}
    for row in read_csv(os.path.join(shared, APPORTIONMENT_FILE)):
        year = int(row["year"])
        if row["state"] == "TOTAL":
            match = re.search(r"entitled electors of participating states = (\d+)", row["notes"])
            check(match is not None, "%d: TOTAL row without the participating electors" % year)
            totals[year] = {"entitled": int(row["electors_entitled"]),
                            "participating": int(match.group(1)),
                            "voting": int(row["electors_voting"])}
        else:
            check(row["state_po"] not in apportionment[year], "%d %s: two apportionment rows" % (year, row["state_po"]))
            apportionment[year][row["state_po"]] = row

    popular = collections.defaultdict(lambda: {"votes": {}, "total": None, "none": None, "notes": []})
    popular_party = {}
    for row in read_csv(os.path.join(shared, POPULAR_FILE)):
        entry = popular[(int(row["year"]), row["state_po"])]
        if row["row_type"] == "candidate":
            popular_party.setdefault((int(row["year"]), row["candidate"]), row["party"] or None)
            check(row["candidate"] not in entry["votes"], "%s %s: %s twice" % (row["year"], row["state_po"], row["candidate"]))
            entry["votes"][row["candidate"]] = int(row["votes"])
            if row["notes"] and row["notes"] not in entry["notes"]:
                entry["notes"].append(row["notes"])
        elif row["row_type"] == "state_total_wikipedia":
            entry["total"] = int(row["votes"])
        elif row["row_type"] == "no_popular_vote":
            entry["none"] = row["notes"]
        else:
            raise CheckFailed("unknown row type %r" % row["row_type"])

    districts = {}
    for row in read_csv(os.path.join(shared, "me_ne_district_electors.csv")):
        if int(row["year"]) in YEARS:
            districts[(int(row["year"]), row["state_po"], row["unit"])] = row
    district_votes = {}
    for row in read_csv(os.path.join(shared, "me_ne_district_votes.csv")):
        district_votes[(int(row["year"]), row["state_po"], row["district"])] = row

    with open(os.path.join(REPO_ROOT, "data", "map", "us-map.json"), encoding="utf-8") as handle:
        areas = [(unit["id"], unit["name"]) for unit in json.load(handle)["units"]]

    return {"ev": ev_rows, "apportionment": apportionment, "totals": totals,
            "popular": popular, "popular_party": popular_party, "districts": districts, "district_votes": district_votes,
            "areas": areas}


# ---------------------------------------------------------------------------
# One year
# ---------------------------------------------------------------------------

def census_of(basis):
    match = re.match(r"(\d{4}) census", basis)
    return int(match.group(1)) if match else None


def build_year(year, ctx):
    two_votes = year <= TWO_VOTES_UNTIL
    votes_per_elector = 2 if two_votes else 1
    app = ctx["apportionment"][year]
    rows = ctx["ev"][year]
    check(rows, "%d: no electoral-vote rows" % year)

    # People, with the party of their largest block of electors.
    national = collections.Counter()
    rejected_national = collections.Counter()
    party_votes = collections.defaultdict(collections.Counter)
    by_state = collections.defaultdict(list)
    for row in rows:
        by_state[row["state_po"]].append(row)
        if row["candidate"] == "(no electoral votes cast)":
            check(row["counted"] == "n/a" and row["electoral_votes_cast"] == "0",
                  "%d %s: odd no-vote row" % (year, row["state_po"]))
            continue
        votes = int(row["electoral_votes_cast"])
        check(votes > 0, "%d %s %s: %d votes" % (year, row["state_po"], row["candidate"], votes))
        party_votes[row["candidate"]][row["party"]] += votes
        if row["counted"] == "yes":
            national[row["candidate"]] += votes
        else:
            check(row["counted"] == "no", "%d %s: counted = %r" % (year, row["state_po"], row["counted"]))
            rejected_national[row["candidate"]] += votes
        check(row["vote_system"].startswith("two votes") == two_votes,
              "%d %s: vote system %r" % (year, row["state_po"], row["vote_system"]))

    popular_people = set()
    national_popular = collections.Counter()
    for (pyear, state), entry in ctx["popular"].items():
        if pyear == year:
            for person, votes in entry["votes"].items():
                popular_people.add(person)
                national_popular[person] += votes

    ev_people = set(party_votes)
    people = ev_people | popular_people

    def national_rank(person):
        return (-national_popular[person], -national[person], -rejected_national[person],
                0 if HOUSE_CHOICE.get(year) == person else 1, person)

    ordered = sorted(people, key=national_rank)
    ids = {person: slug(person) for person in ordered}
    check(len(set(ids.values())) == len(ids), "%d: two people with one id" % year)

    candidates = []
    for person in ordered:
        party = None
        if person in ev_people:
            party = party_votes[person].most_common(1)[0][0]
        if party in ("None (no party)", ""):
            party = None
        candidates.append({"id": ids[person], "name": person, "party": party, "running_mate": None})

    # Parties of people with popular votes only (Van Buren 1848, Debs 1912).
    for person in popular_people - ev_people:
        party = ctx["popular_party"].get((year, person))
        next(c for c in candidates if c["name"] == person)["party"] = party

    # Units.
    states_out = []
    appointed = 0
    counted_sum = 0
    voting_accepted = 0
    rejected_in_accepted = 0
    for state in sorted(app):
        arow = app[state]
        if arow["electors_entitled"] == "":
            check(arow["participated"] == "no", "%d %s: blank entitlement" % (year, state))
            continue
        entitled = int(arow["electors_entitled"])
        state_rows = by_state.get(state, [])
        check(state_rows, "%d %s: no electoral-vote rows" % (year, state))
        voting = {int(r["electors_voting"]) for r in state_rows}
        entitled_ev = {int(r["electors_entitled"]) for r in state_rows}
        check(len(voting) == 1 and len(entitled_ev) == 1, "%d %s: inconsistent electors" % (year, state))
        voting = voting.pop()
        check(entitled_ev.pop() == entitled, "%d %s: electors differ between the tables" % (year, state))
        check(int(arow["electors_voting"]) == voting, "%d %s: voting electors differ between the tables" % (year, state))
        check(voting <= entitled, "%d %s: more voters than electors" % (year, state))

        cast = collections.Counter()
        rejected = collections.Counter()
        notes = []
        for r in state_rows:
            if r["notes"] and r["notes"] not in notes:
                notes.append(r["notes"])
            if r["candidate"] == "(no electoral votes cast)":
                continue
            (cast if r["counted"] == "yes" else rejected)[r["candidate"]] += int(r["electoral_votes_cast"])
        check(sum(cast.values()) + sum(rejected.values()) == votes_per_elector * voting,
              "%d %s: %d votes from %d electors" % (year, state, sum(cast.values()) + sum(rejected.values()), voting))
        # Each elector casts at most one vote per person.
        for person, votes in list(cast.items()) + list(rejected.items()):
            check(votes <= voting, "%d %s: %s has %d votes from %d electors" % (year, state, person, votes, voting))

        participated = arow["participated"]
        check((participated == "no") == (voting == 0), "%d %s: participated %r with %d voting" % (year, state, participated, voting))
        check((participated == "cast but rejected by Congress") == (bool(rejected) and not cast),
              "%d %s: rejected votes and the participation flag disagree" % (year, state))
        if participated == "yes":
            appointed += entitled
            voting_accepted += voting
            rejected_in_accepted += sum(rejected.values())
        counted_sum += sum(cast.values())

        entry = {"id": state, "name": arow["state"], "electoral_votes": entitled}

        pop = ctx["popular"].get((year, state))
        state_popular = pop["votes"] if pop else {}
        if state_popular:
            check(pop["none"] is None, "%d %s: popular votes and a no-vote row" % (year, state))
            entry["popular_votes"] = {ids[p]: v for p, v in sorted(state_popular.items(), key=lambda kv: ids[kv[0]])}
            if (pop["total"] is not None and pop["total"] >= sum(state_popular.values())
                    and (year, state) not in UNUSABLE_TOTALS):
                entry["other_votes"] = pop["total"] - sum(state_popular.values())
            if pop["notes"]:
                entry["popular_vote_note"] = "; ".join(pop["notes"])
        elif year >= 1824:
            check(pop is not None and pop["none"] is not None, "%d %s: neither popular votes nor a reason" % (year, state))
            if "legislature" in pop["none"]:
                entry["electors_chosen_by"] = "legislature"
            else:
                check(participated != "yes", "%d %s: no popular vote: %s" % (year, state, pop["none"]))

        # The winner: whom most of the electors voted for.
        pool = cast if cast else rejected
        if pool:
            winner = min(pool, key=lambda p: (-pool[p], -state_popular.get(p, 0), national_rank(p)))
            entry["winner"] = ids[winner]
        else:
            winner = None
            entry["winner"] = None

        if two_votes or dict(cast) != {winner: entitled}:
            entry["electoral_votes_cast"] = {ids[p]: v for p, v in sorted(cast.items(), key=lambda kv: ids[kv[0]])}

        not_counted = []
        if participated == "no":
            excluded = any("excluded" in n for n in notes)
            not_counted.append({"reason": "excluded" if excluded else "not-appointed", "electors": entitled})
        elif voting < entitled:
            not_counted.append({"reason": "absent", "electors": entitled - voting})
        for person, votes in sorted(rejected.items()):
            not_counted.append({"reason": "rejected", "votes": votes, "candidate": ids[person]})
        if not_counted:
            entry["not_counted"] = not_counted
        if notes:
            entry["note"] = "; ".join(notes)

        if (year, state, "AT-LARGE") in ctx["districts"]:
            add_districts(year, state, entry, winner, ids, ctx)

        states_out.append(entry)

    totals = ctx["totals"][year]
    check(sum(s["electoral_votes"] for s in states_out) == totals["entitled"],
          "%d: units have %d electors, the table's total %d" % (year, sum(s["electoral_votes"] for s in states_out), totals["entitled"]))
    check(appointed == totals["participating"],
          "%d: %d electors in participating states, the table says %d" % (year, appointed, totals["participating"]))
    check(voting_accepted == totals["voting"],
          "%d: %d electors voted in accepted returns, the table says %d" % (year, voting_accepted, totals["voting"]))
    check(counted_sum == votes_per_elector * voting_accepted - rejected_in_accepted,
          "%d: %d votes counted from %d electors" % (year, counted_sum, voting_accepted))

    doc = {
        "format": 1,
        "year": year,
        "rules": "two-votes" if two_votes else "twelfth-amendment",
        "electors_appointed": appointed,
        "candidates": candidates,
        "states": states_out,
        "faithless": [],
        "areas": build_areas(year, states_out, ctx),
    }
    # 1789's electors were allotted by the Constitution itself: no census.
    bases = {census_of(r["apportionment_basis"]) for r in app.values() if r["electors_entitled"]}
    bases.discard(None)
    check(len(bases) <= 1, "%d: several censuses %s" % (year, bases))
    if bases:
        doc["census"] = bases.pop()
    # Keep the member order of the modern files: census after year.
    doc = {k: doc[k] for k in ["format", "year", "census", "rules", "electors_appointed", "candidates",
                               "states", "faithless", "areas"] if k in doc}
    return doc, {"national": national, "rejected": rejected_national, "ids": ids, "appointed": appointed}


def add_districts(year, state, entry, winner, ids, ctx):
    """Maine's 1972 district method: two at-large electors and one per district."""
    at_large = ctx["districts"][(year, state, "AT-LARGE")]
    check(at_large["winner"] == winner, "%d %s: at-large winner %r, electors %r" % (year, state, at_large["winner"], winner))
    check(entry.get("electoral_votes_cast") is None, "%d %s: districts and a split" % (year, state))
    districts = []
    total = int(at_large["electoral_votes"])
    number = 1
    while (year, state, "CD%d" % number) in ctx["districts"]:
        drow = ctx["districts"][(year, state, "CD%d" % number)]
        check(drow["winner"] in ids, "%d %s-%d: unknown winner" % (year, state, number))
        district = {"id": "%s-%d" % (state, number),
                    "name": "%s's %s congressional district" % (entry["name"], ordinal(number)),
                    "electoral_votes": int(drow["electoral_votes"])}
        vrow = ctx["district_votes"].get((year, state, "CD%d" % number))
        if vrow is not None:
            pair = {vrow["dem_candidate"]: int(vrow["dem_votes"]), vrow["rep_candidate"]: int(vrow["rep_votes"])}
            for person in pair:
                check(person in ids, "%d %s-%d: %s not a candidate" % (year, state, number, person))
            district["popular_votes"] = {ids[p]: v for p, v in sorted(pair.items(), key=lambda kv: ids[kv[0]])}
            if vrow["other_votes"].strip():
                district["other_votes"] = int(vrow["other_votes"])
            check(max(pair, key=pair.get) == drow["winner"], "%d %s-%d: votes and winner disagree" % (year, state, number))
        district["winner"] = ids[drow["winner"]]
        total += district["electoral_votes"]
        districts.append(district)
        number += 1
    check(total == entry["electoral_votes"], "%d %s: district electors add up to %d" % (year, state, total))
    entry["district_method"] = True
    entry["at_large_electoral_votes"] = int(at_large["electoral_votes"])
    entry["districts"] = districts


def build_areas(year, states_out, ctx):
    units = {s["id"]: s for s in states_out}
    app = ctx["apportionment"][year]
    out = []
    for area, name in ctx["areas"]:
        state = area.split("-")[0]
        if area in units:
            out.append({"area": area, "name": name, "unit": area})
            continue
        if "-" in area and state in units:
            district_ids = [d["id"] for d in units[state].get("districts", [])]
            out.append({"area": area, "name": name, "unit": area if area in district_ids else state})
            continue
        parent = PARENT_AREAS.get(state)
        if parent is not None and year < parent[1]:
            check(parent[0] in units, "%d: %s's parent %s is not a unit" % (year, area, parent[0]))
            out.append({"area": area, "name": name, "unit": parent[0]})
            continue
        if state in app and app[state]["electors_entitled"] == "":
            check("ratified" in app[state]["notes"], "%d %s: no electors: %s" % (year, state, app[state]["notes"]))
            out.append({"area": area, "name": name, "unit": None, "status": "not-in-union"})
        elif state == "DC":
            out.append({"area": area, "name": name, "unit": None, "status": "no-electors"})
        else:
            out.append({"area": area, "name": name, "unit": None, "status": "not-a-state"})

    # Every unit is drawn somewhere, and a parent area appears on its own
    # exactly when the apportionment table first gives it electors.
    drawn = {a["unit"] for a in out if a["unit"]}
    check(drawn == set(units) | {d["id"] for s in states_out for d in s.get("districts", [])},
          "%d: units without an area: %s" % (year, set(units) - drawn))
    for child, (parent, first, _) in PARENT_AREAS.items():
        check((child in units) == (year >= first), "%d: %s is %sa unit" % (year, child, "" if child in units else "not "))
    return out


# ---------------------------------------------------------------------------
# Official totals
# ---------------------------------------------------------------------------

def check_official(year, doc, info, official):
    ref = official.get(str(year))
    check(ref is not None, "%d: no official result in tests/official-results.json" % year)
    ours = {p: v for p, v in info["national"].items()}
    check(ours == ref["electoral"], "%d: counted electoral votes %s differ from the official %s"
          % (year, dict(sorted(ours.items())), dict(sorted(ref["electoral"].items()))))
    rejected = sum(info["rejected"].values())
    check(rejected == ref.get("rejected", 0), "%d: %d rejected votes, officially %d" % (year, rejected, ref.get("rejected", 0)))
    check(doc["rules"] == ref["rules"], "%d: rules %s, officially %s" % (year, doc["rules"], ref["rules"]))
    tally = ", ".join("%s %d" % kv for kv in sorted(ours.items(), key=lambda kv: (-kv[1], kv[0])))
    return "%d  %s; %d electors appointed%s" % (year, tally, info["appointed"],
                                                  ", %d votes rejected" % rejected if rejected else "")


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
        ctx = load(args.shared)
    except CheckFailed as failure:
        print("make-history: CHECK FAILED: %s" % failure, file=sys.stderr)
        return 1

    refused = []
    report = []
    documents = {}
    for year in YEARS:
        try:
            doc, info = build_year(year, ctx)
            report.append(check_official(year, doc, info, official))
            documents[year] = doc
        except CheckFailed as failure:
            refused.append(str(failure))

    os.makedirs(args.out, exist_ok=True)
    for year, doc in documents.items():
        text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        with open(os.path.join(args.out, "%d.json" % year), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    print("make-history: wrote %d files to %s" % (len(documents), os.path.relpath(args.out)))
    for line in report:
        print("  " + line)
    if refused:
        print("make-history: REFUSED %d year(s), not written:" % len(refused), file=sys.stderr)
        for line in refused:
            print("  " + line, file=sys.stderr)
        return 1
    print("All checks passed: counted electoral votes per person = the official totals; every state's")
    print("votes = its voting electors (x2 before 1804); electors per state and in total = the")
    print("apportionment table; every map area belongs to one unit or says why it has none.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
