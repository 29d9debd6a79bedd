"""Link round 46 (one entity across spellings and articles, precision first). Inside one article, an organisation's
one word pinned to no alias/KB row of its own is the short form of the one longer organisation's name it begins
(spelt alike) whose other words, one or two, are a place: `सहारा` of `सहारा इंडिया`, `वीवो` of `वीवो इंडिया`
(link.first_word_places). The tagger (entities round 73) tags such first words alone (`सहारा ने एक बयान में कहा`),
and the head rule of short forms kept them apart. A name of its own row (`टोयोटा` beside `टोयोटा यू.के.`, a
subsidiary in the dev2-tune gold), a tail of no place (`सहारा एयरलाइन्स`, `इंफ़ोसिस बोर्ड`), two placed names
(`ईटीवी बिहार`, `ईटीवी राजस्थान`) and an institute of many seats stay apart. Names and sentences from corpus/news
articles (shortened)."""

import pytest

from tests.test_link import doc_from_text
from tests.test_link_round36 import SHIPPED, ids, off


def _doc(text: str, *names: str):
    """The names' mentions in the order the text first writes them (`वीवो` before `वीवो इंडिया`)."""
    return doc_from_text("a", text, *((n, "ORG") for n in sorted(names, key=text.index)))


def test_round46_switch_in_params():
    assert SHIPPED.first_word_places


@pytest.mark.parametrize("text, long, short", [
    # bbchi_0113: Sahara's sponsorship of the Indian team; `सहारा` x19 were an entity of their own
    ("सहारा इंडिया ने बीसीसीआई से अनुरोध किया कि टीम पर विचार हो. बीसीसीआई ने कहा, ''हमें पता चला है कि सहारा ने "
     "एक बयान में हटने की घोषणा की है.''", "सहारा इंडिया", "सहारा"),
    # covidnp_NT-2020-MAR-25-02: the firm's masks, written by its first word before its full name
    ("इसी क्रम में बुधवार को वीवो ने जहां एक लाख मास्क देने की पेशकश की है। वीवो इंडिया ने एक बयान में कहा कि "
     "महाराष्ट्र सरकार को मास्क दिए जाएंगे।", "वीवो इंडिया", "वीवो"),
    # covidnp_NT-2020-MAY-11-01: a headline's first word, then the full name
    ("ऑडी ऑनलाइन बिक्री। लॉकडाउन: ऑडी इंडिया ने शुरू की ऑनलाइन बिक्री", "ऑडी इंडिया", "ऑडी"),
    # covidnp_DH-2020-MAY-03-01: an institute by its acronym and its seat
    ("नमूने नेशनल इंस्टीट्यूट ऑफ बायोलॉजिकल्स भेजे गए। एनआईबी नोएडा में जांच के लिए नमूनों की संख्या अधिक थी। "
     "एनआईबी ने रिपोर्ट भेजी।", "एनआईबी नोएडा", "एनआईबी"),
])
def test_first_word_of_a_placed_name_is_its_short_form(text, long, short):
    ms = _doc(text, long, short)
    got = ids(ms, SHIPPED, texts={"a": text})
    assert got[("a", long)] == got[("a", short)]
    got = ids(ms, off(first_word_places=False), texts={"a": text})
    assert got[("a", long)] != got[("a", short)]


def test_the_placed_name_among_other_names_of_the_first_word():
    # bbchi_0113 also names `सहारा एयरलाइन्स` (no place after the first word): `सहारा` is the placed name's
    text = ("सहारा इंडिया ने बयान जारी किया। सहारा एयरलाइन्स को बेचा गया था। सहारा ने कहा कि वह हट रही है।")
    ms = doc_from_text("a", text, ("सहारा इंडिया", "ORG"), ("सहारा एयरलाइन्स", "ORG"), ("सहारा", "ORG"))
    got = ids(ms, SHIPPED, texts={"a": text})
    assert got[("a", "सहारा")] == got[("a", "सहारा इंडिया")]
    assert got[("a", "सहारा")] != got[("a", "सहारा एयरलाइन्स")]


@pytest.mark.parametrize("text, long, short", [
    # dev2-tune ntrex_bbc.381680: `टोयोटा` is Toyota's alias row, Toyota UK a subsidiary of its own (the gold)
    ("टोयोटा यू.के. ने कहा कि उत्पादन रुकेगा। टोयोटा ने जापान में भी काम रोका।", "टोयोटा यू.के.", "टोयोटा"),
    # a tail of no place: a body or a product of the firm (bbchi_0039, bbchi_0081)
    ("इंफ़ोसिस बोर्ड की बैठक हुई। इंफ़ोसिस ने कहा कि मुनाफ़ा बढ़ा है।", "इंफ़ोसिस बोर्ड", "इंफ़ोसिस"),
    ("सहारा एयरलाइन्स को बेचा गया। सहारा ने कहा कि वह हट रही है।", "सहारा एयरलाइन्स", "सहारा"),
    ("निसान लीफ इलेक्ट्रिक कार बाज़ार में आई। निसान ने कहा कि बिक्री बढ़ेगी।", "निसान लीफ इलेक्ट्रिक कार", "निसान"),
    # the first word spelt otherwise: no join by sound alone
    ("सहारा इंडिया ने बयान जारी किया। सहाराह ने कहा कि वह हट रही है।", "सहारा इंडिया", "सहाराह"),
])
def test_first_words_that_stay_apart(text, long, short):
    ms = _doc(text, long, short)
    for p in (SHIPPED, off(first_word_places=False)):
        got = ids(ms, p, texts={"a": text})
        assert got[("a", long)] != got[("a", short)]


def test_two_placed_names_leave_the_first_word_alone():
    # bbchi_0103: `ईटीवी` beside `ईटीवी बिहार` and `ईटीवी राजस्थान`, two channels: no one long name
    text = "ईटीवी बिहार और ईटीवी राजस्थान पर खबर चली। ईटीवी ने कहा कि प्रसारण जारी रहेगा।"
    ms = doc_from_text("a", text, ("ईटीवी बिहार", "ORG"), ("ईटीवी राजस्थान", "ORG"), ("ईटीवी", "ORG"))
    got = ids(ms, SHIPPED, texts={"a": text})
    assert got[("a", "ईटीवी")] != got[("a", "ईटीवी बिहार")]
    assert got[("a", "ईटीवी")] != got[("a", "ईटीवी राजस्थान")]
    assert got[("a", "ईटीवी बिहार")] != got[("a", "ईटीवी राजस्थान")]


def test_institute_of_many_seats_keeps_its_seats_apart():
    # `आईआईटी` of `आईआईटी गुवाहाटी` joins by review 24's seats, never IIT Guwahati to IIT Kanpur across articles
    ms = (doc_from_text("a", "आईआईटी गुवाहाटी ने शोध किया। आईआईटी ने कहा कि किट बनेगी।", ("आईआईटी गुवाहाटी", "ORG"),
                        ("आईआईटी", "ORG"))
          + doc_from_text("b", "आईआईटी कानपुर ने कहा कि आईआईटी किट बनाएगा", ("आईआईटी कानपुर", "ORG"),
                          ("आईआईटी", "ORG")))
    got = ids(ms, SHIPPED, texts={"a": "आईआईटी गुवाहाटी ने शोध किया। आईआईटी ने कहा कि किट बनेगी।",
                                  "b": "आईआईटी कानपुर ने कहा कि आईआईटी किट बनाएगा"})
    assert got[("a", "आईआईटी गुवाहाटी")] != got[("b", "आईआईटी कानपुर")]
