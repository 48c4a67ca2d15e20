#include "nlp/sentence_model.h"

#include <algorithm>
#include <random>

#include "nlp/binary_io.h"
#include "nlp/feature_hash.h"

namespace parley {

namespace {

constexpr int kNo = 0, kYes = 1;
const uint64_t kEdge = features::atom(std::string_view("<edge>"));

struct Paragraph {
  std::vector<SentenceModel::Input> tokens;
  std::vector<bool> ends;  // a sentence ends after token k
};

// Template numbers are offsets into one enum so that no two templates collide.
enum Template : uint32_t {
  kBias = 1, kLower, kShape, kSuffix, kNextForm, kNextLower, kNextShape, kPrevLower, kNext2Lower,
  kLowerNextShape, kLowerNextLower, kShapes, kPrevLowerLower, kSpaceLower, kNextShapes, kLowerCapSpace,
  kLength, kLengthNextShape, kPrevShapeShape
};

class Features {
 public:
  void build(std::span<const SentenceModel::Input> t, size_t k, size_t length) {
    using features::atom;
    using features::key;
    n_ = 0;
    const WordAtoms& w = t[k].atoms;
    const bool has_next = k + 1 < t.size(), has_next2 = k + 2 < t.size();
    const uint64_t next_form = has_next ? t[k + 1].atoms.form : kEdge;
    const uint64_t next_lower = has_next ? t[k + 1].atoms.lower : kEdge;
    const uint64_t next_shape = has_next ? t[k + 1].atoms.shape : kEdge;
    const uint64_t next2_lower = has_next2 ? t[k + 2].atoms.lower : kEdge;
    const uint64_t next2_shape = has_next2 ? t[k + 2].atoms.shape : kEdge;
    const uint64_t prev_lower = k > 0 ? t[k - 1].atoms.lower : kEdge;
    const uint64_t prev_shape = k > 0 ? t[k - 1].atoms.shape : kEdge;
    const uint64_t space = atom(int64_t{t[k].space_after});
    const uint64_t cap = atom(int64_t{has_next && t[k + 1].atoms.capitalized});
    const uint64_t len = atom(static_cast<int64_t>(std::min<size_t>(length, 12) + (length > 25) + (length > 40)));
    add(key(kBias, 0));
    add(key(kLower, w.lower));
    add(key(kShape, w.shape));
    add(key(kSuffix, w.suffix[2]));
    add(key(kNextForm, next_form));
    add(key(kNextLower, next_lower));
    add(key(kNextShape, next_shape));
    add(key(kPrevLower, prev_lower));
    add(key(kNext2Lower, next2_lower));
    add(key(kLowerNextShape, w.lower, next_shape));
    add(key(kLowerNextLower, w.lower, next_lower));
    add(key(kShapes, w.shape, next_shape));
    add(key(kPrevLowerLower, prev_lower, w.lower));
    add(key(kSpaceLower, space, w.lower));
    add(key(kNextShapes, next_shape, next2_shape));
    add(key(kLowerCapSpace, w.lower, cap, space));
    add(key(kLength, len));
    add(key(kLengthNextShape, len, next_shape));
    add(key(kPrevShapeShape, prev_shape, w.shape, next_shape));
  }
  std::span<const uint64_t> get() const { return {f_, n_}; }

 private:
  void add(uint64_t f) { f_[n_++] = f; }
  uint64_t f_[24];
  size_t n_ = 0;
};

std::vector<Paragraph> paragraphs(const std::vector<ConlluSentence>& sentences) {
  std::vector<Paragraph> out;
  for (const auto& s : sentences) {
    if (out.empty() || s.newpar || s.newdoc) out.emplace_back();
    Paragraph& p = out.back();
    for (const auto& w : s.words) {
      const bool last = w.id == static_cast<int>(s.words.size());
      // Sentences of a paragraph are joined by a space in the raw text.
      p.tokens.push_back({word_atoms(w.form), last || s.space_after(w.id)});
      p.ends.push_back(last);
    }
  }
  return out;
}

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double f1() const { return tp ? 200.0 * tp / (2.0 * tp + fp + fn) : 0.0; }
};

// Runs the model greedily over a paragraph (its last token always ends a
// sentence): `decide` gets each decision's features and truth, returns the guess.
template <class Decide>
void walk(const Paragraph& p, Features& f, Counts& counts, Decide decide) {
  size_t length = 0;
  for (size_t k = 0; k + 1 < p.tokens.size(); ++k) {
    ++length;
    f.build(p.tokens, k, length);
    const bool guess = decide(f.get(), p.ends[k]);
    counts.tp += guess && p.ends[k];
    counts.fp += guess && !p.ends[k];
    counts.fn += !guess && p.ends[k];
    if (guess) length = 0;
  }
}

}  // namespace

bool SentenceModel::ends_after(std::span<const Input> tokens, size_t k, size_t length) const {
  Features f;
  f.build(tokens, k, length);
  float scores[2];
  model_.score(f.get(), scores);
  return scores[kYes] > scores[kNo];
}

SentenceModel SentenceModel::train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                                   const Options& options, std::ostream* log) {
  const auto train_paragraphs = paragraphs(train);
  const auto dev_paragraphs = paragraphs(dev);
  PerceptronTrainer trainer(2);
  std::vector<size_t> order(train_paragraphs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  Features f;
  SentenceModel m;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    Counts counts;
    for (size_t i : order)
      walk(train_paragraphs[i], f, counts, [&](std::span<const uint64_t> features, bool truth) {
        float scores[2];
        trainer.score(features, scores);
        // A tie counts as a boundary, so that a tie where none is learns one
        // (argmax would call it "no" and never update).
        const int guess = scores[kYes] >= scores[kNo] ? kYes : kNo;
        trainer.update(features, truth ? kYes : kNo, guess);
        return guess == kYes;
      });
    if (!log) continue;
    *log << "sentence model epoch " << epoch << ": train boundary F1 " << counts.f1();
    if (!dev_paragraphs.empty()) {
      m.model_ = trainer.average();
      Counts dev_counts;
      for (const auto& p : dev_paragraphs)
        walk(p, f, dev_counts, [&](std::span<const uint64_t> features, bool) {
          float scores[2];
          m.model_.score(features, scores);
          return scores[kYes] > scores[kNo];
        });
      *log << ", dev " << dev_counts.f1();
    }
    *log << '\n';
  }
  m.model_ = trainer.average();
  return m;
}

void SentenceModel::save(BinaryWriter& out) const { model_.save(out); }

SentenceModel SentenceModel::load(BinaryReader& in) {
  SentenceModel m;
  m.model_ = PerceptronModel::load(in);
  return m;
}

}  // namespace parley
