"""Link round 39 (entities across spelling variants and articles): a place named by a word or two and a neighbourhood
noun (`काली मंदिर`, `स्टेशन रोड`, `सदर बाजार`) is one in many towns: across articles it joins only the same name with a
place of both beside it, else it links inside its article only (link.local_places). Names and sentences from
corpus/news articles (shortened, paraphrased)."""

import pytest

from pipeline.link import link_mentions, parse_aliases
from tests.test_link import doc_from_text
from tests.test_link_round36 import SHIPPED, ids, off


def test_round39_switch_in_params():
    assert SHIPPED.local_places


@pytest.mark.parametrize("name, sent_a, sent_b", [
    # covidnp_DH-2020-ARP-05-01 (Patna, `महावीर मंदिर, दरभंगा हाउस काली मंदिर सहित`); covidnp_DJ-2020-MAY-14-02
    # (Jamshedpur, `कालीमंदिर में रोजाना पूजा`)
    ("काली मंदिर", "पटना में काली मंदिर सहित सभी मंदिरों में दीये जलाए गए",
     "जुगसलाई के काली मंदिर में रोजाना आरती होती है"),
    # covidnp_AU-2020-MAR-22-01 (Rameswaram) and covidnp_AU-2020-MAR-22-02 (Thiruvananthapuram)
    ("स्वामी मंदिर", "रामेश्वरम का रामनाथन स्वामी मंदिर भी बंद रहेगा",
     "तिरुवनंतपुरम के श्रीकृष्णा स्वामी मंदिर में लोग जुटे"),
    # covidnp_DJ-2020-ARP-20-01 (Kolkata) and covidnp_PK-2020-APR-08-02 (Noida)
    ("झुग्गी बस्ती", "कोलकाता की एक और झुग्गी बस्ती में संक्रमित मिला",
     "नोएडा के सेक्टर आठ की झुग्गी बस्ती में लोग बीमार मिले"),
    # covidnp_DH-2020-MAR-17-01 (Dehri) and covidnp_PK-2020-MAY-11-01 (Ranchi)
    ("स्टेशन रोड", "डेहरी में स्टेशन रोड के एक होटल में शादी टली",
     "रांची में स्टेशन रोड निवासी वृद्ध को भर्ती किया गया"),
])
def test_neighbourhood_places_of_two_towns_stay_apart(name, sent_a, sent_b):
    town_a, town_b = sent_a.split()[0], sent_b.split()[0]
    ms = (doc_from_text("a", sent_a, (town_a, "LOC"), (name, "LOC"))
          + doc_from_text("b", sent_b, (town_b, "LOC"), (name, "LOC")))
    got = ids(ms, SHIPPED)
    assert got[("a", name)] != got[("b", name)]
    got = ids(ms, off(local_places=False))
    assert got[("a", name)] == got[("b", name)]


@pytest.mark.parametrize("name, sent_a, sent_b, town", [
    # covidnp_DJ-2020-ARP-15-02 and covidnp_DJ-2020-MAY-03-01: `जमालपुर के सदर बाजार मोहल्ले`, `जमालपुर सदर बाजार`
    ("सदर बाजार", "जमालपुर के सदर बाजार मोहल्ले का वृद्ध संक्रमित मिला",
     "जमालपुर के सदर बाजार इलाके में महिलाएं संक्रमित हुईं", "जमालपुर"),
    # covidnp_DH-2020-MAR-21-01 and -22-01: Patna's `कदमकुआं के भट्टाचार्या रोड, दिनकर चौक`
    ("दिनकर चौक", "कदमकुआं के दिनकर चौक पर मजदूर बैठे थे", "कदमकुआं के दिनकर चौक समेत इलाकों में मजदूर हैं",
     "कदमकुआं"),
])
def test_same_neighbourhood_place_of_one_town_joins(name, sent_a, sent_b, town):
    ms = (doc_from_text("a", sent_a, (town, "LOC"), (name, "LOC"))
          + doc_from_text("b", sent_b, (town, "LOC"), (name, "LOC")))
    for p in (SHIPPED, off(local_places=False)):
        got = ids(ms, p)
        assert got[("a", name)] == got[("b", name)]


def test_neighbourhood_place_beside_another_tells_no_town():
    # guard: covidnp_PK-2020-MAR-08-01 (Mecca's `जामा मस्जिद`) and covidnp_AU-2020-MAR-31-01 (Delhi's), each beside a
    # `सदर बाजार`: another neighbourhood place is no context
    sent = "जामा मस्जिद और सदर बाजार बंद रहे"
    ms = (doc_from_text("a", sent, ("जामा मस्जिद", "LOC"), ("सदर बाजार", "LOC"))
          + doc_from_text("b", sent, ("जामा मस्जिद", "LOC"), ("सदर बाजार", "LOC")))
    got = ids(ms, SHIPPED)
    assert got[("a", "जामा मस्जिद")] != got[("b", "जामा मस्जिद")]
    got = ids(ms, off(local_places=False))
    assert got[("a", "जामा मस्जिद")] == got[("b", "जामा मस्जिद")]


@pytest.mark.parametrize("name", [
    "कनॉट प्लेस",  # guard: no neighbourhood noun (covidnp_AU-2020-MAR-08-03 and another Delhi article)
    "नेताजी सुभाष चंद्र बोस रोड",  # guard: a long name of its own, not one of many towns
])
def test_other_places_still_join_across_articles(name):
    ms = (doc_from_text("a", f"पुलिस ने {name} पर दुकानें बंद कराईं", (name, "LOC"))
          + doc_from_text("b", f"शाम को {name} सूना रहा", (name, "LOC")))
    for p in (SHIPPED, off(local_places=False)):
        got = ids(ms, p)
        assert got[("a", name)] == got[("b", name)]


def test_alias_row_still_pins_a_neighbourhood_place():
    # guard: an alias row of the place (a user's file) joins it across articles
    rows = parse_aliases("canonical_name\tlabel\taliases\tqid\tname_en\n"
                         "जामा मस्जिद\tLOC\t\tQ1140463\tJama Masjid, Delhi\n", "test")
    ms = (doc_from_text("a", "पटना में जामा मस्जिद के पास भीड़ थी", ("पटना", "LOC"), ("जामा मस्जिद", "LOC"))
          + doc_from_text("b", "दिल्ली की जामा मस्जिद में नमाज हुई", ("जामा मस्जिद", "LOC")))
    for p in (SHIPPED, off(local_places=False)):
        _, linked = link_mentions(ms, rows, p)
        got = {(m.doc_id, m.text): m.entity_id for m in linked}
        assert got[("a", "जामा मस्जिद")] == got[("b", "जामा मस्जिद")] == "LOC:Q1140463"
