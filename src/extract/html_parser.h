// HTML bytes to a Dom: the charset found and converted to UTF-8 (charset.h),
// script and style bodies and over-deep nesting cut (markup_filter.h), then
// MyHTML, a complete HTML5 tokenizer and tree builder (Debian's libmodest),
// in its single-threaded mode, and one iterative walk of its tree into the
// flat Dom. Each thread keeps one MyHTML parser and reuses it.
#pragma once

#include <string_view>

#include "extract/dom.h"
#include "extract/tag_roles.h"

namespace parley {

// Never throws on bad markup: truncated, binary or hostile bytes give the Dom
// that an HTML5 parser makes of them.
Dom parse_html(std::string_view bytes, const TagRoles& roles);

}  // namespace parley
