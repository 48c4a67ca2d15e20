// parley events: the coded events in the store, filtered.
#include <iostream>

#include "cli/commands.h"
#include "cli/query_options.h"

namespace parley::cli {

void add_events_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("events", "List the coded events (who did what to whom, when, with evidence)");
  auto o = std::make_shared<QueryOptions>();
  add_store_options(*cmd, *o);
  add_filter_options(*cmd, *o);
  cmd->add_option("--dyad", o->filter.dyad, "events between two actors, either way: A:B (USA:RUS)");
  cmd->add_option("--source", o->filter.source, "events whose source matches (code prefix or name)");
  cmd->add_option("--target", o->filter.target, "events whose target matches (code prefix or name)");
  cmd->add_option("--root", o->filter.root, "CAMEO root code, two digits (04 consult, 19 fight)")
      ->check(CLI::Validator([](const std::string& s) {
        return s.size() == 2 && isdigit(s[0]) && isdigit(s[1]) ? "" : "want two digits, e.g. 04";
      }, "NN"));
  cmd->add_flag("--no-negated", [o](int64_t) { o->filter.include_negated = false; },
                "leave out negated events (\"did not attack\")");
  cmd->callback([o, &exit_code] {
    auto store = open_existing_store(o->db);
    write_events(std::cout, store->events(o->filter), parse_format(o->format));
    exit_code = kOk;
  });
}

}  // namespace parley::cli
