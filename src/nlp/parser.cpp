#include "nlp/parser.h"

#include <algorithm>
#include <limits>
#include <random>

#include "nlp/arc_eager.h"
#include "nlp/feature_hash.h"
#include "util/utf8.h"

namespace parley {

namespace {
const uint64_t kAbsent = features::atom(std::string_view("<none>"));
const uint64_t kRootWord = features::atom(std::string_view("<root>"));
}  // namespace

// The features of a parser state (Zhang and Nivre 2011, "rich non-local").
class Parser::Features {
 public:
  void build(const ArcEagerState& st, std::span<const Input> in) {
    using features::atom;
    using features::key;
    f_.clear();
    auto w = [&](int i) { return i < 0 ? kAbsent : i == 0 ? kRootWord : in[static_cast<size_t>(i - 1)].word; };
    auto p = [&](int i) { return i < 0 ? kAbsent : i == 0 ? kRootWord : in[static_cast<size_t>(i - 1)].tag; };
    auto c = [&](int i) { return i < 0 ? kAbsent : i == 0 ? kRootWord : in[static_cast<size_t>(i - 1)].coarse; };
    auto l = [&](int i) { return i <= 0 ? kAbsent : atom(int64_t{st.label(i)} + 1000 * (st.head(i) >= 0)); };
    const int s0 = st.stack(0), n0 = st.buffer(0), n1 = st.buffer(1), n2 = st.buffer(2);
    const int s0h = s0 > 0 ? st.head(s0) : -1;
    const int s0h2 = s0h > 0 ? st.head(s0h) : -1;
    const int s0l = s0 >= 0 ? st.leftmost(s0) : -1, s0r = s0 >= 0 ? st.rightmost(s0) : -1;
    const int s0l2 = s0 >= 0 ? st.leftmost(s0, 1) : -1, s0r2 = s0 >= 0 ? st.rightmost(s0, 1) : -1;
    const int n0l = n0 >= 0 ? st.leftmost(n0) : -1, n0l2 = n0 >= 0 ? st.leftmost(n0, 1) : -1;
    const int s1 = st.stack(1);
    const uint64_t dist = (s0 >= 0 && n0 >= 0) ? atom(int64_t{std::min(n0 - s0, 6)}) : kAbsent;
    const uint64_t s0vl = s0 >= 0 ? atom(int64_t{st.left_count(s0)}) : kAbsent;
    const uint64_t s0vr = s0 >= 0 ? atom(int64_t{st.right_count(s0)}) : kAbsent;
    const uint64_t n0vl = n0 >= 0 ? atom(int64_t{st.left_count(n0)}) : kAbsent;
    const uint64_t s0sl = s0 >= 0 ? features::mix(st.left_labels(s0)) : kAbsent;
    const uint64_t s0sr = s0 >= 0 ? features::mix(st.right_labels(s0)) : kAbsent;
    const uint64_t n0sl = n0 >= 0 ? features::mix(st.left_labels(n0)) : kAbsent;
    uint32_t t = 0;
    auto add = [&](auto... atoms) { f_.push_back(key(++t, atoms...)); };
    // single words
    add(w(s0), p(s0)); add(w(s0)); add(p(s0)); add(c(s0));
    add(w(n0), p(n0)); add(w(n0)); add(p(n0)); add(c(n0));
    add(w(n1), p(n1)); add(w(n1)); add(p(n1));
    add(w(n2), p(n2)); add(w(n2)); add(p(n2));
    // pairs
    add(w(s0), p(s0), w(n0)); add(w(s0), w(n0), p(n0)); add(w(s0), p(s0), p(n0)); add(p(s0), w(n0), p(n0));
    add(w(s0), w(n0)); add(p(s0), p(n0)); add(p(n0), p(n1)); add(c(s0), c(n0));
    // tag trigrams
    add(p(n0), p(n1), p(n2)); add(p(s0), p(n0), p(n1)); add(p(s0h), p(s0), p(n0));
    add(p(s0), p(s0l), p(n0)); add(p(s0), p(s0r), p(n0)); add(p(s0), p(n0), p(n0l));
    add(p(s1), p(s0), p(n0)); add(c(s1), c(s0), c(n0));
    // distance
    add(w(s0), dist); add(p(s0), dist); add(w(n0), dist); add(p(n0), dist);
    add(w(s0), w(n0), dist); add(p(s0), p(n0), dist);
    // valency
    add(w(s0), s0vr); add(p(s0), s0vr); add(w(s0), s0vl); add(p(s0), s0vl); add(w(n0), n0vl); add(p(n0), n0vl);
    // heads and children
    add(w(s0h)); add(p(s0h)); add(l(s0));
    add(w(s0l)); add(p(s0l)); add(l(s0l));
    add(w(s0r)); add(p(s0r)); add(l(s0r));
    add(w(n0l)); add(p(n0l)); add(l(n0l));
    // third order
    add(w(s0h2)); add(p(s0h2)); add(l(s0h));
    add(w(s0l2)); add(p(s0l2)); add(l(s0l2));
    add(w(s0r2)); add(p(s0r2)); add(l(s0r2));
    add(w(n0l2)); add(p(n0l2)); add(l(n0l2));
    add(p(s0), p(s0l), p(s0l2)); add(p(s0), p(s0r), p(s0r2)); add(p(s0), p(s0h), p(s0h2));
    add(p(n0), p(n0l), p(n0l2));
    // label sets
    add(w(s0), s0sr); add(p(s0), s0sr); add(w(s0), s0sl); add(p(s0), s0sl); add(w(n0), n0sl); add(p(n0), n0sl);
    // s1
    add(w(s1), p(s1)); add(p(s1), p(s0)); add(w(s1), w(s0));
  }
  std::span<const uint64_t> get() const { return f_; }

