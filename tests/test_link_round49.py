"""Link round 49 (one entity across spellings and articles, precision first). A bare short name of an institute of
many seats (`एम्स`: AIIMS of Delhi, Bhopal, Patna, Rishikesh...) is pinned to the alias row of Delhi's AIIMS; written
right after a town with `में`/`स्थित` between (`भोपाल में एम्स के दो नर्सिग अधिकारी`) or right before a town, the
tagger's span cut before it (`सैंपल को एम्स भोपाल भेजा`), it is that town's institute: no alias row, joined across
articles only to the same name of the same town (link.seated_institutes). Delhi (`दिल्ली स्थित एम्स`, `एम्स दिल्ली`),
India, a foreign country or two towns in one article leave it on the row as before. Names and sentences from
corpus/news articles (shortened)."""

import pytest

from pipeline.link import _seated_institute_nodes, kb_index, node_key
from tests.test_link import doc_from_text
from tests.test_link_round36 import SHIPPED, ids, off

# covidnp_AU-2020-ARP-15-02: Delhi's AIIMS, the alias row's, written bare
DELHI = "एम्स के डॉक्टरों ने केंद्रीय गृहमंत्री को पत्र लिखा है।"


def test_round49_switch_in_params():
    assert SHIPPED.seated_institutes


def _with_delhi(text: str, names: tuple[tuple[str, str], ...]):
    ms = doc_from_text("a", text, *names) + doc_from_text("b", DELHI, ("एम्स", "ORG"))
    return ms, {"a": text, "b": DELHI}


@pytest.mark.parametrize("text, names", [
    # covidnp_DJ-2020-ARP-17-02 (Madhya Pradesh): Bhopal's AIIMS
    ("भोपाल में एम्स के दो नर्सिग अधिकारी समेत 11 लोगों को छुट्टी दी गई।", (("भोपाल", "LOC"), ("एम्स", "ORG"))),
    # covidnp_NT-2020-MAR-11-01: the tagger's span ends before the town
    ("डॉक्टरों की निगरानी में रखा गया है। उसके सैंपल को एम्स भोपाल भेजा गया है।", (("एम्स", "ORG"), ("भोपाल", "LOC"))),
    # `स्थित` between the town and the name
    ("ऋषिकेश स्थित एम्स के जनसंपर्क अधिकारी ने बताया कि मरीज की हालत स्थिर है।", (("ऋषिकेश", "LOC"), ("एम्स", "ORG"))),
    # the town named once, the name bare again later in the article
    ("पटना में एम्स को कोविड अस्पताल बनाया गया है। एम्स के निदेशक ने बैठक की।", (("पटना", "LOC"), ("एम्स", "ORG"))),
])
def test_a_towns_institute_leaves_the_row(text, names):
    ms, texts = _with_delhi(text, names)
    got = ids(ms, SHIPPED, texts=texts)
    assert got[("a", "एम्स")] != got[("b", "एम्स")]
    got = ids(ms, off(seated_institutes=False), texts=texts)
    assert got[("a", "एम्स")] == got[("b", "एम्स")]


