// UTF-8 helpers: decoding one code point, repairing invalid input, and the
// Unicode character classes the tokenizer needs (through utf8proc).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace parley::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at text[pos]; sets `length` to its byte length
// (1 for an invalid byte, which decodes as U+FFFD).
char32_t decode(std::string_view text, size_t pos, int& length);
// The first code point of `text`, or 0 when it is empty.
char32_t first_code_point(std::string_view text);
void append(std::string& out, char32_t cp);

// Replaces every invalid byte sequence with U+FFFD; returns how many were replaced.
// Leaves `text` untouched (and returns 0) when it is valid.
uint32_t repair(std::string& text);

bool is_letter(char32_t cp);
bool is_digit(char32_t cp);
bool is_number(char32_t cp);        // any number: digits (Nd), letter-like (Nl), other (No)
bool is_mark(char32_t cp);          // combining marks (accents written separately)
bool is_space(char32_t cp);         // Unicode white space, including U+00A0
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_punct(char32_t cp);         // Unicode punctuation (P*)
bool is_control(char32_t cp);       // C0/C1 controls other than tab, newline, CR

// Lower-cases (simple case folding) a UTF-8 string.
std::string fold_case(std::string_view text);
void append_folded(std::string_view text, std::string& out);
// NFKC + case folding + every run of white space collapsed to one space, trimmed:
// the form in which two copies of the same report compare equal.
std::string normalize_for_identity(std::string_view text);

}  // namespace parley::utf8
