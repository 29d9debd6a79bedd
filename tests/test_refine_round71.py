"""pipeline.refine, round 71 (issue 14: organisations on news nobody tuned on): a firm the story introduces by its
trade noun and a name of its own (`कंपनी सोलैरिस पेपर ने`, `सुपरमार्केट ओकैडो में`, `स्टार्टअप स्टोरडॉट ने`) that the
model left untagged is ORG, with the story's other mentions of it (`trade_firms`). Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from tests.test_refine import LEX, _ws, refine_only

R71 = replace(
    LEX,
    words={
        **LEX.words,
        "पेपर": _ws(5),  # "paper": IL-NER saw it, never in a name
        "मालिक": _ws(40),  # "owner"
        "बेहद": _ws(60),  # "very"
        "सस्ता": _ws(12),  # "cheap"
        "कर्मचारी": _ws(80),  # "employee"
        "जियो": _ws(3, 2, 1, 1, org=2),  # the telecom firm, a word of many news articles
    },
    news={
        **LEX.news,
        "पेपर": NewsStats(36, 18, 14),
        "जियो": NewsStats(40, 12, 20),
        "सोलैरिस": NewsStats(1, 1, 1),  # one article: the story's own name
    },
    given_names=LEX.given_names | frozenset({"रमेश"}),
    function_words=LEX.function_words | frozenset({"भी", "के", "की", "है", "हैं", "रहा", "गई", "दी"}),
)

ON = {"trade_firms": True}


def _run(sentences_of, text, spans, on=True):
    return refine_only(sentences_of, text, spans, R71, **(ON if on else {}))


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # tico19_Stores-in-Australia (paraphrased): a trade word closes the name before `ने`
        ("सॉर्बेंट बनाने वाली कंपनी सोलैरिस पेपर ने कहा कि वे काम कर रहे हैं।", [],
         [("सोलैरिस पेपर", "ORG")]),
        # tico19_Stores-in-Australia (paraphrased): a supermarket's name, and the story's other mention of it
        ("ब्रिटिश सुपरमार्केट ओकैडो में भी सीमा लागू की गई। बाद में ओकैडो ने बयान दिया।", [],
         [("ओकैडो", "ORG"), ("ओकैडो", "ORG")]),
        # bbchi_0186 (paraphrased): a start-up's name before `ने`
        ("इसराइल के स्टार्टअप स्टोरडॉट ने अपनी बैटरी दिखाई।", [("इसराइल", "LOC")],
         [("इसराइल", "LOC"), ("स्टोरडॉट", "ORG")]),
        # a firm's name in Latin letters
        ("कंपनी Solaris Paper ने बयान दिया।", [], [("Solaris Paper", "ORG")]),
    ],
)
def test_trade_firms(sentences_of, text, spans, expected):
    assert _run(sentences_of, text, spans) == sorted(expected)
    assert _run(sentences_of, text, spans, on=False) == sorted(spans)  # the switch off: the spans as tagged


@pytest.mark.parametrize(
    "text, spans",
    [
        # covidnp_DJ (paraphrased): more words follow the name, no mark or function word closes it
        ("क्लीनटेक स्टार्टअप व्यान एक बेहद सस्ता मास्क बना रहा है।", []),
        # a given name after `कंपनी`: its owner, no firm
        ("कंपनी रमेश को सौंप दी गई।", []),
        # a word IL-NER saw, no name: the firm's owner
        ("कंपनी मालिक ने पगार नहीं दी।", []),
        # a word of many news articles: `org_kinds`'s, not this step's
        ("टेलिकॉम कंपनी जियो ने ऑफर दिया।", []),
        # already tagged: left as it is
        ("कंपनी सोलैरिस पेपर ने कहा।", [("सोलैरिस पेपर", "ORG")]),
        # no trade noun before the unseen word
        ("कर्मचारी सोलैरिस ने कहा।", []),
    ],
)
def test_trade_firms_leaves(sentences_of, text, spans):
    assert _run(sentences_of, text, spans) == sorted(spans)
