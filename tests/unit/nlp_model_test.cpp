// Training and using the NLP model: a tiny training run learns what it is
// shown, the same seed gives the same model, model files are checked, and
// (with the shared treebanks) a small real training run learns English.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/ud_eval.h"
#include "nlp/lemmatizer.h"
#include "nlp/nlp_model.h"
#include "nlp/training.h"
#include "unit/test_support.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

// A synthetic treebank: "DET NOUN VERB DET NOUN ." with varied words.
std::string synthetic_treebank(int sentences) {
  const char* nouns[] = {"minister", "envoy", "army", "rebel", "court", "leader", "treaty", "border"};
  const char* verbs[][2] = {{"met", "meet"}, {"attacked", "attack"}, {"praised", "praise"}, {"blamed", "blame"}};
  std::ostringstream out;
  for (int s = 0; s < sentences; ++s) {
    const char* n1 = nouns[s % 8];
    const char* n2 = nouns[(s * 3 + 1) % 8];
    const auto& v = verbs[s % 4];
    out << "# sent_id = syn-" << s << "\n# text = The " << n1 << " " << v[0] << " the " << n2 << ".\n"
        << "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
        << "2\t" << n1 << "\t" << n1 << "\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
        << "3\t" << v[0] << "\t" << v[1] << "\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        << "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
        << "5\t" << n2 << "\t" << n2 << "\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No\n"
        << "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  }
  return out.str();
}

TrainingOptions tiny_options(const std::string& path) {
  TrainingOptions o;
  o.train = {path};
  o.tagger_epochs = 3;
  o.parser_epochs = 3;
  o.lemmatizer_epochs = 2;
  o.jackknife = 2;
  return o;
}

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(NlpModel, ATinyTrainingRunLearnsWhatItIsShown) {
  const std::string path = test::temp_path("synthetic.conllu");
  std::ofstream(path) << synthetic_treebank(64);
  std::ostringstream log;
  const NlpModel model = train_nlp_model(tiny_options(path), log);
  auto sentences = read_conllu_file(path);
  const auto gold = sentences;
  for (auto& s : sentences) model.annotate(s);
  const UdEvaluation e = evaluate_ud(gold, sentences);
  EXPECT_EQ(e.upos.f1, 1.0) << log.str();
  EXPECT_EQ(e.lemmas.f1, 1.0);
  EXPECT_EQ(e.las.f1, 1.0);
}

TEST(NlpModel, TheSameSeedGivesTheSameModelAndFilesRoundTrip) {
  const std::string path = test::temp_path("synthetic2.conllu");
  std::ofstream(path) << synthetic_treebank(40);
  std::ostringstream log;
  const std::string a = test::temp_path("a.model"), b = test::temp_path("b.model");
  train_nlp_model(tiny_options(path), log).save(a);
  train_nlp_model(tiny_options(path), log).save(b);
  EXPECT_EQ(bytes_of(a), bytes_of(b));
  const NlpModel loaded = NlpModel::load(a);
  auto s = read_conllu_file(path)[3];
  loaded.annotate(s);
  EXPECT_EQ(s.words[2].upos, "VERB");
  EXPECT_EQ(s.words[1].head, 3);
}

TEST(NlpModel, BadModelFilesSayWhatIsWrong) {
  const std::string foreign = test::temp_path("foreign.model");
  std::ofstream(foreign) << "GIF89a not a model";
  try {
    NlpModel::load(foreign);
    FAIL();
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find(foreign + ": not a parley model file"), std::string::npos) << e.what();
  }
  const std::string path = test::temp_path("synthetic3.conllu");
  std::ofstream(path) << synthetic_treebank(16);
  std::ostringstream log;
  const std::string good = test::temp_path("good.model");
  train_nlp_model(tiny_options(path), log).save(good);
  const std::string cut = test::temp_path("cut.model");
  const std::string bytes = bytes_of(good);
  std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  EXPECT_THROW(NlpModel::load(cut), ModelError);
  EXPECT_THROW(NlpModel::load(test::temp_path("missing.model")), ModelError);
}

TEST(Lemmatizer, EditsTurnFormsIntoLemmas) {
  std::string lemma;
  const std::string edit = lemma_edit("studies", "study");
  EXPECT_TRUE(apply_edit(edit, "studies", lemma));
  EXPECT_EQ(lemma, "study");
  EXPECT_TRUE(apply_edit(edit, "parties", lemma));
  EXPECT_EQ(lemma, "party");
  EXPECT_TRUE(apply_edit(lemma_edit("The", "the"), "A", lemma));
  EXPECT_EQ(lemma, "a");
  EXPECT_FALSE(apply_edit(lemma_edit("studies", "study"), "is", lemma));  // too short to cut
}

TEST(NlpModel, ASmallRealTrainingRunLearnsEnglish) {
  const std::string shared = test::shared_data_dir();
  if (shared.empty()) GTEST_SKIP() << "shared data absent: ../shared/data/ud-english-ewt not found";
  auto train = read_conllu_file(shared + "/ud-english-ewt/en_ewt-ud-train.conllu");
  train.resize(400);
  const std::string path = test::temp_path("ewt-400.conllu");
  {
    std::ofstream out(path);
    write_conllu(out, train);
  }
  std::ostringstream log;
  TrainingOptions o = tiny_options(path);
  o.jackknife = 0;
  const NlpModel model = train_nlp_model(o, log);
  auto dev = read_conllu_file(shared + "/ud-english-ewt/en_ewt-ud-dev.conllu");
  dev.resize(200);
  auto system = dev;
  for (auto& s : system) {
    for (auto& w : s.words) w = ConlluWord{w.id, w.form, "", "", "", "", -1, "", "", w.misc};
    model.annotate(s);
  }
  const UdEvaluation e = evaluate_ud(dev, system);
  EXPECT_GT(e.upos.f1, 0.75);
  EXPECT_GT(e.uas.f1, 0.50);
}

TEST(Analyzer, TheShippedModelTagsLemmatizesAndParses) {
  if (!fs::exists(default_model_path())) GTEST_SKIP() << "no shipped model at " << default_model_path();
  const Document doc = test::process_text("Russia vetoed the measure.");
  ASSERT_EQ(doc.tokens.size(), 5u);
  EXPECT_EQ(doc.tokens[1].upos.str(), "VERB");
  EXPECT_EQ(doc.tokens[1].xpos.str(), "VBD");
  EXPECT_EQ(doc.token_lemma(1), "veto");
  EXPECT_EQ(doc.tokens[1].head, -1);
  EXPECT_EQ(doc.tokens[1].deprel.str(), "root");
  EXPECT_EQ(doc.tokens[0].head, 1);
  EXPECT_EQ(doc.tokens[0].deprel.str(), "nsubj");
  EXPECT_EQ(doc.tokens[3].deprel.str(), "obj");
  EXPECT_EQ(doc.tokens[0].entity.str(), "B-LOC");
}

}  // namespace
}  // namespace parley
