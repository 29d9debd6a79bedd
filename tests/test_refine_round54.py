"""pipeline.refine, round 54 (issue 14's translated international news: foreign towns and counties no KB lists): an
untagged word ending in an English place suffix as Hindi spells it (`-शायर`, `-बरो`/`-बोरो`/`-बॉरो`, `-विले`, `-टाउन`)
is a place, LOC (`यॉर्कशायर`, `नॉर्थम्पटनशायर`, `वेलिंगबोरो`, `नैशविले`); not the Urdu `शायर` alone, a word of the
story's persons, an agent before `ने`, nor the first word of a longer name (`केपटाउन सोसायटी`, `स्कारबोरो ग्रेस
अस्पताल`). And a name split into two tagged spans that the story tags whole elsewhere is that one span
(`[डायटन] [सिम्पसन]` beside `डायटॉन सिम्पसन`, `[कृष्णा] [पुनिया]` beside `कृष्णा पूनिया`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _ws, refine_only

# common words the training data saw outside names (a word it never saw may be the next word of a longer name)
_LEX = replace(LEX, words={**LEX.words, "अंग्रेजी": _ws(60), "उच्चारण": _ws(12), "ट्रक": _ws(15), "सांसद": _ws(90),
                           "के": _ws(9000), "था": _ws(900), "शायर": _ws(14), "गजल": _ws(6), "परेड": _ws(8),
                           "ड्राइवर": _ws(20)})


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # ntrex_bbc.381790 (paraphrased): an English county before a common word
        ("वेल्श में w का उच्चारण वैसे होता है जैसे यॉर्कशायर अंग्रेज़ी उच्चारण में u का।", [], True,
         [("यॉर्कशायर", "LOC")]),
        ("वेल्श में w का उच्चारण वैसे होता है जैसे यॉर्कशायर अंग्रेज़ी उच्चारण में u का।", [], False, []),
        # ntrex_bbc.381692 (paraphrased): a county before its town, the town tagged
        ("शनिवार को नॉर्थम्पटनशायर के रशडेन में परेड हुई।", [("रशडेन", "LOC")], True,
         [("नॉर्थम्पटनशायर", "LOC"), ("रशडेन", "LOC")]),
        # ntrex_dailymail.co.uk.298696 (paraphrased): a borough's member of parliament
        ("वेलिंगबोरो के सांसद ने कहा कि वह ब्रेक्सिट के लिए खड़ी रहेगी।", [], True, [("वेलिंगबोरो", "LOC")]),
        # ntrex_abcnews.306776 (paraphrased): a town in `-ville`
        ("ड्राइवर झूठ बोल रहा था क्योंकि उसका ट्रक नैशविले में था।", [], True, [("नैशविले", "LOC")]),
        # guard: a housing society named after a town (covidnp_NT-2020-MAR-21, Noida's `केपटाउन सोसायटी`)
        ("यह मामला नोएडा सेक्टर 74 की केपटाउन सोसायटी का है।", [], True, []),
        # guard: a hospital's name opened by a town, the next word one the training data never saw (bbchi_0002)
        ("वे स्कारबोरो ग्रेस अस्पताल में भर्ती थे।", [], True, []),
        # guard: a surname the story tags in a person's full name (covidnp_NT-2020-MAY-05, `डेविड नैबोरो`)
        ("विशेष दूत डेविड नैबोरो ने चेतावनी दी। नैबोरो के मुताबिक वायरस रहेगा।", [("डेविड नैबोरो", "PER")], True,
         [("डेविड नैबोरो", "PER")]),
        # guard: an agent before `ने` is a person or a team, no place
        ("वेलिंगबोरो ने कहा कि वह खड़ी रहेगी।", [], True, []),
        # guard: the Urdu `शायर` (poet) alone, no stem before the ending
        ("मशहूर शायर ने ग़ज़ल पढ़ी।", [], True, []),
    ],
)
def test_place_suffixes(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, place_suffixes=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # ntrex_cbsnews.248387 (paraphrased): a suspect's name split in a LOC and a PER, spelt whole with `ॉ` later
        ("पुलिस ने डायटन सिम्पसन को हिरासत में लिया। 20 वर्षीय डायटॉन सिम्पसन को जेल भेजा गया।",
         [("डायटन", "LOC"), ("सिम्पसन", "PER"), ("डायटॉन सिम्पसन", "PER")], True,
         [("डायटन सिम्पसन", "PER"), ("डायटॉन सिम्पसन", "PER")]),
        ("पुलिस ने डायटन सिम्पसन को हिरासत में लिया। 20 वर्षीय डायटॉन सिम्पसन को जेल भेजा गया।",
         [("डायटन", "LOC"), ("सिम्पसन", "PER"), ("डायटॉन सिम्पसन", "PER")], False,
         [("डायटन", "LOC"), ("डायटॉन सिम्पसन", "PER"), ("सिम्पसन", "PER")]),
        # bbchi_0330 (paraphrased): an athlete's two names as two PER, whole in another spelling in the story
        ("डिस्कस थ्रोअर कृष्णा पुनिया के कोच उनके पति हैं। कृष्णा पूनिया ने स्वर्ण जीता।",
         [("कृष्णा", "PER"), ("पुनिया", "PER"), ("कृष्णा पूनिया", "PER")], True,
         [("कृष्णा पुनिया", "PER"), ("कृष्णा पूनिया", "PER")]),
        # bbchi_0199 (paraphrased): the label the story gives the whole name wins (`तहरीके` PER + `तालिबान` ORG)
        ("सरकार ने तहरीके तालिबान से बात नहीं की। तहरीक़े तालिबान ने हमला किया।",
         [("तहरीके", "PER"), ("तालिबान", "ORG"), ("तहरीक़े तालिबान", "ORG")], True,
         [("तहरीक़े तालिबान", "ORG"), ("तहरीके तालिबान", "ORG")]),
        # guard: two places side by side that the story never tags as one stay apart
        ("भारत पाकिस्तान सीमा पर तनाव है। भारत और पाकिस्तान ने बात की।",
         [("भारत", "LOC"), ("पाकिस्तान", "LOC"), ("भारत", "LOC"), ("पाकिस्तान", "LOC")], True,
         [("पाकिस्तान", "LOC"), ("पाकिस्तान", "LOC"), ("भारत", "LOC"), ("भारत", "LOC")]),
        # guard: a comma between the two spans is a list, not one name
        ("जम्मू, कश्मीर और लद्दाख में बर्फ गिरी। जम्मू कश्मीर में स्कूल बंद रहे।",
         [("जम्मू", "LOC"), ("कश्मीर", "LOC"), ("लद्दाख", "LOC"), ("जम्मू कश्मीर", "LOC")], True,
         [("कश्मीर", "LOC"), ("जम्मू", "LOC"), ("जम्मू कश्मीर", "LOC"), ("लद्दाख", "LOC")]),
    ],
)
def test_split_names(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, split_names=on) == expected
