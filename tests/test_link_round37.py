"""Link round 37 (entities across spelling variants and articles): a person's initials and a rare surname, or a middle
initial, join the one full name of that surname across articles (link.initials_across); a team's or firm's name less
its trailing city is its short form inside one article (link.org_place_tail); aliases-v26 keeps Hainan apart from
Henan and reads the old spelling `पेइचिंग` as Beijing. Names and sentences from corpus/news articles (shortened)."""

import dataclasses
from functools import lru_cache

import pytest

from pipeline.link import LinkParams, link_mentions, load_aliases
from pipeline.records import Mention
from pipeline.runner import load_params
from tests.test_link import ROOT, doc_from_text
from tests.test_link_round36 import aliases_at_least

SHIPPED = load_params(ROOT / "params.yaml", "link", LinkParams)


@lru_cache(maxsize=1)
def shipped_aliases():
    return load_aliases(ROOT / "models", SHIPPED)


def link(mentions: list[Mention], p: LinkParams) -> tuple[dict[tuple[str, str], str], dict[str, str | None]]:
    entities, linked = link_mentions(mentions, shipped_aliases(), p)
    qids = {e.entity_id: e.qid for e in entities}
    return {(m.doc_id, m.text): m.entity_id for m in linked}, qids


def ids(mentions: list[Mention], p: LinkParams) -> dict[tuple[str, str], str]:
    return link(mentions, p)[0]


def off(**kw) -> LinkParams:
    return dataclasses.replace(SHIPPED, **kw)


def test_round37_switches_in_params():
    assert SHIPPED.initials_across
    assert not SHIPPED.org_place_tail  # off since 0.28.0: `टोयोटा यू.के.` (a subsidiary) is no `टोयोटा` (dev2-tune gold)
    assert aliases_at_least(SHIPPED.aliases, 26)  # link rounds 38, 40 and 42 made v27, v28 and v29


# ---------------------------------------------------------------- 1. initials_across

@pytest.mark.parametrize("short, short_sent", [
    # covidnp_AU-2020-ARP-14-01: `आईसीएमआर के आर गंगाखेडकर ने कहा`
    ("आर गंगाखेडकर", "आईसीएमआर के आर गंगाखेडकर ने कहा कि जांच बढ़ी है"),
    # covidnp_AU-2020-ARP-16-01: `रमन आर गंगाखेड़कर` (a middle initial)
    ("रमन आर गंगाखेडकर", "वैज्ञानिक रमन आर गंगाखेडकर ने बताया कि टेस्ट हुए"),
])
def test_initials_join_the_one_full_name_across_articles(short, short_sent):
    # covidnp_AU-2020-ARP-17-01: `रमन गंगाखेडकर`; three entities of 9, 6 and 9 articles before
    ms = (doc_from_text("a", short_sent, (short, "PER"))
          + doc_from_text("b", "आईसीएमआर के रमन गंगाखेडकर ने कहा कि किट आ गई", ("रमन गंगाखेडकर", "PER")))
    got = ids(ms, SHIPPED)
    assert got[("a", short)] == got[("b", "रमन गंगाखेडकर")]
    got = ids(ms, off(initials_across=False))
    assert got[("a", short)] != got[("b", "रमन गंगाखेडकर")]


def test_initials_of_a_common_surname_stay_apart():
    # guard: `ए के सिंह` fits `अरविंद कुमार सिंह` and many more; a common surname joins by no initials
    ms = (doc_from_text("a", "एसपी ए के सिंह ने बताया कि जांच जारी है", ("ए के सिंह", "PER"))
          + doc_from_text("b", "किसान अरविंद कुमार सिंह ने कहा कि फसल खराब हुई", ("अरविंद कुमार सिंह", "PER")))
    got = ids(ms, SHIPPED)
    assert got[("a", "ए के सिंह")] != got[("b", "अरविंद कुमार सिंह")]


def test_initials_fitting_two_people_stay_apart():
    # guard: two full names of one rare surname that the initials both fit: no join
    ms = (doc_from_text("a", "आर गंगाखेडकर ने कहा कि जांच बढ़ी", ("आर गंगाखेडकर", "PER"))
          + doc_from_text("b", "रमन गंगाखेडकर ने कहा कि किट आई", ("रमन गंगाखेडकर", "PER"))
          + doc_from_text("c", "राजेश गंगाखेडकर ने कहा कि खेत सूखे", ("राजेश गंगाखेडकर", "PER")))
    got = ids(ms, SHIPPED)
    assert got[("a", "आर गंगाखेडकर")] not in (got[("b", "रमन गंगाखेडकर")], got[("c", "राजेश गंगाखेडकर")])
    assert got[("b", "रमन गंगाखेडकर")] != got[("c", "राजेश गंगाखेडकर")]


