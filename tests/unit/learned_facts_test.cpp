// The corpus-wide actor knowledge base: what one document's titles taught codes
// a later document's bare name, within a window of days, never against a
// dictionary's dated codes, and the same whatever the thread count.
#include "actors/learned_facts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "parley/store.h"
#include "pipeline/knowledge.h"
#include "unit/test_support.h"

namespace parley {
namespace {

const ActorDictionary& dictionary() { return test::shipped_pipeline().knowledge().actors; }

Document processed(const std::string& text, const std::string& published, const LearnedFacts* learned) {
  Document doc;
  doc.raw = text;
  doc.meta.published = Date::parse_iso(published);
  const Pipeline& p = test::shipped_pipeline();
  p.process(doc, p.knowledge().coding, nullptr, learned);
  return doc;
}

const Mention* find(const Document& doc, std::string_view text) {
  for (const auto& m : doc.mentions)
    if (doc.slice(m.span) == text) return &m;
  return nullptr;
}

// The code of the mention with these words; "none" when there is no such mention.
std::string code_of(const Document& doc, std::string_view text) {
  const Mention* m = find(doc, text);
  return m ? m->actor.code : "none";
}

constexpr const char* kTeacher = "Russian Foreign Minister Sergey Zlotnikov arrived in Ankara.";

class LearnedFactsTest : public ::testing::Test {
 protected:
  void SetUp() override { facts_.add_document(processed(kTeacher, "2017-05-10", nullptr)); }
  LearnedFacts facts_{dictionary()};
};

TEST_F(LearnedFactsTest, AFactCodesALaterDocumentsBareSurname) {
  ASSERT_EQ(facts_.size(), 1u);
  const Document later = processed("Zlotnikov said Moscow would respond.", "2017-09-01", &facts_);
  const Mention* m = find(later, "Zlotnikov");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actor.code, "RUSGOV");
  EXPECT_EQ(m->actor.name, "Sergey Zlotnikov");
  EXPECT_EQ(m->actor.provenance.rfind("learned 2017-05-10 from doc ", 0), 0u) << m->actor.provenance;
  EXPECT_NE(m->actor.provenance.find(kTeacher), std::string::npos);  // the sentence that taught it
  EXPECT_EQ(code_of(processed("Sergey Zlotnikov and Mr. Zlotnikov spoke.", "2017-04-01", &facts_),
                    "Sergey Zlotnikov"),
            "RUSGOV");
}

TEST_F(LearnedFactsTest, NotOutsideTheWindowNorForUndatedDocuments) {
  EXPECT_EQ(code_of(processed("Zlotnikov said Moscow would respond.", "2018-06-01", &facts_), "Zlotnikov"), "none");
  EXPECT_EQ(code_of(processed("Zlotnikov said Moscow would respond.", "2016-04-01", &facts_), "Zlotnikov"), "none");
  Document undated;
  undated.raw = "Zlotnikov said Moscow would respond.";
  test::shipped_pipeline().process(undated, test::shipped_pipeline().knowledge().coding, nullptr, &facts_);
  EXPECT_EQ(code_of(undated, "Zlotnikov"), "none");
  LearnedFacts none(dictionary());
  none.add_document(processed(kTeacher, "", nullptr));  // an undated document teaches nothing
  EXPECT_EQ(none.size(), 0u);
}

TEST_F(LearnedFactsTest, TheNearestFactWinsAndTwoPeopleWithOneSurnameAreNoGuess) {
  facts_.add_document(processed("Russian businessman Sergey Zlotnikov bought a bank.", "2017-12-01", nullptr));
  EXPECT_EQ(code_of(processed("Zlotnikov spoke.", "2017-06-01", &facts_), "Zlotnikov"), "RUSGOV");
  EXPECT_EQ(code_of(processed("Zlotnikov spoke.", "2018-01-01", &facts_), "Zlotnikov"), "RUSBUS");
  facts_.add_document(processed("Ukrainian Foreign Minister Olena Zlotnikov arrived.", "2017-06-01", nullptr));
  EXPECT_EQ(code_of(processed("Zlotnikov spoke.", "2017-06-02", &facts_), "Zlotnikov"), "none");
  EXPECT_EQ(code_of(processed("Olena Zlotnikov spoke.", "2017-06-02", &facts_), "Olena Zlotnikov"), "UKRGOV");
}

TEST_F(LearnedFactsTest, ASurnameTheDocumentGaveToSomeoneElseIsTheirs) {
  const Document doc = processed("The lawyer, Anton Zlotnikov, left. Later, Zlotnikov said nothing.", "2017-06-01", &facts_);
  EXPECT_EQ(code_of(doc, "Zlotnikov"), "");
}

TEST_F(LearnedFactsTest, ATitleInTheDocumentItselfWinsOverALearnedFact) {
  const Document doc = processed("Russian businessman Sergey Zlotnikov spoke.", "2017-06-01", &facts_);
  EXPECT_EQ(code_of(doc, "Russian businessman Sergey Zlotnikov"), "RUSBUS");
}

TEST(LearnedFacts, DatedDictionaryCodesWin) {
  LearnedFacts facts(dictionary());
  // The dictionary knows Tillerson: what a text says of him is not kept.
  facts.add_document(processed("Secretary of State Rex Tillerson flew to Moscow.", "2018-12-01", nullptr));
  EXPECT_EQ(facts.size(), 0u);
  EXPECT_EQ(code_of(processed("Tillerson spoke.", "2017-06-01", &facts), "Tillerson"), "USAGOV");
  EXPECT_EQ(code_of(processed("Tillerson spoke.", "2019-01-15", &facts), "Tillerson"), "USAELI");
  // A surname alone is the dictionary's person in office before anyone a text taught.
  facts.add_document(processed("Kenyan Foreign Minister Tendai Mugabe arrived.", "2000-01-01", nullptr));
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(code_of(processed("President Mugabe spoke.", "2000-02-01", &facts), "President Mugabe"), "ZWEGOV");
}

// ---- a run: facts from the store and from the run's earlier documents ----

// Every mention of every document a run writes, as "file|words=CODE".
class MentionSink : public DocumentSink {
 public:
  bool contains(const std::string&) override { return false; }
  void write(const Document& doc) override {
    for (const auto& m : doc.mentions)
      mentions.push_back(doc.meta.file + "|" + std::string(doc.slice(m.span)) + "=" + m.actor.code);
  }
  bool has(const std::string& s) const { return std::find(mentions.begin(), mentions.end(), s) != mentions.end(); }
  std::vector<std::string> mentions;
};

// A JSON Lines file of (published, text) records whose URLs are doc0, doc1, ...
std::string jsonl(const std::string& name, const std::vector<std::pair<std::string, std::string>>& records) {
  const std::string path = test::temp_path(name);
  std::ofstream out(path);
  for (size_t i = 0; i < records.size(); ++i)
    out << R"({"url": "doc)" << i << R"(", "published": ")" << records[i].first << R"(", "text": ")"
        << records[i].second << "\"}\n";
  return path;
}

