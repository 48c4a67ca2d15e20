// A page's metadata: title, author, publication date, site name, canonical URL
// and language, from what pages say about themselves: JSON-LD, <meta> tags
// (Open Graph, Dublin Core, article:*), <link rel=canonical>, <title>,
// <time datetime>, <html lang>, and a date in the URL. Where to look for each
// field, and in which order, is data/extract/meta_fields.tsv.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/dom.h"
#include "parley/document.h"

namespace parley {

class MetadataRules {
 public:
  // Throws DataError with file:line for an unknown field or place.
  static MetadataRules load(const std::string& path);

  DocumentMeta read(const Dom& dom, std::string_view url) const;

 private:
  struct Place {
    std::string field;   // title, author, published, site, canonical_url, language
    std::string kind;    // jsonld, meta, link, title, time, url, lang
    std::string key;     // for jsonld, meta and link
  };
  std::vector<Place> places_;
};

// The first date at the start of `text` or, with `anywhere`, inside it (a URL):
// YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD between non-digits.
std::optional<Date> find_date(std::string_view text, bool anywhere);

}  // namespace parley
