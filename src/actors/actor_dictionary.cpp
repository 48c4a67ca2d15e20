#include "actors/actor_dictionary.h"

#include <algorithm>
#include <climits>
#include <unordered_set>

#include "util/strings.h"
#include "util/text_file.h"
#include "util/utf8.h"

namespace parley {

namespace {

bool valid_code(std::string_view code) {
  if (code.size() < 3) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

std::optional<Date> parse_bound(std::string_view s, std::string_view whole) {
  if (s.empty()) return std::nullopt;
  auto d = Date::parse_iso(s);
  if (!d || s.size() != 10) throw DataError("bad date \"" + std::string(s) + "\" in \"" + std::string(whole) + "\"");
  return d;
}

}  // namespace

CodeInterval parse_code_interval(std::string_view text) {
  CodeInterval c;
  const size_t at = text.find('@');
  c.code = std::string(text.substr(0, at));
  if (!valid_code(c.code)) throw DataError("bad actor code \"" + c.code + "\"");
  if (at == std::string_view::npos) return c;
  const std::string_view range = text.substr(at + 1);
  const size_t dots = range.find("..");
  if (dots == std::string_view::npos) throw DataError("want CODE@FROM..TO, got \"" + std::string(text) + "\"");
  c.from = parse_bound(range.substr(0, dots), text);
  c.to = parse_bound(range.substr(dots + 2), text);
  return c;
}

std::string ActorEntry::country_nearest(const Date& date) const {
  const CodeInterval* nearest = nullptr;
  long best = LONG_MAX;
  for (const auto& c : codes) {
    const long gap = c.from && date < *c.from ? c.from->to_days() - date.to_days()
                     : c.to && *c.to < date   ? date.to_days() - c.to->to_days()
                                              : 0;
    if (gap < best) best = gap, nearest = &c;
  }
  return nearest && nearest->code.size() >= 3 ? nearest->code.substr(0, 3) : std::string();
}

bool ActorEntry::has_code_on(const std::optional<Date>& date) const {
  return !date || std::any_of(codes.begin(), codes.end(),
                              [&](const CodeInterval& c) { return !c.bounded() || c.contains(*date); });
}

std::string ActorEntry::code_on(const std::optional<Date>& date) const {
  if (date) {
    for (const auto& c : codes)
      if (c.bounded() && c.contains(*date)) return c.code;
    for (const auto& c : codes)
      if (!c.bounded()) return c.code;
    return country_nearest(*date);
  }
  // Unknown date: the most recent knowledge.
  const CodeInterval* latest = nullptr;
  for (const auto& c : codes) {
    if (!c.bounded()) continue;
    const auto key = [](const CodeInterval& x) { return x.to ? x.to->to_days() : LONG_MAX; };
    if (!latest || key(c) >= key(*latest)) latest = &c;
  }
  if (latest) return latest->code;
  return codes.empty() ? std::string() : codes.front().code;
}

std::vector<std::string> ActorDictionary::phrase_words(std::string_view phrase) const {
  std::vector<std::string> words = tokenizer_.folded_words(phrase);
  // "the White House" matches as "White House": text says "the" in lower case
  // mid-sentence, and an actor's name must start with a capital.
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  return words;
}

void ActorDictionary::load_actors(const std::string& path) { load_actors_text(read_file(path), path); }

void ActorDictionary::load_actors_text(std::string_view text, const std::string& path) {
  for_each_tsv_line(text, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() < 3 || f.size() > 4)
      throw DataError(where(path, line) + "want 4 TAB-separated fields (kind, name, codes, aliases), got " +
                      std::to_string(f.size()));
    ActorEntry e;
    e.kind = kind_from_name(f[0]);
    if (e.kind == ActorKind::Unknown)
      throw DataError(where(path, line) + "unknown kind \"" + std::string(f[0]) + "\"");
    e.name = std::string(trim(f[1]));
    if (e.name.empty()) throw DataError(where(path, line) + "empty name");
    try {
      for (std::string_view c : split(f[2], ' '))
        if (!c.empty()) e.codes.push_back(parse_code_interval(c));
    } catch (const DataError& err) {
      throw DataError(where(path, line) + err.what());
    }
    e.file = path;
    const auto id = static_cast<uint32_t>(entries_.size());
    entries_.push_back(std::move(e));
    actor_index_.add(phrase_words(entries_.back().name), id);
    if (f.size() == 4)
      for (std::string_view alias : split(f[3], '|'))
        if (!trim(alias).empty()) actor_index_.add(phrase_words(trim(alias)), id);
    if (entries_.back().kind == ActorKind::Person)
      if (const std::string s = surname(phrase_words(entries_.back().name)); !s.empty()) {
        surnames_[s].push_back(id);
        // "al-Bashir" is also written "Bashir" or "El Bashir".
        if (s.size() > 3 && (s.starts_with("al-") || s.starts_with("el-"))) surnames_[s.substr(3)].push_back(id);
      }
  });
}

