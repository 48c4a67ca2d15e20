// parley parse: text or CoNLL-U in, CoNLL-U out, UDPipe-compatible: the
// words' UPOS, XPOS, lemma, head and relation from the NLP model.
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "ingest/format_sniffer.h"
#include "nlp/nlp_model.h"
#include "nlp/text_to_conllu.h"
#include "pipeline/knowledge.h"
#include "util/text_file.h"
#include "util/utf8.h"

namespace parley::cli {

namespace {
struct ParseOptions {
  std::string input_path = "-";
  std::string input_format = "text";
  std::string output_format = "conllu";
  std::string model;
  std::string data_dir;
};
}  // namespace

void add_parse_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("parse", "Tokenize, tag, lemmatize and parse: text or CoNLL-U in, CoNLL-U out");
  auto o = std::make_shared<ParseOptions>();
  cmd->add_option("INPUT", o->input_path, "a file, or - for stdin")->capture_default_str();
  cmd->add_option("--input", o->input_format, "text: raw text; conllu: tokenized sentences (their FORMs are read)")
      ->check(CLI::IsMember({"text", "conllu"}))
      ->capture_default_str();
  cmd->add_option("--output", o->output_format, "output format")->check(CLI::IsMember({"conllu"}))->capture_default_str();
  cmd->add_option("--model", o->model, "the NLP model (default: $PARLEY_MODEL or the shipped one)");
  cmd->add_option("--data", o->data_dir, "the data directory (tokenizer word lists)")->check(CLI::ExistingDirectory);
  cmd->callback([o, &exit_code] {
    const NlpModel model = NlpModel::load(o->model.empty() ? default_model_path() : o->model);
    std::string input = read_input(o->input_path);
    if (looks_binary(input)) {
      std::cerr << "parley: " << o->input_path << ": binary data, not text\n";
      exit_code = kError;
      return;
    }
    if (const uint32_t repaired = utf8::repair(input))
      std::cerr << "parley: " << o->input_path << ": " << repaired
                << " invalid UTF-8 sequences replaced with U+FFFD\n";
    if (o->input_format == "conllu") {
      std::istringstream in(input);
      auto sentences = read_conllu(in, o->input_path);
      for (auto& s : sentences) model.annotate(s);
      write_conllu(std::cout, sentences);
    } else {
      const WordLists words =
          WordLists::load((o->data_dir.empty() ? default_data_dir() : o->data_dir) + "/nlp");
      size_t position = 0;
      text_to_conllu(Analyzer(words, &model), input,
                     [&](ConlluSentence&& s) { write_conllu_sentence(std::cout, s, ++position); });
    }
    exit_code = kOk;
  });
}

}  // namespace parley::cli
