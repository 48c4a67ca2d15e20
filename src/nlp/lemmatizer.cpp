#include "nlp/lemmatizer.h"

#include <algorithm>
#include <map>
#include <random>

#include "nlp/feature_hash.h"
#include "nlp/word_features.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace parley {

namespace {

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  while (n > 0 && n < a.size() && (static_cast<unsigned char>(a[n]) & 0xC0) == 0x80) --n;  // whole characters
  return n;
}

size_t characters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Byte offset where the last `n` characters of s begin, or npos if s is shorter.
size_t cut_point(std::string_view s, size_t n) {
  size_t pos = s.size();
  while (n > 0) {
    if (pos == 0) return std::string::npos;
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    --n;
  }
  return pos;
}

}  // namespace

std::string lemma_edit(std::string_view form, std::string_view lemma) {
  const std::string lower = utf8::fold_case(form);
  const size_t keep = common_prefix(form, lemma);
  const size_t low = common_prefix(lower, lemma);
  const bool use_lower = low > keep;
  const std::string_view base = use_lower ? std::string_view(lower) : form;
  const size_t prefix = use_lower ? low : keep;
  return std::string(use_lower ? "L|" : "K|") + std::to_string(characters(base.substr(prefix))) + "|" +
         std::string(lemma.substr(prefix));
}

bool apply_edit(std::string_view edit, std::string_view form, std::string& lemma) {
  const auto parts = split(edit, '|');
  if (parts.size() != 3) return false;
  const std::string base = parts[0] == "L" ? utf8::fold_case(form) : std::string(form);
  const size_t cut = cut_point(base, static_cast<size_t>(std::stoul(std::string(parts[1]))));
  if (cut == std::string::npos) return false;
  lemma = base.substr(0, cut) + std::string(parts[2]);
  return !lemma.empty();
}

std::vector<uint64_t> Lemmatizer::features(std::string_view lower, bool capitalized, std::string_view upos,
                                           std::string_view xpos) const {
  using features::atom;
  using features::key;
  const uint64_t u = atom(upos), x = atom(xpos);
  std::vector<uint64_t> f{key(1, u), key(2, x), key(3, u, atom(int64_t{capitalized}))};
  for (size_t n = 1; n <= 6; ++n) {
    const size_t cut = cut_point(lower, n);
    const std::string_view suffix = lower.substr(cut == std::string::npos ? 0 : cut);
    f.push_back(key(10 + static_cast<uint32_t>(n), atom(suffix)));
    f.push_back(key(20 + static_cast<uint32_t>(n), atom(suffix), u));
    f.push_back(key(30 + static_cast<uint32_t>(n), atom(suffix), x));
  }
  f.push_back(key(40, atom(int64_t{static_cast<int64_t>(std::min<size_t>(characters(lower), 12))})));
  return f;
}

uint64_t Lemmatizer::seen_key(std::string_view form, std::string_view upos, bool lower) {
  return features::key(lower ? 2 : 1, features::atom(form), features::atom(upos));
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view upos, std::string_view xpos) const {
  if (const auto it = seen_.find(seen_key(form, upos, false)); it != seen_.end()) return it->second;
  const std::string lower = utf8::fold_case(form);
  if (upos != "PROPN")
    if (const auto it = seen_.find(seen_key(lower, upos, true)); it != seen_.end()) return it->second;
  if (edits_.size() == 0) return std::string(form);
  const auto f = features(lower, lower != form, upos, xpos);
  std::vector<float> scores(static_cast<size_t>(edits_.size()), 0.0f);
  model_.score(f, scores.data());
  // The best edit that fits the word.
  std::vector<int> order(scores.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::partial_sort(order.begin(), order.begin() + std::min<size_t>(5, order.size()), order.end(),
                    [&](int a, int b) { return scores[static_cast<size_t>(a)] > scores[static_cast<size_t>(b)]; });
  std::string out;
  for (size_t i = 0; i < std::min<size_t>(5, order.size()); ++i)
    if (apply_edit(edits_.name(order[i]), form, out)) return out;
  return std::string(form);
}

void Lemmatizer::lemmatize(ConlluSentence& s) const {
  for (auto& w : s.words) w.lemma = lemma(w.form, w.upos, w.xpos);
}

Lemmatizer Lemmatizer::train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                             const Options& options, std::ostream* log) {
  Lemmatizer m;
  // The lemma each (form, UPOS) had most often, as written and in lower case.
  std::unordered_map<uint64_t, std::map<std::string, int>> counts;
  struct Example {
    std::vector<uint64_t> features;
    int edit;
  };
  std::vector<Example> examples;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      if (w.lemma.empty() || w.lemma == "_") continue;
      const std::string lower = utf8::fold_case(w.form);
      ++counts[seen_key(w.form, w.upos, false)][w.lemma];
      ++counts[seen_key(lower, w.upos, true)][w.lemma];
      examples.push_back({m.features(lower, lower != w.form, w.upos, w.xpos), m.edits_.add(lemma_edit(w.form, w.lemma))});
    }
  for (const auto& [key, lemmas] : counts) {
    const auto best = std::max_element(lemmas.begin(), lemmas.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    m.seen_[key] = best->first;
  }
  PerceptronTrainer trainer(m.edits_.size());
  std::mt19937 rng(options.seed);
  std::vector<float> scores(static_cast<size_t>(m.edits_.size()));
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(examples.begin(), examples.end(), rng);
    long right = 0;
    for (const auto& e : examples) {
      trainer.score(e.features, scores.data());
      const int guess = argmax(scores.data(), m.edits_.size());
      right += guess == e.edit;
      trainer.update(e.features, e.edit, guess);
    }
    if (log) *log << "lemmatizer epoch " << epoch << ": edits right " << 100.0 * right / std::max<size_t>(1, examples.size()) << "%\n";
  }
  m.model_ = trainer.average();
  if (log && !dev.empty()) {
    long right = 0, total = 0;
    for (const auto& s : dev)
      for (const auto& w : s.words) {
        right += m.lemma(w.form, w.upos, w.xpos) == w.lemma;
        ++total;
      }
    *log << "lemmatizer dev (gold tags): " << 100.0 * right / std::max(1L, total) << "%\n";
  }
  return m;
}

void Lemmatizer::save(BinaryWriter& out) const {
  edits_.save(out);
  write_map(out, seen_);
  model_.save(out);
}

Lemmatizer Lemmatizer::load(BinaryReader& in) {
  Lemmatizer m;
  m.edits_ = Vocabulary::load(in);
  m.seen_ = read_map<uint64_t, std::string>(in);
  m.model_ = PerceptronModel::load(in);
  return m;
}

}  // namespace parley
