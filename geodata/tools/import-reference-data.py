#!/usr/bin/env python3
"""Copy the project's reference tables into geodata/data/, checking them on the way.

Usage: import-reference-data.py SHARED_DATA_DIR OUT_DIR

- offices.csv: all rows and columns of the reference file, in its order, plus a `verified` column
  ("no" where the row has no source: those rest on the compiler's background knowledge only). `opened` and
  `closed` hold EDTF (ISO 8601-2) level-1 dates: a year, a season, a month, a day or an interval A/B of those.
- published_counts.csv: office counts that official and press sources published, copied unchanged after checking
  that every row has a date, a positive count and a source.
- municipalities.csv, localities.csv: copied unchanged after the checks in DATA-NOTES.md are re-run.
"""
import csv
import os
import re
import sys

# The EDTF forms the program reads (geodata/offices/partialdate.h): year, season 21-24, month, day, A/B with '..'.
EDTF_PART = r"\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-\d{2})?)?"
EDTF = re.compile(rf"^(({EDTF_PART})|(({EDTF_PART}|\.\.)/({EDTF_PART}|\.\.)))$")


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write(path, fields, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(source, out):
    fields, offices = read(os.path.join(source, "offices.csv"))
    assert len(offices) == 147, len(offices)
    assert len({o["id"] for o in offices}) == len(offices), "duplicate office id"
    for office in offices:
        office["verified"] = "yes" if office["source"].strip() else "no"
        for column in ("opened", "closed"):
            value = office[column]
            assert not value or EDTF.match(value), f"{office['id']}: {column} {value!r} is not an EDTF date"
    unverified = sum(o["verified"] == "no" for o in offices)
    assert unverified == 50, unverified
    intervals = sum("/" in o["opened"] or "/" in o["closed"] for o in offices)
    write(os.path.join(out, "offices.csv"), fields + ["verified"], offices)

    fields, published = read(os.path.join(source, "published_counts.csv"))
    for count in published:
        assert EDTF.match(count["date"]) and "/" not in count["date"], count["date"]
        assert int(count["offices"]) > 0 and count["source"].startswith("http"), count
        assert not count["municipalities"] or int(count["municipalities"]) > 0, count
    write(os.path.join(out, "published_counts.csv"), fields, published)

    fields, municipalities = read(os.path.join(source, "municipalities.csv"))
    assert len(municipalities) == 290
    assert sum(int(m["population"]) for m in municipalities) == 10379295
    assert all(m["county_code"] == m["code"][:2] for m in municipalities)
    assert len({m["fa_region"] for m in municipalities}) == 60
    write(os.path.join(out, "municipalities.csv"), fields, municipalities)

    fields, localities = read(os.path.join(source, "localities.csv"))
    assert len(localities) == 800
    codes = {m["code"] for m in municipalities}
    assert all(l["municipality_code"] in codes or not l["municipality_code"] for l in localities)
    write(os.path.join(out, "localities.csv"), fields, localities)
    print(f"offices {len(offices)} ({unverified} unverified, {intervals} with a date interval), "
          f"published counts {len(published)}, municipalities {len(municipalities)}, localities {len(localities)}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
