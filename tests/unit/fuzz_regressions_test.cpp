// Replays every input in tests/fuzz/regressions: document/ through the
// per-document path, jsonl/ through the JSON Lines record parser, html/
// through the article extractor.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/jsonl_record.h"
#include "parley/extractor.h"
#include "unit/test_support.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

std::vector<std::pair<std::string, std::string>> inputs(const std::string& sub) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& entry : fs::directory_iterator(fs::path(test::source_dir()) / "tests/fuzz/regressions" / sub)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.emplace_back(entry.path().string(), ss.str());
  }
  return out;
}

TEST(FuzzRegressions, DocumentsRunThroughEveryStage) {
  const auto files = inputs("document");
  EXPECT_FALSE(files.empty());
  for (const auto& [path, bytes] : files) {
    for (InputFormat format : {InputFormat::Text, InputFormat::Html}) {
      Document doc;
      doc.raw = bytes;
      doc.format = format;
      test::shipped_pipeline().process(doc);
      for (const auto& q : doc.quotes) EXPECT_LE(q.span.end, doc.text.size()) << path;
    }
  }
}

TEST(FuzzRegressions, JsonLinesRecordsAreReadOrReported) {
  const auto files = inputs("jsonl");
  EXPECT_FALSE(files.empty());
  for (const auto& [path, bytes] : files) {
    std::ostringstream errors;
    Diagnostics diag(errors);
    const auto record = parse_jsonl_record(bytes, path, diag);
    EXPECT_TRUE(record || diag.counts().skipped_total() == 1) << path;
  }
}

TEST(FuzzRegressions, HtmlPagesAreExtracted) {
  const auto files = inputs("html");
  EXPECT_FALSE(files.empty());
  const PageExtractor extractor(test::data_dir());
  for (const auto& [path, bytes] : files) {
    const auto page = extractor.extract(bytes, "https://example.org/2019/11/18/page");
    EXPECT_LE(page.text.size(), 8 * bytes.size() + 64) << path;
  }
}

}  // namespace
}  // namespace parley
