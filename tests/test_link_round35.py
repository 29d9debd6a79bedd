"""Link round 35: an officer's name that another article writes after a famous person's title (officers_apart).
Sentences shortened from corpus/news articles (names as written there)."""

import dataclasses

import pytest

from pipeline.link import AliasTable, LinkParams, _listed_age_nodes, _officer_nodes, link_mentions
from pipeline.records import Mention
from pipeline.runner import load_params
from tests.test_link import ROOT, doc_from_text

NO_ALIASES = AliasTable.empty()
SHIPPED = load_params(ROOT / "params.yaml", "link", LinkParams)
OFF = dataclasses.replace(SHIPPED, officers_apart=False, listed_ages=False)


def test_round35_switch_on_in_params():
    assert SHIPPED.officers_apart and SHIPPED.listed_ages


def ids(mentions: list[Mention], p: LinkParams, texts: dict[str, str]) -> dict[tuple[str, str], str]:
    _, linked = link_mentions(mentions, NO_ALIASES, p, texts=texts)
    return {(m.doc_id, m.text): m.entity_id for m in linked}


PM = "वाम दलों के नेताओं ने आज इस मामले में प्रधानमंत्री मनमोहन सिंह के साथ बैठक भी की।"
MET = "मनाली का तापमान 26.6 डिग्री रहा। मौसम विभाग शिमला केंद्र के निदेशक डॉ. मनमोहन सिंह ने बताया कि बारिश होगी।"
PLAYER = "पुणे वारियर के खिलाड़ी राहुल शर्मा और वायने पार्नेल मुंबई में पकड़े गए।"
SP = "जवाबी कार्रवाई में तीन नक्सली मारे गए। दंतेवाड़ा जिले के एसपी राहुल शर्मा ने बताया कि मुठभेड़ हुई।"


@pytest.mark.parametrize("famous, officer, name", [
    (PM, MET, "मनमोहन सिंह"),  # ednil_heat-waves…: Shimla's met office director is not the former PM
    (PLAYER, SP, "राहुल शर्मा"),  # ednil_navbharat…: Dantewada's SP is not the Pune Warriors bowler
])
def test_officer_apart_from_famous_title(famous, officer, name):
    ms = doc_from_text("a", famous, (name, "PER")) + doc_from_text("b", officer, (name, "PER"))
    texts = {"a": famous, "b": officer}
    got = ids(ms, SHIPPED, texts)
    assert got[("a", name)] != got[("b", name)]
    off = ids(ms, OFF, texts)
    assert off[("a", name)] == off[("b", name)]


CMO1 = "लखनऊ सीएमओ डॉक्टर नरेंद्र अग्रवाल ने बताया कि तीन लोग ऐसे मिले हैं।"
CMO2 = "सीएमओ डॉ. नरेंद्र अग्रवाल के मुताबिक लखनऊ निवासियों की स्क्रीनिंग की गई।"
ACTOR = "प्रेस कॉन्फ़्रेस में अभिनेता अनिल कपूर बतौर मुख्य अतिथि पहुंचे।"
LIST = "इसमें नाना पाटेकर और अनिल कपूर की मुख्य भूमिका थी।"


@pytest.mark.parametrize("a, b, name", [
    (CMO1, CMO2, "नरेंद्र अग्रवाल"),  # negative: one CMO in two articles, no famous title anywhere: still one
    (ACTOR, LIST, "अनिल कपूर"),  # negative: a famous title and no officer's title: still one
])
def test_no_split_without_conflict(a, b, name):
    ms = doc_from_text("a", a, (name, "PER")) + doc_from_text("b", b, (name, "PER"))
    got = ids(ms, SHIPPED, {"a": a, "b": b})
    assert got[("a", name)] == got[("b", name)]


@pytest.mark.parametrize("text, name, officer, famous", [
    (MET, "मनमोहन सिंह", True, False),
    (SP, "राहुल शर्मा", True, False),
    (PM, "मनमोहन सिंह", False, True),
    # negative: `महानिदेशक` (a national head) is no director's title
    ("आईसीएमआर के महानिदेशक बलराम भार्गव ने कहा कि जांच बढ़ेगी।", "बलराम भार्गव", False, False),
    # negative: a name after a famous title anywhere in its article is no officer's
    ("डीएम मंगल पांडेय ने कहा। स्वास्थ्य मंत्री मंगल पांडेय ने बताया।", "मंगल पांडेय", False, True),
])
def test_officer_nodes(text, name, officer, famous):
    ms = doc_from_text("d", text, *[(name, "PER")] * text.count(name))
    off, fam = _officer_nodes(ms, text)
    key = ("d", "PER")
    assert any(k[:2] == key for k in off) == officer
    assert any(k[:2] == key for k in fam) == famous


# ---------------------------------------------------------------- listed_ages

ACCUSED = ("जिनके खिलाफ रासुका के तहत कार्रवाई हुई है, उनके नाम जावेद (25), इमरान खान (24), नासिर खां (58), "
           "सलीम खान (50) और समीर अनवर (22) हैं।")
PAK_PM = "पाक पीएम इमरान खान आए दिन कोरोना वायरस से लड़ने की तैयारियों को लेकर भाषण देते हैं।"


@pytest.mark.parametrize("text, split", [
    (ACCUSED, True),  # covidnp_AU-2020-ARP-11-01: an Indore accused, not Pakistan's PM
    # negative: a batsman's runs (no arrest's or death's word)
    ("रोहित शर्मा (45), इमरान खान (24), विराट कोहली (30) और धोनी (12) ने पारी संभाली।", False),
    # negative: one bare number is no list (round 33: `(57)` no cue)
    ("इस मामले में आरोपी इमरान खान (24) को अदालत में पेश किया गया।", False),
])
def test_listed_ages(text, split):
    name = "इमरान खान"
    ms = doc_from_text("a", PAK_PM, (name, "PER")) + doc_from_text("b", text, (name, "PER"))
    texts = {"a": PAK_PM, "b": text}
    got = ids(ms, SHIPPED, texts)
    assert (got[("a", name)] != got[("b", name)]) is split
    off = ids(ms, dataclasses.replace(SHIPPED, listed_ages=False), texts)
    assert off[("a", name)] == off[("b", name)]



@pytest.mark.parametrize("filler,listed", [
    ("", True),  # the ages and the arrest word stand in the name's sentence
    ("और " * 200, False),  # no sentence end for 600 characters: the window is 400 characters back, not the article
])
def test_listed_ages_window_is_bounded(filler, listed):
    text = "आरोपी जावेद (25), सलीम (30), " + filler + "इमरान खान (24) गिरफ्तार"
    start = text.index("इमरान खान")
    m = Mention("d", 0, start, start + len("इमरान खान"), "इमरान खान", "PER", "t")
    assert bool(_listed_age_nodes([m], text)) is listed
