"""pipeline/claims.py, claims round 39 (translated international news, seed 1414): quotations over several
paragraphs. Same hand-built records as tests/test_claims.py (a file of its own, so that rounds working on claims.py at
the same time do not edit one file's end)."""
from __future__ import annotations

import pytest

from pipeline.claims import ClaimsParams
from tests.test_claims import check_offsets, run

MARTIN = ("पीटर मार्टिन", "PER", "P_pm")


@pytest.mark.parametrize("text,want", [
    # a quotation over three paragraphs (one a line), opened once and closed once: one claim per paragraph
    ('पीटर मार्टिन ने कहा: "जुलाई में पबों की बिक्री बढ़ी।\nरेस्तराँ व्यापार में गिरावट और खराब हो गई।\n'
     'ऐसा लगता है कि लोग केवल पीने के लिए बाहर जाना चाहते थे।"',
     [("पीटर मार्टिन", "direct", "जुलाई में पबों की बिक्री बढ़ी"),
      ("पीटर मार्टिन", "direct", "रेस्तराँ व्यापार में गिरावट और खराब हो गई"),
      ("पीटर मार्टिन", "direct", "ऐसा लगता है कि लोग केवल पीने के लिए बाहर जाना चाहते थे")]),
    # the cue after the quotation (`"A।` / `B," उसने कहा।`): the same
    ('पीटर मार्टिन सुबह बाज़ार आए।\n"वे सिर्फ़ खेल रहे होते हैं।\nआपको उन्हें पर्याप्त सम्मान देना पड़ता है," पीटर मार्टिन ने कहा।',
     [("पीटर मार्टिन", "direct", "वे सिर्फ़ खेल रहे होते हैं"),
      ("पीटर मार्टिन", "direct", "आपको उन्हें पर्याप्त सम्मान देना पड़ता है")]),
    # a quotation of several sentences in one paragraph stays one claim
    ('पीटर मार्टिन ने कहा: "जुलाई में पबों की बिक्री बढ़ी। रेस्तराँ व्यापार में गिरावट और खराब हो गई।"',
     [("पीटर मार्टिन", "direct", "जुलाई में पबों की बिक्री बढ़ी। रेस्तराँ व्यापार में गिरावट और खराब हो गई")]),
])
def test_claims_round39_quote_over_paragraphs_is_one_claim_per_paragraph(text, want):
    claims = check_offsets(text, run(text, [MARTIN]))
    assert sorted((c.speaker_text, c.quote_type, c.content) for c in claims) == sorted(want)
    assert {c.speaker_entity_id for c in claims} == {"P_pm"}


def test_claims_round39_paragraph_split_can_be_switched_off():
    text = 'पीटर मार्टिन ने कहा: "जुलाई में पबों की बिक्री बढ़ी।\nरेस्तराँ व्यापार में गिरावट और खराब हो गई।"'
    (claim,) = run(text, [MARTIN], p=ClaimsParams(paragraph_quotes=False))
    assert "\n" in claim.content
