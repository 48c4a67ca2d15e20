// Words of class and id attributes that mark page furniture or what is not
// body, read from data/extract/class_words.tsv.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley {

enum class ClassRole : uint8_t { None, Remove };

struct ClassVerdict {
  ClassRole role = ClassRole::None;
  std::string word;     // the word that decided it, for the removed block's reason
};

class ClassWords {
 public:
  // Throws DataError with file:line for a bad line.
  static ClassWords load(const std::string& path);
  static ClassWords from_pairs(const std::vector<std::pair<std::string, ClassRole>>& pairs);

  // The verdict on an element with these class and id values: Remove when any
  // word is a remove word ("article-comments" is comments).
  ClassVerdict judge(std::string_view class_value, std::string_view id_value) const;

 private:
  ClassRole role_of(const std::string& word) const;

  std::unordered_map<std::string, ClassRole> exact_;
  std::vector<std::pair<std::string, ClassRole>> prefixes_;
};

// "relatedStories c-share_bar" -> related, stories, c, share, bar
std::vector<std::string> class_words(std::string_view value);

}  // namespace parley
