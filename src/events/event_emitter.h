// What both coders do once they know a verb's code and its participants: one
// Event per source and target pair (compound actors give several), dated by
// the time expression nearest the verb.
#pragma once

#include <optional>
#include <vector>

#include "events/date_resolver.h"
#include "parley/document.h"

namespace parley {

// Adds `base` to doc.events once for each source and target mention. With
// several sources and no target ("Tillerson and Lavrov met"): each with each
// other. An actor is never its own target.
void emit_events(Document& doc, const Event& base, const std::vector<size_t>& sources,
                 const std::vector<size_t>& targets);

// The targets, less the source's own actor when one source acts: "Bosnian
// Serbs demanded a truce in east Bosnia" is a demand without a target, where
// emit_events, which never makes an actor its own target, would drop it.
std::vector<size_t> targets_besides_source(const Document& doc, const std::vector<size_t>& sources,
                                           std::vector<size_t> targets);

// A deed that is an event without a target: a veto ("Russia vetoed the
// measure"), and force used by armed actors ("American jets shot down a
// fighter"; the source's code has a military or rebel sector). Elsewhere, in
// news, a targetless "hit", "hurt" or "took" is mostly a figure of speech
// ("farmers hit by tariffs", "took office").
bool needs_no_target(const Event& e, const Actor& source);

// The date named nearest token `verb` that dates an event, else the publication date.
std::optional<Date> date_near(const std::vector<DateResolver::TimeExpression>& times, uint32_t verb,
                              const std::optional<Date>& published);

}  // namespace parley
