// What of a page's bytes the HTML5 parser is given. Two things are cut before
// parsing, by a light byte-wise scan that knows tags, quoted attribute values
// and comments:
//  - the content of <script> (except JSON-LD metadata) and <style>, about 60%
//    of a news page's bytes, and of <svg>, <math>, <template> and <noscript>,
//    10% of the rest: never article text, and most of what MyHTML's tokenizer
//    would spend its time copying;
//  - start tags nested deeper than kMaxDepth (and their end tags): MyHTML's
//    tree builder scans the stack of open elements for every tag, so 100,000
//    nested <div>s would take half a minute; browsers cap the depth too.
#pragma once

#include <string_view>
#include <vector>

namespace parley {

constexpr int kMaxDepth = 256;

// The pieces of `html` to parse, in order; together they are `html` without
// the cut ranges.
std::vector<std::string_view> filter_markup(std::string_view html);

}  // namespace parley
