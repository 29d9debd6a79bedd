"""Link round 38 (entities across spelling variants and articles): a person's given name and surname, the middle name
left out, join the one full name of three words of that given name and surname across articles (link.middle_names).
Names and sentences from corpus/news articles (shortened, paraphrased)."""

import pytest

from pipeline.link import link_mentions, load_aliases
from tests.test_link import ROOT, doc_from_text
from tests.test_link_round36 import SHIPPED, aliases_at_least, ids, off


def test_round38_switch_in_params():
    assert SHIPPED.middle_names


@pytest.mark.parametrize("short, short_sent, full, full_sent", [
    # covidnp_AU-2020-ARP-08-02 `अपर प्रमुख सचिव गृह अवनीश अवस्थी ने बताया`; another article `अवनीश कुमार अवस्थी`
    ("अवनीश अवस्थी", "अपर मुख्य सचिव अवनीश अवस्थी ने बताया कि जिले सील होंगे",
     "अवनीश कुमार अवस्थी", "अपर मुख्य सचिव गृह अवनीश कुमार अवस्थी ने कहा कि सख्ती होगी"),
    # covidnp_PK-2020-MAY-15-01 `प्रधान सचिव डॉ नितिन कुलकर्णी`; covidnp_DH-2020-MAY-04-09 `डॉ नितिन मदन कुलकर्णी`
    ("नितिन कुलकर्णी", "स्वास्थ्य विभाग के प्रधान सचिव डॉ नितिन कुलकर्णी ने पुष्टि की",
     "नितिन मदन कुलकर्णी", "स्वास्थ्य सचिव नितिन मदन कुलकर्णी ने रिपोर्ट की पुष्टि की"),
    # covidnp_AU-2020-MAR-22-02 `नीति आयोग के डॉ. विनोद पॉल`: the alias row `विनोद कुमार पॉल` (वीके पॉल)
    ("विनोद पॉल", "नीति आयोग के डॉ. विनोद पॉल की अध्यक्षता में समिति बनी",
     "वीके पॉल", "नीति आयोग के सदस्य वीके पॉल ने कहा कि जांच बढ़ेगी"),
])
def test_given_name_and_surname_join_the_full_name_across_articles(short, short_sent, full, full_sent):
    ms = doc_from_text("a", short_sent, (short, "PER")) + doc_from_text("b", full_sent, (full, "PER"))
    got = ids(ms, SHIPPED)
    assert got[("a", short)] == got[("b", full)]
    got = ids(ms, off(middle_names=False))
    assert got[("a", short)] != got[("b", full)]


@pytest.mark.parametrize("short, short_sent, full, full_sent", [
    # guard: a frequent given name; ednil_world-77788881 `जिला प्रशासन प्रमुख मोहम्मद सिद्दीकी` (Afghanistan) is no
    # covidnp_NT-2020-MAR-13-01 `सऊदी अरब से लौटे मोहम्मद हुसैन सिद्दीकी` (Karnataka)
    ("मोहम्मद सिद्दीकी", "जिला प्रशासन प्रमुख मोहम्मद सिद्दीकी ने हमले की पुष्टि की",
     "मोहम्मद हुसैन सिद्दीकी", "सऊदी अरब से लौटे मोहम्मद हुसैन सिद्दीकी की मौत हो गई थी"),
    # guard: a frequent surname; covidnp_NT-2020-MAR-30-02 the squash player `आजम खान`, covidnp_DJ-2020-ARP-11-01 a CEO
    ("आजम खान", "पाकिस्तान के महान स्क्वाश खिलाड़ी आजम खान का निधन",
     "आजम अली खान", "टाइड्स के सीईओ आजम अली खान ने बताया कि स्टार्टअप आए"),
    # guard: a common surname (link's common-surname list)
    ("अरविंद सिंह", "किसान अरविंद सिंह ने कहा कि फसल खराब हुई",
     "अरविंद पाल सिंह", "एसडीएम अरविंद पाल सिंह ने बताया कि राहत बंटी"),
])
def test_frequent_or_common_name_words_stay_apart(short, short_sent, full, full_sent):
    # review of round 38: a frequent given name or surname is counted in the table (middle_names_frequent), not
    # listed: two more full names of that given name and of that surname make it frequent at 4
    first, last = short.split()
    crowd = [f"{first} {x}" for x in ("रहमान", "इकबाल")] + [f"{x} {last}" for x in ("सलीम", "नवाज")]
    ms = doc_from_text("a", short_sent, (short, "PER")) + doc_from_text("b", full_sent, (full, "PER"))
    for i, name in enumerate(crowd):
        ms += doc_from_text(f"z{i}", f"अधिकारी {name} ने बताया कि काम जारी है", (name, "PER"))
    got = ids(ms, off(middle_names_frequent=4))
    assert got[("a", short)] != got[("b", full)]


