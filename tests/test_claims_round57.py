"""pipeline/claims.py, claims round 57 (corpus/news sentences with a `की ओर से` source, seed 2019, issue 16): a
passive report whose only object is a demonstrative, after its written source (`X की ओर से जारी बुलेटिन में यह
जानकारी दी गई।`, `X द्वारा …`, `X के हवाले से …`), reports the sentence before, as `X ने यह जानकारी दी।` does
(`passive_demonstrative`). Sentences from real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.cue, c.content, c.quote_type) for c in claims]


FACT = "देशभर में स्वास्थ्यकर्मियों पर बढ़ते हमलों को देखते हुए सरकार ने उन्हें सुरक्षा मुहैया कराने का फैसला किया है।"
DEATHS = "मरने वालों में छह लोग कोलकाता व दो हावड़ा के निवासी थे।"


@pytest.mark.parametrize("text,want", [
    # covidnp_AU-2020-ARP-11-03: `की ओर से` + an occasion in `में` + time words
    (FACT + " केंद्र सरकार की ओर से शनिवार को हुई प्रेस कॉन्फ्रेंस में यह जानकारी दी गई।",
     [("केंद्र सरकार", None, "जानकारी दी गई", FACT[:-1], "indirect")]),
    # covidnp_PK-2020-MAY-14-02: a bulletin issued by the department, the perfect `दी गयी है`
    (DEATHS + " गुरुवार को राज्य स्वास्थ्य विभाग की ओर से जारी बुलेटिन में यह जानकारी दी गयी है।",
     [("राज्य स्वास्थ्य विभाग", None, "जानकारी दी गयी", DEATHS[:-1], "indirect")]),
    # covidnp_DH-2020-MAR-22-01: `ये`, a weekday between the source and the demonstrative
    (DEATHS + " स्वास्थ्य विभाग की ओर से सोमवार को जारी सूचना में ये जानकारी दी गयी।",
     [("स्वास्थ्य विभाग", None, "जानकारी दी गयी", DEATHS[:-1], "indirect")]),
])
def test_claims_round57_passive_demonstrative(text, want):
    assert got(check_offsets(text, run(text, []))) == want


@pytest.mark.parametrize("text", [
    # no written source: a bare passive names no one
    DEATHS + " यह जानकारी दी गई।",
    # an object of its own, no demonstrative: nothing points at the sentence before
    DEATHS + " स्वास्थ्य विभाग की ओर से जारी बुलेटिन में नई जानकारी दी गई।",
])
def test_claims_round57_passive_demonstrative_guards(text):
    assert run(text, []) == []


def test_claims_round57_passive_demonstrative_held_before():
    # the sentence before is already another speaker's content: no second claim of it
    text = "मंत्री ने कहा कि " + DEATHS + " स्वास्थ्य विभाग की ओर से जारी बुलेटिन में यह जानकारी दी गई।"
    assert [c.cue for c in run(text, [])] == ["कहा"]


def test_claims_round57_passive_demonstrative_switch():
    text = DEATHS + " स्वास्थ्य विभाग की ओर से जारी बुलेटिन में यह जानकारी दी गई।"
    assert run(text, [], p=replace(P, passive_demonstrative=False)) == []
    assert P.passive_demonstrative
