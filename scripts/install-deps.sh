#!/usr/bin/env bash
# Installs the Debian packages that parley builds and tests with, when they are
# missing. Uses sudo when not root. Safe to run again: installs only what is absent.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libsqlite3-dev        # the store
  nlohmann-json3-dev    # JSON Lines input, JSON output
  libcli11-dev          # the command line
  libutf8proc-dev       # Unicode classes, case folding, NFKC
  libxxhash-dev         # document and event ids
  libre2-dev            # boilerplate rules (linear-time regular expressions)
  libtbb-dev            # the parallel pipeline
  libzstd-dev           # compressed model files
  libmodest-dev         # HTML parsing: MyHTML, an HTML5 parser, and its charset converters
  zlib1g-dev            # the extraction benchmark's gzipped pages
  libgtest-dev libgmock-dev   # tests
  sqlite3               # the tests query the store as a user would
)

# `install-deps.sh bench` adds the benchmarks' peers for Debian's python3: NLTK's tokenizer and
# readability-lxml (Mozilla Readability's Python port) for article extraction.
[ "${1:-}" = "bench" ] && packages+=(python3 python3-nltk python3-readability)
# `install-deps.sh fuzz` adds clang and its libFuzzer runtime.
[ "${1:-}" = "fuzz" ] && packages+=(clang libclang-rt-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "parley: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
