#include "nlp/tagger.h"

#include <algorithm>
#include <map>
#include <random>

#include "nlp/feature_hash.h"

namespace parley {

namespace {
constexpr int kNone = -1;  // no tag: before the sentence
constexpr int kMinCount = 20;
constexpr double kMinShare = 0.97;
constexpr int kMinAmbiguityCount = 5;

std::string class_name(const ConlluWord& w) { return w.upos + '\t' + w.xpos; }

// How the sentence is written: 0 as usual, 1 in title case ("Housing Market
// Falls Again"), 2 in capitals. Capitals say less about proper nouns in the
// last two.
int sentence_case(std::span<const WordAtoms> a) {
  int words = 0, capitalized = 0, caps = 0;
  for (const auto& w : a) {
    if (!w.starts_with_letter) continue;
    ++words;
    capitalized += w.capitalized;
    caps += w.all_caps;
  }
  if (words < 3) return 0;
  if (caps * 10 >= words * 7) return 2;
  return capitalized * 10 >= words * 7 ? 1 : 0;
}

}  // namespace

// The features of word i, given the classes of the words before it.
class Tagger::Features {
 public:
  void build(std::span<const WordAtoms> a, std::span<const uint64_t> amb, int written, size_t i, int prev,
             int prev2) {
    using features::atom;
    using features::key;
    f_.clear();
    const WordAtoms& w = a[i];
    const WordAtoms* l1 = i >= 1 ? &a[i - 1] : nullptr;
    const WordAtoms* l2 = i >= 2 ? &a[i - 2] : nullptr;
    const WordAtoms* r1 = i + 1 < a.size() ? &a[i + 1] : nullptr;
    const WordAtoms* r2 = i + 2 < a.size() ? &a[i + 2] : nullptr;
    const uint64_t none = atom(int64_t{-7});
    auto lower = [&](const WordAtoms* x) { return x ? x->lower : none; };
    auto suffix3 = [&](const WordAtoms* x) { return x ? x->suffix[2] : none; };
    const uint64_t p1 = atom(int64_t{prev}), p2 = atom(int64_t{prev2});
    f_.push_back(key(1, 0));
    f_.push_back(key(2, w.form));
    f_.push_back(key(3, w.lower));
    for (int n = 0; n < 5; ++n) f_.push_back(key(10 + static_cast<uint32_t>(n), w.suffix[static_cast<size_t>(n)]));
    for (int n = 0; n < 3; ++n) f_.push_back(key(20 + static_cast<uint32_t>(n), w.prefix[static_cast<size_t>(n)]));
    f_.push_back(key(30, w.shape));
    f_.push_back(key(31, atom(int64_t{w.capitalized + 2 * w.all_caps + 4 * w.has_digit + 8 * w.has_hyphen + 16 * w.has_period})));
    f_.push_back(key(32, atom(int64_t{i == 0}), atom(int64_t{w.capitalized})));
    f_.push_back(key(40, p1));
    f_.push_back(key(41, p1, p2));
    f_.push_back(key(42, p1, w.lower));
    f_.push_back(key(43, p1, w.suffix[2]));
    f_.push_back(key(50, lower(l1)));
    f_.push_back(key(51, lower(l2)));
    f_.push_back(key(52, lower(r1)));
    f_.push_back(key(53, lower(r2)));
    f_.push_back(key(54, suffix3(l1)));
    f_.push_back(key(55, suffix3(r1)));
    f_.push_back(key(56, lower(l1), w.lower));
    f_.push_back(key(57, w.lower, lower(r1)));
    f_.push_back(key(58, r1 ? r1->shape : none));
    f_.push_back(key(59, l1 ? l1->shape : none, w.shape));
    f_.push_back(key(60, p1, lower(r1)));
    // What the words ahead can be.
    auto ambiguity = [&](size_t j) { return j < amb.size() ? amb[j] : none; };
    f_.push_back(key(70, ambiguity(i)));
    f_.push_back(key(71, ambiguity(i + 1)));
    f_.push_back(key(72, ambiguity(i + 2)));
    f_.push_back(key(73, ambiguity(i), ambiguity(i + 1)));
    f_.push_back(key(74, p1, ambiguity(i + 1)));
    f_.push_back(key(75, w.lower, ambiguity(i + 1)));
    f_.push_back(key(76, p1, ambiguity(i), ambiguity(i + 1)));
    const uint64_t how = atom(int64_t{written});
    f_.push_back(key(80, how, atom(int64_t{w.capitalized + 2 * (i == 0)})));
    f_.push_back(key(81, how, w.lower));
    f_.push_back(key(82, how, ambiguity(i)));
  }
  std::span<const uint64_t> get() const { return f_; }

