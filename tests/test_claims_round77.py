"""pipeline/claims.py, claims round 77 (corpus/news sample seed 2040: 6 translated ntrex_/wmt24_/tico19_ and 6 native
articles of corpus/news, gold and held-out excluded, every claim listed first): in a document whose copy breaks its
paragraphs inside sentences (BBC Hindi's pages), a body line goes on into the next line's sentence whatever word it
ends in (`claims.broken_layout`; round 47's `broken_paragraphs` joined only after a postposition, possessive or
determiner): `… पत्रिका फोर्ब्स के आकलन के मुताबिक` | blank line | `धोनी ने … कमाई की है.` is Forbes's content.
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams
from tests.test_claims import P, checked

ON = replace(P, broken_layout=True)
OFF = replace(P, broken_layout=False)
FORBES = ("फोर्ब्स", "ORG", "O_forbes")
DHONI = ("धोनी", "PER", "P_dhoni")
WOODS = ("टाइगर वुड्स", "PER", "P_woods")
VIJAY = ("विजय कुमारी", "PER", "P_vk")
KOLMAN = ("डेविड कोलमैन", "PER", "P_dc")
SHASTRI = ("रवि शास्त्री", "PER", "P_rs")


def run(text, spec=(), p=ON):
    return checked(text, spec, p)


def got(claims):
    return sorted((c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims)


def test_claims_round77_default_off():
    assert ClaimsParams().broken_layout is False


# bbchi_0088 (shortened): every body line of the copy ends mid-sentence; the according-to source ends its line
FORBES_TEXT = (
    "धोनी की कमाई फ़ुटबॉलर मेसी से भी ज़्यादा है. साल 2012 में उन्हें 31वें स्थान पर रखा गया था.प्रभावशाली कारोबारी "
    "पत्रिका फोर्ब्स के आकलन के मुताबिक\n\nधोनी ने पिछले साल पुरस्कारों और विज्ञापनों से तीन करोड़ 15 लाख डॉलर की कमाई "
    "की है.फोर्ब्स की सूची में पहले स्थान पर रहनेवाले 37 वर्षीय\n\nटाइगर वुड्स की कमाई पिछले साल सात करोड़ 81 लाख "
    "डॉलर थी.")


@pytest.mark.parametrize("text,spec,want,before", [
    (FORBES_TEXT, [FORBES, DHONI, WOODS],
     [("फोर्ब्स", "O_forbes", "के मुताबिक",
       "धोनी ने पिछले साल पुरस्कारों और विज्ञापनों से तीन करोड़ 15 लाख डॉलर की कमाई की है", "indirect")],
     [("फोर्ब्स", "O_forbes", "के मुताबिक", "प्रभावशाली कारोबारी पत्रिका", "indirect")]),
    # bbchi_0155 (shortened): a direct quote the copy broke after `अनपढ़`
    ("जेल में बंद महिलाओं की कहानी अलग है. अपना हाल सुनाती हुईं विजय कुमारी कहती हैं, \"मैं एक अनपढ़\n\nऔरत हूं. मुझे "
     "नहीं पता कि मैं कब जेल भेजी गई थी.\" अदालत में उनका मामला बीस बरस से चल रहा है. उनके वकील ने कई बार अर्ज़ी दी "
     "पर सुनवाई टलती\n\nरही. आज भी वह जेल में हैं.", [VIJAY],
     [("विजय कुमारी", "P_vk", "कहती",
       "मैं एक अनपढ़\n\nऔरत हूं. मुझे नहीं पता कि मैं कब जेल भेजी गई थी", "direct")],
     [("विजय कुमारी", "P_vk", "कहती", "मैं एक अनपढ़", "direct")]),
    # bbchi_0318 (shortened): an indirect content cut after an adjective
    ("वह बीबीसी के कमेंटेटर रहे. प्रधानमंत्री ने कहा कि डेविड कोलमैन देश के सबसे सम्मानित\n\nपत्रकार थे. उनकी "
     "टिप्पणियां सुनते हुए पीढ़ियां जवान हुईं. कोलमैन ने पचास साल तक खेलों का आँखों देखा हाल सुनाया और कई\n\n"
     "ओलंपिक खेलों में कमेंटरी की.", [KOLMAN],
     [("प्रधानमंत्री", None, "कहा", "डेविड कोलमैन देश के सबसे सम्मानित\n\nपत्रकार थे", "indirect")],
     [("प्रधानमंत्री", None, "कहा", "डेविड कोलमैन देश के सबसे सम्मानित", "indirect")]),
])
def test_broken_layout(text, spec, want, before):
    assert got(run(text, spec)) == want
    assert got(run(text, spec, OFF)) == before


@pytest.mark.parametrize("text,spec", [
    # one body line broken in the whole document: no evidence of the layout, the line ends its sentence as written
    ("धोनी की कमाई मेसी से भी ज़्यादा है. साल 2012 में उन्हें 31वें स्थान पर रखा गया था.प्रभावशाली कारोबारी पत्रिका "
     "फोर्ब्स के आकलन के मुताबिक\n\nधोनी ने पिछले साल तीन करोड़ डॉलर की कमाई की है. टाइगर वुड्स पहले स्थान पर हैं.",
     [FORBES, DHONI, WOODS]),
    # a digest whose stories end in a danda and carry a glued headline now and then (the minority of its body lines)
    ("मुंबई में 20 नए मामले आए हैं। राज्य में कुल 300 मामले हो गए हैं। सरकार ने कहा कि हालात काबू में हैं, घबराएं नहीं\n"
     "स्वास्थ्य मंत्री ने बताया कि अस्पतालों में बिस्तर बढ़ाए गए हैं। जांच भी तेज़ हुई है।\n"
     "पुणे में नौ नए मामले आए हैं। शहर में बाज़ार बंद हैं।\n"
     "नागपुर में तीन नए मामले आए हैं। प्रशासन सतर्क है। रवि शास्त्री ने कहा कि मैच टल सकते हैं, तैयारी जारी\n"
     "टीम के खिलाड़ी घर पर अभ्यास कर रहे हैं। कोच भी उनके संपर्क में हैं।\n"
     "ठाणे में दो नए मामले आए हैं। लोग घरों में हैं।", [SHASTRI]),
])
def test_broken_layout_guards(text, spec):
    assert got(run(text, spec)) == got(run(text, spec, OFF))


def test_broken_layout_finite_end():
    # the layout holds (two body lines broken), but a line that ends in a finite verb has ended its clause
    text = ("वह बीबीसी के कमेंटेटर रहे. प्रधानमंत्री ने कहा कि सड़कें कल से बंद रहेंगी\n\nलोग घरों में रहें. उनकी "
            "टिप्पणियां सुनते हुए पीढ़ियां जवान हुईं. कोलमैन ने पचास साल तक खेलों का हाल सुनाया और कई\n\n"
            "ओलंपिक खेलों में कमेंटरी की.")
    assert got(run(text, [KOLMAN])) == got(run(text, [KOLMAN], OFF)) == [
        ("प्रधानमंत्री", None, "कहा", "सड़कें कल से बंद रहेंगी", "indirect")]
