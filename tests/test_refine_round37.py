"""pipeline.refine, round 37 and its review: places, bodies and people of native reports (junction_names,
institute_seats, compass_places, listed_initials, posting_towns, highway_names, community_bodies, work_titles).
Hand-built lexicons, as tests/test_refine.py; the sentences are made up after the patterns of corpus/news."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.lexicon import NewsStats
from pipeline.refine import RefineParams, refine_mentions
from tests.test_refine import LEX, _mentions, _place, _ws

LEX_R37 = replace(
    LEX,
    places={**LEX.places, "रांची": _place("रांची", "Ranchi", "geonames", "city"),
            "अलीगढ़": _place("अलीगढ़", "Aligarh", "geonames", "city"),
            "भारत": _place("भारत", "India")},
    words={**LEX.words, "अहम": _ws(40), "तरफ": _ws(120), "मुंह": _ws(30), "रेफर": _ws(5), "भेजा": _ws(60),
           "ट्रॉमा": _ws(3)},
    news={"ऋषिकेश": NewsStats(20, 11, 8), "ट्रॉमा": NewsStats(14, 7, 0), "ओपीडी": NewsStats(16, 11, 7),
          "इमरजेंसी": NewsStats(38, 29, 13)},
    function_words=LEX.function_words | frozenset("का के की से पर".split()),
)


def _refine37(sentences_of, text, spans, lex=LEX_R37, **params):
    sents = sentences_of(text)
    got = refine_mentions(sents, _mentions(sents, spans), lex, RefineParams(**{"no_overlaps": False, **params}))
    for m in got:
        assert text[m.start : m.end] == m.text
    return sorted((m.text, m.label) for m in got)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("लोगों ने बताया कि भाटपाड़ा मोड़ पर पुलिस चौकी नहीं है।", [], True, [("भाटपाड़ा मोड़", "LOC")]),
        ("लोगों ने बताया कि भाटपाड़ा मोड़ पर पुलिस चौकी नहीं है।", [], False, []),
        ("लोगों को डिगिहा तिराहे से एंबुलेंस से भेजा गया।", [], True, [("डिगिहा तिराहे", "LOC")]),
        ("सोमवार को पंचकोशी चौराहा पर भीड़ लगी।", [], True, [("पंचकोशी चौराहा", "LOC")]),
        # a one-word place before the head grows over it; not a country
        ("वारदात द्वारका मोड़ के नजदीक हुई।", [("द्वारका", "LOC")], True, [("द्वारका मोड़", "LOC")]),
        ("भारत मोड़ पर है।", [("भारत", "LOC")], True, [("भारत", "LOC")]),
        # the verb and the turning point, the English mode, no postposition after the head
        ("उन्होंने मुंह मोड़ लिया।", [], True, []),
        ("यह एक अहम मोड़ है।", [], True, []),
        ("मल्टीप्लेयर मोड में दोस्त साथ खेल सकते हैं।", [], True, []),
        ("काजीचक मोड़ दिया गया।", [], True, []),
        # review: road adjectives, tagged or not, a hyphenated loan, a game's mode misspelt with its nukta
        ("हादसा अंधे मोड़ पर हुआ।", [], True, []),
        ("बस तीखे मोड़ पर पलट गई।", [("तीखे", "LOC")], True, [("तीखे", "LOC")]),
        ("बाइक घुमावदार मोड़ पर फिसली।", [], True, []),
        ("कार इकलौते फ्लाईओवर पर रुकी।", [], True, []),
        ("वह यू-टर्न मोड़ पर मुड़ा।", [], True, []),
        ("गेम का सर्वाइवल मोड़ में भी है।", [], True, []),
        # review 24: a name after a village head is the village's, there and elsewhere in the article
        ("हादसा ग्राम लोलरी तिराहे पर हुआ।", [("लोलरी", "LOC")], True, [("लोलरी", "LOC")]),
        ("हादसा गांव डिगिहा तिराहे पर हुआ। बाइक डिगिहा तिराहे से निकली।", [], True, []),
        ("हादसा मोहल्ला लोलरी तिराहे पर हुआ। बाइक लोलरी तिराहे से निकली।", [("लोलरी", "LOC"), ("लोलरी", "LOC")], True,
         [("लोलरी", "LOC"), ("लोलरी", "LOC")]),
    ],
)
def test_refine_junction_names(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, steps=(), junction_names=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("वहीं पीजीआइ में दो मरीजों में कोरोना की पुष्टि हुई।", [("पीजीआइ", "LOC")], True, [("पीजीआइ", "ORG")]),
        ("वहीं पीजीआइ में दो मरीजों में कोरोना की पुष्टि हुई।", [("पीजीआइ", "LOC")], False, [("पीजीआइ", "LOC")]),
        # the campus's police area stays a place
        ("पीजीआइ थाना क्षेत्र में चोरी हुई।", [("पीजीआइ", "LOC")], True, [("पीजीआइ", "LOC")]),
        # before a KB town, tagged or not, and a town the KB lacks that news writes before case markers
        ("नमूने एएमयू अलीगढ़ भेजे गए हैं।", [("एएमयू", "ORG"), ("अलीगढ़", "LOC")], True, [("एएमयू अलीगढ़", "ORG")]),
        ("सैंपल रिम्स रांची भेजे गए थे।", [("रिम्स", "LOC")], True, [("रिम्स रांची", "ORG")]),
        ("घायल को एम्स ऋषिकेश रेफर कर दिया गया।", [("एम्स", "ORG")], True, [("एम्स ऋषिकेश", "ORG")]),
        ("घायल को एम्स ऋषिकेश रेफर कर दिया गया।", [("एम्स ऋषिकेश", "PER")], True, [("एम्स ऋषिकेश", "ORG")]),
        ("घायल को एम्स ऋषिकेश रेफर कर दिया गया।", [("एम्स", "ORG")], False, [("एम्स", "ORG")]),
        # no seat: a common word, a loan the news never writes before a case marker
        ("घायल को एम्स रेफर कर दिया गया।", [("एम्स", "ORG")], True, [("एम्स", "ORG")]),
        ("घायल को एम्स ट्रॉमा सेंटर भेजा गया।", [("एम्स", "ORG")], True, [("एम्स", "ORG")]),
        # review: a hospital's ward or department is no seat
        ("मरीज को एम्स ओपीडी में दिखाया गया।", [("एम्स", "ORG")], True, [("एम्स", "ORG")]),
        ("रिम्स इमरजेंसी में भीड़ रही।", [("रिम्स", "LOC")], True, [("रिम्स", "ORG")]),
    ],
)
def test_refine_institute_seats(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, steps=(), institute_seats=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("बिजली नहीं होने से नॉर्थ कैरोलिन के घर अंधेरे में।", [("नॉर्थ कैरोलिन", "PER")], True,
         [("नॉर्थ कैरोलिन", "LOC")]),
        ("बिजली नहीं होने से नॉर्थ कैरोलिन के घर अंधेरे में।", [("नॉर्थ कैरोलिन", "PER")], False,
         [("नॉर्थ कैरोलिन", "PER")]),
        ("वेस्ट इंडीज ने पहली पारी घोषित की।", [("वेस्ट इंडीज", "PER")], True, [("वेस्ट इंडीज", "LOC")]),
        # an organisation and a one-word person stay
        ("ईस्ट इंडिया कंपनी ने व्यापार किया।", [("ईस्ट इंडिया कंपनी", "ORG")], True, [("ईस्ट इंडिया कंपनी", "ORG")]),
        ("वेस्ट ने कहा।", [("वेस्ट", "PER")], True, [("वेस्ट", "PER")]),
        # review: a role before it, `ने` and a verb of speech after it: a person
        ("अभिनेता ईस्ट वुड ने कहा।", [("ईस्ट वुड", "PER")], True, [("ईस्ट वुड", "PER")]),
        ("ईस्ट वुड ने कहा कि फिल्म अच्छी है।", [("ईस्ट वुड", "PER")], True, [("ईस्ट वुड", "PER")]),
    ],
)
def test_refine_compass_places(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, steps=(), compass_places=on) == expected


LEX_R37_NAMES = replace(
    LEX_R37,
    words={**LEX_R37.words, "सिंह": _ws(238, 227, 1, 179, per=225), "कमर्शियल": _ws(2), "टीवी": _ws(30, 2, 1, 1, org=2),
           "लक्ष्मण": _ws(20, 18, 10, 8, per=18)},
    given_names=LEX_R37.given_names | frozenset("राजेंद्र लक्ष्मण कुमार प्रसाद".split()),
)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("दूसरी मोटरसाइकिल पर बीपी सिंह (18) सवार थे।", [("सिंह", "PER")], True, [("बीपी सिंह", "PER")]),
        ("दूसरी मोटरसाइकिल पर बीपी सिंह (18) सवार थे।", [("सिंह", "PER")], False, [("सिंह", "PER")]),
        ("इनमें राहुल द्रविड़ और वीवीएस लक्ष्मण के नाम हैं।", [("राहुल द्रविड़", "PER"), ("वीवीएस", "ORG")], True,
         [("राहुल द्रविड़", "PER"), ("वीवीएस लक्ष्मण", "PER")]),
        # no age and no person beside it; a loan the training data never saw in names; a health worker's title; an office
        ("मरीज का बीपी सिंह ने नापा।", [("सिंह", "PER")], True, [("सिंह", "PER")]),
        ("उन्होंने राहुल द्रविड़ के लिए एक टीवी कमर्शियल और सचिन के लिए आवाज़ दी।",
         [("राहुल द्रविड़", "PER"), ("सचिन", "PER")], True, [("राहुल द्रविड़", "PER"), ("सचिन", "PER")]),
        ("चालक राहुल द्रविड़ व ईएमटी लक्ष्मण ने मदद की।", [("राहुल द्रविड़", "PER"), ("लक्ष्मण", "PER")], True,
         [("राहुल द्रविड़", "PER"), ("लक्ष्मण", "PER")]),
        ("घायल एसपी सिंह (40) ने बताया।", [("सिंह", "PER")], True, [("सिंह", "PER")]),
    ],
)
def test_refine_listed_initials(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, lex=LEX_R37_NAMES, steps=(), listed_initials=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("डीएसपी घुमारवीं राजेंद्र जसवाल ने जांच की बात कही।", [("घुमारवीं राजेंद्र जसवाल", "PER")], True,
         [("घुमारवीं", "LOC"), ("राजेंद्र जसवाल", "PER")]),
        ("डीएसपी घुमारवीं राजेंद्र जसवाल ने जांच की बात कही।", [("घुमारवीं राजेंद्र जसवाल", "PER")], False,
         [("घुमारवीं राजेंद्र जसवाल", "PER")]),
        # no given name second, but the document names the person without the place
        ("एसओ सिकंदरा मानिक चंद पटेल ने बताया। मानिक चंद पटेल ने जांच की।",
         [("सिकंदरा मानिक चंद पटेल", "PER"), ("मानिक चंद पटेल", "PER")], True,
         [("मानिक चंद पटेल", "PER"), ("मानिक चंद पटेल", "PER"), ("सिकंदरा", "LOC")]),
        # not a local posting's rank, a letter acronym, a direction or kind of place, a given name first
        ("संयुक्त सचिव पुण्य राजेंद्र श्रीवास्तव ने कहा।", [("पुण्य राजेंद्र श्रीवास्तव", "PER")], True,
         [("पुण्य राजेंद्र श्रीवास्तव", "PER")]),
        ("डीएसपी एपीजे राजेंद्र कलाम ने कहा।", [("एपीजे राजेंद्र कलाम", "PER")], True, [("एपीजे राजेंद्र कलाम", "PER")]),
        ("एसपी पश्चिम राजेंद्र सिंह ने कहा।", [("पश्चिम राजेंद्र सिंह", "PER")], True, [("पश्चिम राजेंद्र सिंह", "PER")]),
        ("डीएसपी लक्ष्मण राजेंद्र सिंह ने कहा।", [("लक्ष्मण राजेंद्र सिंह", "PER")], True,
         [("लक्ष्मण राजेंद्र सिंह", "PER")]),
        # review: a nickname before a middle name
        ("थानाध्यक्ष पिंटू कुमार सिंह ने बताया।", [("पिंटू कुमार सिंह", "PER")], True, [("पिंटू कुमार सिंह", "PER")]),
        ("थानाध्यक्ष गुड्डू प्रसाद यादव ने बताया।", [("गुड्डू प्रसाद यादव", "PER")], True,
         [("गुड्डू प्रसाद यादव", "PER")]),
        # review 24: the surname the span left out before `ने` joins the person
        ("डीएसपी घुमारवीं राजेंद्र जसवाल चौहान ने जांच की बात कही।", [("घुमारवीं राजेंद्र जसवाल", "PER")], True,
         [("घुमारवीं", "LOC"), ("राजेंद्र जसवाल चौहान", "PER")]),
        ("डीएसपी घुमारवीं राजेंद्र जसवाल भी ने कहा।", [("घुमारवीं राजेंद्र जसवाल", "PER")], True,
         [("घुमारवीं", "LOC"), ("राजेंद्र जसवाल", "PER")]),
    ],
)
def test_refine_posting_towns(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, lex=LEX_R37_NAMES, steps=(), posting_towns=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("इसी दौरान गांव में एनएच-दो पर नीलगाय ने टक्कर मारी।", [], True, [("एनएच-दो", "LOC")]),
        ("इसी दौरान गांव में एनएच-दो पर नीलगाय ने टक्कर मारी।", [], False, []),
        ("एसोसिएशन द्वारा एनएच 28 पर बसों से पर्दा हटाया गया।", [("एनएच", "ORG")], True, [("एनएच 28", "LOC")]),
        ("गांव के सामने नेशनल हाईवे दो पर हादसा हुआ।", [], True, [("नेशनल हाईवे दो", "LOC")]),
        ("यह राष्ट्रीय राजमार्ग 24 पर हुआ।", [], True, [("राष्ट्रीय राजमार्ग 24", "LOC")]),
        # a film's title in quotes, a highway without a number
        ("वह 'एनएच-10' जैसी फ़िल्मों में दिखीं।", [], True, []),
        ("राष्ट्रीय राजमार्ग पर जाम लगा।", [], True, []),
        # review: a letter glued to the number, a number of two words, a film's title without quotes
        ("कार एनएच-2ए पर टकराई।", [], True, [("एनएच-2ए", "LOC")]),
        ("नेशनल हाईवे एक सौ पर जाम लगा।", [], True, [("नेशनल हाईवे एक सौ", "LOC")]),
        ("फिल्म एनएच 10 में अनुष्का थीं।", [("एनएच", "ORG")], True, [("एनएच", "ORG")]),
    ],
)
def test_refine_highway_names(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, lex=LEX_R37_NAMES, steps=(), highway_names=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("1945 में शिया वक़्फ़ बोर्ड ने दावा किया।", [("वक़्फ़ बोर्ड", "ORG")], True, [("शिया वक़्फ़ बोर्ड", "ORG")]),
        ("1945 में शिया वक़्फ़ बोर्ड ने दावा किया।", [("वक़्फ़ बोर्ड", "ORG")], False, [("वक़्फ़ बोर्ड", "ORG")]),
        ("मैंने सुन्नी सेंट्रल वक़्फ़ बोर्ड से बात की।", [("सेंट्रल वक़्फ़ बोर्ड", "ORG")], True,
         [("सुन्नी सेंट्रल वक़्फ़ बोर्ड", "ORG")]),
        # no board's head, a tagged word before, a place
        ("शिया समुदाय ने विरोध किया।", [("समुदाय", "ORG")], True, [("समुदाय", "ORG")]),
        ("शिया दिल्ली में रहते हैं।", [("दिल्ली", "LOC")], True, [("दिल्ली", "LOC")]),
    ],
)
def test_refine_community_bodies(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, steps=(), community_bodies=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        ("उन्हें फिल्म 'इश्किया' के गीत के लिए पुरस्कार मिला।", [("इश्किया", "LOC")], True, []),
        ("उन्हें फिल्म 'इश्किया' के गीत के लिए पुरस्कार मिला।", [("इश्किया", "LOC")], False, [("इश्किया", "LOC")]),
        ("बच्चन ने 'गंगा जमना' फ़िल्म बार-बार देखी।", [("बच्चन", "PER"), ("गंगा", "LOC")], True, [("बच्चन", "PER")]),
        # the title elsewhere in the story, and a list of quoted titles with it
        ("वो फ़िल्म 'इशकज़ादे' में दिखीं। वो 'इशकज़ादे' के अलावा 'लेडीज़ वर्सेस रिकी बहल' में दिखी हैं।",
         [("रिकी बहल", "PER")], True, []),
        # review: an organisation quoted beside a film in a list stays; no work's noun, no title
        ("उन्होंने 'ज़ीरो डार्क थर्टी' फिल्म और 'द इंटरनेशनल सेंटर' को पुरस्कार दिया।",
         [("थर्टी", "LOC"), ("इंटरनेशनल सेंटर", "ORG")], True, [("इंटरनेशनल सेंटर", "ORG")]),
        ("उन्होंने कहा कि 'दिल्ली' सुरक्षित है।", [("दिल्ली", "LOC")], True, [("दिल्ली", "LOC")]),
        # review: speech or a role quoted in a title's sentence, not listed with it; a title's repeat among people
        ("फिल्म 'उरी' देखने के बाद बोले, 'राजनाथ सिंह भी देखें'।", [("राजनाथ सिंह", "PER")], True,
         [("राजनाथ सिंह", "PER")]),
        ("फिल्म 'मैदान' में अजय देवगन ने 'सैयद अब्दुल रहीम' का किरदार निभाया।",
         [("अजय देवगन", "PER"), ("सैयद अब्दुल रहीम", "PER")], True,
         [("अजय देवगन", "PER"), ("सैयद अब्दुल रहीम", "PER")]),
        ("फिल्म 'गांधी' ऑस्कर जीती। 'गांधी' और 'नेहरू' ने आंदोलन चलाया था।",
         [("गांधी", "PER"), ("गांधी", "PER"), ("नेहरू", "PER")], True, [("गांधी", "PER"), ("नेहरू", "PER")]),
        ("उन्होंने फिल्म 'ठाकरे' देखी और कहा कि 'उद्धव ठाकरे' सबसे अच्छे नेता हैं।",
         [("ठाकरे", "PER"), ("उद्धव ठाकरे", "PER")], True, [("उद्धव ठाकरे", "PER")]),
    ],
)
def test_refine_work_titles(sentences_of, text, spans, on, expected):
    assert _refine37(sentences_of, text, spans, steps=(), work_titles=on) == expected
