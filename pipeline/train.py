"""Stage `train`: Hindi NER models from IL-NER (and optionally HiNER) BIO files.

Pure-ish helpers:
  * `read_conll(path)`      -> [(tokens, tags)] with cleaned BIO tags in our label set
  * `train_spacy_ner(...)`  -> trains a spaCy tok2vec+ner model, writes models/<name>-<version>/
  * `evaluate_ner(tagger_or_model, path)` -> entity-level exact span+type P/R/F1 per type and micro

Heavy imports (spacy) happen inside functions only.
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from pipeline.records import Sentence

# Source tag type -> our label. IL-NER (ltrc/IL-NER) and HiNER (cfiltnlp/HiNER, collapsed) types.
LABEL_MAP: dict[str, str] = {
    "NEP": "PER",
    "NEL": "LOC",
    "NEO": "ORG",
    "NEN": "NUM",
    "NETI": "TIME",
    "NEAR": "ART",
    "PERSON": "PER",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    "PER": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    "NUM": "NUM",
    "TIME": "TIME",
    "ART": "ART",
}
LABELS: tuple[str, ...] = ("PER", "LOC", "ORG", "NUM", "TIME", "ART")

Example = tuple[list[str], list[str]]


@dataclass(frozen=True)
class TrainParams:
    """params.yaml `train:` section. Paths are relative to the repository root."""

    train_paths: tuple[str, ...] = ("../shared/data/il-ner-hi/Hindi-train.txt",)
    dev_path: str = "../shared/data/il-ner-hi/Hindi-dev.txt"
    # Extra partially-annotated data (HiNER collapsed: PER/LOC/ORG only). Its `O` tokens that look like
    # NUM/TIME/ART material are marked *missing* so they do not teach the model to drop those types.
    extra_paths: tuple[str, ...] = ("../shared/data/hiner-validation/collapsed/validation.conll",)
    models_dir: str = "models"
    model_name: str = "ner-hi-spacy"
    version: str = "v1"
    seed: int = 0
    # tok2vec weights from `pretrain_tok2vec` (spaCy pretrain, character objective) or None
    init_tok2vec: str | None = None
    # how many times the (IL-NER) train_paths sentences are repeated per epoch relative to extra_paths
    train_repeat: int = 1
    # static word vectors: a spaCy pipeline folder with vectors (from `build_ppmi_vectors`; the shipped
    # models/vectors-hi-ppmi-v1 is the exact table the v1 model was trained with) or None
    vectors: str | None = "models/vectors-hi-ppmi-v1"
    # if set (and `vectors` is None): build PPMI-SVD vectors first from this raw-text glob plus the tokens of
    # the training files (train_paths + extra_paths); never from the dev file
    vectors_corpus: str | None = "../shared/corpus/news/*.txt"
    vectors_dim: int = 100
    vectors_min_count: int = 3
    # tok2vec
    attrs: tuple[str, ...] = ("NORM", "PREFIX", "SUFFIX", "SHAPE")  # + TAG (the word class) with word_classes
    rows: tuple[int, ...] = (5000, 1000, 2500, 2500)
    width: int = 96
    depth: int = 4
    window_size: int = 1
    maxout_pieces: int = 3
    # "maxout" (spaCy's CNN window encoder) or "bilstm" (spacy.TorchBiLSTMEncoder.v1, `depth` layers)
    encoder: str = "maxout"
    # ner head
    hidden_width: int = 64
    # training
    dropout: float = 0.1
    learn_rate: float = 0.001
    max_epochs: int = 12
    max_steps: int = 0
    patience: int = 2000
    eval_frequency: int = 500
    batch_start: int = 100
    batch_stop: int = 1000
    # train/evaluate on the data's own tokens (as the tagger sees them) instead of re-tokenizing the text
    gold_preproc: bool = True
    # an entity lexicon folder (models/entity-lexicon-vN): each token's word class (KB place, given name,
    # function word, title, Latin, acronym; pipeline.adapters.spacy_word_class) is embedded next to the word
    word_classes: str | None = None
    word_class_rows: int = 64
    threads: int = 1


# --------------------------------------------------------------------------------------------- reading


def _split_tag(tag: str) -> tuple[str, str]:
    """'B-NEP' -> ('B', 'NEP'); '-NEL' -> ('', 'NEL'); 'O' / '-' / '' -> ('O', '')."""
    tag = tag.strip()
    if tag in ("", "O", "-", "_"):
        return "O", ""
    if "-" in tag:
        prefix, _, typ = tag.partition("-")
        prefix = prefix.upper()
        if prefix in ("B", "I", "E", "S", "L", "U", ""):
            return prefix, typ.strip()
        return "O", ""
    return "O", ""


def clean_tags(raw_tags: Sequence[str]) -> list[str]:
    """Clean one sentence of raw BIO tags into valid BIO over LABELS.

    * unknown / bare `-` tags and unknown types (NEU, NED, ...) -> O
    * `-NEL` (missing prefix) -> I-LOC if the previous token has the same type, else B-LOC
    * S-/U- -> B-, E-/L- -> I-
    * an I-X that does not continue an X span -> B-X
    """
    out: list[str] = []
    prev_type = ""
    for raw in raw_tags:
        prefix, typ = _split_tag(raw)
        label = LABEL_MAP.get(typ.upper(), "") if typ else ""
        if prefix == "O" or not label:
            out.append("O")
            prev_type = ""
            continue
        if prefix in ("B", "S", "U"):
            bio = "B"
        elif prefix in ("I", "E", "L"):
            bio = "I" if prev_type == label else "B"
        else:  # missing prefix
            bio = "I" if prev_type == label else "B"
        out.append(f"{bio}-{label}")
        prev_type = label
    return out


def read_conll(path: str | Path) -> list[Example]:
    """Read a token<TAB>tag file (blank line between sentences) into cleaned (tokens, tags) pairs.

    Lines without a tab are split on the last run of whitespace; lines with only a token get `O`.
    """
    sents: list[Example] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if toks:
            sents.append((list(toks), clean_tags(tags)))
        toks.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                flush()
                continue
            if line.startswith("-DOCSTART-"):
                flush()
                continue
            if "\t" in line:
                parts = line.split("\t")
                tok, tag = parts[0], parts[-1] if len(parts) > 1 else "O"
            else:
                parts = line.rsplit(None, 1)
                tok, tag = (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "O")
            tok = tok.strip()
            if not tok:
                continue
            toks.append(tok)
            tags.append(tag)
    flush()
    return sents


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end_exclusive, label) of cleaned BIO tags."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start >= 0:
                spans.append((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (-1, "")
    return spans


# --------------------------------------------------------------------------------------- evaluation


def examples_to_sentences(examples: Sequence[Example], doc_id: str = "eval") -> tuple[list[Sentence], str]:
    """Join tokens with single spaces; sentences concatenated with '\\n' into one pseudo-document."""
    sentences: list[Sentence] = []
    pieces: list[str] = []
    offset = 0
    for idx, (toks, _tags) in enumerate(examples):
        starts, ends = [], []
        pos = offset
        for t in toks:
            starts.append(pos)
            ends.append(pos + len(t))
            pos += len(t) + 1
        text = " ".join(toks)
        sentences.append(Sentence(doc_id, idx, offset, offset + len(text), text, tuple(starts), tuple(ends)))
        pieces.append(text)
        offset += len(text) + 1
    return sentences, "\n".join(pieces)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def score_spans(
    gold: Iterable[tuple[Any, int, int, str]], pred: Iterable[tuple[Any, int, int, str]], labels: Sequence[str] | None = None
) -> dict[str, Any]:
    """Exact (key, start, end, label) matching. `labels` restricts both sides (default: all seen)."""
    gold_set, pred_set = set(gold), set(pred)
    if labels is not None:
        keep = set(labels)
        gold_set = {g for g in gold_set if g[3] in keep}
        pred_set = {p for p in pred_set if p[3] in keep}
    types = sorted({g[3] for g in gold_set} | {p[3] for p in pred_set}, key=lambda t: (t not in LABELS, LABELS.index(t) if t in LABELS else 0, t))
    per_type = {}
    for t in types:
        g = {x for x in gold_set if x[3] == t}
        p = {x for x in pred_set if x[3] == t}
        per_type[t] = prf(len(g & p), len(p), len(g))
    return {"micro": prf(len(gold_set & pred_set), len(pred_set), len(gold_set)), "per_type": per_type}


ERROR_KINDS = ("missed", "boundary", "type", "boundary+type", "spurious")


def span_errors(gold: Iterable[tuple[Any, int, int, str]], pred: Iterable[tuple[Any, int, int, str]]) -> dict[str, dict[str, int]]:
    """The errors of exact (key, start, end, label) matching by kind, per label (the gold span's; spurious: the
    predicted one's). A gold span not predicted exactly is `missed` (no predicted span overlaps it), `boundary`
    (an overlapping one has its label), `type` (one has its exact span, another label) or `boundary+type`; a
    predicted span that overlaps no gold span is `spurious`. Spans are grouped by key first (linear, not all pairs)."""
    gold_set, pred_set = set(gold), set(pred)
    wrong_pred: dict[Any, list[tuple[int, int, str]]] = {}
    for k, s, e, lab in pred_set - gold_set:
        wrong_pred.setdefault(k, []).append((s, e, lab))
    gold_by_key: dict[Any, list[tuple[int, int]]] = {}
    for k, s, e, _lab in gold_set:
        gold_by_key.setdefault(k, []).append((s, e))
    out: dict[str, dict[str, int]] = {}

    def count(label: str, kind: str) -> None:
        row = out.setdefault(label, dict.fromkeys(ERROR_KINDS, 0))
        row[kind] += 1

    for k, s, e, lab in gold_set - pred_set:
        over = [p for p in wrong_pred.get(k, ()) if p[0] < e and s < p[1]]
        if not over:
            count(lab, "missed")
        elif any(p[2] == lab for p in over):
            count(lab, "boundary")
        elif any((p[0], p[1]) == (s, e) for p in over):
            count(lab, "type")
        else:
            count(lab, "boundary+type")
    for k, preds in wrong_pred.items():
        for s, e, lab in preds:
            if not any(a < e and s < b for a, b in gold_by_key.get(k, ())):
                count(lab, "spurious")
    return {lab: out[lab] for lab in sorted(out, key=lambda t: (t not in LABELS, LABELS.index(t) if t in LABELS else 0, t))}


def load_tagger(model: str | Path, **kwargs: Any):
    """Build a Tagger from a model folder: spaCy (config.cfg + meta.json) or Stanza (resources.json)."""
    model = Path(model)
    if (model / "config.cfg").exists() or (model / "meta.json").exists():
        from pipeline.adapters.spacy_tagger import SpacyTagger

        return SpacyTagger(model, **kwargs)
    if (model / "resources.json").exists() or model.suffix == ".pt":
        from pipeline.adapters.stanza_tagger import StanzaTagger

        return StanzaTagger(model, **kwargs)
    raise ValueError(f"{model}: not a spaCy model folder (config.cfg) nor a Stanza models folder (resources.json)")


def evaluate_ner(tagger_or_model: Any, conll_path: str | Path, *, labels: Sequence[str] | None = None,
                 errors: bool = False) -> dict[str, Any]:
    """Entity-level exact span+type P/R/F1 (per type and micro) of a tagger on a BIO file.

    `tagger_or_model`: a Tagger (anything with `.tag(sentences)`), or a path to a model folder.
    The file is read with `read_conll` (same cleaning as training). Returns
    {"micro": {p,r,f1,tp,n_pred,n_gold}, "per_type": {LABEL: {...}}, "n_sentences", "n_tokens",
     "seconds", "tokens_per_s", "tagger", "file"}, and with `errors` also "errors" (`span_errors` per label).
    """
    tagger = load_tagger(tagger_or_model) if isinstance(tagger_or_model, (str, Path)) else tagger_or_model
    examples = read_conll(conll_path)
    sentences, _ = examples_to_sentences(examples)
    gold = []
    for sent, (_toks, tags) in zip(sentences, examples):
        for s, e, lab in bio_spans(tags):
            gold.append((sent.sent_idx, sent.token_starts[s], sent.token_ends[e - 1], lab))
    t0 = time.perf_counter()
    mentions = tagger.tag(sentences)
    secs = time.perf_counter() - t0
    pred = [(m.sent_idx, m.start, m.end, m.label) for m in mentions]
    out = score_spans(gold, pred, labels)
    n_tok = sum(len(t) for t, _ in examples)
    out.update(
        n_sentences=len(examples),
        n_tokens=n_tok,
        seconds=round(secs, 3),
        tokens_per_s=round(n_tok / secs) if secs > 0 else None,
        tagger=getattr(tagger, "name", type(tagger).__name__),
        file=str(conll_path),
    )
    if errors:
        keep = set(labels) if labels is not None else None
        out["errors"] = span_errors(*(x if keep is None else [t for t in x if t[3] in keep] for x in (gold, pred)))
    return out


def format_scores(scores: dict[str, Any]) -> str:
    """Markdown table of per-type and micro P/R/F1."""
    lines = ["| type | P | R | F1 | gold | pred |", "|---|---|---|---|---|---|"]
    for t, s in scores["per_type"].items():
        lines.append(f"| {t} | {s['p']:.4f} | {s['r']:.4f} | {s['f1']:.4f} | {s['n_gold']} | {s['n_pred']} |")
    m = scores["micro"]
    lines.append(f"| **micro** | {m['p']:.4f} | {m['r']:.4f} | **{m['f1']:.4f}** | {m['n_gold']} | {m['n_pred']} |")
    return "\n".join(lines)


def format_errors(errors: dict[str, dict[str, int]]) -> str:
    """Markdown table of `span_errors`: one row per label, one column per kind, and the totals."""
    lines = ["| type | " + " | ".join(ERROR_KINDS) + " |", "|---|" + "---|" * len(ERROR_KINDS)]
    for t, row in errors.items():
        lines.append(f"| {t} | " + " | ".join(str(row[k]) for k in ERROR_KINDS) + " |")
    lines.append("| **all** | " + " | ".join(str(sum(r[k] for r in errors.values())) for k in ERROR_KINDS) + " |")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------- training


def _numlike_vocab(examples: Sequence[Example]) -> set[str]:
    """Tokens that occur inside NUM/TIME/ART spans of the IL-NER training data."""
    vocab: set[str] = set()
    for toks, tags in examples:
        for s, e, lab in bio_spans(tags):
            if lab in ("NUM", "TIME", "ART"):
                vocab.update(toks[s:e])
    return vocab


def _partial_tags(toks: Sequence[str], tags: Sequence[str], missing_vocab: set[str]) -> list[str]:
    """For PER/LOC/ORG-only data: O tokens that could belong to NUM/TIME/ART become missing ('-')."""
    out = []
    for t, tag in zip(toks, tags):
        if tag == "O" and (t in missing_vocab or any(ch.isdigit() for ch in t)):
            out.append("-")
        else:
            out.append(tag)
    return out


def _to_docbin(nlp, examples: Sequence[Example], path: Path) -> int:
    from spacy.tokens import Doc, DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for toks, tags in examples:
        ents = ["" if t == "-" else t for t in tags]  # "" = missing annotation for spaCy
        doc = Doc(nlp.vocab, words=list(toks), spaces=[True] * len(toks), ents=ents)
        db.add(doc)
        n += 1
    db.to_disk(path)
    return n


CONFIG_TEMPLATE = """
[paths]
train = null
dev = null
vectors = null
init_tok2vec = null

[system]
gpu_allocator = null
seed = {seed}

[nlp]
lang = "hi"
pipeline = ["tok2vec","ner"]
batch_size = 1000
disabled = []
before_creation = null
after_creation = null
after_pipeline_creation = null
tokenizer = {{"@tokenizers":"spacy.Tokenizer.v1"}}

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = {attrs}
rows = {rows}
include_static_vectors = {static}

{encoder_block}
[components.ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {{"@scorers":"spacy.ner_scorer.v1"}}
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden_width}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0
gold_preproc = {gold_preproc}
limit = 0
augmenter = null

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0
gold_preproc = {gold_preproc}
limit = 0
augmenter = null

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${{system.seed}}
gpu_allocator = null
dropout = {dropout}
accumulate_gradient = 1
patience = {patience}
max_epochs = {max_epochs}
max_steps = {max_steps}
eval_frequency = {eval_frequency}
frozen_components = []
annotating_components = []
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = {batch_start}
stop = {batch_stop}
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = {learn_rate}

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = ${{paths.vectors}}
init_tok2vec = ${{paths.init_tok2vec}}
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


def build_config(p: TrainParams) -> str:
    """spaCy config text (tok2vec + ner) for the given params."""
    if p.encoder == "maxout":
        encoder_block = (
            '[components.tok2vec.model.encode]\n@architectures = "spacy.MaxoutWindowEncoder.v2"\n'
            f"width = {p.width}\ndepth = {p.depth}\nwindow_size = {p.window_size}\nmaxout_pieces = {p.maxout_pieces}\n"
        )
    elif p.encoder == "bilstm":
        encoder_block = (
            '[components.tok2vec.model.encode]\n@architectures = "spacy.TorchBiLSTMEncoder.v1"\n'
            f"width = {p.width}\ndepth = {p.depth}\ndropout = {p.dropout}\n"
        )
    else:
        raise ValueError(f"train.encoder must be 'maxout' or 'bilstm', not {p.encoder!r}")
    text = CONFIG_TEMPLATE.format(
        encoder_block=encoder_block,
        seed=p.seed,
        width=p.width,
        attrs=json.dumps(list(p.attrs) + (["TAG"] if p.word_classes else [])),
        rows=json.dumps(list(p.rows) + ([p.word_class_rows] if p.word_classes else [])),
        hidden_width=p.hidden_width,
        dropout=p.dropout,
        learn_rate=p.learn_rate,
        patience=p.patience,
        max_epochs=p.max_epochs,
        max_steps=p.max_steps,
        eval_frequency=p.eval_frequency,
        batch_start=p.batch_start,
        batch_stop=p.batch_stop,
        static="true" if p.vectors else "false",
        gold_preproc="true" if p.gold_preproc else "false",
    )
    if p.init_tok2vec:
        text = text.replace("\n[pretraining]\n", PRETRAIN_TEMPLATE.format(epochs=1))
    if p.word_classes:
        text = text.replace('pipeline = ["tok2vec","ner"]', 'pipeline = ["word_class","tok2vec","ner"]')
        text = text.replace("annotating_components = []", 'annotating_components = ["word_class"]')
        text = text.replace("[components.tok2vec]\n", "[components.word_class]\nfactory = \"hindi_word_class\"\n"
                            f"lexicon = {json.dumps(str(Path(p.word_classes).resolve()))}\n\n[components.tok2vec]\n")
    return text


def _limit_threads(n: int) -> None:
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(n))
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(n)
    except Exception:  # pragma: no cover - optional dependency
        pass
    try:
        import torch

        torch.set_num_threads(n)
    except Exception:  # pragma: no cover
        pass


