// The article extraction benchmark's pages, read at run time from its
// directory (never shipped): DIR/ground-truth.json ({id: {articleBody, url}})
// and DIR/html/<id>.html.gz.
#pragma once

#include <string>
#include <vector>

namespace parley {

struct BenchmarkPage {
  std::string id;
  std::string url;
  std::string truth;   // the true article body
  std::string html;
};

// Pages sorted by id. `part` "K/N" keeps the pages whose id hashes to K modulo
// N (to tune rules on some parts and check them on another); "" keeps all.
// Throws DataError for a missing or malformed file.
std::vector<BenchmarkPage> load_benchmark(const std::string& dir, const std::string& part = "");

}  // namespace parley
