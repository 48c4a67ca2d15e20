#include "nlp/arc_eager.h"

#include <algorithm>

namespace parley {

ArcEagerState::ArcEagerState(int words)
    : n_(words),
      heads_(static_cast<size_t>(words + 1), -1),
      labels_(static_cast<size_t>(words + 1), 0),
      words_(static_cast<size_t>(words + 1)),
      on_stack_(static_cast<size_t>(words + 1), 0) {
  on_stack_[0] = 1;
}

bool ArcEagerState::in_stack(int w) const { return on_stack_[static_cast<size_t>(w)] != 0; }

bool ArcEagerState::allowed(Transition t) const {
  const int s0 = stack(0);
  const bool buffer_left = buffer_ <= n_;
  switch (t.kind) {
    case Transition::Shift:
      return buffer_left;
    case Transition::Reduce:
      return s0 > 0 && heads_[static_cast<size_t>(s0)] >= 0;
    case Transition::LeftArc:
      return buffer_left && s0 > 0 && heads_[static_cast<size_t>(s0)] < 0;
    case Transition::RightArc:
      // The root takes one dependent.
      return buffer_left && s0 >= 0 && !(s0 == 0 && words_[0].right_count > 0);
  }
  return false;
}

void ArcEagerState::attach(int head, int dep, uint16_t label) {
  heads_[static_cast<size_t>(dep)] = head;
  labels_[static_cast<size_t>(dep)] = label;
  const uint64_t bit = uint64_t{1} << (label & 63);
  Children& c = words_[static_cast<size_t>(head)];
  if (dep < head) {
    c.left[1] = c.left[0];
    c.left[0] = dep;
    ++c.left_count;
    c.left_labels |= bit;
  } else {
    c.right[1] = c.right[0];
    c.right[0] = dep;
    ++c.right_count;
    c.right_labels |= bit;
  }
}

void ArcEagerState::apply(Transition t) {
  switch (t.kind) {
    case Transition::Shift:
      stack_.push_back(buffer_);
      on_stack_[static_cast<size_t>(buffer_)] = 1;
      ++buffer_;
      break;
    case Transition::Reduce:
      on_stack_[static_cast<size_t>(stack_.back())] = 0;
      stack_.pop_back();
      break;
    case Transition::LeftArc:
      attach(buffer_, stack_.back(), t.label);
      on_stack_[static_cast<size_t>(stack_.back())] = 0;
      stack_.pop_back();
      break;
    case Transition::RightArc:
      attach(stack_.back(), buffer_, t.label);
      stack_.push_back(buffer_);
      on_stack_[static_cast<size_t>(buffer_)] = 1;
      ++buffer_;
      break;
  }
}

void ArcEagerState::finish(uint16_t root_label, uint16_t fallback_label) {
  int root = words_[0].right[0];
  for (int w = 1; w <= n_; ++w) {
    if (heads_[static_cast<size_t>(w)] >= 0) continue;
    if (root < 0) {
      attach(0, w, root_label);
      root = w;
    } else {
      attach(root, w, fallback_label);
    }
  }
}

int ArcEagerState::cost(Transition t, const std::vector<int>& gh, const std::vector<uint16_t>& gl) const {
  const int s0 = stack(0);
  const int b = buffer_;
  auto head_of = [&](int w) { return gh[static_cast<size_t>(w)]; };
  auto unattached = [&](int w) { return heads_[static_cast<size_t>(w)] < 0; };
  int c = 0;
  switch (t.kind) {
    case Transition::LeftArc:
      // s0 leaves: its gold head beyond b, and its dependents in the buffer, are lost.
      for (int k = b; k <= n_; ++k) {
        if (k != b && head_of(s0) == k) ++c;
        if (head_of(k) == s0) ++c;
      }
      if (head_of(s0) == b && gl[static_cast<size_t>(s0)] != t.label) ++c;
      break;
    case Transition::RightArc:
      // b gets s0 as its head: another gold head in the stack or buffer is lost,
      // and so are b's gold dependents still waiting in the stack.
      if (head_of(b) != s0 && (in_stack(head_of(b)) || head_of(b) > b)) ++c;
      for (int k : stack_)
        if (head_of(k) == b && unattached(k) && k != 0) ++c;
      if (head_of(b) == s0 && gl[static_cast<size_t>(b)] != t.label) ++c;
      break;
    case Transition::Reduce:
      for (int k = b; k <= n_; ++k)
        if (head_of(k) == s0) ++c;
      break;
    case Transition::Shift:
      if (head_of(b) >= 0 && in_stack(head_of(b))) ++c;
      for (int k : stack_)
        if (k != 0 && head_of(k) == b && unattached(k)) ++c;
      break;
  }
  return c;
}

namespace {
// Does the arc (h, d) cross any other arc of the tree?
bool crosses(const std::vector<int>& heads, int d) {
  const int h = heads[static_cast<size_t>(d)];
  const int lo = std::min(h, d), hi = std::max(h, d);
  for (int w = 1; w < static_cast<int>(heads.size()); ++w) {
    if (w == d) continue;
    const int x = heads[static_cast<size_t>(w)];
    const int a = std::min(x, w), b = std::max(x, w);
    const bool one_inside = (a > lo && a < hi) != (b > lo && b < hi);
    if (one_inside && a != lo && a != hi && b != lo && b != hi) return true;
  }
  return false;
}
}  // namespace

void projectivize(std::vector<int>& heads) {
  for (bool changed = true; changed;) {
    changed = false;
    // Lift the shortest crossing arc first, as Nivre and Nilsson do.
    int best = -1, best_len = 0;
    for (int d = 1; d < static_cast<int>(heads.size()); ++d) {
      const int h = heads[static_cast<size_t>(d)];
      if (h <= 0 || !crosses(heads, d)) continue;
      const int len = std::abs(h - d);
      if (best < 0 || len < best_len) best = d, best_len = len;
    }
    if (best >= 0) {
      heads[static_cast<size_t>(best)] = heads[static_cast<size_t>(heads[static_cast<size_t>(best)])];
      changed = true;
    }
  }
}

}  // namespace parley
