"""Link round 40 (one place across its spellings): aliases-v28 adds Jammu and Kashmir, Ladakh and Nagaland, which v3
left out, with the spellings Hindi news writes; `जम्मू-कश्मीर`, `जम्मू कश्मीर` and `जम्मू और कश्मीर` were three
entities, the link's keys joining neither a hyphen, a space nor a conjunction. Sentences from corpus/news articles
(shortened, paraphrased)."""

import pytest

from pipeline.link import link_mentions, load_aliases
from tests.test_link import ROOT, doc_from_text
from tests.test_link_round36 import SHIPPED, aliases_at_least, ids, off


def test_aliases_v28_shipped():
    assert aliases_at_least(SHIPPED.aliases, 28)  # link round 42 made v29 from v28


@pytest.mark.parametrize("a, a_sent, b, b_sent", [
    # covidnp_DH-2020-MAR-15-01 `जम्मू कश्मीर में 2157 लोगों को निगरानी`; other articles `जम्मू-कश्मीर में`
    ("जम्मू कश्मीर", "जम्मू कश्मीर में 2157 लोगों को निगरानी में रखा गया",
     "जम्मू-कश्मीर", "जम्मू-कश्मीर में स्कूल बंद कर दिए गए"),
    # `जम्मू और कश्मीर` (10 times in corpus/news) with the hyphen's spelling
    ("जम्मू और कश्मीर", "जम्मू और कश्मीर प्रशासन ने रविवार को कहा",
     "जम्मू-कश्मीर", "जम्मू-कश्मीर में संक्रमण के 454 मामले हैं"),
    # covidnp_DJ-2020-MAR-18-01 `लद्दाख`; one article writes `लदाख`
    ("लदाख", "लदाख में दो नए मामले मिले", "लद्दाख", "लद्दाख, उत्तर प्रदेश और बिहार में मामले बढ़े"),
    # `नगालैंड` 10 times, `नागालैंड` 4
    ("नागालैंड", "नागालैंड में पहला मामला मिला", "नगालैंड", "नगालैंड सरकार ने सीमाएं सील कीं"),
])
def test_spellings_of_one_place_are_one_entity(a, a_sent, b, b_sent):
    ms = doc_from_text("a", a_sent, (a, "LOC")) + doc_from_text("b", b_sent, (b, "LOC"))
    got = ids(ms, SHIPPED)
    assert got[("a", a)] == got[("b", b)]


def test_jammu_and_kashmir_were_apart_with_v27():
    ms = doc_from_text("a", "जम्मू और कश्मीर प्रशासन ने रविवार को कहा", ("जम्मू और कश्मीर", "LOC")) + \
        doc_from_text("b", "जम्मू-कश्मीर में स्कूल बंद कर दिए गए", ("जम्मू-कश्मीर", "LOC"))
    v27 = off(aliases="aliases-v27")
    _, linked = link_mentions(ms, load_aliases(ROOT / "models", v27), v27)
    got = {(m.doc_id, m.text): m.entity_id for m in linked}
    assert got[("a", "जम्मू और कश्मीर")] != got[("b", "जम्मू-कश्मीर")]


@pytest.mark.parametrize("a, a_sent, b, b_sent", [
    # guard: the city of Jammu (Q255455) and the region of Kashmir (Q43100) stay their own entities
    ("जम्मू", "जम्मू शहर में कर्फ्यू लगा", "जम्मू-कश्मीर", "जम्मू-कश्मीर में स्कूल बंद कर दिए गए"),
    ("कश्मीर", "कश्मीर घाटी में बर्फ गिरी", "जम्मू-कश्मीर", "जम्मू-कश्मीर में स्कूल बंद कर दिए गए"),
])
def test_city_and_region_stay_apart(a, a_sent, b, b_sent):
    ms = doc_from_text("a", a_sent, (a, "LOC")) + doc_from_text("b", b_sent, (b, "LOC"))
    got = ids(ms, SHIPPED)
    assert got[("a", a)] != got[("b", b)]
