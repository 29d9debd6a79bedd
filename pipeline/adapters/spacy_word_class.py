"""A spaCy component that gives every token a word class from the entity lexicon, as `token.tag_`, for
the NER model to embed next to the word itself (models trained with `train.word_classes`).

Classes (none is derived from NER labels, so training and unseen text see them alike):
PLACE (a one-word KB place, models/entity-lexicon-vN), GIVEN (an Indian given name), FUNC (a UD function
word or verb), TITLE (a title), LATIN (Latin script), ACR (a Devanagari letter-name acronym), O (else).
The word table travels inside the model folder (word_class/classes.json), so a model needs nothing else.
Importing this module registers the factory; spacy_tagger imports it for models that use it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "hindi_word_class"


def word_classes(lexicon_dir: Path) -> dict[str, str]:
    """The folded word -> class table of a lexicon folder (what the component stores)."""
    from pipeline.adapters.rules_tagger import TITLES
    from pipeline.lexicon import load_lexicon

    lex = load_lexicon(Path(lexicon_dir))
    table: dict[str, str] = {}
    for word in sorted(lex.function_words):
        table[word] = "FUNC"
    for word in sorted(TITLES):
        table[word] = "TITLE"
    for word in sorted(lex.given_names):
        table.setdefault(word, "GIVEN")
    for key, place in sorted(lex.places.items()):
        # a country or state is a place even where it is a given name too (`भारत`); a city only if not
        if " " not in key and (lex.strong_place(key) or place.kind in ("country", "state", "territory")):
            table[key] = "PLACE"
    return table


def classify(text: str, table: dict[str, str]) -> str:
    from pipeline.adapters.rules_tagger import fold
    from pipeline.refine import latin_acronym

    cls = table.get(fold(text))
    if cls:
        return cls
    if text[:1].isascii() and text[:1].isalpha():
        return "LATIN"
    if latin_acronym(text):
        return "ACR"
    return "O"


class WordClass:
    """Sets token.tag_ to the word class. The table comes from the lexicon folder when a model is
    trained (`initialize`) and from the model folder when it is loaded (`from_disk`)."""

    def __init__(self, name: str, lexicon: str = "") -> None:
        self.name = name
        self.lexicon = lexicon
        self.table: dict[str, str] = {}

    def initialize(self, get_examples=None, *, nlp=None) -> None:
        if self.lexicon:
            self.table = word_classes(Path(self.lexicon))

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.tag_ = classify(token.text, self.table)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "classes.json").write_text(json.dumps(self.table, ensure_ascii=False, sort_keys=True), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "WordClass":
        self.table = json.loads((Path(path) / "classes.json").read_text(encoding="utf-8"))
        return self


@Language.factory(FACTORY, default_config={"lexicon": ""})
def make_word_class(nlp: Language, name: str, lexicon: str) -> WordClass:
    return WordClass(name, lexicon)
