"""Stanza NER backend (`stanza.v1`) for the Tagger protocol, plus offline training of Stanza's NER tagger.

Two kinds of model folder work, both loaded with `download_method=None` (never any network):

* our own (trained with `train_stanza_ner`): <dir>/resources.json (empty `{}`) + <dir>/<name>_nertagger.pt,
  trained without pretrained word vectors (`--no_pretrain`, char-LSTM on);
* the official Stanza Hindi models, fetched once on a machine with internet with
  `python -c "import stanza; stanza.download('hi', processors='tokenize,ner', model_dir='models/stanza-hi-official')"`
  (<dir>/resources.json lists 'hi'; the NER model plus its pretrain/charlm dependencies sit under <dir>/hi/).

stanza/torch are imported inside functions only.
"""
from __future__ import annotations

import json
import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from pipeline.records import Mention, Sentence

BACKEND = "stanza.v1"
OUR_TAGS = {"PER", "LOC", "ORG", "NUM", "TIME", "ART"}
# official Stanza Hindi NER (IL-NER) label names -> ours; unknown labels are kept as they are
LABEL_MAP = {
    "NEP": "PER", "NEL": "LOC", "NEO": "ORG", "NEN": "NUM", "NETI": "TIME", "NEAR": "ART",
    "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "GPE": "LOC",
}


def _find_model_file(model_dir: Path) -> Path | None:
    cands = sorted(model_dir.glob("*nertagger*.pt")) or sorted(model_dir.glob("*.pt"))
    return cands[0] if cands else None


def bioes_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end_exclusive, label) of BIOES or BIO tags (lenient)."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(list(tags) + ["O"]):
        tag = tag or "O"
        prefix, _, typ = tag.partition("-") if tag != "O" else ("O", "", "")
        if prefix in ("I", "E") and start >= 0 and typ == label:
            if prefix == "E":
                spans.append((start, i + 1, label))
                start, label = -1, ""
            continue
        if start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix == "S":
            spans.append((i, i + 1, typ))
        elif prefix in ("B", "I", "E"):
            if prefix == "E":
                spans.append((i, i + 1, typ))
            else:
                start, label = i, typ
    return spans


class StanzaTagger:
    """Tagger over a stanza Pipeline('hi', processors='tokenize,ner', tokenize_pretokenized=True)."""

    def __init__(
        self,
        model_dir: str | Path,
        *,
        labels: Sequence[str] | None = None,
        batch_size: int = 256,
        name: str | None = None,
        threads: int | None = 1,
    ) -> None:
        import stanza
        import torch

        if threads:
            torch.set_num_threads(threads)
        model_dir = Path(model_dir)
        if model_dir.suffix == ".pt":
            model_file: Path | None = model_dir
            model_dir = model_dir.parent
        else:
            model_file = None
        if not model_dir.is_dir():
            raise FileNotFoundError(f"Stanza models folder not found: {model_dir}")
        res_path = model_dir / "resources.json"
        if not res_path.exists():
            raise FileNotFoundError(f"{model_dir}: no resources.json (write '{{}}' there for a self-trained model)")
        resources = json.loads(res_path.read_text(encoding="utf-8") or "{}")
        kwargs: dict[str, Any] = dict(
            lang="hi",
            dir=str(model_dir),
            processors="tokenize,ner",
            tokenize_pretokenized=True,
            download_method=None,
            use_gpu=False,
            logging_level="ERROR",
            ner_batch_size=batch_size,
        )
        official = "hi" in resources and model_file is None
        if not official:
            model_file = model_file or _find_model_file(model_dir)
            if model_file is None:
                raise FileNotFoundError(f"{model_dir}: no *_nertagger.pt file and resources.json does not list 'hi'")
            # 'hi' is not in our empty resources.json: allow_unknown_language loads exactly the listed
            # processors; the pretokenized tokenizer needs no model file.
            kwargs.update(ner_model_path=str(model_file), allow_unknown_language=True)
        self.nlp = stanza.Pipeline(**kwargs)
        self.model_dir = model_dir
        self.official = official
        self.labels = frozenset(labels) if labels else None
        self.name = name or f"{BACKEND}/{'stanza-hi-official' if official else model_dir.name}"

    def tag(self, sentences: Sequence[Sentence]) -> list[Mention]:
        todo = [s for s in sentences if s.token_starts]
        if not todo:
            return []
        doc = self.nlp([[t for _, _, t in s.tokens()] for s in todo])
        out: list[Mention] = []
        for sent, ssent in zip(todo, doc.sentences):
            tags = [tok.ner or "O" for tok in ssent.tokens]
            for s, e, lab in bioes_spans(tags):
                label = LABEL_MAP.get(lab, lab)
                if self.labels is not None and label not in self.labels:
                    continue
                start, end = sent.token_starts[s], sent.token_ends[e - 1]
                out.append(
                    Mention(sent.doc_id, sent.sent_idx, start, end, sent.text[start - sent.start : end - sent.start], label, self.name)
                )
        return out


