// parley eval plover: the event coder with the shipped dictionaries on the
// PLOVER gold-standard records (the CAMEO manual's examples coded in PLOVER):
// is the PLOVER type found, with the right source country, and are the source
// and target countries found. Definitions in src/eval/plover_eval.h and --help.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "actors/actor_dictionary.h"
#include "cli/commands.h"
#include "cli/eval_commands.h"
#include "cli/eval_failures.h"
#include "eval/plover_eval.h"
#include "parley/pipeline.h"
#include "pipeline/knowledge.h"
#include "util/strings.h"

namespace parley::cli {

namespace {
struct EvalPloverOptions : EventEvalOptions {
  std::string file;
  bool json = false;
};

std::vector<PloverEvent> plover_events(const Document& doc, const std::unordered_set<std::string>& members) {
  std::vector<PloverEvent> out;
  for (const Event& e : doc.events)
    if (!e.negated)
      out.push_back({e.plover, e.cameo, std::string(e.source.actor.country()), std::string(e.target.actor.country()),
                     member_country(e.source.actor.code, members), member_country(e.target.actor.code, members)});
  return out;
}

// The countries of every actor resolved in the text, a federation member's own too.
std::vector<std::string> actor_countries(const Document& doc, const std::unordered_set<std::string>& members) {
  std::vector<std::string> out;
  auto add = [&](std::string c) {
    if (!c.empty() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
  };
  for (const Mention& m : doc.mentions) {
    if (!m.actor.known()) continue;
    add(std::string(m.actor.country()));
    add(member_country(m.actor.code, members));
  }
  return out;
}

std::string show_gold(const PloverRecord& r) {
  auto side = [](const std::vector<std::string>& c) { return c.empty() ? std::string("-") : join(c, "|"); };
  return r.type + " " + side(r.source_countries) + " -> " + side(r.target_countries);
}

// The events found; without any, the actors resolved, to tell the coder's misses from resolution's.
std::string show_got(const Document& doc, const std::vector<std::string>& actor_countries) {
  std::vector<std::string> parts;
  for (const Event& e : doc.events) {
    auto country = [](const Participant& p) { return p.actor.known() ? std::string(p.actor.country()) : "-"; };
    parts.push_back((e.plover.empty() ? "?" : e.plover) + " " + country(e.source) + " -> " + country(e.target) + " (" +
                    e.cameo + ")");
  }
  if (!parts.empty()) return join(parts, "; ");
  return "(none); actors' countries: " + (actor_countries.empty() ? std::string("none") : join(actor_countries, ", "));
}

void print_score(const PloverScore& s, bool json) {
  const CountryTally& all = s.countries;
  const CountryTally& coded = s.when_coded;
  const CountryTally& actors = s.among_actors;
  if (json) {
    std::cout << nlohmann::ordered_json{{"records", s.records},
                                        {"type_accuracy", s.type_accuracy()},
                                        {"type_source_accuracy", s.type_source_accuracy()},
                                        {"source_country_accuracy", s.source_accuracy()},
                                        {"target_country_accuracy", s.target_accuracy()},
                                        {"records_coded", s.coded},
                                        {"source_country_accuracy_when_coded", s.source_accuracy_when_coded()},
                                        {"source_country_when_coded", {{"right", coded.source}, {"of", coded.with_source}}},
                                        {"target_country_accuracy_when_coded", s.target_accuracy_when_coded()},
                                        {"target_country_when_coded", {{"right", coded.target}, {"of", coded.with_target}}},
                                        {"source_country_among_actors", s.source_among_actors()},
                                        {"target_country_among_actors", s.target_among_actors()}}
                     .dump()
              << '\n';
    return;
  }
  std::printf("records=%zu  type=%.4f (%zu)  type+source=%.4f (%zu of %zu)  source country=%.4f (%zu of %zu)  "
              "target country=%.4f (%zu of %zu)\n",
              s.records, s.type_accuracy(), s.type, s.type_source_accuracy(), s.type_source, all.with_source,
              s.source_accuracy(), all.source, all.with_source, s.target_accuracy(), all.target, all.with_target);
  std::printf("when coded (records with an event: %zu)  source country=%.4f (%zu of %zu)  target country=%.4f (%zu of %zu)\n",
              s.coded, s.source_accuracy_when_coded(), coded.source, coded.with_source, s.target_accuracy_when_coded(),
              coded.target, coded.with_target);
  std::printf("among the resolved actors (events or not)  source country=%.4f (%zu of %zu)  target country=%.4f (%zu of %zu)\n",
              s.source_among_actors(), actors.source, actors.with_source, s.target_among_actors(), actors.target,
              actors.with_target);
}
}  // namespace

void add_eval_plover_command(CLI::App& eval, int& exit_code) {
  auto* cmd = eval.add_subcommand(
      "plover",
      "Event coding on the PLOVER gold-standard records with the shipped dictionaries. Over the records (not\n"
      "DOCUMENT): type = some event has the gold PLOVER type. Over the records whose gold source has actor codes:\n"
      "type+source = some event has that type and a source country (first 3 letters of its actor code) among the\n"
      "gold source codes' countries; source country = some event's source country is among them. Over the records\n"
      "whose gold target has codes: target country likewise. The document date is the record's date. Events need\n"
      "no target (as PLOVER codes them); negated ones do not count. The gold types are PLOVER 0.5's: REQUEST\n"
      "stands for DEMAND, ACCUSE for INVESTIGATE (CAMEO 09) or DISAPPROVE, ASSAULT for FIGHT (19, 20), 08 for\n"
      "CONCEDE or RETREAT. A federation member's code counts for the member too (SCGSRB, Serbia within Serbia and\n"
      "Montenegro, for SRB): the gold names today's countries and its dates are not the events'. The second line\n"
      "(when coded) gives the country accuracies over the records with at least one event; the third, over all\n"
      "records, whether the gold country is among those of all the actors resolved in the text, events or not:\n"
      "actor resolution apart from the coder's recall and its choice of source and target.");
  auto o = std::make_shared<EvalPloverOptions>();
  cmd->add_option("file", o->file, "the records: PLOVER_GSR_CAMEO.json")->required()->check(CLI::ExistingFile);
  cmd->add_flag("--json", o->json,
                "print one JSON object: records, type_accuracy, type_source_accuracy, source_country_accuracy, "
                "target_country_accuracy (0-1); records_coded (records with an event), and over those "
                "source_country_accuracy_when_coded and target_country_accuracy_when_coded, with their counts "
                "(source_country_when_coded, target_country_when_coded: right, of); source_country_among_actors and "
                "target_country_among_actors (0-1, over all records)");
  add_event_eval_options(cmd, *o);
  cmd->callback([o, &exit_code] {
    const auto records = load_plover_records(o->file, o->part);
    PipelineOptions options;
    options.data_dir = o->data_dir;
    options.coder = o->coder;
    // PLOVER codes events with one actor too ("Shevardnadze resigned"): every event with a source counts.
    options.coding.require_dyad = false;
    const Pipeline pipeline(options);
    const auto members = country_codes(pipeline.knowledge().actors).members;
    PloverScore score;
    std::vector<EvalFailure> failures;
    for (const auto& r : records) {
      Document doc;
      doc.raw = r.text;
      doc.meta.file = r.id;
      doc.meta.published = r.date;
      pipeline.process(doc);
      const auto events = plover_events(doc, members);
      const PloverCheck c = check_plover(r, events);
      const std::vector<std::string> countries = actor_countries(doc, members);
      score.add(r, c, !events.empty());
      score.among_actors.add(r, check_actors(r, countries));
      if (!c.reasons.empty())
        failures.push_back({r.id, r.type, r.text, c.reasons, show_gold(r), show_got(doc, countries)});
    }
    print_score(score, o->json);
    if (!o->json) print_failures(failures, o->failures);
    exit_code = kOk;
  });
}

}  // namespace parley::cli
