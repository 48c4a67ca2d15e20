// A parsed page as parley's extractor sees it: a flat array of nodes in
// document (pre-)order, built in one pass over the HTML5 parser's tree. A
// node's subtree is the index range [i, end); its children are found by
// jumping from end to end, so every walk is a loop over indices, never a
// recursion, and sums over subtrees are one backward pass.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// What a tag means for extraction, read from data/extract/tags.tsv.
enum class TagRole : uint8_t {
  Inline,       // text flows through it: span, b, em, unknown tags
  Block,        // starts and ends a paragraph: p, div, section, table, ul
  Heading,      // h1-h6
  ListItem,     // li, dt, dd
  Row,          // tr: a line of cells
  Cell,         // td, th: cells of a row, separated by a space
  Break,        // br: a line break inside a paragraph
  Link,         // a: its text counts towards link density
  Pre,          // pre: white space kept
  Skip,         // never visible text: script, style, template, svg, head
  Boilerplate,  // page furniture by its tag: nav, aside, footer, form, button
  Caption,      // figure, figcaption: captions and credits, not body
};

struct DomAttribute {
  std::string_view name;   // lower case
  std::string_view value;
};

struct DomNode {
  uint32_t parent = 0;
  uint32_t end = 0;            // one past the last node of the subtree
  uint16_t tag = 0;            // MyHTML tag id; kTextTag for text
  TagRole role = TagRole::Inline;
  bool hidden = false;         // hidden attribute, aria-hidden, display:none
  uint32_t attr_begin = 0, attr_end = 0;   // into Dom::attributes
  std::string_view text;       // text nodes: the decoded UTF-8 text
};

class Dom {
 public:
  static constexpr uint16_t kTextTag = 1;   // MyHTML_TAG__TEXT

  Dom() = default;
  Dom(Dom&&) = default;
  Dom& operator=(Dom&&) = default;
  Dom(const Dom&) = delete;               // the string_views point into this Dom's storage

  std::vector<DomNode> nodes;              // nodes[0] is the document
  std::vector<DomAttribute> attributes;
  std::string encoding;                    // the charset the bytes were read as

  bool is_text(uint32_t i) const { return nodes[i].tag == kTextTag; }
  // The value of attribute `name` (lower case) of node i; empty when absent.
  std::string_view attribute(uint32_t i, std::string_view name) const;
  bool has_attribute(uint32_t i, std::string_view name) const;
  // The text of node i's subtree, white space collapsed, trimmed.
  std::string text_of(uint32_t i) const;

  // Storage that the string_views point into.
  std::string_view keep(std::string_view s);

 private:
  std::vector<std::string> storage_;       // chunks, never reallocated once filled
};

}  // namespace parley
