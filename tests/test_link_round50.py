"""Link round 50 (one entity across spellings and articles, precision first). Hindi writes a compass word opening a
place's name as the noun or as its adjective (`दक्षिण दिल्ली` and `दक्षिणी दिल्ली`, South Delhi; `उत्तर कोरिया` and
`उत्तरी कोरिया`, North Korea): the two forms were two entities (link.compass_forms). Names of other words, of another
compass direction, or of compass words alone stay apart. Names and sentences from corpus/news articles (shortened)."""

import pytest

from pipeline.link import _compass_form_key, _compass_rule, name_keys
from tests.test_link import doc_from_text
from tests.test_link_round36 import SHIPPED, ids, off


def test_round50_switch_in_params():
    assert SHIPPED.compass_forms


@pytest.mark.parametrize("a, b", [
    ("दक्षिणी दिल्ली", "दक्षिण दिल्ली"),  # covidnp_DJ-2020-MAR-03-02 / covidnp_DJ-2020-ARP-22-01
    ("उत्तरी-पूर्वी दिल्ली", "उत्तर पूर्वी दिल्ली"),  # covidnp_AU-2020-MAR-30-02
    ("दक्षिण पश्चिमी दिल्ली", "दक्षिण-पश्चिम दिल्ली"),  # covidnp_NT-2020-MAR-03-01
    ("दक्षिणी अमेरिका", "दक्षिण अमेरिका"),  # covidnp_DH-2020-ARP-23-01: `उत्तरी अमेरिका ... दक्षिणी अमेरिका`
    ("पश्चिमी चंपारण", "पश्चिम चंपारण"),
])
def test_compass_forms_are_one_name(a, b):
    assert _compass_rule(name_keys(a, "LOC"), name_keys(b, "LOC"))


@pytest.mark.parametrize("a, b", [
    ("दक्षिणी दिल्ली", "दक्षिणी दिल्ली"),  # the same spelling: the exact rule's
    ("दक्षिणी दिल्ली", "उत्तरी दिल्ली"),  # another direction
    ("पूर्वी दिल्ली", "पश्चिम दिल्ली"),
    ("उत्तर प्रदेश", "उत्तरी बिहार"),  # another place
    ("उत्तरी", "उत्तर"),  # compass words alone
    ("उत्तर-पूर्व", "उत्तरी-पूर्वी"),
    ("दक्षिण दिल्ली", "दिल्ली"),  # no compass word on one side
    ("मध्य दिल्ली", "मध्य दिल्ली नगर"),
])
def test_near_misses_stay_apart(a, b):
    assert not _compass_rule(name_keys(a, "LOC"), name_keys(b, "LOC"))


@pytest.mark.parametrize("name, key", [
    ("दक्षिणी दिल्ली", "dksin dili"),
    ("उत्तरी-पूर्वी दिल्ली", "utr purv dili"),
    ("दिल्ली", None),
    ("पूर्व", None),
])
def test_compass_form_key(name, key):
    assert _compass_form_key(name_keys(name, "LOC")) == key


# covidnp_NT-2020-APR-20-01 and covidnp_PK-2020-APR-04-01: one district of Delhi, written two ways
A = "दक्षिणी दिल्ली जिला मजिस्ट्रेट बी एम मिश्रा ने बताया कि जिला प्रशासन ने इलाके को सील कर दिया है।"
B = "कोरोना वायरस संक्रमण के कम से कम 1,023 मामले पिछले महीने दक्षिण दिल्ली के निजामुद्दीन में हुए कार्यक्रम से जुड़े हैं।"


def test_across_articles_one_place():
    ms = doc_from_text("a", A, ("दक्षिणी दिल्ली", "LOC")) + doc_from_text("b", B, ("दक्षिण दिल्ली", "LOC"))
    got = ids(ms, SHIPPED)
    assert got[("a", "दक्षिणी दिल्ली")] == got[("b", "दक्षिण दिल्ली")]
    got = ids(ms, off(compass_forms=False))
    assert got[("a", "दक्षिणी दिल्ली")] != got[("b", "दक्षिण दिल्ली")]


def test_other_direction_stays_apart_across_articles():
    b = B.replace("दक्षिण दिल्ली", "उत्तर दिल्ली")
    ms = doc_from_text("a", A, ("दक्षिणी दिल्ली", "LOC")) + doc_from_text("b", b, ("उत्तर दिल्ली", "LOC"))
    got = ids(ms, SHIPPED)
    assert got[("a", "दक्षिणी दिल्ली")] != got[("b", "उत्तर दिल्ली")]


def test_two_rows_stay_two():
    # `दक्षिण अफ्रीका` is the country's row (Q258), `दक्षिणी अफ्रीका` the region's: the compass forms join no two rows
    a = "इसी प्रकार उत्तरी अमेरिका में ज्यादा तो दक्षिणी अफ्रीका में मौतों की संख्या कम है।"
    b = "इस बीच दक्षिण अफ्रीका के समुद्र तटीय क्षेत्र के पास नौसेना के पोत।"
    ms = doc_from_text("a", a, ("दक्षिणी अफ्रीका", "LOC")) + doc_from_text("b", b, ("दक्षिण अफ्रीका", "LOC"))
    got = ids(ms, SHIPPED)
    assert got[("a", "दक्षिणी अफ्रीका")] != got[("b", "दक्षिण अफ्रीका")]
