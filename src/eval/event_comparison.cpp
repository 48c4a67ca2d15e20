#include "eval/event_comparison.h"

#include <algorithm>

namespace parley {

namespace {

std::string code_or_none(const Participant& p) {
  return p.present() && p.actor.known() ? p.actor.code : std::string(kNoActor);
}

// How a wrong triple differs from the nearest one on the other side: the
// gold triple that shares two of its three fields names the field that is wrong.
std::string difference(const EventTriple& gold, const EventSet& got) {
  for (const auto& g : got) {
    if (g.source == gold.source && g.target == gold.target) return "wrong code " + gold.str() + " -> " + g.code;
    if (g.code == gold.code && g.target == gold.target) return "wrong source " + gold.str() + " -> " + g.source;
    if (g.code == gold.code && g.source == gold.source) return "wrong target " + gold.str() + " -> " + g.target;
  }
  return "missing " + gold.str();
}

bool near(const EventTriple& a, const EventTriple& b) {
  return (a.source == b.source) + (a.target == b.target) + (a.code == b.code) == 2;
}

}  // namespace

EventSet event_triples(const Document& doc) {
  EventSet out;
  // A negated event ("did not attack") is stored, marked, but is no event to count.
  for (const Event& e : doc.events)
    if (!e.negated) out.insert({code_or_none(e.source), code_or_none(e.target), e.cameo});
  return out;
}

RecordComparison compare_events(const EventSet& gold, const EventSet& got) {
  RecordComparison c;
  EventSet missing, extra;
  for (const auto& g : gold) {
    if (got.count(g)) ++c.matched;
    else missing.insert(g);
  }
  for (const auto& g : got)
    if (!gold.count(g)) extra.insert(g);
  c.correct = missing.empty() && extra.empty();
  for (const auto& m : missing) c.reasons.push_back(difference(m, extra));
  for (const auto& x : extra)
    if (std::none_of(missing.begin(), missing.end(), [&](const EventTriple& m) { return near(m, x); }))
      c.reasons.push_back("extra " + x.str());
  return c;
}

void TripleScore::add(const EventSet& gold_set, const EventSet& got_set, const RecordComparison& c) {
  ++records;
  correct += c.correct;
  matched += c.matched;
  gold += gold_set.size();
  got += got_set.size();
}

}  // namespace parley
