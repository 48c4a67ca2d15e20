// parley parse: text or CoNLL-U in, CoNLL-U out, UDPipe-compatible: the
// words' UPOS, XPOS, lemma, head and relation from the NLP model.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.h"
#include "nlp/nlp_model.h"
#include "nlp/text_to_conllu.h"
#include "pipeline/knowledge.h"

namespace parley::cli {

namespace {
struct ParseOptions {
  std::string input_path = "-";
  std::string input_format = "text";
  std::string output_format = "conllu";
  std::string model;
  std::string data_dir;
};

std::string read_all(const std::string& path) {
  if (path == "-") return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
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
    std::vector<ConlluSentence> sentences;
    if (o->input_format == "conllu") {
      std::istringstream in(read_all(o->input_path));
      sentences = read_conllu(in, o->input_path);
      for (auto& s : sentences) model.annotate(s);
    } else {
      const WordLists words =
          WordLists::load((o->data_dir.empty() ? default_data_dir() : o->data_dir) + "/nlp");
      sentences = text_to_conllu(Analyzer(words, &model), read_all(o->input_path));
    }
    write_conllu(std::cout, sentences);
    exit_code = kOk;
  });
}

}  // namespace parley::cli
