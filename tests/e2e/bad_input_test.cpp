// Bad input through the command line: a clear message that says what and
// where, the rest of the batch stored, the counts at the end, exit code 3.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "e2e/cli.h"
#include "unit/test_support.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

void write(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

TEST(BadInput, TheBatchGoesOnAndTheEndCountsEverything) {
  const std::string dir = test::temp_path("bad-batch");
  fs::create_directories(dir);
  write(dir + "/good.txt", "Russia vetoed the measure.");
  write(dir + "/empty.txt", "");
  write(dir + "/image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
  write(dir + "/latin1.txt", "China vetoed the caf\xE9 measure.");
  write(dir + "/records.jsonl",
        "{\"id\":\"1\",\"text\":\"Iran vetoed the measure.\"}\n{\"id\": 2, \"text\": \n"
        "{\"id\":\"3\",\"text\":\"Cuba vetoed the measure.\"}\n");
  const std::string db = test::temp_path("bad.db");
  const auto r = test::parley("run '" + dir + "' --db '" + db + "'");
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find(dir + "/empty.txt: no text (skipped: empty)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(dir + "/image.txt: binary data, not text (skipped: binary)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(dir + "/records.jsonl:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(dir + "/latin1.txt: warning: replaced 1 invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("read 7, skipped 3 (binary 1, empty 1, malformed-json 1), stored 4, duplicates 0, "
                       "utf-8 repaired 1"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("events 4"), std::string::npos) << r.out;
}

TEST(BadInput, StdinIsAnInput) {
  const std::string db = test::temp_path("stdin.db");
  const auto r = test::parley("run - --db '" + db + "' -q", "Russia vetoed the measure.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("stored 1"), std::string::npos) << r.out;
  const auto events = test::parley("events --db '" + db + "' --format csv");
  EXPECT_NE(events.out.find("Russia vetoed the measure."), std::string::npos);
  EXPECT_EQ(events.out.rfind("id,doc,file,", 0), 0u) << events.out;
}

TEST(BadInput, MissingFilesAndStoresAreErrors) {
  const auto missing = test::parley("run /nonexistent/file.txt --db '" + test::temp_path("m.db") + "' -q");
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("/nonexistent/file.txt: cannot read"), std::string::npos) << missing.err;
  const auto no_store = test::parley("events --db /nonexistent/parley.db");
  EXPECT_EQ(no_store.exit_code, 1);
  EXPECT_NE(no_store.err.find("no such store"), std::string::npos) << no_store.err;
}

TEST(CommandLine, HelpOnEveryCommandAndUsageErrors) {
  for (const char* cmd : {"", "run", "events", "quotes", "actors", "docs", "bench"}) {
    const auto r = test::parley(std::string(cmd) + " --help");
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd << ": " << r.out;
  }
  EXPECT_EQ(test::parley("").exit_code, 2);
  EXPECT_EQ(test::parley("events --format xml").exit_code, 2);
  EXPECT_EQ(test::parley("events --from yesterday").exit_code, 2);
  EXPECT_EQ(test::parley("frobnicate").exit_code, 2);
}

TEST(CommandLine, ABadDataFileSaysWhichLine) {
  const std::string data = test::temp_path("data");
  fs::copy(test::data_dir(), data, fs::copy_options::recursive);
  write(data + "/events/cameo.tsv", "010\tzero\tMake statement\n");
  const auto r = test::parley("run examples/seeds --data '" + data + "' --db '" + test::temp_path("d.db") + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(data + "/events/cameo.tsv:1: Goldstein score"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(CommandLine, UsersAddTheirOwnActors) {
  const std::string actors = test::temp_path("my-actors.tsv");
  std::ofstream(actors) << "# my actors\nperson\tOleg Dubrovin\tRUSGOV\tDubrovin\n";
  const std::string db = test::temp_path("actors.db");
  const auto r = test::parley("run - --actors '" + actors + "' --db '" + db + "' -q",
                              "Dubrovin met Pompeo in Washington on Tuesday.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto events = test::parley("events --db '" + db + "' --format csv --dyad RUS:USA");
  EXPECT_NE(events.out.find("Oleg Dubrovin,RUSGOV"), std::string::npos) << events.out;
  const auto broken = test::parley("run - --actors /nonexistent.tsv --db '" + db + "'", "x");
  EXPECT_EQ(broken.exit_code, 2);
}

// A user's line wins over the shipped one for the same phrase.
TEST(CommandLine, UsersOverrideShippedActors) {
  const std::string actors = test::temp_path("override-actors.tsv");
  std::ofstream(actors) << "person\tSergey Lavrov\tRUSELI\tLavrov\n";
  const std::string db = test::temp_path("override.db");
  const auto r = test::parley("run - --actors '" + actors + "' --db '" + db + "' -q", "Lavrov met Pompeo on Tuesday.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = test::parley("actors --db '" + db + "' --format csv --name Lavrov");
  EXPECT_NE(rows.out.find("Sergey Lavrov,RUSELI"), std::string::npos) << rows.out;
  EXPECT_EQ(rows.out.find("RUSGOV"), std::string::npos) << rows.out;
}

}  // namespace
}  // namespace parley
