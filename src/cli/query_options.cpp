#include "cli/query_options.h"

#include <filesystem>

namespace parley::cli {

namespace {
// YYYY-MM-DD, checked before it reaches a query.
struct DateValidator : public CLI::Validator {
  DateValidator() {
    name_ = "DATE";
    func_ = [](const std::string& s) {
      return Date::parse_iso(s) && s.size() == 10 ? std::string() : "want a date as YYYY-MM-DD, got " + s;
    };
  }
};
}  // namespace

void add_store_options(CLI::App& cmd, QueryOptions& o) {
  cmd.add_option("--db", o.db, "the store (SQLite file)")->capture_default_str();
  cmd.add_option("--format", o.format, "output format")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}))
      ->capture_default_str();
}

void add_filter_options(CLI::App& cmd, QueryOptions& o) {
  cmd.add_option("--actor", o.filter.actor, "an actor: code prefix (RUS, USAGOV) or part of a name (Lavrov)");
  cmd.add_option("--from", o.filter.from, "from this date (YYYY-MM-DD), inclusive")->check(DateValidator());
  cmd.add_option("--to", o.filter.to, "up to this date (YYYY-MM-DD), inclusive")->check(DateValidator());
  cmd.add_option("--doc", o.filter.doc, "one document (its id or a prefix of it)");
  cmd.add_option("--limit", o.filter.limit, "at most this many rows (0: all)")->check(CLI::NonNegativeNumber);
}

std::unique_ptr<Store> open_existing_store(const std::string& path) {
  if (!std::filesystem::exists(path))
    throw StoreError(path + ": no such store; create one with `parley run INPUT... --db " + path + "`");
  return Store::open_sqlite(path);
}

}  // namespace parley::cli
