#include "eval/extraction_eval.h"

#include <unordered_map>

#include "util/utf8.h"

namespace parley {

namespace {

constexpr size_t kShingle = 4;

bool is_word_char(char32_t cp) { return cp == '_' || utf8::is_letter(cp) || utf8::is_number(cp); }

// Shingles as their words joined by a byte that no word contains.
std::unordered_map<std::string, int> shingles(std::string_view text) {
  const auto words = word_tokens(text);
  std::unordered_map<std::string, int> out;
  if (words.empty()) return out;
  const size_t n = words.size() <= kShingle ? 1 : words.size() - kShingle + 1;
  const size_t width = std::min(words.size(), kShingle);
  for (size_t i = 0; i < n; ++i) {
    std::string key;
    for (size_t k = i; k < i + width; ++k) key.append(words[k]).push_back('\x1f');
    ++out[key];
  }
  return out;
}

double mean(const std::vector<double>& v) {
  double sum = 0;
  for (double x : v) sum += x;
  return v.empty() ? 0 : sum / static_cast<double>(v.size());
}

}  // namespace

std::vector<std::string_view> word_tokens(std::string_view text) {
  std::vector<std::string_view> words;
  size_t begin = std::string_view::npos;
  for (size_t i = 0; i < text.size();) {
    int length = 1;
    const char32_t cp = utf8::decode(text, i, length);
    if (is_word_char(cp)) {
      if (begin == std::string_view::npos) begin = i;
    } else if (begin != std::string_view::npos) {
      words.push_back(text.substr(begin, i - begin));
      begin = std::string_view::npos;
    }
    i += static_cast<size_t>(length);
  }
  if (begin != std::string_view::npos) words.push_back(text.substr(begin));
  return words;
}

ShingleCounts shingle_counts(std::string_view truth, std::string_view predicted) {
  const auto t = shingles(truth);
  const auto p = shingles(predicted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [key, a] : t) {
    const auto it = p.find(key);
    const int b = it == p.end() ? 0 : it->second;
    tp += std::min(a, b);
    fn += std::max(0, a - b);
  }
  for (const auto& [key, b] : p) {
    const auto it = t.find(key);
    fp += std::max(0, b - (it == t.end() ? 0 : it->second));
  }
  const double sum = tp + fp + fn;
  if (sum == 0) return {};
  return {tp / sum, fp / sum, fn / sum};
}

ExtractionScore aggregate(const std::vector<ShingleCounts>& pages) {
  std::vector<double> precisions, recalls;
  for (const auto& c : pages) {
    const bool perfect = c.fp == 0 && c.fn == 0;
    if (c.tp + c.fp > 0) precisions.push_back(perfect ? 1.0 : c.tp / (c.tp + c.fp));
    if (c.tp + c.fn > 0) recalls.push_back(perfect ? 1.0 : c.tp / (c.tp + c.fn));
  }
  ExtractionScore s;
  s.precision = mean(precisions);
  s.recall = mean(recalls);
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace parley
