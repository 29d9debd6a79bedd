"""Link round 41 (persons named in part within a story): a given name alone joins the one full name of its article
whose other words are name words of the lexicon, not the tagger's span of the given name and a word beside it
(link.named_given_names). Sentences from corpus/news articles (shortened, paraphrased)."""

import pytest

from tests.test_link import doc_from_text
from tests.test_link_round36 import SHIPPED, ids, off


def test_round41_switch_in_params():
    assert SHIPPED.named_given_names and SHIPPED.name_lexicon


def run(text: str, *names: str, p=SHIPPED) -> dict[tuple[str, str], str]:
    ms = doc_from_text("a", text, *((n, "PER") for n in names))
    return ids(ms, p, texts={"a": text})


@pytest.mark.parametrize("text, names, bare, full, cut", [
    # covidnp_DJ-2020-MAR-04-02: the headline's `ममता बोलीं, …` before `मुख्यमंत्री ममता बनर्जी ने …`, then `ममता ने
    # कहा` four times: two full names start with `ममता`, the bare name stood apart (and its claims' speaker with it)
    ("ममता बोलीं, हिंसा से ध्यान हटाने की कोशिश। बंगाल की मुख्यमंत्री ममता बनर्जी ने बुधवार को सभा की। ममता ने कहा "
     "कि डर फैलाया जा रहा है।", ("ममता बोलीं", "ममता बनर्जी", "ममता"), "ममता", "ममता बनर्जी", "ममता बोलीं"),
    # bbchi_0124: the tagger's `हालंकि अजय` (a misspelt conjunction and the actor's given name) took every bare `अजय`
    # as its surname, apart from `अजय देवगन`
    ("इस बारे में अजय कहते हैं कि काम अच्छा रहा। हालंकि अजय कहते हैं कि दृश्य कठिन थे। यह प्रकाश झा के साथ अजय देवगन "
     "की पाँचवी फ़िल्म है।", ("अजय", "हालंकि अजय", "अजय देवगन"), "अजय", "अजय देवगन", "हालंकि अजय"),
])
def test_given_name_joins_the_named_full_name(text, names, bare, full, cut):
    got = run(text, *names)
    assert got[("a", bare)] == got[("a", full)] != got[("a", cut)]
    got = run(text, *names, p=off(named_given_names=False))
    assert got[("a", bare)] != got[("a", full)]


@pytest.mark.parametrize("text, names, bare, fulls", [
    # guard: two full names of name words share the given name (two people of one given name in one story)
    ("बंगाल की मुख्यमंत्री ममता बनर्जी ने सभा की। पार्षद ममता शर्मा भी मौजूद थीं। ममता ने कहा कि काम होगा।",
     ("ममता बनर्जी", "ममता शर्मा", "ममता"), "ममता", ("ममता बनर्जी", "ममता शर्मा")),
    # guard: the other fitting name is written twice (no one-off span of the tagger: a second person may be meant)
    ("ममता बोलीं, डर फैलाया गया। मुख्यमंत्री ममता बनर्जी ने सभा की। फिर ममता बोलीं कि जांच हो। ममता ने कहा कि काम होगा।",
     ("ममता बोलीं", "ममता बनर्जी", "ममता बोलीं", "ममता"), "ममता", ("ममता बनर्जी",)),
    # guard: a bare word that is no given name of the lexicon (covidnp_PK-2020-MAR-08-01 `आरोपित शेम्पू` and
    # `शेम्पू कुमार उर्फ रवि कुमार`): the rule leaves it to the surname reading
    ("गांव का शेम्पू कुमार उसका रिश्तेदार है। इसके बाद आरोपित शेम्पू ने झांसा दिया। फिर शेम्पू ने शादी रचायी।",
     ("शेम्पू कुमार", "आरोपित शेम्पू", "शेम्पू"), "शेम्पू", ("शेम्पू कुमार",)),
])
def test_given_name_stays_apart(text, names, bare, fulls):
    for p in (SHIPPED, off(named_given_names=False)):
        got = run(text, *names, p=p)
        assert all(got[("a", bare)] != got[("a", f)] for f in fulls)


def test_named_surname_reading_is_kept():
    # guard: the name already chosen has name words only (bbchi_0318 `डेविड कोलमैन` … the tagger's `कोलमैन शौकिया`):
    # here a given name of the lexicon that is another person's surname, `अजय` of `विजय अजय`, stays with it
    text = "कोच विजय अजय ने टीम चुनी। अजय देवगन मैच देखने आए। अजय ने कहा कि टीम अच्छी है।"
    names = ("विजय अजय", "अजय देवगन", "अजय")
    for p in (SHIPPED, off(named_given_names=False)):
        got = run(text, *names, p=p)
        assert got[("a", "अजय")] != got[("a", "अजय देवगन")]
