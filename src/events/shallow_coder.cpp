#include "events/shallow_coder.h"

#include <algorithm>
#include <optional>

#include "events/event_emitter.h"
#include "events/mention_index.h"
#include "events/pattern_matcher.h"
#include "events/quote_finder.h"

namespace parley {

namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Words that make the next word a noun, not a verb ("the attack", "a meeting").
bool is_determiner(std::string_view w) {
  return one_of(w, {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
                    "our", "my", "your", "whose", "every", "each", "any", "no", "another", "of"});
}
bool is_possessive(std::string_view w) { return one_of(w, {"'s", "\u2019s", "'", "\u2019"}); }
bool is_preposition(std::string_view w) {
  return one_of(w, {"of", "with", "to", "at", "in", "for", "from", "by", "on", "against", "about",
                    "over", "into", "between", "toward", "towards", "among", "near", "under", "like",
                    "including", "during", "across", "inside", "outside", "throughout", "upon"});
}
bool is_locative(std::string_view w) {
  return one_of(w, {"in", "near", "inside", "outside", "across", "throughout"});
}
// Words that open another clause: the object of a verb is not looked for past them.
bool opens_clause(std::string_view w) {
  return one_of(w, {"after", "before", "when", "while", "because", "although", "though", "whereas",
                    "unless", "until", "who", "which", "whom", "whose", "where", "if", "that", ";", ":"});
}
bool is_be(std::string_view w) {
  return one_of(w, {"is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s", "'re"});
}
bool is_negation(std::string_view w) { return one_of(w, {"not", "n't", "n\u2019t", "never"}); }
// Words that may stand between a subject and its verb: auxiliaries, negation, adverbs.
bool between_subject_and_verb(std::string_view w) {
  if (w.size() > 4 && w.ends_with("ly")) return true;
  return is_negation(w) ||
         one_of(w, {"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
                    "might", "should", "must", "did", "does", "do", "been", "be", "being", "also", "both",
                    "still", "then", "now", "already", "again", "just", "later", "earlier", "once", "all",
                    "jointly", "reportedly", "'ll", "'d", "'s", "'ve", "\u2019s", "\u2019ll"});
}
// What may come right before a verb's bare or -s form ("Russia vetoes", "will
// attack", "to meet"); anything else makes the form a noun ("sharp views").
bool lets_base_form_be_verb(std::string_view w) {
  return between_subject_and_verb(w) ||
         one_of(w, {"to", "he", "she", "they", "we", "i", "it", "who", "which", "you"});
}

}  // namespace

// Codes the sentences of one document.
class SentenceCoder {
 public:
  SentenceCoder(const ShallowCoder& c, Document& doc, const CodingOptions& options,
                const std::vector<bool>* only = nullptr)
      : c_(c), doc_(doc), options_(options), only_(only), words_(doc.norm_words()), mention_at_(mention_index(doc)) {
    in_quote_ = tokens_in_quotes(doc, find_quote_regions(doc));
  }

