#include "extract/tag_roles.h"

#include <myhtml/tag.h>   // the static tag list (api.h would redefine its types)

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {

bool parse_role(std::string_view s, TagRole& role) {
  static const std::pair<const char*, TagRole> kRoles[] = {
      {"inline", TagRole::Inline},   {"block", TagRole::Block},       {"heading", TagRole::Heading},
      {"list-item", TagRole::ListItem}, {"row", TagRole::Row},        {"cell", TagRole::Cell},
      {"break", TagRole::Break},     {"link", TagRole::Link},         {"pre", TagRole::Pre},
      {"skip", TagRole::Skip},       {"boilerplate", TagRole::Boilerplate}, {"caption", TagRole::Caption}};
  for (const auto& [name, r] : kRoles)
    if (s == name) {
      role = r;
      return true;
    }
  return false;
}

}  // namespace

TagRoles TagRoles::from_pairs(const std::vector<std::pair<std::string, TagRole>>& pairs) {
  TagRoles roles;
  roles.by_id_.assign(MyHTML_TAG_LAST_ENTRY, TagRole::Inline);
  for (const auto& [name, role] : pairs) {
    const myhtml_tag_context_t* ctx = myhtml_tag_static_search(name.data(), name.size());
    if (ctx && ctx->id < MyHTML_TAG_LAST_ENTRY) roles.by_id_[ctx->id] = role;
    roles.by_name_[name] = role;
  }
  return roles;
}

TagRoles TagRoles::load(const std::string& path) {
  std::vector<std::pair<std::string, TagRole>> pairs;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2) throw DataError(where(path, line) + "want 2 TAB-separated fields (tag, role)");
    TagRole role;
    if (!parse_role(f[1], role)) throw DataError(where(path, line) + "unknown role \"" + std::string(f[1]) + "\"");
    pairs.emplace_back(ascii_lower(f[0]), role);
  });
  return from_pairs(pairs);
}

std::string_view tag_name(uint16_t tag) {
  const myhtml_tag_context_t* ctx = tag < MyHTML_TAG_LAST_ENTRY ? myhtml_tag_static_get_by_id(tag) : nullptr;
  return ctx && ctx->name ? std::string_view(ctx->name, ctx->name_length) : std::string_view("element");
}

TagRole TagRoles::of(uint16_t tag, std::string_view name) const {
  if (tag < by_id_.size()) return by_id_[tag];
  const auto it = by_name_.find(std::string(name));
  return it == by_name_.end() ? TagRole::Inline : it->second;
}

}  // namespace parley
