// The learned sentence boundaries: trained on paragraphs where sentences end
// without a period ("thanks Maria") and periods that end none ("Gov. Smith"),
// the splitter with the model cuts running text where the treebank would.
#include "nlp/sentence_model.h"

#include <gtest/gtest.h>

#include <sstream>

#include "nlp/sentence_splitter.h"
#include "nlp/tokenizer.h"
#include "unit/test_support.h"

namespace parley {
namespace {

void add_sentence(std::ostringstream& out, const std::vector<std::string>& words, bool newpar) {
  if (newpar) out << "# newpar\n";
  for (size_t i = 0; i < words.size(); ++i) {
    const bool glued = i + 1 < words.size() && words[i + 1] == ".";
    out << i + 1 << '\t' << words[i] << "\t_\t_\t_\t_\t_\t_\t_\t" << (glued ? "SpaceAfter=No" : "_") << '\n';
  }
  out << '\n';
}

// Paragraphs of "thanks NAME" then "The NOUN met Gov. NAME." (or the reverse).
std::vector<ConlluSentence> synthetic_paragraphs() {
  const char* names[] = {"Maria", "John", "Olga", "Ahmed", "Wei", "Pedro"};
  const char* nouns[] = {"envoy", "army", "court", "leader"};
  std::ostringstream out;
  for (int p = 0; p < 48; ++p) {
    const std::vector<std::string> thanks = {"thanks", names[p % 6]};
    const std::vector<std::string> met = {"The", nouns[p % 4], "met", "Gov.", names[(p + 1) % 6], "."};
    add_sentence(out, p % 2 ? thanks : met, true);
    add_sentence(out, p % 2 ? met : thanks, false);
  }
  std::istringstream in(out.str());
  return read_conllu(in, "synthetic");
}

class SentenceModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    words_ = WordLists::load(test::data_dir() + "/nlp");
    std::ostringstream log;
    model_ = SentenceModel::train(synthetic_paragraphs(), {}, {6, 1}, &log);
  }

  std::vector<std::string> sentences(std::string_view text) const {
    std::vector<Token> tokens;
    Tokenizer(words_).tokenize(text, tokens);
    std::vector<SentenceModel::Input> inputs;
    for (size_t k = 0; k < tokens.size(); ++k)
      inputs.push_back({word_atoms(text.substr(tokens[k].span.begin, tokens[k].span.size())),
                        k + 1 == tokens.size() || tokens[k + 1].space_before});
    std::vector<Sentence> out;
    SentenceSplitter(words_).split(text, tokens, out, &model_, inputs);
    std::vector<std::string> s;
    for (const auto& x : out) s.emplace_back(text.substr(x.span.begin, x.span.size()));
    return s;
  }

  WordLists words_;
  SentenceModel model_;
};

TEST_F(SentenceModelTest, LearnsWhereSentencesEndWithoutAPeriod) {
  ASSERT_TRUE(model_.trained());
  EXPECT_EQ(sentences("thanks Olga The court met Gov. Wei."),
            (std::vector<std::string>{"thanks Olga", "The court met Gov. Wei."}));
  EXPECT_EQ(sentences("The army met Gov. Maria. thanks Pedro"),
            (std::vector<std::string>{"The army met Gov. Maria.", "thanks Pedro"}));
}

TEST_F(SentenceModelTest, BlankLinesStillEndParagraphs) {
  const auto s = sentences("The envoy met Gov. John\n\nthanks Ahmed");
  EXPECT_EQ(s, (std::vector<std::string>{"The envoy met Gov. John", "thanks Ahmed"}));
}

}  // namespace
}  // namespace parley
