#!/usr/bin/env python3
"""Peer for `parley bench`: NLTK's Penn Treebank word tokenizer (Debian's python3-nltk)
on the same text, one document a line on stdin. Prints the number of tokens.
The Treebank tokenizer is regular-expression based and needs no model data."""
import sys

try:
    from nltk.tokenize import TreebankWordTokenizer
except ImportError:
    sys.stderr.write("python3-nltk is not installed (apt-get install python3-nltk)\n")
    sys.exit(1)

tokenize = TreebankWordTokenizer().tokenize
count = 0
for line in sys.stdin:
    count += len(tokenize(line))
print(count)
