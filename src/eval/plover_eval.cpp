#include "eval/plover_eval.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "eval/part.h"
#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {

// The countries of a gold `source` or `target`: a list of {code}, or a string
// or nothing when the gold names no actor ("diplomatic", "").
std::vector<std::string> countries(const nlohmann::json& side) {
  std::vector<std::string> out;
  if (!side.is_array()) return out;
  for (const auto& actor : side) {
    const std::string code = actor.is_object() ? actor.value("code", "") : "";
    if (code.size() >= 3 && std::find(out.begin(), out.end(), code.substr(0, 3)) == out.end())
      out.push_back(code.substr(0, 3));
  }
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return !s.empty() && std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

std::vector<PloverRecord> load_plover_records(const std::string& path, const std::string& part) {
  nlohmann::json all;
  try {
    all = nlohmann::json::parse(read_file(path));
  } catch (const nlohmann::json::exception& e) {
    throw DataError(path + ": " + e.what());
  }
  if (!all.is_array() || all.empty()) throw DataError(path + ": want a JSON array of records");
  std::vector<PloverRecord> out;
  for (size_t i = 0; i < all.size(); ++i) {
    const auto& j = all[i];
    const std::string where_ = path + ": record " + std::to_string(i + 1) + ": ";
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string() || !j.contains("event") || !j["event"].is_string())
      throw DataError(where_ + "want an object with id and event (strings)");
    PloverRecord r;
    r.id = j["id"].get<std::string>();
    r.type = j["event"].get<std::string>();
    if (r.type == "DOCUMENT" || !in_part(r.id, part)) continue;
    if (!j.contains("text") || !j["text"].is_string()) throw DataError(where_ + r.id + " has no text");
    r.text = j["text"].get<std::string>();
    if (j.contains("date") && j["date"].is_string()) r.date = Date::parse_iso(j["date"].get<std::string>());
    r.source_countries = countries(j.value("source", nlohmann::json()));
    r.target_countries = countries(j.value("target", nlohmann::json()));
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::string> plover_05_types(const PloverEvent& e) {
  const std::string root = e.cameo.substr(0, 2);
  if (e.type == "REQUEST") return {"DEMAND"};
  if (e.type == "ACCUSE") return {root == "09" ? "INVESTIGATE" : "DISAPPROVE"};
  if (e.type == "ASSAULT") return {root == "19" || root == "20" ? "FIGHT" : "ASSAULT"};
  if (root == "08") return {"CONCEDE", "RETREAT"};
  return {e.type};
}

std::string member_country(std::string_view code, const std::unordered_set<std::string>& members) {
  if (code.size() < 6 || !members.contains(std::string(code.substr(0, 6)))) return {};
  return std::string(code.substr(3, 3));
}

PloverCheck check_plover(const PloverRecord& gold, const std::vector<PloverEvent>& got) {
  PloverCheck c;
  for (const auto& e : got) {
    const bool type = contains(plover_05_types(e), gold.type);
    const bool source = contains(gold.source_countries, e.source_country) || contains(gold.source_countries, e.source_member);
    c.type |= type;
    c.type_source |= type && source;
    c.source |= source;
    c.target |= contains(gold.target_countries, e.target_country) || contains(gold.target_countries, e.target_member);
  }
  if (!c.type) c.reasons.push_back(got.empty() ? "no event" : "wrong type");
  const bool has_source = !gold.source_countries.empty(), has_target = !gold.target_countries.empty();
  if (c.type && has_source && !c.type_source) c.reasons.push_back("wrong source of the " + gold.type + " event");
  if (has_source && !c.source && !got.empty()) c.reasons.push_back("no event with a gold source country");
  if (has_target && !c.target && !got.empty()) c.reasons.push_back("no event with a gold target country");
  return c;
}

PloverCheck check_actors(const PloverRecord& gold, const std::vector<std::string>& countries) {
  PloverCheck c;
  for (const auto& country : countries) {
    c.source |= contains(gold.source_countries, country);
    c.target |= contains(gold.target_countries, country);
  }
  return c;
}

void CountryTally::add(const PloverRecord& gold, const PloverCheck& c) {
  if (!gold.source_countries.empty()) {
    ++with_source;
    source += c.source;
  }
  if (!gold.target_countries.empty()) {
    ++with_target;
    target += c.target;
  }
}

void PloverScore::add(const PloverRecord& gold, const PloverCheck& c, bool coded_any) {
  ++records;
  type += c.type;
  if (!gold.source_countries.empty()) type_source += c.type_source;
  countries.add(gold, c);
  if (!coded_any) return;
  ++coded;
  when_coded.add(gold, c);
}

}  // namespace parley
