#!/usr/bin/env python3
"""Build data/faithless-laws.json (what each state does about faithless electors).

The raw table is faithless_elector_laws.csv in the shared data folder (not part
of the repository; the generated JSON is what gets committed).  Its provenance
is described in data/SOURCES.md, section "Explanations and state laws".  It has
one row per state and DC: state_po, state, category, since_year,
penalty_detail, ufpea, source, as_of, verified, notes, statute.

What is copied from the table: name, category, since, ufpea, statute,
source_date (the row's as_of), sources (the URLs of the source column) and
certainty (the verified column).  What is written here by hand: the one- or
two-sentence summary that students read, with {state} and {since} for the app
to fill in after translation, the earlier rule where the row gives it, and the
caveat shown for rows that could only be partly checked or whose sources
disagree (tables SUMMARIES and CAVEATS below).  Texts use curly apostrophes.
After running this script, run tools/extract-explanation-strings.py so that
translators see the new texts.
Each hand-written entry names the category and certainty it was written for;
if the raw table changes either, the script stops instead of showing a text
that no longer fits.

Regenerate from the repository root with

    python3 tools/make-laws.py

which is the same as

    python3 tools/make-laws.py --shared ../shared/data --out data/faithless-laws.json

Only the Python 3 standard library is used.  The output is deterministic
(2-space indent, UTF-8, keys of "states" sorted, trailing newline).
"""

import argparse
import collections
import csv
import json
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

RAW_FILE = "faithless_elector_laws.csv"
COLUMNS = ["state_po", "state", "category", "since_year", "penalty_detail", "ufpea",
           "source", "as_of", "verified", "notes", "statute"]

# The status date range the table describes, as stated in the shared folder's
# SOURCES.md ("Status meant as of 2024-2025").  Each state's own source date is
# in its "source_date".
AS_OF = "2024-2025"

CATEGORIES = ("none", "pledge_no_penalty", "penalty_vote_counts", "vote_cancelled_replaced")
CERTAINTY = {"yes": "verified", "partly": "partly"}

# since_year values that are not a plain year.  Colorado's entry rests on a
# 2016 removal that the Supreme Court upheld in 2020, not on a dated statute,
# so no single "since" year is given; the summary explains it.
SINCE_OVERRIDES = {
    ("CO", "2016 (practice); 2020 (upheld)"): None,
}

# Statute citations that the raw table gives only in part.  Montana's row
# says "13-25-3xx (UFPEA)"; the section that accepts only votes consistent
# with the pledge is 13-25-307 (Montana Code Annotated, read on the state
# legislature's site and in a copy of the code text; see data/SOURCES.md).
STATUTE_OVERRIDES = {
    ("MT", "Mont. Code Ann. 13-25-3xx (UFPEA)"): "Mont. Code Ann. 13-25-307",
}
STATUTE_SOURCES = {
    "MT": "https://leg.mt.gov/bills/mca/title_0130/chapter_0250/part_0030/section_0070/0130-0250-0030-0070.html",
}

# ---------------------------------------------------------------------------
# Hand-written summaries: state -> (category, certainty, text, earlier).
# Written for this project from the facts in the raw row (penalty_detail and
# notes) and, for 2016 events, faithless_electors_1976-2024.csv.  The app
# translates the text and then puts the state's name for {state} and the
# row's since year for {since}, so that one sentence serves many states.
# "earlier" (or None) says what the rule was before the since year, where the
# raw row says so; it is shown after the summary.
# ---------------------------------------------------------------------------

NONE = ("{state} has no law that tells its electors how to vote. An elector who "
        "breaks the pledge faces no legal penalty, and the vote counts.")
PLEDGE = ("{state} law says electors must vote for the candidates they were chosen "
          "to support, but it sets no penalty and gives no way to cancel the vote. "
          "A vote for someone else would still count.")
UFPEA_SINCE = ("Since {since}, {state} has used the Uniform Faithful Presidential Electors "
               "Act: an elector who tries to vote for someone other than the pledged "
               "candidates is treated as having resigned, that vote is not counted, and a "
               "substitute elector votes instead.")
