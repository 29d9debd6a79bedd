"""spaCy NER backend (`spacy.v1`) for the Tagger protocol.

Loads a trained model folder (models/<name>-<version>/) with `spacy.load`. Docs are built from the
segmenter's tokens (words + spaces), so entity offsets map back to document offsets exactly.
spaCy is imported in the constructor only.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path
from typing import Iterator, Sequence

from pipeline.records import Mention, Sentence

BACKEND = "spacy.v1"
HYPHENS = frozenset("-\u2010\u2011")


def _wordish(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def word_groups(sent: Sentence) -> list[tuple[int, int]]:
    """Token index ranges [a, b) that form one model word.

    IL-NER (the training data) keeps intra-word hyphens inside a token (`ई-कॉमर्स`, `कासिम-जोमार्ट`), while
    our segmenter splits them off; `X - Y` written without spaces is merged back into one word here.
    """
    toks = sent.tokens()
    groups: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        j = i + 1
        while (
            j + 1 < n
            and toks[j][2] in HYPHENS
            and toks[j - 1][1] == toks[j][0]
            and toks[j][1] == toks[j + 1][0]
            and _wordish(toks[j - 1][2][-1])
            and _wordish(toks[j + 1][2][0])
        ):
            j += 2
        groups.append((i, j))
        i = j
    return groups


# The model's memory grows with the words it is given at once: one "sentence" of 100,000 words (a text without a
# single danda) took 1.8 GB. So a sentence longer than MAX_WORDS is tagged in pieces (the longest sentence of
# corpus/news has 251 words; a name cut by a piece's end is cut with it), and a batch holds at most BATCH_WORDS words.
MAX_WORDS = 1000
BATCH_WORDS = 20_000


def _batches(items: list[tuple[Sentence, list]], max_items: int, max_words: int) -> Iterator[list[tuple[Sentence, list]]]:
    """Consecutive batches of (sentence, word groups) of at most max_items items and max_words words."""
    batch: list[tuple[Sentence, list]] = []
    words = 0
    for item in items:
        if batch and (len(batch) == max_items or words + len(item[1]) > max_words):
            yield batch
            batch, words = [], 0
        batch.append(item)
        words += len(item[1])
    if batch:
        yield batch


def _import_spacy(model_dir: Path):
    """`import spacy`, without torch when the model does not need it.

    thinc (spaCy's layer library) imports torch at start-up whenever it is installed (it is, for
    Stanza): 2.4 s of every tag process and worker, though a CNN model (the shipped one) never uses
    it. So unless torch is already loaded or the model's config names a Torch layer (the `bilstm`
    encoder), thinc is first imported with torch hidden; thinc then runs its numpy ops as usual.
    """
    import importlib.util
    import sys

    cfg = model_dir / "config.cfg"
    needs_torch = not cfg.is_file() or "Torch" in cfg.read_text(encoding="utf-8")
    if not needs_torch and "torch" not in sys.modules and "thinc.compat" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError
        try:
            import thinc.compat  # noqa: F401
        finally:
            del sys.modules["torch"]
    elif (needs_torch and getattr(sys.modules.get("thinc.compat"), "has_torch", True) is False
          and importlib.util.find_spec("torch") is not None):
        raise RuntimeError(
            f"{model_dir}: this model needs torch, but this process already loaded a spaCy model without it; "
            "load it in a fresh process (or load it first)"
        )
    if "spacy" not in sys.modules:
        _import_without_cli()
    import spacy

    return spacy


def _real_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_without_cli() -> None:
    """`import spacy` without its command line (`spacy/__init__.py` imports `spacy.cli` for the one name
    `spacy.info`, and with it typer, weasel and requests: 0.2-0.4 CPU s of each tag process, a tenth of a
    one-article `dvc repro`). The package `spacy.cli` is stubbed while spaCy loads, then dropped, so a later
    `import spacy.cli` (training) gets the real one; `spacy.info` calls the real function."""
    import types

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package: `from .cli.info import info` looks up its submodule in sys.modules
    info = types.ModuleType("spacy.cli.info")
    info.info = _real_info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["spacy.cli"], sys.modules["spacy.cli.info"]


def _numpy_matmul(nlp) -> None:
    """Make every layer of the pipeline's models compute with thinc's NumpyOps with its matrix products done by
    numpy (OpenBLAS) instead of blis. The layers and weights are the same; on the shipped CNN model over
    corpus/news the mentions are identical and the model runs 12-15% faster (maxout layers and the NER's
    precomputed affine are matrix products; OpenBLAS does them 1.7x faster than blis on these CPUs). OpenBLAS is
    held to one thread in this process, as blis is: the pipeline's parallelism is its worker processes
    (`--workers`), and BLAS threads on top of them would oversubscribe the cores."""
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")  # process-wide, kept after the call (not a `with`)
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        for layer in pipe.model.walk():
            layer.ops = ops


class SpacyTagger:
    """Tagger over a spaCy pipeline with an `ner` component.

    `labels`: keep only these labels (default: all the model predicts).
    `batch_size`: sentences per nlp.pipe batch.
    """

    def __init__(
        self,
        model_dir: str | Path,
        *,
        labels: Sequence[str] | None = None,
        batch_size: int = 512,
        name: str | None = None,
    ) -> None:
        model_dir = Path(model_dir)
        if not model_dir.exists():
            raise FileNotFoundError(f"spaCy model folder not found: {model_dir}")
        spacy = _import_spacy(model_dir)
        cfg = model_dir / "config.cfg"
        if cfg.is_file() and "hindi_word_class" in cfg.read_text(encoding="utf-8"):
            import pipeline.adapters.spacy_word_class  # noqa: F401  (registers the word-class component)
        self.nlp = spacy.load(model_dir, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])
        _numpy_matmul(self.nlp)
        if "ner" not in self.nlp.pipe_names:
            raise ValueError(f"{model_dir}: spaCy pipeline has no 'ner' component (has {self.nlp.pipe_names})")
        self.model_dir = model_dir
        self.labels = frozenset(labels) if labels else None
        self.batch_size = batch_size
        self.name = name or f"{BACKEND}/{model_dir.name}"

    def _doc(self, sent: Sentence, groups: list[tuple[int, int]]):
        from spacy.tokens import Doc

        st, en, base = sent.token_starts, sent.token_ends, sent.start
        words = [sent.text[st[a] - base : en[b - 1] - base] for a, b in groups]
        spaces = [en[groups[k][1] - 1] < st[groups[k + 1][0]] for k in range(len(groups) - 1)] + [False]
        return Doc(self.nlp.vocab, words=words, spaces=spaces)

    def tag_many(self, docs: Sequence[Sequence[Sentence]]) -> list[list[Mention]]:
        """tag() of several documents in one nlp.pipe call (per-call overhead is paid once)."""
        from pipeline.tag import split_by_doc

        return split_by_doc(docs, self.tag([s for d in docs for s in d]))

    def tag(self, sentences: Sequence[Sentence]) -> list[Mention]:
        todo: list[tuple[Sentence, list[tuple[int, int]]]] = []  # (sentence, word groups of it or of a piece of it)
        for s in sentences:
            if s.token_starts:
                groups = word_groups(s)
                todo.extend((s, groups[i:i + MAX_WORDS]) for i in range(0, len(groups), MAX_WORDS))
        out: list[Mention] = []
        for batch in _batches(todo, self.batch_size, BATCH_WORDS):
            docs = (self._doc(s, g) for s, g in batch)
            for (sent, grp), doc in zip(batch, self.nlp.pipe(docs, batch_size=len(batch))):
                out.extend(self._mentions(sent, grp, doc))
        return out

    def _mentions(self, sent: Sentence, grp: list[tuple[int, int]], doc) -> list[Mention]:
        """The entities of a spaCy doc made of these word groups of the sentence (all of it, or a piece)."""
        out: list[Mention] = []
        for ent in doc.ents:
            label = ent.label_
            if self.labels is not None and label not in self.labels:
                continue
            start = sent.token_starts[grp[ent.start][0]]
            end = sent.token_ends[grp[ent.end - 1][1] - 1]
            out.append(
                Mention(
                    doc_id=sent.doc_id,
                    sent_idx=sent.sent_idx,
                    start=start,
                    end=end,
                    text=sent.text[start - sent.start : end - sent.start],
                    label=label,
                    tagger=self.name,
                )
            )
        return out
