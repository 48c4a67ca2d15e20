// HTML to text, first version: the page's title and the visible text of its
// paragraphs, headings, list items, block quotes and preformatted blocks, one
// paragraph per block. Scripts, styles, navigation, forms, asides, headers,
// footers and figures are left out. Real article extraction (choosing the
// article among the page's blocks) is a later stage of this module.
//
// Parsing is libxml2's HTML parser: in Debian, error-tolerant on real pages,
// converts the page's declared charset to UTF-8, and about three times faster
// than gumbo on the extraction benchmark's pages (measured: 230 vs 80 pages/s).
#pragma once

#include <string>
#include <string_view>

namespace parley {

struct HtmlText {
  std::string title;
  std::string text;   // paragraphs separated by blank lines
};

// Never throws on bad markup: truncated or hostile HTML gives what text it has.
HtmlText html_to_text(std::string_view html);

// Must run once before HTML is parsed on several threads.
void init_html_parser();

}  // namespace parley
