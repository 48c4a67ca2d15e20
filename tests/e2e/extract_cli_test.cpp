// parley extract and parley eval extraction as a user runs them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "e2e/cli.h"
#include "unit/test_support.h"

namespace parley {
namespace {

const std::string kPage =
    "<!doctype html><html lang=en><head><title>Veto | The Paper</title>"
    "<meta name=author content=\"Jane Doe\"><meta property=og:site_name content=\"The Paper\">"
    "<link rel=canonical href=\"https://paper.example/2017/04/12/veto\"></head><body>"
    "<nav><a href=/>Home</a></nav><article><h1>Veto</h1><div class=byline>By Jane Doe</div>"
    "<p>Russia vetoed a United Nations resolution on Syria on Wednesday, the eighth time it has done so.</p>"
    "<p>The measure would have condemned the use of chemical weapons and demanded access for inspectors.</p>"
    "</article><footer>Copyright The Paper</footer></body></html>";

TEST(ExtractCli, PrintsTheArticleText) {
  const auto r = test::parley("extract -", kPage);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Russia vetoed a United Nations resolution on Syria on Wednesday, the eighth time it has done so.\n\n"
            "The measure would have condemned the use of chemical weapons and demanded access for inspectors.\n");
}

TEST(ExtractCli, JsonHasTheMetadataAndTheRemovedBlocks) {
  const std::string path = test::temp_path("page.html");
  std::ofstream(path) << kPage;
  const auto r = test::parley("extract --format json '" + path + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["title"], "Veto | The Paper");
  EXPECT_EQ(j["author"], "Jane Doe");
  EXPECT_EQ(j["published"], "2017-04-12");   // from the canonical URL
  EXPECT_EQ(j["site"], "The Paper");
  EXPECT_EQ(j["canonical_url"], "https://paper.example/2017/04/12/veto");
  EXPECT_EQ(j["language"], "en");
  EXPECT_EQ(j["encoding"], "utf-8");
  EXPECT_NE(j["text"].get<std::string>().find("eighth time"), std::string::npos);
  std::string reasons;
  for (const auto& removed : j["removed"]) reasons += removed["reason"].get<std::string>() + ";";
  EXPECT_NE(reasons.find("tag nav"), std::string::npos) << reasons;
  EXPECT_NE(reasons.find("class word \"byline\""), std::string::npos) << reasons;
  EXPECT_NE(reasons.find("tag footer"), std::string::npos) << reasons;
}

TEST(ExtractCli, BadInputIsAClearErrorOrResult) {
  const auto binary = test::parley("extract -", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12));
  EXPECT_EQ(binary.exit_code, 1);
  EXPECT_NE(binary.err.find("binary data, not HTML"), std::string::npos) << binary.err;
  const auto missing = test::parley("extract /nonexistent/page.html");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/page.html"), std::string::npos) << missing.err;
  const auto empty = test::parley("extract -", "<html><body></body></html>");
  EXPECT_EQ(empty.exit_code, 0);
  EXPECT_NE(empty.err.find("no article text found"), std::string::npos) << empty.err;
}

TEST(ExtractCli, EvalExtractionOnTheBenchmark) {
  const std::string dir = test::shared_data_dir() + "/article-extraction";
  if (test::shared_data_dir().empty() || !std::filesystem::exists(dir + "/ground-truth.json"))
    GTEST_SKIP() << "the extraction benchmark is not at " << dir;
  const auto r = test::parley("eval extraction --json --data '" + dir + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_GE(j["f1"].get<double>(), 0.96);
  EXPECT_GE(j["precision"].get<double>(), 0.95);
  EXPECT_GE(j["recall"].get<double>(), 0.95);
  EXPECT_EQ(j["pages"], 121);
  EXPECT_GT(j["pages_per_second"].get<double>(), 0);
}

}  // namespace
}  // namespace parley