 private:
  std::vector<uint64_t> f_;
};

std::string_view Tagger::upos(uint16_t cls) const {
  const std::string& name = classes_.name(cls);
  return std::string_view(name).substr(0, name.find('\t'));
}
std::string_view Tagger::xpos(uint16_t cls) const {
  const std::string& name = classes_.name(cls);
  return std::string_view(name).substr(name.find('\t') + 1);
}

std::vector<uint64_t> Tagger::ambiguity(std::span<const WordAtoms> atoms) const {
  std::vector<uint64_t> amb;
  amb.reserve(atoms.size());
  for (const auto& a : atoms) {
    const auto it = ambiguity_.find(a.lower);
    amb.push_back(it != ambiguity_.end() ? it->second : features::key(99, a.shape, a.suffix[1]));
  }
  return amb;
}

void Tagger::tag(std::span<const WordAtoms> atoms, std::vector<uint16_t>& out) const {
  out.assign(atoms.size(), 0);
  const auto amb = ambiguity(atoms);
  const int written = sentence_case(atoms);
  Features f;
  std::vector<float> scores(static_cast<size_t>(classes_.size()));
  int prev = kNone, prev2 = kNone;
  for (size_t i = 0; i < atoms.size(); ++i) {
    const auto known = known_.find(atoms[i].lower);
    int cls;
    if (known != known_.end()) {
      cls = known->second;
    } else {
      f.build(atoms, amb, written, i, prev, prev2);
      model_.score(f.get(), scores.data());
      cls = argmax(scores.data(), classes_.size());
    }
    out[i] = static_cast<uint16_t>(cls);
    prev2 = prev;
    prev = cls;
  }
}

void Tagger::tag(ConlluSentence& s) const {
  std::vector<WordAtoms> atoms;
  atoms.reserve(s.words.size());
  for (const auto& w : s.words) atoms.push_back(word_atoms(w.form));
  std::vector<uint16_t> classes;
  tag(atoms, classes);
  for (size_t i = 0; i < s.words.size(); ++i) {
    s.words[i].upos = upos(classes[i]);
    s.words[i].xpos = xpos(classes[i]);
  }
}

Tagger Tagger::train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                     const Options& options, std::ostream* log) {
  Tagger t;
  // Classes, and the words that always have the same one.
  std::unordered_map<uint64_t, std::map<int, int>> counts;
  for (const auto& s : train)
    for (const auto& w : s.words) ++counts[word_atoms(w.form).lower][t.classes_.add(class_name(w))];
  for (const auto& [word, by_class] : counts) {
    int total = 0, best = 0, best_class = 0;
    for (const auto& [cls, n] : by_class) {
      total += n;
      if (n > best) best = n, best_class = cls;
    }
    if (total >= kMinCount && best >= kMinShare * total) t.known_[word] = static_cast<uint16_t>(best_class);
    // Rare words are left out: in training their class would give their tag away.
    if (total < kMinAmbiguityCount) continue;
    uint64_t amb = features::atom(int64_t{-1});
    for (const auto& [cls, n] : by_class)
      if (n * 100 >= total) amb = features::key(98, amb, features::atom(int64_t{cls}));
    t.ambiguity_[word] = amb;
  }

  std::vector<std::vector<WordAtoms>> atoms(train.size());
  std::vector<std::vector<uint64_t>> amb(train.size());
  std::vector<int> written(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    for (const auto& w : train[s].words) atoms[s].push_back(word_atoms(w.form));
    amb[s] = t.ambiguity(atoms[s]);
    written[s] = sentence_case(atoms[s]);
  }

  PerceptronTrainer trainer(t.classes_.size());
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  Features f;
  std::vector<float> scores(static_cast<size_t>(t.classes_.size()));
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    long correct = 0, total = 0;
    for (size_t s : order) {
      int prev = kNone, prev2 = kNone;
      for (size_t i = 0; i < atoms[s].size(); ++i) {
        const int truth = t.classes_.find(class_name(train[s].words[i]));
        int guess;
        if (const auto k = t.known_.find(atoms[s][i].lower); k != t.known_.end()) {
          guess = k->second;
          trainer.tick();
        } else {
          f.build(atoms[s], amb[s], written[s], i, prev, prev2);
          trainer.score(f.get(), scores.data());
          guess = argmax(scores.data(), t.classes_.size());
          trainer.update(f.get(), truth, guess);
        }
        correct += guess == truth;
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    if (log) {
      *log << "tagger epoch " << epoch << ": train " << 100.0 * correct / std::max(1L, total) << "%";
      if (!dev.empty()) {
        t.model_ = trainer.average();
        long dev_correct = 0, dev_total = 0;
        for (ConlluSentence s : dev) {
          const auto gold = s;
          t.tag(s);
          for (size_t i = 0; i < s.words.size(); ++i, ++dev_total)
            dev_correct += s.words[i].upos == gold.words[i].upos && s.words[i].xpos == gold.words[i].xpos;
        }
        *log << ", dev UPOS+XPOS " << 100.0 * dev_correct / std::max(1L, dev_total) << "%";
      }
      *log << " (" << trainer.features() << " features)\n";
    }
  }
  t.model_ = trainer.average();
  return t;
}

void Tagger::save(BinaryWriter& out) const {
  classes_.save(out);
  write_map(out, known_);
  write_map(out, ambiguity_);
  model_.save(out);
}

Tagger Tagger::load(BinaryReader& in) {
  Tagger t;
  t.classes_ = Vocabulary::load(in);
  t.known_ = read_map<uint64_t, uint16_t>(in);
  t.ambiguity_ = read_map<uint64_t, uint64_t>(in);
  t.model_ = PerceptronModel::load(in);
  return t;
}

}  // namespace parley
