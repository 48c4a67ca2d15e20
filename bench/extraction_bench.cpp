#include "bench/extraction_bench.h"

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "eval/extraction_benchmark.h"
#include "parley/extractor.h"
#include "pipeline/knowledge.h"

namespace parley {

namespace {

using Clock = std::chrono::steady_clock;

struct PeerRate {
  bool ok = false;
  double pages_per_second = 0;
};

// Runs `command DIR`, which prints "PAGES SECONDS" (its own in-process timing).
PeerRate run_peer(const std::string& command, const std::string& dir) {
  PeerRate r;
  const std::string cmd = command + " '" + dir + "'";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  double pages = 0, seconds = 0;
  const bool read = std::fscanf(p, "%lf %lf", &pages, &seconds) == 2;
  r.ok = pclose(p) == 0 && read && seconds > 0;
  if (r.ok) r.pages_per_second = pages / seconds;
  return r;
}

}  // namespace

void run_extraction_bench(const ExtractionBenchOptions& o, std::ostream& out) {
  const PageExtractor extractor(o.data_dir.empty() ? default_data_dir() : o.data_dir);
  const auto pages = load_benchmark(o.pages_dir);
  double mb = 0;
  for (const auto& p : pages) mb += static_cast<double>(p.html.size()) / 1048576.0;

  // Whole rounds over all pages, until min_seconds have passed.
  size_t rounds = 0, bytes = 0;
  const auto start = Clock::now();
  double seconds = 0;
  while (rounds == 0 || seconds < o.min_seconds) {
    for (const auto& p : pages) bytes += extractor.extract(p.html, p.url).text.size();
    ++rounds;
    seconds = std::chrono::duration<double>(Clock::now() - start).count();
  }
  const double rate = static_cast<double>(rounds * pages.size()) / seconds;
  const double mb_rate = static_cast<double>(rounds) * mb / seconds;
  const PeerRate peer = o.peer.empty() ? PeerRate{} : run_peer(o.peer, o.pages_dir);

  if (o.json) {
    nlohmann::json j = {{"pages", pages.size()},     {"html_mb", mb},
                        {"rounds", rounds},          {"extraction_pages_per_second", rate},
                        {"extraction_mb_per_second", mb_rate}};
    if (peer.ok) {
      j["extraction_peer"] = o.peer;
      j["extraction_peer_pages_per_second"] = peer.pages_per_second;
      j["extraction_speedup_over_peer"] = rate / peer.pages_per_second;
    }
    out << j.dump(2) << '\n';
    return;
  }
  char line[512];
  std::snprintf(line, sizeof line,
                "extraction (1 thread): %8.0f pages/s  (%.1f MB/s of HTML; %zu pages, %.1f MB, %zu rounds; "
                "%zu bytes of text)\n",
                rate, mb_rate, pages.size(), mb, rounds, bytes / rounds);
  out << line;
  if (o.peer.empty()) return;
  if (!peer.ok) {
    out << "extraction peer \"" << o.peer << "\" did not run (is it installed?)\n";
    return;
  }
  std::snprintf(line, sizeof line, "extraction peer:       %8.1f pages/s  (%s); parley is %.0fx\n",
                peer.pages_per_second, o.peer.c_str(), rate / peer.pages_per_second);
  out << line;
}

}  // namespace parley
