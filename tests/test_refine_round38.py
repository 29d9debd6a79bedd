"""pipeline.refine, round 38: organisations of native reports named by a name and a body's head (`एन सी सक्सेना
कमेटी`, `महिंद्रा ग्रुप`, `रेड क्रॉस सोसायटी`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

import pytest

from pipeline.refine import RefineParams, refine_mentions
from tests.test_refine import LEX, _mentions


def _refine38(sentences_of, text, spans, **params):
    sents = sentences_of(text)
    got = refine_mentions(sents, _mentions(sents, spans), LEX, RefineParams(**{"no_overlaps": False, **params}))
    for m in got:
        assert text[m.start : m.end] == m.text
    return sorted((m.text, m.label) for m in got)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("केंद्र सरकार की ओर से गठित एन सी सक्सेना कमेटी के मुताबिक़ नियम टूटा।", [("एन सी सक्सेना", "PER")], True,
         [("एन सी सक्सेना कमेटी", "ORG")]),
        ("केंद्र सरकार की ओर से गठित एन सी सक्सेना कमेटी के मुताबिक़ नियम टूटा।", [("एन सी सक्सेना", "PER")], False,
         [("एन सी सक्सेना", "PER")]),
        ("महिंद्रा ग्रुप के चेयरमैन ने रविवार को कहा।", [("महिंद्रा", "PER")], True, [("महिंद्रा ग्रुप", "ORG")]),
        ("ऐसे में भारतीय रेड क्रॉस सोसायटी ने मदद की।", [("रेड क्रॉस", "ORG")], True,
         [("भारतीय रेड क्रॉस सोसायटी", "ORG")]),
        ("बैठक में अखिल भारतीय कांग्रेस कमेटी के सदस्य थे।", [("कांग्रेस", "ORG")], True,
         [("अखिल भारतीय कांग्रेस कमेटी", "ORG")]),
        ("मोहन बागान क्लब ने जीत दर्ज की।", [("मोहन बागान", "LOC")], True, [("मोहन बागान क्लब", "ORG")]),
        # a company's noun after a subject, punctuation between, a head already tagged, no head
        ("नंदन कंपनी के चेयरमैन होंगे।", [("नंदन", "PER")], True, [("नंदन", "PER")]),
        ("भुवनेश्वरी मंदिर, टेल्को: ट्रस्ट का पैसा बना सहारा।", [("टेल्को", "LOC")], True, [("टेल्को", "LOC")]),
        ("रघुवर दास समिति के सदस्य हैं।", [("रघुवर दास", "PER"), ("समिति", "ORG")], True,
         [("रघुवर दास", "PER"), ("समिति", "ORG")]),
        ("रघुवर दास ने बैठक की।", [("रघुवर दास", "PER")], True, [("रघुवर दास", "PER")]),
    ],
)
def test_refine_name_body_heads(sentences_of, text, spans, on, expected):
    assert _refine38(sentences_of, text, spans, steps=(), name_body_heads=on) == expected
