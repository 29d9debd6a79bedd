"""pipeline.refine, round 62 (issues 14 and 16: media outlets on news nobody tuned on): an untagged news agency's or
broadcaster's acronym of the lexicon's media_acronyms.txt, before a function word, a punctuation mark or the
sentence's end, is an ORG (`समाचार एजेंसी एएफपी के मुताबिक`, `पीटीआइ ने`), with a media service word after it
(`बीबीसी हिन्दी के`). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, refine_only

MEDIA_LEX = replace(LEX, media_acronyms=frozenset({"एएफपी", "पीटीआई", "एएनआई", "एपी", "बीबीसी", "CNN", "एसबीएस"}),
                    media_services=frozenset({"हिन्दी", "रेडियो", "न्यूज़"}),
                    function_words=LEX.function_words | {"के", "पर", "और", "से", "द्वारा"})


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, MEDIA_LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_AU-2020-ARP-09-03 (paraphrased): an agency credited before `के मुताबिक`
        ("समाचार एजेंसी एएफपी के मुताबिक अमेरिका में मामले बढ़े।", [("अमेरिका", "LOC")], True,
         [("अमेरिका", "LOC"), ("एएफपी", "ORG")]),
        ("समाचार एजेंसी एएफपी के मुताबिक अमेरिका में मामले बढ़े।", [("अमेरिका", "LOC")], False, [("अमेरिका", "LOC")]),
        # covidnp_DJ-2020-MAR-07-03 (paraphrased): the acronym spelt with a short final `इ`, a speaker before `ने`
        ("समाचार एजेंसी पीटीआइ ने इसकी जानकारी दी।", [], True, [("पीटीआइ", "ORG")]),
        ("समाचार एजेंसी पीटीआइ ने इसकी जानकारी दी।", [], False, []),
        # covidnp_NT-2020-MAR-11-01 (paraphrased): a credit in brackets, after a comma
        ("मामले बढ़े। (इनपुट- भाषा, एएनआई)", [], True, [("एएनआई", "ORG")]),
        # ntrex_cbsnews.248384 (paraphrased): a Latin broadcaster before `पर`
        ("यह CNN पर लाइव देखा गया।", [], True, [("CNN", "ORG")]),
        # bbchi_0063 (paraphrased): the broadcaster's service joins the span
        ("(बीबीसी हिन्दी के ऐप के लिए यहां क्लिक करें)", [], True, [("बीबीसी हिन्दी", "ORG")]),
        ("(बीबीसी हिन्दी के ऐप के लिए यहां क्लिक करें)", [], False, []),
        # guard: a person's initials before a surname (`एपी जोशी`)
        ("डॉक्टर एपी जोशी का कहना है।", [("जोशी", "PER")], True, [("जोशी", "PER")]),
        # guard: any other word after the acronym (a place, `एसबीएस नगर`)
        ("पंजाब के एसबीएस नगर में मामले मिले।", [("पंजाब", "LOC")], True, [("पंजाब", "LOC")]),
        # covidnp_PK-2020-APR-30-02 (paraphrased): the agency's Hindi service glued by a hyphen, a speaker
        ("उन्होंने पीटीआई-भाषा से कहा कि मई अहम है।", [], True, [("पीटीआई-भाषा", "ORG")]),
        ("उन्होंने पीटीआई-भाषा से कहा कि मई अहम है।", [], False, []),
        # covidnp_PK-2020-APR-25-01 (paraphrased): in quotes
        ("आंकड़ों के आधार पर 'पीटीआई-भाषा' द्वारा तैयार तालिका।", [], True, [("पीटीआई-भाषा", "ORG")]),
        # guard: two acronyms glued by a hyphen are a pair, no service
        ("यह बीबीसी-एएफपी के अनुसार है।", [], True, []),
        # guard: a letter glued after the acronym (a longer word)
        ("पीटीआईभाषा से कहा।", [], True, []),
        # guard: an acronym already inside a span stays as it is
        ("एएफपी न्यूज एजेंसी ने बताया।", [("एएफपी न्यूज", "ORG")], True, [("एएफपी न्यूज", "ORG")]),
        # guard: a word that is no media acronym
        ("समाचार एजेंसी भाषा के अनुसार।", [], True, []),
    ],
)
def test_lone_media_acronyms(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, lone_media_acronyms=on) == sorted(expected)
