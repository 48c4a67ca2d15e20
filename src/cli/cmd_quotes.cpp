// parley quotes: who said what.
#include <iostream>

#include "cli/commands.h"
#include "cli/query_options.h"

namespace parley::cli {

void add_quotes_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("quotes", "List direct quotations with their speakers");
  auto o = std::make_shared<QueryOptions>();
  add_store_options(*cmd, *o);
  add_filter_options(*cmd, *o);
  cmd->callback([o, &exit_code] {
    auto store = open_existing_store(o->db);
    write_quotes(std::cout, store->quotes(o->filter), parse_format(o->format));
    exit_code = kOk;
  });
}

}  // namespace parley::cli
