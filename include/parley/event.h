// Events and quotes: the facts that parley codes from sentences. An Event says
// who did what to whom (CAMEO code, PLOVER type, Goldstein score, quad class),
// when and where; a Quote says who said which words. Both point at their
// sentence and byte span.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "parley/actor.h"
#include "parley/date.h"
#include "parley/span.h"

namespace parley {

enum class Modality : uint8_t {
  Done,          // it happened
  Intended,      // announced, planned, wanted ("wants to improve ties")
  Hypothetical,  // could, might, would, if
  Reported,      // inside somebody's quoted words
};
std::string_view modality_name(Modality m);

// One side of an event or the speaker of a quote: the words and the actor.
struct Participant {
  Span span;        // empty when there is no such participant
  Actor actor;
  bool present() const { return !span.empty(); }
};

struct Event {
  uint32_t sentence = 0;
  Span span;                 // evidence: from the first to the last word that coded it
  Span verb;                 // the verb (or verb phrase) that carries the event
  Participant source;
  Participant target;        // may be absent ("Russia vetoed the measure")
  std::string cameo;         // "0211"
  std::string root;          // "02"
  double goldstein = 0;
  int quad = 0;              // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover;        // PLOVER event type ("CONSULT")
  std::string plover_mode;
  std::string plover_context;
  bool negated = false;      // "did not attack"
  Modality modality = Modality::Done;
  std::optional<Date> date;  // unknown when neither the text nor the document dates it
  std::string location;      // a place named in the sentence ("in Moscow")
  double confidence = 0;
  std::string rule;          // the dictionary entry that coded it, for provenance
};

// What a run codes, beyond the dictionaries.
struct CodingOptions {
  // Code an event only when it has a target, two actors did it together, or it
  // is a veto or force used by an armed actor ("Russia vetoed the measure"): PETRARCH's
  // require_dyad. When false, every event with a source is kept ("Shevardnadze
  // resigned"), as PLOVER codes them.
  bool require_dyad = true;
  // PETRARCH's other <Config> switches, which `parley eval petrarch` carries
  // from its records (no coder honors them yet): code an unknown noun phrase
  // of at most this many words as a new actor (PETRARCH writes its text in
  // quotes: "INJURY TOLL"; 0: never); and the comma-delimited clause lengths
  // to skip (min, max) anywhere, at the beginning (b) and end (e) of a
  // sentence (0 turns a skip off; unset: the coder's own choice).
  int new_actor_length = 0;
  std::optional<int> comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax;
};

struct Quote {
  uint32_t sentence = 0;
  Span span;                 // the quoted words, without the quotation marks
  Participant speaker;
  std::string cue;           // "said", "told reporters", "added"
};

}  // namespace parley
