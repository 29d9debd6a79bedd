"""pipeline.refine, round 61 (issues 14 and 16: persons and one-word names as speakers): a titled person's name the
model splits into two PER spans is one span (`डॉक्टर [फियोना]P [मैथ्यूज]P ने बताया`), and a one-word short name the
story gives in brackets after an organisation's name (`ख़ास आदमी पार्टी (ख़ाप)`) is an ORG wherever it is tagged PER.
Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0295 (paraphrased): a researcher's name after `डॉक्टर`, split in two, before the ergative
        ("प्रमुख शोधकर्ता डॉक्टर फियोना मैथ्यूज ने बीबीसी को बताया कि संबंध मिला है।",
         [("फियोना", "PER"), ("मैथ्यूज", "PER")], True, [("फियोना मैथ्यूज", "PER")]),
        ("प्रमुख शोधकर्ता डॉक्टर फियोना मैथ्यूज ने बीबीसी को बताया कि संबंध मिला है।",
         [("फियोना", "PER"), ("मैथ्यूज", "PER")], False, [("फियोना", "PER"), ("मैथ्यूज", "PER")]),
        # bbchi_0285 (paraphrased): after a role, a one-word and a two-word span
        ("अपने फ़ैसले में न्यायाधीश मोहम्मद अजहर ख़ान ने आदेश दिया।", [("मोहम्मद", "PER"), ("अजहर ख़ान", "PER")], True,
         [("मोहम्मद अजहर ख़ान", "PER")]),
        # covidnp_DJ-2020-MAR-04-01 (paraphrased): after a dotted title
        ("बैठक में डॉ. प्रभु एन. सिंह ने निर्देश दिए।", [("प्रभु", "PER"), ("एन. सिंह", "PER")], True,
         [("प्रभु एन. सिंह", "PER")]),
        # guard: no title before the two names (bbchi_0079, paraphrased): two people
        ("समीक्षकों का मत है कि रवि शास्त्री सचिन तेंदुलकर के करीबी हैं।",
         [("रवि शास्त्री", "PER"), ("सचिन तेंदुलकर", "PER")], True,
         [("रवि शास्त्री", "PER"), ("सचिन तेंदुलकर", "PER")]),
        # guard: five words together after a title (bbchi_0128, paraphrased): two people
        ("पूर्व मुख्यमंत्री नारायण दत्त तिवारी रोहित शेखर के दावों को ग़लत बताते रहे।",
         [("नारायण दत्त तिवारी", "PER"), ("रोहित शेखर", "PER")], True,
         [("नारायण दत्त तिवारी", "PER"), ("रोहित शेखर", "PER")]),
        # guard: the first span took in a department before the name (covidnp_PK-2020-MAY-04-02, paraphrased)
        ("अपर मुख्य सचिव गृह विभाग आमिर सुबहानी ने कहा कि छूट मिलेगी।",
         [("गृह विभाग आमिर", "PER"), ("सुबहानी", "PER")], True, [("गृह विभाग आमिर", "PER"), ("सुबहानी", "PER")]),
        # guard: a comma between the two names (a list after a role)
        ("कलाकार अमिताभ, जया ने भाग लिया।", [("अमिताभ", "PER"), ("जया", "PER")], True,
         [("अमिताभ", "PER"), ("जया", "PER")]),
    ],
)
def test_titled_split_names(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, titled_split_names=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0161 (paraphrased): a party's short name in brackets after its head word, then the subject
        ("इस पार्टी का नाम है ख़ास आदमी पार्टी (ख़ाप) और इसकी स्थापना हुई। ख़ाप का दावा है कि वह अलग है।",
         [("ख़ाप", "PER"), ("ख़ाप", "PER")], True, [("ख़ाप", "ORG"), ("ख़ाप", "ORG")]),
        ("इस पार्टी का नाम है ख़ास आदमी पार्टी (ख़ाप) और इसकी स्थापना हुई। ख़ाप का दावा है कि वह अलग है।",
         [("ख़ाप", "PER"), ("ख़ाप", "PER")], False, [("ख़ाप", "PER"), ("ख़ाप", "PER")]),
        # covidnp_NT-2020-MAR-30-02 (paraphrased): after a tagged company
        ("प्रमुख कंपनी लार्सन एंड टुब्रो (एलएंडटी) ने मदद दी। एलएंडटी ने कहा कि काम जारी है।",
         [("लार्सन एंड टुब्रो", "ORG"), ("एलएंडटी", "PER"), ("एलएंडटी", "PER")], True,
         [("लार्सन एंड टुब्रो", "ORG"), ("एलएंडटी", "ORG"), ("एलएंडटी", "ORG")]),
        # guard: a name in brackets after a pronoun (ednil_md77navbharat, paraphrased)
        ("हम कहते आए हैं कि वह (ओसामा) एक बड़ा खतरा है।", [("ओसामा", "PER")], True, [("ओसामा", "PER")]),
        # guard: a person's name in brackets after a common word
        ("उसके पिता (रमेश) ने बताया कि वह घर पर था।", [("रमेश", "PER")], True, [("रमेश", "PER")]),
    ],
)
def test_bracket_org_persons(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, bracket_org_persons=on) == sorted(expected)
