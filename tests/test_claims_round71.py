"""pipeline/claims.py, claims round 71 (issue 16; seed 2034; speaker spans of titles): a title's speaker span takes the
rank and office words right before it (`अपर मुख्य सचिव`, `केंद्रीय स्वास्थ्य मंत्री`, `प्रमुख सचिव`; `title_phrase_span`),
not a genitive's owner, a word inside a mention, or part of a coordination of offices; the entity and the content stay.
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_claims import P, check_offsets, run

ON = replace(P, title_phrase_span=True)
OFF = replace(P, title_phrase_span=False)
HV = ("हर्षवर्धन", "PER", "P_hv")
MAHA = ("महाराष्ट्र", "LOC", "L_mh")
UP = ("उत्तर प्रदेश", "LOC", "L_up")


def got(claims):
    return [(c.speaker_text, c.speaker_entity_id, c.speaker_type) for c in claims]


@pytest.mark.parametrize("text,spec,want,before", [
    # covidnp_PK-2020-APR-06-01 (paraphrased): two rank words before the title
    ("अपर मुख्य सचिव ने कहा कि लॉकडाउन खुलते ही बसें चलेंगी।", [], "अपर मुख्य सचिव", "सचिव"),
    # covidnp_DH-2020-ARP-21-01 (paraphrased): a rank word of _TITLE_RANKS
    ("प्रमुख सचिव ने यह भी बताया कि आठ सौ लोग क्वारंटीन में हैं।", [], "प्रमुख सचिव", "सचिव"),
    # bbchi_0031 (paraphrased): an unnamed senior minister
    ("सीरिया के एक वरिष्ठ मंत्री ने कहा कि हथियार सौंपे जाएंगे।", [], "वरिष्ठ मंत्री", "मंत्री"),
    # covidnp_AU-2020-MAY-03-01 (paraphrased): a qualifier and a portfolio, the holder introduced before
    ("केंद्रीय स्वास्थ्य मंत्री हर्षवर्धन अस्पताल पहुंचे। केंद्रीय स्वास्थ्य मंत्री ने बताया कि मृत्यु दर कम है।", [HV],
     "केंद्रीय स्वास्थ्य मंत्री", "मंत्री"),
    # covidnp_PK-2020-APR-10-01 (paraphrased): the genitive's owner stays out
    ("महाराष्ट्र के गृह मंत्री ने कहा कि अनुमति नहीं दी गई थी।", [MAHA], "गृह मंत्री", "मंत्री"),
    # guard, a word inside a mention stays out (`उत्तर प्रदेश`, whose `प्रदेश` is an office word)
    ("उत्तर प्रदेश स्वास्थ्य मंत्री ने कहा कि जांच बढ़ेगी।", [UP], "स्वास्थ्य मंत्री", "मंत्री"),
])
def test_claims_round71_title_phrase_span(text, spec, want, before):
    on = check_offsets(text, run(text, spec, p=ON))
    off = check_offsets(text, run(text, spec, p=OFF))
    assert [s for s, _, _ in got(on)] == [want]
    assert [s for s, _, _ in got(off)] == [before]
    assert [(e, t) for _, e, t in got(on)] == [(e, t) for _, e, t in got(off)]
    assert [c.content for c in on] == [c.content for c in off]


@pytest.mark.parametrize("text,spec,title", [
    # guard, ednil_at-least-34-killed-in-uganda-in-flood-and-landslides-35597302-txt-xml (paraphrased): a coordination
    # of offices is not cut
    ("रेड क्रॉस के संचार और जनसंपर्क प्रमुख ने बताया कि बारह शव मिले हैं।", [], "प्रमुख"),
    # guard: a word of no rank or office (`पूर्व`)
    ("पूर्व मंत्री ने कहा कि सरकार देर से जागी।", [], "मंत्री"),
    # guard: a line break between an office word (a heading's last) and the title
    ("स्कूलों पर असर: शिक्षा\nसचिव ने कहा कि कार्रवाई होगी।", [], "सचिव"),
])
def test_claims_round71_title_phrase_span_guards(text, spec, title):
    on, off = got(run(text, spec, p=ON)), got(run(text, spec, p=OFF))
    assert on == off
    assert [s for s, _, _ in on] == [title]
