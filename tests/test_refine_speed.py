"""Speed round 25: refine's word memos (`_memo`, `_Memo`) answer as the helpers they hold, and a new lexicon or
params object is never answered from an old one's memo."""
from __future__ import annotations

from dataclasses import replace as dc_replace

import pytest

from pipeline.lexicon import WordStats
from pipeline.link import acronym_letters, token_key
from pipeline.refine import (RefineParams, _acronym_letters, _common, _common_uncached, _cue, _cue_word, _initials,
                             _initials_word, _listed_letters, _token_key, place_of)
from tests.test_refine import LEX, _place


@pytest.mark.parametrize("word", ["दिल्ली", "युगांडा", "जेपी", "सीएसटीओ", "डब्ल्यूएचओ", "मोहम्मद", "जिले", "गांव", "बाइक"])
def test_memos_answer_as_the_helpers(word):
    p = RefineParams()
    for _ in range(2):  # the first call fills the memo, the second reads it
        assert _token_key(word) == token_key(word)
        assert _acronym_letters(word) == acronym_letters(word)
        assert _initials(word, LEX, p) == _initials_word(word, LEX, p)
        assert _cue(word, LEX, p) == _cue_word(word, LEX, p)
        assert _common(word, LEX, p) == _common_uncached(word, LEX, p)


def test_a_new_lexicon_is_not_answered_from_the_old_ones_memo():
    assert place_of("कोसी", LEX) is None
    other = dc_replace(LEX, places={**LEX.places, "कोसी": _place("कोसी", "Kosi", "geonames", "town")})
    assert place_of("कोसी", other).name_en == "Kosi"
    assert place_of("कोसी", LEX) is None
    # `listed_initials`' letters word: a KB place in the new lexicon is no initials
    assert _listed_letters("जेपी", LEX) == "JP"
    jp = dc_replace(LEX, places={**LEX.places, "जेपी": _place("जेपी", "JP", "geonames", "town")})
    assert _listed_letters("जेपी", jp) is None
    assert _listed_letters("जेपी", LEX) == "JP"


def test_new_params_are_not_answered_from_the_old_ones_memo():
    lex = dc_replace(LEX, words={**LEX.words, "बाइक": WordStats(40, 0, 0, 0, 0, 0, 0)})
    p = RefineParams()
    assert _common("बाइक", lex, p) is True
    assert _common("बाइक", lex, dc_replace(p, common_min_count=1000, rare_common_min_docs=0)) is False
    assert _common("बाइक", lex, p) is True


def test_memos_start_again_empty_past_their_limit_with_the_same_answers(sentences_of, monkeypatch):
    """Review of the speed round: a memo past `_MEMO_MAX` words is cleared (a large archive's vocabulary no longer
    grows it for the process's life), and a tiny limit gives the same mentions as the full one."""
    from pipeline import refine
    from tests.test_refine import _mentions

    text = ("विदेश मंत्री एस जयशंकर ने दिल्ली में कहा कि युगांडा के साथ व्यापार बढ़ेगा। ऑर्बिट डायनामिक्स ने बताया कि "
            "जेपी नड्डा और डब्ल्यूएचओ के अधिकारी पुणे शहर पहुंचे। जयशंकर ने कहा कि सीएसटीओ की बैठक यूपी में होगी।")
    sents = sentences_of(text)
    spans = [("एस जयशंकर", "PER"), ("दिल्ली", "LOC"), ("युगांडा", "LOC"), ("जेपी नड्डा", "PER")]
    p = RefineParams(firm_agents=True)

    def run():
        return sorted((m.start, m.end, m.label) for m in refine.refine_mentions(sents, _mentions(sents, spans), LEX, p))

    full = run()
    module_memos = [f.__self__ for f in (refine._token_key, refine._acronym_letters, refine._is_latin,
                                         refine.plural_forms)]
    for m in module_memos:
        m.clear()  # pure answers: an empty memo only asks again
    monkeypatch.setattr(refine, "_MEMOS", {})
    monkeypatch.setattr(refine, "_MEMO_MAX", 3)
    assert run() == full
    assert run() == full
    assert all(len(m) <= 3 for m in module_memos)
    assert all(len(slot[2]) <= 3 + 40 for slot in refine._MEMOS.values())  # at most the limit and one call's words
