// Small string helpers used across modules.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

std::string_view trim(std::string_view s);
// HTML's ASCII white space: space, tab, line feed, carriage return, form feed.
inline bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
std::vector<std::string_view> split(std::string_view s, char sep);
std::string ascii_lower(std::string_view s);
bool iequals_ascii(std::string_view a, std::string_view b);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
std::string join(std::span<const std::string_view> parts, std::string_view sep);
// Replaces every run of white space (including newlines) with one space.
std::string collapse_space(std::string_view s);
// Hex digest of the XXH3 64-bit hash: stable ids for documents and events.
std::string hash_hex(std::string_view data);

}  // namespace parley
