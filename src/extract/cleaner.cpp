#include "extract/cleaner.h"

#include "util/utf8.h"

namespace parley {

void Cleaner::clean(Document& doc) const {
  if (doc.format == InputFormat::Html) {
    ExtractedPage page = extractor_.extract(doc.raw, doc.meta.url);
    fill_missing(doc.meta, page.meta);   // where the input (JSONL fields, a manifest) said nothing
    doc.removed = std::move(page.removed);
    doc.utf8_repairs += utf8::repair(page.text);
    doc.text = rules_.clean(page.text, doc.removed);
  } else {
    doc.text = rules_.clean(doc.raw, doc.removed);
  }
}

}  // namespace parley
