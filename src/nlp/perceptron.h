// The averaged perceptron (Collins 2002, with the lazy averaging of Daumé):
// a multiclass linear model over hashed features, trained online, averaged at
// the end. PerceptronTrainer learns; PerceptronModel is what a trained model
// keeps: only the features and classes whose averaged weight matters, the
// weights as 16-bit integers with one scale, in a flat open-addressing table.
// Scoring looks up all of a decision's features at once, prefetching, because
// its time is the time of the memory accesses. The tagger, lemmatizer, parser
// and entity tagger are all built on it.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace parley {

class BinaryWriter;
class BinaryReader;

class PerceptronModel {
 public:
  PerceptronModel() = default;
  explicit PerceptronModel(int classes) : classes_(classes) {}

  int classes() const { return classes_; }
  size_t features() const { return keys_.size(); }
  size_t weights() const { return entries_.size(); }

  // Sets scores[0..classes) to the sum of the features' weights.
  void score(std::span<const uint64_t> features, float* scores) const;

  void save(BinaryWriter& out) const;
  static PerceptronModel load(BinaryReader& in);

 private:
  friend class PerceptronTrainer;
  struct Entry {
    uint16_t cls;
    int16_t weight;  // times scale_
  };
  struct Slot {
    uint64_t key;
    uint32_t begin, end;  // entries_[begin, end); end == 0: empty slot
  };
  void build_table();

  int classes_ = 0;
  float scale_ = 1.0f;
  // Feature k owns entries_[offsets_[k], offsets_[k + 1]).
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> offsets_;
  std::vector<Entry> entries_;
  std::vector<Slot> table_;  // a power of two, at most 80% full
  uint64_t mask_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes) : classes_(classes) {}

  int classes() const { return classes_; }
  void score(std::span<const uint64_t> features, float* scores) const;
  // One update: the truth's weights up, the guess's down (nothing if equal).
  void update(std::span<const uint64_t> features, int truth, int guess);
  // Counts an example, for averaging, even when it needs no update.
  void tick() { ++clock_; }

  // The averaged model, without weights whose magnitude is below `threshold`
  // (smaller models score faster; see TrainingOptions::prune).
  PerceptronModel average(float threshold = 1e-2f) const;
  size_t features() const { return rows_.size(); }

 private:
  struct Entry {
    uint16_t cls;
    float weight;
    double total;     // sum of the weight over time, up to `stamp`
    uint64_t stamp;
  };
  void add(std::vector<Entry>& row, int cls, float delta);

  int classes_;
  uint64_t clock_ = 1;
  std::unordered_map<uint64_t, std::vector<Entry>> rows_;
};

// The index of the highest score (the first on ties).
int argmax(const float* scores, int n);

}  // namespace parley