# ------------------------------------------------------------------------------------------ training


@dataclass(frozen=True)
class StanzaTrainParams:
    """params.yaml `train_stanza:` section (paths relative to the repository root)."""

    train_paths: tuple[str, ...] = ("../shared/data/il-ner-hi/Hindi-train.txt",)
    dev_path: str = "../shared/data/il-ner-hi/Hindi-dev.txt"
    models_dir: str = "models"
    model_name: str = "ner-hi-stanza"
    version: str = "v1"
    seed: int = 0
    hidden_dim: int = 128
    char_hidden_dim: int = 64
    word_emb_dim: int = 64
    char_emb_dim: int = 32
    max_steps: int = 4000
    eval_interval: int = 500
    batch_size: int = 32
    lr: float = 0.1


def train_stanza_from_params(p: StanzaTrainParams, root: str | Path = ".", *, log_path: str | Path | None = None) -> dict[str, Any]:
    """CLI entry: train the Stanza model described by params into models/<name>-<version>/."""
    root = Path(root)
    return train_stanza_ner(
        [root / x for x in p.train_paths], root / p.dev_path, root / p.models_dir / f"{p.model_name}-{p.version}",
        seed=p.seed, hidden_dim=p.hidden_dim, char_hidden_dim=p.char_hidden_dim, word_emb_dim=p.word_emb_dim,
        char_emb_dim=p.char_emb_dim, max_steps=p.max_steps, eval_interval=p.eval_interval,
        batch_size=p.batch_size, lr=p.lr, log_path=log_path,
    )


