#include "events/event_emitter.h"

#include <algorithm>

namespace parley {

std::vector<size_t> targets_besides_source(const Document& doc, const std::vector<size_t>& sources,
                                           std::vector<size_t> targets) {
  if (sources.size() != 1) return targets;
  const std::string& source = doc.mentions[sources.front()].actor.name;
  std::erase_if(targets, [&](size_t t) { return doc.mentions[t].actor.name == source; });
  return targets;
}

void emit_events(Document& doc, const Event& base, const std::vector<size_t>& sources,
                 const std::vector<size_t>& targets) {
  auto add = [&](size_t s, std::optional<size_t> t) {
    const Mention& source = doc.mentions[s];
    if (t && source.actor.name == doc.mentions[*t].actor.name) return;
    Event e = base;
    e.source = {source.span, source.actor};
    if (t) e.target = {doc.mentions[*t].span, doc.mentions[*t].actor};
    const Span a = e.source.span, b = t ? e.target.span : e.verb;
    e.span = {std::min({a.begin, b.begin, e.verb.begin}), std::max({a.end, b.end, e.verb.end})};
    if (sources.size() > 1 || targets.size() > 1) e.confidence -= 0.1;
    doc.events.push_back(std::move(e));
  };
  if (targets.empty() && sources.size() > 1) {
    for (size_t s : sources)
      for (size_t t : sources)
        if (s != t) add(s, t);
    return;
  }
  for (size_t s : sources) {
    if (targets.empty()) add(s, std::nullopt);
    for (size_t t : targets) add(s, t);
  }
}

bool needs_no_target(const Event& e, const Actor& source) {
  if (e.cameo == "129") return true;
  const std::string_view sector = source.code.size() > 3 ? std::string_view(source.code).substr(3) : "";
  const bool armed = sector.starts_with("MIL") || sector.starts_with("REB") || sector.starts_with("INS") ||
                     sector.starts_with("UAF");
  return (e.root == "19" || e.root == "20") && armed;
}

std::optional<Date> date_near(const std::vector<DateResolver::TimeExpression>& times, uint32_t verb,
                              const std::optional<Date>& published) {
  const DateResolver::TimeExpression* best = nullptr;
  auto distance = [verb](const DateResolver::TimeExpression& t) {
    return t.begin > verb ? t.begin - verb : verb - t.end;
  };
  for (const auto& t : times)
    if (t.dates_event && t.date && (!best || distance(t) < distance(*best))) best = &t;
  return best ? best->date : published;
}

}  // namespace parley
