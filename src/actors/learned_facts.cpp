#include "actors/learned_facts.h"

#include <cstdlib>

#include "util/strings.h"

namespace parley {

namespace {

// One line of at most `limit` bytes, cut before a UTF-8 sequence, not inside one.
std::string one_line(std::string_view text, size_t limit = 300) {
  std::string s = collapse_space(text);
  if (s.size() <= limit) return s;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

}  // namespace

bool LearnedFacts::add(LearnedFact fact) {
  if (fact.kind != ActorKind::Person || fact.code.empty() || fact.name.empty()) return false;
  const std::vector<std::string> words = dict_.phrase_words(fact.name);
  if (words.empty() || dictionary_knows(words)) return false;
  fact.evidence = one_line(fact.evidence);
  const auto id = static_cast<uint32_t>(facts_.size());
  facts_.push_back(std::move(fact));
  by_name_[join(words, " ")].push_back(id);
  if (const std::string s = surname(words); !s.empty()) by_surname_[s].push_back(id);
  return true;
}

void LearnedFacts::add_document(const Document& doc) {
  if (!doc.meta.published) return;
  for (const ActorFact& f : doc.facts) {
    const std::string_view sentence =
        f.sentence < doc.sentences.size() ? doc.slice(doc.sentences[f.sentence].span) : doc.slice(f.span);
    add({f.name, f.code, f.kind, f.role, *doc.meta.published, doc.id, f.sentence, std::string(sentence)});
  }
}

// The dictionary has the whole name: the resolver never asks about it, and its
// dated codes, not a text's, decide (Tillerson is USAGOV in 2017, not in 2019).
bool LearnedFacts::dictionary_knows(const std::vector<std::string>& words) const {
  const std::vector<std::string_view> views(words.begin(), words.end());
  return dict_.actor_phrases().longest(views, 0).length == words.size();
}

bool LearnedFacts::within(const LearnedFact& f, long day) const {
  return std::labs(f.date.to_days() - day) <= window_days_;
}

// The fact nearest to `day` within the window under `key`, this layer's
// earlier ones first, so that on a tie the earlier knowledge wins.
void LearnedFacts::nearest(const Index LearnedFacts::*index, const std::string& key, long day, Best& best) const {
  if (earlier_) earlier_->nearest(index, key, day, best);
  const auto it = (this->*index).find(key);
  if (it == (this->*index).end()) return;
  for (const uint32_t id : it->second) {
    const long distance = std::labs(facts_[id].date.to_days() - day);
    if (within(facts_[id], day) && (!best.fact || distance < best.distance)) best = {&facts_[id], distance};
  }
}

// Whether every fact within the window about someone with this surname is about `name`.
bool LearnedFacts::only_person(const std::string& surname, long day, const std::string& name) const {
  if (earlier_ && !earlier_->only_person(surname, day, name)) return false;
  const auto it = by_surname_.find(surname);
  if (it == by_surname_.end()) return true;
  for (const uint32_t id : it->second)
    if (within(facts_[id], day) && facts_[id].name != name) return false;
  return true;
}

const LearnedFact* LearnedFacts::find(std::span<const std::string_view> words, const Date& date) const {
  if (words.empty()) return nullptr;
  const std::string key = join(words, " ");
  const long day = date.to_days();
  Best best;
  nearest(&LearnedFacts::by_name_, key, day, best);
  if (best.fact || words.size() != 1) return best.fact;
  nearest(&LearnedFacts::by_surname_, key, day, best);
  return best.fact && only_person(key, day, best.fact->name) ? best.fact : nullptr;
}

bool LearnedFacts::knows_word(std::string_view folded) const {
  const std::string w(folded);
  return by_surname_.contains(w) || by_name_.contains(w);
}

std::string LearnedFacts::provenance(const LearnedFact& f) {
  return std::string(kPrefix) + f.date.iso() + " from doc " + f.doc.substr(0, 12) + " sentence " +
         std::to_string(f.sentence) + ": " + f.evidence;
}

}  // namespace parley
