#include "extract/cleaner.h"

#include "extract/html_text.h"
#include "util/utf8.h"

namespace parley {

void Cleaner::clean(Document& doc) const {
  if (doc.format == InputFormat::Html) {
    HtmlText page = html_to_text(doc.raw);
    if (doc.meta.title.empty()) doc.meta.title = std::move(page.title);
    doc.utf8_repairs += utf8::repair(page.text);
    doc.text = rules_.clean(page.text, doc.removed);
  } else {
    doc.text = rules_.clean(doc.raw, doc.removed);
  }
}

}  // namespace parley
