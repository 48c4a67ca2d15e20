#include "extract/charset.h"

#include <myencoding/encoding.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "util/strings.h"
#include "util/utf8.h"

namespace parley {

namespace {

// The HTML5 prescan looks at the first 1024 bytes; pages often put their
// <meta charset> after long scripts, so parley looks further.
constexpr size_t kPrescanBytes = 16384;
// How much of the page the UTF-8 check reads: enough to see non-ASCII text.
constexpr size_t kUtf8CheckBytes = 65536;
constexpr size_t kEnoughSequences = 64;

struct Utf8Evidence {
  size_t multibyte = 0;   // valid sequences of two to four bytes
  size_t invalid = 0;     // bytes that start no valid sequence
};

// Stops as soon as the verdict cannot change: enough valid sequences and no
// invalid one, or both kinds seen.
Utf8Evidence utf8_evidence(std::string_view s) {
  s = s.substr(0, kUtf8CheckBytes);
  Utf8Evidence e;
  for (size_t i = 0; i < s.size();) {
    if (e.invalid > 0 ? e.multibyte > 0 : e.multibyte >= kEnoughSequences) break;
    uint64_t eight = 0;
    if (i + 8 <= s.size() && (std::memcpy(&eight, s.data() + i, 8), (eight & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int n = 0;
    utf8::decode(s, i, n);  // an invalid byte decodes as one byte
    if (n > 1) ++e.multibyte;
    else ++e.invalid;
    i += static_cast<size_t>(n);
  }
  return e;
}

bool is_single_byte(myencoding_t e) {
  return e == MyENCODING_WINDOWS_1252 || (e >= MyENCODING_ISO_8859_10 && e <= MyENCODING_ISO_8859_8_I) ||
         (e >= MyENCODING_WINDOWS_1250 && e <= MyENCODING_WINDOWS_874) || e == MyENCODING_KOI8_R ||
         e == MyENCODING_KOI8_U || e == MyENCODING_MACINTOSH || e == MyENCODING_IBM866 ||
         e == MyENCODING_X_MAC_CYRILLIC;
}

Charset named(myencoding_t e, size_t bom, const char* source) {
  size_t length = 0;
  const char* name = myencoding_name_by_id(e, &length);
  return {static_cast<int>(e), bom, name ? ascii_lower(std::string_view(name, length)) : "utf-8", source};
}

}  // namespace

Charset detect_charset(std::string_view bytes) {
  myencoding_t bom = MyENCODING_DEFAULT;
  const char* rest = nullptr;
  size_t rest_size = 0;
  if (myencoding_detect_and_cut_bom(bytes.data(), bytes.size(), &bom, &rest, &rest_size))
    return named(bom, bytes.size() - rest_size, "bom");

  const myencoding_t declared = myencoding_prescan_stream_to_determine_encoding(
      bytes.data(), std::min(bytes.size(), kPrescanBytes));
  const Utf8Evidence e = utf8_evidence(bytes);
  const bool utf8 = e.invalid == 0 && e.multibyte > 0;
  if (declared != MyENCODING_NOT_DETERMINED && declared != MyENCODING_UTF_8) {
    if (is_single_byte(declared) && utf8) return named(MyENCODING_UTF_8, 0, "bytes");
    return named(declared, 0, "meta");
  }
  // UTF-8 by label or by default: a few stray bytes are repaired, but a page
  // with no valid multi-byte sequence and invalid ones is legacy text.
  if (e.multibyte == 0 && e.invalid > 0) return named(MyENCODING_WINDOWS_1252, 0, "bytes");
  return named(MyENCODING_UTF_8, 0, declared == MyENCODING_UTF_8 ? "meta" : "default");
}

bool is_utf16(int encoding) {
  return encoding == MyENCODING_UTF_16LE || encoding == MyENCODING_UTF_16BE;
}

std::string utf16_to_utf8(std::string_view bytes, bool little_endian) {
  auto unit = [&](size_t i) {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(little_endian ? a | b << 8 : b | a << 8);
  };
  std::string out;
  out.reserve(bytes.size());
  size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = utf8::kReplacement;
    }
    utf8::append(out, cp);
  }
  if (i < bytes.size()) utf8::append(out, utf8::kReplacement);
  return out;
}

bool is_ascii_compatible(int encoding) {
  const auto e = static_cast<myencoding_t>(encoding);
  return e != MyENCODING_UTF_16LE && e != MyENCODING_UTF_16BE && e != MyENCODING_ISO_2022_JP;
}

}  // namespace parley
