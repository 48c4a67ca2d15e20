#include "ingest/jsonl_record.h"

#include <nlohmann/json.hpp>

#include "ingest/manifest.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace parley {

std::optional<RawInput> parse_jsonl_record(std::string line, const std::string& where, Diagnostics& diag) {
  // The JSON parser rejects invalid UTF-8; repair it first, as for text files.
  const uint32_t repairs = utf8::repair(line);
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is the 1-based column in this line.
    diag.skip(where + ":" + std::to_string(e.byte), "malformed-json", std::string("malformed JSON: ") + e.what());
    return std::nullopt;
  } catch (const nlohmann::json::exception& e) {  // e.g. a number too large for any type
    diag.skip(where, "malformed-json", std::string("unreadable JSON: ") + e.what());
    return std::nullopt;
  }
  if (!object.is_object()) {
    diag.skip(where, "malformed-json", "a JSON Lines record must be an object");
    return std::nullopt;
  }
  RawInput input;
  input.where = where;
  input.utf8_repairs = repairs;
  read_meta_fields(object, input.meta, where, diag);
  const auto text = object.find("text");
  const auto html = object.find("html");
  if (text != object.end() && text->is_string()) {
    input.bytes = text->get<std::string>();
    input.format = InputFormat::Text;
  } else if (html != object.end() && html->is_string()) {
    input.bytes = html->get<std::string>();
    input.format = InputFormat::Html;
  } else {
    diag.skip(where, "no-text", "record has no \"text\" or \"html\" string");
    return std::nullopt;
  }
  if (trim(input.bytes).empty()) {
    diag.skip(where, "empty", "record's text is empty");
    return std::nullopt;
  }
  if (const auto id = object.find("id"); id != object.end() && id->is_string())
    input.where += " (id " + id->get<std::string>() + ")";
  return input;
}

}  // namespace parley