  void run() {
    if (c_.discards_.discards_document(words_)) return;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      if (only_ && !(*only_)[s]) continue;
      const Sentence& sentence = doc_.sentences[s];
      sentence_ = s;
      begin_ = sentence.first_token;
      end_ = sentence.end_token;
      last_source_.reset();
      // Without clauses, a phrase that dates a past event drops the whole sentence.
      const auto discarded = c_.discards_.find(words_, begin_, end_);
      if (DiscardList::any_of(discarded, DiscardList::Scope::kSentence) ||
          DiscardList::any_of(discarded, DiscardList::Scope::kClause))
        continue;
      times_ = c_.dates_.find(words_, begin_, end_, doc_.meta.published);
      for (uint32_t k = begin_; k < end_;) {
        if (mention_at_[k] >= 0) {
          k = doc_.mentions[static_cast<size_t>(mention_at_[k])].end_token;
          continue;
        }
        const auto match = c_.verbs_.forms().longest(words_, k, end_);
        if (!match) {
          ++k;
          continue;
        }
        code_verb(k, k + match.length, c_.verbs_.form(match.value));
        previous_verb_end_ = k + match.length;
        k += match.length;
      }
    }
  }

 private:
  using MentionRef = std::optional<size_t>;

  const Mention& mention(size_t m) const { return doc_.mentions[m]; }
  bool usable(size_t m) const { return mention(m).actor.known(); }
  MentionRef mention_ending_at(uint32_t k) const {  // the mention whose last token is k-1
    if (k == 0 || k - 1 < begin_ || mention_at_[k - 1] < 0) return std::nullopt;
    return static_cast<size_t>(mention_at_[k - 1]);
  }
  // The start of a time expression that ends right before token k, or k.
  uint32_t skip_time_expression(uint32_t k) const {
    for (const auto& t : times_)
      if (t.end == k) return t.begin > begin_ && words_[t.begin - 1] == "on" ? t.begin - 1 : t.begin;
    return k;
  }

  // ---- verb or noun ----

  bool is_base_form(const VerbForm& f) const { return !f.participle && !f.gerund; }

  // Whether the form at [vb, ...) is used as a verb here.
  bool used_as_verb(uint32_t vb, const VerbForm& form) const {
    if (vb == begin_) return !is_base_form(form);
    const std::string_view prev = words_[vb - 1];
    if (is_determiner(prev)) return false;
    if (form.gerund && previous_verb_end_ == vb) return false;  // "stop protecting": one event, not two
    // "a White House press conference", "any Trump associates", "the Comey firing":
    // a name used as a modifier makes the next word a noun.
    const MentionRef m = mention_ending_at(vb);
    if (m && (is_base_form(form) || form.gerund)) {
      const uint32_t first = mention(*m).first_token;
      if (first > begin_ && one_of(words_[first - 1], {"a", "an", "any", "some", "every", "each", "no"}))
        return false;
      if (form.gerund && first > begin_ && words_[first - 1] == "the") return false;
      // "backed USA calls": the name is an object, so what follows it is a noun.
      if (is_base_form(form) && first > begin_ && c_.verbs_.forms().longest(words_, first - 1, first))
        return false;
    }
    if (!is_base_form(form)) return true;
    // "Russia vetoes", "will attack", "to meet"; else a noun ("sharp views").
    return lets_base_form_be_verb(prev) || m.has_value();
  }

  // ---- participants ----

  bool is_location(size_t m) const {
    const Mention& x = mention(m);
    const ActorKind kind = x.actor.kind;
    return x.first_token > begin_ && is_locative(words_[x.first_token - 1]) &&
           (kind == ActorKind::Country || kind == ActorKind::Capital);
  }

  // The subject: the actor right before the verb, past auxiliaries, adverbs,
  // time expressions ("on Wednesday"), modal cues ("wants to"), a
  // parenthetical between commas, and "to" ("called on Moscow to stop").
  // After "and" or "but" with no actor of its own, the verb shares the subject
  // of the verb before it ("called on Moscow ... and said").
  MentionRef find_subject(uint32_t verb) const {
    uint32_t k = verb;
    while (k > begin_) {
      if (const MentionRef m = mention_ending_at(k)) return usable(*m) ? m : std::nullopt;
      const std::string_view w = words_[k - 1];
      if (const uint32_t t = skip_time_expression(k); t < k) {
        k = t;
      } else if (const auto cue = c_.modality_.ending_at(words_, begin_, k)) {
        k = cue->begin;
      } else if (between_subject_and_verb(w) || w == "to") {
        --k;
      } else if (w == "," ) {
        uint32_t j = k - 1;  // back to the comma that opens the parenthetical
        while (j > begin_ && k - j < 16 && words_[j - 1] != ",") --j;
        if (j == begin_ || words_[j - 1] != ",") return std::nullopt;
        k = j - 1;
      } else if ((w == "and" || w == "but") && last_source_) {
        return last_source_;
      } else {
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  // The object: the first usable actor from `from` on, in the clause; places
  // after "in" are the event's location instead. `adjacent` limits the search
  // to the words right after the verb (for statements: "told Lavrov").
  MentionRef find_object(uint32_t from, bool adjacent, std::string* location) const {
    for (uint32_t k = from; k < end_; ++k) {
      const std::string_view w = words_[k];
      if (opens_clause(w) || doc_.tokens[k].kind == TokenKind::Quote) return std::nullopt;
      if (w == "," && k + 1 < end_ && one_of(words_[k + 1], {"and", "but", "which", "who"})) return std::nullopt;
      if (w == "," && starts_clause(k + 1)) return std::nullopt;
      if (mention_at_[k] < 0) {
        if (adjacent && !one_of(w, {"to", "the", "a", "an", "on", "with"})) return std::nullopt;
        continue;
      }
      const auto m = static_cast<size_t>(mention_at_[k]);
      k = mention(m).end_token - 1;
      if (is_location(m)) {
        if (location && location->empty()) *location = mention(m).actor.name;
        continue;
      }
      // "expressed Moscow's displeasure at the US decision": a possessor is not the object.
      if (k + 1 < end_ && is_possessive(words_[k + 1])) continue;
      if (usable(m)) {
        if (adjacent && !stands_alone(k + 1)) return std::nullopt;
        return m;
      }
      if (adjacent) return std::nullopt;
    }
    return std::nullopt;
  }

  // ", Lavrov added": an actor and its verb after a comma begin another clause.
  bool starts_clause(uint32_t k) const {
    if (k >= end_ || mention_at_[k] < 0) return false;
    const uint32_t after = mention(static_cast<size_t>(mention_at_[k])).end_token;
    return after < end_ && c_.verbs_.forms().longest(words_, after, end_);
  }

  // After a statement's object: "told Lavrov he ..." but not "said the United
  // States wants ..." (the subject of what was said) nor "says US-Russia ...".
  bool stands_alone(uint32_t after) const {
    if (after >= end_) return true;
    const std::string_view w = words_[after];
    if (w == "-" || between_subject_and_verb(w)) return false;
    return !c_.verbs_.forms().longest(words_, after, end_);
  }

  // A compound actor: the mention and those joined to it by "and", or by
  // commas in a list that "and" closes ("Russia, Iran and Turkey").
  std::vector<size_t> compound(size_t m) const {
    std::vector<size_t> members{m};
    bool has_and = false;
    for (size_t i = m; i > 0;) {  // earlier members
      const uint32_t k = mention(i).first_token;
      if (k < begin_ + 2 || !one_of(words_[k - 1], {"and", ","})) break;
      const MentionRef before = mention_ending_at(k - 1);
      if (!before) break;
      has_and |= words_[k - 1] == "and";
      i = *before;
      if (usable(i)) members.insert(members.begin(), i);
    }
    for (size_t i = m; i + 1 < doc_.mentions.size();) {  // later members
      const Mention& x = mention(i);
      const Mention& next = mention(i + 1);
      if (next.sentence != sentence_ || next.first_token != x.end_token + 1 ||
          !one_of(words_[x.end_token], {"and", ","}))
        break;
      has_and |= words_[x.end_token] == "and";
      ++i;
      if (usable(i)) members.push_back(i);
    }
    return has_and ? members : std::vector<size_t>{m};
  }

  // ---- patterns ----

  uint32_t clause_end(uint32_t from) const {
    for (uint32_t k = from; k < end_; ++k)
      if (opens_clause(words_[k])) return k;
    return end_;
  }
  uint32_t clause_begin(uint32_t verb) const {
    for (uint32_t k = verb; k > begin_; --k)
      if (opens_clause(words_[k - 1])) return k;
    return begin_;
  }

  // ---- the verb ----

  struct Roles {
    MentionRef source, target;
    std::string cameo;
    std::string location;
    bool nominal = false;
  };

  // Who did it to whom, and the code, for the voice the verb is in.
  std::optional<Roles> roles(uint32_t vb, uint32_t ve, const VerbForm& form, const VerbCode& code,
                             uint32_t target_from) const {
    Roles r;
    const std::string_view prev = vb > begin_ ? words_[vb - 1] : std::string_view();
    // "Trump's meeting with Lavrov": the possessor is the source, the object of the preposition the target.
    if (is_possessive(prev) && !form.participle) {
      const MentionRef owner = mention_ending_at(vb - 1);
      const bool preposition = is_preposition(words_[ve - 1]) || (ve < end_ && is_preposition(words_[ve]));
      if (!owner || !usable(*owner) || !preposition) return std::nullopt;
      r.source = owner;
      r.target = find_object(ve, false, &r.location);
      r.cameo = code.active;
      r.nominal = true;
      return r.target ? std::optional(r) : std::nullopt;
    }
    const bool passive = form.participle && vb > begin_ &&
                         (is_be(prev) || (vb > begin_ + 1 && is_be(words_[vb - 2]) &&
                                          one_of(prev, {"not", "also", "reportedly", "already", "later"})));
    if (passive) {
      MentionRef agent;
      for (uint32_t k = ve; k + 1 < clause_end(ve); ++k)
        if (words_[k] == "by") {
          agent = find_object(k + 1, true, &r.location);
          break;
        }
      const MentionRef subject = find_subject(vb);
      // "043:042": the passive code takes the subject as its source; a plain
      // code turns around: "was vetoed by Russia" -> Russia is the source.
      r.cameo = code.has_passive ? code.passive : code.active;
      r.source = code.has_passive ? subject : agent;
      r.target = code.has_passive ? agent : subject;
      return r;
    }
    r.cameo = code.active;
    r.source = find_subject(vb);
    const bool statement = r.cameo.starts_with("01");
    r.target = find_object(target_from, statement, &r.location);
    return r;
  }

  void code_verb(uint32_t vb, uint32_t ve, const VerbForm& form) {
    const bool possessive = vb > begin_ && is_possessive(words_[vb - 1]);
    if (!possessive && !used_as_verb(vb, form)) return;
    const VerbBlock& block = c_.verbs_.block(form.block);
    const PatternMatch match = best_pattern(block, words_, clause_begin(vb), vb, ve, clause_end(ve));
    const VerbPattern* pattern = match.pattern;
    auto r = roles(vb, ve, form, pattern ? pattern->code : form.code, match.target_from);
    if (!r || r->cameo.empty() || !r->source) return;

    Event e;
    e.cameo = r->cameo;
    c_.tables_.describe(e);
    e.negated = negated(vb);
    e.modality = modality(vb);
    const auto sources = compound(*r->source);
    const auto targets = targets_besides_source(doc_, sources, r->target ? compound(*r->target) : std::vector<size_t>{});
    // Without a target, two actors together did it with each other ("Tillerson and
    // Lavrov met"); one actor alone counts only for a plain deed of conflict
    // ("Russia vetoed the measure", "the jets bombed the town").
    if (targets.empty() && sources.size() < 2 && options_.require_dyad &&
        (!needs_no_target(e, mention(sources.front()).actor) || form.gerund || r->nominal || e.negated ||
         e.modality == Modality::Intended || e.modality == Modality::Hypothetical))
      return;

    e.sentence = sentence_;
    e.verb = {doc_.tokens[vb].span.begin, doc_.tokens[ve - 1].span.end};
    e.date = date_near(times_, vb, doc_.meta.published);
    e.location = r->location;
    e.rule = "verb \"" + form.lemma + "\" (" + block.name + ")" +
             (pattern ? ", pattern \"" + pattern->text + "\"" : "");
    e.confidence = 0.5 + (pattern && pattern->weight > 0 ? 0.2 : 0) + (targets.empty() ? 0 : 0.1) - (r->nominal ? 0.2 : 0);
    if (!(vb > begin_ && words_[vb - 1] == "to")) last_source_ = r->source;  // infinitives do not lead
    emit_events(doc_, e, sources, targets);
  }

  bool negated(uint32_t verb) const {
    for (uint32_t k = verb; k > begin_ && verb - k < 3;) {
      --k;
      if (is_negation(words_[k])) return true;
    }
    return false;
  }

  Modality modality(uint32_t verb) const {
    if (in_quote_[verb]) return Modality::Reported;
    uint32_t k = verb;
    while (k > begin_ && (is_negation(words_[k - 1]) || between_subject_and_verb(words_[k - 1])) &&
           !one_of(words_[k - 1], {"will", "would", "could", "may", "might", "should", "must", "'ll"}))
      --k;
    if (const auto cue = c_.modality_.ending_at(words_, begin_, k)) return cue->modality;
    return Modality::Done;
  }

  const ShallowCoder& c_;
  Document& doc_;
  const CodingOptions& options_;
  const std::vector<bool>* only_;  // the sentences to code; all when null
  const std::vector<std::string_view> words_;
  std::vector<int32_t> mention_at_;
  std::vector<bool> in_quote_;
  uint32_t sentence_ = 0, begin_ = 0, end_ = 0;
  uint32_t previous_verb_end_ = 0;
  std::vector<DateResolver::TimeExpression> times_;
  MentionRef last_source_;
};

void ShallowCoder::code(Document& doc, const CodingOptions& options) const {
  doc.events.clear();
  SentenceCoder(*this, doc, options).run();
}

void ShallowCoder::code_sentences(Document& doc, const CodingOptions& options, const std::vector<bool>& sentences) const {
  SentenceCoder(*this, doc, options, &sentences).run();
}

}  // namespace parley
