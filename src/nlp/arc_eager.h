// The arc-eager transition system (Nivre 2003) with its dynamic oracle
// (Goldberg and Nivre 2012): a parser state, the four kinds of transition,
// which are allowed where, and what each would cost against a gold tree, so
// that training can learn from its own mistakes. Word 0 is the root; words
// are 1..n; the root takes one dependent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley {

struct Transition {
  enum Kind : uint8_t { Shift, Reduce, LeftArc, RightArc };
  Kind kind = Shift;
  uint16_t label = 0;
  // Packs a transition into a class id for the classifier, and back.
  int id() const { return kind < LeftArc ? kind : 2 + 2 * label + (kind == RightArc); }
  static Transition from_id(int id) {
    if (id < 2) return {static_cast<Kind>(id), 0};
    return {(id - 2) % 2 ? RightArc : LeftArc, static_cast<uint16_t>((id - 2) / 2)};
  }
  static int count(int labels) { return 2 + 2 * labels; }
};

class ArcEagerState {
 public:
  explicit ArcEagerState(int words);  // words 1..words

  bool terminal() const { return buffer_ > n_; }
  bool allowed(Transition t) const;
  void apply(Transition t);
  // Attaches what is left without a head, so that the result is one tree
  // (to the root's dependent; with none, the first such word becomes it).
  void finish(uint16_t root_label, uint16_t fallback_label);

  // The cost of `t`: the gold arcs it makes unreachable, with a wrong label
  // counting one. `gold_heads`/`gold_labels` are indexed by word (0 unused)
  // and must form a projective tree.
  int cost(Transition t, const std::vector<int>& gold_heads, const std::vector<uint16_t>& gold_labels) const;

  // For features: -1 when absent.
  int stack(size_t i) const { return i < stack_.size() ? stack_[stack_.size() - 1 - i] : -1; }
  int buffer(size_t i) const { return buffer_ + static_cast<int>(i) <= n_ ? buffer_ + static_cast<int>(i) : -1; }
  int head(int w) const { return heads_[static_cast<size_t>(w)]; }
  uint16_t label(int w) const { return labels_[static_cast<size_t>(w)]; }
  // The outermost (k = 0) and next outermost (k = 1) children on each side.
  int leftmost(int w, int k = 0) const { return words_[static_cast<size_t>(w)].left[k]; }
  int rightmost(int w, int k = 0) const { return words_[static_cast<size_t>(w)].right[k]; }
  int left_count(int w) const { return words_[static_cast<size_t>(w)].left_count; }
  int right_count(int w) const { return words_[static_cast<size_t>(w)].right_count; }
  uint64_t left_labels(int w) const { return words_[static_cast<size_t>(w)].left_labels; }
  uint64_t right_labels(int w) const { return words_[static_cast<size_t>(w)].right_labels; }
  const std::vector<int>& heads() const { return heads_; }
  const std::vector<uint16_t>& labels() const { return labels_; }

 private:
  // What the features need to know of a word's children. Arc-eager attaches
  // each new left child further left and each new right child further right,
  // so the newest on a side is its outermost.
  struct Children {
    int left[2] = {-1, -1};
    int right[2] = {-1, -1};
    int left_count = 0, right_count = 0;
    uint64_t left_labels = 0, right_labels = 0;
  };
  void attach(int head, int dep, uint16_t label);
  bool in_stack(int w) const;

  int n_;
  int buffer_ = 1;
  std::vector<int> stack_{0};
  std::vector<int> heads_;
  std::vector<uint16_t> labels_;
  std::vector<Children> words_;
  std::vector<uint8_t> on_stack_;
};

// Makes a tree projective by lifting each crossing arc to its head's head
// until none cross (pseudo-projective lifting, without label encoding).
void projectivize(std::vector<int>& heads);

}  // namespace parley
