"""pipeline.refine, round 56 (issue 14, ORG recall over news of all sources): an organisation written out before
its bracketed acronym when the training data never saw its head end a name (`एशियाई फुटबॉल परिसंघ (एएफसी)`), a
government named after its leader (`[मोदी]P सरकार` -> `मोदी सरकार` ORG), and a hotel's grade or kind word alone
tagged as a place (`पांच [सितारा होटल]L`) dropped. Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_AU-2020-MAR-10-06 (paraphrased): a federation's Hindi name before its letter-name acronym
        ("इस बात की पुष्टि एशियाई फुटबॉल परिसंघ (एएफसी) ने दी।", [("एएफसी", "ORG")], True,
         [("एएफसी", "ORG"), ("एशियाई फुटबॉल परिसंघ", "ORG")]),
        ("इस बात की पुष्टि एशियाई फुटबॉल परिसंघ (एएफसी) ने दी।", [("एएफसी", "ORG")], False, [("एएफसी", "ORG")]),
        # four letters, four words; the dash before them is no part of the name
        ("मुकाबले टले। अंतरराष्ट्रीय टेबल टेनिस महासंघ (आईटीटीएफ) ने घोषणा की।", [("आईटीटीएफ", "ORG")], True,
         [("आईटीटीएफ", "ORG"), ("अंतरराष्ट्रीय टेबल टेनिस महासंघ", "ORG")]),
        # bbchi_0009 (paraphrased): no space before the bracket
        ("ताक़तवर मानी जाने वाली मुत्तहिदा क़ौमी मूवमेंट(एमक्यूएम) ने विरोध किया।", [("एमक्यूएम", "ORG")], True,
         [("एमक्यूएम", "ORG"), ("मुत्तहिदा क़ौमी मूवमेंट", "ORG")]),
        # a joiner counts for no letter; a place inside the name is taken in (covidnp_DH-2020-MAY-10, paraphrased)
        ("ब्रिटेन के स्वास्थ्य और सामाजिक देखभाल विभाग (डीएचएससी) ने कहा।", [("ब्रिटेन", "LOC"), ("डीएचएससी", "ORG")],
         True, [("डीएचएससी", "ORG"), ("ब्रिटेन", "LOC"), ("स्वास्थ्य और सामाजिक देखभाल विभाग", "ORG")]),
        ("इधर, दिल्ली राज्य कैंसर संस्थान (डीएससीआई) में ओपीडी बंद है।", [("दिल्ली", "LOC"), ("डीएससीआई", "ORG")], True,
         [("डीएससीआई", "ORG"), ("दिल्ली राज्य कैंसर संस्थान", "ORG")]),
        # guard: a term's acronym the model read as ORG, its last word no organisation's head
        ("उनके पूरे सेंट्रल नर्वस सिस्टम (सीएनएस) पर असर हुआ।", [("सीएनएस", "ORG")], True, [("सीएनएस", "ORG")]),
        # guard: fewer words than letters before a comma: no name is made
        ("वे आए, फुटबॉल परिसंघ (एएफसी) ने कहा।", [("एएफसी", "ORG")], True, [("एएफसी", "ORG")]),
        # guard: a genitive postposition ends the walk (the owner before the name is no part of it)
        ("कोरिया के नियंत्रण परिषद (केएनपी) ने कहा।", [("कोरिया", "LOC"), ("केएनपी", "ORG")],
         True, [("केएनपी", "ORG"), ("कोरिया", "LOC")]),
        # guard: a tagged ORG among the words (the expansion is someone else's)
        ("इस बात की पुष्टि एशियाई फुटबॉल परिसंघ (एएफसी) ने दी।", [("एशियाई फुटबॉल परिसंघ", "ORG"), ("एएफसी", "ORG")],
         True, [("एएफसी", "ORG"), ("एशियाई फुटबॉल परिसंघ", "ORG")]),
    ],
)
def test_acronym_heads(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, acronym_heads=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ-2020-MAY-03-01 (paraphrased): the government named after its leader
        ("भारत में मोदी सरकार के सख्त कदमों का असर दिख रहा है।", [("भारत", "LOC"), ("मोदी", "PER")], True,
         [("भारत", "LOC"), ("मोदी सरकार", "ORG")]),
        ("भारत में मोदी सरकार के सख्त कदमों का असर दिख रहा है।", [("भारत", "LOC"), ("मोदी", "PER")], False,
         [("भारत", "LOC"), ("मोदी", "PER")]),
        # covidnp_PK-2020-MAY-04 (paraphrased): a chief minister's government, the person tagged elsewhere stays PER
        ("हर्षवर्धन ने केजरीवाल सरकार को लताड़ा।", [("हर्षवर्धन", "PER"), ("केजरीवाल", "PER")], True,
         [("केजरीवाल सरकार", "ORG"), ("हर्षवर्धन", "PER")]),
        # bbchi_0147 (paraphrased): a full name
        ("उनकी कठोरता ने मनमोहन सिंह सरकार का चैन छीन लिया।", [("मनमोहन सिंह", "PER")], True,
         [("मनमोहन सिंह सरकार", "ORG")]),
        # guard: the adjective `सरकारी` after a name (covidnp_AU-2020-MAR-23, a ration shop's owner)
        ("कैलाश अग्रवाल सरकारी सस्ता गल्ला विक्रेता हैं।", [("कैलाश अग्रवाल", "PER")], True, [("कैलाश अग्रवाल", "PER")]),
        # guard: a party's government stays the party (ORG spans are left alone)
        ("उत्तर प्रदेश की भाजपा सरकार ने कहा।", [("उत्तर प्रदेश", "LOC"), ("भाजपा", "ORG")], True,
         [("उत्तर प्रदेश", "LOC"), ("भाजपा", "ORG")]),
        # guard: an agent marked by `ने` before the word
        ("मोदी ने सरकार की योजना बताई।", [("मोदी", "PER")], True, [("मोदी", "PER")]),
        # guard: a given name alone before the word is a person surnamed Sarkar (the Bengali surname)
        ("इतिहासकार मोहन सरकार ने किताब लिखी।", [("मोहन", "PER")], True, [("मोहन", "PER")]),
    ],
)
def test_leader_governments(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, leader_governments=on) == sorted(expected)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DH-2020-ARP-02-02 (paraphrased): a hotel's grade and kind, no name
        ("हम पांच सितारा होटल ताज से कैटरिंग करवा रहे हैं।", [("सितारा होटल", "LOC")], True, []),
        ("हम पांच सितारा होटल ताज से कैटरिंग करवा रहे हैं।", [("सितारा होटल", "LOC")], False, [("सितारा होटल", "LOC")]),
        # covidnp_AU-2020-MAR-22-01 (paraphrased): a kind word alone
        ("होटलों और रिसॉर्ट में स्थित बार बंद रहेंगे।", [("रिसॉर्ट", "LOC")], True, []),
        # covidnp_NT-2020-MAY-14-01 (paraphrased): `ग्रैंड` before the kind word
        ("वर्जीनिया के एक ग्रैंड होटेल में तैयारी है।", [("वर्जीनिया", "LOC"), ("ग्रैंड होटेल", "LOC")], True,
         [("वर्जीनिया", "LOC")]),
        # guard: a hotel's name stays (ednil_a-6-4-magnitude, `मार्शल होटल`; an ORG is never touched)
        ("मार्शल होटल से एक शव निकाला गया।", [("मार्शल होटल", "LOC")], True, [("मार्शल होटल", "LOC")]),
        ("मुंबई ताज होटेल के लिए रवाना हुए।", [("ताज होटेल", "ORG")], True, [("ताज होटेल", "ORG")]),
    ],
)
def test_nameless_lodgings(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, nameless_lodgings=on) == sorted(expected)
