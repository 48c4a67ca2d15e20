#include "extract/html_parser.h"

#include <myhtml/api.h>

#include <array>
#include <stdexcept>

#include "extract/charset.h"
#include "extract/markup_filter.h"
#include "util/strings.h"

namespace parley {

namespace {

// One MyHTML instance and tree per thread: MyHTML's objects are not shared
// between threads, and reusing a tree saves its allocations.
class MyHtml {
 public:
  MyHtml() : myhtml_(myhtml_create()), tree_(myhtml_tree_create()) {
    if (!myhtml_ || myhtml_init(myhtml_, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK ||
        !tree_ || myhtml_tree_init(tree_, myhtml_) != MyHTML_STATUS_OK)
      throw std::runtime_error("cannot initialize the HTML parser (MyHTML)");
  }
  ~MyHtml() {
    myhtml_tree_destroy(tree_);
    myhtml_destroy(myhtml_);
  }
  MyHtml(const MyHtml&) = delete;
  MyHtml& operator=(const MyHtml&) = delete;

  myhtml_tree_t* parse(std::string_view html, const Charset& charset) {
    auto encoding = static_cast<myencoding_t>(charset.encoding);
    if (is_utf16(encoding)) {
      utf8_ = utf16_to_utf8(html, encoding == MyENCODING_UTF_16LE);
      html = utf8_;
      encoding = MyENCODING_UTF_8;
    }
    // One contiguous buffer: MyHTML looks up its input chunks in a list, so
    // feeding it thousands of pieces would cost time quadratic in their number.
    if (is_ascii_compatible(encoding)) {
      filter_markup(html, filtered_);
      html = filtered_;
    }
    myhtml_parse_single(tree_, encoding, html.data(), html.size());
    return tree_;
  }

 private:
  myhtml_t* myhtml_;
  myhtml_tree_t* tree_;
  std::string utf8_;       // a UTF-16 page converted
  std::string filtered_;   // the page without what filter_markup cuts
};

// The attributes the extractor and the metadata reader look at, as static
// strings; the others (src, data-*, event handlers) are not copied.
std::string_view wanted(std::string_view name) {
  static constexpr std::array<std::string_view, 17> kNames = {
      "class", "id", "role", "itemprop", "itemtype", "name", "property", "content", "rel", "href",
      "lang", "type", "datetime", "hidden", "aria-hidden", "http-equiv", "charset"};
  // Most attributes of a page are data-*, src, alt, style, width: out at once.
  if (name.empty() || name.size() > 11 || name.starts_with("data-") || name[0] == 's' || name[0] == 'w') return {};
  for (auto n : kNames)
    if (name == n) return n;
  return {};
}

bool hides(std::string_view name, std::string_view value) {
  if (name == "hidden") return true;
  if (name == "aria-hidden") return value == "true";
  if (name != "style") return false;
  const std::string style = ascii_lower(value);
  for (const char* rule : {"display:none", "display: none", "visibility:hidden", "visibility: hidden"})
    if (style.find(rule) != std::string::npos) return true;
  return false;
}

class DomBuilder {
 public:
  DomBuilder(myhtml_tree_t* tree, const TagRoles& roles, Dom& dom) : tree_(tree), roles_(roles), dom_(dom) {}

  // Pre-order walk with MyHTML's parent links: no recursion, any depth.
  void run() {
    dom_.nodes.push_back(DomNode{0, 0, 0, TagRole::Block, false, 0, 0, {}});
    std::vector<uint32_t> open{0};
    myhtml_tree_node_t* n = myhtml_node_child(myhtml_tree_get_document(tree_));
    while (n) {
      const bool added = add(n, open.back());
      myhtml_tree_node_t* child = added ? myhtml_node_child(n) : nullptr;
      if (child) {
        open.push_back(static_cast<uint32_t>(dom_.nodes.size() - 1));
        n = child;
        continue;
      }
      if (added) dom_.nodes.back().end = static_cast<uint32_t>(dom_.nodes.size());
      while (n && !myhtml_node_next(n)) {
        n = myhtml_node_parent(n);
        if (open.size() <= 1) return finish();
        dom_.nodes[open.back()].end = static_cast<uint32_t>(dom_.nodes.size());
        open.pop_back();
      }
      if (n) n = myhtml_node_next(n);
    }
    finish();
  }

 private:
  void finish() { dom_.nodes[0].end = static_cast<uint32_t>(dom_.nodes.size()); }

  // Appends node n under `parent`; comments and the like are left out.
  bool add(myhtml_tree_node_t* n, uint32_t parent) {
    const myhtml_tag_id_t tag = myhtml_node_tag_id(n);
    if (tag == MyHTML_TAG__COMMENT || tag == MyHTML_TAG__DOCTYPE || tag == MyHTML_TAG__UNDEF) return false;
    DomNode node;
    node.parent = parent;
    node.tag = static_cast<uint16_t>(tag);
    node.hidden = dom_.nodes[parent].hidden;
    if (tag == MyHTML_TAG__TEXT) {
      size_t length = 0;
      const char* text = myhtml_node_text(n, &length);
      node.text = text ? dom_.keep(std::string_view(text, length)) : std::string_view();
    } else {
      node.role = role_of(tag);
      add_attributes(n, node);
    }
    dom_.nodes.push_back(node);
    return true;
  }

  TagRole role_of(myhtml_tag_id_t tag) {
    if (roles_.knows_id(static_cast<uint16_t>(tag))) return roles_.of(static_cast<uint16_t>(tag), {});
    size_t length = 0;
    const char* name = myhtml_tag_name_by_id(tree_, tag, &length);
    return roles_.of(static_cast<uint16_t>(tag), name ? std::string_view(name, length) : std::string_view());
  }

  void add_attributes(myhtml_tree_node_t* n, DomNode& node) {
    node.attr_begin = static_cast<uint32_t>(dom_.attributes.size());
    for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(n); a; a = myhtml_attribute_next(a)) {
      size_t klen = 0, vlen = 0;
      const char* key = myhtml_attribute_key(a, &klen);
      const char* value = myhtml_attribute_value(a, &vlen);
      const std::string_view k = key ? std::string_view(key, klen) : std::string_view();
      const std::string_view v = value ? std::string_view(value, vlen) : std::string_view();
      if (hides(k, v)) node.hidden = true;
      if (const std::string_view name = wanted(k); !name.empty()) dom_.attributes.push_back({name, dom_.keep(v)});
    }
    node.attr_end = static_cast<uint32_t>(dom_.attributes.size());
  }

  myhtml_tree_t* tree_;
  const TagRoles& roles_;
  Dom& dom_;
};

}  // namespace

Dom parse_html(std::string_view bytes, const TagRoles& roles) {
  thread_local MyHtml parser;
  const Charset charset = detect_charset(bytes);
  Dom dom;
  dom.encoding = charset.name;
  myhtml_tree_t* tree = parser.parse(bytes.substr(charset.bom), charset);
  DomBuilder(tree, roles, dom).run();
  return dom;
}

}  // namespace parley
