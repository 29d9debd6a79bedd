"""Reviews of quantities rounds 33 and 34, fixed in quantities-v36 (session 26): an age read onto a state word that
is also a person noun, a hashtag that is itself the counted word, population nouns in the residential-land sense,
relative partitives spelled without the nasal or spaced, a seven-digit count after a count word and a dash, road
number words before a unit, an owner's event across a clause break, an active `मारे`. Sentences shortened from
corpus/news, the reviews' probes, and (negatives) what must not change."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, extract_quantities, load_lexicon
from pipeline.segment import SegmentParams, split_sentences
from tests.test_quantities import lexicon_at_least

ROOT = Path(__file__).resolve().parents[1]
P = QuantitiesParams()
LEX = load_lexicon(ROOT / "models", P)


def run(text: str):
    return [(q.text, q.value, q.kind, q.noun, q.event)
            for q in extract_quantities(split_sentences("d", text, SegmentParams()), [], LEX, P)]


def find(text: str, value: float):
    qs = [q for q in run(text) if q[1] == value]
    assert len(qs) == 1, run(text)
    return qs[0]


def test_default_lexicon_is_v36():
    assert lexicon_at_least(P.lexicon, 47)  # v37 = v36 + the blind verifier's review (session 26); v38 = v37 + round 35; v39 = v38 + round 36; v40 = v39 + round 37; v41 = v40 + round 38; v42 = v41 + round 39; v43 = v42 + round 40; v44 = v43 + round 41; v45 = v44 + round 42; v46 = v45 + round 43; v47 = v46 + round 45


# --- age_disease_words: the person noun after a state word that is also a person noun -----------------------------
@pytest.mark.parametrize("text,value,noun", [
    ("75 वर्षीय कोरोना वायरस से संक्रमित मरीज की मौत हो गई।", 75, "मरीज"),  # covidnp_PK-2020-APR-11-02
    ("35 वर्षीय कोरोना संक्रमित युवक की मौत हो गई।", 35, "युवक"),
    # negatives: what round 34 read stays
    ("65 वर्षीय कोरोना पॉजिटिव बुजुर्ग की मौत हो गई।", 65, "बुजुर्ग"),
    ("72 वर्षीय कोरोना संदिग्ध की मौत हो गई।", 72, "संदिग्ध"),
])
def test_age_person_after_state_word(text, value, noun):
    assert find(text, value)[3] == noun


# --- hashtag_marks: stepped over only before a noun or an adjective ------------------------------------------------
@pytest.mark.parametrize("text,value,span,noun,event", [
    ("देश में 500 #मौतें हुई हैं।", 500, "500", None, "मौतें"),
    ("आज 5 नए #COVID19, 3 लोगों की मौत हुई।", 5, "5 नए", None, "मौत"),  # the comma is no part of the hashtag
    # negative: a hashtag before the noun is still stepped over
    ("356 नए #कोरोनावायरस पॉजिटिव केस मिले।", 356, "356 नए #कोरोनावायरस पॉजिटिव केस", "केस", "मिले"),
])
def test_hashtag_steps(text, value, span, noun, event):
    q = find(text, value)
    assert (q[0], q[3], q[4]) == (span, noun, event)


# --- census_nouns: not the residential-land sense of आबादी -------------------------------------------------------
@pytest.mark.parametrize("text,value,kind,noun", [
    ("दबंगों ने पांच करोड़ की आबादी की जमीन पर कब्जा कर लिया।", 5e7, "money", "रुपये"),
    ("दो करोड़ की आबादी भूमि पर अवैध कब्जा किया गया।", 2e7, "money", "रुपये"),
    # negatives: a population stays a count
    ("राज्य की छह करोड़ की आबादी को राशन मिलेगा।", 6e7, "count", "आबादी"),
    ("22 राज्यों में 8.5 करोड़ की आबादी पर असर पड़ा है।", 8.5e7, "count", "आबादी"),
])
def test_census_not_land(text, value, kind, noun):
    assert find(text, value)[2:4] == (kind, noun)


# --- owner_partitive_links: spellings without the nasal and spaced pronoun + में ---------------------------------
@pytest.mark.parametrize("text,noun", [
    ("संक्रमितों की संख्या 173 हो गई है, इनमे से 3 की मौत हो गई।", "संक्रमित"),
    ("संक्रमितों की संख्या 173 हो गई है, इन में से 3 की मौत हो गई।", "संक्रमित"),
    ("संक्रमितों की संख्या 173 हो गई है, इनमें से 3 की मौत हो गई।", "संक्रमित"),
    # negative: a comma with no partitive still breaks
    ("घायलों की संख्या 12 हो गई है, जबकि 3 की मौत हो गई।", "लोग"),
])
def test_owner_partitives(text, noun):
    assert find(text, 3)[3] == noun


# --- count_word_dashes: a seven-digit count after a count word and a dash ---------------------------------------
@pytest.mark.parametrize("text,value,noun", [
    ("व्यक्तियों की संख्या - 1915552 है।", 1915552, "व्यक्ति"),  # covidnp_DH-2020-MAY-06-01
])
def test_count_dash_seven_digits(text, value, noun):
    assert find(text, value)[3] == noun


@pytest.mark.parametrize("text", [
    "अधिक जानकारी के लिए 5555555 पर संपर्क करें।",  # negative: a bare seven-digit number stays a phone number
    "संपर्क नंबर- 5555555 है।",
])
def test_phone_numbers_stay_out(text):
    assert [q for q in run(text) if q[1] >= 1e6] == []


# --- road id words: a number word before a unit or a noun is a quantity ---------------------------------------
@pytest.mark.parametrize("text,value,kind,noun", [
    ("भूस्खलन के कारण राष्ट्रीय राजमार्ग तीन दिन से बंद है।", 3, "duration", "दिन"),
    ("हाईवे चार घंटे तक बंद रहा।", 4, "duration", "घंटा"),
    ("नेशनल हाईवे पांच किलोमीटर तक जाम रहा।", 5, "measure", "किलोमीटर"),
    ("राजमार्ग दो जगह से टूट गया।", 2, "count", "जगह"),
])
def test_road_number_words_before_units(text, value, kind, noun):
    assert find(text, value)[2:4] == (kind, noun)


@pytest.mark.parametrize("text", [
    "यह हादसा नेशनल हाईवे दो पर हुआ।",  # negative: a road's number before a postposition is its name
    "राष्ट्रीय राजमार्ग नौ के किनारे जाम लगा।",
])
def test_road_ids_stay_out(text):
    assert run(text) == []


# --- owner events: no owner across a clause break --------------------------------------------------------------
@pytest.mark.parametrize("text,noun,event", [
    ("मरने वालों की संख्या 28 है और 3 की मौत आज हुई।", "लोग", "मौत"),
    ("मरने वालों की संख्या 28 हो गई और 3 की मौत हुई।", "लोग", "मौत"),
    ("मरने वालों की संख्या 28 हो गई, 3 की मौत हुई।", "लोग", "मौत"),
])
def test_owner_event_not_across_a_break(text, noun, event):
    assert find(text, 3)[3:] == (noun, event)


def test_owner_event_kept_without_a_break():  # negative
    assert find("हादसे में मरने वालों की संख्या बढ़कर 28 हो गई है।", 28)[3:] == ("लोग", "मरने")


# --- casualty_verbs: not an active मारे; a person noun named before in the sentence wins -----------------------
@pytest.mark.parametrize("text,value,noun", [
    ("उसने गेंदबाज को 3 मारे।", 3, None),
    ("हादसे में 10 मजदूर घायल, 2 मरे।", 2, "मजदूर"),
    # negatives: the v33 readings stay
    ("पश्चिम बंगाल में तूफान से दो मरे, 600 बेघर", 2, "लोग"),
    ("बांग्लादेश में आए तूफान से दो गांव तबाह, 30 मरे", 30, "लोग"),
])
def test_casualty_verbs(text, value, noun):
    assert find(text, value)[3] == noun


def test_active_mare_is_no_death():
    q = find("कोहली ने 8 चौके और 2 छक्के मारे, जबकि रोहित ने 4 मारे।", 4)
    assert q[3] != "लोग"


def test_nearer_genitive_owner():
    q = find("मरने वालों की संख्या 50 और घायलों की 120 हो गई।", 120)
    assert q[3:] == ("घायल", "घायल")
    assert find("मरने वालों की संख्या 50 और घायलों की 120 हो गई।", 50)[3:] == ("लोग", "मरने")  # negative


# --- glued_dateline_lights: a visarga typed as the dateline's colon --------------------------------------------------
@pytest.mark.parametrize("text,value,span,noun", [
    ("स्पेन में मरने वालों की संख्या 500 हुईमैड्रिडः स्पेन ने आज कहा।", 500, "500", "लोग"),
    ("गुजरात में संक्रमितों की संख्या 538 हुईअहमदाबाद: गुजरात में आज नए मामले मिले।", 538, "538", "संक्रमित"),
    ("कुल संख्या 10 हुईं।", 10, "10", None),  # negative: a nasal हुईं is no glued dateline
])
def test_glued_visarga_datelines(text, value, span, noun):
    q = find(text, value)
    assert (q[0], q[3]) == (span, noun)
