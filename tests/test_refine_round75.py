"""pipeline.refine, round 75 (issue 14: places missed on news nobody tuned on): the model tags a local place once and
the story writes it again untagged (`ऋषिकेश, जेएनएन। ... [ऋषिकेश]L में मुनिकीरेती स्थित ... ऋषिकेश में`); `propagate`'s
vote then drops the one tag as a slip or spreads none. A one-word LOC of the model, a name word (IL-NER: only inside
names, or unseen; under `news_common_min_docs` news articles), that the story shows as a place once (a dateline before
a news agency, `स्थित`, `निवासी`, `क्षेत्र` or a kind of place after it) is LOC where a place stands
(`attested_places`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from pipeline.refine import RefineParams, fold, refine_mentions
from tests.test_refine import LEX, _mentions, _ws, refine_only

R75 = replace(
    LEX,
    words={
        **LEX.words,
        fold("खाड़ी"): _ws(18, 13, 0, 13, loc=13),  # "gulf": IL-NER saw it outside names too (`मेक्सिको की खाड़ी`)
        "निजामुद्दीन": _ws(7, 7, 7, 0, per=7),  # IL-NER: the saint's name, a person's
        "कोटद्वार": _ws(3, 3, 3, 3, loc=3),  # IL-NER: a place, every time
    },
    news={"कोराना": NewsStats(38, 33, 9), "कोटद्वार": NewsStats(14, 4, 5)},  # corpus/news counts
    given_names=LEX.given_names | {"ऋषिकेश"},  # Rishikesh the town, Hrishikesh the given name
    function_words=LEX.function_words | {"के", "से", "की", "पर", "है", "गया", "था", "हुआ", "एक"},
)

ON = {"attested_places": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R75, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # covidnp_DJ-2020-MAR-02-02: the dateline shows the place, the model tagged it once; each untagged `ऋषिकेश में`
        ("ऋषिकेश, जेएनएन। साधक ऋषिकेश में आया। ऋषिकेश में मुनिकीरेती स्थित घाट है।",
         [("जेएनएन", "ORG"), ("ऋषिकेश", "LOC")],
         [("जेएनएन", "ORG"), ("ऋषिकेश", "LOC"), ("ऋषिकेश", "LOC"), ("ऋषिकेश", "LOC")]),
        # the model's tag stands before `स्थित` (covidnp_PK-2020-MAR-31-01: `हिंदपीढ़ी स्थित बड़ी मस्जिद`); the others
        # before a case marker and a mark
        ("हिंदपीढ़ी स्थित मस्जिद सील है। पूरे हिंदपीढ़ी को सील किया। लोग हिंदपीढ़ी, रांची से आए।",
         [("हिंदपीढ़ी", "LOC")],
         [("हिंदपीढ़ी", "LOC"), ("हिंदपीढ़ी", "LOC"), ("हिंदपीढ़ी", "LOC")]),
        # a place IL-NER saw as a place, every time, before `क्षेत्र` (an area) and a kind of place, `जिले`
        ("कोटद्वार क्षेत्र में केस मिला। युवक कोटद्वार से आया था।", [("कोटद्वार", "LOC")],
         [("कोटद्वार", "LOC"), ("कोटद्वार", "LOC")]),
    ],
)
def test_attested_places(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # guard: no occurrence shows the place (`ऋषिकेश में` only): the model's one tag is all the evidence there is
        ("साधक ऋषिकेश में आया। वह ऋषिकेश में रुका।", [("ऋषिकेश", "LOC")]),
        # guard: a word the story tags PER elsewhere (`ऋषिकेश ने`, a person) takes no LOC from the dateline
        ("ऋषिकेश, जेएनएन। ऋषिकेश ने कहा कि ऋषिकेश में घाट है।", [("ऋषिकेश", "LOC"), ("ऋषिकेश", "PER")]),
        # guard: next to a tagged name, the word is part of it (`[अखिल भारतीय आयुर्विज्ञान संस्थान] ऋषिकेश की टीम`)
        ("ऋषिकेश, जेएनएन। अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश की टीम आई।",
         [("ऋषिकेश", "LOC"), ("अखिल भारतीय आयुर्विज्ञान संस्थान", "ORG")]),
        # guard: where no place stands (`पानीपत घर आया`: a noun after it), the word stays untagged
        ("पानीपत, जेएनएन। युवक पानीपत घर आया था।", [("पानीपत", "LOC")]),
        # guard: a word of 30 news articles or more (`कोराना`, corona misspelt, 33), and one IL-NER saw outside names
        # (`खाड़ी`), even before `क्षेत्र`
        ("कोराना क्षेत्र में फैला। कोराना से लोग डरे।", [("कोराना", "LOC")]),
        ("खाड़ी क्षेत्र में तूफान। खाड़ी में लहरें।", [("खाड़ी", "LOC")]),
        # guard: IL-NER saw it as a person's name more than as a place (`निजामुद्दीन`)
        ("निजामुद्दीन इलाके में मरकज है। लोग निजामुद्दीन से लौटे।", [("निजामुद्दीन", "LOC")]),
        # guard: a hyphenated word (`झुग्गी-बस्ती इलाके`) is no one-word name
        ("झुग्गी-बस्ती इलाके में केस। झुग्गी-बस्ती में लोग।", [("झुग्गी-बस्ती", "LOC")]),
    ],
)
def test_attested_places_stay(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)


def test_attested_places_after_the_vote(sentences_of):
    """With `propagate` (the step whose vote drops the model's one tag of five, a slip by the count), the dateline
    brings the place back at each occurrence where a place stands."""
    text = "ऋषिकेश, जेएनएन। साधक ऋषिकेश में आया। ऋषिकेश में घाट है। ऋषिकेश में मेला है। टीम ऋषिकेश में है।"
    sents = sentences_of(text)
    spans = [("जेएनएन", "ORG"), ("ऋषिकेश", "LOC")]
    tagged = _mentions(sents, spans, 0)
    tagged[1] = _mentions(sents, [("ऋषिकेश", "LOC")] * 4)[3]  # the model's tag: the fourth `ऋषिकेश`

    def places(on: bool) -> list[str]:
        params = RefineParams(no_overlaps=False, steps=("propagate",), attested_places=on)
        got = refine_mentions(sents, tagged, R75, params)
        return [m.text for m in got if m.label == "LOC"]

    assert places(False) == []  # the vote: one tag in five is a slip
    assert places(True) == ["ऋषिकेश"] * 5
