#include "ingest/format_sniffer.h"

#include <filesystem>

#include "util/strings.h"

namespace parley {

std::optional<InputFormat> format_from_extension(std::string_view path) {
  const std::string ext = ascii_lower(std::filesystem::path(path).extension().string());
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::Html;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::JsonLines;
  if (ext == ".txt" || ext == ".text") return InputFormat::Text;
  return std::nullopt;
}

InputFormat sniff_format(std::string_view bytes) {
  std::string_view head = trim(bytes.substr(0, 4096));
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  if (head.starts_with("{")) return InputFormat::JsonLines;
  if (head.starts_with("<")) {
    const std::string lower = ascii_lower(head.substr(0, 1024));
    for (const char* tag : {"<!doctype", "<html", "<head", "<body", "<p", "<div", "<article", "<meta", "<title"})
      if (lower.find(tag) != std::string::npos) return InputFormat::Html;
  }
  return InputFormat::Text;
}

bool looks_binary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 65536);
  size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return !head.empty() && controls * 10 > head.size();
}

}  // namespace parley
