// Helpers that the tests share: where the project's files are, the shipped
// knowledge loaded once, and documents made from a string.
#pragma once

#include <string>

#include "parley/document.h"
#include "parley/pipeline.h"

namespace parley::test {

std::string source_dir();                 // the project's root
std::string data_dir();                   // its data/
std::string shared_data_dir();            // ../shared/data, or "" when absent
const Pipeline& shipped_pipeline();       // loaded once per test binary
const Pipeline& shallow_pipeline();       // the same with --coder shallow

// A plain-text document published on `published` (YYYY-MM-DD), run through every stage.
Document process_text(const std::string& text, const std::string& published = "2017-05-10");
Document process_text(const std::string& text, const std::string& published, const Pipeline& pipeline);

std::string temp_path(const std::string& name);   // a fresh path in the test's temp directory

}  // namespace parley::test
