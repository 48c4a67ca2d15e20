#!/usr/bin/env python3
"""Convert PETRARCH2's CAMEO verb dictionary to parley's data/events/verbs.txt.

The source is CAMEO.2.0.txt from PETRARCH2 (openeventdata/petrarch2, MIT license,
Copyright (c) 2015 Open Event Data Alliance).  It has three sections:

  ####### SYNONYM SETS #######      &NAME lines followed by +WORD lines
  ####### VERB PATTERNS #######     blocks: "---  NAME   [CODE]  ---", then verb lines
                                    "VERB {IRREGULAR FORMS} [CODE] # comment" and
                                    pattern lines "- PRE * POST [CODE] # comment"
  ######## TRANSFORMATIONS ######   "~ a (a b ATTACK) SAY = a b 015"

The output format is defined in docs/data-formats.md ("Event verbs"):

  synset <TAB> &NAME <TAB> phrase|phrase|...
  block <TAB> NAME <TAB> CODE
  verb <TAB> LEMMA <TAB> CODE <TAB> form|form|...
  pattern <TAB> CODE <TAB> PATTERN [<TAB> # comment]
  transform <TAB> RULE

What the converter does beyond copying:

* Verbs: every inflected form is written out (lemma, 3rd person -s, past, past
  participle, -ing).  Forms given in {...} are kept; forms the braces leave out are
  filled in from a small table of English irregular verbs or, for regular verbs, by
  the regular spelling rules (e -> ed, consonant+y -> ied, consonant doubling, ...).
  When the doubling of a final consonant is uncertain (cancel: canceled/cancelled)
  both spellings are written.  Multi-word verbs keep '+' on the inflected word
  (+BEEF_UP -> "+beef up|+beefs up|+beefed up|+beefing up").  Empty braces ("{}")
  mean "this exact form only", as in the source.
* Synsets: plurals are written out unless the label or the phrase ends in '_'
  (PETRARCH's "no plural" marker, which is dropped from phrases).
* Patterns: lower-cased, whitespace normalised; synset names stay upper case.
* Everything is lower-cased except synset names, block names, codes and the
  transformation rules (which refer to block names).

Anything that cannot be converted is reported on stderr with its line number.

Usage:
  python3 tools/convert/petrarch_verbs.py \\
      --verbs /work/shared/data/petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt \\
      --out data/events/verbs.txt [--cameo data/events/cameo.tsv]
"""

import argparse
import re
import sys
from collections import OrderedDict

# --------------------------------------------------------------------------------------
# English verb morphology
# --------------------------------------------------------------------------------------

VOWELS = set("aeiou")