def dir_size_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6, 2)


def train_spacy_ner(
    train_paths: Sequence[str | Path],
    dev_path: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 0,
    params: TrainParams | None = None,
    extra_paths: Sequence[str | Path] | None = None,
    work_dir: str | Path | None = None,
    write_card: bool = True,
    log_path: str | Path | None = None,
    init_tok2vec: str | Path | None = None,
    vectors: str | Path | None = None,
) -> dict[str, Any]:
    """Train a spaCy tok2vec+ner model and write it (best-on-dev checkpoint) to `out_dir`.

    `out_dir` gets the spaCy model folder plus MODEL_CARD.md and scores.json (dev evaluation with
    `evaluate_ner` through `SpacyTagger`). `params` supplies hyperparameters (its data paths and seed
    are overridden by the explicit arguments; `extra_paths`/`init_tok2vec`/`vectors` default to the params'
    values when params are given, else to none). Deterministic given `seed` (single-threaded CPU).
    Returns the scores dict written to scores.json.
    """
    p = dataclasses.replace(
        params or TrainParams(),
        train_paths=tuple(str(x) for x in train_paths),
        dev_path=str(dev_path),
        extra_paths=tuple(str(x) for x in (extra_paths if extra_paths is not None else (params.extra_paths if params else ()))),
        seed=seed,
        init_tok2vec=str(init_tok2vec) if init_tok2vec else (params.init_tok2vec if params else None),
        vectors=str(vectors) if vectors else (params.vectors if params else None),
    )
    _limit_threads(p.threads)
    import spacy
    from spacy.cli.train import train as spacy_train

    if p.word_classes:
        import pipeline.adapters.spacy_word_class  # noqa: F401  (registers the component's factory)
    from spacy.util import fix_random_seed

    fix_random_seed(seed)
    out_dir = Path(out_dir)
    train_ex: list[Example] = []
    for path in p.train_paths:
        train_ex.extend(read_conll(path))
    extra_ex: list[Example] = []
    if p.extra_paths:
        missing_vocab = _numlike_vocab(train_ex)
        for path in p.extra_paths:
            for toks, tags in read_conll(path):
                extra_ex.append((toks, _partial_tags(toks, tags, missing_vocab)))
    dev_ex = read_conll(dev_path)

    tmp_ctx = tempfile.TemporaryDirectory(prefix="train-ner-") if work_dir is None else None
    wd = Path(tmp_ctx.name if tmp_ctx else work_dir)
    wd.mkdir(parents=True, exist_ok=True)
    try:
        nlp = spacy.blank("hi")
        n_train = _to_docbin(nlp, train_ex * max(1, p.train_repeat) + extra_ex, wd / "train.spacy")
        _to_docbin(nlp, dev_ex, wd / "dev.spacy")
        cfg_path = wd / "config.cfg"
        cfg_path.write_text(build_config(p), encoding="utf-8")
        t0 = time.perf_counter()
        overrides = {"paths.train": str(wd / "train.spacy"), "paths.dev": str(wd / "dev.spacy")}
        if p.init_tok2vec:
            overrides["paths.init_tok2vec"] = str(p.init_tok2vec)
        if p.vectors:
            overrides["paths.vectors"] = str(p.vectors)
        if log_path:
            import contextlib

            with open(log_path, "a", encoding="utf-8") as fh, contextlib.redirect_stdout(fh):
                spacy_train(cfg_path, wd / "output", use_gpu=-1, overrides=overrides)
        else:
            spacy_train(cfg_path, wd / "output", use_gpu=-1, overrides=overrides)
        train_secs = time.perf_counter() - t0
        return package_spacy_model(wd / "output" / "model-best", out_dir, p, train_seconds=train_secs,
                                   n_train_sentences=n_train, write_card=write_card)
    finally:
        if tmp_ctx:
            tmp_ctx.cleanup()


