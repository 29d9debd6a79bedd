"""Quantities round 33 (quantities-v33; native disaster, accident and crime reports, sample seed 4007): place-keyed
lists that share a unit or a counted noun, earthquake magnitudes, casualty verbs and owners that count people, road
numbers as ids, an inverted हुए before a headline's last state word, a dateline typed onto a headline's हुई/हुए.
Sentences are shortened from corpus/news; every rule has at least one pair that must not change."""
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
    return extract_quantities(split_sentences("d", text, SegmentParams()), [], LEX, P)


def find(text: str, span: str):
    return next(q for q in run(text) if q.text == span)


def test_round33_lexicon_is_selected():
    assert lexicon_at_least(P.lexicon, 47)  # v33 merged into v35 with v34; v36: session-26 review fixes; v37: the verifier's review; v38: round 35; v39: round 36; v40: round 37; v41: round 38; v42: round 39; v43: round 40; v44: round 41; v45: round 42; v46: round 43; v47: round 45


# --- listed units (`_listed_units`, settings listed_unit_kinds) ------------------------------------------------------

@pytest.mark.parametrize("text,span,noun,kind", [
    # ednil_heat-rajasthan-phalodi-boils: a weather report's list of places, the unit on the last item
    ("इसके अलावा चूरू में 50.2, बीकानेर में 49.5, बाड़मेर 49.5, गंगानगर 49.1 और जैसलमेर में 49 डिग्री तापमान दर्ज किया गया।",
     "50.2", "डिग्री", "measure"),
    # ednil_himachal-una: a year keys each item
    ("अप्रैल में ही साल 2011 में शिमला में 26.8, 2012 में 25.4 और 2013 में 24.4 डिग्री तापमान रिकार्ड किया गया।",
     "25.4", "डिग्री", "measure"),
    # covidnp_NT-2020-APR-21-02: the unit on the first item
    ("कर्नाटक में रिकवरी रेट 87.4 प्रतिशत, यूपी में 86.4, महाराष्ट्र में 69.5, मध्य प्रदेश में 64.5, गुजरात में 62.5 और दिल्ली में 61.5 प्रतिशत है।",
     "69.5", "प्रतिशत", "percent"),
])
def test_round33_listed_values_share_the_unit(text, span, noun, kind):
    q = find(text, span)
    assert (q.noun, q.kind) == (noun, kind)


@pytest.mark.parametrize("text,span,noun,kind", [
    # no unit anywhere in the list: nothing to share
    ("अप्रैल 2010 में ऊना में अधिकतम तापमान 43.2 और शिमला में 29.3 दर्ज किया गया था।", "29.3", None, "count"),
    # an item with a noun of its own is no bare value
    ("दिल्ली में 20 प्रतिशत, मुंबई में 300 मरीज ठीक हुए।", "300 मरीज", "मरीज", "count"),
])
def test_round33_listed_values_negative(text, span, noun, kind):
    q = find(text, span)
    assert (q.noun, q.kind) == (noun, kind)


def test_round33_listed_counts_share_a_plural_head():
    # covidnp_AU-2020-MAR-13-01: `X में N` items, the counted noun (मरीज, no plural ending) on the last
    qs = run("केरल में 17, यूपी में 11 व महाराष्ट्र में 11 मरीज आ चुके हैं।")
    assert [q.noun for q in qs] == ["मरीज", "मरीज", "मरीज"]


def test_round33_listed_counts_not_over_decimals():
    # ednil_himachal-una: decimals are measured values, not counts of the last item's noun
    q = find("ऊना में साल 2011 में 40.4, 2012 में 38.2 और 2013 में 37.8 रिकार्ड किया गया था।", "40.4")
    assert q.noun is None


# --- earthquake magnitudes (`_magnitude_scale`) ----------------------------------------------------------------------

@pytest.mark.parametrize("text,span", [
    ("भूकंप की तीव्रता रिक्टर पैमाने पर 4.0 मापी गई।", "4.0"),  # ednil_earthquake-hit-in-parts-of-north-india
    ("इसकी तीव्रता रिएक्टर स्केल पर 3.5 मापी गयी।", "3.5"),  # ednil_earthquake-in-jammu
    ("पिछले मंगलवार को आए 7.7 की तीव्रता के भूकंप के कारण 400 लोगों की मौत हुई है।", "7.7"),  # bbchi_0054
    ("भूकंप की तीव्रता 7.5 बतायी गई।", "7.5"),  # ednil_earthquake-was-7-5-on-the-richter
])
def test_round33_magnitudes_measure_the_intensity(text, span):
    q = find(text, span)
    assert (q.noun, q.kind) == ("तीव्रता", "measure")


@pytest.mark.parametrize("text,span,noun,kind", [
    ("भूकंप की तीव्रता रिक्टर स्केल पर 4.4 मैग्नीट्यूड मापी गई।", "4.4 मैग्नीट्यूड", "मैग्नीट्यूड", "measure"),
    ("तूफान की तीव्रता 120 किलोमीटर प्रति घंटा थी।", "120 किलोमीटर प्रति घंटा", "किलोमीटर प्रति घंटा", "measure"),
    ("भूकंप की तीव्रता के बाद 12 लोग घायल हुए।", "12 लोग", "लोग", "count"),
])
def test_round33_magnitudes_negative(text, span, noun, kind):
    q = find(text, span)
    assert (q.noun, q.kind) == (noun, kind)


