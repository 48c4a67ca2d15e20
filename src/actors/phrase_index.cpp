#include "actors/phrase_index.h"

#include <xxhash.h>

#include <algorithm>

namespace parley {

uint64_t PhraseIndex::edge_key(uint32_t node, std::string_view word) {
  return XXH3_64bits_withSeed(word.data(), word.size(), node);
}

bool PhraseIndex::add(const std::vector<std::string>& words, uint32_t value) {
  if (words.empty()) return false;
  uint32_t node = 0;
  for (const auto& w : words) {
    const uint64_t key = edge_key(node, w);
    const auto it = edges_.find(key);
    if (it != edges_.end()) {
      node = it->second;
    } else {
      const auto next = static_cast<uint32_t>(values_.size());
      values_.push_back(kNone);
      edges_.emplace(key, next);
      node = next;
    }
  }
  if (values_[node] != kNone) return false;
  values_[node] = value;
  ++phrases_;
  return true;
}

PhraseIndex::Match PhraseIndex::longest(const std::vector<std::string_view>& words,
                                                       size_t start, size_t limit) const {
  Match best;
  uint32_t node = 0;
  const size_t end = std::min(words.size(), limit);
  for (size_t i = start; i < end; ++i) {
    const auto it = edges_.find(edge_key(node, words[i]));
    if (it == edges_.end()) break;
    node = it->second;
    if (values_[node] != kNone) best = Match{static_cast<uint32_t>(i + 1 - start), values_[node]};
  }
  return best;
}

}  // namespace parley
