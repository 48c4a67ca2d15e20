#include "actors/resolver.h"

#include <algorithm>
#include <filesystem>
#include <span>
#include <unordered_map>

#include "util/strings.h"
#include "util/text_file.h"
#include "util/utf8.h"

namespace parley {

namespace {

enum class ItemType { Actor, Role, Name, Other };

// A run of tokens that plays one part in a title or a name.
struct Item {
  ItemType type = ItemType::Other;
  uint32_t begin = 0;  // token range in Document::tokens
  uint32_t end = 0;
  uint32_t ref = 0;    // ActorEntry index (Actor) or Role index (Role)
};

bool is_name_particle(std::string_view folded) {
  for (std::string_view p : {"al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "den",
                             "du", "la", "le", "del", "dos", "das", "abu", "ben", "bint"})
    if (folded == p) return true;
  return false;
}

std::string_view basename(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? std::string_view(path) : std::string_view(path).substr(slash + 1);
}

}  // namespace

std::unordered_set<std::string> ActorResolver::load_words(const std::string& path) {
  std::unordered_set<std::string> words;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int) {
    words.insert(utf8::fold_case(trim(f[0])));
  });
  return words;
}

// Resolves the sentences of one document in order, remembering the people
// named so far so that later mentions can refer back to them.
class SentenceResolver {
 public:
  SentenceResolver(const ActorResolver& r, Document& doc, const LearnedFacts* learned)
      : r_(r), dict_(r.dictionary_), doc_(doc), folded_(doc.norm_words()), learned_(learned) {}

