// parley actors: the actors the store's documents mention, with their codes
// and where each code came from.
#include <iostream>

#include "cli/commands.h"
#include "cli/query_options.h"

namespace parley::cli {

void add_actors_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("actors", "List the actors mentioned, their CAMEO codes and provenance");
  auto o = std::make_shared<QueryOptions>();
  add_store_options(*cmd, *o);
  add_filter_options(*cmd, *o);
  cmd->callback([o, &exit_code] {
    auto store = open_existing_store(o->db);
    write_actors(std::cout, store->actors(o->filter), parse_format(o->format));
    exit_code = kOk;
  });
}

}  // namespace parley::cli
