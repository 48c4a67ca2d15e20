// PETRARCH's actor and agent dictionaries (PETRARCH2's data/dictionaries, e.g.
// PETR.Validate.actors.txt and .agents.txt) translated into parley's actor and
// role formats (docs/data-formats.md), for ActorDictionary::load_actors_text
// and load_roles_text: one reader per format. Used to run parley on PETRARCH's
// unit-test records with their own dictionaries.
#pragma once

#include <string>
#include <string_view>

namespace parley {

// Actors: `NAME [CODE] # comment`, `+ALIAS` lines, codes on the following
// indented lines, date restrictions `[CODE <YYMMDD]`, `[CODE >YYYYMMDD]`,
// `[CODE YYYYMMDD - YYYYMMDD]` (`<` and `>` exclusive, as in PETRARCH). `_`
// joins words. A null code (`---`, `+++`) and codes parley cannot hold (digits)
// are left out; of `A/B` the first is kept. The entry is written on its name's
// line, so errors keep the source line. Throws DataError with name:line.
std::string translate_petrarch_actors(std::string_view text, const std::string& name);

// Agents: `WORD {PLURALS} [~SECTOR]` (`{}`: no plural; none given: the
// regular one), `!NAME! = a, b` substitutions that expand `!NAME!` in the
// phrases after them. One role line per phrase.
std::string translate_petrarch_agents(std::string_view text, const std::string& name);

}  // namespace parley
