#include "extract/cleaner.h"

#include "util/utf8.h"

namespace parley {

namespace {

void fill(std::string& field, std::string& found) {
  if (field.empty()) field = std::move(found);
}

// The page's metadata where the input (JSONL fields, a manifest) gave none.
void fill_meta(DocumentMeta& meta, DocumentMeta& page) {
  fill(meta.url, page.url);
  fill(meta.source, page.source);
  fill(meta.title, page.title);
  fill(meta.author, page.author);
  fill(meta.language, page.language);
  if (!meta.published) meta.published = page.published;
}

}  // namespace

void Cleaner::clean(Document& doc) const {
  if (doc.format == InputFormat::Html) {
    ExtractedPage page = extractor_.extract(doc.raw, doc.meta.url);
    fill_meta(doc.meta, page.meta);
    doc.removed = std::move(page.removed);
    doc.utf8_repairs += utf8::repair(page.text);
    doc.text = rules_.clean(page.text, doc.removed);
  } else {
    doc.text = rules_.clean(doc.raw, doc.removed);
  }
}

}  // namespace parley
