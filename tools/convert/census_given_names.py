#!/usr/bin/env python3
"""Convert the 1990 US Census given-name lists to parley's given_names.tsv.

The US Census Bureau's 1990 name files (dist.male.first, dist.female.first) are
a work of the US government, in the public domain. Debian ships them inside the
Perl module Text::Names (package libtext-names-perl), as the here-documents
$COMMON_MALE_FIRSTNAMES and $COMMON_FEMALE_FIRSTNAMES of Text/Names.pm; this
script reads them from there:

    apt-get install libtext-names-perl
    python3 tools/convert/census_given_names.py \
        --names-pm /usr/share/perl5/Text/Names.pm --out data/actors/given_names.tsv

A name goes to one gender when its frequency among that gender's names is at
least RATIO times its frequency among the other's (a name missing from a list
has frequency 0); names used by both (Jordan, Jean) are left out, so that a
pronoun is never kept from someone it may well refer to.

Python 3 standard library only.
"""
import argparse
import re

RATIO = 10.0


def read_list(text, variable):
    """{NAME: percent} from the here-document assigned to $variable."""
    m = re.search(r"\$" + variable + r" = <<ENDNAMES;\n(.*?)\nENDNAMES", text, re.S)
    if not m:
        raise SystemExit(f"${variable} not found: is this Text/Names.pm?")
    out = {}
    for line in m.group(1).splitlines():
        fields = line.split()
        if len(fields) >= 2:
            out[fields[0].lower()] = float(fields[1])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names-pm", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    text = open(args.names_pm, encoding="utf-8").read()
    male = read_list(text, "COMMON_MALE_FIRSTNAMES")
    female = read_list(text, "COMMON_FEMALE_FIRSTNAMES")
    rows, ambiguous = [], 0
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f and m > 0:
            rows.append((name, "male"))
        elif f >= RATIO * m and f > 0:
            rows.append((name, "female"))
        else:
            ambiguous += 1
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# given_names.tsv: given names and the gender they almost always go with, for pronouns\n")
        out.write("# Source: US Census Bureau, 1990 name files dist.male.first and dist.female.first (public domain),\n")
        out.write("# as shipped in Debian's libtext-names-perl (Text/Names.pm).\n")
        out.write("# Converted by: python3 tools/convert/census_given_names.py --names-pm /usr/share/perl5/Text/Names.pm"
                  " --out data/actors/given_names.tsv\n")
        out.write(f"# A name is kept when one gender uses it at least {RATIO:g} times as often as the other.\n")
        out.write("# Format: name <TAB> male|female. Do not edit by hand: add names to gender_words.tsv.\n")
        for name, gender in rows:
            out.write(f"{name}\t{gender}\n")
    print(f"{len(rows)} names written, {ambiguous} left out as used by both")


if __name__ == "__main__":
    main()
