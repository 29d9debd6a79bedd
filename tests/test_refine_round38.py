"""pipeline.refine, round 38: organisations of native reports named by a name and a body's head (`एन सी सक्सेना
कमेटी`, `महिंद्रा ग्रुप`, `रेड क्रॉस सोसायटी`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace as dc_replace

import pytest

from pipeline.refine import RefineParams, fold, refine_mentions
from tests.test_refine import LEX, _mentions, _place


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


# Review of round 38: a chat group, a draw's group, a group photo, a rank, a verb's object, a country are no bodies
_LEX38 = dc_replace(LEX, places={**LEX.places, **{fold(w): _place(w, en) for w, en in (
    ("भारत", "India"), ("पाकिस्तान", "Pakistan"), ("चीन", "China"))}})


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("वह व्हाट्सऐप ग्रुप में मैसेज भेजता था।", [("व्हाट्सऐप", "ORG")], [("व्हाट्सऐप", "ORG")]),
        ("वह फेसबुक ग्रुप में मैसेज भेजता था।", [("फेसबुक", "ORG")], [("फेसबुक", "ORG")]),
        ("भारत ग्रुप बी में है।", [("भारत", "LOC")], [("भारत", "LOC")]),
        ("मोदी ग्रुप फोटो में दिखे।", [("मोदी", "PER")], [("मोदी", "PER")]),
        ("रोनाल्डो क्लब छोड़ेंगे।", [("रोनाल्डो", "PER")], [("रोनाल्डो", "PER")]),
        ("मोदी कमेटी बनाएंगे।", [("मोदी", "PER")], [("मोदी", "PER")]),
        ("भारतीय वायुसेना ग्रुप कैप्टन वरुण सिंह घायल हुए।", [("भारतीय वायुसेना", "ORG"), ("वरुण सिंह", "PER")],
         [("भारतीय वायुसेना", "ORG"), ("वरुण सिंह", "PER")]),
        ("सोवियत यूनियन टूट गया।", [("सोवियत", "LOC")], [("सोवियत", "LOC")]),
        ("सोवियत यूनियन के विघटन के बाद।", [("सोवियत", "LOC")], [("सोवियत", "LOC")]),
        ("वुहान यूनियन अस्पताल में भर्ती हुए।", [("वुहान", "LOC")], [("वुहान", "LOC")]),
        ("पाकिस्तान क्लब क्रिकेट खेलता है।", [("पाकिस्तान", "LOC")], [("पाकिस्तान", "LOC")]),
        ("पाकिस्तान क्लब में खेलता है।", [("पाकिस्तान", "LOC")], [("पाकिस्तान", "LOC")]),
        ("चीन समिति के सामने पेश हुआ।", [("चीन", "LOC")], [("चीन", "LOC")]),
        # still one body: a name, the head, a postposition or punctuation
        ("दिल्ली पुलिस क्लब में जश्न हुआ।", [("दिल्ली पुलिस", "ORG")], [("दिल्ली पुलिस क्लब", "ORG")]),
        ("उन्होंने एन सी सक्सेना कमेटी, सरकार और अदालत का ज़िक्र किया।", [("एन सी सक्सेना", "PER")],
         [("एन सी सक्सेना कमेटी", "ORG")]),
        ("गांव समिति ने कहा।", [], []),
    ],
)
def test_refine_name_body_heads_review(sentences_of, text, spans, expected):
    sents = sentences_of(text)
    got = refine_mentions(sents, _mentions(sents, spans), _LEX38,
                          RefineParams(no_overlaps=False, steps=(), name_body_heads=True))
    assert sorted((m.text, m.label) for m in got) == expected
