"""Quantities round 47 (quantities-v49): a clock time written with a colon takes the approx pre-modifier before it
(switch `clock_pre_modifiers`); the first end of a from-to pair `X से Y तक` takes the second end's event (switch
`range_pair_events`); a bare passive auxiliary after a form of करना takes the conjunct word before it (switch
`passive_conjunct_events`). Sentences shortened or paraphrased from corpus/news (articles named per case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.quantities import QuantitiesParams, load_lexicon
from pipeline.runner import load_params
from tests.test_quantities import lexicon_at_least, switched_off, the_quantity

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "quantities", QuantitiesParams)
LEX = load_lexicon(ROOT / "models", P)
CLOCK_OFF = switched_off(P, "clock_pre_modifiers")
PAIR_OFF = switched_off(P, "range_pair_events")
PASSIVE_OFF = switched_off(P, "passive_conjunct_events")
NOWRAP = switched_off(P, "clock_wrap_ranges")  # (round 51) the pairs read before the wrapping clock range
SETTINGS = {
    "clock_pre_modifiers": ("clock_pre_modifier_kinds",),
    "range_pair_events": ("range_pair_links", "range_pair_fillers", "range_pair_ends"),
    "passive_conjunct_events": ("passive_conjunct_auxes", "passive_conjunct_lights"),
}


def test_round47_shipped():
    assert lexicon_at_least(P.lexicon, 49) and all(getattr(P, s) for s in SETTINGS)
    assert not any(getattr(QuantitiesParams(), s) for s in SETTINGS)  # old params keep old behaviour
    for switch, keys in SETTINGS.items():
        lex, _ = switched_off(P, switch)
        assert lex.digest != LEX.digest  # the switch is in the lexicon's cache key
        assert all(k in LEX.sets and k not in lex.sets for k in keys)


# --- clock_pre_modifiers: `लगभग/करीब/तकरीबन H:MM बजे` -> approx, the modifier in the span ---------------------------
@pytest.mark.parametrize("text,qtext,qtext_off", [
    # covidnp_AU-2020-MAR-14-06: तकरीबन before a clock time after midnight
    ("यहां टीम रात तकरीबन 12:45 बजे पहुंची।", "तकरीबन 12:45 बजे", "12:45 बजे"),
    # ednil_hudhud-cyclone-news-hindi-news-vk3-txt-xml: करीब after ही
    ("तूफान दोपहर से पहले ही करीब 11:30 बजे तट से टकरा गया।", "करीब 11:30 बजे", "11:30 बजे"),
    # covidnp_PK-2020-APR-14-01: लगभग at the start of the sentence, before से
    ("लगभग 4:30 बजे से लोग स्टेशन के पास इकट्ठे हो रहे थे।", "लगभग 4:30 बजे", "4:30 बजे"),
])
def test_clock_pre_modifiers(text, qtext, qtext_off):
    q = the_quantity(text, qtext, LEX, P)
    assert (q.modifier, q.noun, q.kind) == ("approx", "बजे", "date")
    assert the_quantity(text, qtext_off, *CLOCK_OFF).modifier == "exact"


@pytest.mark.parametrize("text,qtext,modifier", [
    # an at-least modifier is no kind a clock time takes: stays out, exact (both ways)
    ("सभी को कम से कम 9:30 बजे तक रुकना होगा।", "9:30 बजे", "exact"),
    # covidnp_AU-2020-MAR-14-06 paraphrased: a whole hour took its modifier before the round, and does
    ("टीम रात करीब 10 बजे पहुंची।", "करीब 10 बजे", "approx"),
    # a colon clock time with no modifier before it stays exact
    ("यह विमान सुबह 10:30 बजे उतरा।", "10:30 बजे", "exact"),
])
def test_clock_pre_modifiers_guard(text, qtext, modifier):
    assert the_quantity(text, qtext, LEX, P).modifier == modifier
    assert the_quantity(text, qtext, *CLOCK_OFF).modifier == modifier


# --- range_pair_events: `X से [लेकर] [word] Y तक` -> X takes Y's event ----------------------------------------------
@pytest.mark.parametrize("text,qtext,event,event_off", [
    # tico19_SARS-CoV-2-surpasses-one-million-infections-worldwide: a time of day before the second end
    ("थाईलैंड ने रात 10 बजे से सुबह 4 बजे तक कर्फ़्यू लगाने की योजना बनाई है।", "10 बजे", "कर्फ़्यू लगाने", "बनाई"),
    # covidnp_AU-2020-MAR-22-01: two dates, the purpose noun after them was the first end's event
    ("मद्य भंडारों को 23 मार्च से 25 मार्च तक बंद करने का फैसला किया है।", "23 मार्च", "बंद करने", "फैसला"),
    # bbchi_0117: a bare timestamp as the first end had no event
    ("उच्चायोग में सुबह 6:00 से 9:45 बजे तक लाइन में खड़े रहना पड़ता है।", "6:00", "रहना पड़ता", None),
])
def test_range_pair_events(text, qtext, event, event_off):
    lex, p = NOWRAP  # (round 51) with clock_wrap_ranges on, `रात 10 बजे से सुबह 4 बजे` is one wrapping range, no pair
    assert the_quantity(text, qtext, lex, p).event == event
    assert the_quantity(text, qtext, *switched_off(p, "range_pair_events")).event == event_off


@pytest.mark.parametrize("text,qtext,event", [
    # kinds differ (a count, then a clock time): the count keeps its own event
    ("10 से ज्यादा लोगों ने शाम 5 बजे तक इंतजार किया।", "10 से ज्यादा लोगों", "इंतजार"),
    # covidnp_AU-2020-MAY-04-01 paraphrased: no तक after the next quantity, no pair
    ("दुकानें 10 बजे से खुलीं और 20 लोग शाम तक रुके।", "10 बजे", "खुलीं"),
])
def test_range_pair_events_guard(text, qtext, event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *PAIR_OFF).event == event


# --- passive_conjunct_events: `N ... X की गई` -> X की गई (or X before the span after a genitive) ----------------------
@pytest.mark.parametrize("text,qtext,event", [
    # covidnp_NT-2020-APR-24-01: the conjunct noun right before की
    ("जब दुनिया भर के 17 देशों में तुलना की गई तो अलग तस्वीर सामने आई।", "17 देशों", "तुलना की गई"),
    # covidnp_DJ-2020-MAR-22-03: a state word before की
    ("महाराष्ट्र में 31 मार्च तक धारा 144 लागू की गई है।", "31 मार्च", "लागू की गई"),
    # bbchi_0057: a postposition before की: the owned action noun before the year
    ("इस ग्रह की खोज 2009 में जमीनी टेलिस्कोप से की गई थी।", "2009", "खोज"),
    # covidnp_DJ-2020-MAY-14-02: the same right after the year's में
    ("मंदिर की स्थापना 2014 में की गई थी।", "2014", "स्थापना"),
])
def test_passive_conjunct_events(text, qtext, event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *PASSIVE_OFF).event == "गई"


@pytest.mark.parametrize("text,qtext,event", [
    # covidnp_AU-2020-ARP-10-03: the conjunct noun is the count's own noun: the auxiliary stays
    ("कल कोरोना की 16002 जांच की गई।", "16002 जांच", "गई"),
    # covidnp_DH-2020-ARP-28-01: the same after a post-modifier
    ("इस साल 3,000 से अधिक कॉल की गई थी।", "3,000 से अधिक कॉल", "गई"),
    # covidnp_PK-2020-MAR-02-01: a postposition before की and no genitive before the date: stays
    ("अधिकारियों ने बताया कि 16 फरवरी को की गयी जांच में संक्रमण नहीं मिला।", "16 फरवरी", "गयी"),
])
def test_passive_conjunct_events_guard(text, qtext, event):
    assert the_quantity(text, qtext, LEX, P).event == event
    assert the_quantity(text, qtext, *PASSIVE_OFF).event == event