def test_two_fitting_people_stay_apart():
    # guard: two full names of the given name and surname (two people), the short name joins neither
    ms = (doc_from_text("a", "सचिव अवनीश अवस्थी ने बताया कि जिले सील होंगे", ("अवनीश अवस्थी", "PER"))
          + doc_from_text("b", "सचिव अवनीश कुमार अवस्थी ने कहा कि सख्ती होगी", ("अवनीश कुमार अवस्थी", "PER"))
          + doc_from_text("c", "किसान अवनीश चंद्र अवस्थी ने कहा कि खेत सूखे", ("अवनीश चंद्र अवस्थी", "PER")))
    got = ids(ms, SHIPPED)
    assert got[("a", "अवनीश अवस्थी")] not in (got[("b", "अवनीश कुमार अवस्थी")], got[("c", "अवनीश चंद्र अवस्थी")])


def test_another_surname_stays_apart():
    # guard: the same given name and middle name, another surname
    ms = (doc_from_text("a", "सचिव नितिन कुलकर्णी ने पुष्टि की", ("नितिन कुलकर्णी", "PER"))
          + doc_from_text("b", "अधिकारी नितिन मदन गडकरी ने कहा कि सड़क बनेगी", ("नितिन मदन गडकरी", "PER")))
    got = ids(ms, SHIPPED)
    assert got[("a", "नितिन कुलकर्णी")] != got[("b", "नितिन मदन गडकरी")]


# ---------------------------------------------------------------- 2. intro_first

def test_intro_first_switch_in_params():
    assert SHIPPED.intro_first


@pytest.mark.parametrize("text, full, short, other", [
    # bbchi_0125: `सुधीर कुमार गौतम` introduces the fan; `सुधीर` follows, then the tagger's `सुधीर रेलवे` (`रेलवे में`)
    ("बिहार के सुधीर कुमार गौतम साइकिल से आते हैं। सुधीर बताते हैं कि वो मुंबई आए। पहले सुधीर रेलवे में सफ़र करते थे।",
     "सुधीर कुमार गौतम", "सुधीर", "सुधीर रेलवे"),
    # ednil_varanasi1_20_09_2018: `डीरेका कर्मी दिनेश राम (39) को कुचल दिया … दिनेश की मौत … दिनेश डीरेका में कार्यरत थे`
    ("बस ने कर्मी दिनेश राम को कुचल दिया। हादसे में दिनेश की मौत हो गई। दिनेश डीरेका में कार्यरत थे।",
     "दिनेश राम", "दिनेश", "दिनेश डीरेका"),
])
def test_given_name_is_the_full_name_written_before_it(text, full, short, other):
    ms = doc_from_text("a", text, (full, "PER"), (short, "PER"), (other, "PER"))
    got = ids(ms, SHIPPED, {"a": text})
    assert got[("a", short)] == got[("a", full)] != got[("a", other)]
    # link round 41's named_given_names takes these to the same full name (`रेलवे`, `डीरेका` are no name words): off too
    got = ids(ms, off(intro_first=False, named_given_names=False), {"a": text})
    assert got[("a", short)] not in (got[("a", full)], got[("a", other)])


def test_a_span_of_two_names_written_first_is_no_introduction():
    # guard, bbchi_0197: `जेम्स` alone, then the tagger's `शाहरुख जेम्स` (`शाहरुख जेम्स बॉन्ड के दीवाने हैं`), `शाहरुख
    # ने कहा`, then `शाहरुख खान`: the given name is not taken to James Bond's span
    text = ("जेम्स बॉन्ड की नई फिल्म आई। शाहरुख जेम्स बॉन्ड के दीवाने हैं। शाहरुख ने कहा कि फिल्म अच्छी है। "
            "डेनियल को शाहरुख खान में कोई कमी नहीं दिखती।")
    ms = doc_from_text("a", text, ("जेम्स", "PER"), ("शाहरुख जेम्स", "PER"), ("शाहरुख", "PER"), ("शाहरुख खान", "PER"))
    got = ids(ms, SHIPPED, {"a": text})
    assert got[("a", "शाहरुख")] != got[("a", "शाहरुख जेम्स")]


