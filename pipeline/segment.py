"""Stage `segment`: normalized text -> sentences and tokens with document character offsets.

Written here rather than taken from indic-nlp-library: its `sentence_split` is wrong on news
in three ways we depend on — a closing quote after `।` is pushed to the start of the next
sentence, `।` right after a digit (`… 2020।`) does not split, and `.` is ignored as soon as a
text contains any `।` (mixed texts end sentences with both). Its returned strings are also
not always substrings of the input, so offsets would need re-anchoring anyway.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.records import Sentence


@dataclass(frozen=True)
class SegmentParams:
    delimiters: str = "danda_and_period"  # or "danda_only"
    # Abbreviations whose '.' does not end a sentence (besides any single letter/akshara).
    # `डा.` (Dr: `मुख्य चिकित्सा अधिकारी डा. X`), `मो.` (Mohammad: `मो. इमरान रजा`), `पं.` (Pandit: `पं. दीनदयाल
    # उपाध्याय`): none is a Hindi word of its own; before session 28 they made 43 false sentence ends over corpus/news.
    abbreviations: tuple[str, ...] = (
        "डॉ", "डा", "मो", "पं", "श्री", "श्रीमती", "प्रो", "सं", "मि", "कु", "सु", "जन", "फ़र", "फर", "अग", "सित",
        "अक्टू", "नव", "दिस", "ई", "रु", "कि", "मी", "ग्रा", "लि", "प्रा", "स्व", "पृ",
        "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "No", "Rs", "vs", "etc", "Ltd", "Inc",
    )
    # (segmentation round 1) A period that opens a line, alone or after a list number of one or two digits (`1. कोरोना
    # वायरस …`, `3.ऋषिकेश में …`, a bullet `. धूम्रपान`), numbers a list item: it ends no sentence, and the number stays
    # out of the item's sentence as the line's leading spaces do (it was a sentence of its own: 80 false ends over
    # corpus/news, in 36 articles).
    list_markers: bool = False
    # (segmentation round 1) A period between a word and a top-level domain typed in Devanagari (`नवभारतटाइम्स.कॉम`,
    # a site's name) ends no sentence, and the name is one token (21 false ends over corpus/news, in 17 articles: an
    # agency-feed footer and a byline).
    web_domains: bool = False
    # (segmentation round 2) A period glued between a Devanagari word and a number (`… शतक था.117 गेंदों में …`, BBC Hindi's
    # glued paragraphs: the period is the sentence's, the number opens the next) ends the sentence; an abbreviation or an
    # initial before it (`रु.500`) does not, nor a Latin word (`ncov.2019@gmail.com`). A list item's number so glued
    # (`… एक है.2. …`) stays out of both sentences, as `list_markers` leaves a line's (41 missed ends over corpus/news, in 36
    # articles; 18 list numbers so glued, in 3).
    glued_numbers: bool = False
    # (segmentation round 2) A PTI-Bhasha desk code (`दि41`, `वि12`, `प्रादे36`, `अर्थ14`, `खेल5`: the desk's short name and
    # the item's number) inside a line opens a new sentence: a digest's intro runs into its first item with no mark
    # (`… मुख्य समाचार इस प्रकार हैं: दि41 स्वास्थ्य …`, 19 missed ends over corpus/news, in 11 articles).
    desk_codes: bool = False
    # (segmentation round 2) An abbreviation typed with the AA sign + candra O (`डाॅ.`, U+093E U+0945, for `डॉ.`) is
    # the abbreviation: its period ends no sentence (5 false ends over corpus/news). Its tokens stay `डाॅ` + `.`: the
    # tagger's titles are spelled `डॉ`, and a `डाॅ.` token drew the title into the name's span (2 of the 4 names).
    candra_o_abbreviations: bool = False
    # (segmentation round 2) A parenthesis that opens a sentence, holds two to a dozen words with no sentence mark and is
    # glued onto the next word (`(जब अमिताभ के लिए रुक गई लड़ाई)मनोरंजन जगत की …`, BBC Hindi's link to a related story)
    # is that story's headline: a sentence of its own, and a period glued before it (`… बन सकता है.(अस्पताल में …)फैशन`)
    # ends the sentence before (24 headlines over corpus/news, 8 of them after a glued period, in 14 articles).
    glued_headlines: bool = False
    # (review wave 2) With `glued_numbers`, a period glued between a number abbreviation and the number (`वार्ड नं.5`,
    # `क्र.1`, `अनु.370`, `फो.0522…`: _NUMBER_ABBREVIATIONS) or between the last part of a dotted unit and a number
    # (`मि.ली.5`: short parts, each glued onto a period) ends no sentence: it did before round 2 (a digit after the period),
    # and none of them is in `abbreviations`.
    glued_number_abbreviations: bool = False


_DANDA_ENDS = "।॥?!"
_CLOSERS = "\"'”’»)]}"
# Initials: Latin letters, Devanagari names of Latin letters (`ए.`, `के.`, `एस.`), and a bare
# consonant (`र.`). Not any one-syllable word: `है.` and `था.` end sentences.
_LETTER_NAMES = (
    "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड"
).split()
_SINGLE_LETTER = regex.compile(
    r"^(?:[A-Za-z]|[\u0915-\u0939\u0958-\u095f]\u093c?|%s)$" % "|".join(_LETTER_NAMES)
)
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)$")
_WORD_AFTER = regex.compile(r"[\p{L}\p{M}]+\.?")
# (round 1) What opens a line before a list item's period: nothing (a bullet) or a number of one or two digits.
_LIST_MARKER = regex.compile(r"\s*[0-9\u0966-\u096f]{0,2}")
# (round 1) Top-level domains as Hindi news types them in a site's name (`.कॉम`, `.नेट`, `.ऑर्ग`, `.इन` left out: `इन` is
# the Hindi demonstrative, `है.इन चुनावों में` ends a sentence).
_DOMAINS = frozenset("कॉम नेट ऑर्ग ओआरजी गॉव".split())
# (round 2) A PTI-Bhasha desk code: the desk (Delhi, foreign, regional, business, sports) and a one- to three-digit item
# number, a word of its own or glued onto the slug after it (`प्रादे18गुजरात`), after a space inside a line.
_DESK_CODE = regex.compile(r"(?<=\s)(?:दि|वि|प्रादे|अर्थ|खेल)[0-9]{1,3}(?=\s|[\u0900-\u0963\u0970-\u097f])")
# (round 2) A related story's headline in parentheses, glued onto the word after it: two or more words, no sentence mark.
# (review wave 2) The second word is a word, not the closing parenthesis after a space (`( भाषा )नई दिल्ली`: one word).
_HEADLINE = regex.compile(r"\s*\((?=[^()\n]{0,80}?\S\s+[^\s)])[^()।.?!\n]{3,80}\)(?=[\u0900-\u0963\u0970-\u097f])")
# (round 2) A list item's number of one or two digits right before its period.
_NUMBER_BEFORE = regex.compile(r"(?<![0-9\u0966-\u096f])[0-9\u0966-\u096f]{1,2}$")
# (review wave 2) Abbreviations that stand before a number (number, serial number, article, phone): a period glued
# between one and the number is the abbreviation's (`मकान नं.12`), with `glued_number_abbreviations`.
_NUMBER_ABBREVIATIONS = frozenset("नं क्र क्रं अनु फो".split())
# (review wave 2) The last part of a dotted unit before a period: short parts, each glued onto a period (`मि.ली`, `कि.ग्रा`).
_DOTTED_UNIT = regex.compile(r"(?<![\p{L}\p{M}.])[\p{L}\p{M}]{1,4}\.[\p{L}\p{M}]{1,4}$")
# (round 2) The AA sign + candra O typed for the O sign (`डाॅ` for `डॉ`).
_CANDRA_O = ("\u093e\u0945", "\u0949")
# How far back a period looks for the word before it: abbreviations are short, and a bounded look
# keeps the segmenter linear on a megabyte-long line with a period every few words.
_LOOKBEHIND = 64

# Tokens: numbers with grouping/decimals (ASCII or Devanagari digits, with an optional
# Hindi ordinal suffix such as 20वां), words (letters + combining marks + ZWJ/ZWNJ), or any
# other single non-space character (punctuation, danda, quotes, hyphen).
_TOKEN = regex.compile(
    r"\d+(?:[.,:/]\d+)*(?:वां|वीं|वें|वाँ|th|st|nd|rd)?"
    r"|[\p{L}\p{M}\u200c\u200d]+"
    r"|\S",
)


# (round 1) With `web_domains`, a site's name is one token (`नवभारतटाइम्स.कॉम`): its domain alone (`कॉम`) is no word to tag.
_TOKEN_DOMAINS = regex.compile(
    r"[\p{L}\p{M}\u200c\u200d]+\.(?:%s)(?![\p{L}\p{M}])|%s" % ("|".join(sorted(_DOMAINS)), _TOKEN.pattern)
)


def _is_abbreviation(word: str, p: SegmentParams, candra_o: bool = False) -> bool:
    if candra_o:  # (round 2) `डाॅ` is `डॉ`
        word = word.replace(*_CANDRA_O)
    return bool(_SINGLE_LETTER.match(word)) or word in p.abbreviations


def _glued_number(text: str, i: int) -> bool:
    """(round 2) Is the period at text[i] glued between a Devanagari letter or sign and a digit (`था.117`)?"""
    return (i > 0 and regex.match(r"[\u0900-\u0963\u0970-\u097f]", text[i - 1]) is not None
            and regex.match(r"[0-9\u0966-\u096f]", text[i + 1 : i + 2]) is not None)


def _number_abbreviation(text: str, i: int, word: str) -> bool:
    """(review wave 2) Is `word`, right before the period at text[i], a number abbreviation (`नं`) or the last part of a
    dotted unit (`मि.ली`)? Bounded look-behind (a few characters)."""
    return word in _NUMBER_ABBREVIATIONS or _DOTTED_UNIT.search(text, max(0, i - 10), i) is not None


def _glued_list_number(text: str, i: int) -> bool:
    """(round 2) Is the period at text[i] a list number's, glued onto the sentence end before it (`है.2.`)?"""
    m = _NUMBER_BEFORE.search(text, max(0, i - 3), i)
    return m is not None and m.start() > 0 and text[m.start() - 1] == "." and _glued_number(text, m.start() - 1)


