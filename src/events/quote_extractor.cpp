#include "events/quote_extractor.h"

#include <optional>

#include "events/mention_index.h"
#include "events/quote_finder.h"
#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

QuoteExtractor QuoteExtractor::load(const std::string& path) {
  std::unordered_set<std::string> cues;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int) { cues.insert(std::string(trim(f[0]))); });
  return QuoteExtractor(std::move(cues));
}

namespace {
bool is_pronoun(std::string_view w) { return w == "he" || w == "she" || w == "they"; }
}  // namespace

class QuoteAttributor {
 public:
  QuoteAttributor(const QuoteExtractor& x, Document& doc)
      : x_(x), doc_(doc), words_(doc.norm_words()), mention_at_(mention_index(doc)) {
    regions_ = find_quote_regions(doc);
    in_quote_ = tokens_in_quotes(doc, regions_);
    sentence_of_.resize(doc.tokens.size());
    for (uint32_t s = 0; s < doc.sentences.size(); ++s)
      for (uint32_t k = doc.sentences[s].first_token; k < doc.sentences[s].end_token; ++k) sentence_of_[k] = s;
  }

  void run() {
    std::optional<size_t> previous;  // index of the last quote in doc_.quotes
    uint32_t previous_paragraph = UINT32_MAX;
    for (const QuoteRegion& r : regions_) {
      if (r.close <= r.open + 1) continue;  // empty quotes
      Quote q;
      q.sentence = r.sentence;
      // A comma before the closing mark belongs to the sentence around the quote.
      uint32_t last = r.close - 1;
      if (last > r.open + 1 && words_[last] == ",") --last;
      q.span = {doc_.tokens[r.open + 1].span.begin, doc_.tokens[last].span.end};
      const uint32_t paragraph = doc_.sentences[r.sentence].paragraph;
      if (!attribute_after(r, q) && !attribute_before(r, q) && previous &&
          previous_paragraph == paragraph && !has_cue(r)) {
        q.speaker = doc_.quotes[*previous].speaker;  // the same speaker goes on
        q.cue = doc_.quotes[*previous].cue;
      }
      doc_.quotes.push_back(std::move(q));
      previous = doc_.quotes.size() - 1;
      previous_paragraph = paragraph;
    }
  }

 private:
  bool cue_at(uint32_t k) const { return !in_quote_[k] && x_.cues_.count(std::string(words_[k])) > 0; }

  std::string cue_text(uint32_t k) const {
    std::string cue(doc_.token_text(k));
    if (k + 1 < doc_.tokens.size() && words_[k + 1] == "reporters") cue += " reporters";
    return cue;
  }

  // The sentence in which the quote ends.
  const Sentence& closing_sentence(const QuoteRegion& r) const {
    return doc_.sentences[sentence_of_[r.closed ? r.close : r.close - 1]];
  }

  // Does the quote's sentence (outside the quote) have a cue verb?
  bool has_cue(const QuoteRegion& r) const {
    const Sentence& s = closing_sentence(r);
    for (uint32_t k = s.first_token; k < s.end_token; ++k)
      if (cue_at(k)) return true;
    return false;
  }

  // "...," Lavrov said / said Lavrov / he added — within a few words after the closing mark.
  bool attribute_after(const QuoteRegion& r, Quote& q) const {
    if (!r.closed) return false;
    const Sentence& s = closing_sentence(r);
    for (uint32_t k = r.close + 1; k < s.end_token && k <= r.close + 8; ++k) {
      if (doc_.tokens[k].kind == TokenKind::Quote) return false;
      if (!cue_at(k)) continue;
      q.cue = cue_text(k);
      if (auto p = speaker_between(r.close + 1, k)) {
        q.speaker = *p;
        return true;
      }
      if (auto p = speaker_from(k + 1, s.end_token)) {
        q.speaker = *p;
        return true;
      }
      return false;
    }
    return false;
  }

  // Trump replied, "..." / Tillerson said he believes Trump "..." — the nearest
  // cue before the opening mark in the same sentence, and the speaker before it.
  bool attribute_before(const QuoteRegion& r, Quote& q) const {
    const Sentence& s = doc_.sentences[r.sentence];
    for (uint32_t k = r.open; k > s.first_token;) {
      --k;
      if (!cue_at(k)) continue;
      if (auto p = speaker_between(s.first_token, k)) {
        q.cue = cue_text(k);
        q.speaker = *p;
        return true;
      }
      return false;
    }
    return false;
  }

  // The speaker in tokens [from, to): the last person or known actor outside
  // quotes, or a pronoun; a name parley cannot place only when there is nothing else.
  std::optional<Participant> speaker_between(uint32_t from, uint32_t to) const {
    std::optional<Participant> unplaced;
    for (uint32_t k = to; k > from;) {
      --k;
      if (in_quote_[k]) continue;
      if (mention_at_[k] >= 0) {
        const auto m = static_cast<size_t>(mention_at_[k]);
        if (doc_.mentions[m].actor.known() || doc_.mentions[m].actor.kind == ActorKind::Person) return participant(m);
        if (!unplaced) unplaced = participant(m);
        k = doc_.mentions[m].first_token;
        continue;
      }
      if (is_pronoun(words_[k])) return pronoun(k);
    }
    return unplaced;
  }

  // "said De Mistura": a mention or pronoun right after the cue.
  std::optional<Participant> speaker_from(uint32_t k, uint32_t end) const {
    if (k >= end) return std::nullopt;
    if (mention_at_[k] >= 0) return participant(static_cast<size_t>(mention_at_[k]));
    if (is_pronoun(words_[k])) return pronoun(k);
    return std::nullopt;
  }

  Participant participant(size_t m) const { return {doc_.mentions[m].span, doc_.mentions[m].actor}; }

  // "he" is the person last named as a subject: the first person outside quotes
  // in this sentence before the pronoun, else in each earlier sentence in turn.
  Participant pronoun(uint32_t k) const {
    Participant p;
    p.span = doc_.tokens[k].span;
    const uint32_t s = sentence_of_[k];
    for (uint32_t back = 0; back <= 3 && back <= s; ++back) {
      const Sentence& sentence = doc_.sentences[s - back];
      const uint32_t stop = back == 0 ? k : sentence.end_token;
      for (uint32_t j = sentence.first_token; j < stop; ++j) {
        if (in_quote_[j] || mention_at_[j] < 0) continue;
        const Mention& m = doc_.mentions[static_cast<size_t>(mention_at_[j])];
        if (m.actor.kind != ActorKind::Person) continue;
        p.actor = m.actor;
        p.actor.provenance = std::string(doc_.token_text(k)) + " refers to " + m.actor.name;
        return p;
      }
    }
    return p;
  }

  const QuoteExtractor& x_;
  Document& doc_;
  const std::vector<std::string_view> words_;
  std::vector<int32_t> mention_at_;
  std::vector<QuoteRegion> regions_;
  std::vector<bool> in_quote_;
  std::vector<uint32_t> sentence_of_;
};

void QuoteExtractor::extract(Document& doc) const {
  doc.quotes.clear();
  QuoteAttributor(*this, doc).run();
}

}  // namespace parley
