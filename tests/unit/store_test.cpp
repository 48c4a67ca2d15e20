#include "parley/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/schema.h"
#include "unit/test_support.h"

namespace parley {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override { path_ = test::temp_path("store.db"); }
  std::string path_;
};

Document coded(const std::string& text, const std::string& file, const std::string& published) {
  Document doc = test::process_text(text, published);
  doc.meta.file = file;
  return doc;
}

TEST_F(StoreTest, CreatesTheSchemaAndReopensWithoutMigratingAgain) {
  {
    auto store = Store::open_sqlite(path_);
    EXPECT_EQ(store->schema_version(), 2);
  }
  auto again = Store::open_sqlite(path_);
  EXPECT_EQ(again->schema_version(), 2);
}

TEST_F(StoreTest, RefusesAStoreFromANewerParley) {
  {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  EXPECT_THROW(Store::open_sqlite(path_), StoreError);
}

TEST_F(StoreTest, AStoreFromBeforeActorFactsIsMigratedAndTeachesNothing) {
  {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    const std::string v1 = schema_migrations()[0] + "PRAGMA user_version = 1;";
    ASSERT_EQ(sqlite3_exec(db, v1.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto store = Store::open_sqlite(path_);
  EXPECT_EQ(store->schema_version(), 2);
  EXPECT_TRUE(store->learned_facts().empty());
}

TEST_F(StoreTest, LearnedFactsLeaveOutRowsThatCannotTeach) {
  {
    auto store = Store::open_sqlite(path_);
    store->write(coded("Russian Foreign Minister Sergey Zlotnikov arrived.", "a.txt", "2017-04-13"));
    store->write(coded("Turkish Foreign Minister Ayla Demirsoy arrived.", "b.txt", "2017-04-14"));
    store->write(coded("Greek Foreign Minister Eleni Papadaki arrived.", "c.txt", "2017-04-15"));
    store->finish();
  }
  {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    const char* damage =
        "UPDATE actor_facts SET valid_from = 'last week' WHERE name = 'Ayla Demirsoy';"
        "UPDATE actor_facts SET kind = 'alien' WHERE name = 'Eleni Papadaki';";
    ASSERT_EQ(sqlite3_exec(db, damage, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  const auto facts = Store::open_sqlite(path_)->learned_facts();
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].name, "Sergey Zlotnikov");
  EXPECT_EQ(facts[0].code, "RUSGOV");
  EXPECT_EQ(facts[0].role, "Russian Foreign Minister");
  EXPECT_EQ(facts[0].sentence, 0u);
}

TEST_F(StoreTest, WritesDocumentsOnceAndQueriesEvents) {
  auto store = Store::open_sqlite(path_);
  const Document a = coded("Russia vetoed the measure.", "a.txt", "2017-04-13");
  const Document b = coded("Rex Tillerson and Sergei Lavrov met in Moscow on Wednesday.", "b.txt", "2017-04-13");
  ASSERT_FALSE(store->contains(a.id));
  store->write(a);
  store->write(b);
  store->finish();
  EXPECT_TRUE(store->contains(a.id));

  const auto all = store->events({});
  ASSERT_EQ(all.size(), 3u);
  Filter dyad;
  dyad.dyad = "USA:RUS";
  EXPECT_EQ(store->events(dyad).size(), 2u);  // both ways
  Filter source;
  source.source = "RUS";
  EXPECT_EQ(store->events(source).size(), 2u);
  Filter root;
  root.root = "12";
  const auto vetoes = store->events(root);
  ASSERT_EQ(vetoes.size(), 1u);
  EXPECT_EQ(vetoes[0].evidence, "Russia vetoed the measure.");
  EXPECT_EQ(vetoes[0].file, "a.txt");
  EXPECT_EQ(vetoes[0].source.country, "RUS");
  EXPECT_TRUE(vetoes[0].target.text.empty());
  Filter dates;
  dates.from = "2017-04-13";
  EXPECT_EQ(store->events(dates).size(), 1u);  // the meeting was on the 12th
  Filter name;
  name.actor = "Lavrov";
  EXPECT_EQ(store->events(name).size(), 2u);
}

TEST_F(StoreTest, ActorsCarryTheirProvenance) {
  auto store = Store::open_sqlite(path_);
  store->write(coded("Russian Foreign Minister Sergey Zlotnikov arrived. Zlotnikov smiled.", "a.txt", "2017-04-13"));
  store->finish();
  Filter f;
  f.actor = "Zlotnikov";
  const auto actors = store->actors(f);
  ASSERT_EQ(actors.size(), 1u);
  EXPECT_EQ(actors[0].code, "RUSGOV");
  EXPECT_EQ(actors[0].mentions, 2);
  EXPECT_NE(actors[0].provenance.find("Russian Foreign Minister Sergey Zlotnikov arrived"), std::string::npos);
}

TEST_F(StoreTest, DocumentsByIdPrefixWithTextAndWhatCleaningRemoved) {
  auto store = Store::open_sqlite(path_);
  const Document a = coded("Body of the report.\n\nMore news: elsewhere", "a.txt", "2017-04-13");
  store->write(a);
  store->finish();
  const auto doc = store->document(a.id.substr(0, 6));
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "Body of the report.");
  ASSERT_EQ(doc->removed.size(), 1u);
  EXPECT_EQ(doc->removed[0].first, "related-links");
  EXPECT_FALSE(store->document("ffffffffffffffff-none"));
}

}  // namespace
}  // namespace parley
