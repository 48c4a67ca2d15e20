#include "extract/markup_filter.h"

#include <array>
#include <cstring>

#include "util/strings.h"

namespace parley {

namespace {

constexpr size_t npos = std::string_view::npos;

bool is_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char lower(char c) { return is_alpha(c) ? static_cast<char>(c | 0x20) : c; }

// Elements that never have content, or whose end tag may be left out: they do
// not deepen the tree (an unclosed <p> is closed by the next one).
bool never_nests(std::string_view name) {
  static constexpr std::array<std::string_view, 26> kTags = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp"};
  if (name.size() > 8 || name == "div" || name == "span" || name == "a") return false;   // the usual tags, quickly
  for (auto t : kTags)
    if (name == t) return true;
  return false;
}

// Elements whose content is never text: scripts, styles, inline SVG drawings
// and MathML, templates, and what is shown only without scripts.
bool is_never_text(std::string_view name) {
  return name == "script" || name == "style" || name == "svg" || name == "math" || name == "template" ||
         name == "noscript";
}

// The attributes that the Dom keeps (html_parser.cpp) or that hide an element;
// a link's href only on <link> (the canonical URL).
bool is_read(std::string_view attribute, std::string_view tag) {
  static constexpr std::array<std::string_view, 17> kNames = {
      "class", "id", "role", "itemprop", "itemtype", "name", "property", "content", "rel", "lang",
      "type", "datetime", "hidden", "aria-hidden", "http-equiv", "charset", "style"};
  if (attribute.size() > 11) return false;
  char buffer[11];
  for (size_t k = 0; k < attribute.size(); ++k) buffer[k] = lower(attribute[k]);
  const std::string_view a(buffer, attribute.size());
  if (a == "href") return tag == "link";
  for (auto n : kNames)
    if (a == n) return true;
  return false;
}

// Index of the '>' that ends the tag opened at html[lt], or npos. A quote
// starts a value only right after '=' (as in the HTML5 tokenizer), so a stray
// quote in a tag does not swallow the page. Jumps from quote to quote.
size_t tag_end(std::string_view html, size_t lt) {
  for (size_t i = lt + 1; i < html.size();) {
    while (i < html.size() && html[i] != '>' && html[i] != '"' && html[i] != '\'') ++i;   // not find_first_of: a call a byte
    if (i == html.size()) return npos;
    if (html[i] == '>') return i;
    size_t before = i;
    while (before > lt && is_html_space(html[before - 1])) --before;
    if (html[before - 1] == '=') {
      i = html.find(html[i], i + 1);
      if (i == npos) return npos;
    }
    ++i;
  }
  return npos;
}

// Where "</name" (any case, then space, '/' or '>') first occurs from `from`.
size_t find_end_tag(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != npos; i = html.find("</", i + 2)) {
    const size_t after = i + 2 + name.size();
    if (after > html.size()) return npos;
    bool same = true;
    for (size_t k = 0; k < name.size() && same; ++k) same = lower(html[i + 2 + k]) == name[k];
    if (same && (after == html.size() || is_html_space(html[after]) || html[after] == '/' || html[after] == '>'))
      return i;
  }
  return npos;
}

// The scan's state: the pieces so far and where the current piece began.
class Filter {
 public:
  Filter(std::string_view html, std::string& out) : html_(html), out_(out) {}

  void run() {
    size_t pos = 0;
    while (pos < html_.size()) {
      const size_t lt = html_.find('<', pos);
      if (lt == npos || lt + 1 >= html_.size()) break;
      pos = step(lt);
      if (pos == npos) break;
    }
    cut(html_.size(), html_.size());
  }

