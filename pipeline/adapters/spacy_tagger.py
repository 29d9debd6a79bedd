"""spaCy NER backend (`spacy.v1`) for the Tagger protocol.

Loads a trained model folder (models/<name>-<version>/) with `spacy.load`. Docs are built from the
segmenter's tokens (words + spaces), so entity offsets map back to document offsets exactly.
spaCy is imported in the constructor only.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from pipeline.records import Mention, Sentence

BACKEND = "spacy.v1"


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
        import spacy

        model_dir = Path(model_dir)
        if not model_dir.exists():
            raise FileNotFoundError(f"spaCy model folder not found: {model_dir}")
        self.nlp = spacy.load(model_dir, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])
        if "ner" not in self.nlp.pipe_names:
            raise ValueError(f"{model_dir}: spaCy pipeline has no 'ner' component (has {self.nlp.pipe_names})")
        self.model_dir = model_dir
        self.labels = frozenset(labels) if labels else None
        self.batch_size = batch_size
        self.name = name or f"{BACKEND}/{model_dir.name}"

    def _doc(self, sent: Sentence):
        from spacy.tokens import Doc

        toks = sent.tokens()
        words = [t for _, _, t in toks]
        spaces = [toks[i][1] < toks[i + 1][0] for i in range(len(toks) - 1)] + [False] if toks else []
        return Doc(self.nlp.vocab, words=words, spaces=spaces)

    def tag(self, sentences: Sequence[Sentence]) -> list[Mention]:
        out: list[Mention] = []
        todo = [s for s in sentences if s.token_starts]
        docs = (self._doc(s) for s in todo)
        for sent, doc in zip(todo, self.nlp.pipe(docs, batch_size=self.batch_size)):
            for ent in doc.ents:
                label = ent.label_
                if self.labels is not None and label not in self.labels:
                    continue
                start = sent.token_starts[ent.start]
                end = sent.token_ends[ent.end - 1]
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
