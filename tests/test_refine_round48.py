"""pipeline.refine, round 48 (issue 14's international news as BBC Hindi writes it): a person quoted once by the given
name alone before a speech verb's present (`इनमें से एक रेखा कहती हैं`), and a team's span run on into the word after
`टीम` (`भारतीय क्रिकेट टीम जोहनसबर्ग में`, `भारतीय टीम नेट्स पर`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import fold_key
from tests.test_refine import LEX, _place, _ws, refine_only

_LEX = replace(
    LEX,
    given_names=LEX.given_names | {"रेखा", "वर्षा", "उज्ज्वला", "अनीसा", "निष्कर्ष", "साथी", "विकास", "सुनील"},
    words={**LEX.words, "नेट्स": _ws(3), "गठित": _ws(40), "साथी": _ws(30), "सुनील": _ws(20, 20, 18, 2, per=20)},
    places={**LEX.places, fold_key("डरबन"): _place("डरबन", "Durban", "geonames", "city")},
)


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0328: two Chinese students quoted by their Hindi given names, each once, both common words
        ("इनमें से एक रेखा कहती हैं, \"मुझे हिंदी पसंद है.\"", [], True, [("रेखा", "PER")]),
        ("इनकी साथी वर्षा कहती हैं, \"मुझे बॉलीवुड पसंद है.\"", [], True, [("वर्षा", "PER")]),
        ("इनकी साथी वर्षा कहती हैं, \"मुझे बॉलीवुड पसंद है.\"", [], False, []),
        # bbchi_0128, bbchi_0169: after a comma, after a body's genitive `की`
        ("यह योजना गांवों तक ही सीमित रहेगी, उज्ज्वला बताती हैं.", [], True, [("उज्ज्वला", "PER")]),
        ("संगठन की अनीसा बताती हैं कि हालात खराब हैं.", [("संगठन", "ORG")], True,
         [("अनीसा", "PER"), ("संगठन", "ORG")]),
        # traps: a plural noun's genitive `के` (covidnp_DJ-2020-MAY-07-01); a pointer; a naming object; no copula
        # (a participle); half of an untagged name (`सुनील` IL-NER reads in names)
        ("अभी तक के निष्कर्ष बताते हैं कि खतरा कम है.", [], True, []),
        ("वह वर्षा कहती है कि खतरा कम है.", [], True, []),
        ("इसे विकास कहते हैं.", [], True, []),
        ("वर्षा बताते हुए उन्होंने कहा.", [], True, []),
        ("सुनील वर्षा कहते हैं कि खतरा कम है.", [], True, []),
    ],
)
def test_speaker_given_names(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, speaker_given_names=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0326: the match's venue run into the team, unseen by IL-NER, before `में`
        ("भारतीय क्रिकेट टीम जोहनसबर्ग में खेले गए पहले मैच में हारी थी.", [("भारतीय क्रिकेट टीम जोहनसबर्ग", "ORG")],
         True, [("जोहनसबर्ग", "LOC"), ("भारतीय क्रिकेट टीम", "ORG")]),
        ("भारतीय क्रिकेट टीम जोहनसबर्ग में खेले गए पहले मैच में हारी थी.", [("भारतीय क्रिकेट टीम जोहनसबर्ग", "ORG")],
         False, [("भारतीय क्रिकेट टीम जोहनसबर्ग", "ORG")]),
        # a KB place after `टीम`, whatever follows
        ("भारतीय टीम डरबन पहुंची.", [("भारतीय टीम डरबन", "ORG")], True, [("डरबन", "LOC"), ("भारतीय टीम", "ORG")]),
        # bbchi_0118: a common word after `टीम` is dropped
        ("जब भारतीय टीम नेट्स पर थी.", [("भारतीय टीम नेट्स", "ORG")], True, [("भारतीय टीम", "ORG")]),
        ("रिलीफ टीम गठित की गई.", [("रिलीफ टीम गठित", "ORG")], True, [("रिलीफ टीम", "ORG")]),
        # traps: `टीम इंडिया` opens with `टीम`; a span ending in `टीम`; a PER span is not touched
        ("टीम इंडिया जीत गई.", [("टीम इंडिया", "ORG")], True, [("टीम इंडिया", "ORG")]),
        ("भारतीय क्रिकेट टीम जीत गई.", [("भारतीय क्रिकेट टीम", "ORG")], True, [("भारतीय क्रिकेट टीम", "ORG")]),
        ("राम टीम मोहन आए.", [("राम टीम मोहन", "PER")], True, [("राम टीम मोहन", "PER")]),
    ],
)
def test_team_tails(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, team_tails=on) == expected
