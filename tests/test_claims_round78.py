"""pipeline/claims.py and cues-v54, claims round 78 (corpus/news sample seed 2041: 10 native articles of corpus/news with
a disaster or crime word, gold and held-out excluded, every claim listed first): a bare outlet noun as a speaker
(`अखबार लिखता है कि …`, `अखबार के मुताबिक …`) stands for the outlet the story quoted or named last
(`claims.outlet_anaphor`; cues-v54's anaphor role `outlet`: `अखबार`, `अख़बार`, `पत्रिका`, `समाचारपत्र`). Before, only
`अखबार ने …` made a claim (the bare noun, no outlet); the nominative and according-to forms made none.
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams, load_cues
from tests.test_claims import MODELS, P, checked

V53 = replace(P, cues="cues-v53")
V54 = replace(P, cues="cues-v54")
LEX53 = load_cues(MODELS, V53)
LEX54 = load_cues(MODELS, V54)
ON = replace(V54, outlet_anaphor=True)
OFF = replace(V54, outlet_anaphor=False)
DAWN = ("डॉन", "ORG", "O_dawn")
JANG = ("जंग", "PER", "P_jang")  # the paper tagged as a person, as in bbchi_0120
IMRAN = ("इमरान खान", "PER", "P_ik")
SHARK = ("शर्क", "ORG", "O_shark")
KJP = ("कैरीन जीन-पियरे", "PER", "P_kjp")
POLICE = ("पुलिस", "ORG", "O_police")


def run(text, spec=(), p=ON, lex=LEX54):
    return checked(text, spec, p, lex)


def got(claims):
    return sorted((c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content) for c in claims)


def test_claims_round78_default_off():
    assert ClaimsParams().outlet_anaphor is False


def test_cues_v54_rows():
    assert LEX54.version == "cues-v54"
    assert set(LEX54.anaphors) - set(LEX53.anaphors) == {
        ("अखबार", "outlet"), ("अख़बार", "outlet"), ("पत्रिका", "outlet"), ("समाचारपत्र", "outlet")}
    assert set(LEX53.anaphors) < set(LEX54.anaphors)
    assert {c.form for c in LEX53.cues} == {c.form for c in LEX54.cues}
    assert "अखबार" in LEX54.of("container")  # still a written text (`अखबार में छपी खबर`)


EDITORIAL = "दैनिक औसाफ ने अपने संपादकीय में लिखा है कि अमरीका दक्षिण एशिया में भारत को सुपरपावर बनाना चाहता है."
OUSAF = ("दैनिक औसाफ", None, "named", "लिखा", "अमरीका दक्षिण एशिया में भारत को सुपरपावर बनाना चाहता है")


@pytest.mark.parametrize("text,spec,want,before", [
    # bbchi_0120 (shortened): an Urdu press review; the paper untagged, its later according-to and nominative claims
    (EDITORIAL + " अमरीका समझता है कि भारत की सैन्य ताकत अमरीकी हितों की रखवाली करेगी.अखबार के मुताबिक भारत को सुपर "
     "पावर बनाने की राह में जो भी चुनौतियां हैं, अमरीका उन्हें दूर करने में लगा है.", [],
     [("अखबार", None, "named", "के मुताबिक",
       "भारत को सुपर पावर बनाने की राह में जो भी चुनौतियां हैं, अमरीका उन्हें दूर करने में लगा है"), OUSAF],
     [OUSAF]),
    # the paper tagged (as a person): its editorial, then `अखबार लिखता है कि`
    ("जंग ने अपने संपादकीय में लिखा है कि अमरीका ने गुरुवार की सुबह एक मदरसे को निशाना बना दिया. अखबार लिखता है कि "
     "ब्रिटेन और फ्रांस समेत अंतरराष्ट्रीय समुदाय इन हमलों के खिलाफ है.", [JANG],
     [("अखबार", "P_jang", "pronoun", "लिखता", "ब्रिटेन और फ्रांस समेत अंतरराष्ट्रीय समुदाय इन हमलों के खिलाफ है"),
      ("जंग", "P_jang", "named", "लिखा", "अमरीका ने गुरुवार की सुबह एक मदरसे को निशाना बना दिया")],
     [("जंग", "P_jang", "named", "लिखा", "अमरीका ने गुरुवार की सुबह एक मदरसे को निशाना बना दिया")]),
    # a tagged name with its kind noun after it (`डॉन अखबार`); the habitual `कहता है`
    ("डॉन अखबार ने लिखा है कि सरकार निवेशकों को सुरक्षा नहीं दे पाई. अखबार कहता है कि कराची में खून खराबे की वजह से "
     "निवेशक दुबई चले गए हैं.", [DAWN],
     [("अखबार", "O_dawn", "pronoun", "कहता", "कराची में खून खराबे की वजह से निवेशक दुबई चले गए हैं"),
      ("डॉन अखबार", "O_dawn", "named", "लिखा", "सरकार निवेशकों को सुरक्षा नहीं दे पाई")],
     [("डॉन अखबार", "O_dawn", "named", "लिखा", "सरकार निवेशकों को सुरक्षा नहीं दे पाई")]),
    # the outlet named as one (`अखबार डॉन की खबर`) but not a speaker; a person quoted between: still the outlet
    ("पाकिस्तानी अखबार डॉन की खबर के बाद इमरान खान ने कहा कि वह इस्तीफा नहीं देंगे. अखबार के मुताबिक बैठक में कोई "
     "फैसला नहीं हुआ.", [DAWN, IMRAN],
     [("अखबार", "O_dawn", "pronoun", "के मुताबिक", "बैठक में कोई फैसला नहीं हुआ"),
      ("इमरान खान", "P_ik", "named", "कहा", "वह इस्तीफा नहीं देंगे")],
     [("इमरान खान", "P_ik", "named", "कहा", "वह इस्तीफा नहीं देंगे")]),
])
def test_outlet_anaphor(text, spec, want, before):
    assert got(run(text, spec)) == want
    assert got(run(text, spec, OFF)) == before


@pytest.mark.parametrize("text,spec", [
    # an unnamed paper (`एक अख़बार`): no outlet to stand for, as before
    ("वाशिंगटन की एक अख़बार के अनुसार, शुक्रवार को प्रगतिशील समूह की प्रवक्ता कैरीन जीन-पियरे ने कहा, \"महिलाएँ यह "
     "नहीं भूल सकतीं.\"", [KJP]),
    # a quoted name before the noun (`‘शर्क’ अखबार`): round 75's quoted outlet, as before
    ("दोनों राजनेता एक जैसी सोच रखते हैं. ‘शर्क’ अखबार के अनुसार जलीली का धर्म से गहरा जुड़ाव है.", [SHARK]),
    # the paper as a written text (a container), and the plural (unnamed papers)
    ("पुलिस ने बताया कि आरोपी फरार है. अखबार में छपी खबर के मुताबिक आरोपी की तलाश जारी है.", [POLICE]),
    ("डॉन ने लिखा है कि बाढ़ से सैकड़ों घर बह गए. अखबारों के मुताबिक राहत का काम धीमा है.", [DAWN]),
    # an owned paper (`स्थानीय अखबार`): not a bare noun
    ("डॉन ने लिखा है कि बाढ़ से सैकड़ों घर बह गए. स्थानीय अखबार के मुताबिक राहत का काम धीमा है.", [DAWN]),
])
def test_outlet_anaphor_unchanged(text, spec):
    assert got(run(text, spec)) == got(run(text, spec, OFF))
