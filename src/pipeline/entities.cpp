#include "pipeline/entities.h"

#include <unordered_map>

#include "actors/gazetteer_features.h"
#include "eval/ner_eval.h"
#include "nlp/feature_hash.h"
#include "nlp/gum_entities.h"
#include "nlp/training.h"

namespace parley {

namespace {
std::vector<std::string> predicted_upos(const NlpModel& model, const std::vector<std::string>& tokens) {
  std::vector<WordAtoms> atoms;
  atoms.reserve(tokens.size());
  for (const auto& t : tokens) atoms.push_back(word_atoms(t));
  std::vector<uint16_t> classes;
  model.tagger.tag(atoms, classes);
  std::vector<std::string> upos;
  for (uint16_t c : classes) upos.emplace_back(model.tagger.upos(c));
  return upos;
}
}  // namespace

NameGazetteer load_entity_names(const std::string& data_dir) {
  return NameGazetteer::load(data_dir + "/nlp/wordnet_names.tsv");
}

EntityInput entity_input(const EntityGazetteers& gazetteers, const std::vector<std::string>& forms,
                         const std::vector<std::string>& upos) {
  EntityInput in;
  for (const auto& f : forms) in.words.push_back(word_atoms(f));
  for (const auto& u : upos) in.tags.push_back(features::atom(u));
  in.gazetteer = gazetteer_atoms(gazetteers.actors, forms);
  in.names = gazetteers.names.atoms(forms);
  return in;
}

void train_entity_tagger(NlpModel& model, const EntityGazetteers& gazetteers, const std::vector<std::string>& files,
                         const std::string& exclude_docs, int epochs, uint32_t seed, std::ostream& log) {
  std::vector<EntityExample> examples;
  for (const auto& path : files) {
    // A CoNLL-U treebank gives its named entities (GUM's annotation); other files are NER files.
    const auto sentences = path.ends_with(".conllu") ? entities_from_conllu(read_training_file(path, exclude_docs))
                                                     : read_ner_file(path);
    log << path << ": " << sentences.size() << " NER sentences\n";
    for (const auto& s : sentences)
      examples.push_back({entity_input(gazetteers, s.tokens, predicted_upos(model, s.tokens)), s.tags});
  }
  model.entities = EntityTagger::train(examples, {epochs, seed}, &log);
}

void annotate_entities(const NlpModel& model, const EntityGazetteers& gazetteers, Document& doc) {
  for (const Sentence& s : doc.sentences) {
    std::vector<std::string> forms, upos;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      forms.emplace_back(doc.token_text(k));
      upos.emplace_back(doc.tokens[k].upos.str());
    }
    const auto tags = model.entities.tag(entity_input(gazetteers, forms, upos));
    thread_local std::unordered_map<std::string, Symbol> symbols;  // Symbol::of takes a lock
    for (uint32_t i = 0; i < tags.size(); ++i) {
      auto it = symbols.find(tags[i]);
      if (it == symbols.end()) it = symbols.emplace(tags[i], Symbol::of(tags[i])).first;
      doc.tokens[s.first_token + i].entity = it->second;
    }
  }
}

std::vector<std::string> tag_entities(const NlpModel& model, const EntityGazetteers& gazetteers,
                                      const std::vector<std::string>& tokens) {
  return model.entities.tag(entity_input(gazetteers, tokens, predicted_upos(model, tokens)));
}

}  // namespace parley