def _write_stanza_json(examples, path: Path) -> None:
    doc = [[{"text": t, "ner": g} for t, g in zip(toks, tags)] for toks, tags in examples]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def train_stanza_ner(
    train_paths: Sequence[str | Path],
    dev_path: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 0,
    hidden_dim: int = 128,
    char_hidden_dim: int = 64,
    word_emb_dim: int = 64,
    char_emb_dim: int = 32,
    max_steps: int = 3000,
    eval_interval: int = 500,
    batch_size: int = 32,
    lr: float = 0.1,
    threads: int = 1,
    log_path: str | Path | None = None,
    model_name: str = "hi_ilner",
    evaluate: bool = True,
    max_train_sentences: int | None = None,
) -> dict[str, Any]:
    """Train Stanza's BiLSTM-CRF NER tagger offline (no pretrained vectors, CPU) into `out_dir`.

    Writes <out_dir>/<model_name>_nertagger.pt and an empty resources.json; returns dev scores
    (`pipeline.train.evaluate_ner` through `StanzaTagger`) plus training time, also written to scores.json.
    """
    import torch

    from pipeline.train import evaluate_ner, read_conll

    torch.set_num_threads(threads)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    train_ex = []
    for p in train_paths:
        train_ex.extend(read_conll(p))
    if max_train_sentences:
        train_ex = train_ex[:max_train_sentences]
    dev_ex = read_conll(dev_path)
    save_name = f"{model_name}_nertagger.pt"
    with tempfile.TemporaryDirectory(prefix="stanza-ner-") as wd:
        wd = Path(wd)
        _write_stanza_json(train_ex, wd / "train.json")
        _write_stanza_json(dev_ex, wd / "dev.json")
        args = [
            "--train_file", str(wd / "train.json"), "--eval_file", str(wd / "dev.json"),
            "--shorthand", "hi_ilner", "--mode", "train", "--no_pretrain",
            "--save_dir", str(out_dir), "--save_name", save_name,
            "--hidden_dim", str(hidden_dim), "--char_hidden_dim", str(char_hidden_dim),
            "--word_emb_dim", str(word_emb_dim), "--char_emb_dim", str(char_emb_dim),
            "--max_steps", str(max_steps), "--eval_interval", str(eval_interval),
            "--batch_size", str(batch_size), "--lr", str(lr), "--seed", str(seed),
            "--scheme", "bioes", "--cpu", "--log_step", str(max(1, eval_interval // 5)),
        ]
        t0 = time.perf_counter()
        handler = None
        if log_path:
            handler = logging.FileHandler(log_path, encoding="utf-8")
            logging.getLogger("stanza").addHandler(handler)
        try:
            from stanza.models import ner_tagger

            ner_tagger.main(args)
        finally:
            if handler:
                logging.getLogger("stanza").removeHandler(handler)
        secs = time.perf_counter() - t0
    (out_dir / "resources.json").write_text("{}\n", encoding="utf-8")
    scores: dict[str, Any] = {"train_seconds": round(secs, 1), "n_train_sentences": len(train_ex), "seed": seed,
                              "max_steps": max_steps, "hidden_dim": hidden_dim, "char_hidden_dim": char_hidden_dim,
                              "word_emb_dim": word_emb_dim, "char_emb_dim": char_emb_dim}
    if evaluate:
        scores.update(evaluate_ner(StanzaTagger(out_dir), dev_path))
    scores["size_mb"] = round(sum(f.stat().st_size for f in out_dir.rglob("*") if f.is_file()) / 1e6, 2)
    (out_dir / "scores.json").write_text(json.dumps(scores, ensure_ascii=False, indent=2), encoding="utf-8")
    if evaluate:
        write_stanza_model_card(out_dir, scores)
    return scores


def write_stanza_model_card(out_dir: Path, scores: dict[str, Any], extra: str = "") -> Path:
    from pipeline.train import format_scores

    m = scores["micro"]
    card = f"""# {out_dir.name}

Hindi NER for the `stanza.v1` backend (`pipeline.adapters.stanza_tagger.StanzaTagger`): Stanza's BiLSTM-CRF
tagger (`stanza.models.ner_tagger`, char-LSTM + word embeddings trained from scratch, **no** pretrained word
vectors or charlm), trained offline on CPU. Labels PER, LOC, ORG, NUM, TIME, ART.

- Stanza {_stanza_version()}; seed {scores.get('seed')}; {scores.get('max_steps')} max steps; hidden {scores.get('hidden_dim')},
  char hidden {scores.get('char_hidden_dim')}, word emb {scores.get('word_emb_dim')}, char emb {scores.get('char_emb_dim')}
- training time: {scores.get('train_seconds')} s (CPU, 1 thread); size {scores.get('size_mb')} MB

## Data and licence

IL-NER Hindi (ltrc/IL-NER; IIIT Hyderabad, CDAC Noida, IIIT Bhubaneswar; Bhashini project), CC BY 4.0:
train split for training, dev split for checkpoint selection and the scores below (same tag cleaning as
`pipeline.train.read_conll`). Bahad et al., NAACL SRW 2024. This model is shared under CC BY 4.0.

## Dev scores (IL-NER Hindi dev, entity-level exact span + type)

Micro-F1: **{m['f1']:.4f}** (P {m['p']:.4f}, R {m['r']:.4f}); checkpoint selected on this dev set.

{format_scores(scores)}

Tagging speed during this evaluation: {scores.get('tokens_per_s')} tokens/s.
{extra}
## Loading (offline)

This folder holds `resources.json` = `{{}}` and `{next(iter(sorted(p.name for p in out_dir.glob('*.pt'))), '?')}`;
`StanzaTagger("models/{out_dir.name}")` builds
`stanza.Pipeline('hi', processors='tokenize,ner', tokenize_pretokenized=True, download_method=None,
dir=<this folder>, ner_model_path=<the .pt>, allow_unknown_language=True)` — nothing is downloaded.

## Official Stanza Hindi models

On a machine with internet, fetch them once (NER + its pretrained vectors and charlm):

```
python -c "import stanza; stanza.download('hi', processors='tokenize,ner', model_dir='models/stanza-hi-official')"
```

then copy `models/stanza-hi-official/` next to this folder and use `StanzaTagger("models/stanza-hi-official")`
(params: `tag.backend: stanza.v1`, `tag.model: stanza-hi-official`). Its resources.json lists `hi`, so the
pipeline resolves the NER model and its dependencies from that folder with `download_method=None`.
Stanza reports 84.16 micro-F1 for that model on the IL-NER Hindi test split; its IL-NER labels
(NEP, NEL, ...) are mapped to ours.

## Reproduce

```python
from pipeline.adapters.stanza_tagger import train_stanza_ner
train_stanza_ner(["../shared/data/il-ner-hi/Hindi-train.txt"], "../shared/data/il-ner-hi/Hindi-dev.txt",
                 "models/{out_dir.name}", seed={scores.get('seed')}, max_steps={scores.get('max_steps')},
                 hidden_dim={scores.get('hidden_dim')}, char_hidden_dim={scores.get('char_hidden_dim')},
                 word_emb_dim={scores.get('word_emb_dim')}, char_emb_dim={scores.get('char_emb_dim')})
```
"""
    path = out_dir / "MODEL_CARD.md"
    path.write_text(card, encoding="utf-8")
    return path


def _stanza_version() -> str:
    try:
        import stanza

        return stanza.__version__
    except Exception:  # pragma: no cover
        return "?"
