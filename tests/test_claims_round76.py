"""pipeline/claims.py and cues-v53, claims round 76 (corpus/news sample seed 2039: 6 translated ntrex_/wmt24_/tico19_
and 6 native articles of corpus/news, gold and held-out excluded, every claim listed first): a singular demonstrative
with a role noun as the subject of a habitual cue (`यह युवा अभिनेत्री कहती हैं, "…"`) is the person named before
(`claims.demonstrative_title`); cues-v53 adds the passive `दलील की गई/गयी` (`…, जिसमें यह दलील की गई कि …`).
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams, load_cues
from tests.test_claims import MODELS, P, checked

V52 = replace(P, cues="cues-v52")
V53 = replace(P, cues="cues-v53")
LEX52 = load_cues(MODELS, V52)
LEX53 = load_cues(MODELS, V53)
ON = replace(V53, demonstrative_title=True)
OFF = replace(V53, demonstrative_title=False)
PARINEETI = ("परिणीति", "PER", "P_pc")
SRK = ("शाहरुख़", "PER", "P_srk")
AMITABH = ("अमिताभ बच्चन", "PER", "P_ab")
ANURAG = ("अनुराग कश्यप", "PER", "P_ak")
BREWERS = ("ब्रुअर्स ऑफ यूरोप", "ORG", "O_be")


def run(text, spec=(), p=ON, lex=LEX53):
    return checked(text, spec, p, lex)


def got(claims):
    return sorted((c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims)


def test_claims_round76_default_off():
    assert ClaimsParams().demonstrative_title is False


def test_cues_v53_rows():
    assert LEX53.version == "cues-v53"
    forms52 = {c.form for c in LEX52.cues}
    forms53 = {c.form for c in LEX53.cues}
    assert forms53 - forms52 == {"दलील की गई", "दलील की गयी"}
    assert forms52 < forms53
    assert all(c.role == "passive" for c in LEX53.cues if c.form in ("दलील की गई", "दलील की गयी"))


# --- demonstrative_title ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,spec,want", [
    # bbchi_0310 (shortened): the actress named before, a man named after her (`अभिनेत्री`: the latest woman)
    ("परिणीति कहती हैं कि वे बैंकर बनना चाहती थीं. जब अमिताभ बच्चन ने उनकी तारीफ़ में गाना गाया तो वो भावुक हो गईं. "
     "अपनी दूसरी ही फ़िल्म के लिए राष्ट्रीय पुरस्कार जीतने वाली यह युवा अभिनेत्री कहती हैं, \"जब कोई निर्देशक मेरे "
     "पास रोल लेकर आता है तो मैं खुश होती हूं.\"", [PARINEETI, AMITABH],
     [("परिणीति", "P_pc", "कहती", "वे बैंकर बनना चाहती थीं", "indirect"),
      ("यह युवा अभिनेत्री", "P_pc", "कहती", "जब कोई निर्देशक मेरे पास रोल लेकर आता है तो मैं खुश होती हूं", "direct")]),
    # an indirect content, the director named before
    ("फ़िल्म के सेट पर अनुराग कश्यप ने पत्रकारों से बात की. यह निर्देशक कहते हैं कि उनकी अगली फ़िल्म एक थ्रिलर होगी.",
     [ANURAG], [("यह निर्देशक", "P_ak", "कहते", "उनकी अगली फ़िल्म एक थ्रिलर होगी", "indirect")]),
    # `वह` as the demonstrative
    ("फ़िल्म के सेट पर शाहरुख़ ने पत्रकारों से बात की. वह अभिनेता कहते हैं, \"मैं हर दिन नया सीखता हूं.\"", [SRK],
     [("वह अभिनेता", "P_srk", "कहते", "मैं हर दिन नया सीखता हूं", "direct")]),
])
def test_demonstrative_title(text, spec, want):
    assert got(run(text, spec)) == want
    assert got(run(text, spec, OFF)) == [c for c in want if c[0] not in ("यह युवा अभिनेत्री", "यह निर्देशक", "वह अभिनेता")]


@pytest.mark.parametrize("text,spec", [
    # a plural demonstrative: a group, not the person named before (bbchi_0004's `ये कलाकार कहते हैं`)
    ("फ़िल्म के सेट पर शाहरुख़ ने पत्रकारों से बात की. ये कलाकार कहते हैं कि प्रशिक्षण ज़रूरी है.", [SRK]),
    # the demonstrative goes with an object noun (`यह बात`), not with the title
    ("फ़िल्म के सेट पर शाहरुख़ ने पत्रकारों से बात की. यह बात अभिनेता कहते हैं कि प्रशिक्षण ज़रूरी है.", [SRK]),
    # a feminine title and no woman the story named before: no guess
    ("फ़िल्म के सेट पर शाहरुख़ ने पत्रकारों से बात की. यह अभिनेत्री कहती हैं कि प्रशिक्षण ज़रूरी है.", [SRK]),
    # a genitive between: `यह फ़िल्म के अभिनेता` is no demonstrative subject
    ("फ़िल्म के सेट पर शाहरुख़ ने पत्रकारों से बात की. यह फ़िल्म के अभिनेता कहते हैं कि प्रशिक्षण ज़रूरी है.", [SRK]),
])
def test_demonstrative_title_guards(text, spec):
    assert run(text, spec) == []


def test_demonstrative_title_leaves_named_subject():
    # a tagged name before the title word is the subject as before
    text = "फ़िल्म के सेट पर शाहरुख़ ने पत्रकारों से बात की. यह शाहरुख़ अभिनेता कहते हैं कि प्रशिक्षण ज़रूरी है."
    assert got(run(text, [SRK])) == got(run(text, [SRK], OFF)) != []


# --- cues-v53: `दलील की गई` -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # wmt24_euronews-en.43091 (shortened): the analysis the body sent, its argument in a `जिसमें` clause
    ("ब्रुअर्स ऑफ यूरोप ने एक संक्षिप्त कानूनी विश्लेषण साझा किया जो उसने पिछले साल यूरोपियन कमीशन को भेजा था, जिसमें "
     "यह दलील की गई कि एक के बदले दूसरे का पक्ष लेने वाले नियम बाज़ार को बिगाड़ देंगे।",
     ("दलील की गई", "एक के बदले दूसरे का पक्ष लेने वाले नियम बाज़ार को बिगाड़ देंगे")),
    ("ब्रुअर्स ऑफ यूरोप ने एक रिपोर्ट जारी की, जिसमें दलील की गयी कि वाइन और बीयर प्रतिस्पर्धी उत्पाद हैं।",
     ("दलील की गयी", "वाइन और बीयर प्रतिस्पर्धी उत्पाद हैं")),
    ("ब्रुअर्स ऑफ यूरोप की रिपोर्ट में दलील की गई है कि वाइन को छूट देना गैरवाजिब है।",
     ("दलील की गई", "वाइन को छूट देना गैरवाजिब है")),
])
def test_passive_argument_v53(text, want):
    assert [(c.cue, c.content, c.quote_type) for c in run(text, [BREWERS])] == [(*want, "indirect")]
    assert run(text, [BREWERS], replace(V52, demonstrative_title=True), LEX52) == []  # cues-v52: no claim


@pytest.mark.parametrize("text", [
    "अदालत में दलील की गई बातों पर न्यायाधीश ने कोई टिप्पणी नहीं की।",  # an adjectival participle, no report
    "इस मामले में ब्रुअर्स ऑफ यूरोप की ओर से कोई दलील नहीं की गई।",  # no argument made, no content
])
def test_passive_argument_v53_guards(text):
    assert run(text, [BREWERS]) == []
