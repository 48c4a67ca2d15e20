// `parley run` twice on one store, as a user adds a day's news to it: what the
// first day's titles taught codes the second day's bare names, `parley actors`
// shows where the code came from, and --no-learned turns it off.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "e2e/cli.h"
#include "unit/test_support.h"
#include "util/strings.h"

namespace parley {
namespace {

using nlohmann::json;

std::string jsonl(const std::string& name, const std::string& published, const std::string& text) {
  const std::string path = test::temp_path(name);
  std::ofstream(path) << json{{"url", name}, {"published", published}, {"text", text}}.dump() << '\n';
  return path;
}

TEST(LearnedCli, ASecondRunUsesWhatTheStoreLearned) {
  const std::string db = test::temp_path("learned-cli.db");
  const auto first = test::parley("run -q '" +
                                  jsonl("day1.jsonl", "2017-05-10",
                                        "Russian Foreign Minister Sergey Zlotnikov arrived in Ankara.") +
                                  "' --db '" + db + "'");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto second = test::parley(
      "run -q '" + jsonl("day2.jsonl", "2017-06-01", "Zlotnikov criticized Turkey.") + "' --db '" + db + "'");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("learned facts: 1 from the store"), std::string::npos) << second.out;

  const auto actors = test::parley("actors --name Zlotnikov --format jsonl --db '" + db + "'");
  ASSERT_EQ(actors.exit_code, 0) << actors.err;
  const auto lines = split(actors.out, '\n');
  ASSERT_FALSE(lines.empty());
  const json a = json::parse(lines[0]);
  EXPECT_EQ(a["code"], "RUSGOV");
  EXPECT_EQ(a["documents"], 2);
  ASSERT_EQ(a["facts"].size(), 1u);
  EXPECT_EQ(a["facts"][0]["evidence"], "Russian Foreign Minister Sergey Zlotnikov arrived in Ankara.");

  const auto off = test::parley("run -q --no-learned '" + jsonl("day3.jsonl", "2017-06-02", "Zlotnikov left Turkey.") +
                                "' --db '" + db + "'");
  ASSERT_EQ(off.exit_code, 0) << off.err;
  const auto again = test::parley("actors --name Zlotnikov --format jsonl --db '" + db + "'");
  EXPECT_EQ(json::parse(split(again.out, '\n')[0])["documents"], 2) << again.out;  // not the third day's
}

}  // namespace
}  // namespace parley
