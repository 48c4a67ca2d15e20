#include "ingest/manifest.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {
std::string string_field(const nlohmann::json& o, const char* key) {
  const auto it = o.find(key);
  if (it == o.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

}  // namespace

void read_meta_fields(const nlohmann::json& o, DocumentMeta& meta, const std::string& where,
                      Diagnostics& diag) {
  meta.url = string_field(o, "url");
  meta.source = string_field(o, "source");
  meta.title = string_field(o, "title");
  meta.author = string_field(o, "author");
  meta.language = string_field(o, "language");
  std::string published = string_field(o, "published");
  if (published.empty()) published = string_field(o, "date");
  if (!published.empty()) {
    meta.published = Date::parse_iso(published);
    if (!meta.published)
      diag.warn(where, "cannot read the date \"" + published + "\" (want YYYY-MM-DD); date unknown");
  }
}

Manifest Manifest::load(const std::string& path, Diagnostics& diag) {
  Manifest m;
  m.path_ = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(path + ": cannot open the manifest");
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (trim(line).empty()) continue;
    const std::string here = path + ":" + std::to_string(line_no);
    const auto object = nlohmann::json::parse(line, nullptr, false);
    if (object.is_discarded() || !object.is_object()) {
      diag.warn(here, "manifest line is not a JSON object; ignored");
      continue;
    }
    const std::string file = string_field(object, "file");
    if (file.empty()) {
      diag.warn(here, "manifest line has no \"file\"; ignored");
      continue;
    }
    DocumentMeta meta;
    read_meta_fields(object, meta, here, diag);
    m.entries_[std::filesystem::path(file).filename().string()] = std::move(meta);
  }
  return m;
}

bool Manifest::apply(const std::string& file, DocumentMeta& meta) const {
  const auto it = entries_.find(std::filesystem::path(file).filename().string());
  if (it == entries_.end()) return false;
  fill_missing(meta, it->second);
  return true;
}

}  // namespace parley
