"""pipeline.refine, review of round 51: `longer_names` takes in no tail the story tags alone as a place or body (an
epithet + the name in apposition, `[बाबा नगरी] देवघर`), and `headline_spans` keeps a byline's person after `By`
(`Edited By Naina Gupta` -> `Naina Gupta` PER). Hand-built lexicons, as tests/test_refine.py."""
from __future__ import annotations

import pytest

from tests.test_refine_round51 import _run, _run_at


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_PK-2020-MAY-02-06 (paraphrased): `बाबा नगरी देवघर` mistagged whole twice, `देवघर` tagged alone: the
        # cut `[बाबा नगरी]` does not take `देवघर` in (the epithet + the town; the town alone is the place)
        ("बाबा नगरी देवघर से दो मरीज मिले। देवघर में जांच हुई। रांची / बाबा नगरी देवघर से दो नये मरीज मिले।",
         [("बाबा नगरी देवघर", "LOC", 0), ("देवघर", "LOC", 1), ("बाबा नगरी", "LOC", 1)], True,
         [("देवघर", "LOC"), ("बाबा नगरी", "LOC"), ("बाबा नगरी देवघर", "LOC")]),
        ("बाबा नगरी देवघर से दो मरीज मिले। देवघर में जांच हुई। रांची / बाबा नगरी देवघर से दो नये मरीज मिले।",
         [("बाबा नगरी देवघर", "LOC", 0), ("देवघर", "LOC", 1), ("बाबा नगरी", "LOC", 1)], False,
         [("देवघर", "LOC"), ("बाबा नगरी देवघर", "LOC"), ("बाबा नगरी देवघर", "LOC")]),
        # guards: a tail the story never tags alone still grows (`खानपुर घाटी`, covidnp_DJ-2020-ARP-14-03); a person's
        # surname tagged alone does not stop a person's name (`सईद जलीली`, bbchi_0001, paraphrased)
        ("खानपुर घाटी गांव को सील किया। डॉक्टर ने बताया कि खानपुर घाटी एवं डुंगेजा गांव के लोग घर में हैं।",
         [("खानपुर घाटी", "LOC", 0), ("खानपुर", "LOC", 1), ("डुंगेजा", "LOC", 0)], True,
         [("खानपुर घाटी", "LOC"), ("खानपुर घाटी", "LOC"), ("डुंगेजा", "LOC")]),
        ("सईद जलीली ईरान के वार्ताकार रहे हैं। जलीली ने कहा कि सईद जलीली कई मायनों में अलग हैं।",
         [("सईद जलीली", "PER", 0), ("जलीली", "PER", 1), ("सईद", "PER", 1)], True,
         [("जलीली", "PER"), ("सईद जलीली", "PER"), ("सईद जलीली", "PER")]),
    ],
)
def test_longer_names_appositions(sentences_of, text, spans, on, expected):
    assert _run_at(sentences_of, text, spans, longer_names=True, longer_names_appositions=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_NT-2020-MAR-01-01: the byline's editor after `Edited By` is a person, kept as PER
        ("Edited By Naina Gupta | नवभारतटाइम्स.कॉम पर खबर छपी।", [("Edited By Naina Gupta", "LOC")], True,
         [("Naina Gupta", "PER")]),
        ("Edited By Naina Gupta | नवभारतटाइम्स.कॉम पर खबर छपी।", [("Edited By Naina Gupta", "LOC")], False, []),
        # guards: `By` with nothing after it in the span (ednil_other-bali-airport-..., `Posted By: Ravindra ...`) is
        # dropped whole; a kicker with no `By` keeps only its place (`Bihar Corona Update` -> `Bihar`)
        ("Posted By: Ravindra Pratap ने लिखा।", [("Posted By", "LOC"), ("Ravindra Pratap", "PER")], True,
         [("Ravindra Pratap", "PER")]),
        ("Bihar Corona Update: श्रमिक स्पेशल ट्रेन आई।", [("Bihar Corona Update", "LOC")], True, [("Bihar", "LOC")]),
    ],
)
def test_headline_bylines(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, headline_spans=True, headline_bylines=on) == expected