@pytest.mark.parametrize("text, names", [
    # covidnp_AU-2020-ARP-13-01 and covidnp_PK-2020-APR-26-01: Delhi's, the row's
    ("आईसीएमआर की तरफ से इस काम के लिए दिल्ली स्थित एम्स को चुना गया है।", (("दिल्ली", "LOC"), ("एम्स", "ORG"))),
    ("डॉ. हर्षवर्धन ने नई दिल्ली स्थित एम्स में ट्रॉमा सेंटर का दौरा किया।", (("नई दिल्ली", "LOC"), ("एम्स", "ORG"))),
    # covidnp_AU-2020-MAR-09-08: `एम्स दिल्ली`
    ("स्वास्थ्य विभाग ने पहले इनका सैंपल जांच के लिए एम्स दिल्ली भेजा था।", (("एम्स", "ORG"), ("दिल्ली", "LOC"))),
    # no town: India, a foreign country
    ("भारत में एम्स के डॉक्टरों ने नई जांच शुरू की है।", (("भारत", "LOC"), ("एम्स", "ORG"))),
    # two towns in one article: which one the bare name means is not told
    ("भोपाल में एम्स के डॉक्टर और पटना में एम्स के डॉक्टर जांच कर रहे हैं।",
     (("भोपाल", "LOC"), ("एम्स", "ORG"), ("पटना", "LOC"), ("एम्स", "ORG"))),
    # a town and Delhi in one article
    ("भोपाल में एम्स के डॉक्टर और दिल्ली स्थित एम्स के डॉक्टर जांच कर रहे हैं।",
     (("भोपाल", "LOC"), ("एम्स", "ORG"), ("दिल्ली", "LOC"), ("एम्स", "ORG"))),
    # covidnp_NT-2020-MAR-11-01, a roundup: `एम्स भोपाल` once, Delhi named more often, the bare name later Delhi's
    ("उसके सैंपल को एम्स भोपाल भेजा गया है। दिल्ली में दो नए मामले मिले। नई दिल्ली से आए नमूनों की एम्स की "
     "प्रयोगशाला में जांच की जा रही है।",
     (("एम्स", "ORG"), ("भोपाल", "LOC"), ("दिल्ली", "LOC"), ("नई दिल्ली", "LOC"), ("एम्स", "ORG"))),
    # a town written before the name with neither `में` nor `स्थित` between: not its seat
    ("भोपाल से एम्स के डॉक्टर लौट आए हैं।", (("भोपाल", "LOC"), ("एम्स", "ORG"))),
    # a comma between the name and the town: a list, not a seat
    ("मरीजों को एम्स, भोपाल के हमीदिया अस्पताल और जेपी अस्पताल में भेजा गया।", (("एम्स", "ORG"), ("भोपाल", "LOC"))),
])
def test_delhi_and_unseated_names_keep_the_row(text, names):
    ms, texts = _with_delhi(text, names)
    for p in (SHIPPED, off(seated_institutes=False)):
        got = ids(ms, p, texts=texts)
        assert got[("a", "एम्स")] == got[("b", "एम्स")]


def test_same_town_joins_across_articles():
    # covidnp_DJ-2020-ARP-17-02 and covidnp_NT-2020-MAR-11-01: Bhopal's AIIMS in two articles is one entity
    a = "भोपाल में एम्स के दो नर्सिग अधिकारी समेत 11 लोगों को छुट्टी दी गई।"
    b = "उसके सैंपल को एम्स भोपाल भेजा गया है।"
    ms = (doc_from_text("a", a, ("भोपाल", "LOC"), ("एम्स", "ORG"))
          + doc_from_text("b", b, ("एम्स", "ORG"), ("भोपाल", "LOC")))
    got = ids(ms, SHIPPED, texts={"a": a, "b": b})
    assert got[("a", "एम्स")] == got[("b", "एम्स")]


@pytest.mark.parametrize("text, names, seated", [
    ("भोपाल में एम्स के डॉक्टर", (("भोपाल", "LOC"), ("एम्स", "ORG")), True),
    ("सैंपल को एम्स भोपाल भेजा", (("एम्स", "ORG"), ("भोपाल", "LOC")), True),
    # a name of two words is no bare short name; a short name of one seat (`रिम्स`, Ranchi's) is not read
    ("भोपाल में एम्स अस्पताल के डॉक्टर", (("भोपाल", "LOC"), ("एम्स अस्पताल", "ORG")), False),
    ("रांची में रिम्स के डॉक्टर", (("रांची", "LOC"), ("रिम्स", "ORG")), False),
    ("दिल्ली में एम्स के डॉक्टर", (("दिल्ली", "LOC"), ("एम्स", "ORG")), False),
])
def test_seated_nodes(text, names, seated):
    from tests.test_link_round36 import shipped_aliases
    ms = doc_from_text("a", text, *names)
    org = next(m for m in ms if m.label == "ORG")
    got = _seated_institute_nodes(ms, text, kb_index(shipped_aliases()))
    assert (node_key(org) in got) is seated
    if seated:
        assert got[node_key(org)][0] == "ems"


def test_names_of_one_seated_institute_are_one():
    # covidnp_DJ-2020-MAR-02-02 (Rishikesh): the full name with its town (the tagger's span cut before it) and the
    # bare `एम्स` after it are AIIMS Rishikesh, one entity, off the row of Delhi's AIIMS
    text = ("ऋषिकेश में योग महोत्सव आयोजित किए गए हैं। ऐसे में अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश की टीम यहां "
            "तैनात है। एम्स के जनसंपर्क अधिकारी ने बताया कि साधक भाग गया।")
    ms = doc_from_text("a", text, ("ऋषिकेश", "LOC"), ("अखिल भारतीय आयुर्विज्ञान संस्थान", "ORG"), ("एम्स", "ORG")) \
        + doc_from_text("b", DELHI, ("एम्स", "ORG"))
    texts = {"a": text, "b": DELHI}
    got = ids(ms, SHIPPED, texts=texts)
    assert got[("a", "एम्स")] == got[("a", "अखिल भारतीय आयुर्विज्ञान संस्थान")] != got[("b", "एम्स")]
    got = ids(ms, off(seated_institutes=False), texts=texts)
    assert got[("a", "एम्स")] == got[("a", "अखिल भारतीय आयुर्विज्ञान संस्थान")] == got[("b", "एम्स")]


