#!/usr/bin/env python3
"""Convert WordNet 3.0's named instances to parley's typed name list, wordnet_names.tsv.

WordNet 3.0 (Princeton University, https://wordnet.princeton.edu/) is under the
WordNet 3.0 license: permission to use, copy, modify and distribute with the
copyright notice, the statements and the disclaimer on all copies, which the
output's header carries. Debian ships it as wordnet-base:

    apt-get install wordnet-base     # or: apt-get download wordnet-base && dpkg-deb -x wordnet-base*.deb x
    python3 tools/convert/wordnet_names.py --data-noun /usr/share/wordnet/data.noun \
        --out data/nlp/wordnet_names.tsv

An instance synset ("Danube": instance of river) gets the type its class's
hypernym chains (@i, then @) reach first: PER under person; LOC under location,
land, body of water, geological formation, structure or way (streets, canals);
ORG under organization, terrorist organization or establishment (universities).
Only capitalized lemmas are kept ("Danube", "Albert Einstein", not
"capital_of_Austria"). A name typed two ways by different synsets
("Washington": the city, the state and the president) goes to the type most of
its synsets have, and is left out on a tie (with --drop-conflicts, always). With --classes, capitalized
lemmas of ordinary synsets under organization ("United Nations", "Red Cross")
are added as ORG as well (persons and places are left out there: their
capitalized classes are mostly nationalities and followers, "American",
"Democrat").

Python 3 standard library only.
"""
import argparse
import collections

# The synsets (offsets in WordNet 3.0's data.noun) whose descendants have a type.
ROOTS = {
    "00007846": "PER",  # person, individual, someone
    "00027167": "LOC",  # location
    "09225146": "LOC",  # body of water
    "09287968": "LOC",  # geological formation (mountains, islands, valleys)
    "04341686": "LOC",  # structure, construction (buildings, bridges)
    "09334396": "LOC",  # land (islands, continents, peninsulas, capes)
    "04564698": "LOC",  # way (streets, roads, canals)
    "08008335": "ORG",  # organization
    "08392137": "ORG",  # terrorist organization (a political movement in WordNet)
    "03297735": "ORG",  # establishment (universities, hospitals: buildings in WordNet, named as bodies)
}
TYPES = ("PER", "LOC", "ORG")


def read_synsets(path):
    """{offset: (lemmas, hypernyms, instance_of)} from data.noun."""
    synsets = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):  # the license header
                continue
            fields = line.split(" | ")[0].split()
            offset, words = fields[0], int(fields[3], 16)
            lemmas = [fields[4 + 2 * k] for k in range(words)]
            k = 4 + 2 * words
            pointers = int(fields[k])
            hypernyms, instance_of = [], []
            for p in range(pointers):
                symbol, target, pos = fields[k + 1 + 4 * p: k + 4 + 4 * p]
                if pos != "n":
                    continue
                if symbol == "@":
                    hypernyms.append(target)
                elif symbol == "@i":
                    instance_of.append(target)
            synsets[offset] = (lemmas, hypernyms, instance_of)
    return synsets


def types_of(synsets, start, memo):
    """The types of the nearest roots that the hypernym chains from the synsets `start` reach
    (breadth first: a university is an establishment, ORG, before it is a structure, LOC)."""
    key = tuple(start)
    if key in memo:
        return memo[key]
    seen, level, found = set(), list(start), set()
    while level and not found:
        found = {ROOTS[s] for s in level if s in ROOTS}
        seen.update(level)
        level = [h for s in level for h in synsets[s][1] + synsets[s][2] if h not in seen]
    memo[key] = found
    return found


def name_of(lemma):
    """"Albert_Einstein" -> "Albert Einstein"; None unless it starts with a capital."""
    name = lemma.replace("_", " ")
    return name if name[:1].isupper() else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-noun", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--drop-conflicts", action="store_true",
                    help="leave out every name typed two ways, not only the ties")
    ap.add_argument("--classes", action="store_true",
                    help="also the capitalized lemmas of ordinary synsets under organization")
    args = ap.parse_args()
    synsets = read_synsets(args.data_noun)
    memo = {}
    votes = collections.defaultdict(collections.Counter)  # name -> type -> synsets
    untyped = mixed = 0
    for offset, (lemmas, _, instance_of) in synsets.items():
        if instance_of:
            found = types_of(synsets, instance_of, memo)
        elif args.classes:
            found = types_of(synsets, [offset], memo) & {"ORG"}
        else:
            continue
        if len(found) != 1:
            if instance_of:
                untyped += not found
                mixed += len(found) > 1
            continue
        (kind,) = found
        for lemma in lemmas:
            name = name_of(lemma)
            if name:
                votes[name][kind] += 1
    rows, ties = [], 0
    for name in sorted(votes):
        ranked = votes[name].most_common()
        if len(ranked) > 1 and (args.drop_conflicts or ranked[0][1] == ranked[1][1]):
            ties += 1
            continue
        rows.append((name, ranked[0][0]))
    counts = collections.Counter(kind for _, kind in rows)
    command = "python3 tools/convert/wordnet_names.py --data-noun /usr/share/wordnet/data.noun"
    if args.drop_conflicts:
        command += " --drop-conflicts"
    if args.classes:
        command += " --classes"
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# wordnet_names.tsv: names that WordNet 3.0 knows, typed PER, LOC or ORG, for the entity tagger\n")
        out.write("# Source: WordNet 3.0 (Princeton University, https://wordnet.princeton.edu/), data.noun,\n")
        out.write("# as shipped in Debian's wordnet-base: its instance synsets, typed by their hypernym chains"
                  + (", and the capitalized lemmas of its organizations.\n" if args.classes else ".\n"))
        out.write(f"# Converted by: {command} --out data/nlp/wordnet_names.tsv\n")
        out.write("# Format: name <TAB> PER|LOC|ORG. Do not edit by hand.\n")
        out.write("#\n")
        out.write("# WordNet 3.0 license:\n")
        out.write("# Permission to use, copy, modify and distribute this software and database and its\n")
        out.write("# documentation for any purpose and without fee or royalty is hereby granted, provided that\n")
        out.write("# you agree to comply with the following copyright notice and statements, including the\n")
        out.write("# disclaimer, and that the same appear on ALL copies of the software, database and\n")
        out.write("# documentation, including modifications that you make for internal use or for distribution.\n")
        out.write("#\n")
        out.write("# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.\n")
        out.write("#\n")
        out.write("# THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO\n")
        out.write("# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION,\n")
        out.write("# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS\n")
        out.write("# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR\n")
        out.write("# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER\n")
        out.write("# RIGHTS.\n")
        out.write("#\n")
        out.write("# The name of Princeton University or Princeton may not be used in advertising or publicity\n")
        out.write("# pertaining to distribution of the software and/or database.  Title to copyright in this\n")
        out.write("# software, database and any associated documentation shall at all times remain with\n")
        out.write("# Princeton University and LICENSEE agrees to preserve same.\n")
        for name, kind in rows:
            out.write(f"{name}\t{kind}\n")
    print(f"{len(rows)} names written ({', '.join(f'{t} {counts[t]}' for t in TYPES)}); "
          f"{ties} left out as typed two ways; instance synsets untyped {untyped}, typed two ways {mixed}")


if __name__ == "__main__":
    main()
