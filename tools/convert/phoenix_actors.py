#!/usr/bin/env python3
"""Convert PETRARCH2's Phoenix actor and agent dictionaries to parley's formats.

Reads, from --dicts DIR:

    Phoenix.Countries.actors.txt      -> countries.tsv
    Phoenix.International.actors.txt  -> international.tsv
    Phoenix.MilNonState.actors.txt    -> nonstate.tsv
    Phoenix.agents.txt                -> roles.tsv

and writes the files to --out DIR. The output formats are described in
docs/data-formats.md ("Actors: data/actors/*.tsv" and "Role words").

Source format (TABARI/PETRARCH dictionaries), as handled here:

  * An actor record starts with a primary phrase line, `PHRASE_ [CODE] # comment`,
    followed by optional synonym lines `+PHRASE_` and date-restriction lines that
    start with white space: `\t[CODE 700101-990809]`, `\t[CODE >080508]`,
    `\t[CODE <991231]`, `\t[CODE]`. Restrictions may also stand on the primary line
    itself, several of them: `ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]`.
  * As in PETRARCH, a primary line without any code that follows a record which has
    no code yet shares that record's codes: it becomes an alias when it ends in the
    same word as one of the record's phrases, else an actor of its own with the same
    codes (see parse_actor_file).
  * Dates are YYMMDD or YYYYMMDD; two-digit years 00-30 are 20xx, others 19xx.
    `<d` is "up to d", `>d` "from d", `a-b` "from a to b", all inclusive.
  * Words are joined by `_`; a trailing `_` is a stop marker and is dropped.
  * `#` starts a comment (so does the legacy `;`), as does `<!-- ... -->`.
  * Agents: `PHRASE {PLURAL} [~CODE]`. `{}` means "no plural"; without braces the
    regular plural is generated (see plural_of). Substitution sets
    `!NAME! = A, B, C` expand every listed word in place of the `!NAME!` marker.

What the output looks like (kinds, natural case, parentheses, null codes) is
described in data/actors/README.md.

Nothing is dropped silently: every source line that cannot be converted, and every
repair, is listed in the report printed at the end (with file name and line number).

Python 3 standard library only.
"""

import argparse
import datetime
import os
import re
import sys
from collections import Counter, OrderedDict

# --------------------------------------------------------------------------- #
# Configuration
# --------------------------------------------------------------------------- #

# (source dictionary, output file, which kind of file it is)
ACTOR_SOURCES = [
    ("Phoenix.Countries.actors.txt", "countries.tsv", "countries"),
    ("Phoenix.International.actors.txt", "international.tsv", "international"),
    ("Phoenix.MilNonState.actors.txt", "nonstate.tsv", "nonstate"),
]
AGENT_SOURCE = ("Phoenix.agents.txt", "roles.tsv")

# Where the source files come from (see /work/shared/data/petrarch2/PROVENANCE.md).
SOURCE_REPO = "openeventdata/petrarch2"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SOURCE_PATH = "petrarch2/data/dictionaries"
LICENSE_LINE = "MIT License, Copyright (c) 2014 Open Event Data Alliance"

# Damaged spellings in the sources, fixed before parsing. Each application is
# reported. (\x1a and U+FFFD stand for characters lost in some earlier conversion;
# "Ã" + "Š" is UTF-8 "Ú" read as Windows-1252 and then upper-cased.)
REPAIRS = [
    ("Z\x1aROUAL", "ZEROUAL"),          # Liamine Zeroual (Algeria)
    ("STRASK\x1aY", "STRASKY"),         # Jan Strasky (Czechoslovakia)
    ("D\ufffdIVOIRE", "D'IVOIRE"),      # Cote d'Ivoire
    ("FUA\ufffdAMOTU", "FUA'AMOTU"),    # Fua'amotu (Tonga)
    ("P\u00c3\u0160BLICAS", "P\u00daBLICAS"),  # Ministerio de Obras Publicas
    ("AD!MINIST!RAT", "ADMINISTRAT"),   # search-and-replace accident in the agents file
    # Mistyped dates, corrected from the dates of the events they stand for.
    ("ARMUNR 9008223-", "ARMUNR 900823-"),                # Armenia's declaration, 1990-08-23
    ("KORGOVBUS 2004017-", "KORGOVBUS 20040117-"),        # Ban Ki-moon foreign minister
    ("GBRGOV >201005011", "GBRGOV >20100511"),            # David Cameron prime minister
    ("EGYGOV 20121207-20120802", "EGYGOV 20111207-20120802"),  # Ganzouri's 2nd term
    ("1920030320-", "20030320-"),                         # Iraq occupied (19 + YYYYMMDD)
    ("1920050709-", "20050709-"),                         # South Sudan autonomous
    # A mistyped country code: ANG is no CAMEO code; Angola is AGO in the same lists.
    ("UNITA_ [ANGREB]", "UNITA_ [AGOREB]"),
]

# CAMEO role / sector codes: a six-letter code made of a country code and one of
# these is a part of that country's society (USAGOV), not a territory (USAASM).
# The agents file adds every three-letter group it uses to this set at run time.
ROLE_CODES = {
    # sectors and roles
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "INS", "SEP", "UAF",
    "MED", "EDU", "BUS", "CRM", "CVL", "HLH", "REF", "AGR", "ELI", "LAB", "LEG",
    "REL", "HRI", "DEV", "ENV", "SET", "MOD", "RAD", "PPL",
    # organization types
    "IGO", "NGO", "MNC", "IMG", "UNO", "NGM", "UIS",
    # religions (SUN, Sunni, and SHN, Shinto, are left out: in the countries file
    # they are the Soviet Union and Saint Helena)
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "HIN",
    "ITH", "JAI", "JAN", "JEW", "MAY", "MOS", "MUS", "PRO", "SHI", "SIK", "TAO", "ZRO",
}

# Function words written in lower case inside a phrase ("Bank of the South").
LOWER_WORDS = {
    "of", "the", "and", "for", "on", "in", "at", "to", "by", "an", "or",
    "de", "des", "du", "del", "della", "da", "das", "do", "dos", "la", "et",
    "al", "el", "bin", "ibn", "ul", "ud", "wa", "wal", "van", "von", "der",
}
# Single letters that are words (not initials) inside non-person phrases.
LOWER_LETTERS = {"a", "y", "e"}
# Arabic article-like prefixes before a hyphen ("al-Assad", "ad-Din").
HYPHEN_PREFIXES = {
    "al", "el", "ad", "ed", "ud", "ul", "ur", "ar", "as", "ash", "at", "ath",
    "az", "ab", "bin", "ibn", "wa", "e", "i", "de", "da", "du", "la", "y",
}
# Abbreviations with no vowel that are not acronyms.
NOT_ACRONYMS = {"MR", "MRS", "MS", "DR", "ST", "JR", "SR", "MT", "FT", "LT", "NG", "CMDR",
                "NGH", "SGT", "PVT", "CPL", "BRIG", "LTD", "CHRG", "PH", "TH"}