def _is_domain(text: str, i: int, following: str) -> bool:
    """(round 1) Is the period at text[i], glued to a word before it, the dot of a site's name (`नवभारतटाइम्स.कॉम`)?"""
    return i > 0 and regex.match(r"[\p{L}\p{M}]", text[i - 1]) is not None and following in _DOMAINS


def _period_ends_sentence(text: str, i: int, p: SegmentParams) -> bool:
    """Is the '.' at text[i] a sentence end (not a decimal point, initial, abbreviation or ellipsis)?"""
    if p.delimiters != "danda_and_period":
        return False
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i > 0 else ""
    if nxt == "." or prev == ".":
        return False  # ellipsis "..."
    if p.list_markers and i <= _LOOKBEHIND and _LIST_MARKER.fullmatch(text, 0, i):
        return False  # `1. कोरोना …`: a list item's number, not a sentence
    if p.glued_numbers and _glued_list_number(text, i):
        return False  # `है.2. …`: the glued list number's period
    if nxt and not (nxt.isspace() or nxt in _CLOSERS) and not (p.glued_numbers and _glued_number(text, i)) \
            and not (p.glued_headlines and _HEADLINE.match(text, i + 1)):
        # glued to the next word: `है.इस` ends a sentence (common in BBC Hindi), but 2.5,
        # www.x.com and dotted abbreviations such as `कि.मी.` do not
        if not regex.match(r"[\u0900-\u0963\u0970-\u097f]", nxt):
            return False
        following = _WORD_AFTER.match(text, i + 1)
        if following is None or following.group().endswith("."):
            return False
        if p.web_domains and _is_domain(text, i, following.group()):
            return False
    m = _WORD_BEFORE.search(text, max(0, i - _LOOKBEHIND), i)
    if m and _is_abbreviation(m.group(1), p, p.candra_o_abbreviations):
        return False
    if m and p.glued_number_abbreviations and p.glued_numbers and _glued_number(text, i) \
            and _number_abbreviation(text, i, m.group(1)):
        return False  # (review wave 2) `नं.5`, `मि.ली.5`: the abbreviation's period before its number
    return True


