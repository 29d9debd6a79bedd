"""Review of link round 38: middle_names tells a frequent given name or surname by the table's own full names
(link.middle_names_frequent, counted at run time), not by a list fitted to corpus/news; the incremental link still
gives the full relink's tables. Names and sentences from corpus/news articles (shortened, paraphrased)."""

import random

import pytest

from tests.test_link_round38 import SHIPPED, doc_from_text, ids, off


def test_review_switch_in_params():
    assert SHIPPED.middle_names and SHIPPED.middle_names_frequent == 15


def _crowd(first: str | None, last: str | None, n: int) -> list:
    """n articles of other full names of that given name (or surname): `मोहम्मद रहमान`, ... (14 words)"""
    others = ("रहमान इकबाल सलीम नवाज़ असलम यूनुस हामिद रशीद जावेद इरफ़ान फ़ारूक़ नासिर शकील ज़ाहिद".split())
    out = []
    for i, o in enumerate(others[:n]):
        name = f"{first} {o}" if first else f"{o} {last}"
        out += doc_from_text(f"z{i:02d}", f"अधिकारी {name} ने बताया कि काम जारी है", (name, "PER"))
    return out


# ednil_world-77788881 `जिला प्रशासन प्रमुख मोहम्मद सिद्दीकी` (Afghanistan), covidnp_NT-2020-MAR-13-01 `सऊदी अरब से
# लौटे मोहम्मद हुसैन सिद्दीकी` (Karnataka): two people; the table's other `मोहम्मद` full names say the given name is common
PAIR = [("a", "जिला प्रशासन प्रमुख मोहम्मद सिद्दीकी ने हमले की पुष्टि की", "मोहम्मद सिद्दीकी"),
        ("b", "सऊदी अरब से लौटे मोहम्मद हुसैन सिद्दीकी की मौत हो गई थी", "मोहम्मद हुसैन सिद्दीकी")]


def _pair():
    return [m for d, s, n in PAIR for m in doc_from_text(d, s, (n, "PER"))]


def test_a_given_name_of_many_full_names_in_the_table_stays_apart():
    ms = _pair() + _crowd("मोहम्मद", None, 13)  # 15 full names of `मोहम्मद` with the pair
    got = ids(ms, SHIPPED)
    assert got[("a", "मोहम्मद सिद्दीकी")] != got[("b", "मोहम्मद हुसैन सिद्दीकी")]


def test_a_surname_of_many_full_names_in_the_table_stays_apart():
    # covidnp_NT-2020-MAR-30-02 the squash player `आजम खान`, covidnp_DJ-2020-ARP-11-01 a CEO `आजम अली खान`
    ms = (doc_from_text("a", "पाकिस्तान के स्क्वाश खिलाड़ी आजम खान का निधन", ("आजम खान", "PER"))
          + doc_from_text("b", "टाइड्स के सीईओ आजम अली खान ने बताया", ("आजम अली खान", "PER"))
          + _crowd(None, "खान", 13))
    got = ids(ms, SHIPPED)
    assert got[("a", "आजम खान")] != got[("b", "आजम अली खान")]


def test_fewer_full_names_than_the_threshold_join():
    # the same pair with 14 full names of `मोहम्मद` (one under middle_names_frequent): the one fitting full name
    ms = _pair() + _crowd("मोहम्मद", None, 12)
    got = ids(ms, SHIPPED)
    assert got[("a", "मोहम्मद सिद्दीकी")] == got[("b", "मोहम्मद हुसैन सिद्दीकी")]


def test_a_rare_given_name_and_surname_join():
    # covidnp_AU-2020-ARP-08-02 `अवनीश अवस्थी`; another article `अवनीश कुमार अवस्थी`; other people's names around
    ms = (doc_from_text("a", "अपर मुख्य सचिव अवनीश अवस्थी ने बताया", ("अवनीश अवस्थी", "PER"))
          + doc_from_text("b", "अपर मुख्य सचिव गृह अवनीश कुमार अवस्थी ने कहा", ("अवनीश कुमार अवस्थी", "PER"))
          + _crowd("मोहम्मद", None, 14))
    got = ids(ms, SHIPPED)
    assert got[("a", "अवनीश अवस्थी")] == got[("b", "अवनीश कुमार अवस्थी")]
    got = ids(ms, off(middle_names=False))
    assert got[("a", "अवनीश अवस्थी")] != got[("b", "अवनीश कुमार अवस्थी")]


# ---------------------------------------------------------------- the incremental link gives the full relink's tables

