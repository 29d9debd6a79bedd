"""pipeline.refine, round 81 (issue 14: entities of Hindi crime and disaster reports): a local body named after its
place, with a word or two between the place and the head the model read as an organisation, is tagged in two parts
(`[मुंबई]L बंदरगाह [न्यास]O`). A LOC span, one or two untagged words that may be a name's and an ORG span right after
are one ORG where the story writes the same place and words before an ORG twice or more, and the ORG is no
organisation of the lexicon by itself (`place_led_orgs`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _place, refine_only

R81 = replace(
    LEX,
    places={**LEX.places, "मुंबई": _place("मुंबई", "Mumbai", "geonames", "city"),
            "उत्तराखंड": _place("उत्तराखंड", "Uttarakhand", kind="state"),
            "पुणे": _place("पुणे", "Pune", "geonames", "city"),
            "बंगलौर": _place("बंगलौर", "Bangalore", "geonames", "city")},
    orgs={**LEX.orgs, ("लोक", "सभा"): "लोक सभा"},
    function_words=LEX.function_words | {"के", "की", "का", "से", "है", "पर", "तो", "एक"},
)


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R81, **({"place_led_orgs": True} if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # covidnp_NT-2020-APR-04-02: the Mumbai Port Trust, written so in every sentence that names it
        ("मुंबई बंदरगाह न्यास ने एक बयान में कहा कि वह तैयार है। सूत्रों की मानें तो मुंबई बंदरगाह न्यास एक कंपनी से बात कर रहा है।",
         [("मुंबई", "LOC"), ("न्यास", "ORG"), ("मुंबई", "LOC"), ("न्यास", "ORG")],
         [("मुंबई बंदरगाह न्यास", "ORG"), ("मुंबई बंदरगाह न्यास", "ORG")]),
        # covidnp_AU-2020-MAR-02-07: two words between, the head spelt two ways (the place and words repeat)
        ("उत्तराखंड जनरल ओबीसी एंप्लाइज एसोसिएशन के सदस्यों ने धरना दिया। "
         "उत्तराखंड जनरल ओबीसी इंप्लाइज एसोसिएशन ने अपील की है।",
         [("उत्तराखंड", "LOC"), ("एंप्लाइज एसोसिएशन", "ORG"), ("उत्तराखंड", "LOC"), ("इंप्लाइज एसोसिएशन", "ORG")],
         [("उत्तराखंड जनरल ओबीसी एंप्लाइज एसोसिएशन", "ORG"), ("उत्तराखंड जनरल ओबीसी इंप्लाइज एसोसिएशन", "ORG")]),
    ],
)
def test_place_led_orgs(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # written once: no evidence of a fixed name (a verb between, `पहुंची`)
        ("सिरीज़ जीतकर दक्षिण अफ्रीका पहुंची भारतीय क्रिकेट टीम अभ्यास कर रही है।",
         [("दक्षिण अफ्रीका", "LOC"), ("भारतीय क्रिकेट टीम", "ORG")]),
        # a place's slot between, twice: `स्थित` (located in) leaves the place and the institution apart
        ("पुणे स्थित नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी भेजा गया। पुणे स्थित नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी की रिपोर्ट आई।",
         [("पुणे", "LOC"), ("नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी", "ORG"), ("पुणे", "LOC"),
          ("नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी", "ORG")]),
        # a direction after the place names a constituency, and the ORG is known by itself
        ("वे बंगलौर मध्य लोक सभा सीट से लड़ेंगे। बंगलौर मध्य लोक सभा सीट पर मुकाबला है।",
         [("बंगलौर", "LOC"), ("लोक सभा", "ORG"), ("बंगलौर", "LOC"), ("लोक सभा", "ORG")]),
        # a function word between: the place's organisation, no part of its name
        ("मुंबई के न्यास ने कहा। मुंबई के न्यास ने फिर कहा।",
         [("मुंबई", "LOC"), ("न्यास", "ORG"), ("मुंबई", "LOC"), ("न्यास", "ORG")]),
        # a punctuation mark between (a dateline), twice
        ("मुंबई, भाषा न्यास ने कहा। मुंबई, भाषा न्यास ने फिर कहा।",
         [("मुंबई", "LOC"), ("न्यास", "ORG"), ("मुंबई", "LOC"), ("न्यास", "ORG")]),
        # three words between: too far for one name
        ("मुंबई बड़ा पुराना बंदरगाह न्यास है। मुंबई बड़ा पुराना बंदरगाह न्यास है।",
         [("मुंबई", "LOC"), ("न्यास", "ORG"), ("मुंबई", "LOC"), ("न्यास", "ORG")]),
    ],
)
def test_place_led_orgs_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
