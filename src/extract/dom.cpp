#include "extract/dom.h"

#include "util/strings.h"

namespace parley {

std::string_view Dom::attribute(uint32_t i, std::string_view name) const {
  for (uint32_t a = nodes[i].attr_begin; a < nodes[i].attr_end; ++a)
    if (attributes[a].name == name) return attributes[a].value;
  return {};
}

bool Dom::has_attribute(uint32_t i, std::string_view name) const {
  for (uint32_t a = nodes[i].attr_begin; a < nodes[i].attr_end; ++a)
    if (attributes[a].name == name) return true;
  return false;
}

std::string Dom::text_of(uint32_t i) const {
  std::string raw;
  for (uint32_t n = i; n < nodes[i].end; ++n) {
    if (n != i && nodes[n].role == TagRole::Skip && !is_text(n)) {
      n = nodes[n].end - 1;
      continue;
    }
    if (is_text(n)) raw.append(nodes[n].text).push_back(' ');
  }
  return std::string(trim(collapse_space(raw)));
}

// Chunks of 64 KB: a string_view into a chunk stays valid because a chunk is
// never appended to beyond its reserved capacity.
std::string_view Dom::keep(std::string_view s) {
  constexpr size_t kChunk = 64 * 1024;
  if (storage_.empty() || storage_.back().capacity() - storage_.back().size() < s.size()) {
    storage_.emplace_back();
    storage_.back().reserve(std::max(kChunk, s.size()));
  }
  std::string& chunk = storage_.back();
  const size_t at = chunk.size();
  chunk.append(s);
  return std::string_view(chunk).substr(at, s.size());
}

}  // namespace parley
