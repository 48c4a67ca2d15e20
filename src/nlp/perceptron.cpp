#include "nlp/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include "nlp/binary_io.h"

namespace parley {

int argmax(const float* scores, int n) {
  int best = 0;
  for (int i = 1; i < n; ++i)
    if (scores[i] > scores[best]) best = i;
  return best;
}

// ---- model ----

void PerceptronModel::build_table() {
  // Fuller than the usual half: the parser's table is tens of megabytes, and
  // allocating it is much of a model's load time; a probe rarely leaves the
  // cache line it starts in either way.
  const uint64_t size = std::bit_ceil(std::max<uint64_t>(16, keys_.size() * 5 / 4));
  table_.assign(size, Slot{0, 0, 0});
  mask_ = size - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    uint64_t slot = keys_[k] & mask_;
    while (table_[slot].end) slot = (slot + 1) & mask_;
    table_[slot] = Slot{keys_[k], offsets_[k], offsets_[k + 1]};
  }
}

void PerceptronModel::score(std::span<const uint64_t> features, float* scores) const {
  thread_local std::vector<int32_t> sums;
  thread_local std::vector<std::pair<uint32_t, uint32_t>> ranges;
  sums.assign(static_cast<size_t>(classes_), 0);
  ranges.clear();
  if (!table_.empty()) {
    // Memory latency is the cost: touch every slot first, then every row found,
    // so that the fetches overlap, and add in integers, scaling once at the end.
    for (uint64_t f : features) __builtin_prefetch(&table_[f & mask_]);
    for (uint64_t f : features) {
      for (uint64_t slot = f & mask_;; slot = (slot + 1) & mask_) {
        const Slot& s = table_[slot];
        if (!s.end) break;
        if (s.key != f) continue;
        __builtin_prefetch(&entries_[s.begin]);
        ranges.emplace_back(s.begin, s.end);
        break;
      }
    }
    for (const auto& [begin, end] : ranges)
      for (uint32_t i = begin; i < end; ++i) sums[entries_[i].cls] += entries_[i].weight;
  }
  for (int c = 0; c < classes_; ++c) scores[c] = scale_ * static_cast<float>(sums[static_cast<size_t>(c)]);
}

void PerceptronModel::save(BinaryWriter& out) const {
  out.u32(static_cast<uint32_t>(classes_));
  out.f32(scale_);
  out.vec(keys_);
  out.vec(offsets_);
  out.vec(entries_);
}

PerceptronModel PerceptronModel::load(BinaryReader& in) {
  PerceptronModel m;
  m.classes_ = static_cast<int>(in.u32());
  m.scale_ = in.f32();
  m.keys_ = in.vec<uint64_t>();
  m.offsets_ = in.vec<uint32_t>();
  m.entries_ = in.vec<Entry>();
  if (m.offsets_.size() != m.keys_.size() + 1 || (!m.offsets_.empty() && m.offsets_.back() != m.entries_.size()))
    throw ModelError("perceptron tables do not fit together");
  for (size_t k = 0; k + 1 < m.offsets_.size(); ++k)
    if (m.offsets_[k] >= m.offsets_[k + 1]) throw ModelError("perceptron feature without weights");
  for (const Entry& e : m.entries_)
    if (e.cls >= m.classes_) throw ModelError("perceptron class out of range");
  m.build_table();
  return m;
}

// ---- trainer ----

void PerceptronTrainer::score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + classes_, 0.0f);
  for (uint64_t f : features) {
    const auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.weight;
  }
}

void PerceptronTrainer::add(std::vector<Entry>& row, int cls, float delta) {
  for (Entry& e : row) {
    if (e.cls != cls) continue;
    e.total += static_cast<double>(clock_ - e.stamp) * e.weight;
    e.stamp = clock_;
    e.weight += delta;
    return;
  }
  row.push_back({static_cast<uint16_t>(cls), delta, 0.0, clock_});
}

void PerceptronTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++clock_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    auto& row = rows_[f];
    add(row, truth, 1.0f);
    add(row, guess, -1.0f);
  }
}

PerceptronModel PerceptronTrainer::average(float threshold) const {
  struct Averaged {
    uint64_t key;
    std::vector<std::pair<uint16_t, float>> weights;
  };
  std::vector<Averaged> kept;
  kept.reserve(rows_.size());
  for (const auto& [key, row] : rows_) {
    Averaged a{key, {}};
    for (const Entry& e : row) {
      const double total = e.total + static_cast<double>(clock_ - e.stamp) * e.weight;
      const auto w = static_cast<float>(total / static_cast<double>(clock_));
      if (std::fabs(w) >= threshold) a.weights.emplace_back(e.cls, w);
    }
    if (a.weights.empty()) continue;
    std::sort(a.weights.begin(), a.weights.end());
    kept.push_back(std::move(a));
  }
  // Sorted by key, so that the same training gives the same file.
  std::sort(kept.begin(), kept.end(), [](const Averaged& x, const Averaged& y) { return x.key < y.key; });
  float largest = 0;
  for (const auto& a : kept)
    for (const auto& [cls, w] : a.weights) largest = std::max(largest, std::fabs(w));
  PerceptronModel m(classes_);
  m.scale_ = largest > 0 ? largest / 32767.0f : 1.0f;
  m.offsets_.push_back(0);
  for (const auto& a : kept) {
    m.keys_.push_back(a.key);
    for (const auto& [cls, w] : a.weights)
      m.entries_.push_back({cls, static_cast<int16_t>(std::lround(w / m.scale_))});
    m.offsets_.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  m.build_table();
  return m;
}

}  // namespace parley