UFPEA_ADOPTED = ("{state} has adopted the Uniform Faithful Presidential Electors Act: an "
                 "elector who tries to vote for someone other than the pledged candidates is "
                 "treated as having resigned, that vote is not counted, and a substitute "
                 "elector votes instead.")

SUMMARIES = {
    "AL": ("pledge_no_penalty", "partly",
           "Alabama electors sign a statement promising to vote for their party’s "
           "candidates, but no penalty was found, so a vote for someone else would still count.", None),
    "AK": ("pledge_no_penalty", "partly",
           "Alaska law has parties collect a pledge from their electors and tells electors "
           "to vote for the party’s candidates. No penalty was found, so a vote for "
           "someone else would still count.", None),
    "AZ": ("vote_cancelled_replaced", "verified",
           "In Arizona, an elector who knowingly refuses to vote as the law requires can "
           "no longer serve: the seat is treated as empty, and a replacement named by the "
           "party chair votes instead.", None),
    "AR": ("none", "partly", NONE, None),
    "CA": ("vote_cancelled_replaced", "verified", UFPEA_SINCE,
           "California passed it in 2022 (Senate Bill 103). Before that, breaking the pledge "
           "was a crime that could bring a fine or prison, but the vote still counted."),
    "CO": ("vote_cancelled_replaced", "partly",
           "Colorado law tells each elector to vote for the candidate who won the state. "
           "In 2016 the state removed an elector who tried to vote for someone else and "
           "an alternate voted in his place, and the Supreme Court upheld this in 2020.", None),
    "CT": ("pledge_no_penalty", "verified",
           "Connecticut law requires electors to vote for the candidates they were chosen "
           "to support, but it sets no penalty, so a vote for someone else would still count.", None),
    "DE": ("vote_cancelled_replaced", "verified", UFPEA_SINCE,
           "Before that, its law asked electors to vote for their party’s candidates "
           "but had no penalty."),
    "DC": ("pledge_no_penalty", "partly",
           "The District of Columbia’s law says its electors must vote for their party’s "
           "candidates, but no penalty was found, so a vote for someone else would still count.", None),
    "FL": ("pledge_no_penalty", "partly", PLEDGE, None),
    "GA": ("none", "verified", NONE, None),
    "HI": ("pledge_no_penalty", "partly",
           "Hawaii law says electors must vote for their party’s candidates, but it sets no "
           "penalty. In 2016 a Hawaii elector voted for Bernie Sanders instead of Hillary "
           "Clinton, and the vote was counted.", None),
    "ID": ("none", "partly", NONE, None),
    "IL": ("none", "partly", NONE, None),
    "IN": ("vote_cancelled_replaced", "verified", UFPEA_ADOPTED, None),
    "IA": ("pledge_no_penalty", "partly",
           "One list of state laws says Iowa law requires electors to vote for the candidates "
           "they were chosen to support, with no penalty and no way to cancel the vote, so a "
           "vote for someone else would still count.", None),
    "KS": ("none", "partly", NONE, None),
    "KY": ("none", "partly", NONE, None),
    "LA": ("none", "partly", NONE, None),
    "ME": ("pledge_no_penalty", "partly",
           "Maine law says electors must vote for their party’s candidates, but it sets no "
           "penalty and does not say the vote can be cancelled, so on paper a vote for "
           "someone else would still count.", None),
    "MD": ("pledge_no_penalty", "partly", PLEDGE, None),
    "MA": ("pledge_no_penalty", "partly", PLEDGE, None),
    "MI": ("vote_cancelled_replaced", "partly",
           "Michigan treats an elector who does not vote for the party’s candidates as "
           "having resigned: the vote is not recorded, and the other electors choose a "
           "replacement.", None),
    "MN": ("vote_cancelled_replaced", "verified",
           "Minnesota has adopted the Uniform Faithful Presidential Electors Act, and it was "
           "used in 2016: an elector who tried to vote for Bernie Sanders was treated as "
           "having resigned, that vote was not counted, and a substitute voted instead.", None),
    "MS": ("pledge_no_penalty", "partly", PLEDGE, None),
    "MO": ("none", "partly", NONE, None),
    "MT": ("vote_cancelled_replaced", "verified", UFPEA_ADOPTED, None),
    "NE": ("vote_cancelled_replaced", "verified", UFPEA_ADOPTED, None),
    "NV": ("vote_cancelled_replaced", "verified", UFPEA_SINCE, None),
    "NH": ("none", "partly", NONE, None),
    "NJ": ("none", "partly", NONE, None),
    "NM": ("penalty_vote_counts", "verified",
           "In New Mexico, voting against the pledge is a crime (a fourth-degree felony). "
           "No rule for cancelling the vote was found, so the vote itself would still count.", None),
    "NY": ("none", "partly", NONE, None),
    "NC": ("vote_cancelled_replaced", "verified",
           "In North Carolina, an elector who does not vote for the party’s candidates "
           "must pay $500 and is treated as having resigned: the vote is not recorded, "
           "and the other electors fill the seat.", None),
    "ND": ("vote_cancelled_replaced", "verified", UFPEA_SINCE,
           "Before that, the state had no law on faithless electors."),
    "OH": ("pledge_no_penalty", "partly", PLEDGE, None),
    "OK": ("vote_cancelled_replaced", "partly",
           "In Oklahoma, an elector who refuses to vote for the party’s candidates loses "
           "the seat, which is then filled by someone else. Breaking the pledge can also "
           "bring a fine of up to $1,000.", None),
    "OR": ("pledge_no_penalty", "partly", PLEDGE, None),
    "PA": ("none", "partly", NONE, None),
    "RI": ("none", "partly", NONE, None),
    "SC": ("penalty_vote_counts", "partly",
           "South Carolina law requires electors to vote for the candidates they declared "
           "for (unless their party’s executive committee releases them), and a 2021 research "
           "report says breaking it is a crime. No rule for cancelling the vote was confirmed, "
           "so the vote would still count.", None),
    "SD": ("none", "partly", NONE, None),
    "TN": ("vote_cancelled_replaced", "verified", UFPEA_SINCE, None),
    "TX": ("none", "verified",
           "Texas has no law that tells its electors how to vote, so an elector who breaks "
           "the pledge faces no legal penalty and the vote counts. In 2016 two Texas "
           "electors voted for other people, and both votes were counted.", None),
    "UT": ("vote_cancelled_replaced", "verified",
           "Since {since}, a Utah elector who votes for someone other than the party’s nominee "
           "(apart from rare cases such as the nominee’s death) is treated as having "
           "resigned: the vote is not recorded, and the other electors choose a replacement.", None),
    "VT": ("pledge_no_penalty", "partly", PLEDGE, None),
    "VA": ("pledge_no_penalty", "partly", PLEDGE, None),
    "WA": ("vote_cancelled_replaced", "verified", UFPEA_SINCE,
           "Before that, it fined faithless electors $1,000 but still counted their "
           "votes: in 2016 all four of its faithless electors were fined."),
    "WV": ("none", "partly", NONE, None),
    "WI": ("pledge_no_penalty", "partly", PLEDGE, None),
    "WY": ("pledge_no_penalty", "partly", PLEDGE, None),
}

