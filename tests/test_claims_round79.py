"""pipeline/claims.py and cues-v55, claims round 79 (corpus/news sample seed 2042: 10 translated ntrex_/wmt24_/tico19_
articles of corpus/news, gold and held-out excluded, every claim listed first; the classes fixed were read over the
whole corpus):
- `claims.emerged_finding`: cues-v55's framed passives `सामने आया/आई/आयी/आए` are findings like v20's `पाया गया`/`पता
  चला` (`रिलायंस की ओर से कराये गये शोध में यह सामने आया है कि C` -> Reliance), a report only where a source noun's
  `में`/`से` stands right before them; before, no claim.
- `claims.light_verb_issuer`: the light verb `की गई` right after the issuer's `द्वारा`/`की ओर/तरफ से` (a date between
  allowed) is stepped over on the way from a source noun to its owner (`एएफपी की तरफ से की गई गणना के अनुसार C` ->
  AFP); before, the bare source noun, unresolved.
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams, load_cues
from tests.test_claims import MODELS, P, checked

V54 = replace(P, cues="cues-v54")
V55 = replace(P, cues="cues-v55")
LEX54 = load_cues(MODELS, V54)
LEX55 = load_cues(MODELS, V55)
ON = replace(V55, emerged_finding=True, light_verb_issuer=True)
FINDING_OFF = replace(ON, emerged_finding=False)
ISSUER_OFF = replace(ON, light_verb_issuer=False)
RELIANCE = ("भारतीय कंपनी रिलायंस", "ORG", "O_rel")
BITDEFENDER = ("Bitdefender", "ORG", "O_bd")
AFP = ("एएफपी", "ORG", "O_afp")
PTI = ("पीटीआई", "ORG", "O_pti")


def run(text, spec=(), p=ON, lex=LEX55):
    return checked(text, spec, p, lex)


def got(claims):
    return sorted((c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type)
                  for c in claims)


def test_claims_round79_default_off():
    assert ClaimsParams().emerged_finding is False
    assert ClaimsParams().light_verb_issuer is False


def test_cues_v55_rows():
    assert LEX55.version == "cues-v55"
    new = {(c.form, c.role) for c in LEX55.cues} - {(c.form, c.role) for c in LEX54.cues}
    assert new == {("सामने आया", "passive"), ("सामने आई", "passive"), ("सामने आयी", "passive"),
                   ("सामने आए", "passive")}
    assert all("framed" in c.options for c in LEX55.cues if c.form.startswith("सामने"))
    assert set(LEX54.anaphors) == set(LEX55.anaphors)


REL_TEXT = ("भारतीय कंपनी रिलायंस की ओर से कराये गये शोध में यह सामने आया है कि समुद्री लाल काई से कोटिंग पाउडर तैयार "
            "किया जा सकता है.")
REL_CONTENT = "समुद्री लाल काई से कोटिंग पाउडर तैयार किया जा सकता है"


@pytest.mark.parametrize("text,spec,want", [
    # covidnp_PK-2020-APR-12-01: the study's issuer after `की ओर से कराये गये`
    (REL_TEXT, [RELIANCE],
     [("भारतीय कंपनी रिलायंस", "O_rel", "named", "सामने आया", REL_CONTENT, "indirect")]),
    # covidnp_NT-2020-MAR-28-01: `से` before the finding, the light verb `की गई` between issuer and study
    ("सिक्यॉरिटी फर्म Bitdefender की ओर से की गई रिसर्च से सामने आया है कि मार्च के पहले दो सप्ताह में मेडिकल ऐप्स के "
     "डाउनलोड्स तेजी से बढ़े हैं.", [BITDEFENDER],
     [("Bitdefender", "O_bd", "named", "सामने आया",
       "मार्च के पहले दो सप्ताह में मेडिकल ऐप्स के डाउनलोड्स तेजी से बढ़े हैं", "indirect")]),
    # bbchi_0101: an unnamed survey, `ये बात` between the source and the cue
    ("30 से 35 वर्ष के क़रीब दो हज़ार लोगों पर कराए गए एक सर्वेक्षण से ये बात सामने आई कि करीब 44 प्रतिशत लोग शराब का "
     "सेवन करते हैं.", [],
     [("सर्वेक्षण", None, "anonymous", "सामने आई", "करीब 44 प्रतिशत लोग शराब का सेवन करते हैं", "indirect")]),
    # bbchi_0139: the study of the story, no owner written: the study itself (as `अध्ययन में पाया गया`)
    ("22 वर्षों के बाद 277 महिलाओं में पीएचपीटी की पुष्टि की गई. अध्ययन में सामने आया है कि कैल्शियम लेने वाली महिलाओं "
     "में पीएचपीटी की आशंका 44 फ़ीसदी कम हो जाती है.", [],
     [("अध्ययन", None, "unresolved", "सामने आया", "कैल्शियम लेने वाली महिलाओं में पीएचपीटी की आशंका 44 फ़ीसदी कम हो जाती है",
       "indirect")]),
])
def test_claims_round79_emerged_finding(text, spec, want):
    assert got(run(text, spec)) == want
    assert got(run(text, spec, FINDING_OFF)) == []  # (before: no claim)
    assert got(run(text, spec, lex=LEX54)) == []  # (the rows are cues-v55's)


@pytest.mark.parametrize("text,spec", [
    # an interrogation is no source noun (as `जांच में पाया गया`)
    ("पुलिस ने कई लोगों को पकड़ा है. सभी से पूछताछ में सामने आया कि ये लोग कहीं न कहीं अस्पताल गए थे.", []),
    # cases that came up, no finding
    ("राज्य में सामने आए 74 में से कम से कम 24 मामलों का संबंध जमात से है.", []),
    ("रविवार को सबसे ज्यादा कोरोना वायरस के 9 मामले गाजियाबाद से सामने आए हैं.", []),
    # a source noun, but no कि, colon or quote after the cue: no framed report (the demonstrative's sentence)
    ("यह बात गढ़वाल विवि के मनोविज्ञान विभाग की ओर से कराये गए ऑनलाइन मानसिक स्वास्थ्य सर्वे में सामने आई है.", []),
    ("रिपोर्ट में सामने आए आंकड़ों के बाद सरकार ने बैठक बुलाई.", []),
])
def test_claims_round79_emerged_finding_unchanged(text, spec):
    assert got(run(text, spec)) == got(run(text, spec, FINDING_OFF))


AFP_CONTENT = "इस महामारी से सबसे बुरी तरह प्रभावित यूरोप में 1,20,140 लोगों की मौत हुई है"


@pytest.mark.parametrize("text", [
    # covidnp_DH-2020-ARP-25-01
    "आधिकारिक आंकड़ों के आधार पर शनिवार को एएफपी की तरफ से की गई गणना के अनुसार " + AFP_CONTENT + ".",
    # covidnp_DH-2020-ARP-03-01 (a stray `की` before the noun, as written)
    "आधिकारिक आंकड़ों के आधार पर एएफपी द्वारा की गई की गणना के अनुसार, " + AFP_CONTENT + ".",
    # a date between the marker and the light verb
    "एएफपी द्वारा शनिवार को की गई गणना के अनुसार " + AFP_CONTENT + ".",
])
def test_claims_round79_light_verb_issuer(text):
    assert got(run(text, [AFP])) == [("एएफपी", "O_afp", "named", "के अनुसार", AFP_CONTENT, "indirect")]
    assert got(run(text, [AFP], ISSUER_OFF)) == [("गणना", None, "unresolved", "के अनुसार", AFP_CONTENT, "indirect")]


@pytest.mark.parametrize("text,spec", [
    # a participle before the light verb: `जारी की गई` (found before, as now)
    ("एएफपी द्वारा जारी की गई गणना के अनुसार " + AFP_CONTENT + ".", [AFP]),
    # the issuer's genitive: no light verb
    ("एएफपी की गणना के अनुसार " + AFP_CONTENT + ".", [AFP]),
    # `तैयार की गई`: a word of no lexicon kind before the light verb, no source noun after it (no claim, as before)
    ("विभिन्न राज्यों से मिले आंकड़ों के आधार पर पीटीआई द्वारा तैयार की गई तालिका के मुताबिक देश में 100 लोगों की मौत "
     "हुई है.", [PTI]),
    # the light verb of an event, no source (no claim, as before)
    ("तमाम आपात उपचारों के लिये दिल्ली सरकार की तरफ से अस्पतालों में की गई व्यवस्था पर संतोष जताया.", []),
])
def test_claims_round79_light_verb_issuer_unchanged(text, spec):
    assert got(run(text, spec)) == got(run(text, spec, ISSUER_OFF))