# Roman numerals after a name ("Abdullah II"). "XI", "LI", "MI" are left out on
# purpose: they are Chinese and other names far more often.
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XII", "XIII", "XIV",
         "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII"}
# Well-known acronyms that have vowels, so that the rules below cannot see them.
ACRONYMS = set("""
UN EU US USA UK UAE USSR NATO OPEC OAPEC ASEAN UNESCO UNICEF UNHCR UNDP UNEP UNAIDS
UNRWA UNIFIL UNAMID UNAMA UNAMI UNMIK UNMIL UNOCI UNMIS UNMISS UNSMIL UNMIN UNFPA UNIFEM
UNIDO UNCTAD UNOG UNSC UNGA UNSG UNHRC UNCHR UNESCAP ESCAP ESCWA ECLAC MONUC MONUSCO
MINUSTAH MINUSMA MINURSO IAEA OSCE OECD OAS OAU AU ECOWAS ECOMOG SADC IGAD GCC APEC
SAARC CIS CSTO BRICS WTO IMF WHO FAO ICAO ILO IOM ITU WFP WIPO IFAD IOC FIFA UEFA ICRC
IFRC ICC ICJ ICTY ICTR IPCC OIC OPCW CTBTO EBRD ADB AFDB IDB ECB EIB EC EEC EFTA NAFTA
MERCOSUR CARICOM UNASUR CELAC PLO PNA ANC ETA FARC ELN PKK LTTE ISIS ISIL AQAP AQIM NLD
BJP KMT DPP CPC CCP LDP SPD CDU CSU FDP AKP CHP HDP PML MQM UKIP DUP SDLP UUP SWAPO ZANU
SPLA UNITA MPLA FRELIMO RENAMO FMLN FSLN PRD PSOE PASOK KGB FSB SVR GRU CIA FBI NSA DEA
DHS NSC USAID NASA GCHQ BBC CNN AFP EFE KCNA IRNA AIDS HIV SARS NGO CEO IDF IDP KLA UCK
JNA SPDC SLORC PFLP DFLP PIJ MILF MNLF NPA ISAF KFOR SFOR IFOR EUFOR AMISOM UNOSOM
ECOSOC VOA RFE OHCHR OCHA UNDOF UNFICYP UNMEE UNOMIG UNTAET UNTAC MONUA UNAVEM UNOMIL
UNAMSIL UNAMIR UNPROFOR EULEX EUBAM EUMM EUPOL EUTM EUNAVFOR CIRA RIRA PIRA INLA UVF UDA
LVF UFF IRGC MEK MKO PKO TTP HUJI ULFA NSCN LRA NRM EPRDF TPLF OLF ONLF SPLM MDC ZAPU
UNIP KANU ODM PDP APC RUF AFRC NPFL ULIMO LURD MPCI FPI RDR PDCI UPC CNDP FDLR RCD MLC
AFDL FNL CNDD FDD FPR RPF UMP PDS PSD PPD ASIO CSIS SAVAK KCIA DGSE DST DGSI BND SIS IEA
IRENA IUCN WWF MSF IRC HRW ICG IISS SIPRI UNOPS UNV DPRK ROK PRC ROC RSFSR GDR FRG SFRY
BIH UNASOG EUSR OHR PIC
""".split())
# Acronyms whose plural is written with a lower-case s (NGOs, MPs).
PLURAL_ACRONYMS = {"NGO", "CEO", "IDP", "MP", "PM", "VIP", "UAV", "INGO", "MNC", "TV",
                   "HMMWV"}
# Acronyms that are also common words or given names: upper-case only in the
# names of organizations and groups, never in person names.
ORG_ONLY_ACRONYMS = set("""
IRA PA PRI ALBA SANA LET MENA ANSA RIA JI PP PF AP SCO ADF GAM ISI FRY JEM LEJ AMIS
""".split())
# Acronyms taken from parentheses ("ADEN ABYAN ISLAMIC ARMY (AAIA)") become aliases,
# except these, which are English words or given names and would match ordinary
# capitalised words at the start of a sentence.
AMBIGUOUS_ACRONYM_ALIASES = {
    "LET", "CAR", "ELF", "DAWN", "ERG", "HUM", "EMETIC", "ISA", "ANA", "ALF",
    "OLIVE", "US", "USA", "UK",
}

# Words in role phrases that are proper nouns or adjectives (and stay capitalised).
ROLE_PROPER = set("""
MUSLIM MUSLIMS MOSLEM MOSLEMS ISLAMIC ISLAMIST ISLAMISTS HINDU BUDDHIST CHRISTIAN
CATHOLIC SUNNI SHIA SHI'A SHIITE SHI'ITE SALAFI WAHHABI PROTESTANT METHODIST MARONITE
ANGLICAN JEW JEWS JEWISH HEBREW UNITARIAN HASID HASIDIM TORAH SHARIA SHARIAH EUROPEAN
APACHE TOMAHAWK REAPER RAPTOR HORNET OSPREY ORION POSEIDON SUKHOI KFIR
HUMVEE TOMCAT NIGHTHAWK TYPHOON SCUD JANJAWEED MUKHABARAT MUKABARAT MUHABARAT
MAFIA MAFFIA GOD KORAN QURAN QUR'AN ALLAH MIG MIRAGE SIKH BAHA'I COPTIC COPT
KURDISH BEDOUIN PASHTUN ARAB ARABS ZIONIST ZIONISTS AYATOLLAH
""".split())

# Vowels (for "no vowel, so an acronym": FSB, KGB, PKK, СССР).
VOWELS = set("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝАЕЁИОУЫЭЮЯ")


# --------------------------------------------------------------------------- #
# Reporting
# --------------------------------------------------------------------------- #

class Report:
    """Collects problems and repairs, each with file and line number."""

    def __init__(self):
        self.items = []   # (category, file, line, message)

    def add(self, category, fname, line, message):
        self.items.append((category, fname, line, message))

    def count(self, category):
        return sum(1 for item in self.items if item[0] == category)

    def print(self, out, categories):
        for category, title in categories:
            rows = [i for i in self.items if i[0] == category]
            if not rows:
                continue
            print("\n%s (%d):" % (title, len(rows)), file=out)
            for _, fname, line, message in rows:
                where = "%s:%s" % (fname, line) if line else fname
                print("  %s: %s" % (where, message), file=out)


