#include "events/event_tables.h"

#include <charconv>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {
bool is_cameo_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}
}  // namespace

EventTables EventTables::load(const std::string& dir) {
  EventTables t;
  const std::string codes = dir + "/cameo.tsv";
  for_each_tsv_record(codes, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 3 || !is_cameo_code(f[0]))
      throw DataError(where(codes, line) + "want: code <TAB> goldstein <TAB> name");
    Code c;
    const auto g = trim(f[1]);
    auto [p, ec] = std::from_chars(g.data(), g.data() + g.size(), c.goldstein);
    if (ec != std::errc() || p != g.data() + g.size() || c.goldstein < -10 || c.goldstein > 10)
      throw DataError(where(codes, line) + "Goldstein score must be a number from -10 to 10");
    c.name = std::string(f[2]);
    t.codes_[std::string(f[0])] = std::move(c);
  });
  const std::string quads = dir + "/quad_classes.tsv";
  for_each_tsv_record(quads, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() < 2 || f[0].size() != 2 || f[1].size() != 1 || f[1][0] < '1' || f[1][0] > '4')
      throw DataError(where(quads, line) + "want: root <TAB> quad (1-4) <TAB> name");
    t.quads_[std::string(f[0])] = f[1][0] - '0';
  });
  const std::string plover = dir + "/cameo_plover.tsv";
  for_each_tsv_record(plover, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() < 2 || !is_cameo_code(f[0]))
      throw DataError(where(plover, line) + "want: cameo <TAB> plover_type <TAB> mode <TAB> context");
    t.plover_[std::string(f[0])] = {std::string(trim(f[1])), f.size() > 2 ? std::string(trim(f[2])) : "",
                                    f.size() > 3 ? std::string(trim(f[3])) : ""};
  });
  return t;
}

const std::string& EventTables::name(const std::string& cameo) const {
  static const std::string kUnknown = "unknown";
  const auto it = codes_.find(cameo);
  return it == codes_.end() ? kUnknown : it->second.name;
}

void EventTables::describe(Event& e) const {
  e.root = e.cameo.substr(0, 2);
  // A code without a score of its own (PETRARCH's additions such as 1952) takes
  // its parent's: 1952 -> 195 -> 19.
  for (std::string key = e.cameo; key.size() >= 2; key.pop_back()) {
    if (const auto it = codes_.find(key); it != codes_.end()) {
      e.goldstein = it->second.goldstein;
      break;
    }
  }
  if (const auto it = quads_.find(e.root); it != quads_.end()) e.quad = it->second;
  // The most specific PLOVER entry: the code itself, else its three-digit base, else the root.
  for (std::string key = e.cameo; key.size() >= 2; key.pop_back()) {
    if (const auto it = plover_.find(key); it != plover_.end()) {
      e.plover = it->second.type;
      e.plover_mode = it->second.mode;
      e.plover_context = it->second.context;
      return;
    }
  }
}

}  // namespace parley
