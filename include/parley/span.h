// A half-open byte range [begin, end) into a Document's clean text: how every
// token, sentence, mention, event and quote points at its words.
#pragma once

#include <cstdint>

namespace parley {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace parley
