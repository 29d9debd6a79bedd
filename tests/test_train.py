"""Tests for pipeline/train.py: CoNLL reading/cleaning, span scoring and evaluate_ner."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import Mention
from pipeline.train import TrainParams, bio_spans, build_config, clean_tags, evaluate_ner, read_conll, train_spacy_ner

SHARED = Path(__file__).parents[1].parent / "shared"
IL_NER_DEV = SHARED / "data" / "il-ner-hi" / "Hindi-dev.txt"


def _write(tmp_path: Path, text: str, name: str = "tiny.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (("B-NEP", "I-NEP", "O"), ["B-PER", "I-PER", "O"]),
        (("-", "B-NEL", "-"), ["O", "B-LOC", "O"]),
        (("-NEL",), ["B-LOC"]),
        (("B-NEL", "-NEL"), ["B-LOC", "I-LOC"]),
        (("I-NEO", "I-NEO"), ["B-ORG", "I-ORG"]),
        (("B-NEU", "I-NEU", "B-NED"), ["O", "O", "O"]),
        (("B-NETI", "I-NEN"), ["B-TIME", "B-NUM"]),
        (("B-NEAR", ""), ["B-ART", "O"]),
        (("B-PERSON", "I-PERSON", "B-LOCATION", "B-ORGANIZATION"), ["B-PER", "I-PER", "B-LOC", "B-ORG"]),
    ],
)
def test_train_clean_tags_maps_and_repairs(raw, expected):
    assert clean_tags(raw) == expected


@pytest.mark.parametrize(
    ("conll", "expected"),
    [
        (
            "व्लादिमीर\tB-NEP\nपुतिन\tI-NEP\nने\tO\nकहा\t-\n।\tO\n",
            [(["व्लादिमीर", "पुतिन", "ने", "कहा", "।"], ["B-PER", "I-PER", "O", "O", "O"])],
        ),
        (
            "कज़ाख़स्तान\t-NEL\nमें\tO\n\n\n2022\tB-NETI\nमें\tO\nwww.goa.gov.in\tB-NEU\n",
            [(["कज़ाख़स्तान", "में"], ["B-LOC", "O"]), (["2022", "में", "www.goa.gov.in"], ["B-TIME", "O", "O"])],
        ),
        (
            "सीएसटीओ B-ORGANIZATION\nकी O\nबैठक\n",
            [(["सीएसटीओ", "की", "बैठक"], ["B-ORG", "O", "O"])],
        ),
    ],
)
def test_train_read_conll_cleans_noisy_tags(tmp_path, conll, expected):
    assert read_conll(_write(tmp_path, conll)) == expected


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["B-NUM", "B-NUM", "I-NUM"], [(0, 1, "NUM"), (1, 3, "NUM")]),
        (["O", "O"], []),
    ],
)
def test_train_bio_spans_decodes(tags, spans):
    assert bio_spans(tags) == spans


class _FixedTagger:
    """Predicts given (sent_idx, token_start, token_end, label) spans, to check scoring."""

    name = "fixed.v0/test"

    def __init__(self, spans):
        self.spans = spans

    def tag(self, sentences):
        out = []
        for sent in sentences:
            for idx, s, e, lab in self.spans:
                if idx == sent.sent_idx:
                    start, end = sent.token_starts[s], sent.token_ends[e - 1]
                    text = sent.text[start - sent.start : end - sent.start]
                    out.append(Mention(sent.doc_id, idx, start, end, text, lab, self.name))
        return out


TINY_GOLD = (
    "रूसी\tO\nराष्ट्रपति\tO\nव्लादिमीर\tB-NEP\nपुतिन\tI-NEP\nने\tO\nकज़ाख़स्तान\tB-NEL\nमें\tO\n"
    "सीएसटीओ\tB-NEO\nकी\tO\n2\tB-NEN\nबैठकें\tO\nकीं\tO\n।\tO\n\n"
    "सोमवार\tB-NETI\nको\tO\nपुतिन\tB-NEP\nबोले\tO\n।\tO\n"
)


@pytest.mark.parametrize(
    ("pred", "micro", "per_f1"),
    [
        # everything right: 6 gold entities
        (
            [(0, 2, 4, "PER"), (0, 5, 6, "LOC"), (0, 7, 8, "ORG"), (0, 9, 10, "NUM"), (1, 0, 1, "TIME"), (1, 2, 3, "PER")],
            (1.0, 1.0, 1.0),
            {"PER": 1.0, "LOC": 1.0},
        ),
        # partial span (पुतिन only) is wrong, LOC typed as ORG is wrong, one extra PER
        (
            [(0, 3, 4, "PER"), (0, 5, 6, "ORG"), (0, 7, 8, "ORG"), (0, 9, 10, "NUM"), (1, 0, 1, "TIME"), (1, 2, 3, "PER"), (1, 3, 4, "PER")],
            (4 / 7, 4 / 6, 2 * (4 / 7) * (4 / 6) / (4 / 7 + 4 / 6)),
            {"PER": 2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), "LOC": 0.0, "ORG": 2 * 0.5 * 1 / 1.5},
        ),
        ([], (0.0, 0.0, 0.0), {"PER": 0.0}),
    ],
)
def test_train_evaluate_ner_known_prf(tmp_path, pred, micro, per_f1):
    scores = evaluate_ner(_FixedTagger(pred), _write(tmp_path, TINY_GOLD))
    m = scores["micro"]
    assert (m["p"], m["r"], m["f1"]) == pytest.approx(micro, abs=1e-4)
    assert m["n_gold"] == 6
    for lab, f1 in per_f1.items():
        assert scores["per_type"][lab]["f1"] == pytest.approx(f1, abs=1e-4)


def test_train_build_config_is_valid_spacy_config():
    from thinc.api import Config

    cfg = Config().from_str(build_config(TrainParams()))
    assert cfg["nlp"]["pipeline"] == ["tok2vec", "ner"]
    assert cfg["components"]["tok2vec"]["model"]["embed"]["attrs"] == list(TrainParams().attrs)


@pytest.mark.skipif(not IL_NER_DEV.exists(), reason=f"IL-NER data not available at {IL_NER_DEV}")
def test_train_read_conll_il_ner_dev_is_clean():
    examples = read_conll(IL_NER_DEV)
    assert len(examples) == 1389
    allowed = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "LOC", "ORG", "NUM", "TIME", "ART")}
    assert all(tag in allowed for _, tags in examples for tag in tags)


@pytest.mark.parametrize(
    ("field", "value", "section", "key", "expected"),
    [
        ("vectors", "models/x/vectors", "components", None, "true"),
        ("init_tok2vec", "models/x/tok2vec.bin", "pretraining", "component", "tok2vec"),
    ],
)
def test_train_build_config_optional_vectors_and_pretrain(field, value, section, key, expected):
    import dataclasses

    from thinc.api import Config

    cfg = Config().from_str(build_config(dataclasses.replace(TrainParams(), **{field: value})))
    if field == "vectors":
        assert cfg["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] is True
    else:
        assert cfg[section][key] == expected


def test_train_build_ppmi_vectors_tiny(tmp_path):
    import spacy

    from pipeline.train import build_ppmi_vectors

    texts = ["दिल्ली में बैठक हुई", "मुंबई में बैठक हुई", "दिल्ली और मुंबई शहर हैं", "पुतिन ने कहा"] * 5
    out = build_ppmi_vectors(texts, tmp_path / "vec", dim=4, min_count=2, n_context=10)
    nlp = spacy.load(out)
    assert nlp.vocab.vectors.shape[1] == 4
    assert nlp.vocab.has_vector("दिल्ली") and nlp.vocab.has_vector("मुंबई")


TINY_TRAIN = (
    "व्लादिमीर\tB-NEP\nपुतिन\tI-NEP\nने\tO\nकज़ाख़स्तान\tB-NEL\nका\tO\nदौरा\tO\nकिया\tO\n।\tO\n\n"
    "सीएसटीओ\tB-NEO\nकी\tO\nबैठक\tO\n2022\tB-NETI\nमें\tO\nहुई\tO\n।\tO\n\n"
    "पुतिन\tB-NEP\nने\tO\n3\tB-NEN\nदेशों\tO\nका\tO\nदौरा\tO\nकिया\tO\n।\tO\n"
)


def test_train_train_spacy_ner_tiny_writes_model_card_scores(tmp_path):
    import dataclasses
    import json

    from pipeline.adapters.spacy_tagger import SpacyTagger

    data = _write(tmp_path, TINY_TRAIN)
    p = dataclasses.replace(TrainParams(), vectors=None, extra_paths=(), width=16, depth=1, rows=(100, 50, 50, 50),
                            hidden_width=16, max_steps=4, max_epochs=0, eval_frequency=2)
    out = tmp_path / "models" / "ner-tiny-v0"
    scores = train_spacy_ner([data], data, out, seed=1, params=p)
    assert (out / "config.cfg").exists() and (out / "MODEL_CARD.md").exists()
    assert json.loads((out / "scores.json").read_text(encoding="utf-8"))["micro"] == scores["micro"]
    assert scores["n_train_sentences"] == 3 and scores["params"]["extra_paths"] == []
    tagger = SpacyTagger(out)
    assert tagger.name == "spacy.v1/ner-tiny-v0"
    assert evaluate_ner(out, data)["micro"] == scores["micro"]


def test_train_config_with_word_classes_embeds_the_class():
    import dataclasses

    from pipeline.train import TrainParams, build_config

    cfg = build_config(dataclasses.replace(TrainParams(), word_classes="models/entity-lexicon-v1"))
    assert 'pipeline = ["word_class","tok2vec","ner"]' in cfg and 'annotating_components = ["word_class"]' in cfg
    assert 'factory = "hindi_word_class"' in cfg and '"TAG"]' in cfg
    assert 'pipeline = ["tok2vec","ner"]' in build_config(TrainParams())


@pytest.mark.parametrize(
    "word, cls",
    [("भारत", "PLACE"), ("राहुल", "GIVEN"), ("ने", "FUNC"), ("राष्ट्रपति", "TITLE"), ("SEC", "LATIN"),
     ("यू.के.", "ACR"), ("सैनिक", "O")],
)
def test_train_word_classes_of_the_shipped_lexicon(word, cls):
    from pipeline.adapters.spacy_word_class import classify, word_classes

    table = _WORD_CLASSES.setdefault("t", word_classes(Path(__file__).parents[1] / "models" / "entity-lexicon-v1"))
    assert classify(word, table) == cls


_WORD_CLASSES: dict = {}


def test_train_word_class_component_round_trips(tmp_path):
    from pipeline.adapters.spacy_word_class import WordClass

    comp = WordClass("word_class")
    comp.table = {"भारत": "PLACE"}
    comp.to_disk(tmp_path / "wc")
    assert WordClass("word_class").from_disk(tmp_path / "wc").table == {"भारत": "PLACE"}
