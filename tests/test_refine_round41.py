"""pipeline.refine, round 41 (speakers of translated news): a firm named by one or two name words and an English plural
(`ऑरोरा एक्सपेडिशंस ने बताया`) before a speaker cue. Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("ऑर्बिट डायनामिक्स ने बताया कि जहाज लौटेगा। कल ऑर्बिट डायनामिक्स के जहाज पर सवार लोग उतरे।", [], True,
         [("ऑर्बिट डायनामिक्स", "ORG"), ("ऑर्बिट डायनामिक्स", "ORG")]),
        ("ऑर्बिट डायनामिक्स ने बताया कि जहाज लौटेगा।", [], False, []),
        ("मायलैब सॉल्यूशंस के मुताबिक किट तैयार है।", [], True, [("मायलैब सॉल्यूशंस", "ORG")]),
        # one word alone, after a determiner, a run of four name words, after a tagged name: left
        ("एक्सपर्ट्स ने कहा कि खतरा है।", [], True, []),
        ("एक ऑर्बिट डायनामिक्स ने कहा कि खतरा है।", [], True, []),
        ("रोनाल्ड ट्रॉय ऑर्बिट डायनामिक्स ने कहा कि खतरा है।", [], True, []),
        ("राम ऑर्बिट डायनामिक्स ने कहा कि खतरा है।", [("राम", "PER")], True, [("राम", "PER")]),
        # review: a plural of persons or documents, or one of no firm's type, is no firm (after a name or a KB place)
        ("ऑर्बिट पैरेंट्स ने बताया कि स्कूल बंद हैं।", [], True, []),
        ("ऑर्बिट वॉलंटियर्स ने कहा कि मदद मिलेगी।", [], True, []),
        ("युगांडा डॉक्टर्स ने बताया कि मरीज ठीक हैं।", [], True, []),
        ("युगांडा ऑफिशियल्स के मुताबिक वायरस फैला।", [], True, []),
        ("ऑर्बिट रिपोर्ट्स के मुताबिक वायरस फैला।", [], True, []),
        ("युगांडा कस्टमर्स ने कहा कि फीस ज्यादा है।", [], True, []),
        ("युगांडा एक्सपेडिशंस ने बताया कि दल लौटा।", [], True, [("युगांडा एक्सपेडिशंस", "ORG")]),
        ("ऑर्बिट इंडस्ट्रीज ने कहा कि खतरा है।", [], True, [("ऑर्बिट इंडस्ट्रीज", "ORG")]),
    ],
)
def test_refine_firm_agents(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, firm_agents=on) == expected
