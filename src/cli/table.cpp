#include "cli/table.h"

#include <algorithm>

#include "util/strings.h"

namespace parley::cli {

size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string fit(const std::string& s, size_t width) {
  std::string flat = collapse_space(s);
  if (width == 0 || display_width(flat) <= width) return flat;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < flat.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(flat[i]);
    if ((c & 0xC0) != 0x80 && ++n > width - 1) break;
    out += flat[i];
  }
  return out + "\u2026";
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Table::Table(std::vector<std::string> header, std::vector<size_t> max_widths)
    : header_(std::move(header)), max_(std::move(max_widths)) {
  max_.resize(header_.size(), 0);
}

void Table::add(std::vector<std::string> row) {
  row.resize(header_.size());
  for (size_t i = 0; i < row.size(); ++i) row[i] = fit(row[i], max_[i]);
  rows_.push_back(std::move(row));
}

void Table::print(std::ostream& out) const {
  std::vector<size_t> width(header_.size());
  for (size_t i = 0; i < header_.size(); ++i) {
    width[i] = display_width(header_[i]);
    for (const auto& r : rows_) width[i] = std::max(width[i], display_width(r[i]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t i = 0; i < cells.size(); ++i) {
      s += cells[i];
      if (i + 1 < cells.size()) s += std::string(width[i] - display_width(cells[i]) + 2, ' ');
    }
    out << s << '\n';
  };
  line(header_);
  std::vector<std::string> rule;
  for (size_t w : width) rule.emplace_back(w, '-');
  line(rule);
  for (const auto& r : rows_) line(r);
}

}  // namespace parley::cli
