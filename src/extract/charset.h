// Which character encoding a page's bytes are in, as a browser decides it: a
// byte order mark first, then the page's own <meta charset> or http-equiv
// Content-Type (the HTML5 prescan, through MyHTML's myencoding), else UTF-8.
// Labels are often wrong in scraped pages, so the bytes get a say: a page
// labelled with a single-byte charset whose non-ASCII bytes are all valid
// UTF-8 sequences is UTF-8; a page that is not valid UTF-8 at all and has no
// label is windows-1252, the web's usual unlabelled legacy charset.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace parley {

struct Charset {
  int encoding = 0;      // a myencoding_t (MyENCODING_UTF_8 is 0)
  size_t bom = 0;        // bytes of byte order mark to skip
  std::string name;      // "utf-8", "windows-1252", ...
  std::string source;    // "bom", "meta", "default", "bytes" (the label was overruled)
};

Charset detect_charset(std::string_view bytes);

// Whether markup can be scanned byte-wise for ASCII '<' and tag names: true for
// UTF-8 and the legacy single- and double-byte charsets, false for UTF-16 and
// ISO-2022-JP, whose bytes can look like '<' inside a character.
bool is_ascii_compatible(int encoding);
bool is_utf16(int encoding);

// UTF-16 (without its byte order mark) to UTF-8; unpaired surrogates and an odd
// last byte become U+FFFD. parley converts UTF-16 itself: MyHTML's UTF-16
// decoder crashes on an odd number of bytes (found by fuzzing).
std::string utf16_to_utf8(std::string_view bytes, bool little_endian);

}  // namespace parley
