#!/usr/bin/env bash
# Runs a GoogleTest binary in N processes at once, each a shard of its tests
# (GTEST_TOTAL_SHARDS), instead of one process a test as ctest does. Under
# sanitizers a process spends a second loading the NLP model and dictionaries,
# so this is several times faster for the unit tests. Prints a failing shard's
# output; exits 1 when any shard failed.
# Usage: scripts/run-test-shards.sh BINARY [N]
set -uo pipefail

binary=$(realpath "$1")
shards=${2:-$(nproc)}
cd "$(dirname "$binary")"  # where ctest would run it
logs=$(mktemp -d)
pids=()
for ((i = 0; i < shards; i++)); do
  GTEST_TOTAL_SHARDS=$shards GTEST_SHARD_INDEX=$i "$binary" --gtest_brief=1 > "$logs/$i.log" 2>&1 &
  pids+=($!)
done
status=0
for ((i = 0; i < shards; i++)); do
  if ! wait "${pids[$i]}"; then
    echo "--- $binary, shard $i of $shards failed:" >&2
    cat "$logs/$i.log" >&2
    status=1
  fi
done
tests=$(cat "$logs"/*.log | grep -o '^\[==========\] [0-9]* tests\? from' | awk '{n += $2} END {print n + 0}')
echo "$binary: $tests tests in $shards processes, $([ $status = 0 ] && echo passed || echo FAILED)"
rm -rf "$logs"
exit $status
