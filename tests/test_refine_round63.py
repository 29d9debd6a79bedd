"""pipeline.refine, round 63 (issues 14 and 16: organisations of two or more words as claim speakers): a body named in
English loans right before a speaker's cue, untagged (`शिपिंग मिनिस्ट्री ने कहा`) or cut (`सिविल [प्रोटेक्शन
डिपार्टमेंट]O ने कहा`), is one ORG span. Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

import pytest

from dataclasses import replace

from tests.test_refine import LEX, refine_only

# UD function words as the shipped lexicon has them (`के`, `लिए`, `वाले`, `इस`)
LEX63 = replace(LEX, function_words=LEX.function_words | {"के", "लिए", "वाले", "इस", "है"})


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX63, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_NT-2020-MAR-15-01 (paraphrased): an untagged ministry in English loans before `ने कहा`
        ("वायरस को रोकने के लिए शिपिंग मिनिस्ट्री ने कहा है कि नियम सख्त होंगे।", [], True,
         [("शिपिंग मिनिस्ट्री", "ORG")]),
        ("वायरस को रोकने के लिए शिपिंग मिनिस्ट्री ने कहा है कि नियम सख्त होंगे।", [], False, []),
        # covidnp_AU-2020-ARP-24-01 (paraphrased): a group of three words before `ने कहा`
        ("कोविड एंपावर्ड ग्रुप ने कहा कि दर सुधरी है।", [], True, [("कोविड एंपावर्ड ग्रुप", "ORG")]),
        ("कोविड एंपावर्ड ग्रुप ने कहा कि दर सुधरी है।", [], False, []),
        # covidnp_DH-2020-MAR-24-01 (paraphrased): a cut ORG span grows over the untagged word before it
        ("इमरजेंसी देखने वाले सिविल प्रोटेक्शन डिपार्टमेंट ने कहा कि मौतें बढ़ीं।", [("प्रोटेक्शन डिपार्टमेंट", "ORG")], True,
         [("सिविल प्रोटेक्शन डिपार्टमेंट", "ORG")]),
        ("इमरजेंसी देखने वाले सिविल प्रोटेक्शन डिपार्टमेंट ने कहा कि मौतें बढ़ीं।", [("प्रोटेक्शन डिपार्टमेंट", "ORG")], False,
         [("प्रोटेक्शन डिपार्टमेंट", "ORG")]),
        # covidnp_NT-2020-MAR-27-01 (paraphrased): `के अनुसार` as the cue; a function word stops the name
        ("इस बारे में वुहान के हेल्थ कमिशन के अनुसार मामले बढ़े।", [("वुहान", "LOC")], True,
         [("वुहान", "LOC"), ("हेल्थ कमिशन", "ORG")]),
        # guard: a span right before the words, one space apart (bbchi_0264, paraphrased): the name may go on into it
        ("कास्ट से बीबीसी एशियन नेटवर्क ने एक ख़ास बातचीत की।", [("बीबीसी", "ORG")], True, [("बीबीसी", "ORG")]),
        # guard: a bare kind of body (`एजेंसी`) is no head (covidnp_NT-2020-MAR-20-03, paraphrased)
        ("भारत के बारे में रेटिंग एजेंसी का कहना है कि वृद्धि घटेगी।", [("भारत", "LOC")], True, [("भारत", "LOC")]),
        # guard: a head alone after a function word
        ("इस यूनिवर्सिटी ने कहा कि परीक्षा टलेगी।", [], True, []),
        # guard: only generic modifiers before the head
        ("मेडिकल इंटरनेशनल सेंटर ने बताया कि भीड़ है।", [], True, []),
        # guard: no speaker's cue after the head
        ("शिपिंग मिनिस्ट्री ने नियम बदले।", [], True, []),
    ],
)
def test_speaker_bodies(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, speaker_bodies=on) == sorted(expected)
