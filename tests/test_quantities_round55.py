"""Quantities round 55 (code switch `listed_first_events`, no new lexicon data: quantities-v54). The mirror of
`_shared_events` (v19), which gives a list's items the last item's predicate: in a place-keyed list of counts of one noun
whose first item found a predicate and whose later bare items found none (the list closes on a bare copula such as `हो
गए हैं`, which gold leaves out), the later items share the first item's event. Sentences from or paraphrased from
corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantities_in, quantity_texts, switched_off

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF = switched_off(P, "listed_first_events")


def events(text, lex, p):
    """(text, noun, event) of every quantity of `text`, in order."""
    return [(q.text, q.noun, q.event) for q in quantities_in(text, lex, p)]


def test_round55_shipped():
    assert lexicon_at_least(P.lexicon, 54)
    assert P.listed_first_events and not QuantitiesParams().listed_first_events  # old params keep old behaviour


@pytest.mark.parametrize("text,first,later,noun,event", [
    # covidnp_PK-2020-APR-25-01 (the round's sample): case counts grew, the list closing on `हो गए हैं`
    ("तमिलनाडु में कोविड-19 के मामले बढ़ कर 1,755, आंध्र प्रदेश में 1,061 और तेलंगाना में 984 हो गए हैं।",
     "1,755", ("1,061", "984"), "मामला", "बढ़ कर"),
    # the same article: infected persons, the first item's event the participle of its owner noun (gold's convention)
    ("पश्चिम बंगाल में संक्रमित व्यक्तियों की संख्या बढ़ कर 571, कर्नाटक में 489, जम्मू कश्मीर में 454, केरल में 451, "
     "पंजाब में 298 और हरियाणा में 272 हो गई है।", "571", ("489", "454", "451", "298", "272"), "व्यक्ति", "संक्रमित"),
    # a shorter list keyed by से
    ("राज्य में मरीजों की संख्या बढ़ कर 120, इंदौर से 45 और भोपाल से 30 हो गई है।",
     "120", ("45", "30"), "मरीज", "बढ़ कर"),
])
def test_listed_first_events(text, first, later, noun, event):
    on = {t: (n, e) for t, n, e in events(text, LEX, P)}
    off = {t: (n, e) for t, n, e in events(text, *OFF)}
    assert on[first] == off[first] == (noun, event)  # the first item as before
    for t in later:
        assert on[t] == (noun, event)
        assert off[t] == (noun, None)  # switch off: none (the bare copula is no event)


@pytest.mark.parametrize("text", [
    # near miss: the later item has a noun and predicate of its own
    "महाराष्ट्र में 18 लोगों की मौत हुई, जबकि गुजरात में 20 मरीज भर्ती हैं।",
    # near miss: the later count names another noun
    "दिल्ली में मरीजों की संख्या बढ़ कर 571, मुंबई में 489 जांच केंद्र हो गए हैं।",
    # near miss: a bare number not after a place postposition
    "मरीजों की संख्या बढ़ कर 571 हो गई, 489 अब भी भर्ती हैं।",
    # near miss: a verb between the items ends the list
    "संक्रमितों की संख्या बढ़ कर 571 हुई, फिर कर्नाटक में 489 हो गई।",
    # near miss (covidnp_AU-2020-ARP-18-02): a partitive's total is no list item
    "असम में 35 में से 32 मामले और अंडमान एवं निकोबार द्वीपसमूह में 12 में से 10 मामले जमात के कार्यक्रम से जुड़े हुए हैं।",
    # near miss: two sentences, no list
    "कोविड-19 के मामले बढ़ कर 1,755 हो गए हैं। आंध्र प्रदेश में 1,061 हैं।",
])
def test_listed_first_events_guards(text):
    assert events(text, LEX, P) == events(text, *OFF)


def test_list_last_event_unchanged():
    # the v19 right-to-left sharing (the last item's predicate) reads as before, switch on or off
    text = "गुजरात में 127, मध्य प्रदेश में 92 और दिल्ली में 53 लोगों की मौत हुई।"
    assert events(text, LEX, P) == events(text, *OFF)
    assert [e for _, _, e in events(text, LEX, P)] == ["मौत", "मौत", "मौत"]
    assert quantity_texts(text, LEX, P) == ["127", "92", "53 लोगों"]