def _sentence_ends(text: str, p: SegmentParams) -> list[int]:
    """End offsets (exclusive) of sentences in one paragraph, closing quotes included."""
    ends: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in _DANDA_ENDS or (ch == "." and _period_ends_sentence(text, i, p)):
            j = i + 1
            while j < n and text[j] in _DANDA_ENDS:  # "!!", "?!" , "।।"
                j += 1
            while j < n and text[j] in _CLOSERS:  # closing quote stays with its sentence
                j += 1
            ends.append(j)
            i = j
        else:
            i += 1
    if p.desk_codes:
        ends = sorted(set(ends) | {m.start() for m in _DESK_CODE.finditer(text)})
    if p.glued_headlines:  # (round 2) a sentence that opens with a related story's headline: the headline ends there
        heads = (_HEADLINE.match(text, s) for s in [0, *ends])
        ends = sorted(set(ends) | {m.end() for m in heads if m})
    if not ends or ends[-1] < n:
        ends.append(n)
    return ends


def _after_list_marker(chunk: str, lead: int) -> int:
    """(round 1) Where a line's first sentence starts once the list item's number before it (`1. `, `3.`, a bullet `. `) is
    left out: the number is the list's formatting, as the line's leading spaces are, and no word of the sentence (no
    quantity `1`, no capitalised-looking first word after it)."""
    m = _LIST_MARKER.match(chunk)
    j = m.end() + 1  # after the period
    if chunk[j - 1 : j] != "." or regex.match(r"[.0-9\u0966-\u096f]", chunk[j : j + 1]):
        return lead  # no period, an ellipsis, or a decimal (`2.5 प्रतिशत`)
    return j + len(chunk[j:]) - len(chunk[j:].lstrip())


