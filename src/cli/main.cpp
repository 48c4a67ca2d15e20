// parley: news reports in, political event data out. This file only wires the
// subcommands (src/cli/cmd_*.cpp) together.
#include <iostream>

#include "cli/commands.h"
#include "nlp/binary_io.h"
#include "nlp/conllu.h"
#include "parley/store.h"
#include "util/text_file.h"

int main(int argc, char** argv) {
  CLI::App app{
      "parley: reads news reports and codes who did what to whom (CAMEO, PLOVER, Goldstein),\n"
      "who said what, and which actor stands behind each name, each fact traced to its sentence."};
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 success, 1 error, 2 bad command line, 3 run finished but some inputs were skipped.\n"
      "Run `parley COMMAND --help` for a command's options.");
  app.set_version_flag("--version", "parley 0.1.0");

  int exit_code = parley::cli::kOk;
  parley::cli::add_run_command(app, exit_code);
  parley::cli::add_events_command(app, exit_code);
  parley::cli::add_quotes_command(app, exit_code);
  parley::cli::add_actors_command(app, exit_code);
  parley::cli::add_docs_command(app, exit_code);
  parley::cli::add_bench_command(app, exit_code);
  parley::cli::add_train_command(app, exit_code);
  parley::cli::add_parse_command(app, exit_code);
  parley::cli::add_eval_command(app, exit_code);
  parley::cli::add_extract_command(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return parley::cli::kUsage;
  } catch (const parley::DataError& e) {
    std::cerr << "parley: " << e.what() << '\n';
    return parley::cli::kError;
  } catch (const parley::ConlluError& e) {
    std::cerr << "parley: " << e.what() << '\n';
    return parley::cli::kError;
  } catch (const parley::ModelError& e) {
    std::cerr << "parley: " << e.what() << '\n';
    return parley::cli::kError;
  } catch (const parley::StoreError& e) {
    std::cerr << "parley: " << e.what() << '\n';
    return parley::cli::kError;
  } catch (const std::exception& e) {
    std::cerr << "parley: " << e.what() << '\n';
    return parley::cli::kError;
  }
  return exit_code;
}
