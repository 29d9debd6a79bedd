"""Link round 34: a relative's full name (kin_names), a villager's and a nickname's cues (village_persons) and
embassies keyed by their seat (embassies). Sentences shortened from corpus/news articles (names as written there)."""

import dataclasses
import functools

import pytest

from pipeline.link import AliasTable, LinkParams, link_mentions, load_aliases
from pipeline.records import Mention
from pipeline.runner import load_params
from tests.test_link import ROOT, doc_from_text

NO_ALIASES = AliasTable.empty()
SHIPPED = load_params(ROOT / "params.yaml", "link", LinkParams)
OFF = dataclasses.replace(SHIPPED, kin_names=False, village_persons=False, embassies=False)


def test_round34_switches_on_in_params():
    assert SHIPPED.kin_names and SHIPPED.village_persons and SHIPPED.embassies


@functools.cache
def shipped_table() -> AliasTable:
    """The shipped alias table: its countries and demonyms name an embassy's country (review of round 34)."""
    return load_aliases(ROOT / "models", SHIPPED)


def ids(mentions: list[Mention], p: LinkParams, texts: dict[str, str],
        table: AliasTable = NO_ALIASES) -> dict[tuple[str, str], str]:
    _, linked = link_mentions(mentions, table, p, texts=texts)
    return {(m.doc_id, m.text): m.entity_id for m in linked}


# ---------------------------------------------------------------- kin_names

KRICK = ("'डच' के नाम से मशहूर क्रिक विमान के चालक दल के सदस्य थे. वान क्रिक को अपने किए पर अफ़सोस नहीं था. "
         "उनके बेटे डॉम वान क्रिक ने अपने पिता को श्रद्धांजलि देते हुए कहा")


def test_kin_name_takes_no_short_form_of_its_surname():
    """bbchi_0045: the father `वान क्रिक` was joined to his son `उनके बेटे डॉम वान क्रिक` (the one full name)."""
    names = (("क्रिक", "PER"), ("वान क्रिक", "PER"), ("डॉम वान क्रिक", "PER"))
    ms = doc_from_text("d1", KRICK, *names)
    got = ids(ms, SHIPPED, {"d1": KRICK})
    assert got[("d1", "वान क्रिक")] != got[("d1", "डॉम वान क्रिक")]
    assert got[("d1", "क्रिक")] == got[("d1", "वान क्रिक")]  # the father's surname is his, not the son's
    off = ids(ms, OFF, {"d1": KRICK})
    assert off[("d1", "वान क्रिक")] == off[("d1", "डॉम वान क्रिक")]


@pytest.mark.parametrize("text, names, short, full", [
    # the next best name takes the short form: `अंजू` is the mother, not `पति संतोष अंजू` (bbchi_0182)
    ("28 वर्षीय अंजू कुशवाहा को अस्पताल लाया गया. अंजू की हालत खराब थी. पति संतोष अंजू उसे जबलपुर ले गए",
     ("अंजू कुशवाहा", "अंजू", "संतोष अंजू"), "अंजू", "अंजू कुशवाहा"),
    # negative: a relative's given name still is a short form of it
    ("उनके बेटे डॉम वान क्रिक ने श्रद्धांजलि दी. डॉम ने कहा कि पिता अच्छे थे", ("डॉम वान क्रिक", "डॉम"),
     "डॉम", "डॉम वान क्रिक"),
    # negative: `पति` inside `राष्ट्रपति` is no kinship noun
    ("अमरीका के राष्ट्रपति बराक ओबामा ने कहा कि समिति बनेगी. ओबामा ने गत अगस्त में इसका गठन किया",
     ("बराक ओबामा", "ओबामा"), "ओबामा", "बराक ओबामा"),
])
def test_kin_name_short_forms_join(text, names, short, full):
    ms = doc_from_text("d1", text, *((n, "PER") for n in names))
    got = ids(ms, SHIPPED, {"d1": text})
    assert got[("d1", short)] == got[("d1", full)]


def test_kin_name_tied_with_another_full_name_stays_ambiguous():
    """Negative (bbchi_0066): father and son both fit `अलीयेव`; the speaker is the son, so the bare surname joins
    neither (as before the round), not the father."""
    text = ("पूर्व राष्ट्रपति हेदार अलीयेव ने इसे मनाना शुरू किया. इस वर्ष उनके बेटे इल्हाम अलीयेव ने फ़्लैट्स की "
            "योजना शुरू की. समारोह के दौरान अलीयेव ने कहा कि पत्रकार मददगार हैं")
    ms = doc_from_text("d1", text, ("हेदार अलीयेव", "PER"), ("इल्हाम अलीयेव", "PER"), ("अलीयेव", "PER"))
    got = ids(ms, SHIPPED, {"d1": text})
    assert got[("d1", "अलीयेव")] not in (got[("d1", "हेदार अलीयेव")], got[("d1", "इल्हाम अलीयेव")])


