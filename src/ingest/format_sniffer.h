// Telling what kind of input a file holds: plain text, HTML or JSON Lines, or
// binary data that parley cannot read.
#pragma once

#include <optional>
#include <string_view>

#include "parley/document.h"

namespace parley {

// From the file name's extension; nothing when the extension says nothing.
std::optional<InputFormat> format_from_extension(std::string_view path);
// From the first bytes of the content.
InputFormat sniff_format(std::string_view bytes);
// True for content that is not text: NUL bytes, or many control characters.
bool looks_binary(std::string_view bytes);

}  // namespace parley