 private:
  // Handles the markup at html_[lt]; returns where to scan on, npos at the end.
  size_t step(size_t lt) {
    if (html_.compare(lt, 4, "<!--") == 0) {
      const size_t end = html_.find("-->", lt + 4);
      return end == npos ? npos : end + 3;
    }
    const bool closing = html_[lt + 1] == '/';
    const size_t name_begin = lt + (closing ? 2 : 1);
    if (name_begin >= html_.size() || !is_alpha(html_[name_begin])) return lt + 1;
    size_t name_end = name_begin;
    while (name_end < html_.size() && !is_html_space(html_[name_end]) && html_[name_end] != '>' &&
           html_[name_end] != '/' && name_end - name_begin < 16)
      ++name_end;
    char buffer[16];
    const size_t length = name_end - name_begin;
    for (size_t k = 0; k < length; ++k) buffer[k] = lower(html_[name_begin + k]);
    const std::string_view name(buffer, length);
    const size_t gt = tag_end(html_, lt);
    if (gt == npos) return npos;
    if (closing) return end_tag(lt, gt, name);
    if (is_never_text(name)) {
      copy_tag(lt, name_end, gt, name);
      return cut_content(lt, gt, name);
    }
    if (!never_nests(name) && html_[gt - 1] != '/') {
      if (depth_ >= kMaxDepth) {
        cut(lt, gt + 1);
        ++dropped_;
        return gt + 1;
      }
      ++depth_;
    }
    copy_tag(lt, name_end, gt, name);
    return gt + 1;
  }

  // The start tag at html_[lt..gt] with only the attributes parley reads; the
  // tag stays as it is when it has no others.
  void copy_tag(size_t lt, size_t name_end, size_t gt, std::string_view name) {
    tag_.assign(html_.substr(lt, name_end - lt));
    bool dropped = false;
    for (size_t p = name_end; p < gt;) {
      while (p < gt && (is_html_space(html_[p]) || html_[p] == '/')) ++p;
      const size_t begin = p;
      while (p < gt && !is_html_space(html_[p]) && html_[p] != '=' && html_[p] != '/') ++p;
      const size_t attribute_name_end = p;
      while (p < gt && is_html_space(html_[p])) ++p;
      if (p < gt && html_[p] == '=') {
        ++p;
        while (p < gt && is_html_space(html_[p])) ++p;
        if (p < gt && (html_[p] == '"' || html_[p] == '\'')) {
          const size_t close = html_.find(html_[p], p + 1);
          p = close == npos || close >= gt ? gt : close + 1;   // never backwards, never past the tag
        } else {
          while (p < gt && !is_html_space(html_[p])) ++p;
        }
      }
      if (p == begin) break;
      if (is_read(html_.substr(begin, attribute_name_end - begin), name)) {
        tag_ += ' ';
        tag_.append(html_.substr(begin, p - begin));
      } else {
        dropped = true;
      }
    }
    if (!dropped) return;
    tag_ += html_[gt - 1] == '/' ? "/>" : ">";
    cut(lt, gt + 1);
    out_ += tag_;
  }

  size_t end_tag(size_t lt, size_t gt, std::string_view name) {
    if (never_nests(name)) return gt + 1;
    if (dropped_ > 0) {
      cut(lt, gt + 1);
      --dropped_;
    } else if (depth_ > 0) {
      --depth_;
    }
    return gt + 1;
  }

  // The element's content is cut, unless it is a JSON-LD script, which the
  // metadata reader needs.
  size_t cut_content(size_t lt, size_t gt, std::string_view name) {
    const size_t close = find_end_tag(html_, gt + 1, name);
    const bool keep = name == "script" && ascii_lower(html_.substr(lt, gt - lt)).find("ld+json") != npos;
    if (!keep) cut(gt + 1, close == npos ? html_.size() : close);
    return close == npos ? npos : close + 2;
  }

  // Copies the input up to `from` and goes on at `to`.
  void cut(size_t from, size_t to) {
    if (from > begin_) out_.append(html_.substr(begin_, from - begin_));
    begin_ = to;
  }

  std::string_view html_;
  std::string& out_;
  std::string tag_;                  // a start tag being rewritten
  size_t begin_ = 0;
  int depth_ = 0;
  int dropped_ = 0;
};

}  // namespace

void filter_markup(std::string_view html, std::string& out) {
  out.clear();
  out.reserve(html.size() / 2);
  Filter(html, out).run();
}

}  // namespace parley
