// The CoNLL 2018 metrics, following conll18_ud_eval.py step by step:
//
// 1. Each side becomes one string of characters: the tokens' forms (a multiword
//    token's own form, not its words') without white space (Unicode Zs). The two
//    strings must be equal. Tokens and sentences are character spans of it, and
//    a span is correct when the other side has one with the same start and end.
// 2. Words are aligned left to right. Outside multiword tokens a gold and a
//    system word align when their tokens' spans are equal. Where either side is
//    in a multiword token, the smallest stretch of words that holds every
//    multiword token it touches (on both sides) whole is found, and its words are
//    aligned by the longest common subsequence of their lower-cased forms
//    (utf8proc's simple lower case; Python's str.lower differs only for U+0130).
// 3. Over the aligned pairs: UPOS, XPOS, universal FEATS (sorted), all three, the
//    lemma (any lemma is right when the gold one is "_"), the head (the system
//    head must be aligned to the gold head, or both are the root) and the head
//    with the universal part of DEPREL. Precision divides by all system words,
//    recall by all gold words.
//
// A word whose HEAD is "_" (a sentence without a tree) never counts as correct
// for UAS or LAS; the script refuses such files unless told to skip the parse.
#include "eval/ud_eval.h"

#include <utf8proc.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string_view>

#include "util/utf8.h"

