#include "extract/html_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <climits>
#include <cstring>
#include <vector>

#include "util/strings.h"

namespace parley {

namespace {

bool name_is(const xmlNode* n, const char* name) {
  return n->name && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool is_skipped(const xmlNode* n) {
  for (const char* tag : {"script", "style", "noscript", "template", "svg", "nav", "footer", "header",
                          "aside", "form", "iframe", "button", "select", "figure", "figcaption",
                          "head", "object", "canvas", "video", "audio"})
    if (name_is(n, tag)) return true;
  return false;
}

bool is_text_block(const xmlNode* n) {
  for (const char* tag : {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"})
    if (name_is(n, tag)) return true;
  return false;
}

// Walks the tree without recursion, so that 100k nested tags cannot overflow the stack.
class TextCollector {
 public:
  std::string run(xmlNode* root) {
    struct Frame {
      xmlNode* node;
      bool leaving;
    };
    std::vector<Frame> stack{{root, false}};
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      if (f.leaving) {
        if (is_text_block(f.node)) --depth_, flush();
        continue;
      }
      xmlNode* n = f.node;
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (depth_ > 0 && n->content) append_text(reinterpret_cast<const char*>(n->content));
        continue;
      }
      if (n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE &&
          n->type != XML_HTML_DOCUMENT_NODE)
        continue;
      if (n->type == XML_ELEMENT_NODE) {
        if (is_skipped(n)) continue;
        if (name_is(n, "br")) {
          if (depth_ > 0) current_ += '\n';
          continue;
        }
        if (is_text_block(n)) flush(), ++depth_;
      }
      stack.push_back({n, true});
      // Children pushed in reverse so that they are visited in document order.
      std::vector<xmlNode*> children;
      for (xmlNode* c = n->children; c; c = c->next) children.push_back(c);
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
    }
    flush();
    return std::move(out_);
  }

 private:
  void append_text(const char* s) {
    for (; *s; ++s) {
      const char c = *s;
      if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
        if (!current_.empty() && current_.back() != ' ' && current_.back() != '\n') current_ += ' ';
      } else {
        current_ += c;
      }
    }
  }
  void flush() {
    std::string block;
    for (std::string_view line : split(current_, '\n')) {
      line = trim(line);
      if (line.empty()) continue;
      if (!block.empty()) block += '\n';
      block += line;
    }
    current_.clear();
    if (block.empty()) return;
    if (!out_.empty()) out_ += "\n\n";
    out_ += block;
  }

  std::string out_;
  std::string current_;
  int depth_ = 0;  // how many text blocks enclose the current node
};

std::string title_of(xmlNode* root) {
  std::vector<xmlNode*> stack{root};
  while (!stack.empty()) {
    xmlNode* n = stack.back();
    stack.pop_back();
    if (n->type == XML_ELEMENT_NODE && name_is(n, "title")) {
      xmlChar* content = xmlNodeGetContent(n);
      std::string t = content ? collapse_space(reinterpret_cast<const char*>(content)) : "";
      xmlFree(content);
      return t;
    }
    if (n->type == XML_ELEMENT_NODE && name_is(n, "body")) continue;
    for (xmlNode* c = n->children; c; c = c->next) stack.push_back(c);
  }
  return {};
}

// libxml2 guesses ISO-8859-1 for a page that declares no charset; parley's
// inputs are UTF-8 unless the page says otherwise.
bool declares_charset(std::string_view html) {
  const std::string head = ascii_lower(html.substr(0, 4096));
  return head.find("charset") != std::string::npos || head.starts_with("\xef\xbb\xbf");
}

}  // namespace

void init_html_parser() { xmlInitParser(); }

HtmlText html_to_text(std::string_view html) {
  HtmlText result;
  if (html.size() > INT_MAX) return result;
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr,
                                  declares_charset(html) ? nullptr : "UTF-8", options);
  if (!doc) return result;
  xmlNode* root = reinterpret_cast<xmlNode*>(doc);
  result.title = title_of(root);
  result.text = TextCollector().run(root);
  xmlFreeDoc(doc);
  return result;
}

}  // namespace parley
