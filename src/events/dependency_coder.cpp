#include "events/dependency_coder.h"

#include <algorithm>
#include <optional>

#include "events/event_emitter.h"
#include "events/mention_index.h"
#include "events/pattern_matcher.h"
#include "events/quote_finder.h"
#include "events/sentence_tree.h"
#include "util/strings.h"

namespace parley {

namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Dependents that belong to another clause or to no phrase: the verb's
// patterns are not matched across them and its target is not looked for there.
bool leaves_phrase(std::string_view base_rel) {
  return one_of(base_rel, {"advcl", "ccomp", "parataxis", "conj", "acl", "punct", "cc", "discourse", "vocative",
                           "list", "reparandum", "dislocated", "orphan", "csubj"});
}
// Prepositions whose object may be a verb's target ("sanctions on Russia",
// "ties with Gondor", "fired at the base"); the others introduce places, times or topics.
bool target_preposition(std::string_view p) {
  return one_of(p, {"with", "to", "against", "on", "upon", "for", "from", "toward", "towards", "into", "at", "over",
                    "between"});
}
bool locative_preposition(std::string_view p) {
  return one_of(p, {"in", "near", "inside", "outside", "across", "throughout"});
}
bool temporal_preposition(std::string_view p) {
  return one_of(p, {"following", "after", "before", "during", "since", "until", "amid"});
}
bool is_negation(std::string_view w) { return one_of(w, {"not", "n't", "n\u2019t", "never"}); }
bool is_modal(std::string_view w) {
  return one_of(w, {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "'d"});
}
bool is_relative_pronoun(std::string_view w) { return one_of(w, {"who", "which", "that", "whom"}); }

}  // namespace

DependencyCoder::DependencyCoder(const VerbDictionary& verbs, const VerbCompositions& compositions,
                                 const EventTables& tables, const DiscardList& discards, const DateResolver& dates,
                                 const ModalityCues& modality, const ShallowCoder& fallback)
    : verbs_(verbs), compositions_(compositions), tables_(tables), discards_(discards), dates_(dates),
      modality_(modality), fallback_(fallback) {
  // Forms are stored in load order (parley's corrections first), so the first
  // form with a lemma carries the code that wins.
  for (uint32_t i = 0; i < verbs.form_count(); ++i) {
    std::string lemma = verbs.form(i).lemma;  // "+take office": '+' marks the inflected word
    std::erase(lemma, '+');
    by_lemma_.emplace(std::move(lemma), i);
  }
}

uint32_t DependencyCoder::form_of_lemma(const std::string& lemma) const {
  const auto it = by_lemma_.find(lemma);
  return it == by_lemma_.end() ? kNone : it->second;
}

// Codes the parsed sentences of one document.
class TreeCoder {
 public:
  TreeCoder(const DependencyCoder& c, Document& doc, const CodingOptions& options)
      : c_(c), doc_(doc), options_(options), words_(doc.norm_words()), mention_at_(mention_index(doc)),
        in_quote_(tokens_in_quotes(doc, find_quote_regions(doc))), unsound_(doc.sentences.size(), false) {}