void ActorDictionary::load_aliases(const std::string& path) {
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2) throw DataError(where(path, line) + "want: phrase <TAB> actor name");
    const std::string_view name = trim(f[1]);
    const auto it = std::find_if(entries_.begin(), entries_.end(), [&](const ActorEntry& e) { return e.name == name; });
    if (it == entries_.end()) throw DataError(where(path, line) + "no actor is named \"" + std::string(name) + "\"");
    // A phrase named earlier keeps its actor, as everywhere in the dictionaries.
    actor_index_.add(phrase_words(trim(f[0])), static_cast<uint32_t>(it - entries_.begin()));
  });
}

std::string surname(const std::vector<std::string>& words) {
  static const std::unordered_set<std::string> not_surnames{"i", "ii", "iii", "iv", "v", "vi", "jr", "jr.", "sr", "sr."};
  for (size_t i = words.size(); i > 1; --i)
    if (!not_surnames.contains(words[i - 1]) && words[i - 1] != ".") return words[i - 1];
  return {};
}

std::optional<uint32_t> ActorDictionary::person_by_surname(std::string_view surname, const Date& date) const {
  const auto it = surnames_.find(std::string(surname));
  if (it == surnames_.end()) return std::nullopt;
  std::optional<uint32_t> found;
  for (uint32_t id : it->second) {
    const auto& codes = entries_[id].codes;
    const bool in_office = std::any_of(codes.begin(), codes.end(),
                                       [&](const CodeInterval& c) { return c.bounded() && c.contains(date); });
    if (!in_office) continue;
    if (!found) {
      found = id;  // the first loaded: parley's curated people before the Phoenix lists
    } else if (entries_[*found].code_on(date).substr(0, 3) != entries_[id].code_on(date).substr(0, 3)) {
      return std::nullopt;  // people of two countries: no guess
    }
  }
  return found;
}

CountryCodes country_codes(const ActorDictionary& d) {
  CountryCodes out;
  for (const auto& e : d.entries())
    if (e.kind == ActorKind::Country)
      for (const auto& c : e.codes)
        if (c.code.size() == 3) out.countries.insert(c.code);
  for (const auto& e : d.entries())
    if (e.kind == ActorKind::Country)
      for (const auto& c : e.codes)
        if (c.code.size() == 6 && out.countries.contains(c.code.substr(3))) out.members.insert(c.code);
  return out;
}

void load_shipped_actors(ActorDictionary& d, const std::string& dir) {
  for (const char* f : {"people.tsv", "variants.tsv", "metonyms.tsv", "capitals.tsv", "international.tsv", "nonstate.tsv",
                        "countries.tsv"})
    d.load_actors(dir + "/actors/" + f);
  d.load_aliases(dir + "/actors/peoples.tsv");
}

void load_shipped_roles(ActorDictionary& d, const std::string& dir) {
  d.load_roles(dir + "/actors/roles_parley.tsv");
  d.load_roles(dir + "/actors/roles.tsv");
}

ActorDictionary load_actor_dictionary(const Tokenizer& tokenizer, const std::string& dir,
                                      const std::vector<std::string>& user_files) {
  ActorDictionary d(tokenizer);
  for (const auto& f : user_files) d.load_actors(f);
  load_shipped_actors(d, dir);
  load_shipped_roles(d, dir);
  return d;
}

void ActorDictionary::load_roles(const std::string& path) { load_roles_text(read_file(path), path); }

void ActorDictionary::load_roles_text(std::string_view text, const std::string& path) {
  for_each_tsv_line(text, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2) throw DataError(where(path, line) + "want: phrase <TAB> code");
    Role r;
    std::string_view code = trim(f[1]);
    if (code.starts_with('~')) {
      r.sector = std::string(code.substr(1));
    } else if (code.ends_with('~')) {
      r.sector = std::string(code.substr(0, code.size() - 1));
      r.prefix = true;
    } else {
      throw DataError(where(path, line) + "role code must be ~XXX or XXX~, got \"" + std::string(code) + "\"");
    }
    if (!valid_code(r.sector + "AAA") || r.sector.empty())
      throw DataError(where(path, line) + "bad role code \"" + std::string(code) + "\"");
    const auto id = static_cast<uint32_t>(roles_.size());
    roles_.push_back(std::move(r));
    role_index_.add(phrase_words(trim(f[0])), id);
  });
}

}  // namespace parley