def package_spacy_model(
    best_dir: str | Path,
    out_dir: str | Path,
    p: TrainParams,
    *,
    train_seconds: float | None = None,
    n_train_sentences: int | None = None,
    write_card: bool = True,
) -> dict[str, Any]:
    """Copy a trained spaCy pipeline to `out_dir` with meta, scores.json (dev evaluation) and MODEL_CARD.md."""
    import spacy

    if p.word_classes:
        import pipeline.adapters.spacy_word_class  # noqa: F401  (registers the component's factory)
    out_dir = Path(out_dir)
    nlp_best = spacy.load(best_dir)
    nlp_best.meta.update(
        name=p.model_name.replace("-", "_"),
        version=_semver(p.version),
        description="Hindi NER (PER/LOC/ORG/NUM/TIME/ART), tok2vec+ner, trained on IL-NER",
        license="CC BY 4.0 (IL-NER)" if not p.extra_paths else "CC BY-SA 4.0 (IL-NER CC BY 4.0 + HiNER CC BY-SA 4.0)",
    )
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp_best.to_disk(out_dir)
    if "word_class" in nlp_best.pipe_names:  # its table is in the model folder: no lexicon path in the config
        cfg = out_dir / "config.cfg"
        cfg.write_text(re.sub(r'(?m)^lexicon = ".*"$', 'lexicon = ""', cfg.read_text(encoding="utf-8")), encoding="utf-8")

    from pipeline.adapters.spacy_tagger import SpacyTagger

    scores = evaluate_ner(SpacyTagger(out_dir), p.dev_path)
    scores.update(
        model=out_dir.name,
        seed=p.seed,
        train_seconds=round(train_seconds, 1) if train_seconds is not None else None,
        n_train_sentences=n_train_sentences,
        size_mb=dir_size_mb(out_dir),
        params=_jsonable(dataclasses.asdict(p)),
    )
    (out_dir / "scores.json").write_text(json.dumps(scores, ensure_ascii=False, indent=2), encoding="utf-8")
    if write_card:
        write_model_card(out_dir, scores, p)
    return scores


