// Reading PETRARCH's validation records: options in order, both quotes,
// noevents and error records, and malformed XML reported with its line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "eval/petrarch_records.h"
#include "util/text_file.h"

namespace parley {
namespace {

const char* kRecords = R"(<Validation>
<!-- a comment with <Sentence id="NOT-A-RECORD"> inside -->
<Environment>
    <Verbfile>V.verbs.txt</Verbfile>
    <Actorfile>V.actors.txt</Actorfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="---" eventcode='223'></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy &amp; more.
</Text>
<Parse> (ROOT (S (NP (NNP Arnor)) </Parse>
</Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Config option="comma_emax" value="0"></Config>
<Sentence date = "20080804" id ="NONE-1" category="PARSING" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Config option="require_dyad" value="True"></Config>
<Sentence date="19950101" id="DISCARD-01" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>A typhoon.</Text>
<Parse>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchRecords, ReadsRecordsEnvironmentAndOptionsInOrder) {
  const auto r = read_petrarch_records(kRecords, "t.xml");
  EXPECT_EQ(r.verbs, "V.verbs.txt");
  EXPECT_EQ(r.actors, "V.actors.txt");
  EXPECT_EQ(r.agents, "");
  ASSERT_EQ(r.records.size(), 3u);
  const auto& demo = r.records[0];
  EXPECT_EQ(demo.id, "DEMO-00");
  EXPECT_EQ(demo.category, "DEMO");
  EXPECT_EQ(demo.date->iso(), "1995-01-01");
  EXPECT_EQ(demo.line, 9);
  EXPECT_EQ(demo.text,
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its "
            "embassy & more.");
  EXPECT_EQ(demo.gold, (EventSet{{"ARN", "GON", "064"}, {"\"INJURY TOLL\"", "---", "223"}}));
  EXPECT_EQ(demo.options.require_dyad, true);
  EXPECT_FALSE(demo.options.comma_emax);

  const auto& none = r.records[1];
  EXPECT_EQ(none.id, "NONE-1");
  EXPECT_EQ(none.date->iso(), "2008-08-04");
  EXPECT_TRUE(none.gold.empty());
  EXPECT_EQ(none.options.require_dyad, false);
  EXPECT_EQ(none.options.comma_emax, 0);

  const auto& discard = r.records[2];
  EXPECT_EQ(discard.error, "storydiscard");
  EXPECT_TRUE(discard.gold.empty());
  EXPECT_EQ(discard.options.require_dyad, true);
  EXPECT_EQ(discard.options.comma_emax, 0);  // still set: options last until changed
}

void expect_error(const std::string& xml, const std::string& message) {
  try {
    read_petrarch_records(xml, "bad.xml");
    ADD_FAILURE() << "no error for: " << xml;
  } catch (const DataError& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr(message)) << xml;
  }
}

TEST(PetrarchRecords, MalformedInputIsReportedWithItsLine) {
  expect_error("<Sentences>\n<Sentence id=\"A\">\n<Text>x</Text>\n", "bad.xml:2: <Sentence> without </Sentence>");
  expect_error("<Sentences>\n\n<!-- open\n", "bad.xml:3: <!-- without -->");
  expect_error("<Sentence id=\"A\">\n<Text>x\n</Sentence>", "bad.xml:3: </Sentence> inside <Text>");
  expect_error("\n<Sentence id=\"A\" date=\"1995\">", "bad.xml:2: date \"1995\"");
  expect_error("<Sentence id=\"A\">\n<EventCoding sourcecode=\"X></EventCoding>", "bad.xml:2: <EventCoding>: unclosed quote");
  expect_error("<Config option=\"require_dyad\" value=\"maybe\">", "bad.xml:1: require_dyad");
  expect_error("<Sentence id='A'>\n<EventCoding sourcecode='X' eventcode='010'>", "bad.xml:2: <EventCoding> without targetcode");
  expect_error("<Sentence id='A'\n<Text>", "bad.xml:1: < without >");
}

TEST(PetrarchRecords, StopEndsTheRecords) {
  const auto r = read_petrarch_records(
      "<Sentence id='A'><Text>a</Text></Sentence><Stop></Stop><Sentence id='B'><Text>b</Text></Sentence>", "t");
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].id, "A");
}

}  // namespace
}  // namespace parley
