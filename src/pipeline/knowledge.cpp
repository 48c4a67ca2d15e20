#include "pipeline/knowledge.h"

#include <cstdlib>
#include <filesystem>

#include "actors/petrarch_actors.h"
#include "events/petrarch_verbs.h"
#include "pipeline/entities.h"
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

// The shipped dictionaries, or PETRARCH-format ones where PipelineOptions names them.
ActorDictionary actors_for(const PipelineOptions& o, const Tokenizer& tokenizer, const std::string& dir) {
  const auto& p = o.petrarch;
  if (p.actors.empty() && p.agents.empty()) return load_actor_dictionary(tokenizer, dir, o.actor_files);
  ActorDictionary d(tokenizer);
  for (const auto& f : o.actor_files) d.load_actors(f);
  if (p.actors.empty()) load_shipped_actors(d, dir);
  else d.load_actors_text(translate_petrarch_actors(read_file(p.actors), p.actors), p.actors);
  if (p.agents.empty()) load_shipped_roles(d, dir);
  else d.load_roles_text(translate_petrarch_agents(read_file(p.agents), p.agents), p.agents);
  return d;
}

VerbDictionary verbs_for(const PipelineOptions& o, const Tokenizer& tokenizer, const std::string& dir) {
  const std::string& f = o.petrarch.verbs;
  if (!f.empty()) return VerbDictionary::load_text(translate_petrarch_verbs(read_file(f), f), f, tokenizer);
  return VerbDictionary::load({dir + "/events/verbs_parley.txt", dir + "/events/verbs.txt"}, tokenizer);
}

DiscardList discards_for(const PipelineOptions& o, const Tokenizer& tokenizer, const std::string& dir) {
  const std::string& f = o.petrarch.discards;
  if (!f.empty()) return DiscardList::load_text(translate_petrarch_discards(read_file(f), f), f, tokenizer);
  return DiscardList::load(dir + "/events/discards.tsv", tokenizer);
}
// The words that refer back, and the names and titles that tell a person's
// gender: the census names first, so that parley's own list wins.
ReferenceWords reference_words(const std::string& data_dir) {
  ReferenceWords words = ReferenceWords::load(data_dir + "/actors/references.tsv");
  words.load_genders(data_dir + "/actors/given_names.tsv");
  words.load_genders(data_dir + "/actors/gender_words.tsv");
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
      actors(actors_for(options, analyzer.tokenizer(), data_dir)),
      names(load_entity_names(data_dir)),
      resolver(actors, words, ActorResolver::load_words(data_dir + "/actors/person_roles.txt"),
               calendar_words(data_dir + "/dates/en.tsv"),
               reference_words(data_dir), ActorResolver::load_words(data_dir + "/actors/organization_words.txt")),
      verbs(verbs_for(options, analyzer.tokenizer(), data_dir)),
      tables(EventTables::load(data_dir + "/events")),
      discards(discards_for(options, analyzer.tokenizer(), data_dir)),
      dates(DateResolver::load(data_dir + "/dates/en.tsv", analyzer.tokenizer())),
      modality(ModalityCues::load(data_dir + "/events/modality.tsv", analyzer.tokenizer())),
      compositions(VerbCompositions::load(data_dir + "/events/compositions.tsv")),
      shallow_coder(verbs, tables, discards, dates, modality),
      parse_coder(verbs, compositions, tables, discards, dates, modality, shallow_coder),
      use_parse_coder(model != nullptr && options.coder != "shallow"),
      coding(options.coding),
      quotes(QuoteExtractor::load(data_dir + "/events/quote_cues.txt")) {}

}  // namespace parley
