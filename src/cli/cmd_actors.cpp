// parley actors: the actors the store's documents mention, with their codes,
// the dates of the documents that gave each code, their aliases, and where
// each code came from: a dictionary, or the sentences that taught it (in the
// same document, or in an earlier one: "learned DATE from doc ID sentence N").
#include <iostream>

#include "cli/commands.h"
#include "cli/query_options.h"

namespace parley::cli {

void add_actors_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("actors", "List the actors mentioned, their CAMEO codes and provenance: a dictionary, or the sentences that "
                                "taught the code (titles and appositions, which later documents also use)");
  auto o = std::make_shared<QueryOptions>();
  add_store_options(*cmd, *o);
  add_filter_options(*cmd, *o);
  cmd->add_option("--name", o->filter.name, "actors whose name or an alias holds this (Lavrov)");
  cmd->add_option("--code", o->filter.code, "actors whose code starts with this (RUSGOV, RUS)");
  cmd->callback([o, &exit_code] {
    auto store = open_existing_store(o->db);
    write_actors(std::cout, store->actors(o->filter), parse_format(o->format));
    exit_code = kOk;
  });
}

}  // namespace parley::cli
