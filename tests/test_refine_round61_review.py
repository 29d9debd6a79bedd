"""pipeline.refine, review of entities round 61 (a blind second reader, corpus/news seed 5029): the behaviours and
guards read in corpus/news, pinned with each switch on and off (no code changed by the review). Hand-built lexicons,
as tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, merged",
    [
        # covidnp_DH-2020-MAY-10-01 (paraphrased): a role in a list of office-holders, a four-word name cut in two
        ("संयुक्त सचिव नन्द किशोर प्रसाद श्रीवास्तव मौजूद थे।", [("नन्द किशोर प्रसाद", "PER"), ("श्रीवास्तव", "PER")],
         [("नन्द किशोर प्रसाद श्रीवास्तव", "PER")]),
        # bbchi_0326 (paraphrased): a cricketer's role before a three-word name
        ("सलामी बल्लेबाज़ वुरकेरी वेंकट रमन के रनों की मदद से जीत मिली।", [("वुरकेरी वेंकट", "PER"), ("रमन", "PER")],
         [("वुरकेरी वेंकट रमन", "PER")]),
        # guard: two doctors joined by `और` after one title are not one span apart: they stay two
        ("डॉक्टर राम और श्याम ने बताया।", [("राम", "PER"), ("श्याम", "PER")], None),
        # guard: a second title before the second name (two people, no comma)
        ("अध्यक्ष ओम बाबू सचिव राजन प्रसाद आए।", [("ओम बाबू", "PER"), ("राजन प्रसाद", "PER")], None),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_titled_split_names_review(sentences_of, text, spans, merged, on):
    want = merged if on and merged is not None else spans
    assert _run(sentences_of, text, spans, titled_split_names=on) == sorted(want)


@pytest.mark.parametrize(
    "text, spans, relabelled",
    [
        # bbchi_0161 (paraphrased): the party's short name after `पार्टी`, then its subject
        ("नई पार्टी का नाम ख़ास आदमी पार्टी (ख़ाप) है। ख़ाप ने संयोजक को चुनौती दी।", [("ख़ाप", "PER"), ("ख़ाप", "PER")],
         [("ख़ाप", "ORG"), ("ख़ाप", "ORG")]),
        # guard: a person's nickname in brackets after the person's name stays a person
        ("सांसद राजेश रंजन (पप्पू) ने कहा कि काम होगा।", [("राजेश रंजन", "PER"), ("पप्पू", "PER")], None),
        # guard: a leader's short name in brackets after a role word, not a body's head
        ("पार्टी के नेता (अटल) ने भाषण दिया।", [("अटल", "PER")], None),
        # guard: two words in the brackets (a person's name, no short form)
        ("सेवा संगठन (राम प्रसाद) ने मदद दी।", [("राम प्रसाद", "PER")], None),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_bracket_org_persons_review(sentences_of, text, spans, relabelled, on):
    want = relabelled if on and relabelled is not None else spans
    assert _run(sentences_of, text, spans, bracket_org_persons=on) == sorted(want)
