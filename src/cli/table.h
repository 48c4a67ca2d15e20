// A plain-text table whose columns are aligned by the display width of their
// UTF-8 contents, with long cells cut to a maximum width.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace parley::cli {

class Table {
 public:
  // `max_widths[i]` limits column i (0: no limit).
  Table(std::vector<std::string> header, std::vector<size_t> max_widths);
  void add(std::vector<std::string> row);
  void print(std::ostream& out) const;
  bool empty() const { return rows_.empty(); }

 private:
  std::vector<std::string> header_;
  std::vector<size_t> max_;
  std::vector<std::vector<std::string>> rows_;
};

// Cuts `s` to at most `width` code points, ending with "…" when cut; newlines become spaces.
std::string fit(const std::string& s, size_t width);
size_t display_width(const std::string& s);

// One CSV field, quoted when it needs to be (RFC 4180).
std::string csv_field(const std::string& s);

}  // namespace parley::cli