def _semver(v: str) -> str:
    digits = "".join(ch for ch in v if ch.isdigit() or ch == ".") or "0"
    parts = (digits.split(".") + ["0", "0"])[:3]
    return ".".join(x or "0" for x in parts)


def _jsonable(d: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(d, default=list))


def write_model_card(out_dir: Path, scores: dict[str, Any], p: TrainParams, extra: str = "") -> Path:
    uses_hiner = bool(p.extra_paths)
    data_lines = [
        "- **IL-NER Hindi** (ltrc/IL-NER, IIIT Hyderabad / CDAC Noida / IIIT Bhubaneswar, Bhashini project), "
        "licence CC BY 4.0 — train split for training, dev split for model selection and the scores below. "
        "Bahad et al., *Fine-tuning Pre-trained Named Entity Recognition Models For Indian Languages*, NAACL SRW 2024.",
    ]
    if uses_hiner:
        data_lines.append(
            "- **HiNER** (cfiltnlp/HiNER, collapsed PERSON/LOCATION/ORGANIZATION, validation split), licence CC BY-SA 4.0 — "
            "extra training data; its `O` tokens that look like numbers/dates are treated as unannotated. "
            "Murthy et al., *HiNER: A Large Hindi Named Entity Recognition Dataset*, LREC 2022. "
            "Because HiNER is CC BY-SA 4.0, this model is shared under CC BY-SA 4.0."
        )
    m = scores["micro"]
    card = f"""# {out_dir.name}

Hindi (Devanagari) named-entity tagger: spaCy {_spacy_version()} `tok2vec` (MultiHashEmbed {list(p.attrs)}
rows {list(p.rows)}{' + static word vectors `' + str(p.vectors) + '` (PPMI-SVD, see its MODEL_CARD.md)' if p.vectors else ''}
→ MaxoutWindowEncoder width {p.width}, depth {p.depth}, window {p.window_size}) + transition-based `ner`
(hidden width {p.hidden_width}); {"trained on the data's own tokens, as the tagger sees them" if p.gold_preproc else "training text re-tokenized by spaCy's Hindi tokenizer"} (gold_preproc={p.gold_preproc}).
Labels: PER, LOC, ORG, NUM, TIME, ART (IL-NER NEP→PER, NEL→LOC, NEO→ORG, NEN→NUM, NETI→TIME, NEAR→ART).
Expects pre-tokenized input (whitespace tokens, punctuation split off, as in IL-NER); used through
`pipeline.adapters.spacy_tagger.SpacyTagger` (backend `spacy.v1`).

- version: `{p.version}`, seed {p.seed}, size {scores.get('size_mb')} MB
- training time: {scores.get('train_seconds')} s on CPU ({p.threads} thread), {scores.get('n_train_sentences')} training sentences

## Data and licences

{chr(10).join(data_lines)}

Tag cleaning (same for training and evaluation, `pipeline.train.read_conll`): bare `-` and unknown types
(NEU, NED) → O; a tag without B/I prefix (`-NEL`) → B-, or I- when it continues the same type; an I- that does
not continue its type → B-.

## Dev scores (IL-NER Hindi dev, entity-level exact span + type)

Micro-F1 (6 types): **{m['f1']:.4f}** (P {m['p']:.4f}, R {m['r']:.4f}). The checkpoint was selected on this dev set,
so the score is slightly optimistic. For reference, Stanza reports 84.16 micro-F1 for Hindi on the IL-NER *test* split.
Issue-3 bar (dev micro-F1 ≥ 0.85): **{'met' if m['f1'] >= 0.85 else 'NOT met'}**.

{format_scores(scores)}

Tagging speed during this evaluation: {scores.get('tokens_per_s')} tokens/s ({scores.get('n_tokens')} tokens).
{extra}
## Reproduce

```
python -m pipeline train            # params.yaml `train:` section (TrainParams)
python -m pipeline evaluate-ner ../shared/data/il-ner-hi/Hindi-dev.txt --model models/{out_dir.name}
```

or from Python:

```python
from pipeline.train import TrainParams, train_from_params
train_from_params(TrainParams(), root=".")   # -> models/<model_name>-<version>/, deterministic for a seed
```

Hyperparameters: `{json.dumps(_jsonable(dataclasses.asdict(p)), ensure_ascii=False)}`
"""
    path = out_dir / "MODEL_CARD.md"
    path.write_text(card, encoding="utf-8")
    return path


