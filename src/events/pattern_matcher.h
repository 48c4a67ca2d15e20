// Matching a verb's dictionary patterns against the words around it. Both
// coders use it: the shallow coder over the words of the clause, the
// dependency coder over the words of the verb's own phrase (its subtree
// without its subject and embedded clauses). Pattern words may be up to
// kPatternGap words apart, as TABARI allowed ("restore full diplomatic ties"
// matches "* diplomatic ties").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "events/verb_dictionary.h"

namespace parley {

struct PatternMatch {
  const VerbPattern* pattern = nullptr;  // nullptr: no pattern of the block matched
  uint32_t target_from = 0;              // where the pattern's target marker fell (words index)
  uint32_t source_at = UINT32_MAX;       // where its source marker fell, if it has one
};

// The most specific pattern of `block` whose words before the verb lie in
// words[before_begin, verb_begin) and whose words after it lie in
// words[verb_end, after_end). Without a match, target_from is verb_end.
// With `lemmas` (folded, one per word), a pattern word matches a word or its
// lemma: "* restriction" matches "lifted restrictions".
PatternMatch best_pattern(const VerbBlock& block, const std::vector<std::string_view>& words,
                          uint32_t before_begin, uint32_t verb_begin, uint32_t verb_end, uint32_t after_end,
                          const std::vector<std::string_view>* lemmas = nullptr);

}  // namespace parley
