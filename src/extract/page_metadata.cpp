#include "extract/page_metadata.h"

#include <myhtml/tag_const.h>

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {

constexpr int kMaxJsonDepth = 64;   // deeper JSON-LD is not metadata, and costs stack to free

// What the page says about itself, gathered in one pass over the Dom.
struct PageFacts {
  std::unordered_map<std::string, std::string> meta;   // name, property or itemprop -> content
  std::unordered_map<std::string, std::string> links;  // rel -> href
  std::string title, time, lang;
  nlohmann::json article;                              // the JSON-LD article object, or null
};

// Nesting depth of a JSON text, to refuse hostile JSON-LD before parsing it.
int json_depth(std::string_view s) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

bool is_article_type(const nlohmann::json& type) {
  if (type.is_array()) {
    for (const auto& t : type)
      if (is_article_type(t)) return true;
    return false;
  }
  if (!type.is_string()) return false;
  const auto& s = type.get_ref<const std::string&>();
  return s.find("Article") != std::string::npos || s.find("Posting") != std::string::npos;
}

// The article object among a JSON-LD value's top level, its array elements and its @graph.
nlohmann::json find_article(const nlohmann::json& root) {
  std::vector<const nlohmann::json*> objects;
  auto add = [&](const nlohmann::json& v) {
    if (v.is_object()) objects.push_back(&v);
    else if (v.is_array())
      for (const auto& e : v)
        if (e.is_object()) objects.push_back(&e);
  };
  add(root);
  for (size_t i = 0; i < objects.size() && i < 256; ++i)
    if (const auto g = objects[i]->find("@graph"); g != objects[i]->end()) add(*g);
  for (const auto* o : objects)
    if (const auto t = o->find("@type"); t != o->end() && is_article_type(*t)) return *o;
  for (const auto* o : objects)
    if (o->contains("headline")) return *o;
  return nullptr;
}

void read_json_ld(std::string_view text, PageFacts& facts) {
  if (!facts.article.is_null() || json_depth(text) > kMaxJsonDepth) return;
  const auto root = nlohmann::json::parse(text, nullptr, false);
  if (!root.is_discarded()) facts.article = find_article(root);
}

PageFacts gather(const Dom& dom) {
  PageFacts f;
  auto first = [](std::string& slot, std::string_view value) {
    if (slot.empty()) slot = trim(value);
  };
  for (uint32_t i = 1; i < dom.nodes.size(); ++i) {
    switch (dom.nodes[i].tag) {
      case MyHTML_TAG_META:
        for (const char* key : {"name", "property", "itemprop", "http-equiv"}) {
          const std::string names = ascii_lower(dom.attribute(i, key));
          for (std::string_view name : split(names, ' '))  // itemprop is a list
            if (!name.empty()) first(f.meta[std::string(name)], dom.attribute(i, "content"));
        }
        break;
      case MyHTML_TAG_LINK: {
        const std::string rels = ascii_lower(dom.attribute(i, "rel"));
        for (std::string_view rel : split(rels, ' '))
          if (!rel.empty()) first(f.links[std::string(rel)], dom.attribute(i, "href"));
        break;
      }
      case MyHTML_TAG_TITLE: first(f.title, dom.text_of(i)); break;
      case MyHTML_TAG_TIME: first(f.time, dom.attribute(i, "datetime")); break;
      case MyHTML_TAG_HTML: first(f.lang, dom.attribute(i, "lang")); break;
      case MyHTML_TAG_SCRIPT:
        if (dom.attribute(i, "type").find("ld+json") != std::string_view::npos && i + 1 < dom.nodes[i].end)
          read_json_ld(dom.nodes[i + 1].text, f);
        break;
      default: break;
    }
  }
  return f;
}

// A JSON-LD value as text: a string, an object's name (or @id, or url), an array's values.
std::string json_text(const nlohmann::json& v) {
  if (v.is_string()) return std::string(trim(v.get<std::string>()));
  if (v.is_object()) {
    for (const char* key : {"name", "@id", "url"})
      if (const auto it = v.find(key); it != v.end() && it->is_string()) return json_text(*it);
    return {};
  }
  if (!v.is_array()) return {};
  std::vector<std::string> parts;
  for (const auto& e : v)
    if (std::string s = json_text(e); !s.empty() && parts.size() < 8) parts.push_back(std::move(s));
  return join(parts, ", ");
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<Date> date_at(std::string_view s, size_t i) {
  if (i > 0 && is_digit(s[i - 1])) return std::nullopt;
  const std::string_view rest = s.substr(i);
  if (rest.size() >= 10 && (rest[4] == '-' || rest[4] == '/') && rest[7] == rest[4] &&
      (rest.size() == 10 || !is_digit(rest[10]))) {
    std::string iso(rest.substr(0, 10));
    iso[4] = iso[7] = '-';
    return Date::parse_iso(iso);
  }
  if (rest.size() >= 8 && (rest.size() == 8 || !is_digit(rest[8]))) return Date::parse_iso(rest.substr(0, 8));
  return std::nullopt;
}

// "By Jane Doe" -> "Jane Doe".
std::string clean_author(std::string s) {
  if (s.size() > 3 && (s.starts_with("By ") || s.starts_with("by "))) s.erase(0, 3);
  return std::string(trim(s));
}

}  // namespace

std::optional<Date> find_date(std::string_view text, bool anywhere) {
  text = trim(text);
  for (size_t i = 0; i < text.size() && (anywhere || i == 0); ++i)
    if (is_digit(text[i]))
      if (auto d = date_at(text, i); d && d->year >= 1990 && d->year <= 2100) return d;
  return std::nullopt;
}

MetadataRules MetadataRules::load(const std::string& path) {
  MetadataRules rules;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 2) throw DataError(where(path, line) + "want 2 TAB-separated fields (field, place)");
    static const char* kFields[] = {"title", "author", "published", "site", "canonical_url", "language"};
    if (std::find(std::begin(kFields), std::end(kFields), f[0]) == std::end(kFields))
      throw DataError(where(path, line) + "unknown field \"" + std::string(f[0]) + "\"");
    const size_t colon = f[1].find(':');
    Place p{std::string(f[0]), std::string(f[1].substr(0, colon)),
            colon == std::string_view::npos ? "" : ascii_lower(f[1].substr(colon + 1))};
    if (p.kind == "jsonld") p.key = std::string(f[1].substr(colon + 1));   // JSON-LD keys keep their case
    const bool keyed = p.kind == "jsonld" || p.kind == "meta" || p.kind == "link";
    const bool plain = p.kind == "title" || p.kind == "time" || p.kind == "url" || p.kind == "lang";
    if (!(keyed && !p.key.empty()) && !(plain && colon == std::string_view::npos))
      throw DataError(where(path, line) + "unknown place \"" + std::string(f[1]) + "\"");
    rules.places_.push_back(std::move(p));
  });
  return rules;
}