def _spacy_version() -> str:
    try:
        import spacy

        return spacy.__version__
    except Exception:  # pragma: no cover
        return "?"


def train_from_params(p: TrainParams, root: str | Path = ".", *, log_path: str | Path | None = None) -> dict[str, Any]:
    """CLI entry: train the model described by params (paths relative to `root`) into models/<name>-<version>/."""
    root = Path(root)
    out = root / p.models_dir / f"{p.model_name}-{p.version}"
    vectors = (root / p.vectors) if p.vectors else None
    tmp = None
    if vectors is None and p.vectors_corpus:
        tmp = tempfile.TemporaryDirectory(prefix="ppmi-")
        texts = pretraining_texts(root / p.vectors_corpus, [root / x for x in (*p.train_paths, *p.extra_paths)])
        vectors = build_ppmi_vectors(texts, Path(tmp.name) / "vectors", dim=p.vectors_dim, min_count=p.vectors_min_count, seed=p.seed)
    try:
        return _train_from_params(p, root, out, vectors, log_path)
    finally:
        if tmp:
            tmp.cleanup()


def _train_from_params(p: TrainParams, root: Path, out: Path, vectors: Path | None, log_path) -> dict[str, Any]:
    return train_spacy_ner(
        [root / x for x in p.train_paths],
        root / p.dev_path,
        out,
        seed=p.seed,
        params=p,
        extra_paths=[root / x for x in p.extra_paths],
        log_path=log_path,
        init_tok2vec=(root / p.init_tok2vec) if p.init_tok2vec else None,
        vectors=vectors,
    )


