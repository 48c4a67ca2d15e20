#!/usr/bin/env python3
"""Peer for `parley bench --extraction DIR`: readability-lxml (Debian's python3-readability, the
Python port of Mozilla's Readability) on the same benchmark pages, in process, one core.
Reads DIR/ground-truth.json and DIR/html/<id>.html.gz, extracts every page's article (summary()
and its text, as a user of the library gets it), and prints "PAGES SECONDS": the time spent
extracting, without start-up and reading."""
import gzip
import json
import sys
import time
from pathlib import Path

try:
    import lxml.html
    from readability import Document
except ImportError:
    sys.stderr.write("python3-readability is not installed (apt-get install python3-readability)\n")
    sys.exit(1)

data = Path(sys.argv[1])
ids = sorted(json.loads((data / "ground-truth.json").read_text(encoding="utf8")))
pages = [gzip.decompress((data / "html" / f"{i}.html.gz").read_bytes()).decode("utf8", "replace") for i in ids]
start = time.perf_counter()
for html in pages:
    summary = Document(html).summary(html_partial=True)
    lxml.html.fromstring(summary).text_content()
print(len(pages), time.perf_counter() - start)
