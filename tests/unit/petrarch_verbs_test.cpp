// PETRARCH's verb and discard formats translated into parley's and loaded by
// parley's own readers: synsets (plurals, a synset inside a synset), blocks,
// verbs with and without braces, patterns, comments, errors with their line.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "events/discards.h"
#include "events/english_forms.h"
#include "events/petrarch_verbs.h"
#include "events/verb_dictionary.h"
#include "pipeline/knowledge.h"
#include "unit/test_support.h"
#include "util/strings.h"
#include "util/text_file.h"

namespace parley {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const char* kVerbs = R"(<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->
&TIETYPES
+MILITARY
+ECONOMIC_

&CURRENCY_
+SWISS_FRANC
+&TIETYPES

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
KLM_NOP_+RST [002]
- * NEW_&TIETYPES_RELATIONS [903] #  -PAS 12.01.12
- SUGGESTED_+ * DEMAND_CONVENTIONS  [111]

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
STOP {}
- IN_*  [075]
)";

const Tokenizer& tokenizer() { return test::shipped_pipeline().knowledge().analyzer.tokenizer(); }

TEST(PetrarchVerbs, TranslatesEachLineIntoParleysFormat) {
  const std::string out = translate_petrarch_verbs(kVerbs, "v.txt");
  const auto lines = split(out, '\n');
  ASSERT_GE(lines.size(), 20u);
  EXPECT_EQ(lines[0], "");  // comments stay as empty lines: line numbers are kept
  EXPECT_EQ(lines[1], "synset\t&TIETYPES\tmilitary|militaries|economic");
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[5], "synset\t&CURRENCY\tswiss franc|military|militaries|economic");
  EXPECT_EQ(lines[9], "block\tABANDON\t345");
  EXPECT_EQ(lines[10], "verb\tabandon\t-\tabandon|abandons|abandoned|abandoning");
  EXPECT_EQ(lines[11], "verb\tklm nop +rst\t002\tklm nop +rst|klm nop +rsts|klm nop +rsted|klm nop +rsting");
  EXPECT_EQ(lines[12], "pattern\t903\t* new &TIETYPES relations");
  EXPECT_EQ(lines[13], "pattern\t111\tsuggested + * demand_conventions");
  EXPECT_EQ(lines[16], "verb\tbreak\t-\tbreak|breaks|breaked|breaking|broke|broken");
  EXPECT_EQ(lines[17], "verb\twire +tap\t-\twire +tap|wire +taps|wire +tapped|wire +tapping");
  EXPECT_EQ(lines[18], "verb\tstop\t-\tstop");
  EXPECT_EQ(lines[19], "pattern\t075\tin *");
}

TEST(PetrarchVerbs, ParleysReaderLoadsTheTranslation) {
  const auto d = VerbDictionary::load_text(translate_petrarch_verbs(kVerbs, "v.txt"), "v.txt", tokenizer());
  ASSERT_EQ(d.block_count(), 2u);
  EXPECT_EQ(d.block(0).name, "ABANDON");
  EXPECT_EQ(d.block(0).code.active, "345");
  ASSERT_EQ(d.block(0).patterns.size(), 2u);
  const auto& synset_slot = d.block(0).patterns[0].after[1];
  EXPECT_EQ(synset_slot.alternatives.size(), 3u);  // military, militaries, economic
  const std::vector<std::string_view> words{"broken"};
  const auto m = d.forms().longest(words, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(d.form(m.value).lemma, "break");
  EXPECT_EQ(d.form(m.value).code.active, "1717");
}

TEST(VerbDictionaryFiles, AnEarlierFileUsesALaterFilesSynsets) {
  // parley's corrections are read before verbs.txt, whose synsets they use.
  const std::string first = test::temp_path("first.txt"), second = test::temp_path("second.txt");
  std::ofstream(first) << "block\tSTRENGTHEN\t---\nverb\tstrengthen\t-\tstrengthen|strengthened\n"
                          "pattern\t154\t* &MILITARY\n";
  std::ofstream(second) << "synset\t&MILITARY\ttroops|army\n";
  const auto d = VerbDictionary::load({first, second}, tokenizer());
  ASSERT_EQ(d.block(0).patterns.size(), 1u);
  ASSERT_EQ(d.block(0).patterns[0].after.size(), 1u);
  EXPECT_EQ(d.block(0).patterns[0].after[0].alternatives.size(), 2u);
}

TEST(PetrarchVerbs, ErrorsNameTheSourceLine) {
  try {
    translate_petrarch_verbs("--- A [010] ---\nA\n- NO VERB HERE [011]\n", "v.txt");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_THAT(e.what(), HasSubstr("v.txt:3: pattern without *"));
  }
  try {  // an error that parley's reader finds: a verb before any block
    VerbDictionary::load_text(translate_petrarch_verbs("\nATTACK [190]\n", "v.txt"), "v.txt", tokenizer());
    FAIL();
  } catch (const DataError& e) {
    EXPECT_THAT(e.what(), HasSubstr("v.txt:2: verb or pattern before any block"));
  }
}

TEST(PetrarchVerbs, Discards) {
  const std::string out =
      translate_petrarch_discards("# story and sentence\nMONTHS LATER\n+World Golf_Championships   # pas\n", "d.txt");
  EXPECT_EQ(out, "\nmonths later\tsentence\nworld golf championships\tdocument\n");
  const auto d = DiscardList::load_text(out, "d.txt", tokenizer());
  const std::vector<std::string_view> words{"the", "world", "golf", "championships"};
  EXPECT_TRUE(d.discards_document(words));
  EXPECT_FALSE(DiscardList::any_of(d.find(words, 0, words.size()), DiscardList::Scope::kSentence));
}

TEST(EnglishForms, RegularVerbsAndPlurals) {
  EXPECT_THAT(regular_verb_forms("deny"), ElementsAre("deny", "denies", "denied", "denying"));
  EXPECT_THAT(regular_verb_forms("stop"), ElementsAre("stop", "stops", "stopped", "stopping"));
  EXPECT_THAT(regular_verb_forms("agree"), ElementsAre("agree", "agrees", "agreed", "agreeing"));
  EXPECT_THAT(regular_verb_forms("visit"), ElementsAre("visit", "visits", "visited", "visiting"));
  EXPECT_THAT(regular_verb_forms("die"), ElementsAre("die", "dies", "died", "dying"));
  EXPECT_THAT(regular_verb_forms("ban"), ElementsAre("ban", "bans", "banned", "banning"));
  EXPECT_THAT(regular_verb_forms("admit"), ElementsAre("admit", "admits", "admitted", "admitting"));
  EXPECT_EQ(regular_plural("ministry"), "ministries");
  EXPECT_EQ(regular_plural("congressman"), "congressmen");
  EXPECT_EQ(regular_plural("troops"), "");
}

}  // namespace
}  // namespace parley