# -------------------------------------------------------------------------------------- pretraining

PRETRAIN_CORPUS = """
[paths]
raw_text = null

[corpora]

[corpora.pretrain]
@readers = "spacy.JsonlCorpus.v1"
path = ${paths.raw_text}
min_length = 3
max_length = 300
limit = 0
"""

# The [pretraining] block: used by `pretrain_tok2vec`, and also needed in the training config for spaCy
# to load `init_tok2vec` weights (it reads component/layer from here).
PRETRAIN_TEMPLATE = """
[pretraining]
max_epochs = {epochs}
dropout = 0.2
n_save_every = null
n_save_epoch = null
component = "tok2vec"
layer = ""
corpus = "corpora.pretrain"

[pretraining.batcher]
@batchers = "spacy.batch_by_words.v1"
size = 3000
discard_oversize = false
tolerance = 0.2
get_length = null

[pretraining.objective]
@architectures = "spacy.PretrainCharacters.v1"
maxout_pieces = 3
hidden_size = 300
n_characters = 4

[pretraining.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001
"""


def pretraining_texts(corpus_glob: str | Path, conll_paths: Sequence[str | Path] = ()) -> Iterable[str]:
    """Space-joined token sequences (our segmenter's tokens) of raw news text, plus CoNLL sentences' tokens."""
    from glob import glob

    from pipeline.segment import SegmentParams, split_sentences

    sp = SegmentParams()
    for path in sorted(glob(str(corpus_glob))):
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        for sent in split_sentences(Path(path).stem, text, sp):
            toks = [t for _, _, t in sent.tokens()]
            if len(toks) >= 3:
                yield " ".join(toks)
    for cp in conll_paths:
        for toks, _ in read_conll(cp):
            yield " ".join(toks)