def test_middle_initial_needs_the_same_given_name():
    # guard: `सुरेश आर गंगाखेडकर` is no `रमन गंगाखेडकर`
    ms = (doc_from_text("a", "सुरेश आर गंगाखेडकर ने कहा कि जांच बढ़ी", ("सुरेश आर गंगाखेडकर", "PER"))
          + doc_from_text("b", "रमन गंगाखेडकर ने कहा कि किट आई", ("रमन गंगाखेडकर", "PER")))
    got = ids(ms, SHIPPED)
    assert got[("a", "सुरेश आर गंगाखेडकर")] != got[("b", "रमन गंगाखेडकर")]


# ---------------------------------------------------------------- 2. org_place_tail

def test_team_name_less_its_city_is_its_short_form():
    # bbchi_0174: `रॉयल चैलेंजर्स बंगलौर और पुणे वॉरियर्स … जवाब में रॉयल चैलेंजर्स ने कोई अच्छी शुरुआत नहीं की`
    ms = doc_from_text("a", "रॉयल चैलेंजर्स बंगलौर का मैच रोमांचक रहा। जवाब में रॉयल चैलेंजर्स ने अच्छी शुरुआत नहीं की।",
                       ("रॉयल चैलेंजर्स बंगलौर", "ORG"), ("रॉयल चैलेंजर्स", "ORG"))
    got = ids(ms, off(org_place_tail=True))
    assert got[("a", "रॉयल चैलेंजर्स")] == got[("a", "रॉयल चैलेंजर्स बंगलौर")]
    got = ids(ms, off(org_place_tail=False))
    assert got[("a", "रॉयल चैलेंजर्स")] != got[("a", "रॉयल चैलेंजर्स बंगलौर")]


@pytest.mark.parametrize("short, long", [
    ("आईआईटी", "आईआईटी गुवाहाटी"),    # guard: an institute of many seats (review 24's seats name those)
    ("सुरक्षा परिषद", "सुरक्षा परिषद समिति"),  # guard: a tail that is no place keeps the head rule
])
def test_org_tail_guards(short, long):
    ms = (doc_from_text("a", f"{long} ने शोध किया। {short} ने कहा कि जांच होगी।", (long, "ORG"), (short, "ORG"))
          + doc_from_text("b", "आईआईटी कानपुर ने कहा कि आईआईटी किट बनाएगा", ("आईआईटी कानपुर", "ORG"),
                           ("आईआईटी", "ORG")))
    got = ids(ms, off(org_place_tail=True))
    assert got[("a", short)] != got[("a", long)]
    assert got[("a", long)] != got[("b", "आईआईटी कानपुर")]


# ---------------------------------------------------------------- 3. aliases-v26

def test_hainan_is_not_henan():
    # ednil_navbharat_2005_9_26_1243263 `देश के हैनान टापू में`; covidnp_NT-2020-MAR-06-02 `हेनान प्रांत` (the KB's Henan):
    # one phonetic key (`ै` read `े`), one entity with Henan's QID before
    ms = (doc_from_text("a", "देश के हैनान टापू में तूफान आया", ("हैनान", "LOC"))
          + doc_from_text("b", "संक्रमण हेनान प्रांत में फैला", ("हेनान", "LOC")))
    got, qids = link(ms, SHIPPED)
    assert got[("a", "हैनान")] != got[("b", "हेनान")]
    assert qids[got[("b", "हेनान")]] == "Q43684"


def test_old_spelling_of_beijing():
    # ednil_navbharat_2005_9_26_1243263: `पेइचिंग (रॉयटर्स, एजेंसियां):` was an entity of its own
    ms = (doc_from_text("a", "पेइचिंग (रॉयटर्स): चीन में तूफान", ("पेइचिंग", "LOC"))
          + doc_from_text("b", "बीजिंग में बैठक हुई", ("बीजिंग", "LOC")))
    got, qids = link(ms, SHIPPED)
    assert got[("a", "पेइचिंग")] == got[("b", "बीजिंग")]
    assert qids[got[("b", "बीजिंग")]] == "Q956"


def test_org_place_tail_off_keeps_a_subsidiary_apart():
    # dev2-tune (ntrex_bbc.381680): Toyota UK is its own entity in the gold, not Toyota's short form's long name
    ms = doc_from_text("a", "टोयोटा यू.के. ने कहा कि उत्पादन रुकेगा। टोयोटा ने जापान में भी काम रोका।",
                       ("टोयोटा यू.के.", "ORG"), ("टोयोटा", "ORG"))
    got = ids(ms, SHIPPED)
    assert got[("a", "टोयोटा")] != got[("a", "टोयोटा यू.के.")]
