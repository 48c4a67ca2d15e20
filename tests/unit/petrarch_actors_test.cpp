// PETRARCH's actor and agent formats translated into parley's and loaded by
// parley's own readers: aliases, codes on later lines, date restrictions,
// null codes, agents with plurals and substitutions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/actor_dictionary.h"
#include "actors/petrarch_actors.h"
#include "pipeline/knowledge.h"
#include "unit/test_support.h"
#include "util/strings.h"
#include "util/text_file.h"

namespace parley {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const char* kActors = R"(<!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->
ARNOR_  [ARN]
GOLLUM  # pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
BOROMIR  [---]
PALESTINIAN [pse]
THE_SHIRE  [FRO/BIL/SAM]
)";

const Tokenizer& tokenizer() { return test::shipped_pipeline().knowledge().analyzer.tokenizer(); }

TEST(PetrarchActors, TranslatesEntriesOnTheirNameLine) {
  const std::string out = translate_petrarch_actors(kActors, "a.txt");
  const auto lines = split(out, '\n');
  ASSERT_GE(lines.size(), 10u);
  EXPECT_EQ(lines[0], "");
  EXPECT_EQ(lines[1], "country\tARNOR\tARN\t");
  EXPECT_EQ(lines[2],
            "country\tGOLLUM\tHOB@..1995-05-31 HOBGOV@1995-06-01..1999-08-15 HOBREB@1999-08-17..\tSMEAGOL");
  EXPECT_EQ(lines[3], "");
  EXPECT_EQ(lines[7], "organization\tBOROMIR\t\t");  // a null code: known, but no code
  EXPECT_EQ(lines[8], "country\tPALESTINIAN\tPSE\t");
  EXPECT_EQ(lines[9], "country\tTHE SHIRE\tFRO\t");
}

TEST(PetrarchActors, ParleysReaderLoadsTheTranslationWithDates) {
  ActorDictionary d(tokenizer());
  d.load_actors_text(translate_petrarch_actors(kActors, "a.txt"), "a.txt");
  const std::vector<std::string_view> words{"smeagol"};
  const auto m = d.actor_phrases().longest(words, 0);
  ASSERT_TRUE(m);
  const ActorEntry& gollum = d.entries()[m.value];
  EXPECT_EQ(gollum.name, "GOLLUM");
  EXPECT_EQ(gollum.code_on(Date::parse_iso("1995-05-31")), "HOB");
  EXPECT_EQ(gollum.code_on(Date::parse_iso("1995-06-01")), "HOBGOV");
  EXPECT_EQ(gollum.code_on(Date::parse_iso("2001-01-01")), "HOBREB");
  EXPECT_EQ(gollum.code_on(Date::parse_iso("1999-08-16")), "HOB");  // between two dated codes: his country
}

TEST(PetrarchActors, ErrorsNameTheSourceLine) {
  try {
    translate_petrarch_actors("ARNOR [ARN]\nGOLLUM\n\t[HOB < 95x601]\n", "a.txt");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_THAT(e.what(), HasSubstr("a.txt:3: bad date"));
  }
  try {
    translate_petrarch_actors("+SMEAGOL\n", "a.txt");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_THAT(e.what(), HasSubstr("a.txt:1: alias or code before any actor"));
  }
}

TEST(PetrarchAgents, PluralsAndSubstitutions) {
  const std::string out = translate_petrarch_agents(R"(<!-- AGENTS -->
!PERSON! = MAN, WOMAN
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj 05 Jan 2006
POLICE {} [ ~COP]
MINISTRY [~GOV]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
)",
                                                    "g.txt");
  EXPECT_THAT(split(out, '\n'),
              ElementsAre("attorney general\t~GOV", "attorneys general\t~GOV", "police\t~COP", "ministry\t~GOV",
                          "ministries\t~GOV", "congressman\t~LEG", "congressmen\t~LEG", "congresswoman\t~LEG",
                          "congresswomen\t~LEG", "human rights body\tNGO~", "human rights bodies\tNGO~", ""));
  ActorDictionary d(tokenizer());
  d.load_roles_text(out, "g.txt");
  const std::vector<std::string_view> words{"congresswomen"};
  const auto m = d.role_phrases().longest(words, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(d.roles()[m.value].sector, "LEG");
}

}  // namespace
}  // namespace parley
