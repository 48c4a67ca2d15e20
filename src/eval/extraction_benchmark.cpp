#include "eval/extraction_benchmark.h"

#include <zlib.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "eval/part.h"
#include "util/text_file.h"

namespace parley {

namespace {

std::string read_gzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) throw DataError(path + ": cannot open");
  std::string out;
  char buf[65536];
  int n = 0;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  const bool failed = n < 0;
  gzclose(f);
  if (failed) throw DataError(path + ": not a readable gzip file");
  return out;
}

}  // namespace

std::vector<BenchmarkPage> load_benchmark(const std::string& dir, const std::string& part) {
  const std::string truth_path = dir + "/ground-truth.json";
  nlohmann::json truth;
  try {
    truth = nlohmann::json::parse(read_file(truth_path));
  } catch (const nlohmann::json::exception& e) {
    throw DataError(truth_path + ": " + e.what());
  }
  if (!truth.is_object()) throw DataError(truth_path + ": want an object {id: {articleBody, url}}");
  std::vector<BenchmarkPage> pages;
  for (const auto& [id, entry] : truth.items()) {
    if (!in_part(id, part)) continue;
    BenchmarkPage p;
    p.id = id;
    p.truth = entry.value("articleBody", "");
    p.url = entry.value("url", "");
    p.html = read_gzip(dir + "/html/" + id + ".html.gz");
    pages.push_back(std::move(p));
  }
  std::sort(pages.begin(), pages.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return pages;
}

}  // namespace parley
