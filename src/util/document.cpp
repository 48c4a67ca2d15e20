#include "parley/document.h"

namespace parley {

std::string_view format_name(InputFormat format) {
  switch (format) {
    case InputFormat::Text: return "text";
    case InputFormat::Html: return "html";
    case InputFormat::JsonLines: return "jsonl";
  }
  return "text";
}

void fill_missing(DocumentMeta& into, const DocumentMeta& from) {
  auto fill = [](std::string& a, const std::string& b) {
    if (a.empty()) a = b;
  };
  fill(into.url, from.url);
  fill(into.source, from.source);
  fill(into.title, from.title);
  fill(into.author, from.author);
  fill(into.language, from.language);
  if (!into.published) into.published = from.published;
}

std::vector<std::string_view> Document::norm_words() const {
  std::vector<std::string_view> words;
  words.reserve(tokens.size());
  for (uint32_t i = 0; i < tokens.size(); ++i) words.push_back(token_norm(i));
  return words;
}

std::string_view modality_name(Modality m) {
  switch (m) {
    case Modality::Done: return "done";
    case Modality::Intended: return "intended";
    case Modality::Hypothetical: return "hypothetical";
    case Modality::Reported: return "reported";
  }
  return "done";
}

}  // namespace parley