# --------------------------------------------------------------------------- #
# Reading the source files
# --------------------------------------------------------------------------- #

def read_source_lines(path, report):
    """Read a dictionary: repairs applied, comments removed.

    Returns [(number, content, comment, indented)]: `content` is the line with
    comments cut off (right-stripped), `comment` the text of the `#` comment (or
    ""), `indented` whether the line starts with white space.
    """
    fname = os.path.basename(path)
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8", errors="replace")
    lines = []
    in_xml_comment = False
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        for bad, good in REPAIRS:
            if bad in line:
                line = line.replace(bad, good)
                report.add("repair", fname, number,
                           "repaired damaged text %r -> %r" % (bad, good))
        # <!-- ... --> comments, possibly over several lines.
        if in_xml_comment:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3:]
            in_xml_comment = False
        while "<!--" in line:
            start = line.find("<!--")
            end = line.find("-->", start + 4)
            if end < 0:
                line = line[:start]
                in_xml_comment = True
            else:
                line = line[:start] + line[end + 3:]
        comment = ""
        for mark in ("#", ";"):
            pos = line.find(mark)
            if pos >= 0:
                comment = line[pos + 1:] + " " + comment
                line = line[:pos]
        lines.append((number, line.rstrip(), comment.strip(), line[:1] in (" ", "\t")))
    return lines


def bad_characters(s):
    """Characters that show the text was damaged (control characters, U+FFFD)."""
    return [c for c in s if c == "\ufffd" or (ord(c) < 32 and c != "\t")]


# --------------------------------------------------------------------------- #
# Dates and codes
# --------------------------------------------------------------------------- #

class DateProblem(Exception):
    pass


def parse_date(s):
    """YYMMDD or YYYYMMDD -> 'YYYY-MM-DD'."""
    if not s.isdigit() or len(s) not in (6, 8):
        raise DateProblem("date %r is neither YYMMDD nor YYYYMMDD" % s)
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(s[2:4]), int(s[4:6])
    else:
        year, month, day = int(s[:4]), int(s[4:6]), int(s[6:8])
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        raise DateProblem("date %r is not a calendar date" % s)


RESTRICTION_RE = re.compile(
    r"^(?P<code>\S+)"
    r"(?:\s*(?P<op>[<>])\s*(?P<d>\d+)"
    r"|\s+(?P<a>\d+)\s*-\s*(?P<b>\d+)"
    r"|\s+(?P<single>\d+))?$")


class Code:
    """One CAMEO code, optionally restricted to [start, end] (ISO dates or None)."""

    def __init__(self, code, start=None, end=None):
        self.code, self.start, self.end = code, start, end

    @property
    def dated(self):
        return self.start is not None or self.end is not None

    def __str__(self):
        if not self.dated:
            return self.code
        return "%s@%s..%s" % (self.code, self.start or "", self.end or "")

    def key(self):
        return (self.code, self.start, self.end)


def parse_restriction(body, fname, line, report):
    """Parse the inside of one `[...]`. Returns a Code, the string '---' for a
    PETRARCH null code (undated), or None when it cannot be used (reported)."""
    body = " ".join(body.split())
    m = RESTRICTION_RE.match(body)
    if not m:
        report.add("unparsed", fname, line, "cannot read code restriction [%s]" % body)
        return None
    code = m.group("code")
    if code == "---":
        if m.group("op") or m.group("a") or m.group("single"):
            report.add("unparsed", fname, line,
                       "dated null code [%s] cannot be expressed; dropped" % body)
            return None
        return "---"
    if re.search(r"\d", code):
        clean = re.sub(r"\d+", "", code)
        report.add("repair", fname, line,
                   "code %s has numeric CAMEO religion sub-codes; written as %s"
                   % (code, clean))
        code = clean
    if not re.fullmatch(r"[A-Z]{3,}", code):
        report.add("unparsed", fname, line, "code %r is not a CAMEO code; dropped" % code)
        return None
    try:
        if m.group("op") == "<":
            return Code(code, None, parse_date(m.group("d")))
        if m.group("op") == ">":
            return Code(code, parse_date(m.group("d")), None)
        if m.group("a"):
            start, end = parse_date(m.group("a")), parse_date(m.group("b"))
            if end < start:
                report.add("unparsed", fname, line,
                           "[%s]: interval ends before it starts; dropped" % body)
                return None
            return Code(code, start, end)
        if m.group("single"):
            start = parse_date(m.group("single"))
            report.add("repair", fname, line,
                       "[%s] has one date and no < or >; read as 'from %s'" % (body, start))
            return Code(code, start, None)
    except DateProblem as e:
        report.add("unparsed", fname, line, "[%s]: %s; restriction dropped" % (body, e))
        return None
    return Code(code)


BRACKET_RE = re.compile(r"\[([^\[\]{}]*)[\]}]")


def split_codes(text):
    """Split `PHRASE [A] [B 9901-9912]` into ('PHRASE', ['A', 'B 9901-9912'], rest)."""
    first = text.find("[")
    if first < 0:
        return text, [], ""
    phrase = text[:first]
    bodies = []
    rest = text[first:]
    leftover = BRACKET_RE.sub(lambda m: bodies.append(m.group(1)) or " ", rest)
    return phrase, bodies, leftover.strip()


# --------------------------------------------------------------------------- #
# Phrases and natural case
# --------------------------------------------------------------------------- #

def source_words(raw):
    """PETRARCH phrase -> upper-case words: `_` to space, stop marker dropped."""
    return " ".join(raw.replace("_", " ").split()).strip()


def is_acronym_word(word):
    """Whether an upper-case word looks like an acronym by itself."""
    letters = word.replace(".", "").replace("-", "").replace("/", "")
    if not letters or not letters.isalpha():
        return False
    if letters in NOT_ACRONYMS:
        return False
    return 2 <= len(letters) <= 6 and not any(c in VOWELS for c in letters)