# Irregular verbs: base, 3rd person singular, past, past participle, -ing.
# Alternatives are separated by '/'.  Only verbs that can occur in an event dictionary
# are needed; prefixed verbs (withdraw, overtake, ...) are derived from their stem by
# irregular_forms() below unless they are listed here.
IRREGULAR_TABLE = """
arise arises arose arisen arising
awake awakes awoke/awaked awoken/awaked awaking
be is/are/am was/were been being
bear bears bore borne/born bearing
beat beats beat beaten/beat beating
become becomes became become becoming
begin begins began begun beginning
bend bends bent bent bending
bet bets bet/betted bet/betted betting
bid bids bid/bade bid/bidden bidding
bind binds bound bound binding
bite bites bit bitten biting
bleed bleeds bled bled bleeding
blow blows blew blown blowing
break breaks broke broken breaking
breed breeds bred bred breeding
bring brings brought brought bringing
broadcast broadcasts broadcast/broadcasted broadcast/broadcasted broadcasting
build builds built built building
burn burns burned/burnt burned/burnt burning
burst bursts burst burst bursting
buy buys bought bought buying
cast casts cast cast casting
catch catches caught caught catching
choose chooses chose chosen choosing
cleave cleaves cleaved/cleft/clove cleaved/cleft/cloven cleaving
cling clings clung clung clinging
come comes came come coming
cost costs cost cost costing
creep creeps crept crept creeping
cut cuts cut cut cutting
deal deals dealt dealt dealing
dig digs dug dug digging
do does did done doing
draw draws drew drawn drawing
dream dreams dreamed/dreamt dreamed/dreamt dreaming
drink drinks drank drunk drinking
drive drives drove driven driving
dwell dwells dwelt/dwelled dwelt/dwelled dwelling
eat eats ate eaten eating
fall falls fell fallen falling
feed feeds fed fed feeding
feel feels felt felt feeling
fight fights fought fought fighting
find finds found found finding
flee flees fled fled fleeing
fling flings flung flung flinging
fly flies flew flown flying
forbid forbids forbade/forbad forbidden forbidding
forecast forecasts forecast/forecasted forecast/forecasted forecasting
forget forgets forgot forgotten forgetting
forgive forgives forgave forgiven forgiving
forsake forsakes forsook forsaken forsaking
freeze freezes froze frozen freezing
get gets got got/gotten getting
give gives gave given giving
go goes went gone going
grind grinds ground ground grinding
grow grows grew grown growing
hang hangs hung/hanged hung/hanged hanging
have has had had having
hear hears heard heard hearing
heave heaves heaved/hove heaved/hove heaving
hide hides hid hidden hiding
hit hits hit hit hitting
hold holds held held holding
hurt hurts hurt hurt hurting
keep keeps kept kept keeping
kneel kneels knelt/kneeled knelt/kneeled kneeling
know knows knew known knowing
lay lays laid laid laying
lead leads led led leading
lean leans leaned/leant leaned/leant leaning
leap leaps leaped/leapt leaped/leapt leaping
learn learns learned/learnt learned/learnt learning
leave leaves left left leaving
lend lends lent lent lending
let lets let let letting
lie lies lay/lied lain/lied lying
light lights lit/lighted lit/lighted lighting
lose loses lost lost losing
make makes made made making
mean means meant meant meaning
meet meets met met meeting
pay pays paid paid paying
prove proves proved proven/proved proving
put puts put put putting
quit quits quit/quitted quit/quitted quitting
read reads read read reading
rid rids rid/ridded rid/ridded ridding
ride rides rode ridden riding
ring rings rang rung ringing
rise rises rose risen rising
run runs ran run running
saw saws sawed sawn/sawed sawing
say says said said saying
see sees saw seen seeing
seek seeks sought sought seeking
sell sells sold sold selling
send sends sent sent sending
set sets set set setting
sew sews sewed sewn/sewed sewing
shake shakes shook shaken shaking
shear shears sheared shorn/sheared shearing
shed sheds shed shed shedding
shine shines shone/shined shone/shined shining
shoot shoots shot shot shooting
show shows showed shown/showed showing
shrink shrinks shrank/shrunk shrunk shrinking
shut shuts shut shut shutting
sing sings sang sung singing
sink sinks sank sunk sinking
sit sits sat sat sitting
slay slays slew/slayed slain/slayed slaying
sleep sleeps slept slept sleeping
slide slides slid slid sliding
sling slings slung slung slinging
slit slits slit slit slitting
smell smells smelled/smelt smelled/smelt smelling
speak speaks spoke spoken speaking
speed speeds sped/speeded sped/speeded speeding
spell spells spelled/spelt spelled/spelt spelling
spend spends spent spent spending
spill spills spilled/spilt spilled/spilt spilling
spin spins spun spun spinning
spit spits spat/spit spat/spit spitting
split splits split split splitting
spoil spoils spoiled/spoilt spoiled/spoilt spoiling
spread spreads spread spread spreading
spring springs sprang/sprung sprung springing
stand stands stood stood standing
steal steals stole stolen stealing
stick sticks stuck stuck sticking
sting stings stung stung stinging
stink stinks stank/stunk stunk stinking
stride strides strode stridden striding
strike strikes struck struck/stricken striking
string strings strung strung stringing
strive strives strove/strived striven/strived striving
swear swears swore sworn swearing
sweep sweeps swept swept sweeping
swell swells swelled swollen/swelled swelling
swim swims swam swum swimming
swing swings swung swung swinging
take takes took taken taking
teach teaches taught taught teaching
tear tears tore torn tearing
tell tells told told telling
think thinks thought thought thinking
throw throws threw thrown throwing
thrust thrusts thrust thrust thrusting
tread treads trod trodden/trod treading
wake wakes woke/waked woken/waked waking
wear wears wore worn wearing
weave weaves wove woven weaving
wed weds wed/wedded wed/wedded wedding
weep weeps wept wept weeping
win wins won won winning
wind winds wound wound winding
wring wrings wrung wrung wringing
write writes wrote written writing
"""

# Prefixes under which an irregular stem stays irregular (with+draw, over+take, ...).
IRREGULAR_PREFIXES = ("with", "over", "under", "out", "fore", "for", "mis", "up", "un", "be",
                      "re")
# Words that look like prefix + irregular stem but are regular verbs (relay -> relayed).
NOT_PREFIXED_IRREGULAR = {"relay", "belay", "outlay", "overlay", "rebound", "befit", "refund",
                          "reshape", "rebuff", "refit", "reheat", "reward", "behead",
                          "belittle", "bemoan", "bemock", "bequeath", "berate", "besiege",
                          "best", "bestow", "betray", "better", "bewilder", "remit",
                          "research", "reseed", "unread"}