namespace parley {

namespace {

constexpr int kRoot = -1;    // EvalWord::head of a word attached to 0
constexpr int kNoHead = -2;  // EvalWord::head of a word whose HEAD is "_"
constexpr int kUnaligned = -1;

struct CharSpan {
  long begin = 0, end = 0;  // [begin, end) in characters of the space-free text
  bool operator==(const CharSpan&) const = default;
};

struct EvalWord {
  const ConlluWord* word = nullptr;
  CharSpan span;  // its token's span: the whole token when in a multiword token
  bool in_multiword = false;
  int head = kRoot;        // index into the side's words, or kRoot, or kNoHead
  std::string lower_form;  // compared inside multiword stretches
  std::string upos, xpos;  // "" when absent (as "_" reads)
  std::string ufeats;      // universal features only, sorted, joined by '|'
  std::string udeprel;     // DEPREL before its first ':'
};

// One side (gold or system) as the metrics see it.
struct EvalSide {
  const char* name;  // "gold" or "system", for errors
  const std::vector<ConlluSentence>* sentences;
  std::u32string characters;
  std::vector<CharSpan> tokens, sentence_spans;
  std::vector<int> token_sentence;  // the sentence of each token
  std::vector<EvalWord> words;
};

const std::set<std::string, std::less<>>& universal_features() {
  static const std::set<std::string, std::less<>> features = {
      "PronType", "NumType", "Poss",  "Reflex",   "Foreign",  "Abbr",     "Gender",
      "Animacy",  "Number",  "Case",  "Definite", "Degree",   "VerbForm", "Mood",
      "Tense",    "Aspect",  "Voice", "Evident",  "Polarity", "Person",   "Polite"};
  return features;
}

// In a file "" cannot be written, so "_" and "" are the same value: absent.
std::string absent_as_empty(std::string_view field) {
  return field == "_" ? "" : std::string(field);
}

std::string universal_features_of(const std::string& feats) {
  std::vector<std::string> kept;
  size_t begin = 0;
  while (begin <= feats.size()) {
    const size_t end = std::min(feats.find('|', begin), feats.size());
    const std::string_view feature = std::string_view(feats).substr(begin, end - begin);
    if (universal_features().count(feature.substr(0, feature.find('='))))
      kept.emplace_back(feature);
    begin = end + 1;
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (const std::string& f : kept) out += (out.empty() ? "" : "|") + f;
  return out;
}

std::u32string without_spaces(std::string_view form) {
  std::u32string out;
  for (size_t i = 0; i < form.size();) {
    int length = 0;
    const char32_t cp = utf8::decode(form, i, length);
    if (utf8proc_category(static_cast<utf8proc_int32_t>(cp)) != UTF8PROC_CATEGORY_ZS) out += cp;
    i += static_cast<size_t>(length);
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  for (const char32_t cp : text) utf8::append(out, cp);
  return out;
}

std::string describe_sentence(const EvalSide& side, int index) {
  const std::string& id = (*side.sentences)[static_cast<size_t>(index)].sent_id;
  return std::string(side.name) + " sentence " + std::to_string(index + 1) +
         (id.empty() ? "" : " (sent_id " + id + ")");
}

// Appends one token (a word, or a multiword token over words first..last) to the side.
void add_token(EvalSide& side, const ConlluSentence& s, int sentence, const std::string& form,
               int first, int last, size_t base) {
  const std::u32string chars = without_spaces(form);
  if (chars.empty())
    throw UdEvalError(describe_sentence(side, sentence) + ": token '" + form +
                      "' is empty once white space is removed");
  const long begin = static_cast<long>(side.characters.size());
  side.characters += chars;
  const CharSpan span{begin, static_cast<long>(side.characters.size())};
  side.tokens.push_back(span);
  side.token_sentence.push_back(sentence);
  const int n = static_cast<int>(s.words.size());
  for (int id = first; id <= last; ++id) {
    const ConlluWord& w = s.words[static_cast<size_t>(id - 1)];
    if (w.head > n)
      throw UdEvalError(describe_sentence(side, sentence) + ": word " + std::to_string(id) +
                        " has HEAD " + std::to_string(w.head) + " outside the sentence");
    EvalWord e;
    e.word = &w;
    e.span = span;
    e.in_multiword = first != last;
    e.head = w.head < 0 ? kNoHead : w.head == 0 ? kRoot : static_cast<int>(base) + w.head - 1;
    e.lower_form = utf8::fold_case(w.form);
    e.upos = absent_as_empty(w.upos);
    e.xpos = absent_as_empty(w.xpos);
    e.ufeats = universal_features_of(w.feats);
    e.udeprel = absent_as_empty(std::string_view(w.deprel).substr(0, w.deprel.find(':')));
    side.words.push_back(std::move(e));
  }
}

void add_sentence(EvalSide& side, const ConlluSentence& s, int sentence) {
  const long begin = static_cast<long>(side.characters.size());
  const size_t base = side.words.size();
  size_t next_multiword = 0;
  const int n = static_cast<int>(s.words.size());
  for (int id = 1; id <= n;) {
    const bool multiword =
        next_multiword < s.multiwords.size() && s.multiwords[next_multiword].first == id;
    const ConlluMultiword* m = multiword ? &s.multiwords[next_multiword++] : nullptr;
    const int last = m ? std::min(m->last, n) : id;
    add_token(side, s, sentence, m ? m->form : s.words[static_cast<size_t>(id - 1)].form, id, last,
              base);
    id = last + 1;
  }
  side.sentence_spans.push_back({begin, static_cast<long>(side.characters.size())});
}

EvalSide make_side(const char* name, const std::vector<ConlluSentence>& sentences) {
  EvalSide side{name, &sentences, {}, {}, {}, {}, {}};
  for (size_t i = 0; i < sentences.size(); ++i)
    add_sentence(side, sentences[i], static_cast<int>(i));
  return side;
}

// Where the text at `index` is: the sentence and token that hold it, and what follows.
std::string describe_position(const EvalSide& side, size_t index) {
  if (index >= side.characters.size()) return std::string(side.name) + " text has ended";
  const std::u32string_view rest = std::u32string_view(side.characters).substr(index, 20);
  const auto token =
      std::upper_bound(side.tokens.begin(), side.tokens.end(), static_cast<long>(index),
                       [](long i, const CharSpan& span) { return i < span.end; });
  const size_t t = static_cast<size_t>(token - side.tokens.begin());
  const std::u32string_view token_text =
      std::u32string_view(side.characters)
          .substr(static_cast<size_t>(token->begin),
                  static_cast<size_t>(token->end - token->begin));
  return describe_sentence(side, side.token_sentence[t]) + ", token '" + to_utf8(token_text) +
         "', reads '" + to_utf8(rest) + "'";
}

void check_same_text(const EvalSide& gold, const EvalSide& system) {
  if (gold.characters == system.characters) return;
  const auto differ = std::mismatch(gold.characters.begin(), gold.characters.end(),
                                    system.characters.begin(), system.characters.end());
  const size_t index = static_cast<size_t>(differ.first - gold.characters.begin());
  const std::string from = "from character " + std::to_string(index) + ": ";
  throw UdEvalError("gold and system tokens spell different text (white space aside) " + from +
                    describe_position(gold, index) + "; " + describe_position(system, index));
}

UdScore make_score(long correct, long gold_total, long system_total) {
  UdScore score;
  score.correct = correct;
  score.gold_total = gold_total;
  score.system_total = system_total;
  if (system_total) score.precision = static_cast<double>(correct) / system_total;
  if (gold_total) score.recall = static_cast<double>(correct) / gold_total;
  if (gold_total + system_total)
    score.f1 = 2.0 * static_cast<double>(correct) / (gold_total + system_total);
  return score;
}

// Spans in order of their start; correct when both sides have one with the same start and end.
UdScore span_score(const std::vector<CharSpan>& gold, const std::vector<CharSpan>& system) {
  long correct = 0;
  for (size_t g = 0, s = 0; g < gold.size() && s < system.size();) {
    if (system[s].begin < gold[g].begin) {
      ++s;
    } else if (gold[g].begin < system[s].begin) {
      ++g;
    } else {
      correct += gold[g++].end == system[s++].end;
    }
  }
  return make_score(correct, static_cast<long>(gold.size()), static_cast<long>(system.size()));
}

struct Alignment {
  std::vector<std::pair<size_t, size_t>> pairs;  // (gold word, system word)
  std::vector<int> system_to_gold;               // kUnaligned when not aligned
};

// A stretch of words [gold_begin, gold_end) x [system_begin, system_end).
struct Stretch {
  size_t gold_begin, system_begin, gold_end, system_end;
};

class WordAligner {
 public:
  WordAligner(const std::vector<EvalWord>& gold, const std::vector<EvalWord>& system)
      : gold_(gold), system_(system) {
    alignment_.system_to_gold.assign(system.size(), kUnaligned);
  }

  Alignment align() {
    size_t g = 0, s = 0;
    while (g < gold_.size() && s < system_.size()) {
      if (gold_[g].in_multiword || system_[s].in_multiword) {
        const Stretch stretch = multiword_stretch(g, s);
        align_by_forms(stretch);
        g = stretch.gold_end;
        s = stretch.system_end;
      } else if (gold_[g].span == system_[s].span) {
        add(g++, s++);
      } else if (gold_[g].span.begin <= system_[s].span.begin) {
        ++g;
      } else {
        ++s;
      }
    }
    return std::move(alignment_);
  }

 private:
  void add(size_t g, size_t s) {
    alignment_.pairs.emplace_back(g, s);
    alignment_.system_to_gold[s] = static_cast<int>(g);
  }

  // Whether words[i] lies wholly after a stretch that ends at character `end`.
  static bool past(const std::vector<EvalWord>& words, size_t i, long end) {
    if (i >= words.size()) return true;
    return words[i].in_multiword ? words[i].span.begin >= end : words[i].span.end > end;
  }

  static long extended_end(const EvalWord& w, long end) {
    return w.in_multiword ? std::max(w.span.end, end) : end;
  }

  // The smallest stretch from (g, s) that holds whole every multiword token it touches.
  Stretch multiword_stretch(size_t g, size_t s) const {
    long end = 0;
    if (gold_[g].in_multiword) {
      end = gold_[g].span.end;
      if (!system_[s].in_multiword && system_[s].span.begin < gold_[g].span.begin) ++s;
    } else {
      end = system_[s].span.end;
      if (!gold_[g].in_multiword && gold_[g].span.begin < system_[s].span.begin) ++g;
    }
    Stretch stretch{g, s, g, s};
    while (!past(gold_, stretch.gold_end, end) || !past(system_, stretch.system_end, end)) {
      const bool take_gold =
          stretch.gold_end < gold_.size() &&
          (stretch.system_end >= system_.size() ||
           gold_[stretch.gold_end].span.begin <= system_[stretch.system_end].span.begin);
      if (take_gold) {
        end = extended_end(gold_[stretch.gold_end++], end);
      } else {
        end = extended_end(system_[stretch.system_end++], end);
      }
    }
    return stretch;
  }

  bool same_form(size_t g, size_t s) const { return gold_[g].lower_form == system_[s].lower_form; }

  // Aligns the stretch's words along a longest common subsequence of their forms.
  void align_by_forms(const Stretch& st) {
    const size_t rows = st.gold_end - st.gold_begin, cols = st.system_end - st.system_begin;
    if (rows == 0 || cols == 0) return;
    // common[i][j]: the LCS length of gold words i.. and system words j.. of the stretch.
    std::vector<std::vector<int>> common(rows + 1, std::vector<int>(cols + 1, 0));
    for (size_t i = rows; i-- > 0;)
      for (size_t j = cols; j-- > 0;)
        common[i][j] = std::max(
            {same_form(st.gold_begin + i, st.system_begin + j) ? common[i + 1][j + 1] + 1 : 0,
             common[i + 1][j], common[i][j + 1]});
    for (size_t i = 0, j = 0; i < rows && j < cols;) {
      if (same_form(st.gold_begin + i, st.system_begin + j)) {
        add(st.gold_begin + i++, st.system_begin + j++);
      } else if (common[i][j] == common[i + 1][j]) {
        ++i;
      } else {
        ++j;
      }
    }
  }

  const std::vector<EvalWord>& gold_;
  const std::vector<EvalWord>& system_;
  Alignment alignment_;
};

using PairTest = std::function<bool(const EvalWord& gold, const EvalWord& system)>;

UdScore aligned_score(const EvalSide& gold, const EvalSide& system, const Alignment& alignment,
                      const PairTest& correct_pair) {
  long correct = 0;
  for (const auto& [g, s] : alignment.pairs)
    correct += correct_pair(gold.words[g], system.words[s]);
  return make_score(correct, static_cast<long>(gold.words.size()),
                    static_cast<long>(system.words.size()));
}

bool same_head(const EvalWord& gold, const EvalWord& system, const Alignment& alignment) {
  if (gold.head == kNoHead || system.head == kNoHead) return false;
  if (gold.head == kRoot || system.head == kRoot) return gold.head == system.head;
  return alignment.system_to_gold[static_cast<size_t>(system.head)] == gold.head;
}

bool lemma_unspecified(const std::string& lemma) { return lemma.empty() || lemma == "_"; }

}  // namespace

UdEvaluation evaluate_ud(const std::vector<ConlluSentence>& gold,
                         const std::vector<ConlluSentence>& system) {
  const EvalSide g = make_side("gold", gold);
  const EvalSide s = make_side("system", system);
  check_same_text(g, s);
  const Alignment a = WordAligner(g.words, s.words).align();
  const auto score = [&](const PairTest& test) { return aligned_score(g, s, a, test); };

  UdEvaluation e;
  e.tokens = span_score(g.tokens, s.tokens);
  e.sentences = span_score(g.sentence_spans, s.sentence_spans);
  e.words = score([](const EvalWord&, const EvalWord&) { return true; });
  e.upos = score([](const EvalWord& x, const EvalWord& y) { return x.upos == y.upos; });
  e.xpos = score([](const EvalWord& x, const EvalWord& y) { return x.xpos == y.xpos; });
  e.ufeats = score([](const EvalWord& x, const EvalWord& y) { return x.ufeats == y.ufeats; });
  e.alltags = score([](const EvalWord& x, const EvalWord& y) {
    return x.upos == y.upos && x.xpos == y.xpos && x.ufeats == y.ufeats;
  });
  e.lemmas = score([](const EvalWord& x, const EvalWord& y) {
    return lemma_unspecified(x.word->lemma) || x.word->lemma == y.word->lemma;
  });
  e.uas = score([&](const EvalWord& x, const EvalWord& y) { return same_head(x, y, a); });
  e.las = score([&](const EvalWord& x, const EvalWord& y) {
    return same_head(x, y, a) && x.udeprel == y.udeprel;
  });
  return e;
}

UdEvaluation evaluate_ud_files(const std::string& gold_path, const std::string& system_path) {
  return evaluate_ud(read_conllu_file(gold_path), read_conllu_file(system_path));
}

}  // namespace parley
