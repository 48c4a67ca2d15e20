// The ingest stage on good and bad input: every problem reported with its
// place, counted by reason, and the rest of the batch read.
#include "ingest/input_source.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "unit/test_support.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

class InputSourceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::temp_path("inputs");
    fs::create_directories(dir_);
  }
  std::string write(const std::string& name, const std::string& content) {
    const std::string path = dir_ + "/" + name;
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  std::vector<RawInput> read_all(const std::vector<std::string>& args, InputOptions options = {}) {
    InputSource source(args, options, diag_);
    std::vector<RawInput> out;
    while (auto r = source.next()) out.push_back(std::move(*r));
    return out;
  }
  std::string dir_;
  std::ostringstream errors_;
  Diagnostics diag_{errors_};
};

TEST_F(InputSourceTest, FormatsFromExtensionAndContent) {
  write("a.txt", "Plain text.");
  write("b.html", "<p>Page</p>");
  write("c", "<!DOCTYPE html><p>sniffed</p>");
  const auto inputs = read_all({dir_ + "/a.txt", dir_ + "/b.html", dir_ + "/c"});
  ASSERT_EQ(inputs.size(), 3u);
  EXPECT_EQ(inputs[0].format, InputFormat::Text);
  EXPECT_EQ(inputs[1].format, InputFormat::Html);
  EXPECT_EQ(inputs[2].format, InputFormat::Html);
}

TEST_F(InputSourceTest, DirectoriesAreReadRecursivelyInOrderWithTheirManifest) {
  write("d/manifest.jsonl", R"({"file":"x.txt","title":"X","source":"Wire","published":"2017-04-13"})" "\n");
  write("d/x.txt", "Text x.");
  write("d/sub/y.txt", "Text y.");
  write("d/README.md", "not a document");
  const auto inputs = read_all({dir_ + "/d"});
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[0].meta.file, dir_ + "/d/sub/y.txt");
  EXPECT_EQ(inputs[1].meta.title, "X");
  EXPECT_EQ(inputs[1].meta.source, "Wire");
  EXPECT_EQ(inputs[1].meta.published, (Date{2017, 4, 13}));
  EXPECT_EQ(diag_.counts().read, 2u);
  EXPECT_EQ(diag_.counts().ignored, 1u);
}

TEST_F(InputSourceTest, JsonLinesRecordsAndAMalformedLine) {
  const std::string path = write("r.jsonl",
                                 R"({"id":"1","url":"http://a/1","title":"One","published":"2019-12-10","text":"First."})" "\n"
                                 "{\"id\": \"2\", \"text\": \"unterminated\n"
                                 "\n"
                                 R"({"id":"3","html":"<p>Third</p>","source":"CWW7NEWS"})" "\n"
                                 R"(["not", "an", "object"])" "\n"
                                 R"({"id":"5","title":"no text"})" "\n");
  const auto inputs = read_all({path});
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[0].bytes, "First.");
  EXPECT_EQ(inputs[0].meta.file, "http://a/1");
  EXPECT_EQ(inputs[0].meta.published, (Date{2019, 12, 10}));
  EXPECT_EQ(inputs[1].format, InputFormat::Html);
  EXPECT_EQ(inputs[1].meta.source, "CWW7NEWS");
  EXPECT_EQ(diag_.counts().read, 5u);
  EXPECT_EQ(diag_.counts().skipped.at("malformed-json"), 2u);
  EXPECT_EQ(diag_.counts().skipped.at("no-text"), 1u);
  const std::string errors = errors_.str();
  EXPECT_NE(errors.find(path + ":2:"), std::string::npos) << errors;  // file:line:column
  EXPECT_NE(errors.find(path + ":5"), std::string::npos) << errors;
  EXPECT_NE(errors.find(path + ":6"), std::string::npos) << errors;
}

TEST_F(InputSourceTest, UnreadableBinaryAndEmptyInputsAreSkippedWithReasons) {
  const std::string binary = write("bin.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const std::string empty = write("empty.txt", "");
  const std::string blank = write("blank.txt", " \n\t\n");
  const std::string good = write("good.txt", "Russia vetoed the measure.");
  const auto inputs = read_all({dir_ + "/missing.txt", binary, empty, blank, good});
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].bytes, "Russia vetoed the measure.");
  const auto& skipped = diag_.counts().skipped;
  EXPECT_EQ(skipped.at("unreadable"), 1u);
  EXPECT_EQ(skipped.at("binary"), 1u);
  EXPECT_EQ(skipped.at("empty"), 2u);
  EXPECT_EQ(diag_.counts().read, 5u);
  const std::string errors = errors_.str();
  EXPECT_NE(errors.find(dir_ + "/missing.txt: cannot read"), std::string::npos) << errors;
  EXPECT_NE(errors.find(binary + ": binary data"), std::string::npos) << errors;
}

TEST_F(InputSourceTest, AHundredMegabyteLineIsSkippedAsTooLarge) {
  const std::string big = dir_ + "/big.txt";
  {
    std::ofstream out(big, std::ios::binary);
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) out << chunk;
  }
  const std::string record = dir_ + "/big.jsonl";
  {
    std::ofstream out(record, std::ios::binary);
    out << "{\"text\": \"";
    const std::string chunk(1 << 20, 'b');
    for (int i = 0; i < 100; ++i) out << chunk;
    out << "\"}\n{\"text\": \"small\"}\n";
  }
  const auto inputs = read_all({big, record});
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].bytes, "small");
  EXPECT_EQ(diag_.counts().skipped.at("too-large"), 2u);
  EXPECT_NE(errors_.str().find(record + ":1"), std::string::npos);
}

TEST_F(InputSourceTest, InvalidUtf8InJsonLinesIsRepairedNotRejected) {
  const std::string path = write("bad-utf8.jsonl", "{\"text\": \"Caf\xE9 society\"}\n");
  const auto inputs = read_all({path});
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].bytes, "Caf\xEF\xBF\xBD society");
  EXPECT_EQ(inputs[0].utf8_repairs, 1u);
}

}  // namespace
}  // namespace parley
