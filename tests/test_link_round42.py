"""Link round 42 (one entity across spelling variants and across articles): a name that meets exactly one user alias
row by the fuzzy key rule is that row's entity (link.alias_fuzzy; fuzzy edges to a row were barred with typos and
guessed initials, so `माइक्रोसाफ्ट` stood apart from Microsoft's row); aliases-v29 adds `शी चिनफिंग` to Xi Jinping's
row. Names and sentences from corpus/news articles (shortened, paraphrased)."""

import pytest

from pipeline.link import link_mentions, load_aliases, parse_aliases
from tests.test_link import ROOT, doc_from_text
from tests.test_link_round36 import SHIPPED, aliases_at_least, ids, off


def test_round42_switch_and_aliases_in_params():
    assert SHIPPED.alias_fuzzy
    assert aliases_at_least(SHIPPED.aliases, 29)


def two_docs(a: str, a_sent: str, b: str, b_sent: str, label: str) -> list:
    return doc_from_text("a", a_sent, (a, label)) + doc_from_text("b", b_sent, (b, label))


@pytest.mark.parametrize("a, a_sent, b, b_sent, label", [
    # covidnp_DH-2020-MAR-29-01: `माइक्रोसाफ्ट के संस्थापक बिल गेट्स` (the row: `माइक्रोसॉफ्ट`, Q2283)
    ("माइक्रोसाफ्ट", "उद्यमी और माइक्रोसाफ्ट के संस्थापक बिल गेट्स ने दान की घोषणा की",
     "माइक्रोसॉफ्ट", "माइक्रोसॉफ्ट ने नया सॉफ्टवेयर जारी किया", "ORG"),
    # bbchi_0294: `ऑक्सफर्ड विश्वविद्यालय में एंडोक्रिनॉलॉजी के प्रोफेसर` (the row: `ऑक्सफोर्ड विश्वविद्यालय`)
    ("ऑक्सफर्ड विश्वविद्यालय", "ऑक्सफर्ड विश्वविद्यालय में एंडोक्रिनॉलॉजी के प्रोफेसर कहते हैं",
     "ऑक्सफोर्ड यूनिवर्सिटी", "ऑक्सफोर्ड यूनिवर्सिटी के वैज्ञानिकों ने टीका बनाया", "ORG"),
    # bbchi_0268: `तुर्की और जॉर्डन स्थित अमरीकी सेना` (the row: `अमेरिकी सेना`)
    ("अमरीकी सेना", "सीरिया तुर्की और जॉर्डन स्थित अमरीकी सेना पर हमला कर सकता है",
     "अमेरिकी सेना", "अमेरिकी सेना ने इलाके में गश्त बढ़ाई", "ORG"),
    # ntrex_bbc.381736: `उत्तर कोरिया के विदेश मंत्री री यान्ग-हो ने` (the row: `री योंग हो`)
    ("री यान्ग-हो", "उत्तर कोरिया के विदेश मंत्री री यान्ग-हो ने प्रतिबंधों को दोषी ठहराया",
     "री योंग हो", "विदेश मंत्री री योंग हो ने भाषण दिया", "PER"),
    # covidnp_DJ-2020-MAR-22-03: a list of districts `… वाराणसी, लखीमपुर खेरी व लखनऊ` (the row: `लखीमपुर खीरी`)
    ("लखीमपुर खेरी", "आगरा, वाराणसी, लखीमपुर खेरी व लखनऊ में बंदी रहेगी",
     "लखीमपुर खीरी", "लखीमपुर खीरी में दो नए मरीज मिले", "LOC"),
])
def test_spelling_variant_of_a_row_joins_it(a, a_sent, b, b_sent, label):
    ms = two_docs(a, a_sent, b, b_sent, label)
    got = ids(ms, SHIPPED)
    assert got[("a", a)] == got[("b", b)]
    got = ids(ms, off(alias_fuzzy=False))
    assert got[("a", a)] != got[("b", b)]


