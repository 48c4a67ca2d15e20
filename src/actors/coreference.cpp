#include "actors/coreference.h"

#include <vector>

#include "util/strings.h"
#include "util/utf8.h"
#include "util/text_file.h"

namespace parley {

namespace {
std::optional<Gender> parse_gender(std::string_view text) {
  if (text == "male") return Gender::Male;
  if (text == "female") return Gender::Female;
  if (text == "either") return Gender::Unknown;
  return std::nullopt;
}
}  // namespace

ReferenceWords ReferenceWords::load(const std::string& path) {
  ReferenceWords r;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    const std::string_view kind = f.size() > 1 ? trim(f[1]) : std::string_view();
    const std::string word(trim(f[0]));
    const auto gender = f.size() > 2 ? parse_gender(trim(f[2])) : Gender::Unknown;
    if (!gender) throw DataError(where(path, line) + "want male, female or either, got \"" + std::string(f[2]) + "\"");
    if (kind == "person") r.add(word, ReferenceKind::Person, *gender);
    else if (kind == "collective") r.add(word, ReferenceKind::Collective);
    else if (kind == "pair") r.add(word, ReferenceKind::Pair);
    else throw DataError(where(path, line) + "want person, collective or pair, got \"" + std::string(kind) + "\"");
  });
  return r;
}

void ReferenceWords::load_genders(const std::string& path) {
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    const auto gender = f.size() > 1 ? parse_gender(trim(f[1])) : std::nullopt;
    if (!gender) throw DataError(where(path, line) + "want word <TAB> male, female or either");
    add_gender(std::string(trim(f[0])), *gender);
  });
}

const ReferenceWords::Reference* ReferenceWords::find(std::string_view folded) const {
  const auto it = words_.find(std::string(folded));
  return it == words_.end() ? nullptr : &it->second;
}

std::optional<Gender> ReferenceWords::gender(std::string_view folded) const {
  const auto it = genders_.find(std::string(folded));
  if (it == genders_.end()) return std::nullopt;
  return it->second;
}

namespace {

bool is_collective(ActorKind k) {
  return k == ActorKind::Country || k == ActorKind::Organization || k == ActorKind::Igo || k == ActorKind::Group ||
         k == ActorKind::Capital || k == ActorKind::Metonym;
}

// Walks the sentences' tokens once, copying the mentions already found and
// adding the references between them; every look-back sees only what is
// before the reference, earlier references included ("He ... He also ...").
class ReferenceResolver {
 public:
  ReferenceResolver(const ReferenceWords& words, Document& doc)
      : words_(words), doc_(doc), folded_(doc.norm_words()) {}

  void run() {
    std::vector<Mention> named = std::move(doc_.mentions);
    size_t next = 0;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      sentence_ = s;
      for (uint32_t k = doc_.sentences[s].first_token; k < doc_.sentences[s].end_token;) {
        if (next < named.size() && named[next].first_token <= k) {
          k = std::max(k, named[next].end_token);
          note_gender(named[next]);
          out_.push_back(std::move(named[next++]));
        } else {
          k += refer(k);
        }
      }
    }
    for (; next < named.size(); ++next) out_.push_back(std::move(named[next]));
    doc_.mentions = std::move(out_);
  }

 private:
  // Resolves a reference at token k when there is one; returns the tokens used (at least 1).
  uint32_t refer(uint32_t k) {
    if (const uint32_t n = pair_length(k)) return refer_to_pair(k, n) ? n : 1;
    const auto* ref = words_.find(folded_[k]);
    if (!ref || doc_.tokens[k].kind != TokenKind::Word) return 1;
    if (ref->kind == ReferenceKind::Person) refer_to_one(k, true, ref->gender);
    if (ref->kind == ReferenceKind::Collective) refer_to_one(k, false, Gender::Unknown);
    return 1;
  }

  // "the two men", "both leaders", "the pair", and "the two" before a verb.
  uint32_t pair_length(uint32_t k) const {
    const uint32_t end = doc_.sentences[sentence_].end_token;
    auto pair_head = [&](uint32_t j) {
      const auto* r = j < end ? words_.find(folded_[j]) : nullptr;
      return r && r->kind == ReferenceKind::Pair;
    };
    if (folded_[k] == "both") return pair_head(k + 1) ? 2 : 0;
    if (folded_[k] != "the" || k + 1 >= end) return 0;
    if (folded_[k + 1] == "pair") return 2;
    if (folded_[k + 1] != "two") return 0;
    if (pair_head(k + 2)) return 3;
    const bool verb_follows = k + 2 < end && (doc_.tokens[k + 2].upos == "VERB" || doc_.tokens[k + 2].upos == "AUX");
    return verb_follows ? 2 : 0;
  }