# ---------------------------------------------------------------------------
# Hand-written caveats.  Required for every "partly" row and for every row
# whose notes record a disagreement between sources; no other row has one.
# Each says once that the entry is only partly checked, where it is.
# ---------------------------------------------------------------------------

CAVEAT_NONE = ("This entry could only be partly checked: it rests on lists of state laws "
               "from 2016 and about 2020, and a law passed since then may have been missed.")
CAVEAT_PLEDGE = ("This entry could only be partly checked: it comes from published lists and "
                 "summaries of state laws, not from the text of the law itself.")

CAVEATS = {
    "AZ": ("Sources disagree about whether this law has any penalty: a 2020 news report "
           "quoting the law says the elector loses the seat, but a 2020 post on an "
           "election-law discussion list read it as having no penalty, and a 2016 National "
           "Archives list showed no law for Arizona."),
    "AL": ("This entry could only be partly checked: the law’s wording was seen only as "
           "quoted in 2007, and no penalty appears in later lists of state laws."),
    "CO": ("This entry could only be partly checked. The law’s text does not spell out "
           "cancelling a vote; Colorado is placed here because of what it did in 2016 and "
           "the 2020 court ruling that followed."),
    "IA": ("Sources disagree about whether Iowa binds its electors at all: a list from about "
           "2020 says it does, but lists from 2016 say it does not. This entry could only be "
           "partly checked."),
    "ME": ("Sources differ on what happens in practice: Maine’s Secretary of State has "
           "claimed the power to cancel such a vote, and in 2016 an elector’s vote for Bernie "
           "Sanders was ruled out of order and he voted again for Hillary Clinton. This entry "
           "could only be partly checked."),
    "MI": ("This entry could only be partly checked: it comes from summaries of the law "
           "(including a 2016 National Archives list), not from the law’s own text."),
    "OK": ("Sources differ: reports from 2016 and 2017 mention only the fine, and when the "
           "rule about filling the seat was added could not be confirmed. This entry could "
           "only be partly checked."),
    "SC": ("Sources disagree about whether this law has a way to replace the elector: a 2016 "
           "National Archives list says South Carolina replaces such electors, but Ballot "
           "Access News says the law does not provide for that. This entry could only be "
           "partly checked."),
    "TN": ("Sources disagree about the rule before 2024: lists from 2008 and about 2020 say "
           "Tennessee asked its electors to keep their pledge without a penalty, but lists "
           "from 2016 say it did not bind them at all."),
}


