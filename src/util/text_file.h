// Reading the project's text data files (dictionaries, rules, tables): whole
// files, and line-by-line TSV records with file:line positions for errors.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// A data file that cannot be used: the message says which file and line.
class DataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads a whole file; throws DataError naming the file when it cannot.
std::string read_file(const std::string& path);
// The same, and "-" reads all of stdin: a command's input.
std::string read_input(const std::string& path);

// Calls `fn(fields, line_number)` for every line of a TSV file that is neither
// empty nor a `#` comment. Fields are split on TAB, trailing CR removed.
void for_each_tsv_record(const std::string& path,
                         const std::function<void(const std::vector<std::string_view>&, int)>& fn);
// The same over text already in memory (a dictionary translated from another format).
void for_each_tsv_line(std::string_view content,
                       const std::function<void(const std::vector<std::string_view>&, int)>& fn);

// "data/actors/countries.tsv:12: " prefix for errors.
std::string where(const std::string& path, int line);

}  // namespace parley