# ---------------------------------------------------------------- village_persons

@pytest.mark.parametrize("t1, split", [
    # covidnp_DJ-2020-ARP-12-02: a patient of a Punjab village and a Delhi reader's letter were one `सुरजीत सिंह`
    ("मरीज को 24 मार्च को गांव विर्क के सुरजीत सिंह उर्फ संदीप को दाखिल किया गया", True),
    ("मरीज को गांव विर्क के सुरजीत सिंह को दाखिल किया गया", True),
    ("ग्राम कोठी की सुरजीत सिंह को अस्पताल लाया गया", True),  # made up (the corpus has one village genitive)
    ("मरीज सुरजीत सिंह उर्फ संदीप को दाखिल किया गया", True),
    # negatives: no village's name before the genitive, `उर्फ` not right after the name, no cue at all
    ("गांव के सुरजीत सिंह को दाखिल किया गया", False),
    ("सुरजीत सिंह ने कहा कि उर्फ नाम से कोई नहीं जानता", False),
    ("सुरजीत सिंह ने पत्र में लिखा कि मुशर्रफ नहीं बदले", False),
])
def test_village_person_joins_no_other_article(t1, split):
    t2 = "पाठक सुरजीत सिंह ने पत्र में लिखा कि पाकिस्तान नहीं बदला"
    name = "सुरजीत सिंह"
    ms = doc_from_text("d1", t1, (name, "PER")) + doc_from_text("d2", t2, (name, "PER"))
    got = ids(ms, SHIPPED, {"d1": t1, "d2": t2})
    assert (got[("d1", name)] != got[("d2", name)]) is split
    off = ids(ms, dataclasses.replace(SHIPPED, village_persons=False), {"d1": t1, "d2": t2})
    assert off[("d1", name)] == off[("d2", name)]


# ---------------------------------------------------------------- embassies

EMBASSY = "भारतीय दूतावास"


def _embassy_docs(*texts: str) -> tuple[list[Mention], dict[str, str]]:
    ms, tx = [], {}
    for i, t in enumerate(texts):
        d = f"d{i + 1}"
        tx[d] = t
        before = t[:t.index(EMBASSY)]
        seat = [w for w in ("यूएई", "स्विटजरलैंड", "बीजिंग") if w in before]
        ms += doc_from_text(d, t, *((s, "LOC") for s in seat), (EMBASSY, "ORG"))
    return ms, tx


def test_embassies_of_different_seats_are_apart():
    """covidnp: India's embassies in the UAE, in Switzerland and one of an unnamed seat were one entity."""
    ms, tx = _embassy_docs("यूएई में भारतीय दूतावास सहित सभी दूतावासों को पत्र भेजा",
                           "स्विटजरलैंड में भारतीय दूतावास के ट्वीट को जारी करते हुए",
                           "यह भारतीय दूतावास की शीर्ष प्राथमिकता है")
    got = ids(ms, SHIPPED, tx, shipped_table())
    assert len({got[(d, EMBASSY)] for d in ("d1", "d2", "d3")}) == 3
    off = ids(ms, OFF, tx, shipped_table())
    assert len({off[(d, EMBASSY)] for d in ("d1", "d2", "d3")}) == 1


def test_embassies_of_one_seat_join():
    ms, tx = _embassy_docs("बीजिंग स्थित भारतीय दूतावास ने बस का इंतजाम किया",
                           "बीजिंग में भारतीय दूतावास ने कहा कि छात्र सुरक्षित हैं")
    got = ids(ms, SHIPPED, tx, shipped_table())
    assert got[("d1", EMBASSY)] == got[("d2", EMBASSY)]


@pytest.mark.parametrize("name", ["अमेरिकी दूतावास बंधक", "भारतीय रेलवे"])
def test_embassies_leave_other_names_alone(name):
    """Negative: a name that does not end in a mission's word still joins across articles."""
    t1, t2 = f"1979 के {name} संकट में हिस्सा लिया था", f"उन्होंने {name} मामले में भाग लिया"
    ms = doc_from_text("d1", t1, (name, "ORG")) + doc_from_text("d2", t2, (name, "ORG"))
    got = ids(ms, SHIPPED, {"d1": t1, "d2": t2}, shipped_table())
    assert got[("d1", name)] == got[("d2", name)]
