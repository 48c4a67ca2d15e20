// parley train: trains the NLP model (sentence boundaries, tagger, lemmatizer,
// parser, entity tagger) from CoNLL-U treebanks and NER corpora.
#include <chrono>
#include <iostream>

#include "actors/actor_dictionary.h"
#include "cli/commands.h"
#include "nlp/training.h"
#include "nlp/word_lists.h"
#include "pipeline/entities.h"
#include "pipeline/knowledge.h"

namespace parley::cli {

void add_train_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("train", "Train the NLP model (sentence boundaries, tagger, lemmatizer, parser, entities) from CoNLL-U treebanks");
  auto o = std::make_shared<TrainingOptions>();
  auto out = std::make_shared<std::string>();
  auto ner = std::make_shared<std::vector<std::string>>();
  auto data_dir = std::make_shared<std::string>();
  auto ner_epochs = std::make_shared<int>(10);
  auto base = std::make_shared<std::string>();
  auto* train = cmd->add_option("--train", o->train, "training treebank(s), CoNLL-U")->check(CLI::ExistingFile);
  cmd->add_option("--base", *base, "start from this model: keep its tagger, lemmatizer and parser, train only the "
                                   "entity tagger (--ner)")
      ->check(CLI::ExistingFile)
      ->excludes(train);
  cmd->add_option("--dev", o->dev, "development treebank: accuracy is reported as training goes")
      ->check(CLI::ExistingFile);
  cmd->add_option("--exclude-docs", o->exclude_docs,
                  "leave out the documents whose '# newdoc id' matches this RE2 pattern");
  cmd->add_option("--out", *out, "where to write the model")->required();
  cmd->add_option("--ner", *ner, "NER training files (UNER IOB2, CoNLL TOKEN TAG, or CoNLL-U with GUM entities): trains the entity tagger")
      ->check(CLI::ExistingFile);
  cmd->add_option("--ner-epochs", *ner_epochs)->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--data", *data_dir, "the data directory (its actor dictionaries and WordNet names are the entity tagger's gazetteers)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--sentence-epochs", o->sentence_epochs)->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--tagger-epochs", o->tagger_epochs)->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--parser-epochs", o->parser_epochs)->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--lemmatizer-epochs", o->lemmatizer_epochs)->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--jackknife", o->jackknife, "folds for the parser's predicted tags (0: gold tags)")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  cmd->add_option("--prune", o->prune, "drop parser weights smaller than this (a smaller, faster model)")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  cmd->add_option("--seed", o->seed, "random seed: the same seed and data give the same model")->capture_default_str();
  cmd->callback([o, out, ner, data_dir, ner_epochs, base, &exit_code] {
    if (base->empty() && o->train.empty()) throw CLI::ValidationError("--train or --base is required");
    if (!base->empty() && ner->empty()) throw CLI::ValidationError("--base needs --ner: there is nothing else to train");
    const auto start = std::chrono::steady_clock::now();
    NlpModel model = base->empty() ? train_nlp_model(*o, std::cerr) : NlpModel::load(*base);
    if (!ner->empty()) {
      const std::string dir = data_dir->empty() ? default_data_dir() : *data_dir;
      const WordLists words = WordLists::load(dir + "/nlp");
      const Tokenizer tokenizer(words);
      const ActorDictionary dictionary = load_actor_dictionary(tokenizer, dir, {});
      const NameGazetteer names = load_entity_names(dir);
      train_entity_tagger(model, {dictionary, names}, *ner, o->exclude_docs, *ner_epochs, o->seed, std::cerr);
    }
    model.save(*out);
    std::cerr << "model written to " << *out << " in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s\n";
    exit_code = kOk;
  });
}

}  // namespace parley::cli