def pretrain_tok2vec(
    corpus_glob: str | Path,
    out_path: str | Path,
    *,
    params: TrainParams | None = None,
    conll_paths: Sequence[str | Path] = (),
    epochs: int = 5,
    seed: int = 0,
    work_dir: str | Path | None = None,
    resume_path: str | Path | None = None,
    epoch_resume: int | None = None,
) -> Path:
    """spaCy `pretrain` (character objective) of the tok2vec described by `params` on raw text.

    Writes the weights to `out_path` (a .bin usable as `TrainParams.init_tok2vec`) and returns it.
    """
    import srsly

    p = params or TrainParams()
    _limit_threads(p.threads)
    from spacy.training.pretrain import pretrain
    from thinc.api import Config

    wd = Path(work_dir or tempfile.mkdtemp(prefix="pretrain-"))
    wd.mkdir(parents=True, exist_ok=True)
    if not (wd / "raw.jsonl").exists():
        srsly.write_jsonl(wd / "raw.jsonl", ({"text": t} for t in pretraining_texts(corpus_glob, conll_paths)))
    cfg = Config().from_str(build_config(dataclasses.replace(p, seed=seed)), interpolate=False)
    cfg = cfg.merge(Config().from_str(PRETRAIN_CORPUS + PRETRAIN_TEMPLATE.format(epochs=epochs), interpolate=False))
    cfg["paths"]["raw_text"] = str(wd / "raw.jsonl")
    cfg.to_disk(wd / "pretrain.cfg")
    (wd / "out").mkdir(exist_ok=True)
    pretrain(cfg.interpolate(), wd / "out", use_gpu=-1, silent=False,
             resume_path=Path(resume_path) if resume_path else None, epoch_resume=epoch_resume)
    last = sorted((wd / "out").glob("model*.bin"), key=lambda f: f.stat().st_mtime)[-1]
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(last, out_path)
    return out_path


