"""Quantities round 56 (quantities-v55). Switch `subject_event_nouns` (setting subject_event_copulas): a count,
percent, money or measure that found no event and is closed by a bare copula (है/था/थी, रहा/रही ..., then the
clause's end) is the value of the clause's subject; when the word right before it is an event noun of events.tsv (type
noun: वृद्धि, गिरावट, कमी, खर्च ...), that noun is its event, as `4.8 प्रतिशत की गिरावट थी` already reads गिरावट.
Sentences from or paraphrased from corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, quantities_in, quantity_texts, switched_off

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF = switched_off(P, "subject_event_nouns")


def events(text, lex, p):
    """(text, noun, event) of every quantity of `text`, in order."""
    return [(q.text, q.noun, q.event) for q in quantities_in(text, lex, p)]


def test_round56_shipped():
    assert lexicon_at_least(P.lexicon, 55)
    assert lexicon_at_least(QuantitiesParams().lexicon, 55)
    assert P.subject_event_nouns and not QuantitiesParams().subject_event_nouns  # old params keep old behaviour
    assert "subject_event_copulas" in LEX.sets and "subject_event_copulas" not in OFF[0].sets


@pytest.mark.parametrize("text,qtext,noun,event", [
    # ntrex_dailymail.co.uk.298644 (the round's sample): growth in sales was 2.7 percent
    ("जुलाई में नए खुलने वालों सहित पब और रेस्तराँ में कुल बिक्री में वृद्धि 2.7 प्रतिशत थी, जो ब्रांड रोल-आउट में धीमी "
     "गति को दर्शाती है।", "2.7 प्रतिशत", "प्रतिशत", "वृद्धि"),
    # covidnp_DJ-2020-MAY-14-02: the cost is 25 thousand rupees
    ("एक मरीज के इलाज पर खर्च 25 हजार रुपये है।", "25 हजार रुपये", "रुपये", "खर्च"),
    # a fall that remained (रही), then a second copula
    ("रेस्तराँ व्यापार में गिरावट 1.8 प्रतिशत रही है।", "1.8 प्रतिशत", "प्रतिशत", "गिरावट"),
    # a bare copula before a comma that closes the clause
    ("निर्यात में कमी 12 प्रतिशत थी, लेकिन आयात बढ़ा।", "12 प्रतिशत", "प्रतिशत", "कमी"),
])
def test_subject_event_nouns(text, qtext, noun, event):
    on = {t: (n, e) for t, n, e in events(text, LEX, P)}
    off = {t: (n, e) for t, n, e in events(text, *OFF)}
    assert on[qtext] == (noun, event)
    assert off[qtext] == (noun, None)  # switch off: none (the bare copula is no event)


@pytest.mark.parametrize("text", [
    # near miss: the event noun after the quantity's की already is its event
    "रेस्तराँ व्यापार में जून में 1.8 प्रतिशत की गिरावट थी।",
    # near miss: the clause goes on after the copula (not closed)
    "बिक्री में वृद्धि 2.7 प्रतिशत थी और मुनाफे में 3 प्रतिशत।",
    # near miss: a rate noun is no event noun of events.tsv
    "पिछले साल देश की विकास दर 8.6 प्रतिशत थी।",
    # near miss: a form of होना that is no copula (`बढ़ कर 152 हो गई`: कर the conjunctive particle, not tax)
    "जिले में संक्रमितों की संख्या बढ़ कर 152 हो गई है।",
    # near miss: a verb after the quantity keeps its own event
    "बिक्री में वृद्धि 2.7 प्रतिशत दर्ज की गई।",
    # near miss: a date is no value of the subject
    "यह हादसा 2002 में हुआ था।",
])
def test_subject_event_nouns_guards(text):
    assert events(text, LEX, P) == events(text, *OFF)


def test_texts_unchanged():
    # the rule sets an event only: the quantities themselves read as before
    text = "कुल बिक्री में वृद्धि 2.7 प्रतिशत थी, जबकि खाद्य में तीन फीसदी की गिरावट दर्ज की गई।"
    assert quantity_texts(text, LEX, P) == quantity_texts(text, *OFF) == ["2.7 प्रतिशत", "तीन फीसदी"]