OTHERS = "रहमान इकबाल सलीम नवाज़".split()
INC = {
    "a": [("मोहम्मद सिद्दीकी", "PER", " ने हमले की पुष्टि की। ")],
    "b": [("मोहम्मद हुसैन सिद्दीकी", "PER", " की मौत हो गई थी। ")],
    **{f"z{i}": [(f"मोहम्मद {o}", "PER", " ने बताया कि काम जारी है। ")] for i, o in enumerate(OTHERS[:2])},
    **{f"y{i}": [(f"{o} सिद्दीकी", "PER", " ने कहा कि जांच होगी। ")] for i, o in enumerate(OTHERS[2:])},
    "c": [("अवनीश अवस्थी", "PER", " ने बताया कि जिले सील होंगे। ")],
    "d": [("अवनीश कुमार अवस्थी", "PER", " ने कहा कि सख्ती होगी। ")],
}


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_incremental_link_equals_full_relink_as_a_word_becomes_frequent(tmp_path, seed):
    from pipeline import io
    from tests.test_incremental_link import link, tables, write_inputs
    order = sorted(INC)
    random.Random(5025 + seed).shuffle(order)
    if seed == 0:  # the pair first, joined; then the other names make `मोहम्मद` and `सिद्दीकी` frequent
        order = ["a", "b", "c", "d", "z0", "y0", "z1", "y1"]
    works = [tmp_path / "inc", tmp_path / "full"]
    for w in works:
        (w / "models").mkdir(parents=True)
        (w / "models" / "aliases-t1.tsv").write_text("canonical_name\tlabel\taliases\tqid\n", encoding="utf-8")
        (w / "params.yaml").write_text(
            "tables:\n  docs_per_part: 2\nlink:\n  aliases: aliases-t1\n  kb: ''\n  middle_names: true\n"
            "  middle_names_frequent: 4\n", encoding="utf-8")
    for i in range(1, len(order) + 1):
        corpus = {d: INC[d] for d in order[:i]}
        for w, full in zip(works, (False, True)):
            write_inputs(w, corpus)
            link(w, w / "params.yaml", w / "models", full=full)
        assert tables(works[0]) == tables(works[1])
        got = {m["doc_id"]: m["entity_id"] for m in io.read_table(works[1] / "mentions.parquet", "mentions").to_pylist()}
        if "a" in got and "b" in got:  # 4 full names of `मोहम्मद` (and of `सिद्दीकी`): no join
            frequent = sum(d in corpus for d in ("z0", "z1")) == 2 or sum(d in corpus for d in ("y0", "y1")) == 2
            assert (got["a"] == got["b"]) != frequent
        if "c" in got and "d" in got:
            assert got["c"] == got["d"]


# ---------------------------------------------------------------- intro_first_once

def test_intro_first_once_switch_in_params():
    assert SHIPPED.intro_first and SHIPPED.intro_first_once


def test_a_second_person_written_twice_in_full_leaves_the_given_name_ambiguous():
    # bbchi_0188 names `राहुल गांधी`, then `राहुल`, then a reader `राहुल कुमार`; here the reader is written twice in
    # full and `राहुल` alone may be either man: no link
    text = ("कांग्रेस उपाध्यक्ष राहुल गांधी पर बयान की चर्चा है। रामदेव ने राहुल के ख़िलाफ़ भाषण दिया। "
            "पाठक राहुल कुमार कहते हैं कि बयान आपत्तिजनक है। राहुल कुमार ने लिखा कि नेता माफ़ी मांगें।")
    ms = doc_from_text("a", text, ("राहुल गांधी", "PER"), ("राहुल", "PER"), ("राहुल कुमार", "PER"), ("राहुल कुमार", "PER"))
    got = ids(ms, SHIPPED, {"a": text})
    assert got[("a", "राहुल")] not in (got[("a", "राहुल गांधी")], got[("a", "राहुल कुमार")])
    got = ids(ms, off(intro_first_once=False), {"a": text})
    assert got[("a", "राहुल")] == got[("a", "राहुल गांधी")]


@pytest.mark.parametrize("text, full, short, other", [
    # bbchi_0188: the reader `राहुल कुमार` written once, after `राहुल` (round 38's join, kept)
    ("कांग्रेस उपाध्यक्ष राहुल गांधी पर बयान की चर्चा है। रामदेव ने राहुल के ख़िलाफ़ भाषण दिया। "
     "पाठक राहुल कुमार कहते हैं कि बयान आपत्तिजनक है।", "राहुल गांधी", "राहुल", "राहुल कुमार"),
    # ednil_west-bengal1_1809281649: `मृतक का नाम राहुल ठाकुर है … राहुल ने विरोध किया … राहुल गंभीर रूप से घायल`
    ("मृतक का नाम राहुल ठाकुर है। राहुल ने जब विरोध किया तो उसे गोली मारी। राहुल गंभीर रूप से घायल हुआ। "
     "इस बार राहुल उसके खिलाफ मुखर हुआ था।", "राहुल ठाकुर", "राहुल", "राहुल गंभीर"),
])
def test_a_span_written_once_keeps_the_introduction(text, full, short, other):
    ms = doc_from_text("a", text, (full, "PER"), (short, "PER"), (other, "PER"))
    got = ids(ms, SHIPPED, {"a": text})
    assert got[("a", short)] == got[("a", full)] != got[("a", other)]