def test_two_full_names_written_after_it_stay_ambiguous():
    # guard: the given name is written before both full names: no introduction, no link
    text = "राहुल ने कहा कि मैच होगा। राहुल ठाकुर घायल हुआ। राहुल गंभीर रूप से घायल हुआ।"
    ms = doc_from_text("a", text, ("राहुल", "PER"), ("राहुल ठाकुर", "PER"), ("राहुल गंभीर", "PER"))
    got = ids(ms, SHIPPED, {"a": text})
    assert got[("a", "राहुल")] not in (got[("a", "राहुल ठाकुर")], got[("a", "राहुल गंभीर")])


# ---------------------------------------------------------------- 3. aliases-v27

def test_aliases_v27_shipped():
    assert aliases_at_least(SHIPPED.aliases, 27)  # link rounds 40 and 42 made v28 and v29


@pytest.mark.parametrize("a, a_sent, b, b_sent", [
    # covidnp_DH-2020-MAR-11-01 / covidnp_AU-2020-MAY-13-02: the WHO chief in two transliterations (six entities before)
    ("टेड्रॉस गेब्रेयेसस", "डब्ल्यूएचओ प्रमुख टेड्रॉस गेब्रेयेसस ने कहा कि यह महामारी है",
     "टेड्रॉस एडहानोम घेबरेसस", "महानिदेशक टेड्रॉस एडहानोम घेबरेसस ने चेतावनी दी"),
    # covidnp_PK-2020-MAR-07-01 `तीनों सेनाओं के प्रमुख जनरल विपिन रावत`; other articles `बिपिन रावत`
    ("विपिन रावत", "बैठक में तीनों सेनाओं के प्रमुख जनरल विपिन रावत शामिल थे",
     "बिपिन रावत", "सीडीएस जनरल बिपिन रावत ने कहा कि सेना तैयार है"),
    # covidnp_DJ-2020-MAR-03-06 `सिन्हुआ न्यूज एजेंसी के अनुसार`; other articles `शिन्हुआ`
    ("सिन्हुआ न्यूज एजेंसी", "सिन्हुआ न्यूज एजेंसी के अनुसार मरीज बढ़े",
     "शिन्हुआ", "शिन्हुआ ने बताया कि वुहान में मौतें घटीं"),
])
def test_aliases_v27_spellings_are_one_entity(a, a_sent, b, b_sent):
    label = "ORG" if "हुआ" in a else "PER"
    ms = doc_from_text("a", a_sent, (a, label)) + doc_from_text("b", b_sent, (b, label))
    got = ids(ms, SHIPPED)
    assert got[("a", a)] == got[("b", b)]
    v26 = off(aliases="aliases-v26")
    _, linked = link_mentions(ms, load_aliases(ROOT / "models", v26), v26)
    got = {(m.doc_id, m.text): m.entity_id for m in linked}
    assert got[("a", a)] != got[("b", b)]  # two entities with aliases-v26


# ---------------------------------------------------------------- the incremental link gives the full relink's tables

INC = {
    "a": [("अवनीश अवस्थी", "PER", " ने बताया कि जिले सील होंगे। ")],
    "b": [("अवनीश कुमार अवस्थी", "PER", " ने कहा कि सख्ती होगी। ")],
    "c": [("अवनीश चंद्र अवस्थी", "PER", " ने कहा कि खेत सूखे। ")],
    "e": [("विनोद पॉल", "PER", " ने कहा कि जांच बढ़ेगी। ")],
}


@pytest.mark.parametrize("order", [("a", "b", "c", "e"), ("c", "a", "b", "e"), ("b", "e", "a", "c")])
def test_incremental_link_equals_full_relink(tmp_path, order):
    from tests.test_incremental_link import link, tables, write_inputs
    works = [tmp_path / "inc", tmp_path / "full"]
    for w in works:
        (w / "models").mkdir(parents=True)
        (w / "models" / "aliases-t1.tsv").write_text(
            "canonical_name\tlabel\taliases\tqid\nविनोद कुमार पॉल\tPER\tवीके पॉल\t\n", encoding="utf-8")
        (w / "params.yaml").write_text(
            "tables:\n  docs_per_part: 2\nlink:\n  aliases: aliases-t1\n  kb: ''\n  middle_names: true\n",
            encoding="utf-8")
    for i in range(1, len(order) + 1):
        corpus = {d: INC[d] for d in order[:i]}
        for w, full in zip(works, (False, True)):
            write_inputs(w, corpus)
            link(w, w / "params.yaml", w / "models", full=full)
        assert tables(works[0]) == tables(works[1])
    from pipeline import io
    got = {m["doc_id"]: m["entity_id"] for m in io.read_table(works[1] / "mentions.parquet", "mentions").to_pylist()}
    assert got["a"] not in (got["b"], got["c"])  # two fitting people at the end: no join
