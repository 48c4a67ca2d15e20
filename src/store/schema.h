// The store's schema, as a list of migrations: migration N brings a store from
// version N-1 (PRAGMA user_version) to N. Never edit a migration that has
// shipped; add the next one.
#pragma once

#include <string>
#include <vector>

namespace parley {

const std::vector<std::string>& schema_migrations();

}  // namespace parley
