// The paragraphs of a Dom: every block-level element (p, div, li, h2, tr, pre)
// starts and ends one; inline elements and text flow into the current one.
// Each paragraph knows the element it sits in and how much of its text is
// link text, which is what the extractor decides on.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/dom.h"

namespace parley {

struct TextBlock {
  uint32_t owner = 0;        // the innermost block-level element around it
  TagRole kind = TagRole::Block;   // the owner's role: Block, Heading, ListItem, Row or Pre
  std::string text;          // white space collapsed; '\n' for <br>, kept in <pre>
  uint32_t link_bytes = 0;   // bytes of text inside links
  uint32_t words = 0;

  double link_density() const { return text.empty() ? 0 : static_cast<double>(link_bytes) / text.size(); }
};

// The paragraphs of the nodes not marked in `removed` (one flag per node).
std::vector<TextBlock> text_blocks(const Dom& dom, const std::vector<uint8_t>& removed);

}  // namespace parley
