"""pipeline.refine, round 40 (native disaster and crime reports): a story's person named by a given name the lists
do not hold (`वीना` of `वीना मलिक`), and places coordinated before a plural unit or a village (`सिलहट और मैमनसिंह
जिलों`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace as dc_replace

import pytest

from pipeline.lexicon import NewsStats
from pipeline.refine import RefineParams, refine_mentions
from tests.test_refine import LEX, _mentions, _ws

_LEX40 = dc_replace(
    LEX,
    words={**LEX.words,
           "मलिक": _ws(13, 11, 3, 9, per=10),  # a surname: ends PER names
           "मोहम्मद": _ws(39, 39, 22, 11, per=38),  # begins names more than it ends them
           "कुमार": _ws(200, 150, 5, 140, per=150),  # a surname
           "ऑफिसर": _ws(20),  # a post
           "गांधी": _ws(113, 101, 8, 95, per=95)},  # a surname
    news={"वीना": NewsStats(18, 1, 7), "प्रतिक": NewsStats(7, 1, 1), "कहर": NewsStats(300, 150, 40),
          "सिलहट": NewsStats(1, 1, 0), "मैमनसिंह": NewsStats(1, 1, 0), "बादिक": NewsStats(1, 1, 0),
          "मेरेशानी": NewsStats(1, 1, 0)},
)


def _run(sentences_of, text, spans, **params):
    sents = sentences_of(text)
    got = refine_mentions(sents, _mentions(sents, spans), _LEX40, RefineParams(no_overlaps=False, steps=(), **params))
    for m in got:
        assert text[m.start : m.end] == m.text
    return sorted((m.text, m.label) for m in got)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("अभिनेत्री वीना मलिक मुंबई लौटीं। वीना ने कहा कि वह ठीक हैं।", [("वीना मलिक", "PER")], True,
         [("वीना", "PER"), ("वीना मलिक", "PER")]),
        ("अभिनेत्री वीना मलिक मुंबई लौटीं। वीना ने कहा कि वह ठीक हैं।", [("वीना मलिक", "PER")], False,
         [("वीना मलिक", "PER")]),
        # no surname after it, a post inside the span, a genitive before the word alone: no given name
        ("पैग़ंबर मोहम्मद की बात हुई। पैग़ंबर ने कहा।", [("पैग़ंबर मोहम्मद", "PER")], True,
         [("पैग़ंबर मोहम्मद", "PER")]),
        ("नर्सिग ऑफिसर मलिक ने सेवा की। नर्सिग स्टाफ थका है।", [("नर्सिग ऑफिसर मलिक", "PER")], True,
         [("नर्सिग ऑफिसर मलिक", "PER")]),
        ("बाजीगरी मलिक का भाषण था। शब्दों की बाजीगरी के अलावा कुछ नहीं।", [("बाजीगरी मलिक", "PER")], True,
         [("बाजीगरी मलिक", "PER")]),
        # a word of many news articles stays a word
        ("कहर मलिक आए। कहर बरपा।", [("कहर मलिक", "PER")], True, [("कहर मलिक", "PER")]),
    ],
)
def test_refine_story_given_names(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, story_given_names=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("इस बीच सिलहट और मैमनसिंह जिलों में बिजली गिरने से छह लोगों की मौत हो गई।", [], True,
         [("मैमनसिंह", "LOC"), ("सिलहट", "LOC")]),
        ("इस बीच सिलहट और मैमनसिंह जिलों में बिजली गिरने से छह लोगों की मौत हो गई।", [], False, []),
        ("सीमा से लगे नया बादिक और मेरेशानी गांव के करीब घर गिरे।", [("मेरेशानी", "LOC")], True,
         [("नया बादिक", "LOC"), ("मेरेशानी", "LOC")]),
        # a given name, a person before the head, a word of many articles: no place
        ("राम और मोहन गांव गए।", [], True, []),
        ("सीमा से लगे सिलहट और मलिक गांव गए।", [("मलिक", "PER")], True, [("मलिक", "PER")]),
        ("कहर और मैमनसिंह जिलों में बारिश हुई।", [], True, []),
    ],
)
def test_refine_coordinated_places(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, coordinated_places=on) == expected


def test_refine_story_given_names_inside_a_longer_name(sentences_of):
    # review: the given name alone before a surname or after a given name belongs to another, longer name
    text = "वीना मलिक आईं। सूची में वीना कुमार मलिक का नाम था। राम वीना ने कहा।"
    assert _run(sentences_of, text, [("वीना मलिक", "PER")], story_given_names=True) == [("वीना मलिक", "PER")]


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("कनिका अभी संजय गांधी पोस्ट ग्रेजुएट इंस्टीट्यूट ऑफ मेडिकल साइंसेज में भर्ती हैं।", [("संजय गांधी", "PER")], True,
         [("संजय गांधी पोस्ट ग्रेजुएट इंस्टीट्यूट ऑफ मेडिकल साइंसेज", "ORG")]),
        ("कनिका अभी संजय गांधी पोस्ट ग्रेजुएट इंस्टीट्यूट ऑफ मेडिकल साइंसेज में भर्ती हैं।", [("संजय गांधी", "PER")], False,
         [("संजय गांधी", "PER")]),
        ("उन्हें संजय गांधी स्नातकोत्तर आयुर्विज्ञान संस्थान से छुट्टी मिली।",
         [("संजय गांधी", "PER"), ("स्नातकोत्तर आयुर्विज्ञान संस्थान", "ORG")], True,
         [("संजय गांधी स्नातकोत्तर आयुर्विज्ञान संस्थान", "ORG")]),
        # one word, a postposition, a given name between, the head right after the name: the person stays
        ("संजय पोस्ट ग्रेजुएट इंस्टीट्यूट गए।", [("संजय", "PER")], True, [("संजय", "PER")]),
        ("संजय गांधी के कॉलेज में पढ़े।", [("संजय गांधी", "PER")], True, [("संजय गांधी", "PER")]),
        ("संजय गांधी राम कॉलेज गए।", [("संजय गांधी", "PER")], True, [("संजय गांधी", "PER")]),
        ("संजय गांधी अस्पताल गए।", [("संजय गांधी", "PER")], True, [("संजय गांधी", "PER")]),
    ],
)
def test_refine_person_institutes(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, person_institutes=on) == expected


def test_refine_person_institutes_review(sentences_of):
    # a post read as a person is no namesake; `एंड` + a second head is the same institution
    assert _run(sentences_of, "डॉ. उमेश, विभागाध्यक्ष मंगलवार राजकीय मेडिकल कॉलेज हल्द्वानी", [("विभागाध्यक्ष मंगलवार", "PER")],
                person_institutes=True) == [("विभागाध्यक्ष मंगलवार", "PER")]
    assert _run(sentences_of, "नागपुर के इंदिरा गांधी गवर्नमेंट मेडिकल कॉलेज एंड हॉस्पिटल से छुट्टी मिली।",
                [("इंदिरा गांधी", "PER")], person_institutes=True) == [
        ("इंदिरा गांधी गवर्नमेंट मेडिकल कॉलेज एंड हॉस्पिटल", "ORG")]