def test_xi_jinping_spelling_of_v29():
    # covidnp_DH-2020-MAY-09-02: `चीनी राष्ट्रपति शी चिनफिंग ने रूसी राष्ट्रपति … से बातचीत की`
    ms = two_docs("शी चिनफिंग", "चीनी राष्ट्रपति शी चिनफिंग ने रूसी राष्ट्रपति से फोन पर बातचीत की",
                  "शी जिनपिंग", "चीन के राष्ट्रपति शी जिनपिंग ने बैठक की", "PER")
    got = ids(ms, SHIPPED)
    assert got[("a", "शी चिनफिंग")] == got[("b", "शी जिनपिंग")] == "PER:Q15031"
    v28 = off(aliases="aliases-v28")
    _, linked = link_mentions(ms, load_aliases(ROOT / "models", v28), v28)
    got = {(m.doc_id, m.text): m.entity_id for m in linked}
    assert got[("a", "शी चिनफिंग")] != got[("b", "शी जिनपिंग")]


def test_one_word_person_stays_off_the_row():
    # guard: a person named by one word only, a vowel apart from a row's surname (`केजरीवाल`, Arvind Kejriwal's row),
    # is no evidence of that person (constructed)
    ms = two_docs("काजरीवाल", "दुकानदार काजरीवाल ने बताया कि दुकान बंद है",
                  "केजरीवाल", "मुख्यमंत्री केजरीवाल ने बैठक बुलाई", "PER")
    for p in (SHIPPED, off(alias_fuzzy=False)):
        got = ids(ms, p)
        assert got[("a", "काजरीवाल")] != got[("b", "केजरीवाल")]


ROWS = "canonical_name\tlabel\taliases\tqid\n"


def row_ids(rows: str, ms: list, p) -> dict[tuple[str, str], str]:
    table = parse_aliases(ROWS + rows, "t.tsv")
    _, linked = link_mentions(ms, table, p)
    return {(m.doc_id, m.text): m.entity_id for m in linked}


def test_name_fitting_two_rows_joins_neither():
    # guard: two rows the name fits by the fuzzy rule (two entities spelt alike): no row takes it (constructed rows)
    rows = "ऑक्सफोर्ड विश्वविद्यालय\tORG\t\t\nऑक्सफेर्ड विश्वविद्यालय\tORG\t\t\n"
    ms = doc_from_text("a", "ऑक्सफर्ड विश्वविद्यालय के प्रोफेसर कहते हैं", ("ऑक्सफर्ड विश्वविद्यालय", "ORG"))
    ms += doc_from_text("b", "ऑक्सफोर्ड विश्वविद्यालय ने अध्ययन छापा", ("ऑक्सफोर्ड विश्वविद्यालय", "ORG"))
    ms += doc_from_text("c", "ऑक्सफेर्ड विश्वविद्यालय ने अध्ययन छापा", ("ऑक्सफेर्ड विश्वविद्यालय", "ORG"))
    for p in (SHIPPED, off(alias_fuzzy=False)):
        got = row_ids(rows, ms, p)
        assert got[("b", "ऑक्सफोर्ड विश्वविद्यालय")] != got[("c", "ऑक्सफेर्ड विश्वविद्यालय")]
        assert got[("a", "ऑक्सफर्ड विश्वविद्यालय")] not in (got[("b", "ऑक्सफोर्ड विश्वविद्यालय")],
                                                           got[("c", "ऑक्सफेर्ड विश्वविद्यालय")])
    # one row only: the name joins it
    got = row_ids(rows.split("\n")[0] + "\n", ms, SHIPPED)
    assert got[("a", "ऑक्सफर्ड विश्वविद्यालय")] == got[("b", "ऑक्सफोर्ड विश्वविद्यालय")]


def test_acronym_stays_off_a_row_spelt_like_it():
    # guard: an acronym (letter names, `डब्ल्यूएचओ`) meets a row's word spelt a vowel apart (constructed row) by the
    # fuzzy rule only by chance: no join
    rows = "डब्ल्याएचओ\tORG\t\t\n"
    ms = doc_from_text("a", "डब्ल्यूएचओ ने चेतावनी दी", ("डब्ल्यूएचओ", "ORG"))
    ms += doc_from_text("b", "डब्ल्याएचओ का दफ्तर खुला", ("डब्ल्याएचओ", "ORG"))
    for p in (SHIPPED, off(alias_fuzzy=False)):
        got = row_ids(rows, ms, p)
        assert got[("a", "डब्ल्यूएचओ")] != got[("b", "डब्ल्याएचओ")]
