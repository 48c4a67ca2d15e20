// The extract stage: from a document's raw input to its clean text. An HTML
// page goes through the article extractor first (parley/extractor.h), whose
// metadata fills what the input did not say; then the boilerplate rules run on
// every document's text (boilerplate.h).
#pragma once

#include "extract/boilerplate.h"
#include "parley/document.h"
#include "parley/extractor.h"

namespace parley {

class Cleaner {
 public:
  Cleaner(BoilerplateRules rules, PageExtractor extractor)
      : rules_(std::move(rules)), extractor_(std::move(extractor)) {}

  // Fills doc.text and doc.removed from doc.raw; for HTML also the empty
  // fields of doc.meta from the page's own metadata.
  void clean(Document& doc) const;

 private:
  BoilerplateRules rules_;
  PageExtractor extractor_;
};

}  // namespace parley
