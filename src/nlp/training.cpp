#include "nlp/training.h"

#include <re2/re2.h>

#include <chrono>

#include "util/strings.h"

namespace parley {

namespace {

std::string document_id(const ConlluSentence& s) {
  for (const auto& c : s.comments)
    if (c.starts_with("newdoc id = ")) return c.substr(12);
  return {};
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// The training sentences with the tags a tagger trained on the other folds gives them.
std::vector<ConlluSentence> jackknife_tags(const std::vector<ConlluSentence>& train, const TrainingOptions& o,
                                           std::ostream& log) {
  std::vector<ConlluSentence> tagged = train;
  const size_t k = static_cast<size_t>(o.jackknife);
  for (size_t fold = 0; fold < k; ++fold) {
    std::vector<ConlluSentence> rest;
    for (size_t i = 0; i < train.size(); ++i)
      if (i % k != fold) rest.push_back(train[i]);
    const Tagger t = Tagger::train(rest, {}, {o.tagger_epochs, o.seed + static_cast<uint32_t>(fold) + 1}, nullptr);
    for (size_t i = fold; i < train.size(); i += k) t.tag(tagged[i]);
    log << "jackknife fold " << fold + 1 << "/" << k << " tagged\n";
  }
  return tagged;
}

}  // namespace

std::vector<ConlluSentence> read_training_file(const std::string& path, const std::string& exclude) {
  auto sentences = read_conllu_file(path);
  if (exclude.empty()) return sentences;
  const RE2 pattern(exclude);
  if (!pattern.ok()) throw std::invalid_argument("--exclude-docs: " + pattern.error());
  std::vector<ConlluSentence> kept;
  bool skip = false;
  for (auto& s : sentences) {
    if (s.newdoc) skip = RE2::PartialMatch(document_id(s), pattern);
    if (!skip) kept.push_back(std::move(s));
  }
  return kept;
}

NlpModel train_nlp_model(const TrainingOptions& o, std::ostream& log) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<ConlluSentence> train;
  for (const auto& path : o.train) {
    auto part = read_training_file(path, o.exclude_docs);
    log << path << ": " << part.size() << " sentences\n";
    train.insert(train.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  const std::vector<ConlluSentence> dev = o.dev.empty() ? std::vector<ConlluSentence>{} : read_conllu_file(o.dev);

  NlpModel m;
  m.sentences = SentenceModel::train(train, dev, {o.sentence_epochs, o.seed}, &log);
  log << "sentence model trained in " << seconds_since(start) << " s\n";
  m.tagger = Tagger::train(train, dev, {o.tagger_epochs, o.seed}, &log);
  log << "tagger trained in " << seconds_since(start) << " s\n";

  const std::vector<ConlluSentence> predicted = o.jackknife > 1 ? jackknife_tags(train, o, log) : train;
  std::vector<ConlluSentence> dev_predicted = dev;
  for (auto& s : dev_predicted) m.tagger.tag(s);

  m.lemmatizer = Lemmatizer::train(train, dev, {o.lemmatizer_epochs, o.seed}, &log);
  log << "lemmatizer trained at " << seconds_since(start) << " s\n";
  m.parser = Parser::train(predicted, dev_predicted, {o.parser_epochs, o.seed, 0.9, o.prune}, &log);
  log << "parser trained at " << seconds_since(start) << " s\n";
  return m;
}

}  // namespace parley
