"""pipeline.refine, round 52 (page furniture and English words inside Hindi news): a PER span holding a digit names no
person (`05:07 AM`, `एफ़-16`), and a demonym tagged LOC names no place (`अफ़ग़ान क़ैदियों`). Hand-built lexicons, as
tests/test_refine.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_refine import LEX, _place, refine_only

_LEX = replace(LEX, places={**LEX.places, "पाकिस्तान": _place("पाकिस्तान", "Pakistan"),
                            "तुर्की": _place("तुर्की", "Turkey")})


def _run(sentences_of, text, spans, **params):
    return refine_only(sentences_of, text, spans, _LEX, **params)


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # covidnp_AU-2020-ARP-09-01: the page's clock time in the dateline line, tagged PER
        ("05:07 AM, 09-APR-2020 को खबर छपी।", [("05:07 AM", "PER")], True, []),
        ("05:07 AM, 09-APR-2020 को खबर छपी।", [("05:07 AM", "PER")], False, [("05:07 AM", "PER")]),
        # bbchi_0207 (paraphrased): an aircraft's code, Devanagari letters + ASCII digits
        ("बोइंग के पास छह संशोधित एफ़-16 विमान हैं।", [("एफ़-16", "PER")], True, []),
        # covidnp_DH-2020-MAY-04-05 (paraphrased): vitamins' codes
        ("इसमें विटामिन बी-1 बी-2 भी होते हैं।", [("बी-1 बी-2", "PER")], True, []),
        # a Devanagari digit is a digit too
        ("सेक्टर-१३ में मरीज मिले।", [("सेक्टर-१३", "PER")], True, []),
        # guards: ORG and LOC spans with a digit stay (`बीबीसी रेडियो 4`, `उत्तर 24 परगना`); a person's name stays
        ("बीबीसी रेडियो 4 पर अजय साहनी ने कहा।", [("बीबीसी रेडियो 4", "ORG"), ("अजय साहनी", "PER")], True,
         [("अजय साहनी", "PER"), ("बीबीसी रेडियो 4", "ORG")]),
        ("उत्तर 24 परगना जिले में मामले बढ़े।", [("उत्तर 24 परगना", "LOC")], True, [("उत्तर 24 परगना", "LOC")]),
    ],
)
def test_digit_persons(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, digit_persons=on) == expected


@pytest.mark.parametrize(
    "text, spans, on, expected",
    [
        # bbchi_0063 (paraphrased): a national adjective before the noun it describes, tagged LOC
        ("हिरासत के दौरान तीन अफ़ग़ान क़ैदियों की मौत हो गई।", [("अफ़ग़ान", "LOC")], True, []),
        ("हिरासत के दौरान तीन अफ़ग़ान क़ैदियों की मौत हो गई।", [("अफ़ग़ान", "LOC")], False, [("अफ़ग़ान", "LOC")]),
        # covidnp_AU-2020-MAR-02-05: a headline's `अफगान सीमा`; `पाक` stays
        ("पाक ने अफगान सीमा सील की", [("पाक", "LOC"), ("अफगान", "LOC")], True, [("पाक", "LOC")]),
        # a KB place + an adjective ending (`_demonym`)
        ("पाकिस्तानी सैनिकों ने गोलीबारी की।", [("पाकिस्तानी", "LOC")], True, []),
        # guards: a word that is also a KB place stays (`तुर्की`); a surname that looks like a demonym stays PER
        # (`मिस्री`, Vikram Misri, covidnp_PK-2020-APR-16-02); a longer LOC span stays
        ("तुर्की में भूकंप आया।", [("तुर्की", "LOC")], True, [("तुर्की", "LOC")]),
        ("मिस्री ने कहा कि सामान समय से पहुंचेगा।", [("मिस्री", "PER")], True, [("मिस्री", "PER")]),
        ("अफ़ग़ान सीमा चौकी पर हमला हुआ।", [("अफ़ग़ान सीमा चौकी", "LOC")], True, [("अफ़ग़ान सीमा चौकी", "LOC")]),
    ],
)
def test_demonym_places(sentences_of, text, spans, on, expected):
    assert _run(sentences_of, text, spans, demonym_places=on) == expected
