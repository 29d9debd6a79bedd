"""Review of session 28 (second reader of fix-e45, fix-l35, entities rounds 46-47, link round 36, the segmentation of
`डा.`/`मो.`/`पं.`, claims rounds 50-51, quantities rounds 35-36): one test per finding, each failing before its fix,
with real Devanagari; same hand-built records as the tests of each stage."""
from __future__ import annotations

import pytest

from pipeline.refine import RefineParams, refine_mentions
from pipeline.segment import SegmentParams, split_sentences
from tests.test_claims import check_offsets, run
from tests.test_refine import _mentions
from tests.test_refine_round47 import _LEX


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


# --- claims.given_name_before: the word before the one-word mention is read by its own length, not the speaker's ----
# (a nukta spelling differs in length: `ज़ाहिद` is six code points, `जाहिद` five; fold makes them one key)
@pytest.mark.parametrize("text,want", [
    ("निर्देशक ज़ाहिद लूथरिया ने अब अपना इरादा छोड़ दिया है. जाहिद के मुताबिक़, इस केस को लेकर कई सारे सवाल हैं.",
     [("जाहिद", "P_luthria", "named", "के मुताबिक़", "इस केस को लेकर कई सारे सवाल हैं", "indirect")]),
    ("निर्देशक जाहिद लूथरिया ने अब अपना इरादा छोड़ दिया है. ज़ाहिद के मुताबिक़, इस केस को लेकर कई सारे सवाल हैं.",
     [("ज़ाहिद", "P_luthria", "named", "के मुताबिक़", "इस केस को लेकर कई सारे सवाल हैं", "indirect")]),
    # unchanged: the same spelling on both sides (tests/test_claims_round50.py)
    ("निर्देशक मिलन लूथरिया ने अब अपना इरादा छोड़ दिया है. मिलन के मुताबिक़, इस केस को लेकर कई सारे सवाल हैं.",
     [("मिलन", "P_luthria", "named", "के मुताबिक़", "इस केस को लेकर कई सारे सवाल हैं", "indirect")]),
])
def test_given_name_before_nukta_spelling(text, want):
    assert got(check_offsets(text, run(text, [("लूथरिया", "PER", "P_luthria")]))) == want


@pytest.mark.parametrize("text", [
    # a longer word that only ends in the speaker's letters is no given name (`रमिलन` is not `मिलन`)
    "निर्देशक रमिलन लूथरिया ने अब अपना इरादा छोड़ दिया है. मिलन के मुताबिक़, इस केस को लेकर कई सारे सवाल हैं.",
])
def test_given_name_before_whole_word(text):
    assert all(c.speaker_entity_id != "P_luthria" for c in run(text, [("लूथरिया", "PER", "P_luthria")]))


# --- refine.news_agencies: a span that starts inside a word and holds the agency as its only whole word ------------
def _refine(text, spans, **params):
    sents = split_sentences("d", text, SegmentParams())
    ments = _mentions(sents, spans)
    got = refine_mentions(sents, ments, _LEX, RefineParams(no_overlaps=False, steps=(), **params))
    for m in got:
        assert text[m.start:m.end] == m.text
    return sorted((m.text, m.label) for m in got)


@pytest.mark.parametrize("text, spans, expected", [
    # the span opens inside `अलीगढ़` (no whole word before the agency): the agency alone, ORG (was an IndexError)
    ("अलीगढ़ जेएनएन। शहर में लॉकडाउन का पालन हुआ।", [("गढ़ जेएनएन", "ORG")], [("जेएनएन", "ORG")]),
    # unchanged: the whole words before it stay, LOC where a KB place
    ("अलीगढ़ जेएनएन। शहर में लॉकडाउन का पालन हुआ।", [("अलीगढ़ जेएनएन", "ORG")], [("अलीगढ़", "LOC"), ("जेएनएन", "ORG")]),
])
def test_news_agencies_word_inside(text, spans, expected):
    assert _refine(text, spans, news_agencies=True) == expected


# --- refine.slash_places: the LOC ends and starts it reads are indexed by sentence once (was a scan of every mention
# per sentence with a slash); a guard that sentences keep their own places ------------------------------------------
@pytest.mark.parametrize("text, spans, expected", [
    ("श्रीगंगानगर/सादुलशहर। बुधवार शाम को मौसम बदला। रेवाड़ी/नारनौल, जागरण संवाददाता। जिले में मरीज मिले।",
     [("श्रीगंगानगर", "LOC"), ("नारनौल", "LOC")],
     [("नारनौल", "LOC"), ("रेवाड़ी", "LOC"), ("श्रीगंगानगर", "LOC"), ("सादुलशहर", "LOC")]),
    # a LOC of another sentence makes no place across a slash here (`रांची/कोरोना` stays)
    ("पटना/ लखनऊ। रांची/कोरोना से जंग जारी है।", [("पटना", "LOC"), ("लखनऊ", "LOC")], [("पटना", "LOC"), ("लखनऊ", "LOC")]),
])
def test_slash_places_by_sentence(text, spans, expected):
    from tests.test_refine_round46 import _LEX as LEX46
    sents = split_sentences("d", text, SegmentParams())
    got = refine_mentions(sents, _mentions(sents, spans), LEX46,
                          RefineParams(no_overlaps=False, steps=(), slash_places=True))
    assert sorted((m.text, m.label) for m in got) == sorted(expected)


# --- quantities.span_participles: a past participle of a verb whose stem ends in ग (`लगी`, `लगे`, `भागे`) is no future;
# only a form the stem does not give (`रहेंगे`, `होगी`) is left out as one ------------------------------------------
def _events(text):
    from tests.test_quantities_round36 import run as qrun
    return [(q.text, q.event) for q in qrun(text)]


@pytest.mark.parametrize("text, want", [
    ("50 दिनों से लगी पाबंदी हटा दी गई।", [("50 दिनों", "लगी")]),
    ("तीन दिन से भागे आरोपी को पकड़ा गया।", [("तीन दिन", "भागे")]),
    # unchanged: the round-36 cases, a future before its predicate word
    ("50 दिनों से रुके ट्रेन के पहिए चलने शुरू हो गए।", [("50 दिनों", "रुके")]),
    ("स्कूल 25 जून तक रहेंगे बंद।", [("25 जून", "बंद")]),
])
def test_span_participle_g_stems(text, want):
    assert _events(text) == want
