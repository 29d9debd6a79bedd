"""pipeline/claims.py, claims round 80 (corpus/news sample seed 2043: 10 native articles of corpus/news with a crime or
disaster word and a reporting verb, gold and held-out excluded, every claim listed first; the class fixed was read over
the whole corpus):
- `claims.fronted_channel`: between the ergative subject of a fronted demonstrative object and its light verb, a
  channel or occasion, a conjunctive participle (`ट्विट कर`, `ट्वीट करके`) or a `… में` phrase of at most six words with
  no clause of its own, is stepped over as a date is (`इसकी पुष्टि … संजय कुमार ने ट्विट कर की।` -> Sanjay Kumar, the
  sentence before); before, no claim.
- `claims.demonstrative_channel`: the same channel, or the press told (`मीडिया को`, `पत्रकारों से`), between a
  demonstrative object after the subject's ने and the verb of its `<noun> … <verb>` row (`X ने यह जानकारी ट्वीट करके
  दी।`, `X ने इसकी जानकारी मीडिया को दी।`); before, no claim.
Sentences paraphrase real articles (shortened); same hand-built records as tests/test_claims.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import ClaimsParams, load_cues
from tests.test_claims import MODELS, P, checked

V55 = replace(P, cues="cues-v55")
LEX55 = load_cues(MODELS, V55)
ON = replace(V55, fronted_channel=True, demonstrative_channel=True)
FRONTED_OFF = replace(ON, fronted_channel=False)
DEMONSTRATIVE_OFF = replace(ON, demonstrative_channel=False)
ALL_OFF = replace(ON, fronted_channel=False, demonstrative_channel=False)
KUMAR = ("संजय कुमार", "PER", "P_kumar")
SALOMON = ("जेरोम सालोमोन", "PER", "P_salomon")
SINGH = ("एन बीरेन सिंह", "PER", "P_singh")
SEEHOFER = ("होर्स्ट सीहोफर", "PER", "P_seehofer")
QADIR = ("कादर", "PER", "P_qadir")
VIJ = ("अनिल विज", "PER", "P_vij")


def run(text, spec=(), p=ON, lex=LEX55):
    return checked(text, spec, p, lex)


def got(claims):
    return sorted((c.speaker_text, c.speaker_entity_id, c.speaker_type, c.cue, c.content, c.quote_type)
                  for c in claims)


def test_claims_round80_default_off():
    assert ClaimsParams().fronted_channel is False
    assert ClaimsParams().demonstrative_channel is False


BIHAR = "बिहार मिलिट्री पुलिस के पांच कर्मी कोरोना वायरस से संक्रमित पाये गये हैं"
FRANCE = "फ्रांस में बीते 24 घंटे में 500 और लोगों की मौत हुई है"
MANIPUR = "मणिपुर में कोरोना वायरस का दूसरा मरीज भी पूरी तरह ठीक हो गया है"
GERMANY = "जर्मनी अपनी सीमाओं पर सख्त नियंत्रण लागू करेगा"
ELECTION = "इस बार के चुनाव में हमारी पार्टी सरकार बनाएगी"

FRONTED = [
    # (round 80) a conjunctive participle between ने and the light verb (covidnp_PK-2020-MAY-09-01)
    (f"{BIHAR}। इसकी पुष्टि स्वास्थ्य विभाग के प्रधान सचिव संजय कुमार ने ट्विट कर की।", [KUMAR],
     ("संजय कुमार", "P_kumar", "named", "की", BIHAR, "indirect")),
    (f"{BIHAR}। यह जानकारी स्वास्थ्य विभाग के प्रधान सचिव संजय कुमार ने ट्वीट करके दी है।", [KUMAR],
     ("संजय कुमार", "P_kumar", "named", "दी", BIHAR, "indirect")),
    # a `… में` phrase of four to six words (three were read before)
    (f"{FRANCE}। यह जानकारी स्वास्थ्य महानिदेशक जेरोम सालोमोन ने प्रतिदिन होने वाली प्रेस कॉन्फ्रेंस में दी।",
     [SALOMON], ("जेरोम सालोमोन", "P_salomon", "named", "दी", FRANCE, "indirect")),
]


@pytest.mark.parametrize("text,spec,expected", FRONTED)
def test_fronted_channel(text, spec, expected):
    assert got(run(text, spec)) == [expected]
    assert got(run(text, spec, p=DEMONSTRATIVE_OFF)) == [expected]  # (the other switch plays no part)
    assert got(run(text, spec, p=FRONTED_OFF)) == []


DEMONSTRATIVE = [
    # (round 80) a channel between the demonstrative object and its verb (covidnp_AU-2020-ARP-20-04)
    (f"{MANIPUR}। मुख्यमंत्री एन बीरेन सिंह ने यह जानकारी ट्वीट करके दी।", [SINGH],
     ("एन बीरेन सिंह", "P_singh", "named", "दी", MANIPUR, "indirect")),
    # the press told (covidnp_DJ-2020-MAR-16-02)
    (f"{GERMANY}। गृह मंत्री होर्स्ट सीहोफर ने इसकी जानकारी मीडिया को दी।", [SEEHOFER],
     ("होर्स्ट सीहोफर", "P_seehofer", "named", "दी", GERMANY, "indirect")),
    (f"{GERMANY}। गृह मंत्री होर्स्ट सीहोफर ने यह बात पत्रकारों से कही है।", [SEEHOFER],
     ("होर्स्ट सीहोफर", "P_seehofer", "named", "कही", GERMANY, "indirect")),
    # an occasion in `… में` (bbchi_0090)
    (f"{ELECTION}। कादर ने ये बात बीबीसी से एक खास बातचीत में बताई।", [QADIR],
     ("कादर", "P_qadir", "named", "बताई", ELECTION, "indirect")),
    # `इस बात की` before the noun
    (f"{GERMANY}। गृह मंत्री होर्स्ट सीहोफर ने इस बात की पुष्टि प्रेस कॉन्फ्रेंस कर की।", [SEEHOFER],
     ("होर्स्ट सीहोफर", "P_seehofer", "named", "की", GERMANY, "indirect")),
]


@pytest.mark.parametrize("text,spec,expected", DEMONSTRATIVE)
def test_demonstrative_channel(text, spec, expected):
    assert got(run(text, spec)) == [expected]
    assert got(run(text, spec, p=FRONTED_OFF)) == [expected]
    assert got(run(text, spec, p=DEMONSTRATIVE_OFF)) == []


SUSPECT = "गांव में एक संदिग्ध व्यक्ति देर रात तक घूम रहा था"
NO_CHANGE = [
    # telling the police of an event is no report of the sentence before (no channel, no press)
    (f"{SUSPECT}। स्थानीय लोगों ने इसकी जानकारी पुलिस को दी।", [], []),
    (f"{SUSPECT}। लोगों ने फोन कर इसकी सूचना पुलिस को दी।", [], []),
    # a negated confirmation, a recipient with a clause of its own
    (f"{BIHAR}। इसकी पुष्टि मंत्री अनिल विज ने नहीं की।", [VIJ], []),
    (f"{BIHAR}। यह जानकारी मंत्री अनिल विज ने उन लोगों को दी जो वहां मौजूद थे।", [VIJ], []),
    # a `… में` phrase of more than six words stays out (covidnp_DH-2020-ARP-25-01: nine)
    (f"{FRANCE}। यह जानकारी जेरोम सालोमोन ने महामारी को लेकर होने वाले प्रतिदिन के कांफ्रेंस में दी।", [SALOMON], []),
    # read before the round and the same now: a three-word `… में` phrase, the channel before the object
    (f"{BIHAR}। यह जानकारी मंत्री अनिल विज ने प्रेस कॉन्फ्रेंस में दी।", [VIJ],
     [("अनिल विज", "P_vij", "named", "दी", BIHAR, "indirect")]),
    (f"{BIHAR}। मंत्री अनिल विज ने ट्वीट करके इसकी जानकारी दी।", [VIJ],
     [("अनिल विज", "P_vij", "named", "जानकारी दी", BIHAR, "indirect")]),
]


@pytest.mark.parametrize("text,spec,expected", NO_CHANGE)
def test_no_change(text, spec, expected):
    assert got(run(text, spec)) == expected
    assert got(run(text, spec, p=ALL_OFF)) == expected