  void run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      sentence_ = s;
      items_ = scan(doc_.sentences[s]);
      compose();
    }
  }

 private:
  // ---- tokens ----
  std::string_view text(uint32_t k) const { return doc_.token_text(k); }
  bool is(uint32_t k, std::string_view s) const { return folded_[k] == s; }
  bool capitalized(uint32_t k) const {
    const auto& t = doc_.tokens[k];
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) return false;
    const char32_t c = utf8::first_code_point(text(k));
    return utf8::is_upper(c) || utf8::is_digit(c);
  }
  bool honorific(uint32_t k) const {
    const auto t = text(k);
    const AbbreviationClass* c = r_.words_.find(t.ends_with('.') ? std::string(t) : std::string(t) + ".");
    return c && *c == AbbreviationClass::Title;
  }
  // Whether a possessive determiner comes right before token k ("its forces").
  bool owned(uint32_t k) const {
    if (k == doc_.sentences[sentence_].first_token) return false;
    const std::string_view w = folded_[k - 1];
    return w == "its" || w == "their" || w == "his" || w == "her" || w == "our" || w == "my" || w == "your";
  }
  bool possessive(uint32_t k) const { return is(k, "'s") || is(k, "\u2019s") || is(k, "'") || is(k, "\u2019"); }

  // ---- items ----
  std::vector<Item> scan(const Sentence& s) const {
    std::vector<Item> items;
    const uint32_t end = s.end_token;
    for (uint32_t k = s.first_token; k < end;) {
      Item it = item_at(k, s);
      items.push_back(it);
      k = it.end;
    }
    return items;
  }

  // "Iraqis", "Albanians": the plural of a country's demonym names its people.
  PhraseIndex::Match demonym_plural(uint32_t k) const {
    const std::string_view w = folded_[k];
    if (w.size() < 4 || w.back() != 's') return {};
    const std::vector<std::string_view> singular{w.substr(0, w.size() - 1)};
    const auto m = dict_.actor_phrases().longest(singular, 0, 1);
    if (!m || dict_.entries()[m.value].kind != ActorKind::Country) return {};
    return {1, m.value};
  }

  Item item_at(uint32_t k, const Sentence& s) const {
    uint32_t end = s.end_token;
    auto actor = capitalized(k) ? dict_.actor_phrases().longest(folded_, k, end) : PhraseIndex::Match{};
    if (!actor && capitalized(k)) actor = demonym_plural(k);
    if (const uint32_t p = title_in_alias(k, actor)) {  // read the title on its own
      end = k + p;
      actor = dict_.actor_phrases().longest(folded_, k, end);
    }
    const auto role = dict_.role_phrases().longest(folded_, k, end);
    if (actor && actor.length >= role.length && !part_of_longer_name(k, k + actor.length, actor.value, s))
      return {ItemType::Actor, k, k + actor.length, actor.value};
    if (role) return {ItemType::Role, k, k + role.length, role.value};
    if (capitalized(k) && doc_.tokens[k].kind == TokenKind::Word && !honorific(k) &&
        !r_.not_names_.count(std::string(folded_[k])) &&
        !(opens_sentence(k, s) && r_.words_.is_sentence_starter(text(k)))) {
      const uint32_t e = name_end(k, end);
      // One capitalized word that opens a sentence ("Critics", "Asked") or could
      // ("We", "Not") says nothing, unless it names someone met before ("Lavrov").
      const bool lone = e == k + 1 && (opens_sentence(k, s) || r_.words_.is_sentence_starter(text(k)));
      if (!lone || !lookup_person(k, e).name.empty()) return name_item(k, e);
    }
    return {ItemType::Other, k, k + 1, 0};
  }

  // The Phoenix lists have titles in people's aliases ("Russian Foreign Minister
  // Sergey Lavrov", "President Vladimir Putin"). When a person's alias starts
  // with words ending in a role and the rest is also a name of that person, the
  // length of that title, so that it is composed like any other (and kept as a
  // fact); else 0.
  uint32_t title_in_alias(uint32_t k, const PhraseIndex::Match& actor) const {
    if (!actor || dict_.entries()[actor.value].kind != ActorKind::Person) return 0;
    const uint32_t end = k + actor.length;
    for (uint32_t p = 1; p < actor.length; ++p) {
      const auto rest = dict_.actor_phrases().longest(folded_, k + p, end);
      if (!rest || rest.length != actor.length - p ||
          dict_.entries()[rest.value].name != dict_.entries()[actor.value].name)  // files may repeat a person
        continue;
      bool ends_in_role = false;  // "Russian Foreign Minister", "President"; not "Vladimir"
      for (uint32_t j = k; j < k + p && !ends_in_role; ++j)
        ends_in_role = j + dict_.role_phrases().longest(folded_, j, k + p).length == k + p;
      if (ends_in_role) return p;
    }
    return 0;
  }

  // Is token k the first word of its sentence (after any quotation marks, bullets
  // or brackets)? Its capital then says nothing about being a name.
  bool opens_sentence(uint32_t k, const Sentence& s) const {
    for (uint32_t j = s.first_token; j < k; ++j) {
      const TokenKind kind = doc_.tokens[j].kind;
      if (kind != TokenKind::Quote && kind != TokenKind::Bullet && kind != TokenKind::Punct) return false;
    }
    return true;
  }

  // A name; when it ends with a person's dictionary name ("Sergei V. Lavrov"
  // ending in "Lavrov"), it is that person.
  Item name_item(uint32_t k, uint32_t end) const {
    for (uint32_t j = k + 1; j < end; ++j) {
      const auto m = dict_.actor_phrases().longest(folded_, j, end);
      if (m && j + m.length == end && dict_.entries()[m.value].kind == ActorKind::Person)
        return {ItemType::Actor, k, end, m.value};
    }
    return {ItemType::Name, k, end, 0};
  }

  // "Washington Post", "Jordan Peterson": a place name followed by another
  // capitalized word that is neither a role nor an actor is part of a longer name;
  // not when it completes a role ("China's ambassador to Britain Liu Xiaoming").
  bool part_of_longer_name(uint32_t begin, uint32_t next, uint32_t entry, const Sentence& s) const {
    const ActorKind kind = dict_.entries()[entry].kind;
    if (kind != ActorKind::Country && kind != ActorKind::Capital) return false;
    if (completes_role(begin, s)) return false;
    if (next >= s.end_token || !capitalized(next) || doc_.tokens[next].kind != TokenKind::Word) return false;
    if (doc_.tokens[next].space_before == false) return false;
    if (r_.not_names_.count(std::string(folded_[next]))) return false;  // "Serbia Friday"
    return !dict_.role_phrases().longest(folded_, next, s.end_token) &&
           !dict_.actor_phrases().longest(folded_, next, s.end_token);
  }

  // A preposition after a role word just before token k ("ambassador to", "envoy of").
  bool completes_role(uint32_t k, const Sentence& s) const {
    if (k < s.first_token + 2 || !(is(k - 1, "to") || is(k - 1, "of") || is(k - 1, "at"))) return false;
    const uint32_t role_end = k - 1;
    for (uint32_t b = role_end; b > s.first_token && role_end - b < 4; --b)
      if (const auto m = dict_.role_phrases().longest(folded_, b - 1, role_end); m && b - 1 + m.length == role_end)
        return true;
    return false;
  }

  // "Senior Hungarian officials": a country or its demonym ends a name before it.
  bool names_country(uint32_t j, uint32_t end) const {
    const auto m = dict_.actor_phrases().longest(folded_, j, end);
    return m && dict_.entries()[m.value].kind == ActorKind::Country;
  }

  // A name runs over capitalized words, initials, and particles or hyphens
  // between them ("Bashar al - Assad", "John F. Kennedy").
  uint32_t name_end(uint32_t k, uint32_t end) const {
    uint32_t j = k + 1;
    while (j < end) {
      if (capitalized(j) && doc_.tokens[j].kind == TokenKind::Word && !honorific(j) &&
          !dict_.role_phrases().longest(folded_, j, end) && !names_country(j, end)) {
        ++j;
      } else if ((is_name_particle(folded_[j]) || is(j, "-")) && j + 1 < end && capitalized(j + 1)) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  // ---- composition ----
  const Item* at(size_t i) const { return i < items_.size() ? &items_[i] : nullptr; }
  bool other_is(size_t i, std::string_view word) const {
    const Item* it = at(i);
    return it && it->type == ItemType::Other && is(it->begin, word);
  }
  // "Algeria's leading human rights activist", "Russia's most senior diplomat":
  // up to three modifiers (amod, advmod in the parse) between a possessive and
  // the role words. The item after them.
  size_t skip_adjectives(size_t j) const {
    auto modifier = [&](const Item* it) {
      const std::string_view rel = doc_.tokens[it->begin].deprel.str();
      return it->type == ItemType::Other && (rel == "amod" || rel == "advmod");
    };
    for (int n = 0; n < 3 && at(j) && modifier(at(j)); ++n) ++j;
    return j;
  }
  bool is_person_entry(const Item* it) const {
    return it && it->type == ItemType::Actor && dict_.entries()[it->ref].kind == ActorKind::Person;
  }
  bool is_qualifier(const Item* it) const {
    if (!it || it->type != ItemType::Actor) return false;
    const ActorKind k = dict_.entries()[it->ref].kind;
    return k == ActorKind::Country || k == ActorKind::Igo || k == ActorKind::Organization ||
           k == ActorKind::Metonym || k == ActorKind::Group;
  }
  std::string entry_code(uint32_t entry) const { return dict_.entries()[entry].code_on(doc_.meta.published); }

  // "former" alone is no title ("the former Cold War foes"); "former Secretary
  // of State" is.
  bool only_modifiers(const std::vector<const Item*>& roles) const {
    for (const Item* r : roles)
      if (r->end - r->begin > 1 || dict_.roles()[r->ref].sector != "ELI") return false;
    return true;
  }

  // A role's complement: "(to|of|at|for) [the] ACTOR", as in "Ambassador to the
  // United Nations"; the preposition may already end the role ("ambassador to").
  // Returns the item after it, or `j` when there is none.
  size_t skip_complement(size_t j, const Item* last_role) const {
    const std::string_view last_word = folded_[last_role->end - 1];
    auto is_preposition = [](std::string_view w) { return w == "to" || w == "of" || w == "at" || w == "for"; };
    size_t c = j;
    if (!is_preposition(last_word)) {
      const Item* next = at(c);
      if (!next || next->type != ItemType::Other || !is_preposition(folded_[next->begin])) return j;
      ++c;
    }
    if (other_is(c, "the")) ++c;
    return at(c) && at(c)->type == ItemType::Actor ? c + 1 : j;
  }

  // The code that a qualifier (a country or organization) and role words give.
  std::string title_code(const Item* qualifier, const std::vector<const Item*>& roles) const {
    if (!qualifier) return {};
    const std::string base = entry_code(qualifier->ref);
    if (base.size() < 3) return {};
    // An organization's code says more than the role ("Hamas leaders" stay PSEREBHMS); a country's
    // longer code does not (SCGSRB, Serbia within Serbia and Montenegro): "Serbian army" is SCGSRBMIL.
    const bool says_more = base.size() > 3 && dict_.entries()[qualifier->ref].kind != ActorKind::Country;
    if (says_more || roles.empty()) return base;
    return role_code(base, roles);
  }
  std::string role_code(const std::string& country, const std::vector<const Item*>& roles) const {
    for (const Item* r : roles)
      if (dict_.roles()[r->ref].sector == "ELI") return country + "ELI";
    return dict_.roles()[roles.back()->ref].apply(country);
  }

  Span span_of(uint32_t first_token, uint32_t end_token) const {
    return {doc_.tokens[first_token].span.begin, doc_.tokens[end_token - 1].span.end};
  }
  std::string words(uint32_t first_token, uint32_t end_token) const {
    return std::string(doc_.slice(span_of(first_token, end_token)));
  }
  std::string sentence_text() const {
    std::string s = collapse_space(doc_.slice(doc_.sentences[sentence_].span));
    if (s.size() > 300) s.resize(300);
    return s;
  }

  void add(uint32_t first_token, uint32_t end_token, MentionOrigin origin, Actor actor) {
    Mention m;
    m.span = span_of(first_token, end_token);
    m.sentence = sentence_;
    m.first_token = first_token;
    m.end_token = end_token;
    m.origin = origin;
    m.actor = std::move(actor);
    doc_.mentions.push_back(std::move(m));
  }

  void remember_person(const Actor& a) {
    if (a.name.empty()) return;
    people_.push_back(a);
    const auto words = dict_.phrase_words(a.name);
    by_name_[join(words, " ")] = people_.size() - 1;
    if (const std::string s = surname(words); !s.empty()) by_surname_[s] = people_.size() - 1;
  }

  Actor dictionary_actor(uint32_t entry) const {
    const ActorEntry& e = dict_.entries()[entry];
    return Actor{e.name, e.code_on(doc_.meta.published), e.kind,
                 "dictionary " + std::string(basename(e.file))};
  }

  // Title before a name: [qualifier ['s]] role+ [(to|of|at) [the] actor] [,] name.
  // Without a name, the qualifier and roles make a nominal actor.
  size_t try_title(size_t i) {
    if (const size_t n = try_office_title(i)) return n;
    size_t j = i;
    const Item* qualifier = nullptr;
    if (is_qualifier(at(j))) {
      qualifier = at(j++);
      const Item* next = at(j);
      if (next && next->type == ItemType::Other && possessive(next->begin)) j = skip_adjectives(j + 1);
    }
    std::vector<const Item*> roles;
    while (at(j) && at(j)->type == ItemType::Role) roles.push_back(at(j++));
    if (roles.empty() || only_modifiers(roles)) return 0;
    size_t after_roles = j;
    j = skip_complement(j, roles.back());
    if (other_is(j, ",")) ++j;
    const Item* name = at(j);
    const std::string code = title_code(qualifier, roles);
    if (name && (name->type == ItemType::Name || is_person_entry(name))) {
      if (const Item* country = qualifier ? nullptr : country_after_name(j); country && !title_code(country, roles).empty()) {
        add_titled_person(items_[i].begin, *name, country->end, title_code(country, roles), roles);
        return j + 3 - i;
      }
      add_titled_person(items_[i].begin, *name, name->end, code, roles);
      return j + 1 - i;
    }
    if (!qualifier) {
      if (const size_t n = try_role_of_country(i, after_roles, roles)) return n;
      return refer_back(items_[i].begin, items_[after_roles - 1].end, roles, code) ? after_roles - i : 0;
    }
    add_nominal(i, after_roles, qualifier, roles, code);
    return after_roles - i;
  }

  // "King Hassan of Morocco", "Queen Elizabeth of Britain": the country of a
  // title without one comes after the name.
  const Item* country_after_name(size_t name) const {
    const Item* country = other_is(name + 1, "of") ? at(name + 2) : nullptr;
    return country && country->type == ItemType::Actor && dict_.entries()[country->ref].kind == ActorKind::Country
               ? country
               : nullptr;
  }

  // Role words and the country they belong to after them: "the government of
  // Gondor", "soldiers from Gondor", "opposition groups in Zimbabwe", "students
  // throughout Indonesia". People in or from a capital are of its country, in
  // their own sector ("demonstrators in Baghdad" are IRQOPP, not the government
  // the capital stands for).
  size_t try_role_of_country(size_t i, size_t j, const std::vector<const Item*>& roles) {
    const bool of = other_is(j, "of");
    const bool in = other_is(j, "in") || other_is(j, "throughout") || other_is(j, "across");
    if (!of && !in && !other_is(j, "from")) return 0;
    if (in && owned(items_[i].begin)) return 0;  // "its forces in Lebanon": a place, not a country
    size_t c = j + 1;
    if (other_is(c, "the")) ++c;
    const Item* country = at(c);
    if (!country || country->type != ItemType::Actor) return 0;
    const ActorKind kind = dict_.entries()[country->ref].kind;
    const bool capital = kind == ActorKind::Capital && !of;
    if (kind != ActorKind::Country && !capital) return 0;
    const std::string place = entry_code(country->ref);
    const std::string code = !capital ? title_code(country, roles)
                             : place.size() < 3 ? std::string()
                                                : role_code(place.substr(0, 3), roles);
    if (code.empty()) return 0;
    add_nominal(i, c + 1, country, roles, code);
    return c + 1 - i;
  }

  // A dictionary entry that names an office ("US Ambassador to the United
  // Nations", "NATO Secretary General") before a name: [,] name.
  size_t try_office_title(size_t i) {
    const Item* office = at(i);
    if (!is_qualifier(office) || dict_.entries()[office->ref].kind == ActorKind::Country) return 0;
    bool names_an_office = false;
    for (uint32_t k = office->begin; k < office->end; ++k)
      names_an_office |= r_.person_roles_.count(std::string(folded_[k])) > 0;
    if (!names_an_office) return 0;
    size_t j = i + 1;
    if (other_is(j, ",")) ++j;
    const Item* name = at(j);
    if (!name || !(name->type == ItemType::Name || is_person_entry(name))) return 0;
    add_titled_person(office->begin, *name, name->end, entry_code(office->ref));
    return j + 1 - i;
  }

  // A person named with a title: the dictionary's code when it has one for the
  // document's date, else the title's code, learned from this sentence. Either
  // way the title is a fact about the person, kept with its sentence.
  // A title without a country ("Secretary of State Rex Tillerson") gives the
  // role; the country is the one the person is known to belong to.
  void add_titled_person(uint32_t first, const Item& name, uint32_t end, std::string code,
                         const std::vector<const Item*>& roles = {}) {
    // What another document taught gives only what this title does not ("Secretary of State X": the country).
    Actor person = name.type == ItemType::Name ? lookup_person(name.begin, name.end, code.empty())
                                               : dictionary_actor(name.ref);
    if (person.name.empty()) person.name = words(name.begin, name.end);
    person.kind = ActorKind::Person;
    if (code.empty() && !roles.empty() && r_.countries_.count(std::string(person.country())))
      code = role_code(std::string(person.country()), roles);
    MentionOrigin origin = MentionOrigin::Dictionary;
    if (!code.empty()) {
      learn(person.name, code, title_words(first, name, end), span_of(first, end));
      origin = MentionOrigin::Title;
    }
    // The dictionary's code wins (the text may be a day behind: "fired FBI
    // Director James Comey"), unless the title puts the name in another
    // country: then it is someone else ("King Hassan of Morocco", not Jordan's Hassan).
    // Nor when the dictionary dates this person's offices and none holds then:
    // the title says what the dictionary does not ("Kenzo Oshima, the UN relief coordinator").
    const bool someone_else = person.known() && code.size() >= 3 && person.country() != std::string_view(code).substr(0, 3);
    const bool out_of_office =
        name.type != ItemType::Name && !dict_.entries()[name.ref].has_code_on(doc_.meta.published);
    if ((!person.known() || someone_else || out_of_office) && !code.empty()) {
      person.code = code;
      person.provenance = sentence_text();
    }
    add(first, end, origin, person);
    remember_person(person);
  }

  // The title without the name and the commas and articles around it:
  // "Russian Foreign Minister", "Russia's ambassador to the UN".
  std::string title_words(uint32_t first, const Item& name, uint32_t end) const {
    auto filler = [&](uint32_t k) { return is(k, ",") || is(k, "the") || is(k, "a") || is(k, "an"); };
    uint32_t b = first, e = end;
    if (name.begin == first) {
      b = name.end;
    } else {
      e = name.begin;
    }
    while (b < e && filler(b)) ++b;
    while (e > b && filler(e - 1)) --e;
    return b < e ? words(b, e) : std::string();
  }

  void learn(const std::string& name, const std::string& code, std::string role, Span span) {
    doc_.facts.push_back({name, code, ActorKind::Person, std::move(role), sentence_, span});
    roles_[name] = doc_.facts.back().role;
  }

  // "Russia's top diplomat", "the Russian government"; "the Russian diplomat"
  // refers back to the last Russian person named, when the role names a person.
  void add_nominal(size_t i, size_t end, const Item* qualifier, const std::vector<const Item*>& roles,
                   const std::string& code) {
    const uint32_t first = items_[i].begin;
    const uint32_t last = items_[end - 1].end;
    if (refer_back(first, last, roles, code)) return;
    const ActorKind kind = dict_.entries()[qualifier->ref].kind;
    Actor a{words(first, last), code,
            kind == ActorKind::Country || kind == ActorKind::Capital ? ActorKind::Organization : kind,
            "dictionary " + std::string(basename(dict_.entries()[qualifier->ref].file))};
    add(first, last, MentionOrigin::Title, a);
  }

  // "the Russian diplomat", "the minister", "the U.S. envoy": a definite role
  // that names one person refers to the last person named who agrees with it,
  // in country and sector when the words give a country ("RUSGOV"), else by
  // the role words a title taught ("the minister" after "Foreign Minister
  // Sergey Lavrov"). Nobody agreeing: false, and no guess.
  bool refer_back(uint32_t first, uint32_t last, const std::vector<const Item*>& roles, const std::string& code) {
    const bool definite = first > doc_.sentences[sentence_].first_token && is(first - 1, "the");
    const std::string head(folded_[roles.back()->end - 1]);
    if (!definite || !r_.person_roles_.count(head)) return false;
    for (auto it = doc_.mentions.rbegin(); it != doc_.mentions.rend(); ++it) {
      const Actor& p = it->actor;
      if (p.kind != ActorKind::Person || p.name.empty() || !agrees(p, head, code)) continue;
      Actor a = p;
      a.provenance = words(first, last) + " refers to " + a.name;
      add(first, last, MentionOrigin::Nominal, a);
      return true;
    }
    return false;
  }

  bool agrees(const Actor& person, const std::string& head, const std::string& code) const {
    if (code.size() >= 3) return person.country() == std::string_view(code).substr(0, 3) &&
                                 (code.size() == 3 || person.code == code);
    const auto role = roles_.find(person.name);
    if (role == roles_.end()) return false;
    for (const auto& w : dict_.phrase_words(role->second))
      if (w == head) return true;
    return false;
  }

  // Name [,] [the|a|an] [qualifier ['s]] role+ [(to|of|at) [the] actor]:
  // "Sergey Kislyak, the Russian ambassador to the U.S."
  size_t try_apposition(size_t i) {
    const Item* name = at(i);
    if (!name || !(name->type == ItemType::Name || is_person_entry(name)) || !other_is(i + 1, ","))
      return 0;
    size_t j = i + 2;
    if (other_is(j, "the") || other_is(j, "a") || other_is(j, "an")) ++j;
    const Item* qualifier = nullptr;
    if (is_qualifier(at(j))) {
      qualifier = at(j++);
      if (at(j) && at(j)->type == ItemType::Other && possessive(at(j)->begin)) j = skip_adjectives(j + 1);
    }
    std::vector<const Item*> roles;
    while (at(j) && at(j)->type == ItemType::Role) roles.push_back(at(j++));
    if (!qualifier || roles.empty()) return 0;
    j = skip_complement(j, roles.back());
    if (title_of_the_next_name(j) || in_a_list(i + 2, j)) return 0;
    add_titled_person(name->begin, *name, items_[j - 1].end, title_code(qualifier, roles));
    return j - i;
  }

  // "The summit, Indian Prime Minister Narendra Modi said": the title goes
  // with the name after it, not the one before the comma.
  bool title_of_the_next_name(size_t j) const {
    if (other_is(j, ",")) ++j;
    const Item* next = at(j);
    return next && (next->type == ItemType::Name || is_person_entry(next));
  }
  // "Blue Origin, Sierra Nevada Corporation, and SpaceX": names in a list, not
  // a name and its description. A description without an article is read as
  // a list item when another name follows it after a comma or "and" (past an
  // abbreviation in parentheses).
  bool in_a_list(size_t title_begin, size_t j) const {
    if (other_is(title_begin, "the") || other_is(title_begin, "a") || other_is(title_begin, "an")) return false;
    if (other_is(j, "(") && other_is(j + 2, ")")) j += 3;  // "Sierra Nevada Corporation (SNC), SpaceX"
    if (!other_is(j, ",") && !other_is(j, "and")) return false;
    size_t k = j + 1;
    if (other_is(k, "and")) ++k;
    const Item* next = at(k);
    return next && (next->type == ItemType::Name || next->type == ItemType::Actor);
  }

  // A name seen before in this document, in full or by its last word; else a
  // surname of the dictionaries' people in office; else, with `ask_learned`,
  // what other documents taught.
  Actor lookup_person(uint32_t first, uint32_t end, bool ask_learned = true) const {
    const std::string name = join(std::span(folded_).subspan(first, end - first), " ");
    if (auto it = by_name_.find(name); it != by_name_.end()) return people_[it->second];
    if (auto it = by_surname_.find(std::string(folded_[end - 1])); it != by_surname_.end())
      return people_[it->second];
    if (doc_.meta.published)  // a surname alone, or a first name and surname: someone in office then
      if (const auto entry = dict_.person_by_surname(folded_[end - 1], *doc_.meta.published))
        if (end == first + 1 || first_name_of(*entry) == folded_[first]) return dictionary_actor(*entry);
    return ask_learned ? learned_person(first, end) : Actor{};
  }

  // "Nigerian Union (of Teachers)", "Iraqi Communist Party": a name the
  // dictionaries lack that starts with a country or its demonym and ends in an
  // organization word is an organization of that country (no sector: the name
  // says no more). Else an unknown actor.
  Actor named_organization(uint32_t first, uint32_t end) const {
    if (end - first < 2 || !r_.organization_words_.count(std::string(folded_[end - 1]))) return {};
    const auto country = dict_.actor_phrases().longest(folded_, first, end - 1);
    if (!country || dict_.entries()[country.value].kind != ActorKind::Country) return {};
    const std::string code = entry_code(country.value);
    if (code.size() < 3) return {};
    return Actor{words(first, end), code.substr(0, 3), ActorKind::Organization,
                 "dictionary " + std::string(basename(dict_.entries()[country.value].file)) + " (the name's country)"};
  }

  // "Young Algerians", "Angry Iraqis": a capitalized adjective before the plural
  // of a demonym, which alone names the country's people ("Iraqis"). Not a
  // name ("L. Patikas").
  Actor people_of_country(uint32_t first, uint32_t end) const {
    if (end - first != 2 || doc_.tokens[first].upos.str() != "ADJ") return {};
    const auto people = demonym_plural(end - 1);
    return people ? dictionary_actor(people.value) : Actor{};
  }

  // The first word of a dictionary person's name ("omar" for Omar al-Bashir), folded.
  std::string first_name_of(uint32_t entry) const {
    const std::vector<std::string> words = dict_.phrase_words(dict_.entries()[entry].name);
    return words.empty() ? std::string() : words.front();
  }

  // A name that another document taught a code valid on this document's date.
  Actor learned_person(uint32_t first, uint32_t end) const {
    if (!learned_ || !doc_.meta.published) return {};
    const auto words = std::span(folded_).subspan(first, end - first);
    const LearnedFact* f = learned_->find(words, *doc_.meta.published);
    if (!f || (words.size() == 1 && named_otherwise(words[0], f->name))) return {};
    return Actor{f->name, f->code, f->kind, LearnedFacts::provenance(*f)};
  }

  // Did this document already use the word in another name, even one it
  // cannot place ("Charles Robinson ... Robinson said", "Barrett Motor Cars ...
  // Barrett")? Then the word alone is that name's, not whoever another
  // document taught.
  bool named_otherwise(std::string_view word, const std::string& name) const {
    for (const Mention& m : doc_.mentions) {
      if (m.end_token - m.first_token < 2 || m.actor.name == name) continue;
      for (uint32_t k = m.first_token; k < m.end_token; ++k)
        if (folded_[k] == word) return true;
    }
    return false;
  }

  void compose() {
    for (size_t i = 0; i < items_.size();) {
      if (const size_t n = try_title(i)) {
        i += n;
        continue;
      }
      if (const size_t n = try_apposition(i)) {
        i += n;
        continue;
      }
      const Item& it = items_[i];
      uint32_t first = it.begin;
      if (first > doc_.sentences[sentence_].first_token && honorific(first - 1)) --first;
      if (it.type == ItemType::Actor) {
        Actor a = dictionary_actor(it.ref);
        add(first, it.end, MentionOrigin::Dictionary, a);
        if (a.kind == ActorKind::Person) remember_person(a);
      } else if (it.type == ItemType::Name) {
        Actor a = lookup_person(it.begin, it.end);
        if (a.name.empty()) {
          a = named_organization(it.begin, it.end);
          if (!a.known()) a = people_of_country(it.begin, it.end);
          if (!a.known()) a.name = words(it.begin, it.end);  // a name parley cannot place yet
          add(first, it.end, MentionOrigin::Dictionary, a);
        } else {
          add(first, it.end, MentionOrigin::Alias, a);
        }
      }
      ++i;
    }
  }

  const ActorResolver& r_;
  const ActorDictionary& dict_;
  Document& doc_;
  const std::vector<std::string_view> folded_;
  const LearnedFacts* learned_;
  uint32_t sentence_ = 0;
  std::vector<Item> items_;
  std::vector<Actor> people_;
  std::unordered_map<std::string, size_t> by_name_;
  std::unordered_map<std::string, size_t> by_surname_;
  std::unordered_map<std::string, std::string> roles_;  // person -> the last title the text gave
};

void ActorResolver::resolve(Document& doc, const LearnedFacts* learned) const {
  doc.mentions.clear();
  doc.facts.clear();
  SentenceResolver(*this, doc, learned).run();
  resolve_references(references_, doc);
}

}  // namespace parley