def test_full_name_after_a_towns_genitive_leaves_the_row():
    # covidnp_DJ-2020-ARP-15-01: Patna's AIIMS by its full name and Latin short name, written after `पटना के`
    text = "14 मार्च की सुबह पटना के अखिल भारतीय आयुर्विज्ञान संस्थान (AIIMS) में मरीज की मौत हो गई।"
    ms = doc_from_text("a", text, ("पटना", "LOC"), ("अखिल भारतीय आयुर्विज्ञान संस्थान", "ORG"), ("AIIMS", "ORG")) \
        + doc_from_text("b", DELHI, ("एम्स", "ORG"))
    texts = {"a": text, "b": DELHI}
    got = ids(ms, SHIPPED, texts=texts)
    assert got[("a", "AIIMS")] == got[("a", "अखिल भारतीय आयुर्विज्ञान संस्थान")] != got[("b", "एम्स")]
    got = ids(ms, off(seated_institutes=False), texts=texts)
    assert got[("a", "AIIMS")] == got[("a", "अखिल भारतीय आयुर्विज्ञान संस्थान")] == got[("b", "एम्स")]


@pytest.mark.parametrize("text, names", [
    # covidnp_NT-2020-MAR-18-02 / covidnp_AU-2020-ARP-26-02: the full name with no town, Delhi's
    ("राम मनोहर लोहिया अस्पताल और अखिल भारतीय आयुर्विज्ञान संस्थान (एम्स) के चिकित्सा अधीक्षकों से बात की।",
     (("अखिल भारतीय आयुर्विज्ञान संस्थान", "ORG"), ("एम्स", "ORG"))),
    # a town's genitive before another institute's name: AIIMS's names keep the row
    ("पटना के इंदिरा गांधी आयुर्विज्ञान संस्थान और एम्स में जांच हो रही है।",
     (("पटना", "LOC"), ("इंदिरा गांधी आयुर्विज्ञान संस्थान", "ORG"), ("एम्स", "ORG"))),
])
def test_unplaced_full_names_keep_the_row(text, names):
    ms, texts = _with_delhi(text, names)
    for p in (SHIPPED, off(seated_institutes=False)):
        got = ids(ms, p, texts=texts)
        assert got[("a", "एम्स")] == got[("b", "एम्स")]


# covidnp_DJ-2020-MAR-26-02 and covidnp_PK-2020-MAR-22-01 (shortened): the seated full name joins `पटना एम्स` of
# another article, whose mentions no town qualifies; the cluster is no AIIMS row's, so its id must never be the
# row's (a run of these articles alone once gave it Delhi's AIIMS id, a run beside Delhi's a `~` suffix)
PATNA = "पटना के अखिल भारतीय आयुर्विज्ञान संस्थान में जांच हुई। एम्स के निदेशक ने बताया कि पटना एम्स में बेड बढ़ेंगे।"
PATNA_2 = "पटना एम्स में भर्ती मरीज ठीक हो गया।"


def test_a_seated_cluster_never_takes_the_rows_id():
    ms = doc_from_text("a", PATNA, ("पटना", "LOC"), ("अखिल भारतीय आयुर्विज्ञान संस्थान", "ORG"), ("एम्स", "ORG"),
                       ("पटना एम्स", "ORG")) + doc_from_text("c", PATNA_2, ("पटना एम्स", "ORG"))
    delhi = doc_from_text("b", DELHI, ("एम्स", "ORG"))
    alone = ids(ms, SHIPPED, texts={"a": PATNA, "c": PATNA_2})
    row = ids(delhi, SHIPPED, texts={"b": DELHI})[("b", "एम्स")]
    both = ids(ms + delhi, SHIPPED, texts={"a": PATNA, "c": PATNA_2, "b": DELHI})
    patna = alone[("a", "अखिल भारतीय आयुर्विज्ञान संस्थान")]
    assert alone[("c", "पटना एम्स")] == patna != row
    assert both[("a", "अखिल भारतीय आयुर्विज्ञान संस्थान")] == patna and both[("b", "एम्स")] == row
