#include "events/quote_finder.h"

namespace parley {

namespace {
bool is_opening(std::string_view s) { return s == "\u201C" || s == "\u00AB" || s == "\u201E"; }
bool is_closing(std::string_view s) { return s == "\u201D" || s == "\u00BB"; }
bool is_straight(std::string_view s) { return s == "\"" || s == "``" || s == "''"; }
}  // namespace

std::vector<QuoteRegion> find_quote_regions(const Document& doc) {
  std::vector<QuoteRegion> regions;
  bool open = false;
  QuoteRegion current;
  uint32_t paragraph = UINT32_MAX;
  uint32_t paragraph_end = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.paragraph != paragraph) {
      if (open) {  // a quote left open runs to the end of its paragraph
        current.close = paragraph_end;
        current.closed = false;
        regions.push_back(current);
        open = false;
      }
      paragraph = sentence.paragraph;
    }
    paragraph_end = sentence.end_token;
    for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
      if (doc.tokens[k].kind != TokenKind::Quote) continue;
      const auto mark = doc.token_text(k);
      const bool straight = is_straight(mark);
      if (!open && (is_opening(mark) || straight)) {
        current = QuoteRegion{k, k, s, true};
        open = true;
      } else if (open && (is_closing(mark) || straight)) {
        current.close = k;
        regions.push_back(current);
        open = false;
      }
    }
  }
  if (open) {
    current.close = paragraph_end;
    current.closed = false;
    regions.push_back(current);
  }
  return regions;
}

std::vector<bool> tokens_in_quotes(const Document& doc, const std::vector<QuoteRegion>& regions) {
  std::vector<bool> inside(doc.tokens.size(), false);
  for (const auto& r : regions)
    for (uint32_t k = r.open + 1; k < r.close && k < inside.size(); ++k) inside[k] = true;
  return inside;
}

}  // namespace parley