def tokenize(text: str, p: SegmentParams, offset: int = 0) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Token offsets; an abbreviation keeps its period (`डॉ.`, `ए.`), as IL-NER tokenizes them."""
    starts: list[int] = []
    ends: list[int] = []
    for m in (_TOKEN_DOMAINS if p.web_domains else _TOKEN).finditer(text):
        s, e = m.start(), m.end()
        if m.group() == "." and ends and ends[-1] == s and _is_abbreviation(text[starts[-1] : s], p):
            ends[-1] = e
            continue
        starts.append(s)
        ends.append(e)
    return tuple(x + offset for x in starts), tuple(x + offset for x in ends)


def split_sentences(doc_id: str, text: str, p: SegmentParams) -> list[Sentence]:
    """Sentences of one normalized document. Newlines always end a sentence."""
    out: list[Sentence] = []
    pos = 0
    for para in text.split("\n"):
        start_para = pos
        pos += len(para) + 1
        last = 0
        for end in _sentence_ends(para, p):
            chunk = para[last:end]
            lead = len(chunk) - len(chunk.lstrip())
            if p.list_markers and (last == 0 or (p.glued_numbers and _glued_number(para, last - 1))):
                lead = _after_list_marker(chunk, lead)
            s, e = start_para + last + lead, start_para + last + len(chunk.rstrip())
            last = end
            if e <= s:
                continue
            sent_text = text[s:e]
            ts, te = tokenize(sent_text, p, s)
            out.append(Sentence(doc_id, len(out), s, e, sent_text, ts, te))
    return out
