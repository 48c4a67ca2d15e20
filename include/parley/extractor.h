// Article extraction: from a web page's HTML to the article's body text and
// its metadata (title, author, publication date, site, canonical URL,
// language), with every part of the page that was left out and why.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"

namespace parley {

struct ExtractedPage {
  std::string text;                     // the article body, paragraphs separated by blank lines
  DocumentMeta meta;                    // title, author, published, source (site name),
                                        // url (canonical), language; empty when not found
  std::string encoding;                 // the charset the page was read in
  std::vector<RemovedBlock> removed;    // what was left out, with the reason
};

class PageExtractor {
 public:
  // Reads data_dir/extract/ (tags.tsv, class_words.tsv, meta_fields.tsv); throws DataError.
  explicit PageExtractor(const std::string& data_dir);
  ~PageExtractor();
  PageExtractor(PageExtractor&&) noexcept;

  // Never throws on bad markup. `url`, when known, helps find the date.
  ExtractedPage extract(std::string_view html, std::string_view url = {}) const;

 private:
  struct Rules;
  std::unique_ptr<Rules> rules_;
};

}  // namespace parley
