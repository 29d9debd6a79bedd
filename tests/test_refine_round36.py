"""Round 36 of issue 14 (translated international news): chains of shops, units of administration abroad,
legislatures and parties abroad, members of parliament (pipeline/refine.py `chain_firms`, `foreign_units`,
`foreign_bodies`, `member_acronyms`; lists of entity-lexicon-v7)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import fold_key
from pipeline.refine import RefineParams, refine_mentions
from tests.test_refine import LEX, _mentions, _ws

LEX_R36 = replace(
    LEX,
    words={**LEX.words, "अधिकारी": _ws(157, 1, 0, 1, per=1), "व्यापारी": _ws(40),
           "किंग": _ws(4, 3, 1, 0, per=1, loc=2)},
    function_words=LEX.function_words | {"और", "से", "पर", "एक", "है"},
    firm_kinds=frozenset(fold_key(w) for w in "बेकरी कॉफी सुपरमार्केट".split()),
    unit_heads=frozenset(fold_key(w) for w in "रीजेंसी काउंटी पैरिश".split()),
    bodies=frozenset(tuple(fold_key(w) for w in n.split()) for n in (
        "सेनेट", "सीनेट", "फ्रीडम कॉकस", "हाउस ऑफ रिप्रेजेंटेटिव्स", "यूकिप")),
)


def _refine_r36(sentences_of, text, spans, **params):
    sents = sentences_of(text)
    got = refine_mentions(sents, _mentions(sents, spans), LEX_R36, RefineParams(**{"no_overlaps": False, **params}))
    for m in got:
        assert text[m.start : m.end] == m.text
    return sorted((m.text, m.label) for m in got)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # the model ran the trade and the chain word into a place and read the firm as a person elsewhere
        ("बेकरी चेन ग्रेग्स का कहना है कि वह स्टोर खोलेगा। ग्रेग्स ने कहा कि दाम नहीं बढ़ेंगे।",
         [("बेकरी चेन ग्रेग्स", "LOC"), ("ग्रेग्स", "PER")], True, [("ग्रेग्स", "ORG"), ("ग्रेग्स", "ORG")]),
        ("बेकरी चेन ग्रेग्स का कहना है कि वह स्टोर खोलेगा। ग्रेग्स ने कहा कि दाम नहीं बढ़ेंगे।",
         [("बेकरी चेन ग्रेग्स", "LOC"), ("ग्रेग्स", "PER")], False,
         [("ग्रेग्स", "PER"), ("बेकरी चेन ग्रेग्स", "LOC")]),
        # a name right after the chain word, tagged alone
        ("कॉफी चेन स्टारबक्स ने कहा कि बिक्री घटी।", [("स्टारबक्स", "PER")], True, [("स्टारबक्स", "ORG")]),
        # no trade before the chain word: a trader named Chen before a country
        ("अंतरराष्ट्रीय व्यापारी चेन वियतनाम आने वाले थे।", [("वियतनाम", "LOC")], True, [("वियतनाम", "LOC")]),
        # a given name after it: a person
        ("कॉफी चेन राम ने कहा।", [("राम", "PER")], True, [("राम", "PER")]),
    ],
)
def test_refine_chain_firms(sentences_of, text, spans, on, expected):
    assert _refine_r36(sentences_of, text, spans, steps=(), chain_firms=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # the unit is the story's evidence: the bare name elsewhere is the place too
        ("अधिकारी डोंगाला रीजेंसी से संपर्क नहीं कर सके। पालू और डोंगाला के बारे में तथ्य।", [("पालू", "LOC")], True,
         [("डोंगाला", "LOC"), ("डोंगाला", "LOC"), ("पालू", "LOC")]),
        ("अधिकारी डोंगाला रीजेंसी से संपर्क नहीं कर सके। पालू और डोंगाला के बारे में तथ्य।", [("पालू", "LOC")], False,
         [("पालू", "LOC")]),
        # two name words; the model's half grows over the second
        ("भूकंप ने पिडी जया रीजेंसी पर हमला किया।", [], True, [("पिडी जया", "LOC")]),
        ("इससे पहले लॉस एंजिलिस काउंटी के अधिकारियों ने कहा।", [("लॉस", "LOC")], True, [("लॉस एंजिलिस", "LOC")]),
        # a person's one-word mention before the unit becomes the place
        ("मौतें किंग काउंटी में हुईं।", [("किंग", "PER")], True, [("किंग", "LOC")]),
        # the unit's body after the head: the model's reading stays; no name before the head: nothing
        ("किंग काउंटी काउंसिल ने कहा।", [], True, []),
        ("डोंगाला एक रीजेंसी है।", [], True, []),
        # a given name right before the head: a person's name, no place
        ("मोहन काउंटी पहुंचे।", [], True, []),
    ],
)
def test_refine_foreign_units(sentences_of, text, spans, on, expected):
    assert _refine_r36(sentences_of, text, spans, steps=(), foreign_units=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("फ्रीडम कॉकस का मानना है कि वह और पा सकते थे। सेनेट के नेता ने कहा।", [], True,
         [("फ्रीडम कॉकस", "ORG"), ("सेनेट", "ORG")]),
        ("फ्रीडम कॉकस का मानना है कि वह और पा सकते थे।", [], False, []),
        # parts of the chamber's name give way to the whole; a mislabelled party is an ORG
        ("बिल हाउस ऑफ रिप्रेजेंटेटिव्स में पास हुआ।", [("हाउस", "LOC"), ("रिप्रेजेंटेटिव्स", "PER")], True,
         [("हाउस ऑफ रिप्रेजेंटेटिव्स", "ORG")]),
        ("पूर्व यूकिप लीडर ने कहा।", [("यूकिप", "PER")], True, [("यूकिप", "ORG")]),
        # another spelling of a multi-word body's later words (consonant skeleton); a one-word body only as written
        ("बहस हाउस ऑफ रिप्रेज़न्टेटिव्स में हुई।", [], True, [("हाउस ऑफ रिप्रेज़न्टेटिव्स", "ORG")]),
        ("संत के आश्रम में भीड़ थी।", [], True, []),
        # a committee of the chamber the model tagged whole stays
        ("कैवेनो सीनेट न्यायतंत्र समिति के सामने था।", [("सीनेट न्यायतंत्र समिति", "ORG")], True,
         [("सीनेट न्यायतंत्र समिति", "ORG")]),
    ],
)
def test_refine_foreign_bodies(sentences_of, text, spans, on, expected):
    assert _refine_r36(sentences_of, text, spans, steps=(), foreign_bodies=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("टोरी एमपी कहता है कि फराज को प्रभारी बनाया जाए।", [("एमपी", "LOC")], True, []),
        ("टोरी एमपी कहता है कि फराज को प्रभारी बनाया जाए।", [("एमपी", "LOC")], False, [("एमपी", "LOC")]),
        ("वेलिंगबोरो के MP या सांसद ने कहा।", [("वेलिंगबोरो", "LOC"), ("MP", "ORG")], True, [("वेलिंगबोरो", "LOC")]),
        # Madhya Pradesh beside Uttar Pradesh stays
        ("यूपी और एमपी में बारिश हुई।", [("यूपी", "LOC"), ("एमपी", "LOC")], True, [("एमपी", "LOC"), ("यूपी", "LOC")]),
    ],
)
def test_refine_member_acronyms(sentences_of, text, spans, on, expected):
    assert _refine_r36(sentences_of, text, spans, steps=(), member_acronyms=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("टेनेसी स्टेट टाइगर्स लाइनबैकर क्रिस्टियन एबरक्रॉम्बी की सर्जरी हुई।",
         [("टेनेसी स्टेट टाइगर्स लाइनबैकर", "ORG"), ("क्रिस्टियन एबरक्रॉम्बी", "PER")], True,
         [("क्रिस्टियन एबरक्रॉम्बी", "PER"), ("टेनेसी स्टेट टाइगर्स", "ORG")]),
        ("टेनेसी स्टेट टाइगर्स लाइनबैकर क्रिस्टियन एबरक्रॉम्बी की सर्जरी हुई।",
         [("टेनेसी स्टेट टाइगर्स लाइनबैकर", "ORG")], False, [("टेनेसी स्टेट टाइगर्स लाइनबैकर", "ORG")]),
        # a one-word span stays: nothing of a team left
        ("गोलकीपर ने गेंद रोकी।", [("गोलकीपर", "ORG")], True, [("गोलकीपर", "ORG")]),
    ],
)
def test_refine_position_tails(sentences_of, text, spans, on, expected):
    assert _refine_r36(sentences_of, text, spans, steps=(), position_tails=on) == expected