  // The actors that may be referred to from token k: those of this sentence
  // so far on the same side of any quotation mark ("... Assad is a butcher,"
  // he added: not Assad), or when there are none, those of the sentence before.
  std::vector<const Mention*> candidates(uint32_t k) const {
    std::vector<const Mention*> here, before;
    for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 1 >= sentence_; ++it) {
      if (it->actor.name.empty() || modifier(*it)) continue;
      if (it->sentence != sentence_) before.push_back(&*it);
      else if (!quote_between(it->end_token, k)) here.push_back(&*it);
    }
    return here.empty() ? before : here;
  }

  bool quote_between(uint32_t from, uint32_t to) const {
    int marks = 0;
    for (uint32_t j = from; j < to; ++j) marks += doc_.tokens[j].kind == TokenKind::Quote;
    return marks % 2 == 1;
  }

  // The word of a mention that the rest hangs on ("Bashar" in "Bashar Assad").
  uint32_t head(const Mention& m) const {
    for (uint32_t j = m.first_token; j < m.end_token; ++j) {
      const int32_t h = doc_.tokens[j].head;
      if (h < static_cast<int32_t>(m.first_token) || h >= static_cast<int32_t>(m.end_token)) return j;
    }
    return m.end_token - 1;
  }
  // "Russia vetoed it. They said": a country, organization or group that is a
  // subject (or joined to one: "Russia and China", so that two fit), with no
  // plural noun between it and "they" ("the White House assembled reporters
  // ... they entered": the reporters).
  bool collective_subject(const Mention& m, uint32_t k) const {
    const std::string_view role = doc_.tokens[head(m)].deprel.str();
    if (!is_collective(m.actor.kind) || !(role.starts_with("nsubj") || role == "conj")) return false;
    for (uint32_t j = m.end_token; j < k; ++j)
      if (doc_.tokens[j].xpos == "NNS" || doc_.tokens[j].xpos == "NNPS") return false;
    return true;
  }

  // "the Comey firing": a name used as a modifier is no one to refer to.
  bool modifier(const Mention& m) const { return doc_.tokens[head(m)].deprel == "compound"; }
  // "the future of Assad", "Assad's enemies": not one of "the two" who did something.
  bool attached_to_a_noun(const Mention& m) const { return doc_.tokens[head(m)].deprel.str().starts_with("nmod"); }

  // A person's gender, from the first mention that tells it: a title just
  // before the name or starting it ("Mrs May", "Queen Elizabeth"), else the
  // first word of the name ("Sergey Lavrov").
  void note_gender(const Mention& m) {
    if (m.actor.kind != ActorKind::Person || m.actor.name.empty() || genders_.contains(m.actor.name)) return;
    std::optional<Gender> g;
    if (m.first_token > doc_.sentences[m.sentence].first_token) g = words_.gender(folded_[m.first_token - 1]);
    if (!g) g = words_.gender(folded_[m.first_token]);
    if (!g) g = words_.gender(utf8::fold_case(m.actor.name.substr(0, m.actor.name.find(' '))));
    if (g) genders_[m.actor.name] = *g;
  }
  bool gender_fits(const Mention& m, Gender pronoun) const {
    const auto it = genders_.find(m.actor.name);
    return pronoun == Gender::Unknown || it == genders_.end() || it->second == Gender::Unknown || it->second == pronoun;
  }

  // One person (he, his, she) of the pronoun's gender, or one country or
  // organization and no person (they, their): the single distinct one among
  // the candidates, else none.
  void refer_to_one(uint32_t k, bool person, Gender gender) {
    const Mention* found = nullptr;
    for (const Mention* m : candidates(k)) {
      const bool fits = person ? m->actor.kind == ActorKind::Person && gender_fits(*m, gender)
                               : collective_subject(*m, k);
      if (!person && m->actor.kind == ActorKind::Person) return;  // "they" may be the people
      if (!fits || (found && same(*found, *m))) continue;
      if (found) return;  // two would fit: leave it
      found = m;
    }
    if (!found) return;
    if (gender != Gender::Unknown) genders_.try_emplace(found->actor.name, gender);  // "He said ... she": not him
    add(k, k + 1, MentionOrigin::Pronoun, {found});
  }

  // The last two people named: exactly two distinct among the candidates of
  // this sentence and the one before.
  bool refer_to_pair(uint32_t k, uint32_t n) {
    std::vector<const Mention*> people;
    for (auto it = out_.rbegin(); it != out_.rend() && it->sentence + 1 >= sentence_; ++it) {
      if (it->actor.kind != ActorKind::Person || it->actor.name.empty() || modifier(*it)) continue;
      bool seen = false;
      for (const Mention* p : people) seen |= same(*p, *it);
      if (!seen) people.insert(people.begin(), &*it);
    }
    if (people.size() != 2 || attached_to_a_noun(*people[0]) || attached_to_a_noun(*people[1])) return false;
    add(k, k + n, MentionOrigin::Nominal, people);
    return true;
  }

  static bool same(const Mention& a, const Mention& b) {
    return a.actor.name == b.actor.name && a.actor.code == b.actor.code;
  }

  void add(uint32_t first, uint32_t end, MentionOrigin origin, const std::vector<const Mention*>& to) {
    std::vector<Mention> added;
    for (const Mention* m : to) {
      Mention x;
      x.span = {doc_.tokens[first].span.begin, doc_.tokens[end - 1].span.end};
      x.sentence = sentence_;
      x.first_token = first;
      x.end_token = end;
      x.origin = origin;
      x.actor = m->actor;
      x.actor.provenance = std::string(doc_.slice(x.span)) + " refers to " + m->actor.name;
      added.push_back(std::move(x));
    }
    for (auto& x : added) out_.push_back(std::move(x));
  }

  const ReferenceWords& words_;
  Document& doc_;
  const std::vector<std::string_view> folded_;
  uint32_t sentence_ = 0;
  std::vector<Mention> out_;
  std::unordered_map<std::string, Gender> genders_;  // by actor name, once known
};

}  // namespace

void resolve_references(const ReferenceWords& words, Document& doc) { ReferenceResolver(words, doc).run(); }

}  // namespace parley