  void run() {
    if (c_.discards_.discards_document(words_)) return;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      const auto discarded = c_.discards_.find(words_, sentence.first_token, sentence.end_token);
      if (DiscardList::any_of(discarded, DiscardList::Scope::kSentence)) continue;
      SentenceTree tree(doc_, sentence);
      if (!tree.parsed()) continue;
      if (!tree.sound()) {
        unsound_[s] = true;
        continue;
      }
      code_sentence(s, sentence, tree, discarded);
    }
  }

  // The sentences whose parse was not sound, for the fallback coder.
  const std::vector<bool>& unsound() const { return unsound_; }

 private:
  using MentionRef = std::optional<size_t>;
  static constexpr uint32_t kNone = DependencyCoder::kNone;

  // A verb of the dictionary in the sentence, with the code its own phrase gives it.
  struct CodedVerb {
    uint32_t form = kNone;
    VerbCode code;
    PatternMatch match;
    std::vector<uint32_t> phrase;  // the verb's clause, in text order
  };

  struct Roles {
    int32_t source = -1, target = -1;
    std::string cameo;
    std::string location;
    std::string how;  // for the rule: which relations gave the roles
    bool composed = false;
  };

  void code_sentence(uint32_t s, const Sentence& sentence, const SentenceTree& tree,
                     const std::vector<DiscardList::Phrase>& discarded) {
    tree_ = &tree;
    sentence_ = s;
    begin_ = sentence.first_token;
    times_ = c_.dates_.find(words_, sentence.first_token, sentence.end_token, doc_.meta.published);
    verbs_.assign(sentence.end_token - begin_, CodedVerb{});
    consumed_.assign(sentence.end_token - begin_, false);
    for (uint32_t t = begin_; t < sentence.end_token; ++t) find_verb(t);
    past_clauses_.clear();
    for (const auto& phrase : discarded)
      if (phrase.scope == DiscardList::Scope::kClause) past_clauses_.push_back(clause_of(static_cast<uint32_t>(phrase.first)));
    for (uint32_t t = begin_; t < sentence.end_token; ++t)
      if (verb(t).form != kNone && !consumed_[t - begin_] && !in_past_clause(t)) code_verb(t);
  }

  // ---- clauses that a discard phrase dates in the past ----

  // The head of the clause token k stands in: its nearest verb or clausal head above it.
  uint32_t clause_of(uint32_t k) const {
    uint32_t x = k;
    for (int guard = 0; guard < 64 && tree_->head(x) >= 0; ++guard) {
      x = static_cast<uint32_t>(tree_->head(x));
      if (upos(x) == "VERB" || one_of(tree_->base_rel(x), {"advcl", "ccomp", "acl", "csubj", "parataxis"})) break;
    }
    return x;
  }

  // Whether verb t is in a clause that "two years ago" or "during World War II"
  // dates: that clause or one embedded in it. The rest of the sentence is coded.
  bool in_past_clause(uint32_t t) const {
    if (past_clauses_.empty()) return false;
    for (int64_t x = t, guard = 0; x >= 0 && guard < 64; x = tree_->head(static_cast<uint32_t>(x)), ++guard)
      if (std::find(past_clauses_.begin(), past_clauses_.end(), static_cast<uint32_t>(x)) != past_clauses_.end())
        return true;
    return false;
  }

  CodedVerb& verb(uint32_t t) { return verbs_[t - begin_]; }
  const Mention& mention(size_t m) const { return doc_.mentions[m]; }
  std::string_view upos(uint32_t t) const { return doc_.tokens[t].upos.str(); }
  std::string lemma(uint32_t t) const { return ascii_lower(doc_.token_lemma(t)); }

  // ---- finding the verbs ----

  // The dictionary form of token t: its lemma with its particle ("carry out"),
  // its lemma, or its surface form.
  uint32_t form_at(uint32_t t) const {
    const std::string base = lemma(t);
    if (const int32_t prt = tree_->child(t, "compound:prt"); prt >= 0) {
      const uint32_t f = c_.form_of_lemma(base + " " + std::string(words_[static_cast<uint32_t>(prt)]));
      if (f != kNone) return f;
    }
    // "took office": a dictionary verb of two words whose second is the next word.
    if (t + 1 < doc_.tokens.size())
      if (const uint32_t f = c_.form_of_lemma(base + " " + std::string(words_[t + 1])); f != kNone) return f;
    if (const uint32_t f = c_.form_of_lemma(base); f != kNone) return f;
    const auto m = c_.verbs_.forms().longest(words_, t, t + 1);
    return m ? m.value : kNone;
  }

  void find_verb(uint32_t t) {
    const std::string_view pos = upos(t);
    const bool verbal = pos == "VERB";
    const bool nominal = pos == "NOUN" && tree_->child(t, "nmod:poss") >= 0;  // "Trump's meeting with Lavrov"
    if (!verbal && !nominal) return;
    if (one_of(tree_->base_rel(t), {"amod", "compound"})) return;
    const uint32_t f = form_at(t);
    if (f == kNone) return;
    CodedVerb& v = verb(t);
    v.form = f;
    v.phrase = tree_->subtree(t, [&](uint32_t c) { return leaves_phrase(tree_->base_rel(c)); });
    const auto at = static_cast<uint32_t>(std::lower_bound(v.phrase.begin(), v.phrase.end(), t) - v.phrase.begin());
    std::vector<std::string_view> words;
    std::vector<std::string> lemma_of;
    words.reserve(v.phrase.size());
    lemma_of.reserve(v.phrase.size());
    for (uint32_t k : v.phrase) {
      words.push_back(words_[k]);
      lemma_of.push_back(lemma(k));
    }
    const std::vector<std::string_view> lemmas(lemma_of.begin(), lemma_of.end());
    const VerbForm& form = c_.verbs_.form(f);
    v.match = best_pattern(c_.verbs_.block(form.block), words, 0, at, at + 1, static_cast<uint32_t>(words.size()),
                           &lemmas);
    v.code = v.match.pattern ? v.match.pattern->code : form.code;
    if (v.code.null()) v.form = kNone;  // "took office", "undertake" alone: no event, nothing to compose
  }

  // ---- participants ----

  MentionRef usable_mention_at(uint32_t t) const {
    const int32_t m = mention_at_[t];
    if (m < 0 || !mention(static_cast<size_t>(m)).actor.known()) return std::nullopt;
    return static_cast<size_t>(m);
  }

  // The actor a nominal stands for: its own mention, or a name that modifies
  // it ("U.S. officials", "the government of Russia"). A possessor is not the
  // noun's actor ("Moscow's displeasure").
  // An event named by a verb's -ing form is no actor ("the Comey firing").
  // A compound's own modifiers count too ("British aircraft missiles").
  MentionRef actor_of(uint32_t t, bool in_compound = false) const {
    if (const MentionRef m = usable_mention_at(t)) return m;
    if (words_[t].ends_with("ing") && c_.verbs_.forms().longest(words_, t, t + 1)) return std::nullopt;
    for (uint32_t c : tree_->children(t)) {
      const std::string_view r = tree_->rel(c);
      const bool modifier = one_of(r, {"compound", "amod", "flat", "appos", "nmod:desc"}) ||
                            (r == "nmod" && tree_->preposition(c) == "of");
      if (!modifier) continue;
      if (const MentionRef m = usable_mention_at(c)) return m;
      if (r == "compound" && !in_compound)
        if (const MentionRef m = actor_of(c, true)) return m;
    }
    return std::nullopt;
  }

  // The actor and those conjoined with it ("Russia, Iran and Turkey"); a
  // reference to several ("the two men") is one mention per actor, all over the same words.
  std::vector<size_t> with_conjuncts(uint32_t t) const {
    std::vector<size_t> out;
    auto add_one = [&](size_t m) {
      if (mention(m).actor.known() && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    };
    auto add = [&](uint32_t k) {
      const MentionRef m = actor_of(k);
      if (!m) return;
      size_t first = *m;
      while (first > 0 && mention(first - 1).span == mention(*m).span) --first;
      for (size_t i = first; i < doc_.mentions.size() && mention(i).span == mention(*m).span; ++i) add_one(i);
    };
    add(t);
    for (uint32_t c : tree_->children(t, "conj")) add(c);
    return out;
  }

  // The token that is the verb's subject: its own, the noun a relative clause
  // modifies, or the one it shares with the verb it depends on ("Russia
  // vetoed the draft and blamed Washington", "wants to improve ties", "asked
  // Lavrov to release": the object of "ask" releases). -1 when there is none.
  int32_t subject_of(uint32_t t, int depth = 0) const {
    if (depth > 8) return -1;
    const int32_t s = tree_->child(t, "nsubj");
    const int32_t h = tree_->head(t);
    const std::string_view r = tree_->rel(t);
    if (s >= 0) {
      if (r.starts_with("acl") && h >= 0 && is_relative_pronoun(words_[static_cast<uint32_t>(s)])) return h;
      return s;
    }
    if (h < 0) return -1;
    const auto head = static_cast<uint32_t>(h);
    // "American jets bombed Syria" parsed as a clause modifying "jets": a
    // finite or -ing verb attached to a noun has that noun as its subject.
    // A verb the parser left hanging off a noun before it ("President Trump on
    // Wednesday told ...") has the same subject.
    if ((r == "acl" && !passive(t) && doc_.tokens[t].xpos != "VB") || (r == "dep" && head < t && one_of(upos(head), {"PROPN", "NOUN"})))
      return h;
    // A complement, or a clause of purpose ("sent troops to attack the town",
    // "resorted to throwing stones"), has the subject of the verb it depends
    // on, unless that verb's object or "on" oblique is an actor ("asked Lavrov
    // to release", "called on Moscow to stop"): then that actor acts.
    // A purpose clause's object must name the actor itself: in "withheld US
    // military aid to pressure Zelensky" the aid does not press.
    const int32_t mark = tree_->child(t, "mark");
    if (r == "xcomp" || (r == "advcl" && mark >= 0 && words_[static_cast<uint32_t>(mark)] == "to")) {
      auto acts = [&](uint32_t o) { return r == "xcomp" ? actor_of(o).has_value() : usable_mention_at(o).has_value(); };
      if (const int32_t o = tree_->child(head, "iobj"); o >= 0 && r == "xcomp") return o;
      if (const int32_t o = tree_->child(head, "obj"); o >= 0 && acts(static_cast<uint32_t>(o))) return o;
      for (uint32_t o : tree_->children(head, "obl"))
        if (tree_->preposition(o) == "on" && acts(o)) return static_cast<int32_t>(o);
      return subject_of(head, depth + 1);
    }
    if (r == "conj" && one_of(upos(head), {"VERB", "AUX"})) {
      // A conjunct with no "and" before it is most often a clause the parser
      // misread ("showed the president also met with Kislyak"): the object before it is its subject.
      const int32_t o = tree_->child(head, "obj");
      if (tree_->child(t, "cc") < 0 && o >= 0 && static_cast<uint32_t>(o) < t && actor_of(static_cast<uint32_t>(o)))
        return o;
      return subject_of(head, depth + 1);
    }
    if (r == "advcl" && doc_.tokens[t].xpos == "VBG" && mark < 0)
      return subject_of(head, depth + 1);  // "..., saying it would retaliate"
    return -1;
  }

  // The first token where a target may be: where the pattern's target marker fell, or anywhere.
  uint32_t target_from(uint32_t t) {
    const CodedVerb& v = verb(t);
    return v.match.pattern && v.match.target_from < v.phrase.size() ? v.phrase[v.match.target_from] : 0;
  }

  // Where the target is: the indirect or direct object, an object's
  // prepositional modifier ("ties with Gondor"), an oblique ("sanctions on
  // Russia"). A pattern's target marker moves the search to where it fell.
  // Places after "in" become the event's location. -1 when there is none.
  int32_t target_of(uint32_t t, bool statement, bool complaint, std::string& location) {
    const uint32_t from = target_from(t);
    std::vector<uint32_t> candidates;
    add_target_candidates(t, statement, location, candidates);
    // "sought to put a positive spin on the talks with Tillerson": an uncoded
    // complement's objects are the verb's own.
    if (const int32_t x = tree_->child(t, "xcomp"); x >= 0 && verb(static_cast<uint32_t>(x)).form == kNone)
      add_target_candidates(static_cast<uint32_t>(x), statement, location, candidates);
    // "complained to the United Nations over Israeli air raids": a complaint is
    // aimed at what it is about, not at whom it is made to.
    if (complaint)
      std::stable_partition(candidates.begin(), candidates.end(), [&](uint32_t c) {
        return !(tree_->base_rel(c) == "obl" && tree_->preposition(c) == "to");
      });
    for (uint32_t c : candidates)
      if (c >= from && actor_of(c)) return static_cast<int32_t>(c);
    return -1;
  }

  // Deeper in the verb's own phrase: "welcomed a resumption of ties with
  // Osgiliath". The first actor after the verb, as TABARI takes it, but
  // never from another clause or event, a subject, a possessor, an adjective ("allegations
  // of Russian interference"), or a place the event happened in. -1 when there is none.
  int32_t actor_deeper_in_phrase(uint32_t t) {
    const CodedVerb& v = verb(t);
    const uint32_t from = target_from(t);
    for (uint32_t k : v.phrase)
      if (k > t && k >= from && !one_of(tree_->rel(k), {"nmod:poss", "amod"}) && tree_->base_rel(k) != "nsubj" && !aside(t, k) && usable_mention_at(k))
        return static_cast<int32_t>(k);
    return -1;
  }

  // Whether token k of verb t's phrase lies in an oblique of place or time
  // ("in Moscow", "following the discovery of Russian-made rockets") or in a
  // complement that is an event of its own ("agreed to meet Lavrov").
  bool aside(uint32_t t, uint32_t k) {
    uint32_t x = k;
    for (int guard = 0; guard < 64 && tree_->head(x) >= 0 && static_cast<uint32_t>(tree_->head(x)) != t; ++guard)
      x = static_cast<uint32_t>(tree_->head(x));
    const std::string_view p = tree_->preposition(x);
    return (tree_->base_rel(x) == "obl" && (locative_preposition(p) || temporal_preposition(p))) ||
           (tree_->rel(x) == "xcomp" && verb(x).form != kNone);
  }

  // "rejected Saddam Hussein's proposal", "praised Haiti's efforts": the
  // owner of the object, when no other actor is the target and the owner is
  // not on the source's side ("expressed Moscow's displeasure").
  int32_t owner_of_object(uint32_t t, int32_t source) const {
    const int32_t o = tree_->child(t, "obj");
    if (o < 0) return -1;
    const int32_t owner = tree_->child(static_cast<uint32_t>(o), "nmod:poss");
    if (owner < 0) return -1;
    const MentionRef m = actor_of(static_cast<uint32_t>(owner)), s = actor_of(static_cast<uint32_t>(source));
    if (!m || !s || mention(*m).actor.country() == mention(*s).actor.country()) return -1;
    return owner;
  }

  // "declared that China must drop barriers": a statement of what someone
  // must do is a demand on them (data/events/compositions.tsv, "clause").
  void demand_in_clause(uint32_t t, Roles& r) const {
    const int32_t c = tree_->child(t, "ccomp");
    if (c < 0) return;
    const auto clause = static_cast<uint32_t>(c);
    const int32_t s = tree_->child(clause, "nsubj");
    if (s < 0 || !actor_of(static_cast<uint32_t>(s))) return;
    for (uint32_t a : tree_->children(clause, "aux"))
      if (const auto code = c_.compositions_.statement_with(words_[a])) {
        r.cameo = *code;
        r.target = s;
        r.how += ", a demand in the clause (\"" + std::string(words_[a]) + "\")";
        return;
      }
  }

  // "demanded that the United States match ...", "warned that Iran would ...":
  // an appeal, demand, rejection, accusation or threat is aimed at the subject
  // of the clause it governs. (A statement is not: "Putin said the US ...".)
  int32_t clause_subject_target(uint32_t t, const std::string& cameo) const {
    if (cameo.size() < 2 || !one_of(std::string_view(cameo).substr(0, 2), {"02", "03", "09", "10", "11", "12", "13"}))
      return -1;
    const int32_t c = tree_->child(t, "ccomp");
    if (c < 0) return -1;
    const int32_t s = tree_->child(static_cast<uint32_t>(c), "nsubj");
    return s >= 0 && actor_of(static_cast<uint32_t>(s)) ? s : -1;
  }

  // "threatened to launch an offensive unless Baghdad accepted its terms": a
  // threat or ultimatum (CAMEO 13) is aimed at whoever its condition asks to act,
  // the subject of an "unless" or "if" clause of the verb or of its complement.
  int32_t condition_subject_target(uint32_t t, const std::string& cameo) const {
    if (!cameo.starts_with("13")) return -1;
    std::vector<uint32_t> heads{t};
    if (const int32_t x = tree_->child(t, "xcomp"); x >= 0) heads.push_back(static_cast<uint32_t>(x));
    for (uint32_t h : heads)
      for (uint32_t c : tree_->children(h, "advcl")) {
        const int32_t mark = tree_->child(c, "mark"), s = tree_->child(c, "nsubj");
        if (mark < 0 || s < 0 || !one_of(words_[static_cast<uint32_t>(mark)], {"unless", "if"})) continue;
        if (actor_of(static_cast<uint32_t>(s))) return s;
      }
    return -1;
  }

  void add_target_candidates(uint32_t t, bool statement, std::string& location, std::vector<uint32_t>& out) const {
    auto add_with_modifiers = [&](uint32_t c) {  // the nominal, then its prepositional objects
      out.push_back(c);
      if (statement) return;
      // "condemned an attack by Osgiliath soldiers": the agent of the deed is the target.
      for (uint32_t n : tree_->children(c, "nmod"))
        if (target_preposition(tree_->preposition(n)) || tree_->preposition(n) == "by") out.push_back(n);
    };
    for (std::string_view rel : {"iobj", "obj"})
      for (uint32_t c : tree_->children(t, rel)) add_with_modifiers(c);
    for (uint32_t c : tree_->children(t, "obl")) {
      const std::string_view p = tree_->preposition(c);
      if (tree_->rel(c) != "obl" || p.empty()) continue;
      if (const MentionRef m = place_at(c)) {
        if (location.empty()) location = mention(*m).actor.name;
        continue;
      }
      if (target_preposition(p) && (!statement || p == "to")) add_with_modifiers(c);
    }
  }

  // ---- negation and modality ----

  bool negated(uint32_t t) const {
    for (uint32_t c : tree_->children(t))
      if (tree_->base_rel(c) == "advmod" && is_negation(words_[c])) return true;
    return false;
  }

  // The verb's auxiliaries and negation right before it are skipped back to a
  // modal, then data/events/modality.tsv says what the words before mean
  // ("wants to", "could", "will").
  Modality modality(uint32_t t) const {
    if (in_quote_[t]) return Modality::Reported;
    uint32_t k = t;
    while (k > begin_ && tree_->head(k - 1) == static_cast<int32_t>(t) && !is_modal(words_[k - 1]) &&
           (one_of(tree_->base_rel(k - 1), {"aux"}) || is_negation(words_[k - 1])))
      --k;
    if (const auto cue = c_.modality_.ending_at(words_, begin_, k)) return cue->modality;
    // "might move to charge Assad": a complement is as certain as the verb it completes.
    if (tree_->rel(t) == "xcomp" && tree_->head(t) >= 0) return modality(static_cast<uint32_t>(tree_->head(t)));
    return Modality::Done;
  }

  // ---- coding ----

  bool passive(uint32_t t) const {
    if (tree_->child(t, "nsubj:pass") >= 0 || tree_->child(t, "aux:pass") >= 0) return true;
    // A participle modifying a noun is passive ("the strike launched by the
    // US") unless it has an object, or no agent and a person before it ("Nikki
    // Haley, called on Moscow": a headline's clause the parser took for a modifier).
    if (tree_->rel(t) != "acl" || doc_.tokens[t].xpos != "VBN" || tree_->child(t, "obj") >= 0) return false;
    if (tree_->child(t, "obl:agent") >= 0) return true;
    const MentionRef head = usable_mention_at(static_cast<uint32_t>(tree_->head(t)));
    return !head || mention(*head).actor.kind != ActorKind::Person;
  }


  Roles roles(uint32_t t) {
    CodedVerb& v = verb(t);
    Roles r;
    if (upos(t) != "VERB") {  // a nominal event: the possessor did it to the prepositional object
      r.cameo = v.code.active;
      r.source = tree_->child(t, "nmod:poss");
      for (uint32_t n : tree_->children(t, "nmod"))
        if (target_preposition(tree_->preposition(n)) && actor_of(n)) {
          r.target = static_cast<int32_t>(n);
          break;
        }
      r.how = "possessor, nmod";
      return r;
    }
    if (passive(t)) {
      const int32_t agent = tree_->child(t, "obl:agent");
      const int32_t subject = tree_->rel(t) == "acl" ? tree_->head(t) : tree_->child(t, "nsubj:pass");
      // "043:042": the passive code takes the subject as its source; a plain
      // code turns around: "was vetoed by Russia" -> Russia is the source.
      r.cameo = v.code.has_passive ? v.code.passive : v.code.active;
      r.source = v.code.has_passive ? subject : agent;
      r.target = v.code.has_passive ? agent : subject;
      r.how = "passive";
      return r;
    }
    r.cameo = v.code.active;
    r.source = subject_of(t);
    const bool statement = r.cameo.starts_with("01");
    r.target = target_of(t, statement, r.cameo.starts_with("11"), r.location);
    // "rejected North Korea's demand to sever its alliance with Washington":
    // the owner of the object before an actor deeper in it.
    if (r.target < 0 && r.source >= 0 && !statement) r.target = owner_of_object(t, r.source);
    if (r.target < 0 && !statement) r.target = actor_deeper_in_phrase(t);
    r.how = "active";
    if (r.target < 0 && (r.target = clause_subject_target(t, r.cameo)) >= 0) r.how += ", target from the clause";
    if (r.target < 0 && (r.target = condition_subject_target(t, r.cameo)) >= 0) r.how += ", target from the condition";
    if (r.target < 0 && r.cameo.starts_with("01")) demand_in_clause(t, r);
    if (r.target < 0 && (r.target = host_place(t, r.source, r.cameo)) >= 0) r.how += ", the place is the target";
    return r;
  }

  // "Saddam Hussein arrived in Amman", "troops were deployed in Lebanon",
  // "shelled villages in Kosovo": with no other target, a visit, aid, a show
  // of force, repression or violence is aimed at the country where it
  // happens, when that is not the source's own (as PETRARCH and PLOVER code
  // it): the material roots, not what is said. The place stays the event's
  // location too.
  // Several acting together ("Tillerson and Lavrov met in Moscow") are each
  // other's targets instead.
  int32_t host_place(uint32_t t, int32_t source, const std::string& cameo) const {
    if (source < 0 || cameo.size() < 2 ||
        !one_of(std::string_view(cameo).substr(0, 2),
                {"04", "05", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"}) ||
        with_conjuncts(static_cast<uint32_t>(source)).size() > 1)
      return -1;
    const MentionRef from = actor_of(static_cast<uint32_t>(source));
    if (!from) return -1;
    for (uint32_t c : tree_->children(t, "obl")) {
      const MentionRef m = place_at(c);
      if (m && !mention(*m).actor.country().empty() && mention(*m).actor.country() != mention(*from).actor.country())
        return static_cast<int32_t>(c);
    }
    return -1;
  }

  // The country or capital that an oblique of place names ("in Amman"), when c is one.
  MentionRef place_at(uint32_t c) const {
    const MentionRef m = actor_of(c);
    if (!m || tree_->rel(c) != "obl" || !locative_preposition(tree_->preposition(c))) return std::nullopt;
    const ActorKind kind = mention(*m).actor.kind;
    return kind == ActorKind::Country || kind == ActorKind::Capital ? m : std::nullopt;
  }

  // "agreed to meet", "threatened to attack": the governed verb's code
  // composes with this one; its target serves when this verb has none. A
  // governed verb that is no event ("agreed to undertake exercises") composes
  // as CAMEO's "not specified" (030, 020, 120, 130).
  void compose(uint32_t t, Roles& r) {
    const int32_t x = tree_->child(t, "xcomp");
    if (x < 0 || !one_of(upos(static_cast<uint32_t>(x)), {"VERB", "AUX"})) return;
    const auto lower = static_cast<uint32_t>(x);
    const bool coded = verb(lower).form != kNone;
    Roles lr = coded ? roles(lower) : Roles{};
    const bool with_object = tree_->child(t, "obj") >= 0 || tree_->child(t, "iobj") >= 0;
    const auto code = c_.compositions_.compose(lemma(t), coded ? lr.cameo : "", with_object);
    if (!code) return;
    r.cameo = *code;
    if (r.target < 0) r.target = lr.target;
    if (r.location.empty()) r.location = lr.location;
    r.how += ", composed with \"" + std::string(words_[lower]) + "\"";
    r.composed = true;
    if (coded) consumed_[lower - begin_] = true;
  }

  // A verb that only leads into the coded verb it governs ("wants to improve
  // ties with Russia") is not an event of its own.
  bool leads_into_coded_verb(uint32_t t, const Roles& r) const {
    if (r.target >= 0 || r.composed) return false;
    const int32_t x = tree_->child(t, "xcomp");
    return x >= 0 && verbs_[static_cast<uint32_t>(x) - begin_].form != kNone;
  }

  void code_verb(uint32_t t) {
    Roles r = roles(t);
    compose(t, r);
    if (r.cameo.empty() || r.source < 0 || leads_into_coded_verb(t, r)) return;
    const std::vector<size_t> sources = with_conjuncts(static_cast<uint32_t>(r.source));
    if (sources.empty()) return;
    const std::vector<size_t> targets = targets_besides_source(
        doc_, sources, r.target >= 0 ? with_conjuncts(static_cast<uint32_t>(r.target)) : std::vector<size_t>{});

    Event e;
    e.cameo = r.cameo;
    c_.tables_.describe(e);
    e.negated = negated(t) || (tree_->rel(t) == "xcomp" && tree_->head(t) >= 0 &&
                               negated(static_cast<uint32_t>(tree_->head(t))));
    e.modality = modality(t);
    if (targets.empty() && sources.size() < 2 && !plain_deed(e, sources.front())) return;
    e.sentence = sentence_;
    e.verb = doc_.tokens[t].span;
    if (const int32_t prt = tree_->child(t, "compound:prt"); prt == static_cast<int32_t>(t) + 1)
      e.verb.end = doc_.tokens[t + 1].span.end;  // "shot down"
    e.date = date_near(times_, t, doc_.meta.published);
    e.location = r.location;
    const CodedVerb& v = verb(t);
    const VerbForm& form = c_.verbs_.form(v.form);
    e.rule = "parse: verb \"" + form.lemma + "\" (" + c_.verbs_.block(form.block).name + ")" +
             (v.match.pattern ? ", pattern \"" + v.match.pattern->text + "\"" : "") + ", " + r.how;
    e.confidence = 0.6 + (v.match.pattern && v.match.pattern->weight > 0 ? 0.2 : 0) + (targets.empty() ? 0 : 0.1) -
                   (upos(t) != "VERB" ? 0.2 : 0);
    emit_events(doc_, e, sources, targets);
  }

  // An event without a target is kept when PETRARCH's require_dyad is off, or
  // when it is a plain deed of conflict ("Russia vetoed the measure").
  bool plain_deed(const Event& e, size_t source) const {
    if (!options_.require_dyad) return true;
    return needs_no_target(e, mention(source).actor) && !e.negated && e.modality == Modality::Done;
  }

  const DependencyCoder& c_;
  Document& doc_;
  const CodingOptions& options_;
  const std::vector<std::string_view> words_;
  const std::vector<int32_t> mention_at_;
  const std::vector<bool> in_quote_;
  const SentenceTree* tree_ = nullptr;
  uint32_t sentence_ = 0, begin_ = 0;
  std::vector<DateResolver::TimeExpression> times_;
  std::vector<CodedVerb> verbs_;
  std::vector<bool> consumed_;
  std::vector<uint32_t> past_clauses_;  // heads of the clauses a discard phrase dates in the past
  std::vector<bool> unsound_;
};

void DependencyCoder::code(Document& doc, const CodingOptions& options) const {
  doc.events.clear();
  TreeCoder coder(*this, doc, options);
  coder.run();
  const auto& unsound = coder.unsound();
  if (std::find(unsound.begin(), unsound.end(), true) == unsound.end()) return;
  fallback_.code_sentences(doc, options, unsound);
  std::stable_sort(doc.events.begin(), doc.events.end(),
                   [](const Event& a, const Event& b) { return a.sentence < b.sentence; });
}

}  // namespace parley
