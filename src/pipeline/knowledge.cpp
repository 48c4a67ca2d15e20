#include "pipeline/knowledge.h"

#include <cstdlib>
#include <filesystem>

#include "util/text_file.h"

namespace parley {

std::string default_data_dir() {
  if (const char* env = std::getenv("PARLEY_DATA"); env && *env) return env;
  return PARLEY_DEFAULT_DATA_DIR;
}

namespace {
std::string pick_data_dir(const PipelineOptions& o) { return o.data_dir.empty() ? default_data_dir() : o.data_dir; }

// The model named, or the default one if it exists; "none" for none.
std::string pick_model(const PipelineOptions& o) {
  if (o.model == "none") return {};
  if (!o.model.empty()) return o.model;
  const std::string fallback = default_model_path();
  return std::filesystem::exists(fallback) ? fallback : std::string();
}

// The weekday and month names of the date expressions: capitalized, but never names.
std::unordered_set<std::string> calendar_words(const std::string& path) {
  std::unordered_set<std::string> words;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int) {
    if (f.size() >= 2 && (f[1] == "weekday" || f[1] == "month")) words.insert(std::string(f[0]));
  });
  return words;
}
}  // namespace

Pipeline::Knowledge::Knowledge(const PipelineOptions& options)
    : data_dir(pick_data_dir(options)),
      model_path(pick_model(options)),
      model(model_path.empty() ? nullptr : std::make_unique<NlpModel>(NlpModel::load(model_path))),
      words(WordLists::load(data_dir + "/nlp")),
      analyzer(words, model.get()),
      cleaner(BoilerplateRules::load(data_dir + "/boilerplate/text.rules"), PageExtractor(data_dir)),
      actors(load_actor_dictionary(analyzer.tokenizer(), data_dir, options.actor_files)),
      resolver(actors, words, ActorResolver::load_words(data_dir + "/actors/person_roles.txt"),
               calendar_words(data_dir + "/dates/en.tsv"),
               ReferenceWords::load(data_dir + "/actors/references.tsv")),
      verbs(VerbDictionary::load({data_dir + "/events/verbs_parley.txt", data_dir + "/events/verbs.txt"},
                                 analyzer.tokenizer())),
      tables(EventTables::load(data_dir + "/events")),
      discards(DiscardList::load(data_dir + "/events/discards.tsv", analyzer.tokenizer())),
      dates(DateResolver::load(data_dir + "/dates/en.tsv", analyzer.tokenizer())),
      modality(ModalityCues::load(data_dir + "/events/modality.tsv", analyzer.tokenizer())),
      compositions(VerbCompositions::load(data_dir + "/events/compositions.tsv")),
      shallow_coder(verbs, tables, discards, dates, modality),
      parse_coder(verbs, compositions, tables, discards, dates, modality),
      use_parse_coder(model != nullptr && options.coder != "shallow"),
      coding(options.coding),
      quotes(QuoteExtractor::load(data_dir + "/events/quote_cues.txt")) {}

}  // namespace parley
