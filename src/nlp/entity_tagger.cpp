#include "nlp/entity_tagger.h"

#include <algorithm>
#include <limits>
#include <random>

#include "nlp/feature_hash.h"

namespace parley {

namespace {
constexpr int kStart = -1;

std::string kept_tag(const std::string& tag) {
  if (tag.size() < 3) return "O";
  const std::string type = tag.substr(2);
  return type == "PER" || type == "ORG" || type == "LOC" || type == "MISC" ? tag : "O";
}

// The run of capitalized words each word belongs to ("International Space
// Station", "University of North Carolina": "of", "the", "for", "and" and "de"
// join two capitalized words), as [begin, end) per word; {i, i} when none.
// A name's last word says much of its type (Station, University, Club, Inc).
std::vector<std::pair<uint32_t, uint32_t>> capitalized_runs(const std::vector<WordAtoms>& w) {
  static const uint64_t joiners[] = {features::atom(std::string_view("of")), features::atom(std::string_view("the")),
                                     features::atom(std::string_view("for")), features::atom(std::string_view("and")),
                                     features::atom(std::string_view("de"))};
  auto joins = [&](size_t j) {
    return j + 1 < w.size() && w[j + 1].capitalized &&
           std::find(std::begin(joiners), std::end(joiners), w[j].lower) != std::end(joiners);
  };
  std::vector<std::pair<uint32_t, uint32_t>> runs(w.size());
  for (uint32_t i = 0; i < w.size();) {
    if (!w[i].capitalized) {
      runs[i] = {i, i};
      ++i;
      continue;
    }
    uint32_t end = i + 1;
    while (end < w.size() && (w[end].capitalized || joins(end))) ++end;
    for (uint32_t j = i; j < end; ++j) runs[j] = {i, end};
    i = end;
  }
  return runs;
}

}  // namespace

class EntityTagger::Features {
 public:
  using Runs = std::vector<std::pair<uint32_t, uint32_t>>;
  void build(const EntityInput& in, const Runs& runs, size_t i, int prev, int prev2) {
    using features::atom;
    using features::key;
    f_.clear();
    const uint64_t none = atom(int64_t{-9});
    const auto& w = in.words;
    auto lower = [&](size_t j) { return j < w.size() ? w[j].lower : none; };
    auto shape = [&](size_t j) { return j < w.size() ? w[j].shape : none; };
    auto tag = [&](size_t j) { return j < in.tags.size() ? in.tags[j] : none; };
    auto gaz = [&](size_t j) { return j < in.gazetteer.size() ? in.gazetteer[j] : none; };
    auto name = [&](size_t j) { return j < in.names.size() ? in.names[j] : none; };
    const size_t l1 = i - 1, l2 = i - 2, r1 = i + 1, r2 = i + 2;  // wrap to huge values: absent
    const WordAtoms& x = w[i];
    const uint64_t p1 = atom(int64_t{prev}), p2 = atom(int64_t{prev2});
    f_.push_back(key(1, 0));
    f_.push_back(key(2, x.form));
    f_.push_back(key(3, x.lower));
    f_.push_back(key(4, x.shape));
    for (size_t n = 1; n < 4; ++n) f_.push_back(key(10 + static_cast<uint32_t>(n), x.suffix[n]));
    for (size_t n = 1; n < 3; ++n) f_.push_back(key(20 + static_cast<uint32_t>(n), x.prefix[n]));
    f_.push_back(key(30, atom(int64_t{x.capitalized + 2 * x.all_caps + 4 * x.has_digit + 8 * (i == 0)})));
    f_.push_back(key(31, tag(i)));
    f_.push_back(key(32, tag(i), x.shape));
    f_.push_back(key(33, gaz(i)));
    f_.push_back(key(34, gaz(i), x.shape));
    f_.push_back(key(35, gaz(l1)));
    f_.push_back(key(36, gaz(r1)));
    f_.push_back(key(37, name(i)));
    f_.push_back(key(40, p1));
    f_.push_back(key(41, p1, p2));
    f_.push_back(key(42, p1, x.shape));
    f_.push_back(key(43, p1, x.lower));
    f_.push_back(key(50, lower(l1)));
    f_.push_back(key(51, lower(l2)));
    f_.push_back(key(52, lower(r1)));
    f_.push_back(key(53, lower(r2)));
    f_.push_back(key(54, shape(l1), x.shape));
    f_.push_back(key(55, x.shape, shape(r1)));
    f_.push_back(key(56, lower(l1), x.lower));
    f_.push_back(key(57, x.lower, lower(r1)));
    f_.push_back(key(58, tag(l1), tag(i), tag(r1)));
    f_.push_back(key(59, p1, tag(i)));
    f_.push_back(key(60, p1, gaz(i)));
    f_.push_back(key(61, tag(l1), tag(i)));
    f_.push_back(key(62, tag(i), tag(r1)));
    f_.push_back(key(63, lower(l1), tag(i)));
    const auto [begin, end] = runs[i];
    if (begin == end) return;
    const uint64_t place = atom(int64_t{(i == begin) + 2 * (i + 1 == end) + 4 * std::min<int64_t>(end - begin, 4)});
    f_.push_back(key(70, lower(end - 1)));
    f_.push_back(key(71, lower(end - 1), place));
    f_.push_back(key(72, lower(begin), place));
    f_.push_back(key(73, lower(end)));
    f_.push_back(key(74, lower(begin - 1), place));
    f_.push_back(key(75, gaz(begin), gaz(end - 1)));
  }
  std::span<const uint64_t> get() const { return f_; }

