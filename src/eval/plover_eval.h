// The PLOVER gold-standard records (PLOVER's PLOVER_GSR_CAMEO, the CAMEO
// manual's examples coded in PLOVER: JSON, one object per record with `text`,
// `date`, `event` (the PLOVER type) and `source` / `target` lists of
// {actorText, code, sector}) and how parley's events for a record are judged:
//   type         some event has the gold PLOVER type;
//   type+source  some event has the gold type and a source country among the
//                gold source countries (over records with gold source codes);
//   source       some event's source country is a gold source country (over
//                records with gold source codes); target likewise.
// A country is the first three letters of an actor code (Actor::country()).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "parley/date.h"

namespace parley {

struct PloverRecord {
  std::string id, type, text;
  std::optional<Date> date;
  std::vector<std::string> source_countries, target_countries;  // empty: the gold names none
};

// The records (without the DOCUMENT ones), in file order, those of `part` ("K/N", as --part) only.
// Throws DataError for an unreadable file or a record that is not as described.
std::vector<PloverRecord> load_plover_records(const std::string& path, const std::string& part = "");

// What the evaluation needs of a coded event.
struct PloverEvent {
  std::string type, cameo, source_country, target_country;
  // When the actor's code is a federation member's (SCGSRB: Serbia within Serbia
  // and Montenegro), the member's country (SRB), which counts as well: the gold
  // names today's countries, and its dates (2000-01-01 for every record) are no
  // events' dates, so a federation's code on them says no more than the member's.
  std::string source_member = {}, target_member = {};
};

// The member's country of a federation member's code ("SCGSRBMIL" -> "SRB"),
// given the members' codes (CountryCodes::members); empty for any other code.
std::string member_country(std::string_view code, const std::unordered_set<std::string>& members);

// The gold records are PLOVER 0.5 (2016); parley's types come from the 2021
// CAMEO -> PLOVER table, which renamed or merged some: REQUEST was DEMAND;
// ACCUSE was INVESTIGATE (CAMEO 09) and DISAPPROVE (11); ASSAULT was ASSAULT
// (18) and FIGHT (19, 20); and 0.5 split CAMEO 08 (yield) between CONCEDE and
// RETREAT differently from 2021. The 0.5 types that an event's type may stand for.
std::vector<std::string> plover_05_types(const PloverEvent& e);

struct PloverCheck {
  bool type = false, type_source = false, source = false, target = false;
  std::vector<std::string> reasons;  // what is wrong, for the failure list; empty when all is right
};

PloverCheck check_plover(const PloverRecord& gold, const std::vector<PloverEvent>& got);

// Whether a gold source (target) country is among `countries`, those of every
// actor parley resolved in the record's text (with federation members' own):
// actor resolution apart from the coder, which may find no event or pick
// another actor. Sets source and target only.
PloverCheck check_actors(const PloverRecord& gold, const std::vector<std::string>& countries);

// How many records name gold source (target) countries, and for how many of
// them some event has one.
struct CountryTally {
  size_t with_source = 0, source = 0, with_target = 0, target = 0;
  void add(const PloverRecord& gold, const PloverCheck& c);
};

struct PloverScore {
  size_t records = 0, type = 0, type_source = 0;
  CountryTally countries;
  // The same over the records that parley coded at least one event for: what
  // actor resolution gets right when the coder found something, apart from the
  // coder's recall (a record without events is wrong in every country).
  size_t coded = 0;
  CountryTally when_coded;
  // Over all records: is the gold country among the resolved actors' (check_actors).
  CountryTally among_actors;
  void add(const PloverRecord& gold, const PloverCheck& c, bool coded_any);
  static double fraction(size_t n, size_t of) { return of ? double(n) / double(of) : 0; }
  double type_accuracy() const { return fraction(type, records); }
  double type_source_accuracy() const { return fraction(type_source, countries.with_source); }
  double source_accuracy() const { return fraction(countries.source, countries.with_source); }
  double target_accuracy() const { return fraction(countries.target, countries.with_target); }
  double source_accuracy_when_coded() const { return fraction(when_coded.source, when_coded.with_source); }
  double target_accuracy_when_coded() const { return fraction(when_coded.target, when_coded.with_target); }
  double source_among_actors() const { return fraction(among_actors.source, among_actors.with_source); }
  double target_among_actors() const { return fraction(among_actors.target, among_actors.with_target); }
};

}  // namespace parley
