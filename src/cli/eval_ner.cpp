// parley eval ner: exact-span entity precision, recall and F1 (overall and by
// type) of the NLP model's entity tagger on a gold NER file.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/eval_commands.h"
#include "eval/ner_eval.h"
#include "nlp/word_lists.h"
#include "pipeline/entities.h"
#include "pipeline/knowledge.h"

namespace parley::cli {

namespace {
struct EvalNerOptions {
  std::string gold, model, data_dir;
  bool json = false;
  int errors = 0;
};

// "Kori/B-PER Schulman/I-PER" for the tokens whose gold or predicted tag is not O.
std::string marked(const NerSentence& s) {
  std::string out;
  for (size_t i = 0; i < s.tokens.size(); ++i)
    out += s.tokens[i] + (s.tags[i] == "O" ? "" : "/" + s.tags[i]) + " ";
  return out;
}
}  // namespace

void add_eval_ner_command(CLI::App& eval, int& exit_code) {
  auto* cmd = eval.add_subcommand("ner", "Entity precision, recall, F1 (exact spans) of the NLP model on a gold NER file");
  auto o = std::make_shared<EvalNerOptions>();
  cmd->add_option("--gold", o->gold, "gold entities: UNER IOB2, or CoNLL TOKEN TAG")->required()->check(CLI::ExistingFile);
  cmd->add_flag("--json", o->json, "print one JSON object: precision, recall, f1 (%), and by_type");
  cmd->add_option("--errors", o->errors, "also print up to this many sentences where the tagger and the gold differ")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--model", o->model, "the NLP model (default: $PARLEY_MODEL or the shipped one)");
  cmd->add_option("--data", o->data_dir, "the data directory (the gazetteers)")->check(CLI::ExistingDirectory);
  cmd->callback([o, &exit_code] {
    const NlpModel model = NlpModel::load(o->model.empty() ? default_model_path() : o->model);
    if (!model.entities.trained()) throw ModelError("the model has no entity tagger (train it with --ner)");
    const std::string dir = o->data_dir.empty() ? default_data_dir() : o->data_dir;
    const WordLists words = WordLists::load(dir + "/nlp");
    const Tokenizer tokenizer(words);
    const ActorDictionary dictionary = load_actor_dictionary(tokenizer, dir, {});
    const auto gold = read_ner_file(o->gold);
    std::vector<NerSentence> predicted;
    const NameGazetteer names = load_entity_names(dir);
    for (const auto& s : gold) predicted.push_back({s.tokens, tag_entities(model, {dictionary, names}, s.tokens)});
    const NerEvaluation e = evaluate_ner(gold, predicted);
    for (size_t i = 0, shown = 0; i < gold.size() && shown < static_cast<size_t>(o->errors); ++i) {
      if (gold[i].tags == predicted[i].tags) continue;
      std::cout << "gold:      " << marked(gold[i]) << "\npredicted: " << marked(predicted[i]) << "\n\n";
      ++shown;
    }
    if (o->json) {
      nlohmann::ordered_json j = {{"precision", 100 * e.overall.precision}, {"recall", 100 * e.overall.recall},
                                  {"f1", 100 * e.overall.f1}};
      for (const auto& [type, s] : e.by_type)
        j["by_type"][type] = {{"precision", 100 * s.precision}, {"recall", 100 * s.recall}, {"f1", 100 * s.f1}};
      std::cout << j.dump() << '\n';
    } else {
      std::printf("%-8s %9s %9s %9s %7s %9s\n", "type", "precision", "recall", "F1", "gold", "predicted");
      auto row = [](const std::string& name, const NerScore& s) {
        std::printf("%-8s %9.2f %9.2f %9.2f %7ld %9ld\n", name.c_str(), 100 * s.precision, 100 * s.recall,
                    100 * s.f1, s.gold, s.predicted);
      };
      for (const auto& [type, s] : e.by_type) row(type, s);
      row("all", e.overall);
    }
    exit_code = kOk;
  });
}

}  // namespace parley::cli
