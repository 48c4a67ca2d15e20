// Finds the article in a parsed page and returns its body text, with every
// part of the page that was left out and why.
//
// 1. Hidden elements go, then page furniture: by its tag (nav, aside, footer,
//    header, form: data/extract/tags.tsv), by ARIA landmark roles, by its class
//    or id words (share, related, comments, caption, byline: data/extract/
//    class_words.tsv); but never an element that holds half of the page's
//    prose (<body class="has-sidebar">, a <form> around a whole page).
// 2. The rest is cut into paragraphs (text_blocks.h). Prose paragraphs (enough
//    words, few of them links) weigh their text length for the element around
//    them, and less for the elements further out; the best element is the
//    article's core, joined by siblings (of it and of its ancestors) that hold
//    runs of prose of their own.
// 3. Inside, paragraphs are kept unless they are mostly links, repeat the
//    page's title, or are short and stand before the first prose paragraph
//    (kickers, bylines, dates); headings are kept when body text follows them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/class_words.h"
#include "extract/dom.h"
#include "parley/document.h"

namespace parley {

struct ExtractedText {
  std::string text;                    // paragraphs separated by blank lines
  std::vector<RemovedBlock> removed;   // what was left out, with the reason
};

class ArticleExtractor {
 public:
  explicit ArticleExtractor(ClassWords words) : words_(std::move(words)) {}

  // `title`: the page's title, so that the headline is not taken for body.
  ExtractedText extract(const Dom& dom, std::string_view title) const;

 private:
  ClassWords words_;
};

}  // namespace parley
