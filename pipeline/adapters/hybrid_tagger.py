"""`hybrid.v1`: the trained NER model, corrected by the rules tagger's gazetteer and patterns.

The trained model (models/ner-hi-spacy-*) finds names it has never seen, but it learned IL-NER's
conventions (encyclopedic text) and errs on news-specific names that the gazetteer knows (it reads
`सीएसटीओ` as a person). So: every rules span wins, and a model span is added only where it overlaps
no rules span. Written here because no library merges two Hindi taggers this way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import regex

from pipeline.records import Mention, Sentence
from pipeline.tag import Tagger

_DEVANAGARI_WORD = regex.compile(r"[\p{Devanagari}\u200c\u200d]+")


@dataclass
class HybridTagger:
    """`hybrid.v1`: rules spans win, model spans fill the rest. `hybrid.v2` (a `lexicon` given):
    then the document-level repair of pipeline.refine (Latin names, span edges, common words,
    KB place types, one label per surface, propagation)."""

    rules: Tagger
    model: Tagger
    name: str = "hybrid.v1"
    lexicon: Any = None  # pipeline.lexicon.Lexicon for hybrid.v2
    refine_params: Any = field(default=None)

    def tag(self, sentences: Sequence[Sentence]) -> list[Mention]:
        return self._finish(sentences, self.rules.tag(sentences), self.model.tag(sentences))

    def _finish(self, sentences: Sequence[Sentence], fixed: Sequence[Mention], found: Sequence[Mention]) -> list[Mention]:
        if self.lexicon is None:
            return self._merge(fixed, found)
        from pipeline.refine import RefineParams, refine_mentions

        # gazetteer entries are curated: refine keeps them as they are (the rules' patterns it may repair)
        from pipeline.adapters.rules_tagger import fold

        gazetteer = getattr(self.rules, "gazetteer", {})
        curated = [tuple(fold(w) for w in m.text.split()) in gazetteer for m in fixed]
        keep = frozenset((m.start, m.end) for m, c in zip(fixed, curated) if c)
        merged = self._merge(surnames_inside(fixed, curated, found, self.lexicon), found)
        return refine_mentions(sentences, merged, self.lexicon, self.refine_params or RefineParams(), keep)

    def tag_many(self, docs: Sequence[Sequence[Sentence]]) -> list[list[Mention]]:
        """tag() of several documents: the rules per document (they look across one document's
        sentences), the model in one call for all."""
        many = getattr(self.model, "tag_many", None)
        found = many(docs) if many is not None else [self.model.tag(d) for d in docs]
        return [self._finish(d, self.rules.tag(d), ms) for d, ms in zip(docs, found)]

    def _merge(self, fixed: Sequence[Mention], found: Sequence[Mention]) -> list[Mention]:
        taken: dict[int, list[tuple[int, int]]] = {}
        for m in fixed:
            taken.setdefault(m.sent_idx, []).append((m.start, m.end))
        out = [Mention(m.doc_id, m.sent_idx, m.start, m.end, m.text, m.label, self.name) for m in fixed]
        for m in found:
            if any(a < m.end and m.start < b for a, b in taken.get(m.sent_idx, ())):
                continue
            out.append(Mention(m.doc_id, m.sent_idx, m.start, m.end, m.text, m.label, self.name))
        return sorted(out, key=lambda m: (m.start, m.end, m.label))


def surnames_inside(fixed: Sequence[Mention], curated: Sequence[bool], found: Sequence[Mention], lex: Any) -> list[Mention]:
    """The rules spans less the one-word PER names that the rules' patterns propagated (no gazetteer entry), that the
    training data (`lex`) sees mostly in person names (surnames: `सिंह`, `कुमार`, `यादव`), and that
    end a longer PER name of the model that starts with a given name or a person word of the training data and
    whose other words are Devanagari words, no title: the rules tagger spreads the
    surname of a titled name to every occurrence of the word (`सिंह` of `मंत्री दिगंबर सिंह`), which cut
    `विश्वेन्द्र सिंह` and `करनी सिंह` to `सिंह` (`PM मोदी`, `मि. क्लार्क`, `रावत जनरल स्टोर` keep the rules span)."""
    from pipeline.adapters.rules_tagger import TITLES, fold
    from pipeline.lexicon import fold_key

    def person_word(w: str) -> bool:
        st = lex.words.get(fold_key(w))
        return bool(st and st.n_per >= 0.5 * st.n_ent > 0)

    ends: dict[tuple[int, int], int] = {}  # (sentence, end) -> start of a model PER name with only name words before
    for m in found:
        words = m.text.split()
        if m.label == "PER" and len(words) > 1 and all(
                _DEVANAGARI_WORD.fullmatch(w) and fold(w) not in TITLES for w in words[:-1]) \
                and (fold_key(words[0]) in lex.given_names or person_word(words[0])):
            ends[(m.sent_idx, m.end)] = min(m.start, ends.get((m.sent_idx, m.end), m.start))

    return [m for m, c in zip(fixed, curated)
            if c or m.label != "PER" or " " in m.text.strip() or ends.get((m.sent_idx, m.end), m.start) >= m.start
            or not person_word(m.text)]
