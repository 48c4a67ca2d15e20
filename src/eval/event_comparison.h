// Comparing coded events with gold ones as PETRARCH's validation does: a
// record's events are a set of (source code, target code, CAMEO code) triples,
// and the record is right when parley's set equals the gold set. A missing
// participant or one whose code is unknown is written "---", as PETRARCH
// writes the target of a targetless event (require_dyad false).
#pragma once

#include <compare>
#include <set>
#include <string>
#include <vector>

#include "parley/document.h"

namespace parley {

struct EventTriple {
  std::string source, target, code;
  friend auto operator<=>(const EventTriple&, const EventTriple&) = default;
  std::string str() const { return source + " " + target + " " + code; }
};

using EventSet = std::set<EventTriple>;

inline constexpr const char* kNoActor = "---";

// The document's events as triples (every event, whatever its modality).
EventSet event_triples(const Document& doc);

struct RecordComparison {
  size_t matched = 0;                // triples in both sets
  bool correct = false;              // the sets are equal
  std::vector<std::string> reasons;  // for a wrong record: "missing ARN GON 064", "wrong code ..."
};

RecordComparison compare_events(const EventSet& gold, const EventSet& got);

// Record accuracy and triple precision, recall and F1 over many records.
struct TripleScore {
  size_t records = 0, correct = 0, matched = 0, gold = 0, got = 0;
  void add(const EventSet& gold_set, const EventSet& got_set, const RecordComparison& c);
  double accuracy() const { return records ? double(correct) / double(records) : 0; }
  double precision() const { return got ? double(matched) / double(got) : 0; }
  double recall() const { return gold ? double(matched) / double(gold) : 0; }
  double f1() const { return precision() + recall() > 0 ? 2 * precision() * recall() / (precision() + recall()) : 0; }
};

}  // namespace parley
