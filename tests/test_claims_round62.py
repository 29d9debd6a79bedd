"""pipeline/claims.py, claims round 62 (corpus/news sample seed 2025: 12 `ntrex_`/`wmt24_`/`tico19_` articles with at
least three speech cues, issue 16): a ने inside a quotation that closes before a passive cue is the quoted clause's
subject, not the passive's (`"साइपोव ने … घायल किया," अदालत के दस्तावेज़ों में कहा गया है।`: before, the passive was read
as the perfect of that ने subject and the document's report was lost; `quoted_ergative`). Sentences paraphrase real
articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

ON = replace(P, quoted_ergative=True)
OFF = replace(P, quoted_ergative=False)


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


@pytest.mark.parametrize("text,spec,want", [
    # ntrex_abcnews.306774 (paraphrased): the translated "…, the court papers say", a ने inside the quotation
    ("\"संदिग्ध ने आठ लोगों को घायल किया और उनके परिवारों को नुकसान पहुँचाया,\" अदालत के दस्तावेज़ों में कहा गया है।", [],
     [("दस्तावेज़ों", None, "unresolved", "कहा गया", "संदिग्ध ने आठ लोगों को घायल किया और उनके परिवारों को नुकसान पहुँचाया",
       "direct")]),
    # the same layout with a statement noun and a tagged owner, curly marks
    ("“सरकार ने इस साल आठ नए अस्पताल खोले हैं,” मंत्रालय के बयान में बताया गया है।", [("मंत्रालय", "ORG", "O_m")],
     [("मंत्रालय", "O_m", "named", "बताया गया", "सरकार ने इस साल आठ नए अस्पताल खोले हैं", "direct")]),
])
def test_claims_round62_quoted_ergative(text, spec, want):
    assert got(check_offsets(text, run(text, spec, p=ON))) == want
    assert run(text, spec, p=OFF) == []


@pytest.mark.parametrize("text,spec,want", [
    # guard: a ने before the quotation (a quoted title between it and the cue: an even number of marks) stays the
    # perfect's subject
    ("लेखक ने अपनी किताब \"मेरा सफ़र\" में लिखा है कि गांव की सड़कें अब भी कच्ची हैं।", [("लेखक", "PER", "P_l")],
     [("लेखक", "P_l", "named", "लिखा", "गांव की सड़कें अब भी कच्ची हैं", "indirect")]),
    # guard: the ने outside any quotation, the perfect of लिखा with its subject, as before
    ("प्रधानाचार्य ने पत्र में लिखा है कि स्कूल सोमवार तक बंद रहेगा।", [],
     [("प्रधानाचार्य", None, "anonymous", "लिखा", "स्कूल सोमवार तक बंद रहेगा", "indirect")]),
    # guard: a quotation with no ने before the passive (round 31's quote_before_source), as before
    ("\"आठ लोग घायल हुए और भारी नुकसान हुआ,\" बयान में कहा गया है।", [],
     [("बयान", None, "unresolved", "कहा गया", "आठ लोग घायल हुए और भारी नुकसान हुआ", "direct")]),
    # guard: a quotation still open at the cue (the cue inside it) leaves the ने the subject
    ("उन्होंने बताया, \"पुलिस ने जांच शुरू की है और रिपोर्ट में कहा गया है कि दो लोग घायल हैं।\"", [],
     [("उन्होंने", None, "unresolved", "बताया", "पुलिस ने जांच शुरू की है और रिपोर्ट में कहा गया है कि दो लोग घायल हैं",
       "direct")]),
])
def test_claims_round62_quoted_ergative_guards(text, spec, want):
    assert got(run(text, spec, p=ON)) == want
    assert got(run(text, spec, p=OFF)) == want
