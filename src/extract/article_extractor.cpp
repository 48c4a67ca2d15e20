#include "extract/article_extractor.h"

#include <algorithm>

#include "extract/tag_roles.h"
#include "extract/text_blocks.h"
#include "util/strings.h"

namespace parley {

namespace {

constexpr uint32_t kProseWords = 10;        // a prose paragraph has at least this many words
constexpr double kProseLinkDensity = 0.33;  // and at most this share of link text
// How much of a paragraph's weight counts for the element around it, the one
// around that, and so on.
constexpr double kAncestorShares[] = {1.0, 0.5, 0.25};
constexpr double kSiblingShare = 0.2;
constexpr int kClimbLevels = 5;
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
    remove_invisible();
    const std::vector<double> prose = prose_weights(text_blocks(dom_, removed_));
    remove_furniture(prose);
    blocks_ = text_blocks(dom_, removed_);
    find_article();
    choose_blocks();
    return std::move(out_);
  }

 private:
  // Scripts, styles and hidden elements are never text, wherever they are.
  void remove_invisible() {
    for (uint32_t i = 1; i < dom_.nodes.size(); ++i) {
      const DomNode& n = dom_.nodes[i];
      if (dom_.is_text(i) || (n.role != TagRole::Skip && !n.hidden)) continue;
      std::fill(removed_.begin() + i, removed_.begin() + n.end, 1);
      if (n.role != TagRole::Skip) note("hidden", dom_.text_of(i));
      i = n.end - 1;
    }
  }

  // Step 1: marks furniture subtrees as removed, outermost first. An element
  // that holds most of the page's prose is the article's container, whatever
  // its tag or class says (<form> around a whole page, WordPress's
  // <article class="tag-books author-tony">).
  void remove_furniture(const std::vector<double>& prose) {
    const double protected_weight = kProtectedShare * prose[0];
    for (uint32_t i = 1; i < dom_.nodes.size(); ++i) {
      const DomNode& n = dom_.nodes[i];
      if (removed_[i]) {
        i = n.end - 1;
        continue;
      }
      if (dom_.is_text(i) || (prose[i] > 0 && prose[i] >= protected_weight)) continue;
      const std::string reason = furniture_reason(i);
      if (reason.empty()) continue;
      std::fill(removed_.begin() + i, removed_.begin() + n.end, 1);
      note(reason, dom_.text_of(i));
      i = n.end - 1;
    }
  }

  std::string furniture_reason(uint32_t i) const {
    const DomNode& n = dom_.nodes[i];
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

  // Step 2: the element whose paragraphs hold the most prose. A paragraph's
  // weight counts fully for the element around it and less for each one
  // further out, as in Readability: the article's paragraphs are siblings in
  // one element, while a list of story teasers spreads its text over an
  // element per teaser.
  uint32_t best_element() const {
    std::vector<double> score(dom_.nodes.size(), 0);
    for (const auto& b : blocks_) {
      if (!is_prose(b)) continue;
      uint32_t n = b.owner;
      for (double share : kAncestorShares) {
        if (n == 0) break;
        n = dom_.nodes[n].parent;
        score[n] += weight(b) * share;
      }
    }
    return static_cast<uint32_t>(std::max_element(score.begin(), score.end()) - score.begin());
  }

  // Step 2, continued: an article split into several elements (around an ad,
  // a photo) is found again by looking at the siblings of the best element and
  // of its ancestors, kClimbLevels up: a sibling joins when its largest run of
  // sibling paragraphs is at least kSiblingShare of the best element's.
  void find_article() {
    std::vector<double> run(dom_.nodes.size(), 0);   // prose of the paragraphs directly inside
    for (const auto& b : blocks_)
      if (is_prose(b) && b.owner != 0) run[dom_.nodes[b.owner].parent] += weight(b);
    std::vector<double> best_run = run;               // the largest run in the subtree
    for (uint32_t i = static_cast<uint32_t>(dom_.nodes.size()); i-- > 1;) {
      double& up = best_run[dom_.nodes[i].parent];
      up = std::max(up, best_run[i]);
    }
    uint32_t top = best_element();
    parts_ = {top};
    const double need = kSiblingShare * run[top];
    for (int level = 0; level < kClimbLevels && top != 0; ++level) {
      const uint32_t parent = dom_.nodes[top].parent;
      for (uint32_t c = parent + 1; c < dom_.nodes[parent].end; c = dom_.nodes[c].end)
        if (c != top && !dom_.is_text(c) && !removed_[c] && best_run[c] > 0 && best_run[c] >= need)
          parts_.push_back(c);
      top = parent;
    }
  }

  static double weight(const TextBlock& b) { return static_cast<double>(b.text.size() - b.link_bytes); }

  bool in_article(uint32_t node) const {
    for (uint32_t part : parts_)
      if (node >= part && node < dom_.nodes[part].end) return true;
    return false;
  }

  // Step 3: the paragraphs of the article that are body.
  void choose_blocks() {
    // A page without prose (a short note, a list) keeps all its blocks.
    size_t first_prose = 0;
    for (size_t k = 0; k < blocks_.size(); ++k)
      if (in_article(blocks_[k].owner) && is_prose(blocks_[k])) {
        first_prose = k;
        break;
      }
    std::vector<const TextBlock*> kept;
    for (size_t k = 0; k < blocks_.size(); ++k) {
      const TextBlock& b = blocks_[k];
      std::string reason = block_reason(b, k, first_prose);
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

  std::string block_reason(const TextBlock& b, size_t k, size_t first_prose) const {
    if (!in_article(b.owner)) return "outside the article";
    if (k < first_prose && b.words < kProseWords) return "before the article's text";
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
  std::vector<uint32_t> parts_;        // the elements that hold the article
  ExtractedText out_;
};

}  // namespace

ExtractedText ArticleExtractor::extract(const Dom& dom, std::string_view title) const {
  if (dom.nodes.empty()) return {};
  return Extraction(dom, words_, title).run();
}

}  // namespace parley
