// The extract stage: from a document's raw input to its clean text. HTML is
// turned into text first (html_text.h); then the boilerplate rules run on
// every document (boilerplate.h).
#pragma once

#include "extract/boilerplate.h"
#include "parley/document.h"

namespace parley {

class Cleaner {
 public:
  explicit Cleaner(BoilerplateRules rules) : rules_(std::move(rules)) {}

  // Fills doc.text and doc.removed from doc.raw; for HTML also doc.meta.title
  // when the input did not give one.
  void clean(Document& doc) const;

 private:
  BoilerplateRules rules_;
};

}  // namespace parley
