// What each HTML tag means for extraction (TagRole), read from
// data/extract/tags.tsv; tags the file does not name are Inline.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/dom.h"

namespace parley {

class TagRoles {
 public:
  // Throws DataError with file:line for an unknown role.
  static TagRoles load(const std::string& path);
  static TagRoles from_pairs(const std::vector<std::pair<std::string, TagRole>>& pairs);

  // By MyHTML's static tag id, else (custom elements) by lower-case name.
  TagRole of(uint16_t tag, std::string_view name) const;
  bool knows_id(uint16_t tag) const { return tag < by_id_.size(); }

 private:
  std::vector<TagRole> by_id_;
  std::unordered_map<std::string, TagRole> by_name_;
};

// The tag's name ("nav"), for messages; "element" for custom elements.
std::string_view tag_name(uint16_t tag);

}  // namespace parley