# ------------------------------------------------------------------------------------ static vectors


def build_ppmi_vectors(
    texts: Iterable[str],
    out_dir: str | Path,
    *,
    dim: int = 100,
    min_count: int = 3,
    window: int = 3,
    n_context: int = 5000,
    max_words: int = 40000,
    seed: int = 0,
) -> Path:
    """Word vectors from raw text without extra dependencies: PPMI co-occurrence (top `n_context` context
    words, symmetric window) -> randomized truncated SVD (numpy). Writes a blank spaCy 'hi' pipeline whose
    vocab holds the vectors (usable as `TrainParams.vectors`, i.e. [initialize] vectors) and returns it.
    """
    from collections import Counter

    import numpy as np
    import spacy

    sents = [t.split() for t in texts]
    counts = Counter(w for s in sents for w in s)
    words = [w for w, c in counts.most_common(max_words) if c >= min_count]
    widx = {w: i for i, w in enumerate(words)}
    cidx = {w: i for i, w in enumerate(words[:n_context])}
    co = np.zeros((len(words), len(cidx)), dtype=np.float32)
    for s in sents:
        ids = [widx.get(w, -1) for w in s]
        cids = [cidx.get(w, -1) for w in s]
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for j in range(max(0, i - window), min(n, i + window + 1)):
                cj = cids[j]
                if j != i and cj >= 0:
                    co[wi, cj] += 1.0 / abs(i - j)
    total = co.sum()
    row = co.sum(1, keepdims=True)
    col = co.sum(0, keepdims=True) ** 0.75
    col = col / col.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((co / total) / ((row / total) * col))
    ppmi = np.nan_to_num(np.maximum(pmi, 0.0), nan=0.0, posinf=0.0, neginf=0.0).astype(np.float32)
    del co, pmi
    rng = np.random.default_rng(seed)
    k = dim + 20
    q, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], k)).astype(np.float32))
    for _ in range(2):  # power iterations
        q, _ = np.linalg.qr(ppmi @ (ppmi.T @ q))
    u_small, s, _vt = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    vecs = (q @ u_small)[:, :dim] * np.sqrt(s[:dim])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    nlp = spacy.blank("hi")
    from spacy.vectors import Vectors

    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=vecs.astype(np.float32), keys=[nlp.vocab.strings.add(w) for w in words], name="hi_ppmi_vectors")
    out_dir = Path(out_dir)
    nlp.to_disk(out_dir)
    return out_dir


def build_vectors_from_params(p: TrainParams, root: str | Path = ".", out_dir: str | Path | None = None) -> Path:
    """Build the PPMI-SVD vectors folder named by `p.vectors` from `p.vectors_corpus` + training-file tokens.

    (Optional `vectors` stage; the table depends on pipeline.segment's tokenization of the raw corpus.)
    """
    root = Path(root)
    out = Path(out_dir) if out_dir else root / (p.vectors or "models/vectors-hi-ppmi")
    if not p.vectors_corpus:
        raise ValueError("train.vectors_corpus is not set")
    texts = pretraining_texts(root / p.vectors_corpus, [root / x for x in (*p.train_paths, *p.extra_paths)])
    build_ppmi_vectors(texts, out, dim=p.vectors_dim, min_count=p.vectors_min_count, seed=p.seed)
    (out / "MODEL_CARD.md").write_text(VECTORS_CARD.format(name=out.name, dim=p.vectors_dim, min_count=p.vectors_min_count), encoding="utf-8")
    return out


VECTORS_CARD = """# {name}

Static Hindi word vectors ({dim} dimensions, words seen ≥ {min_count} times) used by the spaCy NER model's
tok2vec (`include_static_vectors`). Built without extra dependencies by `pipeline.train.build_ppmi_vectors`:
positive PMI of word/context co-occurrence (window 3, 1/distance weights, top 5000 context words, context
distribution smoothing 0.75) factorised with a seeded randomized truncated SVD, rows L2-normalised.

Text: the raw news articles in ../shared/corpus/news (segmented with pipeline.segment) plus the *tokens* (no
labels) of the IL-NER Hindi train split (CC BY 4.0, ltrc/IL-NER) and the HiNER collapsed validation split
(CC BY-SA 4.0, cfiltnlp/HiNER). The IL-NER dev split is not used. Because HiNER text is included, share under
CC BY-SA 4.0.

Rebuild: `pipeline.train.build_vectors_from_params(TrainParams(), root=".")` (the table depends on
pipeline.segment's tokenization, so a changed segmenter gives slightly different vectors).
"""
