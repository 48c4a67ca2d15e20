// parley eval ud: the CoNLL 2018 shared task metrics of the NLP model on a
// gold treebank, from its gold tokenization or (--raw) from its raw text.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/eval_commands.h"
#include "eval/ud_eval.h"
#include "nlp/nlp_model.h"
#include "nlp/text_to_conllu.h"
#include "pipeline/knowledge.h"

namespace parley::cli {

namespace {

struct EvalUdOptions {
  std::string gold;
  std::string model;
  std::string data_dir;
  bool raw = false;
  bool json = false;
};

// The gold sentences with only what a tokenizer gives: forms and multiword tokens.
std::vector<ConlluSentence> strip(std::vector<ConlluSentence> sentences) {
  for (auto& s : sentences)
    for (auto& w : s.words) {
      const std::string misc = w.misc.find("SpaceAfter=No") != std::string::npos ? "SpaceAfter=No" : "";
      w = ConlluWord{w.id, w.form, "", "", "", "", -1, "", "", misc};
    }
  return sentences;
}

// The raw text the gold treebank was made from: paragraphs separated by blank
// lines, sentences within a paragraph by a space (as in the CoNLL 2018 raw input).
std::string raw_text(const std::vector<ConlluSentence>& gold) {
  std::string text;
  for (const auto& s : gold) {
    if (!text.empty()) text += (s.newpar || s.newdoc) ? "\n\n" : " ";
    text += s.text.empty() ? surface_text(s) : s.text;
  }
  return text + "\n";
}

void print_table(const UdEvaluation& e) {
  std::printf("Metric     | Precision |    Recall |  F1 Score\n");
  std::printf("-----------+-----------+-----------+-----------\n");
  const std::pair<const char*, const UdScore*> rows[] = {
      {"Tokens", &e.tokens}, {"Sentences", &e.sentences}, {"Words", &e.words}, {"UPOS", &e.upos},
      {"XPOS", &e.xpos},     {"UFeats", &e.ufeats},       {"AllTags", &e.alltags}, {"Lemmas", &e.lemmas},
      {"UAS", &e.uas},       {"LAS", &e.las}};
  for (const auto& [name, s] : rows)
    std::printf("%-10s | %9.2f | %9.2f | %9.2f\n", name, 100 * s->precision, 100 * s->recall, 100 * s->f1);
}

}  // namespace

void add_eval_ud_command(CLI::App& eval, int& exit_code) {
  auto* cmd = eval.add_subcommand("ud", "CoNLL 2018 UD metrics (Tokens ... LAS) of the NLP model on a gold treebank");
  auto o = std::make_shared<EvalUdOptions>();
  cmd->add_option("--gold", o->gold, "the gold treebank, CoNLL-U")->required()->check(CLI::ExistingFile);
  cmd->add_flag("--raw", o->raw, "start from the raw text (the gold file's # text lines), not its tokens");
  cmd->add_flag("--json", o->json, "print one JSON object: tokens, sentences, words, upos, xpos, lemmas, uas, las (F1, %)");
  cmd->add_option("--model", o->model, "the NLP model (default: $PARLEY_MODEL or the shipped one)");
  cmd->add_option("--data", o->data_dir, "the data directory")->check(CLI::ExistingDirectory);
  cmd->callback([o, &exit_code] {
    const NlpModel model = NlpModel::load(o->model.empty() ? default_model_path() : o->model);
    const auto gold = read_conllu_file(o->gold);
    std::vector<ConlluSentence> system;
    if (o->raw) {
      const WordLists words =
          WordLists::load((o->data_dir.empty() ? default_data_dir() : o->data_dir) + "/nlp");
      system = text_to_conllu(Analyzer(words, &model), raw_text(gold));
    } else {
      system = strip(gold);
      for (auto& s : system) model.annotate(s);
    }
    const UdEvaluation e = evaluate_ud(gold, system);
    if (o->json) {
      const nlohmann::ordered_json j = {{"tokens", 100 * e.tokens.f1}, {"sentences", 100 * e.sentences.f1},
                                        {"words", 100 * e.words.f1},   {"upos", 100 * e.upos.f1},
                                        {"xpos", 100 * e.xpos.f1},     {"ufeats", 100 * e.ufeats.f1},
                                        {"alltags", 100 * e.alltags.f1}, {"lemmas", 100 * e.lemmas.f1},
                                        {"uas", 100 * e.uas.f1},       {"las", 100 * e.las.f1}};
      std::cout << j.dump() << '\n';
    } else {
      print_table(e);
    }
    exit_code = kOk;
  });
}

}  // namespace parley::cli