 private:
  std::vector<uint64_t> f_;
};

bool EntityTagger::allowed(int tag, int prev) const {
  const std::string& name = tags_.name(tag);
  if (name[0] != 'I') return true;
  if (prev < 0) return false;
  const std::string& before = tags_.name(prev);
  return before.size() > 2 && before.compare(2, std::string::npos, name, 2, std::string::npos) == 0;
}

std::vector<std::string> EntityTagger::tag(const EntityInput& in) const {
  std::vector<std::string> out;
  Features f;
  std::vector<float> scores(static_cast<size_t>(tags_.size()));
  const auto runs = capitalized_runs(in.words);
  int prev = kStart, prev2 = kStart;
  for (size_t i = 0; i < in.words.size(); ++i) {
    f.build(in, runs, i, prev, prev2);
    model_.score(f.get(), scores.data());
    int best = -1;
    for (int t = 0; t < tags_.size(); ++t)
      if (allowed(t, prev) && (best < 0 || scores[static_cast<size_t>(t)] > scores[static_cast<size_t>(best)])) best = t;
    const std::string& name = tags_.name(best);
    out.push_back(name.ends_with("MISC") ? "O" : name);
    prev2 = prev;
    prev = best;
  }
  return out;
}

EntityTagger EntityTagger::train(const std::vector<EntityExample>& train, const Options& options, std::ostream* log) {
  EntityTagger t;
  t.tags_.add("O");
  std::vector<std::vector<int>> gold(train.size());
  for (size_t s = 0; s < train.size(); ++s)
    for (const auto& tag : train[s].tags) gold[s].push_back(t.tags_.add(kept_tag(tag)));
  std::vector<Features::Runs> runs;
  for (const auto& example : train) runs.push_back(capitalized_runs(example.input.words));
  PerceptronTrainer trainer(t.tags_.size());
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  Features f;
  std::vector<float> scores(static_cast<size_t>(t.tags_.size()));
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    long right = 0, total = 0;
    for (size_t s : order) {
      int prev = kStart, prev2 = kStart;
      for (size_t i = 0; i < train[s].input.words.size(); ++i) {
        f.build(train[s].input, runs[s], i, prev, prev2);
        trainer.score(f.get(), scores.data());
        int guess = -1;
        for (int c = 0; c < t.tags_.size(); ++c)
          if (t.allowed(c, prev) && (guess < 0 || scores[static_cast<size_t>(c)] > scores[static_cast<size_t>(guess)])) guess = c;
        const int truth = gold[s][i];
        trainer.update(f.get(), truth, guess);
        right += guess == truth;
        ++total;
        prev2 = prev;
        prev = truth;  // learn from the gold history
      }
    }
    if (log) *log << "entity tagger epoch " << epoch << ": tags right " << 100.0 * right / std::max(1L, total) << "%\n";
  }
  t.model_ = trainer.average();
  return t;
}

void EntityTagger::save(BinaryWriter& out) const {
  tags_.save(out);
  model_.save(out);
}

EntityTagger EntityTagger::load(BinaryReader& in) {
  EntityTagger t;
  t.tags_ = Vocabulary::load(in);
  t.model_ = PerceptronModel::load(in);
  return t;
}

}  // namespace parley
