"""pipeline.refine, round 44 (foreign persons of translated news): a name the model misses, listed with a person it
tags before the ergative (`बीटी और फ़े ने`), is a person, and so are its other untagged mentions in the story
(`coordinated_persons`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _ws, refine_only

# `अदरक`, `तुलसी`: common nouns of a remedy list that IL-NER never saw as names in this lexicon
_LEX = replace(LEX, words={**LEX.words, "तुलसी": _ws(3, 1, 0, 1, per=1)})


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # a two-letter given name beside a person before `ने`, with its other mentions (the full name, `वाली फ़े 76`)
        ("लिफ़ाफ़े से बीटी और फ़े ने नाम पढ़ा. मंच पर फ़े डनअवे और वॉरेन बीटी मौजूद थे. पुकारने वाली फ़े 76 बरस की हैं.",
         [("बीटी", "PER"), ("वॉरेन बीटी", "PER")], True,
         [("फ़े", "PER"), ("फ़े", "PER"), ("फ़े डनअवे", "PER"), ("बीटी", "PER"), ("वॉरेन बीटी", "PER")]),
        # the model's pair before the ergative, the item first
        ("हनुमा विहारी और कैमरून वाइट ने अच्छी बल्लेबाज़ी की.", [("कैमरून वाइट", "PER")], True,
         [("कैमरून वाइट", "PER"), ("हनुमा विहारी", "PER")]),
        # a two-word foreign name before `को` needs no ergative
        ("पूर्व पुलिस अधिकारी सऊद अज़ीज़ और खुर्रम शहज़ाद को सज़ा मिली.", [("सऊद अज़ीज़", "PER")], True,
         [("खुर्रम शहज़ाद", "PER"), ("सऊद अज़ीज़", "PER")]),
        # off
        ("लिफ़ाफ़े से बीटी और फ़े ने नाम पढ़ा.", [("बीटी", "PER")], False, [("बीटी", "PER")]),
        # a one-word item before a genitive with no ergative anywhere in the story: a common noun (`अदरक और तुलसी का`)
        ("व्यक्ति को अदरक और तुलसी का काढ़ा पीना चाहिए.", [("तुलसी", "PER")], True, [("तुलसी", "PER")]),
        # after a possessive or a quantifier the word is a common noun
        ("वे सीधे गांव पहुंचे और अपनी याद्दाश्त और उजागर सिंह ने निशानी ढूंढी.", [("उजागर सिंह", "PER")], True,
         [("उजागर सिंह", "PER")]),
        # review of round 44: a one-word item before `से`, the ergative elsewhere in the story
        ("पत्रकार ने बीटी और फ़े से बात की. बाद में फ़े ने कहा.", [("बीटी", "PER")], True,
         [("फ़े", "PER"), ("फ़े", "PER"), ("बीटी", "PER")]),
        # a two-word item before `के` whose last word stands before the ergative elsewhere, spread alone
        ("सऊद अज़ीज़ और खुर्रम शहज़ाद के बीच झगड़ा हुआ. शहज़ाद ने कहा.", [("सऊद अज़ीज़", "PER")], True,
         [("खुर्रम शहज़ाद", "PER"), ("शहज़ाद", "PER"), ("सऊद अज़ीज़", "PER")]),
        # a two-word item with no evidence: two places `के बीच`, no person (review of round 44)
        ("रियो ब्रांको और पोर्टो वेल्हो के बीच सड़क बनी.", [("रियो ब्रांको", "PER")], True, [("रियो ब्रांको", "PER")]),
        # ... nor is its last word spread before a common noun (`कोरोनिल की बिक्री`)
        ("बाबा रामदेव और पतंजलि कोरोनिल का दावा गलत था. कोरोनिल की बिक्री रुकी.", [("बाबा रामदेव", "PER")], True,
         [("बाबा रामदेव", "PER")]),
        # the comma is no separator: an apposition follows it
        ("डेनिस एम केलेहर, बेटर मार्केट्स के सह-संस्थापक ने कहा.", [("डेनिस एम केलेहर", "PER")], True,
         [("डेनिस एम केलेहर", "PER")]),
    ],
)
def test_refine_coordinated_persons(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, coordinated_persons=on) == sorted(expected)
