#include "events/pattern_matcher.h"

namespace parley {

namespace {

constexpr uint32_t kPatternGap = 4;

// The phrase's words and, when known, their lemmas.
struct Words {
  const std::vector<std::string_view>& forms;
  const std::vector<std::string_view>* lemmas;
  bool is(uint32_t k, const std::string& w) const { return forms[k] == w || (lemmas && (*lemmas)[k] == w); }
};

bool matches_at(const Words& words, const std::vector<std::string>& phrase, uint32_t at, uint32_t limit) {
  if (phrase.empty() || at + phrase.size() > limit) return false;
  for (size_t i = 0; i < phrase.size(); ++i)
    if (!words.is(at + static_cast<uint32_t>(i), phrase[i])) return false;
  return true;
}

// The slots after the verb, in order, within [from, to), each at most
// kPatternGap words after the one before.
bool match_after(const std::vector<PatternSlot>& slots, const Words& words,
                 uint32_t from, uint32_t to, PatternMatch& m) {
  uint32_t p = from;
  for (const auto& slot : slots) {
    if (slot.kind == PatternSlot::Kind::Target) m.target_from = p;
    if (slot.kind == PatternSlot::Kind::Source) m.source_at = p;
    if (slot.kind != PatternSlot::Kind::Words) continue;
    bool found = false;
    for (uint32_t q = p; q < to && q <= p + kPatternGap && !found; ++q)
      for (const auto& alt : slot.alternatives)
        if (matches_at(words, alt, q, to)) {
          p = q + static_cast<uint32_t>(alt.size());
          found = true;
          break;
        }
    if (!found) return false;
  }
  return true;
}

// The slots before the verb, right to left, within [from, verb).
bool match_before(const std::vector<PatternSlot>& slots, const Words& words,
                  uint32_t from, uint32_t verb, PatternMatch& m) {
  uint32_t p = verb;
  for (auto it = slots.rbegin(); it != slots.rend(); ++it) {
    if (it->kind == PatternSlot::Kind::Source) m.source_at = p > from ? p - 1 : p;
    if (it->kind != PatternSlot::Kind::Words) continue;
    bool found = false;
    for (uint32_t q = p; q > from && q + kPatternGap >= p && !found;) {
      --q;
      for (const auto& alt : it->alternatives)
        if (q + alt.size() <= p && matches_at(words, alt, q, p)) {
          p = q;
          found = true;
          break;
        }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

PatternMatch best_pattern(const VerbBlock& block, const std::vector<std::string_view>& forms,
                          uint32_t before_begin, uint32_t verb_begin, uint32_t verb_end, uint32_t after_end,
                          const std::vector<std::string_view>* lemmas) {
  const Words words{forms, lemmas};
  PatternMatch best;
  best.target_from = verb_end;
  for (const auto& p : block.patterns) {
    if (best.pattern && p.weight <= best.pattern->weight) continue;
    PatternMatch m;
    m.pattern = &p;
    m.target_from = verb_end;
    if (match_after(p.after, words, verb_end, after_end, m) && match_before(p.before, words, before_begin, verb_begin, m))
      best = m;
  }
  return best;
}

}  // namespace parley
