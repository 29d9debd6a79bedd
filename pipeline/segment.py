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


def _is_abbreviation(word: str, p: SegmentParams) -> bool:
    return bool(_SINGLE_LETTER.match(word)) or word in p.abbreviations


def _period_ends_sentence(text: str, i: int, p: SegmentParams) -> bool:
    """Is the '.' at text[i] a sentence end (not a decimal point, initial, abbreviation or ellipsis)?"""
    if p.delimiters != "danda_and_period":
        return False
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i > 0 else ""
    if nxt == "." or prev == ".":
        return False  # ellipsis "..."
    if nxt and not (nxt.isspace() or nxt in _CLOSERS):
        # glued to the next word: `है.इस` ends a sentence (common in BBC Hindi), but 2.5,
        # www.x.com and dotted abbreviations such as `कि.मी.` do not
        if not regex.match(r"[\u0900-\u0963\u0970-\u097f]", nxt):
            return False
        following = _WORD_AFTER.match(text, i + 1)
        if following is None or following.group().endswith("."):
            return False
    m = _WORD_BEFORE.search(text, max(0, i - _LOOKBEHIND), i)
    if m and _is_abbreviation(m.group(1), p):
        return False
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
    if not ends or ends[-1] < n:
        ends.append(n)
    return ends


def tokenize(text: str, p: SegmentParams, offset: int = 0) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Token offsets; an abbreviation keeps its period (`डॉ.`, `ए.`), as IL-NER tokenizes them."""
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text):
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
            s, e = start_para + last + lead, start_para + last + len(chunk.rstrip())
            last = end
            if e <= s:
                continue
            sent_text = text[s:e]
            ts, te = tokenize(sent_text, p, s)
            out.append(Sentence(doc_id, len(out), s, e, sent_text, ts, te))
    return out
