// parley extract: a web page in, its article body out, as text or as JSON with
// the page's metadata and what was removed and why (for debugging the rules).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "ingest/format_sniffer.h"
#include "parley/extractor.h"
#include "pipeline/knowledge.h"
#include "util/text_file.h"

namespace parley::cli {

namespace {
struct ExtractOptions {
  std::string page = "-";
  std::string format = "text";
  std::string url;
  std::string data_dir;
  double max_mb = 64;
};

nlohmann::ordered_json to_json(const ExtractedPage& page) {
  const DocumentMeta& m = page.meta;
  auto or_null = [](const std::string& s) { return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s); };
  nlohmann::ordered_json j = {{"title", or_null(m.title)},
                              {"author", or_null(m.author)},
                              {"published", m.published ? nlohmann::ordered_json(m.published->iso()) : nullptr},
                              {"site", or_null(m.source)},
                              {"canonical_url", or_null(m.url)},
                              {"language", or_null(m.language)},
                              {"encoding", page.encoding},
                              {"text", page.text},
                              {"removed", nlohmann::ordered_json::array()}};
  for (const auto& r : page.removed) j["removed"].push_back({{"reason", r.rule}, {"text", r.text}});
  return j;
}
}  // namespace

void add_extract_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("extract", "A web page's article text and metadata (see docs/architecture.md)");
  auto o = std::make_shared<ExtractOptions>();
  cmd->add_option("PAGE", o->page, "an HTML file, or - for stdin")->capture_default_str();
  cmd->add_option("--format", o->format,
                  "text: the article body; json: also title, author, published, site, canonical_url, "
                  "language, encoding and the removed blocks with their reasons")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("--url", o->url, "the page's URL, when known (a date in it dates the article)");
  cmd->add_option("--data", o->data_dir, "the data directory (extract/ rules)")->check(CLI::ExistingDirectory);
  cmd->add_option("--max-mb", o->max_mb, "refuse pages larger than this")->capture_default_str();
  cmd->callback([o, &exit_code] {
    const PageExtractor extractor(o->data_dir.empty() ? default_data_dir() : o->data_dir);
    const std::string html = read_input(o->page);
    if (html.size() > o->max_mb * 1024 * 1024) {
      std::cerr << "parley: " << o->page << ": page of " << (html.size() >> 20) << " MB is over --max-mb\n";
      exit_code = kError;
      return;
    }
    if (looks_binary(html)) {
      std::cerr << "parley: " << o->page << ": binary data, not HTML\n";
      exit_code = kError;
      return;
    }
    const ExtractedPage page = extractor.extract(html, o->url);
    if (page.text.empty()) std::cerr << "parley: " << o->page << ": no article text found\n";
    if (o->format == "json") std::cout << to_json(page).dump(2) << '\n';
    else if (!page.text.empty()) std::cout << page.text << '\n';
    exit_code = kOk;
  });
}

}  // namespace parley::cli
