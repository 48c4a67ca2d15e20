// Options that the query commands (events, quotes, actors, docs) share: the
// store, the output format, and the filters.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "cli/output.h"
#include "parley/store.h"

namespace parley::cli {

struct QueryOptions {
  std::string db = "parley.db";
  std::string format = "table";
  Filter filter;
};

// Adds --db and --format.
void add_store_options(CLI::App& cmd, QueryOptions& o);
// Adds --actor, --from, --to, --doc, --limit.
void add_filter_options(CLI::App& cmd, QueryOptions& o);
// Opens the store for reading; a missing file is an error, not a new empty store.
std::unique_ptr<Store> open_existing_store(const std::string& path);

}  // namespace parley::cli
