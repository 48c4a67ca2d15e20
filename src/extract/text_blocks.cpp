#include "extract/text_blocks.h"

#include "util/strings.h"
#include "util/utf8.h"

namespace parley {

namespace {

bool starts_paragraph(TagRole r) {
  return r == TagRole::Block || r == TagRole::Heading || r == TagRole::ListItem || r == TagRole::Row ||
         r == TagRole::Pre;
}


// Chinese and Japanese are written without spaces: each of their characters
// counts as a word (kana and CJK ideographs; Korean puts spaces between words).
bool is_cjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

uint32_t count_words(std::string_view s) {
  uint32_t n = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.size();) {
    int length = 1;
    const char32_t cp = static_cast<unsigned char>(s[i]) < 0x80 ? static_cast<unsigned char>(s[i]) : utf8::decode(s, i, length);
    i += static_cast<size_t>(length);
    if (is_cjk(cp)) {
      ++n;
      in_word = false;
      continue;
    }
    const bool space = cp < 0x80 && is_html_space(static_cast<char>(cp));
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

class BlockBuilder {
 public:
  BlockBuilder(const Dom& dom, const std::vector<uint8_t>& removed) : dom_(dom), removed_(removed) {}

  std::vector<TextBlock> run() {
    const auto& nodes = dom_.nodes;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      close_until(i);
      const DomNode& n = nodes[i];
      if (removed_[i] || (!dom_.is_text(i) && n.role == TagRole::Skip)) {
        i = n.end - 1;
        continue;
      }
      if (dom_.is_text(i)) {
        append(n.text, links_ > 0);
      } else if (starts_paragraph(n.role)) {
        flush();
        open_.push_back({i, n.end, n.role});
        if (n.role == TagRole::Pre) ++pre_;
      } else if (n.role == TagRole::Link) {
        ++links_;
        open_.push_back({i, n.end, n.role});
      } else if (n.role == TagRole::Cell) {
        separate(' ');
      } else if (n.role == TagRole::Break) {
        separate('\n');
      }
    }
    close_until(static_cast<uint32_t>(nodes.size()));
    flush();
    return std::move(blocks_);
  }

 private:
  struct Open {
    uint32_t node, end;
    TagRole role;
  };

  // Closes the elements that end before node i.
  void close_until(uint32_t i) {
    while (!open_.empty() && open_.back().end <= i) {
      if (open_.back().role == TagRole::Link) --links_;
      else flush();
      if (open_.back().role == TagRole::Pre) --pre_;
      open_.pop_back();
    }
  }

  const Open* owner() const {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it)
      if (it->role != TagRole::Link) return &*it;
    return nullptr;
  }

  void append(std::string_view text, bool link) {
    const size_t before = current_.size();
    if (pre_ > 0) {
      current_.append(text);
    } else {
      for (char c : text) {
        if (!is_html_space(c)) current_ += c;
        else if (!current_.empty() && !is_html_space(current_.back())) current_ += ' ';
      }
    }
    if (link) link_bytes_ += static_cast<uint32_t>(current_.size() - before);
  }

  void separate(char c) {
    while (!current_.empty() && current_.back() == ' ') current_.pop_back();
    if (!current_.empty() && current_.back() != '\n') current_ += c;
  }

  void flush() {
    if (current_.empty()) return;
    std::string text;
    if (current_.find('\n') == std::string::npos) {
      text = trim(current_);
    } else {
      for (std::string_view line : split(current_, '\n')) {
        line = trim(line);
        if (line.empty()) continue;
        if (!text.empty()) text += '\n';
        text += line;
      }
    }
    if (!text.empty()) {
      const Open* o = owner();
      TextBlock b;
      b.owner = o ? o->node : 0;
      b.kind = o ? o->role : TagRole::Block;
      b.link_bytes = std::min<uint32_t>(link_bytes_, static_cast<uint32_t>(text.size()));
      b.words = count_words(text);
      b.text = std::move(text);
      blocks_.push_back(std::move(b));
    }
    current_.clear();
    link_bytes_ = 0;
  }

  const Dom& dom_;
  const std::vector<uint8_t>& removed_;
  std::vector<Open> open_;
  std::vector<TextBlock> blocks_;
  std::string current_;
  uint32_t link_bytes_ = 0;
  int links_ = 0;   // open links around the current node
  int pre_ = 0;     // open <pre>s around it
};

}  // namespace

std::vector<TextBlock> text_blocks(const Dom& dom, const std::vector<uint8_t>& removed) {
  return BlockBuilder(dom, removed).run();
}

}  // namespace parley
