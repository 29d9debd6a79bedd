"""Quantities round 53 (code switch `participle_function_verbs`, no new data: quantities-v53's nominal_lights and
partitive_participle_stems). A perfective participle group right before a count that is a genitive, locative or
partitive total is what happened to the counted (`_participle_before`, `मारे गए 21 लोगों में से` -> मारे गए); its verb was
dropped when it is also a function word: a light verb after its nominal (`डिस्चार्ज किए गए`, `गिरफ्तार किये गये`) or the
full verb लेना (`लिए गए`). Not `के लिए गए` (the postposition; the vector is the verb "went"), not a light verb with no
nominal before it (`की गई 500 लोगों की जांच`: the light verb of the noun after the count). Sentences shortened or
paraphrased from corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
OFF = switched_off(P, "participle_function_verbs")


def test_round53_shipped():
    assert P.participle_function_verbs and not QuantitiesParams().participle_function_verbs  # old params: old behaviour
    assert OFF[0].digest != LEX.digest  # the code switch is in the lexicon's cache key
    assert "_participle_function_verbs" in LEX.sets and "_participle_function_verbs" not in OFF[0].sets
    assert {"लिए", "लिये"} <= LEX.sets["partitive_participle_stems"]  # the settings it reads, unchanged (quantities-v53)
    assert {"किए", "किये", "की"} <= LEX.sets["nominal_lights"]


@pytest.mark.parametrize("text,qtext,event,off_event", [
    # covidnp_NT-2020-APR-05-01 (the round's sample): samples taken, a partitive total with no number after में से
    ("आज लिए गए 200 से ज्यादा सैंपल्स में से कोई भी कोरोना संक्रमित नहीं निकला।", "200 से ज्यादा सैंपल्स", "लिए गए",
     "नहीं निकला"),
    # round 50's former guard (covidnp_NT-2020-MAR-07-01), a genitive count at the sentence start: no partitive, round 10's
    # participle rule
    ("लिए गए 39 नमूनों की रिपोर्ट निगेटिव आई है।", "39 नमूनों", "लिए गए", "निगेटिव"),
    # a genitive: the report of the samples taken on Tuesday
    ("मंगलवार को लिए गए 17 नमूनों की रिपोर्ट भी निगेटिव आई है।", "17 नमूनों", "लिए गए", "निगेटिव"),
    # after a locative, the य-spelt form
    ("जिला अस्पताल में लिये गये 105 नमूनों की रिपोर्ट निगेटिव आई है।", "105 नमूनों", "लिये गये", "निगेटिव"),
    # a conjunct: discharged patients, a partitive total
    ("बुधवार को डिस्चार्ज किए गए 10 मरीजों में से दो संतकबीरनगर के हैं।", "10 मरीजों", "डिस्चार्ज किए गए", None),
    # a conjunct with the य-spelt light verb, before a genitive
    ("रांची के तमाड़ से गिरफ्तार किये गये 11 विदेशी मुसलमानों के झारखंड आने के राज खुलने लगे हैं।",
     "11 विदेशी मुसलमानों", "गिरफ्तार किये गये", "खुलने लगे"),
    # a registered count, before a locative
    ("रविवार तक दर्ज किए गए 59,138 मामलों में कुल संक्रमणों की संख्या बढ़ी।", "59,138 मामलों", "दर्ज किए गए", "बढ़ी"),
    # a conjunct of देना: approval given to projects
    ("मंजूरी दी गई 50 परियोजनाओं में से 20 पूरी हो चुकी हैं।", "50 परियोजनाओं", "मंजूरी दी गई", None),
])
def test_participle_function_verbs(text, qtext, event, off_event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *OFF).event == off_event  # switch off: the later clause's predicate, or none


@pytest.mark.parametrize("text,qtext,event", [
    # guard: `के लिए` is the postposition; गए is the verb "went", no participle of the count
    ("इलाज के लिए गए 5 लोगों में से दो लौट आए।", "5 लोगों", None),
    # guard: a light verb with no nominal before it is the light verb of the noun after the count
    ("बिना किसी पूर्व सूचना के की गई 500 लोगों की जांच में से एक तिहाई संक्रमित मिले हैं।", "500 लोगों", "जांच"),
    # guard: the count is the clause's subject (no genitive, locative or partitive after it): its own predicate
    ("अस्पताल से डिस्चार्ज किए गए 10 मरीज घर पहुंचे।", "10 मरीज", "पहुंचे"),
    # guard: a verb that is no function word read as before (`भेजे गए`)
    ("आज भेजे गए 28 सैंपल की जांच रिपोर्ट निगेटिव आई।", "28 सैंपल", "भेजे गए"),
])
def test_participle_function_verbs_guards(text, qtext, event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *OFF).event == event
