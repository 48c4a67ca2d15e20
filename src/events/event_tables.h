// The tables that give a CAMEO code its meaning (data/events/): Goldstein
// score and name (cameo.tsv), quad class of each root (quad_classes.tsv), and
// the PLOVER event type, mode and context (cameo_plover.tsv).
#pragma once

#include <string>
#include <unordered_map>

#include "parley/event.h"

namespace parley {

class EventTables {
 public:
  // Reads the three tables from `dir`; throws DataError with file:line.
  static EventTables load(const std::string& dir);

  bool known(const std::string& cameo) const { return codes_.count(cameo) > 0; }
  const std::string& name(const std::string& cameo) const;
  // Sets root, Goldstein score, quad class and PLOVER fields from e.cameo.
  void describe(Event& e) const;

 private:
  struct Code {
    double goldstein = 0;
    std::string name;
  };
  struct Plover {
    std::string type, mode, context;
  };
  std::unordered_map<std::string, Code> codes_;
  std::unordered_map<std::string, int> quads_;
  std::unordered_map<std::string, Plover> plover_;
};

}  // namespace parley
