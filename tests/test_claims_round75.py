"""pipeline/claims.py, claims round 75 (corpus/news sample seed 2038: 12 articles of corpus/news, gold and held-out
excluded, every claim listed first): a report inside a direct quote with a nominative cue (`धोनी भी बार-बार कहते आए हैं
कि`), an `का कहना/मानना है` cue or an according-to cue is a layer of the quote when a tagged third person or
organisation says it, as a verb cue there already was (`claims.quoted_habitual`); a news or paper noun before an
according-to cue right after a closed quotation of a tagged name is that outlet's (`'ईएफई' समाचार के मुताबिक`,
`claims.quoted_media_name`). Sentences paraphrase real articles
(shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams, load_cues
from tests.test_claims import MODELS, P, checked

V52 = replace(P, cues="cues-v52")
LEX52 = load_cues(MODELS, V52)
ON = replace(V52, quoted_habitual=True, quoted_media_name=True)
OFF = replace(V52, quoted_habitual=False, quoted_media_name=False)
MEDIA_ONLY = replace(OFF, quoted_media_name=True)
DAHIYA = ("विजय दहिया", "PER", "P_vd")
DHONI = ("धोनी", "PER", "P_dhoni")
AJAY = ("अजय", "PER", "P_ajay")
PRAKASH = ("प्रकाश", "PER", "P_pj")
ZAFARYAB = ("जफ़रयाब", "PER", "P_zj")
BOARD = ("शिया वक़्फ़ बोर्ड", "ORG", "O_swb")
LAV = ("लव अग्रवाल", "PER", "P_la")
ICMR = ("ICMR", "ORG", "O_icmr")
SARKAR = ("जयंत सरकार", "PER", "P_js")
IMD = ("मौसम विभाग", "ORG", "O_imd")


def run(text, spec=(), p=ON):
    return checked(text, spec, p, LEX52)


def got(claims):
    return sorted((c.speaker_text, c.cue, c.content, c.quote_type) for c in claims)


def test_claims_round75_default_off():
    assert ClaimsParams().quoted_habitual is False and ClaimsParams().quoted_media_name is False


@pytest.mark.parametrize("text,spec,layer", [
    # bbchi_0150 (shortened): a habitual `कहते आए हैं कि` of a tagged person inside another's quote
    ('विजय दहिया ने कहा, "मुझे लगता है कि स्पिनर पर बहुत दारोमदार रहेगा. धोनी भी बार-बार कहते आए हैं कि पिच '
     'स्पिन को मदद देने वाली होनी चाहिए."', [DAHIYA, DHONI],
     ("धोनी", "कहते आए", "पिच स्पिन को मदद देने वाली होनी चाहिए", "indirect")),
    # bbchi_0124 (shortened): a stance verb, `जैसा X भी मानते हैं कि`
    ("अजय कहते हैं, ''हमारी फ़िल्म को 14 साल हो गए हैं. जैसा प्रकाश जी भी मानते हैं कि अब हमें एक-दूसरे को ज़्यादा "
     "कुछ समझाना नहीं पड़ता.''", [AJAY, PRAKASH],
     ("प्रकाश", "मानते", "अब हमें एक-दूसरे को ज़्यादा कुछ समझाना नहीं पड़ता", "indirect")),
    # covidnp_NT-2020-APR-07-02 (shortened): an organisation's study `बताती है कि` inside an official's quote
    ("लव अग्रवाल ने कहा, 'ICMR की एक स्टडी बताती है कि एक मरीज 30 दिन में 406 लोगों को इन्फेक्ट कर सकता है।'",
     [LAV, ICMR], ("ICMR", "बताती", "एक मरीज 30 दिन में 406 लोगों को इन्फेक्ट कर सकता है", "indirect")),
    # ednil_heat-rajasthan-phalodi (shortened): an according-to source inside a quote
    ("मौसम विभाग के निदेशक जयंत सरकार ने बताया, \"अहमदाबाद ने 100 साल का रिकॉर्ड तोड़ दिया। मौसम विभाग के आंकड़ों "
     "के अनुसार 27 मई 1916 को यहां पर 47.8 डिग्री तापमान दर्ज हुआ था।\"", [SARKAR, IMD],
     ("मौसम विभाग", "के अनुसार", "27 मई 1916 को यहां पर 47.8 डिग्री तापमान दर्ज हुआ था", "indirect")),
])
def test_claims_round75_layer_inside_quote(text, spec, layer):
    on, off = got(run(text, spec)), got(run(text, spec, OFF))
    assert layer in on and layer not in off
    assert sorted(set(on) - {layer}) == off  # the quote's own claim as before


@pytest.mark.parametrize("text,spec", [
    # guard: a pronoun subject inside the quote is the quote itself (no layer: nobody named)
    ('विजय दहिया कहते हैं, "वो हमेशा कहते हैं कि पिच स्पिन को मदद देने वाली होनी चाहिए."', [DAHIYA]),
    # guard: an untagged subject inside the quote (`लोग`): no layer
    ('विजय दहिया ने कहा, "लोग कहते हैं कि पुजारा शानदार खिलाड़ी हैं."', [DAHIYA]),
    # guard: the quote's own speaker named again inside it
    ('धोनी ने कहा, "मैं बार-बार कहता आया हूं, धोनी हमेशा मानते हैं कि पिच स्पिन को मदद देने वाली होनी चाहिए."',
     [DHONI]),
    # guard: the nominative report outside any quote is a claim with the switch off as well
    ("शिया वक़्फ़ बोर्ड मान रहा था कि इस मुक़दमे से उनका संबंध नहीं है।", [BOARD]),
])
def test_claims_round75_unchanged(text, spec):
    assert got(run(text, spec)) == got(run(text, spec, OFF))


EFE = ("ईएफई", "ORG", "O_efe")
SHARQ = ("शर्क", "ORG", "O_sharq")
EGYPT = ("इजिप्ट", "LOC", "L_eg")
EFE_TEXT = ("बता दें कि फरवरी के बाद इजिप्ट में यह पहला रेल हादसा है। {q} समाचार के मुताबिक, फरवरी में इजिप्ट के "
            "एक शहर में एक ट्रेन दुर्घटनाग्रस्त हो गई थी, जिसमें 10 लोग मारे गए थे।")


@pytest.mark.parametrize("text,spec,claim", [
    # ednil_55-hurt-in-train-accident-in-egypt (shortened): straight single quotes
    (EFE_TEXT.format(q="'ईएफई'"), [EFE, EGYPT],
     ("ईएफई", "के मुताबिक", "फरवरी में इजिप्ट के एक शहर में एक ट्रेन दुर्घटनाग्रस्त हो गई थी, जिसमें 10 लोग मारे गए थे",
      "indirect")),
    # bbchi_0001 (paraphrased): curly quotes, `अखबार` (a container noun), a sentence of its own
    ("ये लोग जलीली को पसंद करते हैं। ‘शर्क’ अखबार के अनुसार जलीली का धर्म से गहरा जुड़ाव है।", [SHARQ],
     ("शर्क", "के अनुसार", "जलीली का धर्म से गहरा जुड़ाव है", "indirect")),
])
def test_claims_round75_quoted_outlet(text, spec, claim):
    on, off = got(run(text, spec, MEDIA_ONLY)), got(run(text, spec, OFF))
    assert claim in on and claim not in off
    assert on == sorted(off + [claim])


@pytest.mark.parametrize("text,spec", [
    # guard: an untagged quoted word (`'ताजा'`): nobody named, no speaker found (as before)
    (EFE_TEXT.format(q="'ताजा'"), [EGYPT]),
    # guard: a quoted place before the noun (`'इजिप्ट' समाचार`): a place is no outlet
    (EFE_TEXT.format(q="'इजिप्ट'"), [EGYPT]),
    # guard: the quotation holds more than the tagged name
    (EFE_TEXT.format(q="'ईएफई की'"), [EFE, EGYPT]),
    # guard: the name unquoted before the noun is the speaker with the switch off as well
    (EFE_TEXT.format(q="ईएफई"), [EFE, EGYPT]),
])
def test_claims_round75_quoted_outlet_unchanged(text, spec):
    assert got(run(text, spec, MEDIA_ONLY)) == got(run(text, spec, OFF))
