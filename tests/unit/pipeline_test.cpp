// The whole per-document path and a parallel run: ids, dedup, order, and the
// same output whatever the thread count.
#include "parley/pipeline.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <sstream>

#include "unit/test_support.h"

namespace parley {
namespace {

// Keeps what a run writes, as a store would.
class CollectingSink : public DocumentSink {
 public:
  bool contains(const std::string& id) override { return ids_.count(id) > 0; }
  void write(const Document& doc) override {
    ids_.insert(doc.id);
    order.push_back(doc.meta.file);
    for (const auto& e : doc.events)
      events.push_back(doc.meta.file + "|" + std::to_string(e.sentence) + "|" + e.source.actor.code + "|" +
                       e.target.actor.code + "|" + e.cameo);
    for (const auto& q : doc.quotes) quotes.push_back(std::string(doc.slice(q.span)));
  }
  std::vector<std::string> order, events, quotes;

 private:
  std::set<std::string> ids_;
};

RunCounts run_seeds(int threads, CollectingSink& sink) {
  std::ostringstream errors;
  Diagnostics diag(errors);
  RunOptions options;
  options.inputs = {test::source_dir() + "/examples/seeds"};
  options.threads = threads;
  test::shipped_pipeline().run(options, sink, diag);
  return diag.counts();
}

TEST(Pipeline, SameOutputWhateverTheThreadCount) {
  CollectingSink one, four;
  const RunCounts a = run_seeds(1, one);
  const RunCounts b = run_seeds(4, four);
  EXPECT_EQ(a.stored, 5u);
  EXPECT_EQ(one.order, four.order);
  EXPECT_EQ(one.events, four.events);
  EXPECT_EQ(one.quotes, four.quotes);
  EXPECT_EQ(a.events, b.events);
  EXPECT_GT(a.events, 10u);
}

TEST(Pipeline, TheSameReportTwiceIsStoredOnce) {
  const auto a = test::process_text("Russia vetoed the measure.\n");
  const auto b = test::process_text("  russia   VETOED the measure. ");
  EXPECT_EQ(a.id, b.id);
  const auto c = test::process_text("China vetoed the measure.");
  EXPECT_NE(a.id, c.id);
}

TEST(Pipeline, InvalidUtf8IsRepairedAndCounted) {
  Document doc;
  doc.raw = "Russia vetoed the \xFF measure.";
  test::shipped_pipeline().process(doc);
  EXPECT_EQ(doc.utf8_repairs, 1u);
  EXPECT_NE(doc.text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(Pipeline, HtmlInputBecomesCleanText) {
  Document doc;
  doc.raw = "<html><head><title>Veto</title></head><body><p>Russia vetoed the measure.</p>"
            "<p>More news: something else</p></body></html>";
  doc.format = InputFormat::Html;
  test::shipped_pipeline().process(doc);
  EXPECT_EQ(doc.text, "Russia vetoed the measure.");
  EXPECT_EQ(doc.meta.title, "Veto");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].cameo, "129");
}

TEST(Pipeline, PageMetadataFillsWhatTheInputDidNotGive) {
  Document doc;
  doc.raw = "<html lang=en><head><title>Veto</title><meta name=author content=\"Jane Doe\">"
            "<meta property=article:published_time content=2017-04-12></head><body>"
            "<p>Russia vetoed the measure on Wednesday, the eighth time it has done so at the council.</p></body></html>";
  doc.format = InputFormat::Html;
  doc.meta.title = "Given title";
  test::shipped_pipeline().process(doc);
  EXPECT_EQ(doc.meta.title, "Given title");
  EXPECT_EQ(doc.meta.author, "Jane Doe");
  EXPECT_EQ(doc.meta.language, "en");
  ASSERT_TRUE(doc.meta.published);
  EXPECT_EQ(doc.meta.published->iso(), "2017-04-12");
}

TEST(Pipeline, ArbitraryBytesNeverCrashAnyStage) {
  // A cheap property test; tests/fuzz has the coverage-guided fuzzers.
  std::mt19937 rng(20170413);
  const std::string alphabet = "Russia vetoed \"the\" U.S. Mr. Lavrov's \u201Cmeeting\u201D\n\n<p>{mosads} \xE2\x80\x99 . , ; \xFF\x00";
  for (int i = 0; i < 300; ++i) {
    Document doc;
    const size_t n = rng() % 400;
    for (size_t k = 0; k < n; ++k) doc.raw += alphabet[rng() % alphabet.size()];
    doc.format = i % 3 == 0 ? InputFormat::Html : InputFormat::Text;
    test::shipped_pipeline().process(doc);
    for (const auto& t : doc.tokens) ASSERT_LE(t.span.end, doc.text.size());
    for (const auto& e : doc.events) ASSERT_LE(e.span.end, doc.text.size());
    for (const auto& q : doc.quotes) ASSERT_LE(q.span.end, doc.text.size());
  }
}

}  // namespace
}  // namespace parley