# --- people who died (settings casualty_verbs, owner_people_heads) ---------------------------------------------------

@pytest.mark.parametrize("text,span,noun,event", [
    ("पश्चिम बंगाल में तूफान से दो मरे, 600 बेघर", "दो", "लोग", "मरे"),  # ednil_navbharat_2003_5_5
    ("बांग्लादेश में आए तूफान से दो गांव तबाह, 30 मरे", "30", "लोग", "मरे"),  # not the villages
    ("देश में कोरोना वायरस से मरने वालों की संख्या बढ़कर 377 हो गई है", "377", "लोग", "मरने"),  # covidnp_PK-2020-APR-15-02
    ("राज्य में कोरोना संक्रमण से ठीक होने वालों की कुल संख्या अब 295 हो गई है।", "295", "लोग", "ठीक"),
])
def test_round33_counts_of_people_who_died(text, span, noun, event):
    q = find(text, span)
    assert (q.noun, q.event) == (noun, event)


@pytest.mark.parametrize("text,span,noun", [
    ("हादसे में 5 श्रमिक मरे।", "5 श्रमिक", "श्रमिक"),  # a noun of its own
    ("मुलर ने 3 गोल मारे।", "3 गोल", "गोल"),
    # a far संख्या of another clause owns nothing: the cases grew
    ("मरने वालों की संख्या पर चिंता जताते हुए मंत्रालय ने बताया कि देश में कोविड-19 के मामले बढ़कर 21,393 हो गए।", "21,393", "मामला"),
])
def test_round33_counts_of_people_negative(text, span, noun):
    assert find(text, span).noun == noun


# --- road numbers are ids (id_words, id_words_for_words) --------------------------------------------------------------

def test_round33_road_numbers_are_no_quantities():
    # ednil_etah3: NH-2 written out
    assert [q.text for q in run("नेशनल हाईवे दो पर मंगलवार की सुबह नीलगाय से टकराकर दो युवक घायल हो गए।")] == ["दो युवक"]
    # bbchi_0138
    assert [q.text for q in run("दिल्ली से कानपुर जाने वाले राजमार्ग 95 पर 29 जुलाई को हमला हुआ।")] == ["29 जुलाई"]


def test_round33_road_words_before_a_unit_negative():
    q = find("हाईवे 10 किलोमीटर तक बंद रहा।", "10 किलोमीटर")
    assert q.kind == "measure"


# --- an inverted हुए before a headline's final state word -------------------------------------------------------------

@pytest.mark.parametrize("text,span,event", [
    ("Coronavirus News Case: 40 बच्चे हुए कोरोना संक्रमित", "40 बच्चे", "संक्रमित"),  # covidnp_PK-2020-APR-16-03, shortened
    ("पाक में 2104 हुए कुल संक्रमित", "2104", "संक्रमित"),  # covidnp_AU-2020-ARP-02-01
    ("हिमस्खलन में 5 जवान हुए थे लापता", "5 जवान", "लापता"),  # ednil_news2-txt_Blizzard5
])
def test_round33_inverted_state_headlines(text, span, event):
    assert find(text, span).event == event


def test_round33_inverted_state_headlines_negative():
    # a noun after the inverted verb is no state: covidnp_PK-2020-APR-12-01
    assert find("अब तक 1,86,906 हुए कोरोना टेस्ट", "1,86,906").event is None


def test_round33_inverted_state_in_a_headline_clause():
    # covidnp_PK-2020-APR-16-03: the headline's first clause, closed by a comma
    text = "देश / Coronavirus News Case: 40 बच्चे हुए कोरोना संक्रमित, यहां भी निकला निजामुद्दीन तबलीगी जमात कनेक्शन"
    assert find(text, "40 बच्चे").event == "संक्रमित"
    # not in a body sentence closed by a danda, nor before a noun
    assert find("राज्य में 40 बच्चे हुए कोरोना संक्रमित, यहां भी निकला कनेक्शन।", "40 बच्चे").event != "संक्रमित"
    assert find("अब तक 1,86,906 हुए कोरोना टेस्ट, यहां भी निकला कनेक्शन", "1,86,906").event is None


# --- a dateline typed onto the headline's हुई/हुए (`_glued_light_datelines`) ---------------------------------------------

@pytest.mark.parametrize("text,span,noun", [
    ("संक्रमितों की संख्या 538 हुईअहमदाबाद: गुजरात में सोमवार को 22 नये मामले सामने आए।", "538", "संक्रमित"),
    ("पंजाब में कुल मामले 39 हुएचंडीगढ़: मोहाली निवासी बुजुर्ग संक्रमित मिले।", "39", "मामला"),
])
def test_round33_glued_datelines(text, span, noun):
    q = find(text, span)
    assert q.noun == noun


def test_round33_glued_datelines_negative():
    # a nasal vowel sign after हुआ (a name such as हुआंग) is no glued dateline; nothing is split off a plain हुए
    texts = [q.text for q in run("बैठक में 3 अधिकारी और हुआंग: दोनों ने 5 घंटे बात की।")]
    assert "5 घंटे" in texts and all("हुआंग" not in t for t in texts)
    assert find("कुल 12 मामले हुए, जबकि 3 ठीक हुए।", "12 मामले").noun == "मामला"
