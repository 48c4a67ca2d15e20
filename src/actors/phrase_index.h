// A trie over token sequences: finds the longest dictionary phrase that starts
// at a given token. Edges are kept in one hash table keyed by (node, word), so
// that half a million phrases cost a few tens of megabytes and a lookup costs
// one hash probe per word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley {

class PhraseIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  PhraseIndex() : values_(1, kNone) {}

  // Adds a phrase (its words already case-folded). The first value added for a
  // phrase wins; returns false when the phrase was already there.
  bool add(const std::vector<std::string>& words, uint32_t value);

  struct Match {
    uint32_t length = 0;  // in words; 0 when nothing matched
    uint32_t value = kNone;
    explicit operator bool() const { return length > 0; }
  };
  // The longest phrase that starts at words[start]; words are case-folded.
  Match longest(const std::vector<std::string_view>& words, size_t start,
                               size_t limit = SIZE_MAX) const;

  size_t phrases() const { return phrases_; }

 private:
  static uint64_t edge_key(uint32_t node, std::string_view word);
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<uint32_t> values_;  // per node
  size_t phrases_ = 0;
};

}  // namespace parley
