#include "nlp/nlp_model.h"

#include <cstdlib>

namespace parley {

namespace {
constexpr std::string_view kMagic = "PARLEYNLP";
constexpr uint32_t kVersion = 6;  // bump whenever a model's features change
}  // namespace

void NlpModel::annotate(ConlluSentence& s) const {
  tagger.tag(s);
  lemmatizer.lemmatize(s);
  parser.parse(s);
}

void NlpModel::save(const std::string& path) const {
  BinaryWriter out;
  sentences.save(out);
  tagger.save(out);
  lemmatizer.save(out);
  parser.save(out);
  out.u32(entities.trained() ? 1 : 0);
  if (entities.trained()) entities.save(out);
  write_model_file(path, kMagic, kVersion, out.bytes());
}

NlpModel NlpModel::load(const std::string& path) {
  BinaryReader in(read_model_file(path, kMagic, kVersion));
  try {
    NlpModel m;
    m.sentences = SentenceModel::load(in);
    m.tagger = Tagger::load(in);
    m.lemmatizer = Lemmatizer::load(in);
    m.parser = Parser::load(in);
    if (in.u32()) m.entities = EntityTagger::load(in);
    if (!in.done()) throw ModelError("trailing bytes");
    return m;
  } catch (const ModelError& e) {
    throw ModelError(path + ": " + e.what());
  }
}

std::string default_model_path() {
  if (const char* env = std::getenv("PARLEY_MODEL"); env && *env) return env;
  return PARLEY_DEFAULT_MODEL;
}

}  // namespace parley
