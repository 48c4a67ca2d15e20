// Each boilerplate rule of data/boilerplate/text.rules alone, and the seed
// corpus cleaned: every line of reporting kept, every piece of boilerplate gone.
#include "extract/boilerplate.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "unit/test_support.h"
#include "util/strings.h"

namespace parley {
namespace {

class BoilerplateTest : public ::testing::Test {
 protected:
  void SetUp() override { rules_ = BoilerplateRules::load(test::data_dir() + "/boilerplate/text.rules"); }

  // Cleans `text`; the names of the rules that fired go to `fired`.
  std::string clean(std::string_view text, std::vector<std::string>* fired = nullptr) const {
    std::vector<RemovedBlock> removed;
    std::string out = rules_.clean(text, removed);
    if (fired)
      for (const auto& r : removed) fired->push_back(r.rule);
    return out;
  }
  BoilerplateRules rules_;
};

using V = std::vector<std::string>;

TEST_F(BoilerplateTest, TemplateTagIsCutOutOfItsLine) {
  V fired;
  EXPECT_EQ(clean("{mosads}Trump's meeting with Lavrov.", &fired), "Trump's meeting with Lavrov.");
  EXPECT_EQ(fired, V{"template-tag"});
  EXPECT_EQ(clean("Sets {1, 2} and {Ukraine} stay."), "Sets {1, 2} and {Ukraine} stay.");
}

TEST_F(BoilerplateTest, ToolbarLine) {
  V fired;
  EXPECT_EQ(clean("Trump and Putin\n\nAdjust Comment Print\n\nBody.", &fired), "Trump and Putin\n\nBody.");
  EXPECT_EQ(fired, V{"toolbar"});
  EXPECT_EQ(clean("Print media were not allowed."), "Print media were not allowed.");
}

TEST_F(BoilerplateTest, RelatedLinks) {
  V fired;
  EXPECT_EQ(clean("Body.\n\nMore news: Oldest person dies\nMore news: Newcastle wins\n\nMore body.", &fired),
            "Body.\n\nMore body.");
  EXPECT_EQ(fired, (V{"related-links", "related-links"}));
  EXPECT_EQ(clean("More news came on Monday."), "More news came on Monday.");
}

TEST_F(BoilerplateTest, ReaderPrompt) {
  V fired;
  EXPECT_EQ(clean("Body.\n\nWhat do you think? Let us know in the comments, and share this on social media.\n\n"
                  "Join the conversation!",
                  &fired),
            "Body.");
  EXPECT_EQ(fired, (V{"reader-prompt", "reader-prompt"}));
}

TEST_F(BoilerplateTest, CommentPolicy) {
  V fired;
  EXPECT_EQ(clean("Body.\n\nWe have no tolerance for comments containing violence. Thank you.", &fired), "Body.");
  EXPECT_EQ(fired, V{"comment-policy"});
}

TEST_F(BoilerplateTest, TrailingAuthorBioOnlyAtTheEnd) {
  const std::string bio = "Jane Q. Doe is the Founder and CEO of Example News. Jane reports on the world.";
  V fired;
  EXPECT_EQ(clean("Body.\n\n" + bio, &fired), "Body.");
  EXPECT_EQ(fired, V{"author-bio"});
  // The same words in the middle of a report are reporting.
  EXPECT_EQ(clean(bio + "\n\nBody."), bio + "\n\nBody.");
}

TEST_F(BoilerplateTest, BulletBylineAtTheEnd) {
  V fired;
  EXPECT_EQ(clean("Body.\n\n  \u2022 Salvatore Jensen", &fired), "Body.");
  EXPECT_EQ(fired, V{"bullet-byline"});
  EXPECT_EQ(clean("\u2022 Russia vetoed the measure.\n\nBody."), "\u2022 Russia vetoed the measure.\n\nBody.");
}

TEST_F(BoilerplateTest, MediaPointer) {
  V fired;
  EXPECT_EQ(clean("Body.\n\nHere is selected audio from Tillerson\u2019s comments.\n\nMore.", &fired), "Body.\n\nMore.");
  EXPECT_EQ(fired, V{"media-pointer"});
}

TEST_F(BoilerplateTest, SectionLabelOnlyFirst) {
  V fired;
  EXPECT_EQ(clean("Administration\n\nTrump tells diplomat\n\nBody.", &fired), "Trump tells diplomat\n\nBody.");
  EXPECT_EQ(fired, V{"section-label"});
  EXPECT_EQ(clean("Body.\n\nAdministration"), "Body.\n\nAdministration");
}

TEST_F(BoilerplateTest, BadRuleFilesSayWhereAndWhat) {
  const std::string path = test::temp_path("bad.rules");
  std::ofstream(path) << "# comment\nok\tline\t^x$\nbroken\tparagraph\t(unclosed\n";
  try {
    BoilerplateRules::load(path);
    FAIL() << "a bad pattern must be rejected";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":3:"), std::string::npos) << e.what();
  }
}

// The seeds: what a reader would call boilerplate, by file.
const std::map<std::string, V> kSeedBoilerplate = {
    {"000_b752f6e4418c94a9.txt", {"Administration", "{mosads}"}},
    {"001_0e40dc00f8e0fa27.txt",
     {"Adjust Comment Print", "More news: World's oldest person Emma Morano dies in Italy aged 117",
      "More news: Promotion is the only priority for Newcastle, says boss Rafa Benitez",
      "More news: Thousands of evacuated Syrians stuck as transfer stalls"}},
    {"002_52c71bbbe9fdbeaa.txt",
     {"Here is selected audio from Tillerson\u2019s comments.", "Let us know in the comments",
      "Join the conversation!", "We have no tolerance for comments"}},
    {"003_af69143652a9897d.txt", {"Salvatore Jensen"}},
    {"004_c6063a4bcfa90a50.txt", {"Dina Amelia Kalmeta is the Founder and CEO", "Dina reports on world events"}},
};

TEST_F(BoilerplateTest, SeedsKeepEveryLineOfReportingAndNoBoilerplate) {
  for (const auto& [file, boilerplate] : kSeedBoilerplate) {
    std::ifstream in(test::source_dir() + "/examples/seeds/" + file);
    ASSERT_TRUE(in) << file;
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string raw = ss.str();
    const std::string cleaned = clean(raw);
    for (const auto& b : boilerplate) EXPECT_EQ(cleaned.find(b), std::string::npos) << file << ": kept " << b;
    for (std::string_view line : split(raw, '\n')) {
      std::string kept(trim(line));
      if (kept.empty()) continue;
      bool is_boilerplate = false;
      for (const auto& b : boilerplate) is_boilerplate |= kept.find(b) != std::string::npos && b != "{mosads}";
      if (is_boilerplate) continue;
      if (kept.starts_with("{mosads}")) kept.erase(0, 8);
      EXPECT_NE(cleaned.find(kept), std::string::npos) << file << ": lost " << kept;
    }
  }
}

}  // namespace
}  // namespace parley
