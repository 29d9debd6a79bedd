import pytest

from pipeline.adapters import build_tagger
from pipeline.adapters.rules_tagger import fold
from pipeline.tag import TagParams, tag_sentences
from tests.conftest import MODELS

P = TagParams(backend="rules.v1", model="gazetteer-v1")


@pytest.fixture(scope="module")
def tagger():
    return build_tagger(P, MODELS)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("रूसी राष्ट्रपति व्लादिमीर पुतिन ने भाग लिया।", [("व्लादिमीर पुतिन", "PER")]),
        ("कज़ाख़स्तान के राष्ट्रपति कासिम-जोमार्ट टोकायव ने कहा। टोकायव ने धन्यवाद दिया।",
         [("कज़ाख़स्तान", "LOC"), ("कासिम-जोमार्ट टोकायव", "PER"), ("टोकायव", "PER")]),
        ("सीएसटीओ की बैठक", [("सीएसटीओ", "ORG")]),
        # nukta-less spelling matches the gazetteer entry with nukta
        ("कजाख़स्तान में 2000 सैनिक", [("कजाख़स्तान", "LOC"), ("2000", "NUM")]),
        ("लेफ्टिनेंट-जनरल सुल्तान गामालेटदीनोव ने कहा", [("सुल्तान गामालेटदीनोव", "PER")]),
        ("रूसी विदेश मंत्रालय ने कहा", [("रूसी विदेश मंत्रालय", "ORG")]),
        # a rank acronym is a title before a name, not an organisation; an honorific ends the name
        ("एसडीएम नरेंद्र सिंह ने बताया", [("नरेंद्र सिंह", "PER")]),
        ("उपायुक्त पंकज कुमार ने बैठक ली", [("पंकज कुमार", "PER")]),
        ("पीएम मोदी जी ने कहा", [("मोदी", "PER")]),
    ],
)
def test_rules_tagger_examples(tagger, sentences_of, text, expected):
    got = [(m.text, m.label) for m in tag_sentences(sentences_of(text), tagger, P)]
    assert got == expected


def test_rules_tagger_offsets(tagger, sentences_of):
    text = "कल रूस ने कहा। राष्ट्रपति पुतिन आए।"
    for m in tag_sentences(sentences_of(text), tagger, P):
        assert text[m.start : m.end] == m.text
        assert m.tagger == "rules.v1/gazetteer-v1"


def test_rules_tagger_missing_model_is_clear(tmp_path):
    with pytest.raises(FileNotFoundError, match="never downloaded"):
        build_tagger(TagParams(backend="rules.v1", model="nope-v9"), tmp_path)


def test_rules_tagger_unknown_backend(tmp_path):
    (tmp_path / "m").mkdir()
    with pytest.raises(ValueError, match="unknown tag backend"):
        build_tagger(TagParams(backend="magic.v1", model="m"), tmp_path)


@pytest.mark.parametrize("a, b", [("क़ज़ाख़", "कजाख"), ("\u095bिला", "जिला"), ("फ़ोन", "फोन")])
def test_rules_tagger_fold(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("backend", ["spacy.v1", "stanza.v1"])
def test_build_tagger_model_backends_need_their_model_on_disk(tmp_path, backend):
    with pytest.raises(FileNotFoundError, match="not found"):
        build_tagger(TagParams(backend=backend, model="ner-hi-absent-v0"), tmp_path)


@pytest.mark.parametrize("word, expected", [
    ("लड़का", "लडका"),  # combining nukta dropped
    ("\u095b\u093eकिर", "जाकिर"),  # precomposed ज़ -> ज
    ("स्\u200dपेन", "स्पेन"),  # zero-width joiner dropped
    ("भारत", "भारत"),
])
def test_fold_memo_same_as_translate(word, expected):
    """fold is memoised: the first and the repeated call give the folded form."""
    assert fold(word) == expected
    assert fold(word) == expected
