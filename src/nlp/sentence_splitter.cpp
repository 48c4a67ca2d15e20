#include "nlp/sentence_splitter.h"

#include <algorithm>

#include "util/utf8.h"

namespace parley {

namespace {

struct View {
  std::string_view text;
  const std::vector<Token>& tokens;

  std::string_view str(size_t k) const {
    return text.substr(tokens[k].span.begin, tokens[k].span.size());
  }
  char32_t first_char(size_t k) const {
    int len = 0;
    return utf8::decode(text, tokens[k].span.begin, len);
  }
  // Line breaks between token k-1 and token k.
  int newlines_before(size_t k) const {
    if (k == 0) return 0;
    const auto gap = text.substr(tokens[k - 1].span.end,
                                 tokens[k].span.begin - tokens[k - 1].span.end);
    return static_cast<int>(std::count(gap.begin(), gap.end(), '\n'));
  }
  bool is(size_t k, std::string_view s) const { return str(k) == s; }
};

bool ends_clause(const View& v, size_t k) {
  const auto& t = v.tokens[k];
  if (t.kind == TokenKind::Ellipsis || t.kind == TokenKind::Quote) return true;
  if (t.kind != TokenKind::Punct) return false;
  const auto s = v.str(k);
  return s == "." || s == "!" || s == "?" || s == ":" || s == ";" || s == ")";
}

// A text is hard-wrapped when most single line breaks fall where no sentence or
// clause ends.
bool is_hard_wrapped(const View& v) {
  int single = 0, mid_sentence = 0;
  for (size_t k = 1; k < v.tokens.size(); ++k) {
    if (v.newlines_before(k) != 1) continue;
    ++single;
    if (!ends_clause(v, k - 1)) ++mid_sentence;
  }
  return single >= 3 && mid_sentence * 2 >= single;
}

bool is_closing(const View& v, size_t k) {
  const auto& t = v.tokens[k];
  if (t.space_before) return false;
  return t.kind == TokenKind::Quote || v.is(k, ")") || v.is(k, "]");
}

// Can token k start a sentence after a full stop?
bool can_open_sentence(const View& v, size_t k) {
  const auto& t = v.tokens[k];
  if (t.kind == TokenKind::Bullet || t.kind == TokenKind::Quote) return true;
  if (v.is(k, "(") || v.is(k, "[")) return true;
  const char32_t c = v.first_char(k);
  return utf8::is_upper(c) || utf8::is_digit(c);
}

}  // namespace

void SentenceSplitter::split(std::string_view text, const std::vector<Token>& tokens, std::vector<Sentence>& out,
                             const SentenceModel* model, std::span<const SentenceModel::Input> inputs) const {
  const View v{text, tokens};
  const bool wrapped = is_hard_wrapped(v);
  const size_t n = tokens.size();
  uint32_t paragraph = 0;
  size_t start = 0;

  auto close = [&](size_t end) {
    if (end <= start) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(start);
    s.end_token = static_cast<uint32_t>(end);
    s.span = {tokens[start].span.begin, tokens[end - 1].span.end};
    s.paragraph = paragraph;
    out.push_back(s);
    start = end;
  };

  // Does a sentence end after token k (and its closing marks, up to j)?
  auto ends_after = [&](size_t k, size_t j) {
    if (j >= n) return true;
    const auto& t = tokens[k];
    const auto s = v.str(k);
    if (t.kind == TokenKind::Punct && (s == "!" || s == "?")) return can_open_sentence(v, j);
    if (t.kind == TokenKind::Punct && s == ".") return can_open_sentence(v, j);
    if (t.kind == TokenKind::Ellipsis) return utf8::is_upper(v.first_char(j));
    if (t.kind == TokenKind::Word && s.size() > 1 && s.back() == '.') {
      const AbbreviationClass* c = words_.find(s);
      const bool initial = s.size() == 2 && utf8::is_upper(v.first_char(k));
      if (initial || (c && *c != AbbreviationClass::Other)) return false;
      return words_.is_sentence_starter(v.str(j));
    }
    return false;
  };

  for (size_t k = 0; k < n; ++k) {
    const int breaks = v.newlines_before(k);
    if (breaks >= 2) {
      close(k);
      ++paragraph;
    } else if (breaks == 1 && (!wrapped || tokens[k].kind == TokenKind::Bullet ||
                               (k > 0 && ends_clause(v, k - 1)))) {
      close(k);
    }
    if (k + 1 - start >= kMaxTokens) {
      close(k + 1);
      continue;
    }
    if (model) {
      if (k + 1 < n && model->ends_after(inputs, k, k + 1 - start)) close(k + 1);
      continue;
    }
    size_t j = k + 1;
    while (j < n && is_closing(v, j) && v.newlines_before(j) == 0) ++j;
    if (ends_after(k, j)) {
      // Closing marks stay with the sentence they close.
      while (k + 1 < j) ++k;
      close(k + 1);
    }
  }
  close(n);
}

}  // namespace parley
