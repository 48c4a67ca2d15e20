// What of a page's bytes the HTML5 parser is given. Two things are cut before
// parsing, by a light byte-wise scan that knows tags, quoted attribute values
// and comments:
//  - the content of <script> (except JSON-LD metadata) and <style>, about 60%
//    of a news page's bytes, and of <svg>, <math>, <template> and <noscript>,
//    10% of the rest: never article text, and most of what MyHTML's tokenizer
//    would spend its time copying;
//  - the attributes that parley does not read (src, srcset, data-*, event
//    handlers, the href of links): 38% of what is left;
//  - start tags nested deeper than kMaxDepth (and their end tags): MyHTML's
//    tree builder scans the stack of open elements for every tag, so 100,000
//    nested <div>s would take half a minute; browsers cap the depth too.
#pragma once

#include <string>
#include <string_view>

namespace parley {

constexpr int kMaxDepth = 256;

// Writes to `out` the markup to parse: `html` without what is cut.
void filter_markup(std::string_view html, std::string& out);

}  // namespace parley