# Irregular verbs with a prefix that the prefix rule should not have to guess.
IRREG_EXTRA = """
upset upsets upset upset upsetting
repay repays repaid repaid repaying
recast recasts recast recast recasting
rewrite rewrites rewrote rewritten rewriting
rethink rethinks rethought rethought rethinking
resell resells resold resold reselling
reset resets reset reset resetting
remake remakes remade remade remaking
rebid rebids rebid rebid rebidding
"""


def _parse_irregular(text):
    table = {}
    for line in text.split("\n"):
        if not line.strip():
            continue
        base, s, past, pp, ing = line.split()
        table[base] = {"s": s.split("/"), "past": past.split("/"),
                       "pp": pp.split("/"), "ing": ing.split("/")}
    return table


IRREGULAR = _parse_irregular(IRREGULAR_TABLE + IRREG_EXTRA)
# A form of "be" / "have" written as the verb of a multi-word verb (+IS_DETERMINED):
# such a verb gets all forms of "be" / "have", the base form included.
for _base, _aliases in (("be", ("is", "are", "am", "was", "were", "been", "being")),
                        ("have", ("has", "had", "having"))):
    for _w in _aliases:
        _forms = dict(IRREGULAR[_base])
        _forms["s"] = [_base] + _forms["s"]
        IRREGULAR.setdefault(_w, _forms)

# Non-base forms of irregular verbs (lost -> lose), used to recognise source lines
# that list an inflected form as if it were a lemma.
IRREGULAR_FORM_OF = {}
for _base, _f in IRREGULAR.items():
    for _slot in ("s", "past", "pp", "ing"):
        for _form in _f[_slot]:
            if _form != _base:
                IRREGULAR_FORM_OF.setdefault(_form, _base)

# Words that are both a base verb and a form of another verb (found: to found /
# past of find).  They count as inflected forms only when the other verb's base is
# in the same block (SAW next to SEE).
AMBIGUOUS_BASES = {"found", "saw", "wound", "bound", "lay", "fell", "ground", "felt",
                   "lead", "ring", "rid", "spoke", "smelt", "stole"}

# Consonant doubling of final-stressed polysyllables (commit -> committed).
DOUBLE = set("""
commit admit omit permit submit remit emit transmit readmit acquit outwit befit outfit
regret upset beset abet forget begin occur recur incur concur refer prefer defer confer
transfer infer deter aver abhor debar control patrol compel expel propel impel dispel repel
rebel excel extol annul enrol instil distil fulfil embed imbed equip outstrip sidestep
eavesdrop entrap overlap handicap unplug allot forbid overrun outrun rerun format
""".split())
# Polysyllables where both spellings are in use (cancel: canceled / cancelled).
DOUBLE_BOTH = set("""
cancel counsel quarrel travel label signal total marshal spiral pummel model level channel
fuel equal dial duel libel tunnel shovel funnel jewel rival parcel pencil benefit combat
kidnap worship program
""".split())


def syllables(word):
    """Rough syllable count: number of vowel groups (y counts after the first letter)."""
    return len(re.findall(r"[aeiouy]+", word[0].replace("y", "b") + word[1:]))


def doubling(word):
    """Return 'yes', 'no' or 'both': double the final consonant before -ed/-ing?"""
    w = word
    if w in DOUBLE:
        return "yes"
    if w in DOUBLE_BOTH:
        return "both"
    if len(w) < 3 or w[-1] in VOWELS or w[-1] in "wxyc" or w[-2] not in VOWELS:
        return "no"
    # the vowel must be single: 'rain' and 'look' do not double; 'quit' does (qu = kw)
    if w[-3] in VOWELS and not (w[-3] == "u" and len(w) >= 4 and w[-4] == "q"):
        return "no"
    if syllables(w) == 1:
        return "yes"
    if w[-1] == "l":  # British English doubles final -l after an unstressed vowel
        return "both"
    return "no"  # unstressed final syllable: visit, offer, open, develop


