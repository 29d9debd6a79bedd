"""Review of quantities round 41 (a second reader; no new lexicon version). Fixes next to the steps they fix:
`count_topic_particles` counts only a number before the clause's first verb as a correlative's second count;
`dated_count_attributives` keeps the participle when the count's clause has its own time (one time frame per clause);
`inverted_disease_owner` steps over a run of listed disease words (`कोरोना संक्रमण के`). The other cases pin the guards of
round 41's six switches, read over corpus/news. Sentences shortened from corpus/news, or built on its patterns."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)


def one(text: str, qtext: str, lex=LEX, p=P):
    return the_quantity(text, qtext, lex, p)


def off(switch: str):
    return switched_off(P, switch)


# --- count_topic_particles: a number after the clause's first verb is another clause's --------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("10 लोगों की तो मौत तक हो चुकी है और अब तक करीब 609 लोगों में ये संक्रमण फैल चुका है।", "10 लोगों", "मौत", None),
    ("चार मजदूर तो खुद बॉयलर से कूदकर बाहर आए थे, जबकि दो को बाहर निकाला गया था।", "चार मजदूर", "बाहर आए", None),
])
def test_topic_particle_later_number(text, qtext, event, old):
    assert one(text, qtext).event == event
    lex, p = off("count_topic_particles")
    assert one(text, qtext, lex, p).event == old


@pytest.mark.parametrize("text,qtext", [
    ("अब तक महाराष्ट्र में 11 तो यूपी में भी 9 सैंपल पॉजिटिव पाए गए हैं।", "11"),  # a correlative: the count before the verb
    ("रविवार को नौ तो सोमवार को 13 लोगों में संक्रमण पाया गया।", "नौ"),
    ("इन 12 में 11 तो जमाती हैं, जबकि एक बस का परिचालक है।", "11"),  # a predicate noun and a copula
    ("तीन स्वर्ण पदक जीते थे जिनमें दो स्वर्ण पदक तो व्यक्तिगत थे।", "दो स्वर्ण पदक"),  # a predicate adjective, no verb
])
def test_topic_particle_guards(text, qtext):
    assert one(text, qtext).event is None


# --- dated_count_attributives: one time frame per clause --------------------------------------------------------------
@pytest.mark.parametrize("text,event", [
    ("20 मार्च को दिल्ली से लौटे दो युवकों को शनिवार को क्वारंटाइन किया गया।", "लौटे"),  # the clause's own weekday
    ("20 मार्च को दिल्ली से लौटे दो युवकों की रिपोर्ट 25 मार्च को पॉजिटिव आई।", "लौटे"),  # its own date
    ("20 मार्च को दिल्ली से लौटे दो युवकों की रिपोर्ट आज पॉजिटिव आई।", "लौटे"),  # आज
    ("22 मार्च को वापस लौटी 14 साल की बालिका की रिपोर्ट पॉजिटिव आई।", "वापस लौटी"),  # round 41's guard: nothing between
])
def test_dated_own_time_frame(text, event):
    assert one(text, "20 मार्च" if text.startswith("20") else "22 मार्च").event == event


@pytest.mark.parametrize("text,qtext,event", [
    ("इससे पहले 19 मार्च, 2020 को रांची पुलिस ने तमाड़ से आये 11 मौलवियों को गिरफ्तार किया था।", "19 मार्च, 2020", "गिरफ्तार"),
    ("स्पेशल ब्रांच ने 30 मार्च को सभी जिलों के उपायुक्तों को मरकज से लौटे सभी 37 लोगों की लिस्ट भेजी थी।", "30 मार्च", "भेजी"),
])
def test_dated_attributive_still_fires(text, qtext, event):
    assert one(text, qtext).event == event


# --- inverted_disease_owner: a run of disease words -------------------------------------------------------------------
@pytest.mark.parametrize("text,qtext,event,old", [
    ("उत्तर बिहार में मिले कोरोना संक्रमण के 10 नए मामले, मरीजों की संख्या पहुंची 49", "10 नए मामले", "मिले", "पहुंची"),
    ("दिल्ली में सामने आए कोविड संक्रमण के 381 मामले", "381 मामले", "सामने आए", None),
    ("देश में मिले कोरोना के तीन नए मरीज, एक दिल्ली में", "तीन नए मरीज", "मिले", None),
])
def test_disease_owner_run(text, qtext, event, old):
    assert one(text, qtext).event == event
    lex, p = off("inverted_disease_owner")
    assert one(text, qtext, lex, p).event == old


@pytest.mark.parametrize("text,qtext,event", [
    ("असम में कोरोना वायरस के 13 नए मामले सामने आए हैं।", "13 नए मामले", "सामने आए"),  # the verb after the count
    ("शाहजहांपुर में कोरोना के दो और संदिग्ध लोगों की रिपोर्ट निगेटिव आई", "दो और संदिग्ध लोगों", "निगेटिव"),
])
def test_disease_owner_guards(text, qtext, event):
    assert one(text, qtext).event == event


# --- genitive_head_gap, headline_count_participles, headline_comma_clauses: guards read over corpus/news ---------------
@pytest.mark.parametrize("text,qtext,event", [
    ("अब 229 लोगों का विभिन्न अस्पतालों में इलाज चल रहा है।", "229 लोगों", "इलाज"),
    ("शेष नौ मरीजों का इलाज सीएचसी मुंडेरवा में चल रहा है।", "नौ मरीजों", "चल रहा"),  # no gap: as before round 41
    ("भारत ने आसानी से तीन सौ का आंकड़ा पार किया।", "तीन सौ", "पार किया"),
])
def test_genitive_gap(text, qtext, event):
    assert one(text, qtext).event == event


@pytest.mark.parametrize("text,qtext,event", [
    ("ईरान में 1000 पहुंचा मृतकों की संख्या", "1000", "पहुंचा"),  # as `मृतकों की संख्या 1000 पहुंची` -> पहुंची
    ("वहीं ग्रीन जोन की संख्या 9 से कम होकर 6 तक पहुंची है।", "6", "पहुंची"),  # a danda: the ordinary order
])
def test_headline_reach(text, qtext, event):
    assert one(text, qtext).event == event


@pytest.mark.parametrize("text,qtext,event", [
    ("अमेरिका: 72 मामले, 2 की मौत", "72 मामले", None),  # a bare number's own clause after the comma
    ("गुरुग्राम में सर्वाधिक 18, पलवल में 17, फरीदाबाद में 14 और नूहं में आठ संक्रमित", "18", "संक्रमित"),  # a list
    ("केजीएमयू में 16, पीजीआइ में दो में कोरोना की पुष्टि", "16", "पुष्टि"),  # a list: a place after the comma
])
def test_headline_comma_guards(text, qtext, event):
    assert one(text, qtext).event == event
