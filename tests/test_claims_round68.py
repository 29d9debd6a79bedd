"""pipeline/claims.py, claims round 68 (issue 16; seed 2031; recall on native Hindi news): a demonstrative report
`X ने यह जानकारी दी।` whose time adverb holds a date (`बृहस्पतिवार (2 अप्रैल) को`, `25 फरवरी 2020 को`) reports the
sentence before (`demonstrative_date`); so does one whose sentence before holds a short quoted name (`पोत 'यूएसएस
थियोडोर रूजवेल्ट' पर …`), for `X ने यह जानकारी दी` and the fronted `यह जानकारी X ने दी` (`demonstrative_quoted_name`).
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

ON = replace(P, demonstrative_date=True, demonstrative_quoted_name=True)
OFF = replace(P, demonstrative_date=False, demonstrative_quoted_name=False)


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


@pytest.mark.parametrize("text,spec,want", [
    # covidnp_DH-2020-ARP-02-01 (paraphrased): a bracketed date inside the time adverb
    ("चीन में संक्रमण के 35 और मामले दर्ज किए गए। हुबेई प्रांत में छह और लोगों की मौत होने की पुष्टि हुई। "
     "अधिकारियों ने बृहस्पतिवार (2 अप्रैल) को यह जानकारी दी।", [],
     ("अधिकारियों", None, "anonymous", "जानकारी दी", "हुबेई प्रांत में छह और लोगों की मौत होने की पुष्टि हुई",
      "indirect")),
    # covidnp_DH-2020-MAR-23-01 (paraphrased): the same with a named ministry
    ("देश में संक्रमण के मामले बढ़कर 415 हो गए हैं। रविवार रात तक संक्रमित लोगों की संख्या 360 थी। "
     "स्वास्थ्य मंत्रालय ने सोमवार (23 मार्च) को यह जानकारी दी।", [("स्वास्थ्य मंत्रालय", "ORG", "O_h")],
     ("स्वास्थ्य मंत्रालय", "O_h", "named", "जानकारी दी", "रविवार रात तक संक्रमित लोगों की संख्या 360 थी",
      "indirect")),
    # covidnp_DJ-2020-MAR-15-01 (paraphrased): a date in digits and month, then the channel `… से बातचीत में`
    ("तीन कौवों को जांच के लिए भोपाल की लैब में भेजा गया था, जिनमें से एक में बर्ड फ्लू मिला था। "
     "पशु चिकित्साधिकारी बीबी सिंह ने 25 फरवरी 2020 को अखबार से बातचीत में इसकी पुष्टि की थी।",
     [("बीबी सिंह", "PER", "P_b")],
     ("बीबी सिंह", "P_b", "named", "पुष्टि की",
      "तीन कौवों को जांच के लिए भोपाल की लैब में भेजा गया था, जिनमें से एक में बर्ड फ्लू मिला था", "indirect")),
])
def test_claims_round68_demonstrative_date(text, spec, want):
    assert got(check_offsets(text, run(text, spec, p=ON)))[-1] == want
    assert want not in got(run(text, spec, p=OFF))


@pytest.mark.parametrize("text,spec", [
    # guard: a number with no month or weekday next to it is no date (`इन 25 की`): no claim, as before
    ("जिले में 25 नए मरीज मिले हैं। डॉक्टर ने बताया कि हालत स्थिर है। सीएमओ ने इन 25 की पुष्टि की।", []),
    # guard: a bracket around something else than a date (`(एएनआई)`) is not stepped over
    ("जिले में नए मरीज मिले हैं। सभी को अस्पताल में भर्ती कराया गया है। अधिकारियों ने सोमवार (एएनआई) को यह जानकारी दी।",
     []),
])
def test_claims_round68_date_guards(text, spec):
    assert got(run(text, spec, p=ON)) == got(run(text, spec, p=OFF))


ESPER = ("मार्क एस्पर", "PER", "P_e")
PRASAD = ("अमित मोहन प्रसाद", "PER", "P_p")


@pytest.mark.parametrize("text,spec,want", [
    # covidnp_AU-2020-ARP-09-02 (paraphrased): a quoted ship's name in the sentence before
    ("अमेरिकी नौसेना के प्रमुख ने दिया इस्तीफा\nविमान वाहक पोत 'यूएसएस थियोडोर रूजवेल्ट' पर उठे सवालों के बीच कार्यवाहक "
     "नौसेना प्रमुख ने मंगलवार को इस्तीफा दे दिया। अमेरिकी रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी।", [ESPER],
     ("मार्क एस्पर", "P_e", "named", "जानकारी दी",
      "विमान वाहक पोत 'यूएसएस थियोडोर रूजवेल्ट' पर उठे सवालों के बीच कार्यवाहक नौसेना प्रमुख ने मंगलवार को इस्तीफा "
      "दे दिया", "indirect")),
    # covidnp_NT-2020-APR-04-02 (paraphrased): a quoted term, the subject a bare noun
    ("बंदरगाह न्यास संकट के बीच तैयारी कर रहा है। न्यास ने संक्रमित लोगों के लिये समंदर पर 'तैरता पृथक वास' तैयार करने की "
     "पहल की है। न्यास ने शनिवार को इसकी जानकारी दी।", [],
     ("न्यास", None, "named", "जानकारी दी",
      "न्यास ने संक्रमित लोगों के लिये समंदर पर 'तैरता पृथक वास' तैयार करने की पहल की है", "indirect")),
    # the fronted report (`यह जानकारी X ने दी`), a quoted scheme name before it
    ("प्रदेश में राहत कार्य जारी है। सरकार ने 'मुख्यमंत्री राहत कोष' से 50 करोड़ रुपये जारी किए हैं। "
     "यह जानकारी प्रमुख सचिव अमित मोहन प्रसाद ने दी।", [PRASAD],
     ("अमित मोहन प्रसाद", "P_p", "named", "दी", "सरकार ने 'मुख्यमंत्री राहत कोष' से 50 करोड़ रुपये जारी किए हैं",
      "indirect")),
])
def test_claims_round68_quoted_name(text, spec, want):
    on = got(check_offsets(text, run(text, spec, p=ON)))
    assert want in on
    assert want not in got(run(text, spec, p=OFF))


@pytest.mark.parametrize("text,spec", [
    # guard: the sentence before opens with a quotation (someone's words): no content taken
    ("मंत्री ने दौरा किया। 'हम हर मरीज का इलाज करेंगे' पर लोगों ने भरोसा जताया। मार्क एस्पर ने यह जानकारी दी।", [ESPER]),
    # guard: a quoted stretch of more than four words is a quotation, not a name
    ("नौसेना में हलचल है। प्रमुख ने कहा था कि 'हम इस संकट से जल्द ही बाहर निकल आएंगे' और फिर इस्तीफा दे दिया। "
     "मार्क एस्पर ने यह जानकारी दी।", [ESPER]),
    # guard: an odd number of marks (an unclosed quotation)
    ("नौसेना में हलचल है। पोत 'यूएसएस थियोडोर पर उठे सवालों के बीच प्रमुख ने इस्तीफा दे दिया। मार्क एस्पर ने यह जानकारी दी।",
     [ESPER]),
])
def test_claims_round68_quoted_name_guards(text, spec):
    assert got(run(text, spec, p=ON)) == got(run(text, spec, p=OFF))


def test_claims_round68_quoted_name_digest_guard():
    # covidnp_NT-2020-MAR-07-03 (paraphrased): a digest item (slug and headline glued before its body by a colon)
    text = ("दिल्ली में आज कई बैठकें हुईं। दि35 कोरोना ईरान विमान कोरोना वायरस: नमूने लेकर दिल्ली पहुंचा विमान नयी दिल्ली, "
            "नमूने लेकर 'महान एयर' का विमान शनिवार को दिल्ली पहुंचा। हवाई अड्डे के एक अधिकारी ने यह जानकारी दी।")
    assert got(run(text, [], p=ON)) == got(run(text, [], p=OFF))
