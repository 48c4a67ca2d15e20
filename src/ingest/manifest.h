// A manifest: JSON Lines that give per-file metadata ({"file", "title",
// "source", "published", "url", "author", "language"}), looked up by the
// input file's name.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "parley/diagnostics.h"
#include "parley/document.h"

namespace parley {

class Manifest {
 public:
  // Reads a manifest file; a malformed line is reported (file:line) and skipped.
  // Throws DataError when the file cannot be read at all.
  static Manifest load(const std::string& path, Diagnostics& diag);

  // Fills the fields of `meta` that the manifest knows for `file` (matched by
  // its file name) and that are still empty. Returns whether it had an entry.
  bool apply(const std::string& file, DocumentMeta& meta) const;
  size_t size() const { return entries_.size(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::map<std::string, DocumentMeta> entries_;  // by file name
};

// Copies the metadata fields of a JSON object into `meta` (shared by JSONL
// records and manifests). Reports an unreadable date through `diag`.
void read_meta_fields(const nlohmann::json& object, DocumentMeta& meta, const std::string& where,
                      Diagnostics& diag);

}  // namespace parley
