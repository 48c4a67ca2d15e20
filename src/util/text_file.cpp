#include "util/text_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "util/strings.h"

namespace parley {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw DataError(path + ": read error");
  return ss.str();
}

std::string read_input(const std::string& path) {
  if (path != "-") return read_file(path);
  std::ostringstream ss;
  ss << std::cin.rdbuf();
  return ss.str();
}

void for_each_tsv_record(const std::string& path,
                         const std::function<void(const std::vector<std::string_view>&, int)>& fn) {
  for_each_tsv_line(read_file(path), fn);
}

void for_each_tsv_line(std::string_view content,
                       const std::function<void(const std::vector<std::string_view>&, int)>& fn) {
  std::string_view rest(content);
  int line_no = 0;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || line.front() == '#') continue;
    fn(split(line, '\t'), line_no);
  }
}

std::string where(const std::string& path, int line) {
  return path + ":" + std::to_string(line) + ": ";
}

}  // namespace parley