class CheckFailed(Exception):
    """An assumption about the raw table did not hold."""


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def default_caveat(category):
    return {"none": CAVEAT_NONE, "pledge_no_penalty": CAVEAT_PLEDGE}.get(category)


def parse_since(state, text):
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    check((state, text) in SINCE_OVERRIDES, "%s: since_year %r is not a year and has no override" % (state, text))
    return SINCE_OVERRIDES[(state, text)]


def parse_sources(state, text):
    urls = []
    for part in text.split(";"):
        found = re.findall(r"https?://\S+", part)
        check(len(found) == 1, "%s: source item %r does not hold exactly one URL" % (state, part.strip()))
        urls.append(found[0])
    check(urls, "%s: no sources" % state)
    return urls


def build(rows):
    check(len(rows) == 51, "expected 51 rows (50 states + DC), found %d" % len(rows))
    seen = set()
    states = {}
    for row in rows:
        code = row["state_po"].strip()
        check(re.fullmatch(r"[A-Z]{2}", code) is not None, "bad state code %r" % code)
        check(code not in seen, "%s: duplicate row" % code)
        seen.add(code)

        category = row["category"].strip()
        check(category in CATEGORIES, "%s: unknown category %r" % (code, category))
        verified = row["verified"].strip()
        check(verified in CERTAINTY, "%s: unknown verified value %r" % (code, verified))
        certainty = CERTAINTY[verified]
        flag = row["ufpea"].strip()
        check(flag in ("yes", "no"), "%s: ufpea must be yes or no, not %r" % (code, flag))
        is_ufpea = flag == "yes"
        check(not is_ufpea or category == "vote_cancelled_replaced",
              "%s: a UFPEA state must be vote_cancelled_replaced" % code)

        check(code in SUMMARIES, "%s: no summary written" % code)
        want_category, want_certainty, summary, earlier = SUMMARIES[code]
        check(want_category == category,
              "%s: summary was written for %s but the table now says %s" % (code, want_category, category))
        check(want_certainty == certainty,
              "%s: summary was written for certainty %s but the table now says %s" % (code, want_certainty, certainty))
        since = parse_since(code, row["since_year"])
        check(("{since}" in summary) == (since is not None),
              "%s: the summary must name the since year exactly when the table has one" % code)
        check(earlier is None or since is not None, "%s: an earlier rule needs a since year" % code)
        placeholders = set(re.findall(r"\{[^}]*\}", summary))
        check(placeholders <= {"{state}", "{since}"}, "%s: unknown placeholder in %s" % (code, placeholders))
        check(len(summary) < 400, "%s: summary too long" % code)

        disagreement = "DISAGREE" in row["notes"].upper()
        caveat = CAVEATS.get(code) or (default_caveat(category) if certainty == "partly" else None)
        if certainty == "partly" or disagreement:
            check(caveat is not None, "%s: partly checked or disputed, but no caveat" % code)
        else:
            check(caveat is None, "%s: verified and undisputed, but a caveat is set" % code)
        for text in (summary, earlier, caveat):
            check(text is None or ("'" not in text and '"' not in text),
                  "%s: use curly apostrophes and quotes in %r" % (code, text))
            check(text is None or "{" not in text.replace("{state}", "").replace("{since}", ""),
                  "%s: stray brace in %r" % (code, text))

        statute = row["statute"].strip() or None
        statute = STATUTE_OVERRIDES.get((code, statute), statute)
        sources = parse_sources(code, row["source"])
        if code in STATUTE_SOURCES:
            sources.insert(0, STATUTE_SOURCES[code])
        states[code] = {
            "name": row["state"].strip(),
            "category": category,
            "summary": summary,
            "earlier": earlier,
            "since": since,
            "ufpea": is_ufpea,
            "statute": statute,
            "source_date": row["as_of"].strip(),
            "sources": sources,
            "certainty": certainty,
            "caveat": caveat,
        }
    used_overrides = {key for key in STATUTE_OVERRIDES if key[0] in states and states[key[0]]["statute"] == STATUTE_OVERRIDES[key]}
    check(used_overrides == set(STATUTE_OVERRIDES), "a statute override no longer matches the table")
    unused = (set(SUMMARIES) | set(CAVEATS)) - seen
    check(not unused, "texts written for states not in the table: %s" % ", ".join(sorted(unused)))
    return {"format": 1, "as_of": AS_OF, "states": dict(sorted(states.items()))}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=os.path.join(REPO_ROOT, "..", "shared", "data"),
                        help="folder with the raw CSV files (default: ../shared/data)")
    parser.add_argument("--out", default=os.path.join(REPO_ROOT, "data", "faithless-laws.json"),
                        help="output file (default: data/faithless-laws.json)")
    args = parser.parse_args()

    try:
        with open(os.path.join(args.shared, RAW_FILE), encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            check(reader.fieldnames == COLUMNS, "unexpected columns in %s: %s" % (RAW_FILE, reader.fieldnames))
            rows = list(reader)
        doc = build(rows)
    except (CheckFailed, OSError) as failure:
        print("make-laws: CHECK FAILED: %s" % failure, file=sys.stderr)
        return 1

    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    with open(args.out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)

    counts = collections.Counter(entry["category"] for entry in doc["states"].values())
    certainty = collections.Counter(entry["certainty"] for entry in doc["states"].values())
    print("make-laws: wrote %d entries to %s (as of %s)"
          % (len(doc["states"]), os.path.relpath(args.out), doc["as_of"]))
    for category in CATEGORIES:
        members = sorted(code for code, entry in doc["states"].items() if entry["category"] == category)
        print("  %-24s %2d  %s" % (category, counts[category], " ".join(members)))
    print("  UFPEA: %s" % " ".join(code for code, entry in doc["states"].items() if entry["ufpea"]))
    print("  certainty: %d verified, %d partly; %d with a caveat"
          % (certainty["verified"], certainty["partly"],
             sum(1 for entry in doc["states"].values() if entry["caveat"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
