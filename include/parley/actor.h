// Actors: who stands behind a name. A Mention is a stretch of a sentence that
// names a country, a person, an organization or a group; its Actor carries the
// CAMEO actor code that holds on the document's date ("RUSGOV": Russia's
// government) and where that knowledge came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "parley/date.h"
#include "parley/span.h"

namespace parley {

enum class ActorKind : uint8_t {
  Unknown,
  Country,
  Person,
  Organization,
  Igo,        // international organization (UN, NATO, EU)
  Group,      // non-state armed or political group
  Capital,    // a capital city standing for its government ("Moscow")
  Metonym,    // a building or institution standing for a government ("the Kremlin")
};
std::string_view kind_name(ActorKind kind);
ActorKind kind_from_name(std::string_view name);  // Unknown for unknown names

struct Actor {
  std::string name;        // canonical name ("Sergey Lavrov", "Russia")
  std::string code;        // CAMEO actor code on the document's date; empty if unknown
  ActorKind kind = ActorKind::Unknown;
  // Where the code came from: "dictionary" (a shipped or user file), or the
  // text of the sentence that taught it ("Russian Foreign Minister Sergey Lavrov").
  std::string provenance;

  bool known() const { return !code.empty(); }
  // The three-letter country part of the code (USA, RUS, or IGO for
  // international organizations); empty when the code is unknown.
  std::string_view country() const {
    return std::string_view(code).substr(0, code.size() >= 3 ? 3 : 0);
  }
};

enum class MentionOrigin : uint8_t {
  Dictionary,   // the words are an entry of an actor dictionary
  Title,        // country and/or role words around a name ("Russian Foreign Minister ...")
  Alias,        // a later short form of a name seen earlier ("Lavrov")
  Nominal,      // a description of an earlier actor ("the Russian diplomat")
  Pronoun,      // he / she / they
};

// What a document's text teaches about an actor: a title or an apposition
// ("Russian Foreign Minister Sergey Lavrov", "Vassily Nebenzia, Russia's
// ambassador to the UN") gives the person a code around the document's date,
// whether or not a dictionary already knows the person. The store keeps every
// fact with its sentence, so that `parley actors` shows where a code came from.
struct ActorFact {
  std::string name;        // the actor's canonical name
  std::string code;        // the code that the title gives
  ActorKind kind = ActorKind::Unknown;
  std::string role;        // the title's words without the name ("Russian Foreign Minister")
  uint32_t sentence = 0;   // the sentence that taught it
  Span span;               // the title and the name together
};

// An ActorFact as the corpus-wide knowledge base keeps it, once its document
// is stored: what was taught, on which day, and where, so that a later
// document that names the person bare ("Zlotnikov said") can be coded and
// point back at the sentence. Only dated documents teach across documents.
struct LearnedFact {
  std::string name;        // the actor's canonical name
  std::string code;
  ActorKind kind = ActorKind::Unknown;
  std::string role;        // the title's words ("Russian Foreign Minister")
  Date date;               // the date of the document that taught it
  std::string doc;         // that document's id
  uint32_t sentence = 0;   // and sentence
  std::string evidence;    // the sentence's text (at most 300 bytes)
};

// How long a learned fact holds, in days either side of the date of the
// document that taught it. One year: long enough for a corpus of daily news to
// reuse what a report said weeks or months before, short enough that a
// minister who left office two years ago is not coded with the old title.
// Most cabinet and ambassador terms last several years, so a year rarely
// crosses a change, and a change is usually taught again by a newer title,
// which is nearer in date and wins. `parley run --learned-window DAYS`.
inline constexpr int kLearnedFactWindowDays = 365;

struct Mention {
  Span span;
  uint32_t sentence = 0;
  uint32_t first_token = 0;   // [first_token, end_token) in Document::tokens
  uint32_t end_token = 0;
  MentionOrigin origin = MentionOrigin::Dictionary;
  Actor actor;
};

}  // namespace parley