 private:
  std::vector<uint64_t> f_;
};

std::vector<Parser::Input> Parser::inputs(const ConlluSentence& s) {
  std::vector<Input> in;
  in.reserve(s.words.size());
  for (const auto& w : s.words)
    in.push_back({features::atom(utf8::fold_case(w.form)), features::atom(w.xpos), features::atom(w.upos)});
  return in;
}

namespace {
// The best transition allowed, by score.
Transition best_allowed(const ArcEagerState& st, const float* scores, int classes) {
  Transition best;
  float best_score = -std::numeric_limits<float>::infinity();
  for (int id = 0; id < classes; ++id) {
    const Transition t = Transition::from_id(id);
    if (scores[id] > best_score && st.allowed(t)) best = t, best_score = scores[id];
  }
  return best;
}
}  // namespace

void Parser::parse(std::span<const Input> words, std::vector<int>& heads, std::vector<uint16_t>& labels) const {
  const int n = static_cast<int>(words.size());
  ArcEagerState st(n);
  Features f;
  const int classes = Transition::count(labels_.size());
  std::vector<float> scores(static_cast<size_t>(classes));
  while (!st.terminal()) {
    f.build(st, words);
    model_.score(f.get(), scores.data());
    st.apply(best_allowed(st, scores.data(), classes));
  }
  st.finish(static_cast<uint16_t>(std::max(0, labels_.find("root"))), static_cast<uint16_t>(std::max(0, labels_.find("dep"))));
  heads = st.heads();
  labels = st.labels();
}

void Parser::parse(ConlluSentence& s) const {
  std::vector<int> heads;
  std::vector<uint16_t> labels;
  parse(inputs(s), heads, labels);
  for (size_t i = 0; i < s.words.size(); ++i) {
    s.words[i].head = heads[i + 1];
    s.words[i].deprel = labels_.name(labels[i + 1]);
  }
}

Parser Parser::train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                     const Options& options, std::ostream* log) {
  Parser p;
  p.labels_.add("root");
  p.labels_.add("dep");
  struct Example {
    std::vector<Input> in;
    std::vector<int> heads;
    std::vector<uint16_t> labels;
  };
  std::vector<Example> examples;
  for (const auto& s : train) {
    Example e{inputs(s), {0}, {0}};
    bool complete = true;
    for (const auto& w : s.words) {
      complete &= w.head >= 0;
      e.heads.push_back(w.head);
      e.labels.push_back(static_cast<uint16_t>(p.labels_.add(w.deprel)));
    }
    if (!complete || s.words.empty()) continue;
    projectivize(e.heads);
    examples.push_back(std::move(e));
  }
  const int classes = Transition::count(p.labels_.size());
  PerceptronTrainer trainer(classes);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  Features f;
  std::vector<float> scores(static_cast<size_t>(classes));
  std::vector<int> costs(static_cast<size_t>(classes));
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    long right = 0, total = 0;
    for (size_t idx : order) {
      const Example& e = examples[idx];
      ArcEagerState st(static_cast<int>(e.in.size()));
      while (!st.terminal()) {
        f.build(st, e.in);
        trainer.score(f.get(), scores.data());
        const Transition guess = best_allowed(st, scores.data(), classes);
        // The cheapest transitions are right; the best scored of them is the one to learn.
        int min_cost = std::numeric_limits<int>::max();
        for (int id = 0; id < classes; ++id) {
          const Transition t = Transition::from_id(id);
          costs[static_cast<size_t>(id)] = st.allowed(t) ? st.cost(t, e.heads, e.labels) : std::numeric_limits<int>::max();
          min_cost = std::min(min_cost, costs[static_cast<size_t>(id)]);
        }
        int gold = -1;
        for (int id = 0; id < classes; ++id)
          if (costs[static_cast<size_t>(id)] == min_cost && (gold < 0 || scores[static_cast<size_t>(id)] > scores[static_cast<size_t>(gold)]))
            gold = id;
        trainer.update(f.get(), gold, guess.id());
        const bool guess_right = costs[static_cast<size_t>(guess.id())] == min_cost;
        right += guess_right;
        ++total;
        const bool follow_guess = guess_right || (epoch > 1 && coin(rng) < options.explore);
        st.apply(follow_guess ? guess : Transition::from_id(gold));
      }
    }
    if (log) {
      *log << "parser epoch " << epoch << ": transitions right " << 100.0 * right / std::max(1L, total) << "%";
      if (!dev.empty()) {
        p.model_ = trainer.average();
        long uas = 0, las = 0, words = 0;
        for (ConlluSentence s : dev) {
          const auto gold = s;
          p.parse(s);
          for (size_t i = 0; i < s.words.size(); ++i, ++words) {
            const bool head = s.words[i].head == gold.words[i].head;
            uas += head;
            las += head && s.words[i].deprel.substr(0, s.words[i].deprel.find(':')) ==
                               gold.words[i].deprel.substr(0, gold.words[i].deprel.find(':'));
          }
        }
        *log << ", dev UAS " << 100.0 * uas / std::max(1L, words) << " LAS " << 100.0 * las / std::max(1L, words);
      }
      *log << " (" << trainer.features() << " features)\n";
    }
  }
  p.model_ = trainer.average(options.prune);
  return p;
}

void Parser::save(BinaryWriter& out) const {
  labels_.save(out);
  model_.save(out);
}

Parser Parser::load(BinaryReader& in) {
  Parser p;
  p.labels_ = Vocabulary::load(in);
  p.model_ = PerceptronModel::load(in);
  return p;
}

}  // namespace parley
