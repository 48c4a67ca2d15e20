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
  const uint64_t size = std::bit_ceil(std::max<uint64_t>(16, keys_.size() * 2));
  table_.assign(size, 0);
  mask_ = size - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    uint64_t slot = keys_[k] & mask_;
    while (table_[slot]) slot = (slot + 1) & mask_;
    table_[slot] = k + 1;
  }
}

const uint32_t* PerceptronModel::find(uint64_t key) const {
  if (table_.empty()) return nullptr;
  for (uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
    const uint32_t k = table_[slot];
    if (!k) return nullptr;
    if (keys_[k - 1] == key) return &offsets_[k - 1];
  }
}

void PerceptronModel::score(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) {
    const uint32_t* range = find(f);
    if (!range) continue;
    for (uint32_t i = range[0]; i < range[1]; ++i) scores[class_ids_[i]] += values_[i];
  }
}

void PerceptronModel::save(BinaryWriter& out) const {
  out.u32(static_cast<uint32_t>(classes_));
  out.vec(keys_);
  out.vec(offsets_);
  out.vec(class_ids_);
  out.vec(values_);
}

PerceptronModel PerceptronModel::load(BinaryReader& in) {
  PerceptronModel m;
  m.classes_ = static_cast<int>(in.u32());
  m.keys_ = in.vec<uint64_t>();
  m.offsets_ = in.vec<uint32_t>();
  m.class_ids_ = in.vec<uint16_t>();
  m.values_ = in.vec<float>();
  if (m.offsets_.size() != m.keys_.size() + 1 || m.class_ids_.size() != m.values_.size() ||
      (!m.offsets_.empty() && m.offsets_.back() != m.values_.size()))
    throw ModelError("perceptron tables do not fit together");
  for (uint16_t c : m.class_ids_)
    if (c >= m.classes_) throw ModelError("perceptron class out of range");
  m.build_table();
  return m;
}

// ---- trainer ----

void PerceptronTrainer::score(std::span<const uint64_t> features, float* scores) const {
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
  PerceptronModel m(classes_);
  m.offsets_.push_back(0);
  for (const auto& a : kept) {
    m.keys_.push_back(a.key);
    for (const auto& [cls, w] : a.weights) {
      m.class_ids_.push_back(cls);
      m.values_.push_back(w);
    }
    m.offsets_.push_back(static_cast<uint32_t>(m.values_.size()));
  }
  m.build_table();
  return m;
}

}  // namespace parley
