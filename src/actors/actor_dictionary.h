// The actor dictionaries (data/actors/*.tsv, format in docs/data-formats.md):
// countries, international organizations, non-state groups, people, capitals
// and metonyms, each with CAMEO codes that may hold only for a time interval,
// and the role words ("foreign minister" -> GOV) that tell an actor's sector.
// Phrases are indexed by their tokens, as parley's tokenizer splits them.
#pragma once

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <vector>

#include "actors/phrase_index.h"
#include "nlp/tokenizer.h"
#include "parley/actor.h"
#include "parley/date.h"

namespace parley {

struct CodeInterval {
  std::string code;
  std::optional<Date> from;  // inclusive; open when empty
  std::optional<Date> to;    // inclusive; open when empty
  bool bounded() const { return from || to; }
  bool contains(const Date& d) const { return (!from || *from <= d) && (!to || d <= *to); }
};

struct ActorEntry {
  ActorKind kind = ActorKind::Unknown;
  std::string name;
  std::vector<CodeInterval> codes;
  std::string file;  // where it was defined, for provenance

  // The code on `date`: the first interval that holds, else the first code
  // without an interval, else the country of the nearest interval (a person
  // stays of their country outside the offices the dictionary dates). With no
  // date, the code of the latest interval.
  std::string code_on(const std::optional<Date>& date) const;
  // Whether an interval holds on `date` or a code has none (always, without a date):
  // false when code_on only falls back on the person's country.
  bool has_code_on(const std::optional<Date>& date) const;

 private:
  std::string country_nearest(const Date& date) const;
};

// A role word's code in PETRARCH notation: "~GOV" appends GOV to the country,
// "NGO~" puts NGO before it.
struct Role {
  std::string sector;
  bool prefix = false;
  std::string apply(std::string_view country) const {
    return prefix ? sector + std::string(country) : std::string(country) + sector;
  }
};

class ActorDictionary {
 public:
  explicit ActorDictionary(const Tokenizer& tokenizer) : tokenizer_(tokenizer) {}

  // Loads an actor file; entries loaded earlier win when a phrase is shared.
  // Throws DataError with file:line on a malformed line.
  void load_actors(const std::string& path);
  void load_roles(const std::string& path);
  // Loads a file of more phrases for actors already loaded: "phrase <TAB> name",
  // the phrase becoming an alias of the first actor of that name ("Serb" ->
  // Serbia, whose dated codes it then shares). Throws DataError with file:line
  // for a name no actor has.
  void load_aliases(const std::string& path);
  // The same for files already in memory (translated from PETRARCH's format);
  // `name` stands for the file in errors and provenance.
  void load_actors_text(std::string_view text, const std::string& name);
  void load_roles_text(std::string_view text, const std::string& name);

  const std::vector<ActorEntry>& entries() const { return entries_; }
  const std::vector<Role>& roles() const { return roles_; }
  const PhraseIndex& actor_phrases() const { return actor_index_; }
  const PhraseIndex& role_phrases() const { return role_index_; }

  // The person of the dictionaries with this (folded) surname whose dated
  // codes hold on `date` ("President Mugabe" in 2000 -> Robert Mugabe); none
  // when no one does or people of several countries do. The files list some
  // people several times ("Omar al-Bashir", "Umar al Bashir"): the first loaded wins.
  std::optional<uint32_t> person_by_surname(std::string_view surname, const Date& date) const;

  // The phrase as folded tokens, the way lookups see text.
  std::vector<std::string> phrase_words(std::string_view phrase) const;

 private:
  const Tokenizer& tokenizer_;
  std::vector<ActorEntry> entries_;
  std::vector<Role> roles_;
  PhraseIndex actor_index_;
  PhraseIndex role_index_;
  std::unordered_map<std::string, std::vector<uint32_t>> surnames_;  // people, by the last word of their name
};

// The dictionaries of a data directory (`dir`/actors/), user files first, then
// the shipped ones, most specific first: when two files name the same phrase,
// the earlier wins ("Washington" the capital before the country's alias).
ActorDictionary load_actor_dictionary(const Tokenizer& tokenizer, const std::string& dir,
                                      const std::vector<std::string>& user_files);
// Its two halves: the shipped actor files and the shipped role words.
void load_shipped_actors(ActorDictionary& d, const std::string& dir);
void load_shipped_roles(ActorDictionary& d, const std::string& dir);

// The surname among a person's name words (case-folded): the last word that is
// not a regnal number or a suffix ("Juan Carlos I" -> "carlos", "Martin Luther
// King Jr." -> "king"); empty for a one-word name.
std::string surname(const std::vector<std::string>& words);

// The codes of the dictionaries' countries: the three-letter ones ("RUS"), and
// those of a federation's member, the federation's code and then the member's
// ("SCGSRB": Serbia within Serbia and Montenegro; "USRAZE"; "YUGBIH").
struct CountryCodes {
  std::unordered_set<std::string> countries, members;
};
CountryCodes country_codes(const ActorDictionary& d);

// Parses "RUSGOV@2008-05-08..": throws DataError (message without position).
CodeInterval parse_code_interval(std::string_view text);

}  // namespace parley
