"""Segmentation round 2: a period glued between a word and a number ends the sentence (switch `glued_numbers`), a PTI-Bhasha
desk code inside a line opens a new sentence (`desk_codes`), `डाॅ.` (AA sign + candra O) is the abbreviation `डॉ.`
(`candra_o_abbreviations`), and a related story's headline in parentheses glued onto the next word is a sentence of its own
(`glued_headlines`). Lines shortened or paraphrased from corpus/news (articles named per case)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.runner import load_params
from pipeline.segment import SegmentParams, split_sentences

ROOT = Path(__file__).resolve().parents[1]
P = load_params(ROOT / "params.yaml", "segment", SegmentParams)
OFF = replace(P, glued_numbers=False, desk_codes=False, candra_o_abbreviations=False, glued_headlines=False)


def texts(text: str, p: SegmentParams) -> list[str]:
    return [s.text for s in split_sentences("d", text, p)]


def tokens(text: str, p: SegmentParams) -> list[str]:
    return [text[a:b] for s in split_sentences("d", text, p) for a, b in zip(s.token_starts, s.token_ends)]


def test_round2_shipped():
    assert P.glued_numbers and P.desk_codes and P.candra_o_abbreviations and P.glued_headlines
    d = SegmentParams()  # old params keep old behaviour
    assert not (d.glued_numbers or d.desk_codes or d.candra_o_abbreviations or d.glued_headlines)


# --- glued_numbers: `था.117 गेंदों में`: the period ends the sentence, the number opens the next --------------------------
GLUED_NUMBERS = [
    # bbchi_0029: a century, then the balls it took, the paragraphs glued
    ("ये उनका 23वां टेस्ट शतक था.117 गेंदों में उन्होंने रन बनाए.",
     ["ये उनका 23वां टेस्ट शतक था.", "117 गेंदों में उन्होंने रन बनाए."],
     ["ये उनका 23वां टेस्ट शतक था.117 गेंदों में उन्होंने रन बनाए."]),
    # bbchi_0250: a grouped number
    ("क्लब में उनकी 33 फ़ीसदी की भागीदारी है.2,676 एकड़ के इस प्लॉट की नीलामी होगी.",
     ["क्लब में उनकी 33 फ़ीसदी की भागीदारी है.", "2,676 एकड़ के इस प्लॉट की नीलामी होगी."],
     ["क्लब में उनकी 33 फ़ीसदी की भागीदारी है.2,676 एकड़ के इस प्लॉट की नीलामी होगी."]),
    # bbchi_0284: a numbered list glued into one line: the list number stays out of both sentences
    ("भारत तीन मैच जीत चुका है.2. भारत ने कोटला मैदान में नौ मैच जीते.3. अंत",
     ["भारत तीन मैच जीत चुका है.", "भारत ने कोटला मैदान में नौ मैच जीते.", "अंत"],
     ["भारत तीन मैच जीत चुका है.2.", "भारत ने कोटला मैदान में नौ मैच जीते.3.", "अंत"]),
]


GLUED_NUMBER_GUARDS = [
    # guard: an abbreviation before the number (`रु.500`) is no sentence end
    "इसकी कीमत रु.500 तय की गई है।",
    # guard: a Latin word before it (covidnp_DJ-2020-MAR-21-02's address)
    "आप ncov.2019@gmail.com पर मेल भी कर सकते हैं।",
    # guard: an initial before it
    "वार्ड क.5 में मरीज मिले।",
    # guard: a decimal stays whole
    "उत्पादन 8.3 प्रतिशत गिर सकता है।",
]


def test_glued_numbers_decimal_after():
    # a decimal glued after the period: the sentence ends, the decimal stays whole (no list number)
    assert texts("बिक्री घटी है.2.5 प्रतिशत की गिरावट आई.", P) == ["बिक्री घटी है.", "2.5 प्रतिशत की गिरावट आई."]


# --- desk_codes: `… इस प्रकार हैं: दि41 …`: a digest's first item opens a new sentence ---------------------------------------
DESK_CODES = [
    # covidnp_NT-2020-MAY-11-01: the digest's intro and its first item
    ("प्रमुख समाचार इस प्रकार हैं: दि41 स्वास्थ्य वायरस मरीज अब 17 दिन में बाहर आ सकते हैं।",
     ["प्रमुख समाचार इस प्रकार हैं:", "दि41 स्वास्थ्य वायरस मरीज अब 17 दिन में बाहर आ सकते हैं।"],
     ["प्रमुख समाचार इस प्रकार हैं: दि41 स्वास्थ्य वायरस मरीज अब 17 दिन में बाहर आ सकते हैं।"]),
    # covidnp_NT-2020-MAR-07-03: dashes before the code, a regional desk glued onto its slug later
    ("घटनाक्रम इस प्रकार है--- प्रादे18गुजरात वायरस मामले",
     ["घटनाक्रम इस प्रकार है---", "प्रादे18गुजरात वायरस मामले"],
     ["घटनाक्रम इस प्रकार है--- प्रादे18गुजरात वायरस मामले"]),
]


DESK_CODE_GUARDS = [
    # guard: a code after a danda already opens its sentence (no empty sentence)
    "मौत हो गई।दि27 वायरस अध्यादेश लागू",
    # guard: a mask's name (`एन95`) or a word glued to a number is no desk code
    "उन्हें एन95 मास्क और कोविड19 किट दी गई।",
    # guard: the desk's letters inside a word are no code (`आदि2` is no code: no space before)
    "सब्जी आदि2 दुकानों पर मिली।",
]


def test_desk_code_after_danda():
    assert texts("मौत हो गई।दि27 वायरस अध्यादेश लागू", P) == ["मौत हो गई।", "दि27 वायरस अध्यादेश लागू"]


# --- candra_o_abbreviations: `डाॅ.` is `डॉ.` ----------------------------------------------------------------------------
CANDRA_O = [
    # covidnp_DJ-2020-ARP-12-01: a civil surgeon's title
    ("सिविल सर्जन डाॅ. गुरिंदर कौर के अनुसार सभी मामले पुराने हैं।",
     ["सिविल सर्जन डाॅ. गुरिंदर कौर के अनुसार सभी मामले पुराने हैं।"],
     ["सिविल सर्जन डाॅ.", "गुरिंदर कौर के अनुसार सभी मामले पुराने हैं।"]),
    # covidnp_PK-2020-MAR-26-01: a director's title, a second sentence after
    ("निदेशक डाॅ. पीके दास ने पुष्टि की है. जांच जारी है.",
     ["निदेशक डाॅ. पीके दास ने पुष्टि की है.", "जांच जारी है."],
     ["निदेशक डाॅ.", "पीके दास ने पुष्टि की है.", "जांच जारी है."]),
]


def test_candra_o_tokens_unchanged():
    # the tokens stay `डाॅ` + `.`, as before: the tagger's titles are spelled `डॉ`
    text = "सिविल सर्जन डाॅ. गुरिंदर कौर ने बताया।"
    assert tokens(text, P) == tokens(text, OFF)
    assert "डाॅ" in tokens(text, P)


@pytest.mark.parametrize("text,expected", [
    # guard: a word ending in the sign that is no abbreviation still ends its sentence
    ("उन्होंने कहा कि सब ठीक है. डाॅक्टर आए.", ["उन्होंने कहा कि सब ठीक है.", "डाॅक्टर आए."]),
    # guard: `डॉ.` as usual
    ("निदेशक डॉ. पीके दास ने बताया।", ["निदेशक डॉ. पीके दास ने बताया।"]),
])
def test_candra_o_guards(text, expected):
    assert texts(text, P) == expected
    assert texts(text, OFF) == expected


# --- glued_headlines: `(… related story …)मनोरंजन …` ----------------------------------------------------------------------
GLUED_HEADLINES = [
    # bbchi_0006: the headline opens the line
    ("(जब अमिताभ के लिए रुक गई लड़ाई)मनोरंजन जगत की ख़बरों के मुताबिक़ दोनों साथ नहीं दिखेंगे.",
     ["(जब अमिताभ के लिए रुक गई लड़ाई)", "मनोरंजन जगत की ख़बरों के मुताबिक़ दोनों साथ नहीं दिखेंगे."],
     ["(जब अमिताभ के लिए रुक गई लड़ाई)मनोरंजन जगत की ख़बरों के मुताबिक़ दोनों साथ नहीं दिखेंगे."]),
    # bbchi_0243: a period glued before the headline
    ("यह फैशन ट्रेंड बन सकता है.(अस्पताल में केट का एक और दिन)विशेषज्ञों के मुताबिक़ केट ने कई ड्रेस पहनीं.",
     ["यह फैशन ट्रेंड बन सकता है.", "(अस्पताल में केट का एक और दिन)", "विशेषज्ञों के मुताबिक़ केट ने कई ड्रेस पहनीं."],
     ["यह फैशन ट्रेंड बन सकता है.(अस्पताल में केट का एक और दिन)विशेषज्ञों के मुताबिक़ केट ने कई ड्रेस पहनीं."]),
    # bbchi_0069: after a closing quote
    ('"मुझे नहीं चाहिए."(सलमान ने पूरी नहीं की कमिटमेंट)इसके बाद सलमान हंसे.',
     ['"मुझे नहीं चाहिए."', "(सलमान ने पूरी नहीं की कमिटमेंट)", "इसके बाद सलमान हंसे."],
     ['"मुझे नहीं चाहिए."', "(सलमान ने पूरी नहीं की कमिटमेंट)इसके बाद सलमान हंसे."]),
]


GLUED_HEADLINE_GUARDS = [
    # guard: an acronym in parentheses inside a sentence (covidnp_DH-2020-MAR-06-02)
    "एजेंसी स्टैंडर्ड एंड पुअर्स (एसएंडपी)के मुताबिक कंपनियों पर असर होगा।",
    # guard: one word in parentheses at the start (an agency's credit)
    "(भाषा)नयी दिल्ली में बैठक हुई।",
    # guard: a parenthesis followed by a space is a parenthesis, not a glued headline
    "(जब अमिताभ के लिए रुक गई लड़ाई) मनोरंजन जगत की ख़बरें.",
    # guard: a sentence mark inside (ednil_patnaagain-txt-xml's `(सोमवार को 5.6 डिग्री था)गिरकर`, moved to the start)
    "(सोमवार को 5.6 डिग्री था)गिरकर 5.5 डिग्री रहा।",
]


@pytest.mark.parametrize("text,on,off", GLUED_NUMBERS + DESK_CODES + CANDRA_O + GLUED_HEADLINES)
def test_switch_on_off(text, on, off):
    assert texts(text, P) == on
    assert texts(text, OFF) == off


@pytest.mark.parametrize("text", GLUED_NUMBER_GUARDS + GLUED_HEADLINE_GUARDS)
def test_guards_unsplit(text):
    assert texts(text, P) == texts(text, OFF) == [text]


@pytest.mark.parametrize("text", DESK_CODE_GUARDS)
def test_desk_code_guards(text):
    assert texts(text, P) == texts(text, OFF)