def initials_match(acronym, words):
    """Whether `acronym` can be spelled by taking, in order, the first one or two
    letters of the words (function words may be skipped): NATO from North Atlantic
    Treaty Organization, ASEAN from Association of SouthEast Asian Nations."""
    parts = []
    for w in words:
        parts.extend(p for p in re.split(r"[-/]", w) if p)
    parts = [re.sub(r"[^A-Z]", "", p.upper()) for p in parts]
    parts = [p for p in parts if p]
    target = acronym.upper()
    if len(target) < 2 or len(parts) < 2:
        return False
    memo = {}

    def go(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(target):
            ok = all(p.lower() in LOWER_WORDS for p in parts[j:])
        elif j == len(parts):
            ok = False
        else:
            p = parts[j]
            ok = False
            if p.lower() in LOWER_WORDS and go(i, j + 1):
                ok = True
            for n in (1, 2):
                if not ok and len(p) >= n and target[i:i + n] == p[:n] and go(i + n, j + 1):
                    ok = True
        memo[(i, j)] = ok
        return ok

    return go(0, 0)


def case_segment(seg, first, person, acronyms, last=False):
    """Case one letter run (no spaces, hyphens or slashes) of an upper-case word.

    `first`: the phrase's first segment (always capitalised); `last`: a lone last
    word, which keeps its capital too ("Li Bin", not "Li bin")."""
    if not seg:
        return seg
    up = seg.upper()
    low = seg.lower()
    if re.fullmatch(r"\d+(ST|ND|RD|TH)", up):
        return low                              # 1ST -> 1st
    if re.search(r"\d", seg):
        return up                               # G8, F-16, M23
    if "&" in seg and all(len(p) <= 3 for p in up.split("&")):
        return up                               # AT&T, B&G
    if "." in seg:
        pieces = [p for p in up.split(".") if p]
        if pieces and all(len(p) == 1 for p in pieces):
            return up                           # U.S., V., R.K.
        return ".".join(case_segment(p, first and k == 0, person, acronyms)
                        for k, p in enumerate(up.split(".")))
    if up in acronyms or up in ACRONYMS or (not person and up in ORG_ONLY_ACRONYMS):
        return up
    if up.endswith("S") and up[:-1] in PLURAL_ACRONYMS:
        return up[:-1] + "s"                    # NGOS -> NGOs
    if is_acronym_word(up):
        return up
    if not first and up in ROMAN:
        return up
    if not first and not last and low in LOWER_WORDS:
        return low
    if not first and not person and low in LOWER_LETTERS:
        return low
    if "'" in seg:
        # D'IVOIRE -> d'Ivoire, O'NEILL -> O'Neill, CHILDREN'S -> Children's
        head, _, tail = seg.partition("'")
        if len(head) == 1 and tail:
            h = head.lower() if (head.upper() in ("D", "L") and not first) else head.upper()
            return h + "'" + case_segment(tail, True, person, acronyms)
        if not head:
            return "'" + case_segment(tail, first, person, acronyms)
        return case_segment(head, first, person, acronyms) + "'" + tail.lower()
    if up.startswith("MC") and len(up) > 3 and up[2:].isalpha():
        return "Mc" + up[2].upper() + up[3:].lower()    # MCCLOY -> McCloy
    return _capitalize(seg)


def _capitalize(seg):
    """First letter upper, rest lower ('"NANDO"' -> '"Nando"'), without Python's
    dotted-I surprises."""
    i = 0
    while i < len(seg) and not seg[i].isalpha():
        i += 1
    if i == len(seg):
        return seg
    rest = "".join("i" if c == "İ" else c.lower() for c in seg[i + 1:])
    return seg[:i] + seg[i].upper() + rest


def natural_case(phrase, person=False, acronyms=frozenset(), korean=False):
    """Upper-case source phrase -> readable natural case.

    "BASHAR_AL-ASSAD" -> "Bashar al-Assad", "U.S._STATE_DEPARTMENT" ->
    "U.S. State Department", "COTE_D'IVOIRE" -> "Cote d'Ivoire".
    `acronyms` are extra words to keep upper case (found by initials_match).
    `korean`: write Korean given names as "Ki-moon", "Jong-un".
    """
    out = []
    words = phrase.split(" ")
    for wi, word in enumerate(words):
        last = wi == len(words) - 1
        if re.search(r"\d", word) and not re.fullmatch(r"\(?\d+(ST|ND|RD|TH)\)?", word):
            out.append(word.upper())        # G8, M23, MIG-29
            continue
        # split into segments on hyphens, slashes and parentheses, keeping them
        tokens = re.split(r"([-/()])", word)
        cased = []
        seg_index = 0
        for ti, tok in enumerate(tokens):
            if tok in ("-", "/", "(", ")") or tok == "":
                cased.append(tok)
                continue
            first = wi == 0 and seg_index == 0
            nxt = tokens[ti + 1] if ti + 1 < len(tokens) else ""
            if (nxt == "-" and not first and tok.lower() in HYPHEN_PREFIXES
                    and tok.upper() not in acronyms):
                cased.append(tok.lower())       # al-Assad, Mazar-i-Sharif
            elif (seg_index > 0 and tokens[ti - 1] == "-" and nxt == "-"
                  and tok.lower() in HYPHEN_PREFIXES):
                cased.append(tok.lower())
            elif korean and seg_index == 1 and len(tokens) == 3 and tokens[1] == "-":
                cased.append(tok.lower())       # Ban Ki-moon
            else:
                cased.append(case_segment(tok, first, person, acronyms,
                                          last=last and len(tokens) == 1))
            seg_index += 1
        out.append("".join(cased))
    return " ".join(out)


def role_case(phrase):
    """Role words are written in lower case except acronyms and proper words."""
    out = []
    for word in phrase.split(" "):
        up = word.upper()
        if re.fullmatch(r"\d+(ST|ND|RD|TH)", up):
            out.append(word.lower())                # 1st
            continue
        if re.search(r"\d", word):
            out.append(up)                          # F/A-18, AH-64D, SU-30MK
            continue
        tokens = re.split(r"([-/])", word)
        cased = []
        for tok in tokens:
            up = tok.upper()
            if tok in ("-", "/", ""):
                cased.append(tok)
            elif len(up) == 1 and up != "A":
                cased.append(up)                    # F 16, C in C
            elif up in ROLE_PROPER or (up.endswith("S") and up[:-1] in ROLE_PROPER):
                cased.append(_capitalize(tok))
            elif up.endswith("S") and up[:-1] in PLURAL_ACRONYMS:
                cased.append(up[:-1] + "s")         # NGOs, MPs
            elif up in ACRONYMS or up in PLURAL_ACRONYMS or is_acronym_word(up):
                cased.append(up)
            else:
                cased.append(tok.lower())
        out.append("".join(cased))
    text = " ".join(out)
    for proper in ("United Nations", "European Union"):
        text = re.sub(r"\b%s\b" % proper, proper, text, flags=re.IGNORECASE)
    return text


# --------------------------------------------------------------------------- #
# Actor dictionaries
# --------------------------------------------------------------------------- #

class Record:
    """One actor record of a Phoenix .actors file."""

    def __init__(self, line, phrase, countryinfo=False, nameless=False, codes=None):
        self.line = line                 # line of the primary phrase
        self.phrases = []                # [(line, upper-case source phrase)]
        if phrase is not None:
            self.phrases.append((line, phrase))
        # Code objects and '---' markers in source order. Records of one code slot
        # (see parse_actor_file) share this list.
        self.codes = [] if codes is None else codes
        self.countryinfo = countryinfo
        self.nameless = nameless         # the primary phrase is missing in the source
        self.merged_lines = []           # code-less primaries that joined this record


def last_word(phrase):
    """Last word of a phrase, for telling whether two phrases name one actor."""
    words = re.sub(r"[^A-Z0-9' ]", " ", phrase.upper().replace("-", " ")).split()
    return words[-1].replace("'", "") if words else ""


def parse_actor_file(path, report):
    """Parse one Phoenix actor dictionary into a list of Records.

    PETRARCH gives a primary phrase that has no code, and the primary phrases that
    follow it until a code turns up, one shared code slot: the codes that follow
    belong to all of them. Such a phrase is another name of the record before it
    when the two end in the same word ("BORIS_YELTSIN_" ... "PRESIDENT_YELTSIN");
    otherwise it is a separate actor with the same codes (a list of groups that
    share one code, "SARAYAT_AL-QUDS", "JUND_AL_AQSA", ... [SYRREBMUS]).
    """
    fname = os.path.basename(path)
    records = []
    group = []          # records sharing the current code slot; the last is current

    def current():
        return group[-1] if group else None

    def finish():
        records.extend(group)
        group.clear()

    def add_codes(bodies, line):
        for body in bodies:
            code = parse_restriction(body, fname, line, report)
            if code is not None:
                current().codes.append(code)

    for number, content, comment, indented in read_source_lines(path, report):
        if not content.strip():
            # A comment-only line that is indented stands where a primary phrase
            # was lost (e.g. a name with accents dropped by an old conversion):
            # what follows must not join the previous record.
            if comment and indented and not comment.startswith("["):
                finish()
                group.append(Record(number, None, "CountryInfo" in comment, nameless=True))
            continue
        if "---STOP---" in content:
            break
        stripped = content.strip()

        if indented and stripped.startswith("["):
            # date restriction line(s)
            phrase, bodies, rest = split_codes(stripped)
            if not group:
                report.add("unparsed", fname, number,
                           "restriction outside any record: %s" % stripped)
                continue
            if rest:
                report.add("unparsed", fname, number,
                           "text after the restriction ignored: %r" % rest)
            add_codes(bodies, number)
            continue

        if stripped.startswith("+"):
            if not group:
                report.add("unparsed", fname, number, "synonym outside any record: %s" % stripped)
                continue
            phrase, bodies, rest = split_codes(stripped)
            pieces = [p for p in phrase.split("+") if p.strip()]
            if len(pieces) > 1:
                report.add("repair", fname, number,
                           "one synonym line holds %d synonyms joined by '+'; split"
                           % len(pieces))
            for piece in pieces:
                current().phrases.append((number, source_words(piece)))
            if bodies:
                report.add("repair", fname, number,
                           "codes on a synonym line; applied to the record")
                add_codes(bodies, number)
            if rest:
                report.add("unparsed", fname, number, "record converted; trailing text without a # ignored: %r" % rest)
            continue

        # primary phrase line
        if re.match(r"[A-Za-z]+:\s", stripped):
            report.add("unparsed", fname, number,
                       "not a dictionary entry (a stray note?): %r; skipped" % stripped)
            continue
        if indented:
            report.add("repair", fname, number,
                       "indented primary phrase %r read as a new record (PETRARCH would "
                       "have read it as a restriction of the previous record)"
                       % stripped.split("[")[0].strip())
        phrase, bodies, rest = split_codes(stripped)
        words = source_words(phrase)
        if rest:
            report.add("unparsed", fname, number, "record converted; trailing text without a # ignored: %r" % rest)
        if not words:
            report.add("unparsed", fname, number, "primary line without a phrase: %s" % stripped)
            continue
        info = "CountryInfo" in comment
        cur = current()
        if cur is not None and not cur.codes and not cur.nameless:
            # same code slot as the record(s) before
            target = None
            for rec in group:
                if any(last_word(p) == last_word(words) for _, p in rec.phrases):
                    target = rec
            if target is not None:
                target.phrases.append((number, words))
                target.merged_lines.append(number)
                target.countryinfo = target.countryinfo or info
            else:
                group.append(Record(number, words, info, codes=cur.codes))
            add_codes(bodies, number)
            continue
        finish()
        group.append(Record(number, words, info))
        add_codes(bodies, number)
    finish()
    return records


def split_parenthetical(phrase):
    """Handle parentheses, which break phrase matching.

    Returns (phrase, extra_aliases, notes). A trailing "(ACRONYM)" that spells the
    initials of the phrase is moved out into its own alias; other balanced
    parentheses are kept ("Korea (North)", "Congo (Brazzaville)") because the
    stripped phrase would mean something else; an unbalanced "(" or ")" and what
    follows an unbalanced "(" (CountryInfo notes like "(ACTING") are dropped.
    """
    notes = []
    extra = []
    # unbalanced open parenthesis: drop it and the rest of the phrase
    if phrase.count("(") > phrase.count(")"):
        pos = phrase.rfind("(")
        notes.append("dropped unbalanced %r" % phrase[pos:])
        phrase = phrase[:pos].strip()
    elif phrase.count(")") > phrase.count("("):
        notes.append("dropped stray ')'")
        phrase = " ".join(phrase.replace(")", " ").split())
    m = re.fullmatch(r"(.*\S)\s*\(\s*([A-Z][A-Z-]{1,9})\s*\)", phrase)
    if m:
        base, acro = m.group(1), m.group(2).replace("-", "")
        if initials_match(acro, base.split()):
            phrase = base
            raw = m.group(2)
            if len(acro) < 3 or raw in AMBIGUOUS_ACRONYM_ALIASES:
                notes.append("acronym alias %r not kept (too short or an English word)" % raw)
            else:
                extra.append(raw)
    return phrase, extra, notes


class Actor:
    """An output line."""

    def __init__(self, kind, name, codes, aliases, line):
        self.kind, self.name, self.codes, self.aliases, self.line = kind, name, codes, aliases, line

    def tsv(self):
        return "\t".join([self.kind, self.name, " ".join(str(c) for c in self.codes),
                          "|".join(self.aliases)])


def principal_code(codes):
    """The code that says what the actor is: the first undated code, or else the
    code of the last restriction (the most recent one, as the sources list them)."""
    for c in codes:
        if not c.dated:
            return c.code
    return codes[-1].code if codes else ""


# Dated records are people, unless their name says they are an institution
# ("SOVIET OF NATIONALITIES", "SYRIAN NATIONAL COUNCIL").
INSTITUTION_RE = re.compile(
    r"\b(COUNCIL|PARTY|MINISTRY|ASSEMBLY|SOVIET|POLITBURO|COMMITTEE|GOVERNMENT|ARMY|"
    r"FORCES|PARLIAMENT|CONGRESS|COURT|OFFICE|DEPARTMENT|AGENCY|UNION|FRONT|MOVEMENT|"
    r"BANK|COMMISSION|PALACE|SENATE|REGIME|ADMINISTRATION|CABINET|SECRETARIAT|"
    r"LEAGUE|ORGANIZATION|ORGANISATION)\b")


def classify(record, codes, file_kind, countries):
    """Decide the actor kind (see the module docstring and data/actors/README.md)."""
    if file_kind == "nonstate":
        return "group"
    if record.countryinfo:
        return "person"
    main = principal_code(codes)
    if len(main) == 3 and main in countries:
        return "country"
    if (len(main) == 6 and main[:3] in countries and main[3:] not in ROLE_CODES
            and all(len(c.code) in (3, 6) and c.code[:3] in countries
                    and (len(c.code) == 3 or c.code[3:] not in ROLE_CODES) for c in codes)):
        return "country"                     # territories (USAASM) and the like
    if any(c.dated for c in codes) and not INSTITUTION_RE.search(record.phrases[0][1]):
        return "person"
    if file_kind == "international" and main.startswith("IGO"):
        return "igo"
    return "organization"


def convert_record(record, file_kind, countries, fname, report):
    """Record -> Actor (or None when it has nothing to write; reported)."""
    # --- codes: drop PETRARCH null codes where that keeps the meaning
    codes = []
    nulls = [c for c in record.codes if c == "---"]
    real = [c for c in record.codes if c != "---"]
    if nulls:
        undated_before_null = False
        for c in record.codes:
            if c == "---":
                break
            if not c.dated:
                undated_before_null = True
        undated_after = any(not c.dated for c in record.codes[record.codes.index("---"):]
                            if c != "---")
        if not real:
            report.add("unparsed", fname, record.line,
                       "record %r has only the null code [---] (a PETRARCH blocker "
                       "entry); parley's format has no null code, not written"
                       % (record.phrases[0][1] if record.phrases else "?"))
            return None
        if undated_after and not undated_before_null:
            report.add("unparsed", fname, record.line,
                       "null default [---] comes before another default code; the "
                       "null default is lost")
    seen = set()
    for c in real:
        if c.key() in seen:
            continue
        seen.add(c.key())
        codes.append(c)
    if record.nameless:
        if record.phrases or record.codes:
            what = ", ".join(p for _, p in record.phrases) or "no synonyms"
            report.add("unparsed", fname, record.line,
                       "record without a primary phrase (lost in the source); synonyms: "
                       "%s; codes: %s; not written"
                       % (what, " ".join(str(c) for c in codes) or "none"))
        return None
    if not codes:
        report.add("unparsed", fname, record.line,
                   "record %r has no code; not written"
                   % ", ".join(p for _, p in record.phrases))
        return None

    kind = classify(record, codes, file_kind, countries)
    person = kind == "person"

    # --- phrases: damaged text, parentheses
    phrases = []
    for line, p in record.phrases:
        bad = bad_characters(p)
        if bad:
            report.add("unparsed", fname, line,
                       "phrase %r has damaged characters %r; phrase dropped" % (p, bad))
            continue
        p2, extra, notes = split_parenthetical(p)
        for n in notes:
            report.add("repair", fname, line, "%s: %s" % (p, n))
        if p2:
            phrases.append(p2)
        phrases.extend(extra)
    if not phrases:
        report.add("unparsed", fname, record.line, "record has no usable phrase; not written")
        return None

    # --- a one-word phrase that spells the initials of another phrase of the
    # same record is an acronym ("ANSF" beside "Afghan National Security Forces")
    local = set()
    multi = [p.split() for p in phrases if len(p.split()) > 1]
    for p in phrases:
        letters = p.replace(".", "")
        if (" " not in p and letters.isalpha() and (3 if person else 2) <= len(letters) <= 8
                and any(initials_match(letters, m) for m in multi)):
            local.add(p.upper())

    korean = person and any(c.code[:3] in ("KOR", "PRK") for c in codes)
    cased = [natural_case(p, person, frozenset(local), korean) for p in phrases]
    name = cased[0]
    aliases = []
    seen = {name.lower()}
    for a in cased[1:]:
        if a.lower() not in seen:
            seen.add(a.lower())
            aliases.append(a)
    return Actor(kind, name, codes, aliases, record.line)


def country_codes_from(records):
    """CAMEO country codes: every three-letter code of the countries file (MUS is
    Mauritius there, whatever it means after a country code), and the first three
    letters of its longer codes unless they are role codes (ELI, IGO, ...)."""
    found = set()
    for r in records:
        for c in r.codes:
            if c == "---":
                continue
            if len(c.code) == 3:
                found.add(c.code)
            elif c.code[:3] not in ROLE_CODES:
                found.add(c.code[:3])
    return found


def merge_duplicates(actors, fname, report):
    """Records with the same name and the same codes become one line."""
    by_key = OrderedDict()
    for a in actors:
        key = (a.kind, a.name.lower(), tuple(c.key() for c in a.codes))
        if key in by_key:
            first = by_key[key]
            known = {first.name.lower()} | {x.lower() for x in first.aliases}
            for alias in a.aliases:
                if alias.lower() not in known:
                    first.aliases.append(alias)
                    known.add(alias.lower())
            report.add("merged", fname, a.line,
                       "duplicate of the record at line %d (%s); merged" % (first.line, a.name))
        else:
            by_key[key] = a
    return list(by_key.values())


# --------------------------------------------------------------------------- #
# Agent dictionary
# --------------------------------------------------------------------------- #

MAN_EXCEPTIONS = {"HUMAN", "GERMAN", "SHAMAN", "OTTOMAN", "ROMAN", "TALISMAN", "CAYMAN",
                  "SULTAN", "OMAN", "CAIMAN", "DOBERMAN"}


PREPOSITIONS = {"OF", "FOR", "IN", "ON", "TO", "AT", "WITH", "FROM", "AGAINST", "WITHOUT",
                "UNDER", "OVER", "BY", "ALONG"}


def plural_word(w):
    """Regular plural of one upper-case word, or None when it has none."""
    if len(w) <= 2 or not w[-1].isalpha() or w in PREPOSITIONS:
        return None
    if w.endswith("MAN") and w not in MAN_EXCEPTIONS and len(w) > 3:
        return w[:-3] + "MEN"
    if w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        return w[:-1] + "IES"
    if w.endswith("Y"):
        return w + "S"
    if w.endswith(("SS", "US", "IS", "AS", "OS", "CH", "SH", "X", "Z")):
        return w + "ES"
    if w.endswith("S"):
        return None                              # already plural: SEPARATISTS
    return w + "S"


def plural_of(phrase):
    """Regular plural of a role phrase.

    PETRARCH adds S to the last word, or turns Y into IES, or S into ES. Here the
    English corrections PETRARCH lacks are added: vowel + Y takes S (ATTORNEYS, not
    ATTORNEIES), CH/SH/X/Z take ES, -MAN becomes -MEN, a word that already ends in a
    plural S gets no second plural, and in a phrase with a preposition the word
    before it is the one made plural (HEADS OF STATE, not HEAD OF STATES).
    """
    words = phrase.split(" ")
    head = len(words) - 1
    for i, w in enumerate(words[1:], 1):
        if w in PREPOSITIONS:
            head = i - 1
            break
    p = plural_word(words[head])
    if p is None:
        return None
    return " ".join(words[:head] + [p] + words[head + 1:])


def parse_agents(path, report):
    """Phoenix.agents.txt -> [(surface form in natural case, code)]."""
    fname = os.path.basename(path)
    subsets = {}
    out = []            # (line, phrase upper, code)
    for number, content, comment, _ in read_source_lines(path, report):
        text = content.strip()
        if not text:
            continue
        m = re.fullmatch(r"!([A-Z]+)!\s*=\s*(.+)", text)
        if m:
            subsets[m.group(1)] = [w.strip().upper() for w in m.group(2).split(",") if w.strip()]
            continue
        phrase, bodies, rest = split_codes(text)
        if "[" in text and "]" not in text and "}" in text.split("[", 1)[1]:
            report.add("repair", fname, number, "code bracket closed with '}': %s" % text)
        if not bodies:
            report.add("unparsed", fname, number, "agent without a code: %s" % text)
            continue
        if rest:
            report.add("unparsed", fname, number, "text after the code ignored: %r" % rest)
        code = "".join(bodies[0].split())
        if len(bodies) > 1:
            report.add("unparsed", fname, number, "more than one code; only %s used" % code)
        if not re.fullmatch(r"~[A-Z]{3,}|[A-Z]{3,}~", code):
            report.add("unparsed", fname, number, "agent code %r not in ~XXX/XXX~ form" % code)
            continue
        plural_given = None
        bm = re.search(r"\{([^}]*)\}", phrase)
        if bm:
            plural_given = source_words(bm.group(1))
            phrase = phrase[:bm.start()] + phrase[bm.end():]
        elif "{" in phrase or "}" in phrase:
            report.add("unparsed", fname, number, "unbalanced '{': %s" % text)
            continue
        words = source_words(phrase)
        if bad_characters(words):
            report.add("unparsed", fname, number, "damaged characters in %r; skipped" % words)
            continue
        # substitution markers (every occurrence), no generated plural (as PETRARCH)
        markers = re.findall(r"!([A-Z]+)!", words)
        if markers:
            forms = [words]
            for mk in markers:
                if mk not in subsets:
                    report.add("unparsed", fname, number,
                               "substitution set !%s! is not defined; skipped" % mk)
                    forms = []
                    break
                forms = [f.replace("!%s!" % mk, s, 1) for f in forms for s in subsets[mk]]
            for f in forms:
                out.append((number, " ".join(f.split()), code))
            if plural_given:
                out.append((number, plural_given, code))
            continue
        # parentheses break matching: "LIEUTENTANT (JG)" -> "LIEUTENTANT"
        if "(" in words or ")" in words:
            cleaned = " ".join(re.sub(r"\([^)]*\)?|\)", " ", words).split())
            report.add("repair", fname, number, "parenthetical dropped: %r -> %r"
                       % (words, cleaned))
            words = cleaned
            if not words:
                continue
        out.append((number, words, code))
        if plural_given is not None:
            if plural_given:
                out.append((number, plural_given, code))
        else:
            p = plural_of(words)
            if p:
                out.append((number, p, code))
    return out


# --------------------------------------------------------------------------- #
# Output
# --------------------------------------------------------------------------- #

def header(source_file, command, what):
    return [
        "# %s" % what,
        "# Source: %s, file %s/%s (commit %s)" % (SOURCE_REPO, SOURCE_PATH, source_file, SOURCE_COMMIT),
        "# License: %s (see data/actors/README.md)" % LICENSE_LINE,
        "# Converted by: %s" % command,
        "# Format: docs/data-formats.md. Do not edit by hand: fix the converter or add a user file.",
    ]


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


ACTOR_KINDS = {"country", "person", "organization", "igo", "group", "capital", "metonym"}
CODE_RE = re.compile(r"^[A-Z]{3,}(@(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$")
ROLE_CODE_RE = re.compile(r"^(~[A-Z]{3,}|[A-Z]{3,}~)$")


# data/actors files that hold no actors: the words of coreference (references.tsv)
# and the names and titles that tell a person's gender.
WORD_LISTS = {"references.tsv", "given_names.tsv", "gender_words.tsv"}


def check_dir(folder):
    """Check every .tsv file of an actors folder against docs/data-formats.md:
    actor files have four TAB-separated fields, a known kind, a non-empty name,
    well-formed codes and no empty alias; role files (roles*.tsv) have a phrase and
    a ~XXX / XXX~ code; peoples.tsv has a phrase and an actor's name. The word
    lists for coreference (WORD_LISTS) are checked by parley when it loads them.
    Returns a list of problems."""
    problems = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".tsv") or name in WORD_LISTS:
            continue
        roles = name.startswith("roles")
        aliases_only = name == "peoples.tsv"  # phrase <TAB> actor name
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                where = "%s:%d" % (name, number)
                fields = line.split("\t")
                if aliases_only:
                    if len(fields) != 2 or not fields[0].strip() or not fields[1].strip():
                        problems.append("%s: want phrase <TAB> actor name, got %r" % (where, line))
                    continue
                if roles:
                    if len(fields) != 2 or not fields[0].strip() or not ROLE_CODE_RE.match(fields[1]):
                        problems.append("%s: bad role line %r" % (where, line))
                    continue
                if len(fields) != 4:
                    problems.append("%s: %d fields, not 4" % (where, len(fields)))
                    continue
                kind, actor, codes, aliases = fields
                if kind not in ACTOR_KINDS:
                    problems.append("%s: unknown kind %r" % (where, kind))
                if not actor.strip() or actor != actor.strip() or "  " in actor:
                    problems.append("%s: bad name %r" % (where, actor))
                if not codes.split():
                    problems.append("%s: no code" % where)
                for code in codes.split(" "):
                    m = CODE_RE.match(code)
                    if not m:
                        problems.append("%s: bad code %r" % (where, code))
                        continue
                    for d in (m.group(2), m.group(3)):
                        try:
                            if d:
                                datetime.date.fromisoformat(d)
                        except ValueError:
                            problems.append("%s: bad date in %r" % (where, code))
                    if m.group(2) and m.group(3) and m.group(3) < m.group(2):
                        problems.append("%s: interval ends before it starts: %r" % (where, code))
                if aliases:
                    for a in aliases.split("|"):
                        if not a.strip() or a != a.strip() or "  " in a:
                            problems.append("%s: bad alias %r" % (where, a))
                    lowered = [a.lower() for a in aliases.split("|")]
                    if actor.lower() in lowered or len(set(lowered)) != len(lowered):
                        problems.append("%s: name repeated among aliases, or alias twice" % where)
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Convert PETRARCH2 Phoenix actor and agent dictionaries into "
                    "parley's data/actors/*.tsv files (see docs/data-formats.md).",
        epilog="Example: python3 tools/convert/phoenix_actors.py "
               "--dicts ../shared/data/petrarch2/petrarch2/data/dictionaries --out data/actors")
    ap.add_argument("--dicts",
                    help="folder holding Phoenix.*.actors.txt and Phoenix.agents.txt")
    ap.add_argument("--out", required=True, help="folder to write the .tsv files to")
    ap.add_argument("--verbose", action="store_true",
                    help="also list repairs, merged duplicates and phrase conflicts")
    ap.add_argument("--check-only", action="store_true",
                    help="convert nothing; only check the .tsv files in --out")
    args = ap.parse_args(argv)
    if not args.check_only and not args.dicts:
        ap.error("--dicts is required (unless --check-only)")
    if args.check_only:
        problems = check_dir(args.out)
        for p in problems:
            print(p)
        print("%s: %d problems" % (args.out, len(problems)))
        return 1 if problems else 0

    command = "python3 tools/convert/phoenix_actors.py --dicts %s --out %s" % (
        args.dicts, args.out)
    report = Report()
    os.makedirs(args.out, exist_ok=True)

    # Role codes used by the agents file also count as role codes for actors.
    agent_path = os.path.join(args.dicts, AGENT_SOURCE[0])
    agent_rows = parse_agents(agent_path, report)
    for _, _, code in agent_rows:
        body = code.strip("~")
        for i in range(0, len(body) - 2, 3):
            ROLE_CODES.add(body[i:i + 3])

    parsed = {}
    for src, _, file_kind in ACTOR_SOURCES:
        parsed[src] = parse_actor_file(os.path.join(args.dicts, src), report)
    countries = country_codes_from(parsed[ACTOR_SOURCES[0][0]])

    summary = []
    all_phrases = {}    # lower-case phrase -> set of code strings (for conflicts)
    for src, out_name, file_kind in ACTOR_SOURCES:
        actors = []
        for record in parsed[src]:
            a = convert_record(record, file_kind, countries, src, report)
            if a is not None:
                actors.append(a)
        actors = merge_duplicates(actors, src, report)
        lines = header(src, command, "%s: actors from PETRARCH2's %s" % (out_name, src))
        lines.append("# kind\tname\tcodes\taliases")
        lines.extend(a.tsv() for a in actors)
        write_lines(os.path.join(args.out, out_name), lines)
        kinds = Counter(a.kind for a in actors)
        summary.append((out_name, len(actors), kinds, len(parsed[src])))
        for a in actors:
            codes = " ".join(str(c) for c in a.codes)
            for p in [a.name] + a.aliases:
                all_phrases.setdefault(p.lower(), set()).add(codes)

    # roles
    roles = OrderedDict()
    for line, phrase, code in agent_rows:
        cased = role_case(phrase)
        key = cased.lower()
        if key in roles:
            if roles[key][1] != code:
                report.add("conflict", AGENT_SOURCE[0], line,
                           "%r already has code %s (line %d); %s ignored"
                           % (cased, roles[key][1], roles[key][2], code))
            continue
        roles[key] = (cased, code, line)
    lines = header(AGENT_SOURCE[0], command,
                   "%s: role words from PETRARCH2's %s" % (AGENT_SOURCE[1], AGENT_SOURCE[0]))
    lines.append("# phrase\tcode")
    lines.extend("%s\t%s" % (p, c) for p, c, _ in roles.values())
    write_lines(os.path.join(args.out, AGENT_SOURCE[1]), lines)

    conflicts = sorted(p for p, codes in all_phrases.items() if len(codes) > 1)

    # ---- report
    out = sys.stdout
    print("Wrote:", file=out)
    for name, n, kinds, nrec in summary:
        print("  %-18s %6d actors (from %d records): %s" % (
            name, n, nrec, ", ".join("%s %d" % kv for kv in sorted(kinds.items()))), file=out)
    print("  %-18s %6d role surface forms" % (AGENT_SOURCE[1], len(roles)), file=out)
    print("Repairs: %d, merged duplicate records: %d, role conflicts: %d, "
          "actor phrases with more than one code set: %d"
          % (report.count("repair"), report.count("merged"), report.count("conflict"),
             len(conflicts)), file=out)
    cats = [("unparsed", "Source lines not converted")]
    if args.verbose:
        cats += [("repair", "Repairs"), ("merged", "Merged duplicates"),
                 ("conflict", "Role phrases with two codes")]
    report.print(out, cats)
    if args.verbose and conflicts:
        print("\nActor phrases with more than one code set (%d):" % len(conflicts), file=out)
        for p in conflicts:
            print("  %s: %s" % (p, " | ".join(sorted(all_phrases[p]))), file=out)
    problems = check_dir(args.out)
    print("\nFormat check of %s/*.tsv: %d problems" % (args.out, len(problems)), file=out)
    for p in problems:
        print("  " + p, file=out)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