def regular_forms(word):
    """Regular inflections of one word: dict slot -> list of forms."""
    w = word
    # 3rd person singular
    if re.search(r"(s|x|z|ch|sh)$", w) or re.search(r"[^aeiou]o$", w):
        s = w + "es"
    elif re.search(r"[^aeiou]y$", w):
        s = w[:-1] + "ies"
    else:
        s = w + "s"
    # past / past participle and -ing
    d = doubling(w)
    if w.endswith("ie"):
        past, ing = [w + "d"], [w[:-2] + "ying"]
    elif w.endswith("e"):
        past = [w + "d"]
        ing = [w + "ing"] if re.search(r"(ee|ye|oe)$", w) else [w[:-1] + "ing"]
    elif re.search(r"[^aeiou]y$", w):
        past, ing = [w[:-1] + "ied"], [w + "ing"]
    elif w.endswith("c") and syllables(w) > 1 and re.search(r"[aeiou]c$", w):
        past, ing = [w + "ked"], [w + "king"]  # panic -> panicked
    elif d == "yes":
        past, ing = [w + w[-1] + "ed"], [w + w[-1] + "ing"]
    elif d == "both":
        past = [w + "ed", w + w[-1] + "ed"]
        ing = [w + "ing", w + w[-1] + "ing"]
    else:
        past, ing = [w + "ed"], [w + "ing"]
    return {"s": [s], "past": past, "pp": list(past), "ing": ing}


