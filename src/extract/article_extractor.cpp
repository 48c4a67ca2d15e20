#include "extract/article_extractor.h"

#include <algorithm>

#include "extract/tag_roles.h"
#include "extract/text_blocks.h"
#include "util/strings.h"

namespace parley {

namespace {

constexpr uint32_t kProseWords = 10;        // a prose paragraph has at least this many words
constexpr double kProseLinkDensity = 0.33;  // and at most this share of link text
constexpr double kArticleShare = 0.7;       // the article holds this share of the prose
constexpr double kProtectedShare = 0.5;     // an element with this share of the prose is not furniture
constexpr double kLinkListDensity = 0.5;    // a paragraph with more link text is a link list

// ARIA landmark roles of page furniture.
bool is_furniture_role(std::string_view role) {
  for (const char* r : {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
                        "dialog", "alertdialog", "toolbar"})
    if (role == r) return true;
  return false;
}

// Letters and digits only, lower case: "Trump's Visit | CNN" -> "trumpsvisitcnn".
std::string squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c + 32);
  }
  return out;
}

bool repeats_title(std::string_view heading, const std::string& squeezed_title) {
  const std::string h = squeeze(heading);
  return h.size() >= 8 && squeezed_title.find(h) != std::string::npos;
}

class Extraction {
 public:
  Extraction(const Dom& dom, const ClassWords& words, std::string_view title)
      : dom_(dom), words_(words), title_(squeeze(title)), removed_(dom.nodes.size(), 0) {}

  ExtractedText run() {
    const std::vector<double> prose = prose_weights(text_blocks(dom_, removed_));
    remove_furniture(prose);
    blocks_ = text_blocks(dom_, removed_);
    choose_blocks(find_article(prose_weights(blocks_)));
    return std::move(out_);
  }

 private:
  // Step 1: marks furniture subtrees as removed, outermost first. An element
  // that holds most of the page's prose is the article's container, whatever
  // its tag or class says (<form> around a whole page, WordPress's
  // <article class="tag-books author-tony">).
  void remove_furniture(const std::vector<double>& prose) {
    const double protected_weight = kProtectedShare * prose[0];
    for (uint32_t i = 1; i < dom_.nodes.size(); ++i) {
      const DomNode& n = dom_.nodes[i];
      if (dom_.is_text(i)) continue;
      const bool skip = n.role == TagRole::Skip;
      if (!skip && prose[i] > 0 && prose[i] >= protected_weight) continue;
      const std::string reason = skip ? "skip" : furniture_reason(i);
      if (reason.empty()) continue;
      std::fill(removed_.begin() + i, removed_.begin() + n.end, 1);
      if (!skip) note(reason, dom_.text_of(i));
      i = n.end - 1;
    }
  }

  std::string furniture_reason(uint32_t i) const {
    const DomNode& n = dom_.nodes[i];
    if (n.hidden) return "hidden";
    if (n.role == TagRole::Boilerplate || n.role == TagRole::Caption) return "tag " + std::string(tag_name(n.tag));
    if (is_furniture_role(dom_.attribute(i, "role"))) return "role " + std::string(dom_.attribute(i, "role"));
    const ClassVerdict v = words_.judge(dom_.attribute(i, "class"), dom_.attribute(i, "id"));
    if (v.role == ClassRole::Remove) return "class word \"" + v.word + "\"";
    return {};
  }

  // The prose weight of every node's subtree: the text of its prose paragraphs.
  std::vector<double> prose_weights(const std::vector<TextBlock>& blocks) const {
    std::vector<double> weight(dom_.nodes.size(), 0);
    for (const auto& b : blocks)
      if (is_prose(b)) weight[b.owner] += static_cast<double>(b.text.size() - b.link_bytes);
    for (uint32_t i = static_cast<uint32_t>(dom_.nodes.size()); i-- > 1;) weight[dom_.nodes[i].parent] += weight[i];
    return weight;
  }

  bool is_prose(const TextBlock& b) const {
    return b.kind != TagRole::Heading && b.words >= kProseWords && b.link_density() <= kProseLinkDensity;
  }

  // Step 2: the deepest element that holds kArticleShare of the prose weight.
  uint32_t find_article(const std::vector<double>& weight) const {
    const double need = kArticleShare * weight[0];
    uint32_t article = 0;
    for (bool deeper = need > 0; deeper;) {
      deeper = false;
      for (uint32_t c = article + 1; c < dom_.nodes[article].end; c = dom_.nodes[c].end)
        if (weight[c] >= need) {
          article = c;
          deeper = true;
          break;
        }
    }
    return article;
  }

  bool inside(uint32_t node, uint32_t article) const { return node >= article && node < dom_.nodes[article].end; }

  // Step 3: the paragraphs of the article that are body.
  void choose_blocks(uint32_t article) {
    size_t first_prose = blocks_.size();
    for (size_t k = 0; k < blocks_.size(); ++k)
      if (inside(blocks_[k].owner, article) && is_prose(blocks_[k])) {
        first_prose = k;
        break;
      }
    std::vector<const TextBlock*> kept;
    for (size_t k = 0; k < blocks_.size(); ++k) {
      const TextBlock& b = blocks_[k];
      std::string reason = block_reason(b, k, article, first_prose);
      if (!reason.empty()) {
        note(reason, b.text);
        continue;
      }
      kept.push_back(&b);
    }
    // A heading is body only when body text follows it.
    while (!kept.empty() && kept.back()->kind == TagRole::Heading) {
      note("heading at the end", kept.back()->text);
      kept.pop_back();
    }
    for (const TextBlock* b : kept) {
      if (!out_.text.empty()) out_.text += "\n\n";
      out_.text += b->text;
    }
  }

  std::string block_reason(const TextBlock& b, size_t k, uint32_t article, size_t first_prose) const {
    if (!inside(b.owner, article)) return "outside the article";
    if (k < first_prose) return "before the article's text";
    if (b.link_density() > kLinkListDensity) return "links";
    if (b.kind == TagRole::Heading && repeats_title(b.text, title_)) return "title";
    return {};
  }

  // Records removed text; a run of blocks removed for the same reason is one entry.
  void note(const std::string& reason, std::string_view text) {
    if (trim(text).empty()) return;
    if (!out_.removed.empty() && out_.removed.back().rule == reason) {
      out_.removed.back().text += "\n";
      out_.removed.back().text += text;
    } else {
      out_.removed.push_back({reason, std::string(text)});
    }
  }

  const Dom& dom_;
  const ClassWords& words_;
  std::string title_;
  std::vector<uint8_t> removed_;
  std::vector<TextBlock> blocks_;
  ExtractedText out_;
};

}  // namespace

ExtractedText ArticleExtractor::extract(const Dom& dom, std::string_view title) const {
  if (dom.nodes.empty()) return {};
  return Extraction(dom, words_, title).run();
}

}  // namespace parley
