"""pipeline/claims.py and cues-v51, claims round 72 (issue 16 follow-up; corpus/news sample seed 2035: 12 native
bbchi_/covidnp_/ednil_ articles of 150-600 words with a disaster or crime word, gold and held-out excluded, every claim
listed first): the plural nominal statement `X ने <clause> की बातें कहीं` (cues-v51, nominal), and a coordinator in a
nominal content after a word that is no verb form joins two noun phrases of one content (`नींद में कमी और अधिक गुस्सा
आने की बात कही`; `nominal_coordination`). Sentences paraphrase real articles (shortened); same hand-built records as
tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import _coordinated_nouns, _Tok, fold, load_cues
from tests.test_claims import LEX, MODELS, P, checked

V51 = replace(P, cues="cues-v51")
LEX51 = load_cues(MODELS, V51)
ON = replace(P, nominal_coordination=True)
OFF = replace(P, nominal_coordination=False)
MAHINDRA = ("आनंद महिंद्रा", "PER", "P_am")


def run(text, spec=(), p=P, lex=LEX):
    return checked(text, spec, p, lex)


def got(claims):
    return [(c.speaker_text, c.cue, c.content, c.quote_type) for c in claims]


# --- cues-v51: `X ने <clause> की बातें कहीं` ----------------------------------------------------------------------------
def test_cues_v51_rows():
    assert LEX51.version == "cues-v51" and P.cues == "cues-v46"  # ClaimsParams keeps v46; params.yaml names v51
    forms = {c.form: c for c in LEX51.cues}
    for form in ("की बातें कहीं", "की बातें कही", "की बाते कहीं", "की बाते कही"):
        assert "nominal" in forms[form].options
        assert form not in {c.form for c in LEX.cues}
    assert {c.form for c in LEX.cues} < set(forms)  # v51 is v46 with rows added


@pytest.mark.parametrize("text,spec,want", [
    # covidnp_NT-2020-MAR-22-01 (paraphrased): the plural nominal, the clause before the noun the content
    ("आनंद महिंद्रा उद्योगपति हैं। महिंद्रा ने मरीजों के लिए अपने रिसॉर्ट देने और अपनी सैलरी से मदद की बातें कहीं।",
     [MAHINDRA], [("महिंद्रा", "बातें कहीं", "मरीजों के लिए अपने रिसॉर्ट देने और अपनी सैलरी से मदद", "indirect")]),
    # the e-spelling without the nasal (paraphrase of the same class)
    ("मंत्री ने गांवों में राहत पहुंचाने की बाते कही।", [],
     [("मंत्री", "बाते कही", "गांवों में राहत पहुंचाने", "indirect")]),
])
def test_cues_v51_plural_nominal(text, spec, want):
    assert got(run(text, spec, V51, LEX51)) == want
    assert run(text, spec, P, LEX) == []  # cues-v46: no claim


@pytest.mark.parametrize("text", [
    # guard: v29's gapped `ये बातें X ने कहीं` stays as it was
    "ये बातें मुख्यमंत्री ने कहीं।",
    # guard: `कहीं` as the adverb somewhere, no ने subject
    "लोग ऐसी बातें कहीं भी सुन लेते हैं।",
])
def test_cues_v51_guards(text):
    assert got(run(text, (), V51, LEX51)) == got(run(text, (), P, LEX))


# --- nominal_coordination ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want,before", [
    # covidnp_DH-2020-MAY-08-01 (paraphrased): two noun phrases joined by और
    ("वहीं 24.7 फीसदी ने नींद में कमी और अधिक गुस्सा आने की बात कही।",
     "नींद में कमी और अधिक गुस्सा आने", "अधिक गुस्सा आने"),
    # covidnp_PK-2020-MAR-05-01 (paraphrased): a second और inside a noun phrase after a verbal noun
    ("उन्होंने सोशल मीडिया की अफवाहों से बचने और इंटरनेट और अन्य माध्यमों की जानकारी जांचने की बात कही।",
     "सोशल मीडिया की अफवाहों से बचने और इंटरनेट और अन्य माध्यमों की जानकारी जांचने",
     "अन्य माध्यमों की जानकारी जांचने"),
    # covidnp_PK-2020-APR-10-01 (paraphrased): an accusation, `को लेकर` (about) is no participle
    ("अमेरिका ने कोरोना को लेकर संगठन पर लापरवाही और धीमी गति से काम करने का आरोप लगाया।",
     "कोरोना को लेकर संगठन पर लापरवाही और धीमी गति से काम करने", "धीमी गति से काम करने"),
])
def test_claims_round72_nominal_coordination(text, want, before):
    assert [c.content for c in run(text, (), ON)] == [want]
    assert [c.content for c in run(text, (), OFF)] == [before]


@pytest.mark.parametrize("text,content", [
    # guard, covidnp_NT-2020-MAR-22-02 (paraphrased): a perfective verb before और ends a clause
    ("उन्होंने कई सुझाव दिए और अस्पतालों पर दबाव कम करने की बात भी कही।", "अस्पतालों पर दबाव कम करने"),
    # guard, covidnp_DJ-2020-MAR-17-01 (paraphrased): a perfective in -ा (`अलापा`) ends a clause
    ("जफर ने फिर से कश्मीर का राग अलापा और पाबंदियों को हटाने की बात कही।", "पाबंदियों को हटाने"),
    # guard, covidnp_PK-2020-APR-09-01 (paraphrased): a conjunctive participle before the coordinator
    ("एसोसिएशन ने प्रबंधन को पत्र लिख कर डॉक्टरों के साथ मारपीट और पुलिस द्वारा गलत व्यवहार का आरोप लगाया।",
     "पुलिस द्वारा गलत व्यवहार"),
])
def test_claims_round72_nominal_coordination_guards(text, content):
    assert got(run(text, (), ON)) == got(run(text, (), OFF))
    assert [c.content for c in run(text, (), ON)] == [content]


def _toks(words):
    out, at = [], 0
    for w in words.split():
        out.append(_Tok(at, at + len(w), w, fold(w)))
        at += len(w) + 1
    return out


@pytest.mark.parametrize("words,j,want", [
    ("नींद में कमी और अधिक गुस्सा आने", 3, True),
    # guard: a second subject after the coordinator (a clause of its own)
    ("बैठक में कमी और मंत्री ने दबाव कम करने", 3, False),
    # guard: a verb form before it
    ("कई सुझाव दिए और दबाव कम करने", 3, False),
])
def test_claims_round72_coordinated_nouns(words, j, want):
    assert _coordinated_nouns(_toks(words), j) is want