def irregular_forms(word):
    """Irregular inflections of one word, or None if the word is regular."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in NOT_PREFIXED_IRREGULAR:
        return None
    for prefix in IRREGULAR_PREFIXES:
        stem = word[len(prefix):]
        if word.startswith(prefix) and len(stem) >= 2 and stem in IRREGULAR \
                and stem not in ("is", "are", "am", "be"):
            return {slot: [prefix + f for f in forms]
                    for slot, forms in IRREGULAR[stem].items()}
    return None


def inflect(word):
    """All inflections of a (possibly hyphenated) word: (dict slot -> forms, irregular?)."""
    head, sep, last = word.rpartition("-")   # re-admit: inflect 'admit'
    prefix = head + sep
    forms = irregular_forms(last)
    irregular = forms is not None
    if forms is None:
        forms = regular_forms(last)
    return {slot: [prefix + f for f in fs] for slot, fs in forms.items()}, irregular


def add_unique(target, items):
    for item in items:
        if item and item not in target:
            target.append(item)


# --------------------------------------------------------------------------------------
# Source parsing helpers
# --------------------------------------------------------------------------------------

CODE_RE = re.compile(r"^(\d{2,4}|---)?(:(\d{2,4}|---)?)?$")
SYNSET_RE = re.compile(r"&[A-Za-z0-9_]+")


def strip_html_comments(line):
    return re.sub(r"<!--.*?-->", " ", line)


def split_comment(text):
    """Split 'content # comment' (or TABARI's ';' comment) into (content, comment)."""
    m = re.search(r"[#;]", text)
    if not m:
        return text, ""
    return text[:m.start()], text[m.start() + 1:]


def clean_comment(comment):
    return " ".join(comment.replace("\t", " ").split())


def lower_keep_synsets(text):
    """Lower-case a pattern but keep &SYNSET names upper case."""
    out, pos = [], 0
    for m in SYNSET_RE.finditer(text):
        out.append(text[pos:m.start()].lower())
        out.append(m.group(0).upper())
        pos = m.end()
    out.append(text[pos:].lower())
    return "".join(out)


class Problems:
    """Collects lines that could not be converted, and notes about repairs."""

    def __init__(self):
        self.errors = []   # (line number, message, source line): not converted
        self.notes = []    # (line number, message): converted, but worth a look

    def error(self, lineno, message, line):
        self.errors.append((lineno, message, line.rstrip("\n")))

    def note(self, lineno, message):
        self.notes.append((lineno, message))


# --------------------------------------------------------------------------------------
# Synsets
# --------------------------------------------------------------------------------------

# Plurals that the simple rules get wrong, and nouns with no plural of their own.
IRREGULAR_PLURALS = {"person": ["persons", "people"], "man": ["men"], "woman": ["women"],
                     "child": ["children"], "analysis": ["analyses"], "crisis": ["crises"],
                     "knife": ["knives"], "life": ["lives"], "wife": ["wives"],
                     "thief": ["thieves"], "half": ["halves"]}
NO_PLURAL = {"aircraft", "spacecraft", "personnel", "sheep", "deer", "series", "species",
             "headquarters", "news", "means", "information", "warfare", "misconduct",
             "custody", "wrongdoing", "poor", "rich", "wealthy", "accused", "public",
             "peacekeeping", "keeping"}
O_ES = {"hero", "potato", "tomato", "torpedo", "veto", "echo", "embargo", "volcano"}


def plural_of(word):
    """Plural of one (lower-case) noun, or None if it has none / is already plural."""
    head, sep, last = word.rpartition("-")   # cease-fire -> cease-fires
    prefix = head + sep
    if last in NO_PLURAL or not last:
        return None
    if last in IRREGULAR_PLURALS:
        return [prefix + p for p in IRREGULAR_PLURALS[last]]
    if last.endswith("man") and len(last) > 4 and last not in ("human", "german", "roman",
                                                               "shaman", "ottoman"):
        return [prefix + last[:-3] + "men"]   # policeman -> policemen
    if last.endswith("men") or last.endswith("people"):
        return None
    if last.endswith("s") and not re.search(r"(ss|us|is|as)$", last):
        return None   # already plural: troops, marines, weapons
    if re.search(r"(s|x|z|ch|sh)$", last):
        return [prefix + last + "es"]
    if re.search(r"[^aeiou]y$", last):
        return [prefix + last[:-1] + "ies"]
    if last in O_ES:
        return [prefix + last + "es"]
    return [prefix + last + "s"]


def synset_phrases(label, member):
    """Phrases for one +MEMBER line of synset LABEL (the phrase and its plural)."""
    no_plural = label.endswith("_") or member.endswith("_")
    words = [w for w in member.rstrip("_").lower().split("_") if w]
    phrase = " ".join(words)
    if no_plural or not words:
        return [phrase]
    plurals = plural_of(words[-1])
    result = [phrase]
    for p in plurals or []:
        result.append(" ".join(words[:-1] + [p]))
    return result


# --------------------------------------------------------------------------------------
# Verbs
# --------------------------------------------------------------------------------------

def split_multiword(text):
    """'RE_+ARREST' -> (['re', 'arrest'], 1); the index is of the '+' word (or None)."""
    words = [w for w in text.split("_") if w != ""]
    plus = [i for i, w in enumerate(words) if w.startswith("+")]
    words = [w.lstrip("+").lower() for w in words]
    return words, (plus[0] if plus else None)


def render(words, index):
    """Words of a verb form -> output phrase with '+' on the inflected word."""
    if len(words) == 1:
        return words[0]
    return " ".join(("+" + w) if i == index else w for i, w in enumerate(words))


def deinflect_candidates(word):
    """Possible base forms of a regular inflected form (attacked -> attack)."""
    cands = []
    if word.endswith("ied"):
        cands.append(word[:-3] + "y")
    if word.endswith("ed"):
        cands += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            cands.append(word[:-3])
    if word.endswith("ing"):
        cands += [word[:-3], word[:-3] + "e"]
        if len(word) > 5 and word[-4] == word[-5]:
            cands.append(word[:-4])
    return cands


def irregular_base_of(word):
    """'lost' -> 'lose', 'understood' -> 'understand'; None if not an irregular form."""
    if word in IRREGULAR_FORM_OF:
        return IRREGULAR_FORM_OF[word]
    for prefix in IRREGULAR_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and rest in IRREGULAR_FORM_OF \
                and irregular_forms(prefix + IRREGULAR_FORM_OF[rest]):
            return prefix + IRREGULAR_FORM_OF[rest]
    return None


def inflected_form_of(word, known_lemmas, block_lemmas):
    """If WORD (given as a lemma) is really an inflected form of another verb of the
    dictionary (LOST, WORRIED, SAW next to SEE), return that verb's base, else None."""
    base = irregular_base_of(word)
    if base is not None and word in AMBIGUOUS_BASES and base not in block_lemmas:
        base = None   # FOUND (to found), WOUND (to wound): real verbs of their own
    if base is None and irregular_forms(word) is None:
        for cand in deinflect_candidates(word):
            if cand != word and cand in known_lemmas:
                return cand
    return base


def verb_forms(lemma_text, brace_text, lineno, problems, known_lemmas, block_lemmas):
    """Work out all forms of one verb line.

    Returns (lemma, forms, info) where info is a short tag used for the statistics:
    'regular', 'irregular' (forms from the irregular-verb table), 'exact' (empty
    braces: the written form only) or 'form-only' (the line gives an inflected form).
    Forms given in braces are always kept; the generated forms fill in the rest.
    """
    words, index = split_multiword(lemma_text)
    if index is None:
        if len(words) > 1:
            problems.note(lineno, "multi-word verb without '+': inflecting the first word")
        index = 0

    braces = None
    if brace_text is not None:
        braces = [split_multiword(item)
                  for item in re.split(r"[\s,]+", brace_text.strip()) if item]

    # Which word really inflects?  The brace forms tell (+WIRE_TAP {+WIRE_TAPS ...}).
    if braces and len(words) > 1:
        differing = set()
        for bwords, _ in braces:
            if len(bwords) == len(words):
                differing |= {i for i in range(len(words)) if bwords[i] != words[i]}
        if len(differing) == 1 and index not in differing:
            new_index = differing.pop()
            problems.note(lineno, "'+' moved from '%s' to the inflected word '%s'"
                          % (words[index], words[new_index]))
            index = new_index

    word = words[index]
    lemma = render(words, index)
    forms = [lemma]

    if braces == []:   # "{}": exactly this form, nothing generated
        return lemma, forms, "exact"

    if braces is None:
        base = inflected_form_of(word, known_lemmas, block_lemmas)
        if base is not None:
            problems.note(lineno, "'%s' is a form of '%s': written as that form only"
                          % (word, base))
            return lemma, forms, "form-only"

    inflections, irregular = inflect(word)
    for slot in ("s", "past", "pp", "ing"):
        add_unique(forms, [render(words[:index] + [f] + words[index + 1:], index)
                           for f in inflections[slot]])
    for bwords, bindex in braces or []:
        alternate = re.sub(r"i([sz])e$", lambda m: "i" + ("z" if m.group(1) == "s" else "s")
                           + "e", word)
        if len(bwords) == len(words) and bwords[index] == alternate != word:
            # SYMBOLIZE {SYMBOLISE}: the other spelling, with all its forms
            alt = inflect(alternate)[0]
            add_unique(forms, [render(words[:index] + [f] + words[index + 1:], index)
                               for f in [alternate] + alt["s"] + alt["past"] + alt["ing"]])
            continue
        if len(bwords) == len(words):
            form = render(bwords, index)
        else:
            form = render(bwords, bindex if bindex is not None else 0)
            problems.note(lineno, "brace form '%s' has a different number of words"
                          % form)
        if form not in forms:
            problems.note(lineno, "brace form '%s' kept, though the rules would not "
                          "produce it" % form)
            forms.append(form)
    return lemma, forms, "irregular" if irregular else "regular"


# --------------------------------------------------------------------------------------
# The converter
# --------------------------------------------------------------------------------------

def convert(path, problems):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")

    # First pass: all single-word lemmas, used to recognise inflected "lemmas".
    known_lemmas = set()
    section = None
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
        elif raw.startswith("######## TRANSFORMATIONS"):
            section = "transforms"
        elif section == "verbs" and raw[:1].isalpha():
            m = re.match(r"([^\s{\[#;]+)", raw)
            if m and "_" not in m.group(1):
                known_lemmas.add(m.group(1).lower())

    synsets = OrderedDict()     # label -> [phrases]
    blocks = []                 # dicts: name, code, lineno, items (verb/pattern records)
    transforms = []
    section = "header"
    label = None
    stats = {"duplicate synset phrases": 0}

    # Pre-scan of each block's lemmas (for SAW next to SEE).
    def block_lemmas_from(start):
        found = set()
        for raw in lines[start:]:
            if raw.startswith("---") or raw.startswith("######## TRANSFORMATIONS"):
                break
            m = re.match(r"([A-Za-z][^\s{\[#;]*)", raw)
            if m and "_" not in m.group(1):
                found.add(m.group(1).lower())
        return found

    current_block_lemmas = set()
    for lineno, raw in enumerate(lines, 1):
        line = strip_html_comments(raw).rstrip()
        stripped = line.strip()
        if raw.startswith("####### SYNONYM SETS"):
            section = "synsets"
            continue
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            section = "transforms"
            continue
        if not stripped or stripped.startswith("#"):
            continue
        if section == "header":
            problems.error(lineno, "text before the first section", raw)
            continue

        # Transformations may in principle appear anywhere.
        if stripped.startswith("~"):
            rule, comment = split_comment(stripped[1:])
            rule = " ".join(rule.split())
            if "=" not in rule:
                problems.error(lineno, "transformation without '='", raw)
            else:
                transforms.append((lineno, rule))
            continue

        if section == "synsets":
            if stripped.startswith("&"):
                label = stripped.split()[0]
                if label in synsets:
                    problems.note(lineno, "synset %s defined twice: merged" % label)
                synsets.setdefault(label, [])
            elif stripped.startswith("+") and label:
                member, _ = split_comment(stripped[1:])
                member = member.strip()
                if not member or " " in member:
                    member = "_".join(member.split())
                for phrase in synset_phrases(label, member):
                    if phrase in synsets[label]:
                        stats["duplicate synset phrases"] += 1
                    else:
                        synsets[label].append(phrase)
            else:
                problems.error(lineno, "unrecognised line in the synset section", raw)
            continue

        if section == "transforms":
            problems.error(lineno, "unrecognised line in the transformation section", raw)
            continue

        # ---- verb pattern section ----
        if stripped.startswith("---"):
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", stripped)
            if not m:
                problems.error(lineno, "unreadable block header", raw)
                continue
            name, code = m.group(1), m.group(2).strip()
            if not CODE_RE.match(code):
                problems.error(lineno, "bad block code [%s]" % code, raw)
                continue
            blocks.append({"name": name, "code": code, "lineno": lineno, "items": []})
            current_block_lemmas = block_lemmas_from(lineno)
            continue

        if not blocks:
            problems.error(lineno, "verb or pattern before the first block", raw)
            continue
        block = blocks[-1]

        if stripped.startswith("-"):
            content, comment = split_comment(stripped[1:])
            m = re.match(r"^(.*)\[([^\]]*)\]\s*$", content)
            if not m:
                problems.error(lineno, "pattern without a [CODE]", raw)
                continue
            text, code = " ".join(m.group(1).split()), m.group(2).strip()
            if not CODE_RE.match(code):
                fixed = re.sub(r"[^0-9:-]", "", code)
                if CODE_RE.match(fixed) and fixed:
                    problems.note(lineno, "code [%s] repaired to [%s]" % (code, fixed))
                    code = fixed
                else:
                    problems.error(lineno, "bad pattern code [%s]" % code, raw)
                    continue
            if "*" not in text:
                problems.error(lineno, "pattern without '*'", raw)
                continue
            if re.search(r"(^|\s)\*[A-Za-z&{(]", text):
                # "- *SCEPTICAL": a missing blank after the verb marker
                fixed = re.sub(r"(^|\s)\*(?=[A-Za-z&{(])", r"\1* ", text)
                problems.note(lineno, "blank added after '*': %s -> %s" % (text, fixed))
                text = fixed
            if "*" not in text.split():
                problems.note(lineno, "'*' is joined to other words (kept): %s" % text)
            block["items"].append(("pattern", lineno, code, lower_keep_synsets(text),
                                   clean_comment(comment)))
            continue

        # a verb line: VERB {FORMS} [CODE] # comment
        content, _ = split_comment(stripped)
        m = re.match(r"^([^\s{\[]+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$", content)
        if not m or not re.match(r"^\+?[A-Za-z]", m.group(1)):
            problems.error(lineno, "unreadable verb line", raw)
            continue
        code = (m.group(3) or "").strip()
        if m.group(3) is not None and not CODE_RE.match(code):
            problems.error(lineno, "bad verb code [%s]" % code, raw)
            continue
        lemma, forms, info = verb_forms(m.group(1), m.group(2), lineno, problems,
                                        known_lemmas, current_block_lemmas)
        block["items"].append(("verb", lineno, code or "-", lemma, forms, info))

    return synsets, blocks, transforms, stats


def merge_duplicate_verbs(blocks, problems):
    """Merge a verb listed twice in one block (STUN and STUN {...}); drop form-only
    verbs whose forms another verb of the block already has (LOSE, LOSING, LOST)."""
    for block in blocks:
        seen = {}
        items = []
        for item in block["items"]:
            if item[0] != "verb":
                items.append(item)
                continue
            _, lineno, code, lemma, forms, info = item
            key = (lemma, code)
            if key in seen:
                add_unique(seen[key][4], forms)
                problems.note(lineno, "verb '%s' repeated in block %s: merged"
                              % (lemma, block["name"]))
                continue
            seen[key] = [item[0], lineno, code, lemma, list(forms), info]
            items.append(seen[key])
        # form-only verbs already covered by another verb with the same code
        final = []
        for item in items:
            if item[0] == "verb" and item[5] == "form-only":
                own = block["code"] if item[2] == "-" else item[2]
                others = [o for o in items if o[0] == "verb" and o is not item
                          and (block["code"] if o[2] == "-" else o[2]) == own]
                if any(set(item[4]) <= set(o[4]) for o in others):
                    problems.note(item[1], "'%s' dropped: its forms belong to another "
                                  "verb of block %s" % (item[3], block["name"]))
                    continue
            final.append(item)
        block["items"] = final


def codes_in(code):
    return [c for c in code.split(":") if c and c != "---"]


def main():
    ap = argparse.ArgumentParser(
        description="Convert PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt) to "
                    "parley's data/events/verbs.txt (format: docs/data-formats.md).")
    ap.add_argument("--verbs", required=True, help="PETRARCH2 verb dictionary (CAMEO.2.0.txt)")
    ap.add_argument("--out", required=True, help="output file (data/events/verbs.txt)")
    ap.add_argument("--cameo", help="optional cameo.tsv: report codes that are not in it")
    ap.add_argument("--quiet", action="store_true", help="do not list the notes")
    args = ap.parse_args()

    problems = Problems()
    synsets, blocks, transforms, stats = convert(args.verbs, problems)
    merge_duplicate_verbs(blocks, problems)

    # ---- write ----
    n_verbs = n_forms = n_patterns = 0
    command = ("python3 tools/convert/petrarch_verbs.py --verbs %s --out %s"
               % (args.verbs, args.out))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# parley event verb dictionary (format: docs/data-formats.md, "
                  "\"Event verbs\").\n")
        out.write("# Converted from PETRARCH2's CAMEO.2.0.txt (github.com/openeventdata/"
                  "petrarch2,\n# petrarch2/data/dictionaries/CAMEO.2.0.txt), MIT license, "
                  "Copyright (c) 2015 Open Event Data Alliance.\n")
        out.write("# Generated by: %s\n" % command)
        out.write("# Inflected forms are written out; see data/events/README.md for the "
                  "conversion rules.\n\n")
        out.write("# ---- synonym sets ----\n")
        for label, phrases in synsets.items():
            out.write("synset\t%s\t%s\n" % (label, "|".join(phrases)))
        out.write("\n# ---- verb blocks ----\n")
        for block in blocks:
            out.write("\nblock\t%s\t%s\n" % (block["name"], block["code"]))
            for item in block["items"]:
                if item[0] == "verb":
                    _, _, code, lemma, forms, _ = item
                    out.write("verb\t%s\t%s\t%s\n" % (lemma, code, "|".join(forms)))
                    n_verbs += 1
                    n_forms += len(forms)
                else:
                    _, _, code, text, comment = item
                    out.write("pattern\t%s\t%s%s\n" % (code, text,
                                                       "\t# " + comment if comment else ""))
                    n_patterns += 1
        out.write("\n# ---- verb transformations ----\n")
        for _, rule in transforms:
            out.write("transform\t%s\n" % rule)

    # ---- report ----
    infos = {}
    for block in blocks:
        for item in block["items"]:
            if item[0] == "verb":
                infos[item[5]] = infos.get(item[5], 0) + 1
    print("blocks: %d" % len(blocks))
    print("verbs: %d (%s)" % (n_verbs, ", ".join("%s %d" % kv for kv in sorted(infos.items()))))
    print("forms: %d" % n_forms)
    print("patterns: %d" % n_patterns)
    print("synsets: %d (%d phrases; %d duplicate phrases dropped)"
          % (len(synsets), sum(len(p) for p in synsets.values()),
             stats["duplicate synset phrases"]))
    print("transforms: %d" % len(transforms))

    # synsets used but not defined
    used = {}
    for block in blocks:
        for item in block["items"]:
            if item[0] == "pattern":
                for name in SYNSET_RE.findall(item[3]):
                    used.setdefault(name, item[1])
    for name, lineno in sorted(used.items(), key=lambda kv: kv[1]):
        if name not in synsets:
            problems.note(lineno, "synset %s is used but never defined" % name)

    if args.cameo:
        known = set()
        with open(args.cameo, encoding="utf-8") as f:
            for row in f:
                if row.strip() and not row.startswith("#"):
                    known.add(row.split("\t")[0])
        missing = {}
        for block in blocks:
            for code in codes_in(block["code"]):
                missing.setdefault(code, []) if code in known else \
                    missing.setdefault(code, []).append(block["lineno"])
            for item in block["items"]:
                for code in codes_in(item[2] if item[2] != "-" else ""):
                    if code not in known:
                        missing.setdefault(code, []).append(item[1])
        for lineno, rule in transforms:
            for code in re.findall(r"\b\d{2,4}\b", rule):
                if code not in known:
                    missing.setdefault(code, []).append(lineno)
        missing = {c: l for c, l in missing.items() if l}
        if missing:
            print("codes not in %s:" % args.cameo)
            for code, where in sorted(missing.items()):
                print("  %s (lines %s)" % (code, ", ".join(map(str, where))))
        else:
            print("all codes are in %s" % args.cameo)

    if problems.errors:
        print("\nlines not converted: %d" % len(problems.errors), file=sys.stderr)
        for lineno, message, line in problems.errors:
            print("  line %d: %s: %s" % (lineno, message, line.strip()), file=sys.stderr)
    if problems.notes:
        print("\nnotes: %d" % len(problems.notes), file=sys.stderr)
        if not args.quiet:
            for lineno, message in sorted(problems.notes):
                print("  line %d: %s" % (lineno, message), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
