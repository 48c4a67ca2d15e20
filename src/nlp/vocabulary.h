// A two-way map between the strings a model predicts (tags, labels, lemma
// rules) and the small integers it works with.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/binary_io.h"

namespace parley {

class Vocabulary {
 public:
  // The id of `s`, adding it when new.
  int add(std::string_view s) {
    const auto it = ids_.find(std::string(s));
    if (it != ids_.end()) return it->second;
    const int id = static_cast<int>(names_.size());
    names_.emplace_back(s);
    ids_.emplace(names_.back(), id);
    return id;
  }
  // The id of `s`, or -1.
  int find(std::string_view s) const {
    const auto it = ids_.find(std::string(s));
    return it == ids_.end() ? -1 : it->second;
  }
  const std::string& name(int id) const { return names_[static_cast<size_t>(id)]; }
  int size() const { return static_cast<int>(names_.size()); }

  void save(BinaryWriter& out) const { out.strings(names_); }
  static Vocabulary load(BinaryReader& in) {
    Vocabulary v;
    for (auto& s : in.strings()) v.add(s);
    return v;
  }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> ids_;
};

}  // namespace parley
