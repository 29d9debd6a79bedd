"""pipeline/claims.py, review of claims round 63 (a blind second reader, corpus/news seed 5029): the perfect `X ने पत्र
लिखा है, …` that ergative_written_comma reads as the perfective `X ने लिखा, C` also keeps the perfective's
written_not_said: a connective or relative clause after the comma (`लेकिन`, `मगर`, `पर`, `और`, `तथा`), or an object
right before the verb, is no content (`written_perfect_clause`). Sentences paraphrase corpus/news sentences; same
hand-built records as tests/test_claims.py. The switch defaults to False in ClaimsParams (params.yaml turns it on)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

WRITTEN = replace(P, ergative_written_comma=True)
CLAUSE = replace(WRITTEN, written_perfect_clause=True)
RAM = [("राम", "PER", "P_r")]


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type) for c in claims]


@pytest.mark.parametrize("text", [
    # covidnp_NT-2020-APR-04-01 (paraphrased, a third-person writer): a letter written, then a contrast clause
    "राम ने किट के लिए केंद्र को पत्र लिखा है, लेकिन अब तक एक भी किट नहीं मिली।",
    "राम ने केंद्र को पत्र लिखा है, मगर जवाब नहीं आया।",
    # a coordinated clause after the comma
    "राम ने पत्र लिखा है, और श्याम ने भी।",
    "राम ने केंद्र को पत्र लिखा है, तथा मदद मांगी है।",
])
def test_written_perfect_clause(text):
    assert got(run(text, RAM, p=CLAUSE)) == []  # on: no claim, as `राम ने पत्र लिखा, लेकिन …` reads
    assert any(c.cue == "लिखा" for c in run(text, RAM, p=WRITTEN))  # off: the clause was taken as what he wrote


@pytest.mark.parametrize("text,spec,want", [
    # guard, covidnp_AU-2020-MAR-26-06 (paraphrased): the report's content after the comma stays a claim
    ("वैज्ञानिकों ने कहा कि यह जांच पर निर्भर है। उन्होंने अपनी रिपोर्ट में लिखा है, अभी तक भारत में जांच किए गए "
     "लोगों की संख्या बहुत कम है।", [],
     ("उन्होंने", None, "anonymous", "लिखा", "अभी तक भारत में जांच किए गए लोगों की संख्या बहुत कम है", "indirect")),
    # guard, covidnp_PK-2020-APR-18-01 (paraphrased): a named writer's request after the comma stays a claim
    ("साद ने लिखा है, कृपया मुझे बताएं कि कौन सी धाराएं लगी हैं।", [("साद", "PER", "P_s")],
     ("साद", "P_s", "named", "लिखा", "कृपया मुझे बताएं कि कौन सी धाराएं लगी हैं", "indirect")),
])
@pytest.mark.parametrize("on", [True, False])
def test_written_perfect_clause_guards(text, spec, want, on):
    p = replace(WRITTEN, written_perfect_clause=on)
    assert got(check_offsets(text, run(text, spec, p=p)))[-1] == want


@pytest.mark.parametrize("on", [True, False])
def test_written_perfect_clause_needs_the_perfect(on):
    # guard: the perfective `लिखा,` was already read by written_not_said; the switch leaves it as it was
    text = "राम ने पत्र लिखा, लेकिन जवाब नहीं आया।"
    assert got(run(text, RAM, p=replace(WRITTEN, written_perfect_clause=on))) == got(run(text, RAM))
