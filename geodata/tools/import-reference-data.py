#!/usr/bin/env python3
"""Copy the project's reference tables into geodata/data/, checking them on the way.

Usage: import-reference-data.py SHARED_DATA_DIR OUT_DIR

- offices.csv: all rows and columns of the reference file, in its order, plus a `verified` column
  ("no" where the row has no source: those rest on the compiler's background knowledge only).
- municipalities.csv, localities.csv: copied unchanged after the checks in DATA-NOTES.md are re-run.
"""
import csv
import os
import sys


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
    unverified = sum(o["verified"] == "no" for o in offices)
    assert unverified == 52, unverified
    write(os.path.join(out, "offices.csv"), fields + ["verified"], offices)

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
    print(f"offices {len(offices)} ({unverified} unverified), municipalities {len(municipalities)}, "
          f"localities {len(localities)}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
