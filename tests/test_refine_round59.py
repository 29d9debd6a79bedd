"""pipeline.refine, round 59 (issue 14: organisations on news nobody tuned on): a place tagged LOC right before a
transport operator's head names the operator, one ORG (`दिल्ली मेट्रो`, `हरियाणा रोडवेज`, `दिल्ली मेट्रो रेल
कॉर्पोरेशन`), and a one-word LOC span naming an armed service (`नेवी`) is ORG. Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ-2020-MAR-22-03 (paraphrased): a list of cities' metros
        ("इसमें दिल्ली मेट्रो, कोच्चि मेट्रो बंद रहेंगी।", [("दिल्ली", "LOC"), ("कोच्चि", "LOC")], True,
         [("कोच्चि मेट्रो", "ORG"), ("दिल्ली मेट्रो", "ORG")]),
        ("इसमें दिल्ली मेट्रो, कोच्चि मेट्रो बंद रहेंगी।", [("दिल्ली", "LOC"), ("कोच्चि", "LOC")], False,
         [("कोच्चि", "LOC"), ("दिल्ली", "LOC")]),
        # covidnp_AU-2020-MAR-20-04 (paraphrased): a state's roadways
        ("रविवार को हरियाणा रोडवेज की बसें नहीं चलेंगी।", [("हरियाणा", "LOC")], True, [("हरियाणा रोडवेज", "ORG")]),
        # covidnp_NT-2020-MAR-11-01 (paraphrased): the operator's corporation, its tail tagged alone
        ("दिल्ली मेट्रो रेल कार्पोरेशन के अधिकारियों ने बताया।", [("दिल्ली", "LOC"), ("रेल कार्पोरेशन", "ORG")], True,
         [("दिल्ली मेट्रो रेल कार्पोरेशन", "ORG")]),
        ("दिल्ली मेट्रो रेल कार्पोरेशन के अधिकारियों ने बताया।", [("दिल्ली", "LOC"), ("रेल कार्पोरेशन", "ORG")], False,
         [("दिल्ली", "LOC"), ("रेल कार्पोरेशन", "ORG")]),
        # ntrex_newsweek.51310 (paraphrased): a broadcaster named after its region's metro area
        ("वेस्ट वर्जिनिया मेट्रो न्यूज़ के मुताबिक रैली आज है।", [("वेस्ट वर्जिनिया", "LOC")], True,
         [("वेस्ट वर्जिनिया मेट्रो न्यूज़", "ORG")]),
        # covidnp_DH-2020-MAR-18-01 (paraphrased): `ट्रांसपोर्ट` with an English body head after it
        ("बिहार ट्रांसपोर्ट फ़ेडरेशन के संरक्षक ने अपील की।", [("बिहार", "LOC")], True,
         [("बिहार ट्रांसपोर्ट फ़ेडरेशन", "ORG")]),
        # guard: `ट्रांसपोर्ट` alone before a Hindi word is no operator's name
        ("बिहार ट्रांसपोर्ट विभाग ने आदेश दिया।", [("बिहार", "LOC")], True, [("बिहार", "LOC")]),
        # guard: a kind of city after `मेट्रो` (an adjective)
        ("दिल्ली और मुंबई मेट्रो शहरों में मामले बढ़े।", [("दिल्ली", "LOC"), ("मुंबई", "LOC")], True,
         [("दिल्ली", "LOC"), ("मुंबई", "LOC")]),
        # guard: no place before `मेट्रो`
        ("सभी मेट्रो सेवाएं बंद रहेंगी।", [], True, []),
        # guard: a person before `मेट्रो` stays a person
        ("राम मेट्रो से गया।", [("राम", "PER")], True, [("राम", "PER")]),
    ],
)
def test_place_operators(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, place_operators=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_PK-2020-APR-18-01 (paraphrased): the navy's sailors
        ("नेवी के 20 जवान संक्रमित पाए गए।", [("नेवी", "LOC")], True, [("नेवी", "ORG")]),
        ("नेवी के 20 जवान संक्रमित पाए गए।", [("नेवी", "LOC")], False, [("नेवी", "LOC")]),
        # covidnp_DJ-2020-MAR-03-03 (paraphrased): listed with the other services
        ("सरकार ने सेना, नेवी और वायुसेना को तैयार रहने को कहा।", [("नेवी", "LOC"), ("वायुसेना", "ORG")], True,
         [("नेवी", "ORG"), ("वायुसेना", "ORG")]),
        # guard: `आर्मी` stays as the model tags it (round 14 leaves `आर्मी` alone)
        ("आर्मी के जवान पहुंचे।", [("आर्मी", "LOC")], True, [("आर्मी", "LOC")]),
        # guard: a longer place span that ends in a service word is no service
        ("नेवी नगर में मामले मिले।", [("नेवी नगर", "LOC")], True, [("नेवी नगर", "LOC")]),
    ],
)
def test_service_bodies(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, service_bodies=on) == sorted(expected)