RunOptions run_options(const std::string& input, int threads) {
  RunOptions o;
  o.inputs = {input};
  o.threads = threads;
  return o;
}

RunCounts run(const RunOptions& o, DocumentSink& sink) {
  std::ostringstream errors;
  Diagnostics diag(errors);
  test::shipped_pipeline().run(o, sink, diag);
  return diag.counts();
}

TEST(LearnedFactsRun, EarlierDocumentsTeachLaterOnesTheSameWhateverTheThreadCount) {
  // Before the teacher in input order, a document learns nothing from it.
  std::vector<std::pair<std::string, std::string>> records{{"2017-05-09", "On Monday, Zlotnikov said nothing."},
                                                           {"2017-05-10", kTeacher}};
  for (int i = 0; i < 12; ++i)
    records.push_back({"2017-06-01", "On Monday, Zlotnikov met Turkish officials, report " + std::to_string(i) + "."});
  const std::string input = jsonl("run.jsonl", records);
  MentionSink one, two, off;
  run(run_options(input, 1), one);
  const RunCounts counts = run(run_options(input, 2), two);
  EXPECT_EQ(one.mentions, two.mentions);
  EXPECT_EQ(counts.facts_learned, 1u);
  EXPECT_EQ(counts.resolved_again, 12u);  // the workers had nothing to learn from: the writer taught them
  EXPECT_TRUE(one.has("doc0|Zlotnikov=")) << ::testing::PrintToString(one.mentions);
  for (const char* doc : {"doc2", "doc13"})
    EXPECT_TRUE(one.has(std::string(doc) + "|Zlotnikov=RUSGOV")) << ::testing::PrintToString(one.mentions);
  RunOptions no = run_options(input, 2);
  no.learn_across_documents = false;
  run(no, off);
  EXPECT_TRUE(off.has("doc13|Zlotnikov=")) << ::testing::PrintToString(off.mentions);
}

TEST(LearnedFactsRun, TheStoreKeepsWhatEarlierRunsTaught) {
  const std::string db = test::temp_path("learned.db");
  {
    auto store = Store::open_sqlite(db);
    run(run_options(jsonl("teach.jsonl", {{"2017-05-10", kTeacher}}), 2), *store);
  }
  auto store = Store::open_sqlite(db);
  const auto facts = store->learned_facts();
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].name, "Sergey Zlotnikov");
  EXPECT_EQ(facts[0].date.iso(), "2017-05-10");
  EXPECT_EQ(facts[0].evidence, kTeacher);
  RunOptions o = run_options(jsonl("later.jsonl", {{"2017-08-01", "Zlotnikov met Turkish officials."}}), 2);
  o.learned_facts = facts;
  MentionSink later;
  run(o, later);
  EXPECT_TRUE(later.has("doc0|Zlotnikov=RUSGOV")) << ::testing::PrintToString(later.mentions);
}

}  // namespace
}  // namespace parley
