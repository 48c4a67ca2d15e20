#include "parley/actor.h"

namespace parley {

namespace {
constexpr std::pair<ActorKind, std::string_view> kKinds[] = {
    {ActorKind::Country, "country"}, {ActorKind::Person, "person"},
    {ActorKind::Organization, "organization"}, {ActorKind::Igo, "igo"},
    {ActorKind::Group, "group"}, {ActorKind::Capital, "capital"},
    {ActorKind::Metonym, "metonym"},
};
}  // namespace

std::string_view kind_name(ActorKind kind) {
  for (const auto& [k, name] : kKinds)
    if (k == kind) return name;
  return "unknown";
}

ActorKind kind_from_name(std::string_view name) {
  for (const auto& [k, n] : kKinds)
    if (n == name) return k;
  return ActorKind::Unknown;
}

}  // namespace parley
