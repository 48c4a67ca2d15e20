// One JSON Lines record: an object with "text" or "html" and the metadata
// fields ("id", "url", "source", "title", "author", "language", "published").
#pragma once

#include <optional>
#include <string>

#include "ingest/raw_input.h"
#include "parley/diagnostics.h"

namespace parley {

// Parses one line. Invalid UTF-8 is repaired first (and counted in the result);
// a line that is not a JSON object, or has no text, is reported through `diag`
// under `where` ("file:line", with the column for a syntax error) and gives
// nothing. The result's meta.file is left for the caller to set.
std::optional<RawInput> parse_jsonl_record(std::string line, const std::string& where, Diagnostics& diag);

}  // namespace parley