DocumentMeta MetadataRules::read(const Dom& dom, std::string_view url) const {
  const PageFacts facts = gather(dom);
  auto lookup = [&](const auto& map, const std::string& key) {
    const auto it = map.find(key);
    return it == map.end() ? std::string() : it->second;
  };
  auto value = [&](const Place& p) -> std::string {
    if (p.kind == "jsonld")
      return facts.article.is_object() && facts.article.contains(p.key) ? json_text(facts.article[p.key]) : "";
    if (p.kind == "meta") return lookup(facts.meta, p.key);
    if (p.kind == "link") return lookup(facts.links, p.key);
    if (p.kind == "title") return facts.title;
    if (p.kind == "time") return facts.time;
    if (p.kind == "lang") return facts.lang;
    // The URL given, else the one the page gives for itself.
    if (!url.empty()) return std::string(url);
    const std::string canonical = lookup(facts.links, "canonical");
    return canonical.empty() ? lookup(facts.meta, "og:url") : canonical;
  };
  DocumentMeta meta;
  for (const Place& p : places_) {
    const std::string v = value(p);
    if (v.empty()) continue;
    if (p.field == "published") {
      if (!meta.published) meta.published = find_date(v, p.kind == "url");
      continue;
    }
    std::string& slot = p.field == "title" ? meta.title
                        : p.field == "author" ? meta.author
                        : p.field == "site" ? meta.source
                        : p.field == "canonical_url" ? meta.url
                                                      : meta.language;
    if (slot.empty()) slot = p.field == "author" ? clean_author(v) : v;
  }
  if (meta.url.empty()) meta.url = url;
  return meta;
}

}  // namespace parley
