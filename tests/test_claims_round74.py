"""pipeline/claims.py and cues-v52, claims round 74 (corpus/news sample seed 2037: 12 articles of corpus/news, translated
and native, gold and held-out excluded, every claim listed first): a bare or nominal content right after its subject's
`ने` leaves out the subject's focus particle (`ने भी …`, `content_subject_particle`) and the channel the subject spoke
through (`ने अपने दैनिक अपडेट में …`, `ने एक बयान जारी कर …`, `content_channel`; cues-v52 adds `अपडेट` as a text noun).
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams, _channel_lead, _subject_particle_lead, _Tok, fold, load_cues
from tests.test_claims import MODELS, P, checked

V52 = replace(P, cues="cues-v52")
LEX52 = load_cues(MODELS, V52)
ON = replace(V52, content_subject_particle=True, content_channel=True)
OFF = replace(V52, content_subject_particle=False, content_channel=False)
PARTICLE_ONLY = replace(OFF, content_subject_particle=True)
JAHANPUR = ("किआनुश जहांपुर", "PER", "P_kj")
PASWAN = ("रामविलास पासवान", "PER", "P_rp")


def run(text, spec=(), p=ON, lex=LEX52):
    return checked(text, spec, p, lex)


def got(claims):
    return [(c.speaker_text, c.cue, c.content, c.quote_type) for c in claims]


def words(text):
    out, at = [], 0
    for w in text.split():
        at = text.index(w, at)
        out.append(_Tok(at, at + len(w), w, fold(w)))
        at += len(w)
    return out


def test_claims_round74_defaults_off():
    p = ClaimsParams()
    assert p.content_subject_particle is False and p.content_channel is False and p.cues == "cues-v46"


def test_cues_v52_rows():
    lex51 = load_cues(MODELS, replace(P, cues="cues-v51"))
    assert LEX52.version == "cues-v52"
    assert {c.form for c in lex51.cues} == {c.form for c in LEX52.cues}  # no cue row changed
    containers = set(LEX52.of("container"))
    assert {"अपडेट", "अपडेट्स"} <= containers and not {"अपडेट", "अपडेट्स"} & set(lex51.of("container"))
    assert set(lex51.of("container")) < containers


# --- content_subject_particle -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,spec,before,after", [
    # covidnp_DH-2020-ARP-04-01 (shortened): the subject's `भी`
    ("मंत्रालय के प्रभारी किआनुश जहांपुर ने भी इन आंकड़ों की पुष्टि की।", [JAHANPUR], "भी इन आंकड़ों", "इन आंकड़ों"),
    # bbchi_0076 (paraphrased): a called-it complement
    ("वैज्ञानिकों के अलावा डॉक्टरों ने भी लंबे समय तक बैठने को हानिकारक बताया।", [],
     "भी लंबे समय तक बैठने को हानिकारक", "लंबे समय तक बैठने को हानिकारक"),
    # bbchi_0330 (paraphrased): a nominal statement with `ही`
    ("उन्होंने ही निशानेबाज़ी छोड़ने की बात कही।", [], "ही निशानेबाज़ी छोड़ने", "निशानेबाज़ी छोड़ने"),
])
def test_claims_round74_subject_particle(text, spec, before, after):
    on, off = run(text, spec, PARTICLE_ONLY), run(text, spec, OFF)
    assert [c.content for c in off] == [before]
    assert [c.content for c in on] == [after]
    assert [c.speaker_text for c in on] == [c.speaker_text for c in off]


@pytest.mark.parametrize("text,spec", [
    # guard: a कि content starts after कि (the particle before the cue is not in it)
    ("किआनुश जहांपुर ने भी कहा कि 19736 लोग स्वस्थ हो चुके हैं।", [JAHANPUR]),
    # guard: the particle after a comma break is inside the clause after it, not the subject's
    ("उन्होंने भी, इसे ही गलत सूचना बताया।", []),
    # guard: the particle and an anaphor alone (`भी इसकी`): no claim with the switch on either, as before
    ("विभाग ने भी इसकी पुष्टि की।", []),
])
def test_claims_round74_subject_particle_guards(text, spec):
    assert got(run(text, spec, ON)) == got(run(text, spec, OFF))


# --- content_channel ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,spec,before,after", [
    # covidnp_DH-2020-ARP-04-01: the particle and the subject's own update (`अपडेट`: cues-v52)
    ("मंत्रालय के प्रभारी किआनुश जहांपुर ने भी अपने दैनिक अपडेट में इन आंकड़ों की पुष्टि की।", [JAHANPUR],
     "भी अपने दैनिक अपडेट में इन आंकड़ों", "इन आंकड़ों"),
    # covidnp_DH-2020-MAY-11-01 (shortened): a report (container)
    ("प्रांत के स्वास्थ्य विभाग ने अपनी दैनिक रिपोर्ट में 160 नए मामलों की पुष्टि की।", [],
     "अपनी दैनिक रिपोर्ट में 160 नए मामलों", "160 नए मामलों"),
    # covidnp_AU-2020-MAR-29-11 (shortened): figures (data)
    ("केंद्रीय स्वास्थ्य मंत्रालय ने अपने ताजा आंकड़ों में दो और लोगों की मौत होने की जानकारी दी।", [],
     "अपने ताजा आंकड़ों में दो और लोगों की मौत होने", "दो और लोगों की मौत होने"),
    # covidnp_PK-2020-MAR-01-01 (shortened): a message, a called-it complement
    ("रामविलास पासवान ने अपने बधाई संदेश में नीतीश कुमार को बिहार का उर्जावान मुख्यमंत्री बताया।", [PASWAN],
     "अपने बधाई संदेश में नीतीश कुमार को बिहार का उर्जावान मुख्यमंत्री",
     "नीतीश कुमार को बिहार का उर्जावान मुख्यमंत्री"),
    # bbchi_0039 (shortened): a statement issued
    ("कंपनी ने एक बयान जारी कर आर शेषासयी के इस्तीफ़े की जानकारी भी दी।", [],
     "एक बयान जारी कर आर शेषासयी के इस्तीफ़े", "आर शेषासयी के इस्तीफ़े"),
    # covidnp_DH-2020-MAY-15-01 (shortened): a letter issued
    ("प्रधान सचिव ने पत्र जारी कर जिले में एक और संक्रमित मरीज के पाए जाने की पुष्टि की।", [],
     "पत्र जारी कर जिले में एक और संक्रमित मरीज के पाए जाने", "जिले में एक और संक्रमित मरीज के पाए जाने"),
])
def test_claims_round74_channel(text, spec, before, after):
    on, off = run(text, spec, ON), run(text, spec, OFF)
    assert [c.content for c in off] == [before]
    assert [c.content for c in on] == [after]
    assert [(c.speaker_text, c.cue, c.quote_type) for c in on] == [(c.speaker_text, c.cue, c.quote_type) for c in off]


@pytest.mark.parametrize("text,spec", [
    # guard: the reflexive's noun is no text (the subject's own citizens, its district): the content keeps it
    ("विदेश मंत्रालय ने अपने नागरिकों के भी घायल होने की पुष्टि की।", []),
    ("स्वास्थ्य विभाग ने अपने जिले में पांच नए मामलों की पुष्टि की।", []),
    # guard: a relative after `में` (the figures given in its report are what it confirmed)
    ("मंत्रालय ने अपनी रिपोर्ट में दिए गए आंकड़ों की पुष्टि की।", []),
    # guard: a कि content (the channel before the cue is no part of it anyway)
    ("मंत्री ने अपने बयान में कहा कि बजट सत्र छोटा नहीं होगा।", []),
    ("हार्टफोर्ड हेल्थकेयर ने कहा कि अपने घर में हुई डिलीवरी के बारे में चिंता न करें।", []),
    # guard: a text noun with no `जारी कर` after it and no reflexive before it is what was confirmed
    ("मंत्रालय ने पत्र में लिखी बातों की पुष्टि की।", []),
])
def test_claims_round74_channel_guards(text, spec):
    assert got(run(text, spec, ON)) == got(run(text, spec, OFF))


@pytest.mark.parametrize("text,i,n", [
    ("अपने दैनिक अपडेट में इन आंकड़ों", 0, 4),
    ("भी अपने बधाई संदेश में नीतीश कुमार को", 1, 4),
    ("एक बयान जारी कर आर शेषासयी", 0, 4),
    ("पत्र जारी करके जिले में", 0, 3),
    ("अपने घर में हुई डिलीवरी", 0, 0),         # no text noun
    ("अपनी रिपोर्ट में दिए गए आंकड़ों", 0, 0),  # a relative after में
    ("अपनी रिपोर्ट में", 0, 0),                 # nothing left
    ("अपने लंबे पुराने ताजा दैनिक अपडेट में इन", 0, 0),  # too long for a channel phrase
    ("सरकार के पत्र जारी कर", 0, 0),            # a postposition before the text noun
])
def test_channel_lead(text, i, n):
    texts = frozenset(LEX52.of("container")) | frozenset(LEX52.of("source")) | frozenset(LEX52.of("data"))
    assert _channel_lead(words(text), i, frozenset(fold(w) for w in texts)) == n


@pytest.mark.parametrize("text,n", [("भी इन आंकड़ों", 1), ("ही निशानेबाज़ी", 1), ("भी", 0), ("इन भी", 0)])
def test_subject_particle_lead(text, n):
    assert _subject_particle_lead(words(text)) == n
