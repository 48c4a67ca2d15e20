// parley docs: the stored documents, or one document's clean text.
#include <iostream>

#include "cli/commands.h"
#include "cli/query_options.h"

namespace parley::cli {

void add_docs_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("docs", "List the stored documents, or show one (its clean text with --text)");
  auto o = std::make_shared<QueryOptions>();
  auto id = std::make_shared<std::string>();
  auto text = std::make_shared<bool>(false);
  auto removed = std::make_shared<bool>(false);
  add_store_options(*cmd, *o);
  cmd->add_option("ID", *id, "a document's id (or a prefix of it)");
  cmd->add_flag("--text", *text, "print the document's clean text");
  cmd->add_flag("--removed", *removed, "print what cleaning removed, rule by rule");
  cmd->callback([o, id, text, removed, &exit_code] {
    auto store = open_existing_store(o->db);
    if (id->empty()) {
      if (*text || *removed) throw CLI::ValidationError("--text and --removed need a document ID");
      write_documents(std::cout, store->documents(), parse_format(o->format));
      exit_code = kOk;
      return;
    }
    auto doc = store->document(*id);
    if (!doc) throw StoreError("no document with id " + *id);
    if (*text) std::cout << doc->text << '\n';
    if (*removed)
      for (const auto& [rule, block] : doc->removed) std::cout << "[" << rule << "] " << block << '\n';
    if (!*text && !*removed) write_documents(std::cout, {*doc}, parse_format(o->format));
    exit_code = kOk;
  });
}

}  // namespace parley::cli
