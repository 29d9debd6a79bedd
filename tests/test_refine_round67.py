"""pipeline.refine, round 67 (issue 14: recall on native Hindi news): a story that tags a name of two or more words in
its spaced spelling writes it hyphenated elsewhere (`[तब्लीगी जमात]O` ... `तब्लीगी-ए-जमात`), which the model reads as
one unseen word and leaves untagged: the hyphenated word takes the span's label. Hand-built lexicon, as
tests/test_refine.py."""
from __future__ import annotations

import pytest

from pipeline.refine import _hyphen_key
from tests.test_refine import LEX, refine_only


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ-2020-APR-01-02 (paraphrased): the izafat `ए` between the hyphenated words of an ORG
        ("तब्लीगी जमात के लोग लौटे। तब्लीगी-ए-जमात के मरकज से लोग निकाले गए।", [("तब्लीगी जमात", "ORG")], True,
         [("तब्लीगी जमात", "ORG"), ("तब्लीगी-ए-जमात", "ORG")]),
        ("तब्लीगी जमात के लोग लौटे। तब्लीगी-ए-जमात के मरकज से लोग निकाले गए।", [("तब्लीगी जमात", "ORG")], False,
         [("तब्लीगी जमात", "ORG")]),
        # covidnp_NT-2020-MAR-14-01 (paraphrased): a place of two words written with a hyphen, no izafat
        ("पिम्परी चिंचवाड़ में मामले मिले। पुणे और पिम्परी-चिंचवाड़ क्षेत्र में स्कूल बंद रहेंगे।",
         [("पिम्परी चिंचवाड़", "LOC"), ("पुणे", "LOC")], True,
         [("पिम्परी चिंचवाड़", "LOC"), ("पिम्परी-चिंचवाड़", "LOC"), ("पुणे", "LOC")]),
        ("पिम्परी चिंचवाड़ में मामले मिले। पुणे और पिम्परी-चिंचवाड़ क्षेत्र में स्कूल बंद रहेंगे।",
         [("पिम्परी चिंचवाड़", "LOC"), ("पुणे", "LOC")], False, [("पिम्परी चिंचवाड़", "LOC"), ("पुणे", "LOC")]),
        # guard: a hyphenated word that spells no span of the story (`पीटीआई-भाषा`, a byline)
        ("पीटीआई-भाषा के अनुसार दिल्ली सरकार ने आदेश दिया।", [("दिल्ली सरकार", "ORG")], True,
         [("दिल्ली सरकार", "ORG")]),
        # guard: the span's text tagged with two labels in the story: no label is taken
        ("अंडमान निकोबार में मामला मिला। अंडमान निकोबार प्रशासन ने कहा। अंडमान-निकोबार पहुंचा वायरस।",
         [("अंडमान निकोबार", "LOC"), ("अंडमान निकोबार", "ORG")], True,
         [("अंडमान निकोबार", "LOC"), ("अंडमान निकोबार", "ORG")]),
        # guard: the hyphenated word already inside a span stays as it is
        ("जम्मू कश्मीर में बर्फ गिरी। जम्मू-कश्मीर प्रशासन ने सड़कें बंद कीं।",
         [("जम्मू कश्मीर", "LOC"), ("जम्मू-कश्मीर प्रशासन", "ORG")], True,
         [("जम्मू कश्मीर", "LOC"), ("जम्मू-कश्मीर प्रशासन", "ORG")]),
        # guard: a one-word span is no evidence (a reduplicated word `दो-दो` is no name)
        ("दो सौ लोग आए। दो-दो हॉटस्पॉट दिल्ली में हैं।", [("दिल्ली", "LOC")], True, [("दिल्ली", "LOC")]),
    ],
)
def test_hyphen_echoes(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, hyphen_echoes=on) == sorted(expected)


@pytest.mark.parametrize(
    "word, key",
    [
        ("तब्लीगी-ए-जमात", "तब्लीगी जमात"),
        ("जम्मू-कश्मीर", "जम्मू कश्मीर"),
        ("पीटीआई-", ""),  # a part left empty
        ("कोविड-19", ""),  # a part of digits
        ("ए-ए", ""),  # the izafat alone
        ("जमात", ""),  # no hyphen
    ],
)
def test_hyphen_key(word, key):
    assert _hyphen_key(word) == key


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_DJ-2020-APR-01-02 (paraphrased): a locality named with a compass word after the place, before `व`
        ("पहला हॉटस्पॉट निजामुद्दीन पश्चिम व दूसरा दिलशाद गार्डन है।", [("निजामुद्दीन", "LOC"), ("दिलशाद गार्डन", "LOC")],
         True, [("निजामुद्दीन पश्चिम", "LOC"), ("दिलशाद गार्डन", "LOC")]),
        ("पहला हॉटस्पॉट निजामुद्दीन पश्चिम व दूसरा दिलशाद गार्डन है।", [("निजामुद्दीन", "LOC"), ("दिलशाद गार्डन", "LOC")],
         False, [("निजामुद्दीन", "LOC"), ("दिलशाद गार्डन", "LOC")]),
        # covidnp_AU-2020-MAY-10-01 (paraphrased): a station, the English loan before a comma
        ("ये ट्रेनें पटना, मुंबई सेंट्रल, अहमदाबाद जाएंगी।", [("पटना", "LOC"), ("मुंबई", "LOC"), ("अहमदाबाद", "LOC")], True,
         [("पटना", "LOC"), ("मुंबई सेंट्रल", "LOC"), ("अहमदाबाद", "LOC")]),
        # a district, `पूर्व` before a comma (a list of districts, paraphrased)
        ("मेदिनीपुर पूर्व, हावड़ा और हुगली में बारिश हुई।", [("मेदिनीपुर", "LOC"), ("हावड़ा", "LOC"), ("हुगली", "LOC")], True,
         [("मेदिनीपुर पूर्व", "LOC"), ("हावड़ा", "LOC"), ("हुगली", "LOC")]),
        # guard: `पूर्व में` is "earlier"
        ("अफ्रीका पूर्व में भी ऐसे मामले आए थे।", [("अफ्रीका", "LOC")], True, [("अफ्रीका", "LOC")]),
        # guard: the compass word opens the next name (`श्रावस्ती उत्तर प्रदेश के`)
        ("श्रावस्ती उत्तर प्रदेश के पिछड़े जिलों में है।", [("श्रावस्ती", "LOC")], True, [("श्रावस्ती", "LOC")]),
        # guard: a thing of the place after the compass word (`आगरा सेंट्रल जेल`)
        ("आगरा सेंट्रल जेल के कैदी रिहा हुए।", [("आगरा", "LOC")], True, [("आगरा", "LOC")]),
        # guard: an ORG span is not grown
        ("रेलवे पश्चिम में नई ट्रेनें चलाएगा।", [("रेलवे", "ORG")], True, [("रेलवे", "ORG")]),
    ],
)
def test_compass_tails(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, compass_tails=on) == sorted(expected)
