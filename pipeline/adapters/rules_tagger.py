"""`rules.v1`: a gazetteer + pattern tagger. No model, fully deterministic; the fallback backend
and the reference for tests. Written by hand because no library tags Hindi names by rules.

- Gazetteer (models/<model>/gazetteer.tsv): longest match over tokens, on nukta-folded text.
- Titles (`राष्ट्रपति`, `प्रधानमंत्री`, `जनरल` …) before a name: the following name tokens are PER.
- Latin acronyms spelled in Devanagari letter names (`सीएसटीओ` = C-S-T-O): ORG.
- Names found in a document by a pattern are propagated to their other occurrences in that
  document, and so is a PER name's last word (the surname: `टोकायव` after `कासिम-जोमार्ट टोकायव`).
- Numbers (ASCII or Devanagari digits) are NUM.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Sequence

import regex

from pipeline.records import Mention, Sentence

# Nukta folding: drop the combining nukta (U+093C) and map the precomposed nukta letters
# (U+0958-U+095F, which NFC decomposes anyway) to their base letters. The zero-width joiner and non-joiner
# (U+200D, U+200C) only choose a glyph (`स्‍पेन` = `स्पेन`, `क्‍या` = `क्या`): dropped too.
NUKTA_FOLD = {0x093C: None, 0x200C: None, 0x200D: None, **{0x0958 + i: base for i, base in enumerate("कखगजडढफय")}}


class _FoldMemo(dict):
    """fold's memo: every refine step folds the same tokens again (millions of calls per thousand articles), so a
    folded word is one dict look-up in C (`fold` is this dict's `__getitem__`: no Python frame on a hit)."""

    def __missing__(self, s: str) -> str:
        if len(self) >= 500_000:  # bounded: a long run sees ever new strings
            self.clear()
        r = self[s] = s.translate(NUKTA_FOLD)
        return r


_FOLDED = _FoldMemo()
fold = _FOLDED.__getitem__  # fold(s: str) -> str: s without nukta and zero-width (non-)joiners


# Rank and office acronyms of Indian administration and police, spelt in Devanagari: titles before a name, not
# organisations (`एसडीएम नरेंद्र सिंह`).
RANK_ACRONYMS = frozenset(fold(w) for w in """सीएम पीएम डीएम एसडीएम डीआईजी आईजी डीजीपी एसपी एसएसपी एएसपी
    डीएसपी सीओ एसएचओ एसओ एसआई एएसआई बीडीओ सीडीओ सीएमओ डीसी एडीएम एसीपी डीसीपी एडीसीपी""".split())
TITLES = RANK_ACRONYMS | frozenset(
    fold(t)
    for t in """राष्ट्रपति प्रधानमंत्री मंत्री मुख्यमंत्री उपमुख्यमंत्री राज्यपाल महासचिव अध्यक्ष उपाध्यक्ष
    सचिव जनरल लेफ्टिनेंट-जनरल कर्नल-जनरल मेजर-जनरल कर्नल मेजर कैप्टन कमांडर प्रवक्ता निदेशक महानिदेशक
    प्रमुख सांसद विधायक न्यायाधीश न्यायमूर्ति डॉ. डॉ डा. डा श्री श्रीमती सुश्री प्रोफेसर प्रो. अभिनेता अभिनेत्री
    गवर्नर सीईओ चेयरमैन प्रबंधक कमिश्नर आयुक्त समकक्ष महापौर मेयर सांसद नेता राजदूत पीएम उद्योगपति
    उपायुक्त जिलाधिकारी जिलाधीश कलेक्टर थानाध्यक्ष थानेदार इंस्पेक्टर दरोगा वार्ताकार""".split()
)
# Words that end a name (case markers, conjunctions, verbs that often follow names).
STOP = frozenset(
    fold(t)
    for t in """ने के की का को से में पर और या तथा एवं भी ही तो है हैं था थे थी द्वारा ने, वाले वाली
    साथ लिए बाद पास सहित समेत तरह जैसे कहा बताया एक यह वह इस उस जो निवास कार्यालय भवन पद चुनाव
    चुनावों चुनाव पद पर रहे रहीं ने जी""".split()
)
ORG_SUFFIXES = frozenset(
    fold(t) for t in "मंत्रालय संगठन परिषद आयोग पार्टी लिमिटेड बैंक विश्वविद्यालय प्राधिकरण निगम".split()
)
LETTER_NAMES = (
    "डब्ल्यू एक्स वाई जेड क्यू एफ एच आई जे के एल एम एन पी आर यू वी ए बी सी डी ई जी ओ एस टी"
).split()
_ACRONYM = regex.compile(r"^(?:%s){2,}$" % "|".join(map(regex.escape, LETTER_NAMES)))
_NAME_TOKEN = regex.compile(r"^[\p{L}\p{M}\u200c\u200d]+(?:-[\p{L}\p{M}]+)*$")
_NUMBER = regex.compile(r"^\d+(?:[.,]\d+)*$")


def load_gazetteer(path: Path) -> dict[tuple[str, ...], str]:
    entries: dict[tuple[str, ...], str] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("surface\t"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in {"PER", "ORG", "LOC"}:
            raise ValueError(f"{path}:{lineno}: expected 'surface<TAB>PER|ORG|LOC', got {line!r}")
        entries[tuple(fold(w) for w in _words(parts[0]))] = parts[1]
    return entries


def _words(s: str) -> list[str]:
    # Hyphenated names are one word here ("कासिम-जोमार्ट"); the segmenter splits '-' off, and
    # the tagger re-joins tokens touching a hyphen below.
    return s.split()


@dataclass
class RulesTagger:
    gazetteer: dict[tuple[str, ...], str]
    name: str = "rules.v1/gazetteer-v1"

    @classmethod
    def from_dir(cls, model_dir: Path) -> "RulesTagger":
        path = Path(model_dir) / "gazetteer.tsv"
        if not path.exists():
            raise FileNotFoundError(f"rules.v1 tagger: gazetteer not found at {path}")
        return cls(load_gazetteer(path), f"rules.v1/{Path(model_dir).name}")

    def __post_init__(self) -> None:
        # longest entry starting with each (folded) word: a lookup tries only those lengths
        self._first: dict[str, int] = {}
        for key in self.gazetteer:
            self._first[key[0]] = max(self._first.get(key[0], 0), len(key))

    def tag(self, sentences: Sequence[Sentence]) -> list[Mention]:
        spans: dict[tuple[int, int], tuple[str, Sentence]] = {}
        found: dict[str, str] = {}  # folded name -> label, propagated within the document
        sent_words = [(s, _join_hyphens(s)) for s in sentences]
        folded = [[fold(w[2]) for w in words] for _, words in sent_words]
        for (sent, words), fws in zip(sent_words, folded):
            i = 0
            while i < len(words):
                hit = self._match(fws, i)
                if hit:
                    n, label = hit
                    spans[(words[i][0], words[i + n - 1][1])] = (label, sent)
                    i += n
                    continue
                s, e, w = words[i]
                fw = fws[i]
                if _NUMBER.match(w):
                    spans[(s, e)] = ("NUM", sent)
                elif _ACRONYM.match(fw) and len(fw) >= 4 and fw not in TITLES:
                    spans[(s, e)] = ("ORG", sent)
                    found[fw] = "ORG"
                elif fw in TITLES or fw.endswith("-जनरल"):
                    j = i + 1
                    while j < len(words) and words[j][2] in {",", "-"}:
                        j += 1
                    k = j
                    while (
                        k < len(words)
                        and k - j < 3
                        and _is_name_word(words[k][2])
                        and not (k > j and (fws[k],) in self.gazetteer)
                    ):
                        k += 1
                    if k > j:
                        spans[(words[j][0], words[k - 1][1])] = ("PER", sent)
                        name = fws[j:k]
                        found[" ".join(name)] = "PER"
                        if len(name) > 1:
                            found[name[-1]] = "PER"
                        i = k
                        continue
                elif fw in ORG_SUFFIXES and i > 0 and (words[i - 1][0], words[i - 1][1]) not in spans:
                    j = i
                    while j > 0 and i - j < 3 and _is_name_word(words[j - 1][2]):
                        j -= 1
                    if j < i:
                        spans[(words[j][0], e)] = ("ORG", sent)
                i += 1
        # propagate names found by patterns to their other occurrences in the document
        if found:
            by_first: dict[str, list[list[str]]] = {}  # first word -> names (longest first)
            for key in sorted(found, key=lambda k: -len(k.split())):
                parts = key.split()
                by_first.setdefault(parts[0], []).append(parts)
            # a span inside another is not added; only the spans of its own sentence can hold it (a look over all
            # of them grew as the square of a long text)
            of_sent: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for span, (_, sent) in spans.items():
                of_sent[id(sent)].append(span)
            for (sent, words), fws in zip(sent_words, folded):
                mine = of_sent[id(sent)]
                for i, fw in enumerate(fws):
                    for parts in by_first.get(fw, ()):
                        if fws[i : i + len(parts)] == parts:
                            span = (words[i][0], words[i + len(parts) - 1][1])
                            if not any(a <= span[0] and span[1] <= b for a, b in mine):
                                spans[span] = (found[" ".join(parts)], sent)
                                mine.append(span)
                            break
        self._propagate_variants(sent_words, folded, spans, found)
        out = []
        reach = -1  # the furthest end of the spans before this one in (start, -end) order
        for (s, e) in sorted(spans, key=lambda se: (se[0], -se[1])):
            if reach >= e:
                continue  # nested inside a longer span (one that starts earlier, or as early and ends later)
            reach = e
            label, sent = spans[(s, e)]
            text = sent.text[s - sent.start : e - sent.start]
            out.append(Mention(sent.doc_id, sent.sent_idx, s, e, text, label, self.name))
        return sorted(out, key=lambda m: (m.start, m.end))

    def _propagate_variants(self, sent_words, folded, spans, found: dict[str, str]) -> None:
        """Tag spelling variants of single-word PER names found in this document
        (`तोकायेव` after `टोकायव`), using the linker's name-matching keys."""
        names = sorted(k for k, lab in found.items() if lab == "PER" and " " not in k and len(k) >= 4)
        if not names:
            return
        # Candidates by the keys on which two one-word names can match at all (exact, phonetic,
        # designator, loose, skeleton); multi-token names (hyphenated) are always tried.
        blocks: dict[tuple[str, str], list[str]] = {}
        always: list[str] = []
        for n in names:
            keys = _person_keys(n)
            if len(keys.tokens) > 1:
                always.append(n)
            for block in _blocks(keys):
                blocks.setdefault(block, []).append(n)
        # a word inside an existing span is skipped: spans sorted by start, with the running max end
        ordered = sorted(spans)
        starts = [a for a, _ in ordered]
        max_end = list(accumulate((b for _, b in ordered), max))
        for (sent, words), fws in zip(sent_words, folded):
            for (s, e, w), fw in zip(words, fws):
                if len(fw) < 4 or not _is_name_word(w) or (fw,) in self.gazetteer or fw in found:
                    continue
                i = bisect_right(starts, s) - 1
                if i >= 0 and max_end[i] >= e:
                    continue
                keys = _person_keys(fw)
                cands = always if len(keys.tokens) == 1 else names
                cands = {n for block in _blocks(keys) for n in blocks.get(block, ())} | set(cands)
                if any(_same_name_cached(fw, n) for n in sorted(cands)):
                    spans[(s, e)] = ("PER", sent)

    def _match(self, fws: list[str], i: int):
        for n in range(min(self._first.get(fws[i], 0), len(fws) - i), 0, -1):
            key = tuple(fws[i : i + n])
            if key in self.gazetteer:
                return n, self.gazetteer[key]
        return None


def _blocks(keys) -> list[tuple[str, str]]:
    return [("k0", keys.k0), ("k1", keys.k1), ("base", keys.base), ("k2", keys.k2), ("skel", keys.skel)]


@lru_cache(maxsize=65536)
def _person_keys(name: str):
    from pipeline.link import name_keys

    return name_keys(name, "PER")


@lru_cache(maxsize=65536)
def _same_name_cached(a: str, b: str) -> bool:
    # same_name(a, b, "PER") with each name's keys computed once (they are the costly part)
    from pipeline.link import _key_rule

    return _key_rule(_person_keys(a), _person_keys(b), _link_params()) is not None


@lru_cache(maxsize=1)
def _link_params():
    from pipeline.link import LinkParams

    return LinkParams()


def _is_name_word(w: str) -> bool:
    return bool(_NAME_TOKEN.match(w)) and fold(w) not in STOP and fold(w) not in TITLES


def _join_hyphens(sent: Sentence) -> list[tuple[int, int, str]]:
    """Tokens, with `X - Y` written without spaces (`कासिम-जोमार्ट`) joined back into one word."""
    out: list[tuple[int, int, str]] = []
    for s, e, w in sent.tokens():
        if out and (w == "-" or out[-1][2].endswith("-")) and out[-1][1] == s:
            ps, _, pw = out[-1]
            out[-1] = (ps, e, pw + w)
        else:
            out.append((s, e, w))
    return out
