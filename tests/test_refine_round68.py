"""pipeline.refine, round 68 (issue 14: untagged names of translated news): a story misspells its own names one letter
off (`बिरकेनहेड` beside the tagged `[बिरकेहेड]L`, `अमदीनेजाद` beside `[महमूद अहमदीनेजाद]P`, `वॉलमॉर्ट` beside `[वॉलमार्ट]O`): the untagged variant, a
word IL-NER never saw, in a name's slot, takes the name's label (`near_variants`). Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _ws, refine_only

R68 = replace(LEX, words={**LEX.words, "बिरकेनहेडा": _ws(3)})  # a word the training data saw: no misspelling


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, R68, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # ntrex_dailymail.co.uk.298732 (paraphrased): a town spelt one letter off the tagged one, before a comma and `के`
        ("बिरकेहेड के जॉन स्ट्रीट पर भीड़ थी। शव बिरकेनहेड, मर्सीसाइड में मिला।", [("बिरकेहेड", "LOC")], True,
         [("बिरकेहेड", "LOC"), ("बिरकेनहेड", "LOC")]),
        ("बिरकेहेड के जॉन स्ट्रीट पर भीड़ थी। शव बिरकेनहेड, मर्सीसाइड में मिला।", [("बिरकेहेड", "LOC")], False,
         [("बिरकेहेड", "LOC")]),
        # bbchi_0001 (paraphrased): a person's surname spelt one letter short, before `की`
        ("महमूद अहमदीनेजाद ने चुनाव जीता। जलीली अमदीनेजाद की तरह सादगी से रहते हैं।", [("महमूद अहमदीनेजाद", "PER")],
         True, [("अमदीनेजाद", "PER"), ("महमूद अहमदीनेजाद", "PER")]),
        ("महमूद अहमदीनेजाद ने चुनाव जीता। जलीली अमदीनेजाद की तरह सादगी से रहते हैं।", [("महमूद अहमदीनेजाद", "PER")],
         False, [("महमूद अहमदीनेजाद", "PER")]),
        # bbchi_0100 (paraphrased): a company's name with one vowel changed (`ॉ` for `ा`), before `को`
        ("वॉलमार्ट ने निवेश की योजना बनाई। हम वॉलमॉर्ट को नहीं आने देंगे।", [("वॉलमार्ट", "ORG")], True,
         [("वॉलमार्ट", "ORG"), ("वॉलमॉर्ट", "ORG")]),
        ("वॉलमार्ट ने निवेश की योजना बनाई। हम वॉलमॉर्ट को नहीं आने देंगे।", [("वॉलमार्ट", "ORG")], False,
         [("वॉलमार्ट", "ORG")]),
        # guard: a consonant changed is another name (bbchi_0163's `विकीमीडिया` beside `विकीपीडिया`)
        ("विकीपीडिया पर लेख बढ़े। विकीमीडिया के एक अध्ययन में पता चला।", [("विकीपीडिया", "ORG")], True,
         [("विकीपीडिया", "ORG")]),
        # guard: a number after the word (covidnp_DJ-2020-ARP-29-01's garbled `कोएपीटी -19`) is no name's slot
        ("बिरकेहेड में भीड़ थी। बिरकेनहेड -19 के मामले बढ़े।", [("बिरकेहेड", "LOC")], True, [("बिरकेहेड", "LOC")]),
        # guard: no name's slot after the word (a verb follows: covidnp_DH-2020-MAY-06-01's `बालपुर जयहरि`, a name)
        ("बिरकेहेड के जॉन स्ट्रीट पर भीड़ थी। पुलिस बिरकेनहेड पहुंची।", [("बिरकेहेड", "LOC")], True,
         [("बिरकेहेड", "LOC")]),
        # guard: a one-word PER span may be the model's slip (bbchi_0139's `पैराथाइरॉइड`): no source
        ("अहमदीनेजाद ने चुनाव जीता। जलीली अमदीनेजाद की तरह रहते हैं।", [("अहमदीनेजाद", "PER")], True,
         [("अहमदीनेजाद", "PER")]),
        # guard: a word the training data saw is no misspelling
        ("बिरकेहेड के जॉन स्ट्रीट पर भीड़ थी। शव बिरकेनहेडा में मिला।", [("बिरकेहेड", "LOC")], True,
         [("बिरकेहेड", "LOC")]),
        # guard: the ending changed (bbchi_0008's `सीरियन` beside `[सीरिया]L`): another word
        ("बोलीविया में चुनाव हुए। बोलीवियन के लोग खुश थे।", [("बोलीविया", "LOC")], True, [("बोलीविया", "LOC")]),
        # guard: a short key (fewer than 6 letters) is too loose
        ("कराची में बारिश हुई। कराडी के लोग परेशान थे।", [("कराची", "LOC")], True, [("कराची", "LOC")]),
    ],
)
def test_near_variants(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, near_variants=on) == sorted(expected)
