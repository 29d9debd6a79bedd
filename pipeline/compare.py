"""Compare the output tables of two runs (e.g. two tagger versions): what changed, row by row.

DVC compares params and metrics (`dvc params diff`, `dvc metrics diff`) but not Parquet tables.
`compare_runs(A, B, OUT)` joins each table of run A with the same table of run B on stable keys
and writes, per table, `OUT/<table>_diff.parquet`: one row per added, removed or changed row,

    change            added | removed | changed
    <id columns>      the join key, unsuffixed (equal in A and B)
    changed_columns   for `changed` rows: the columns whose value differs (else empty)
    <col>_a, <col>_b  every other column: A's value (null for added) and B's (null for removed)

plus `OUT/summary.md` (counts per table and label, the top changed items, gold-score deltas
from both runs' `metrics.json` where present). Unchanged rows are not written.

Keys (`TABLE_SPECS`): rows are first joined on the full key; rows left over on either side are
then paired on the id columns alone (in sort order), so a mention whose label changed, or a
claim whose speaker changed, is one `changed` row and not a removed + an added row.

    mentions    (doc_id, start, end) + label
    entities    (entity_id)
    quantities  (doc_id, start, end)
    claims      (doc_id, content_start, content_end) + speaker_start   (joint speakers share content)

Provenance columns that differ on every row by design (`mentions.tagger`, the tagger version) and
the ids derived from other columns (`mention_id` = doc:start-end:label, `quantity_id`, `claim_id`)
are written as `_a`/`_b` but never make a row `changed` by themselves.

A run is a folder holding documents/mentions/entities/quantities/claims.parquet (what
`hindi-extract run --out` and `dvc repro` write). With `rev_a`/`rev_b` the run is a path inside a
DVC repo read at a git revision or DVC experiment name through `dvc.api.open`: a run folder that revision holds in
git or in DVC's cache (not the tables of `dvc repro`, which DVC does not cache: an error says so).
"""
from __future__ import annotations

import math
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import pyarrow as pa

from pipeline import io
from pipeline.schemas import TABLES

RUN_TABLES = ("documents", "mentions", "entities", "quantities", "claims")
CHANGES = ("added", "removed", "changed")


class CompareError(ValueError):
    """A folder is not a run (tables missing) or the two runs cannot be compared."""


@dataclass(frozen=True)
class TableSpec:
    id_cols: tuple[str, ...]  # unsuffixed in the diff; rows are paired on these in the second pass
    extra_key: tuple[str, ...] = ()  # added to id_cols for the first (exact) pass
    group_by: str | None = None  # the "label" column counted in the summary
    ignore: tuple[str, ...] = ()  # provenance and derived ids: shown as _a/_b, never a change by themselves
    show: tuple[str, ...] = ()  # columns shown in the summary's top lists


TABLE_SPECS: dict[str, TableSpec] = {
    "mentions": TableSpec(
        ("doc_id", "start", "end"), ("label",), "label", ("mention_id", "tagger"), ("text", "label", "entity_id")
    ),
    "entities": TableSpec(("entity_id",), (), "label", (), ("canonical_name", "label", "n_mentions", "aliases")),
    "quantities": TableSpec(
        ("doc_id", "start", "end"), (), "kind", ("quantity_id",), ("text", "value", "modifier", "noun", "event")
    ),
    "claims": TableSpec(
        ("doc_id", "content_start", "content_end"), ("speaker_start",), "speaker_type", ("claim_id",),
        ("speaker_text", "cue", "content", "quote_type"),
    ),
}


@dataclass
class TableDiff:
    table: str
    n_a: int
    n_b: int
    rows: list[dict[str, Any]]  # diff rows (schema: diff_schema(table))
    changed_columns: Counter = field(default_factory=Counter)

    def count(self, change: str) -> int:
        return sum(r["change"] == change for r in self.rows)

    @property
    def n_unchanged(self) -> int:
        return self.n_a - self.count("removed") - self.count("changed")


@dataclass
class CompareResult:
    run_a: str
    run_b: str
    out_dir: Path
    diffs: dict[str, TableDiff]
    summary_md: str
    html: dict[str, int] | None = None  # write_tree counts of the --html report

    @property
    def identical(self) -> bool:
        return not any(d.rows for d in self.diffs.values())


# ----------------------------------------------------------------------------- runs


def check_run(run_dir: Path) -> dict[str, dict[str, str]]:
    """Parquet metadata of each table of a run; CompareError naming the folder and what is missing."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise CompareError(f"{run_dir} is not a run folder: it does not exist")
    missing = [f"{t}.parquet" for t in RUN_TABLES if not (run_dir / f"{t}.parquet").exists()]
    if missing:
        raise CompareError(
            f"{run_dir} is not a run folder: {', '.join(missing)} missing "
            f"(write one with `hindi-extract run CORPUS --out {run_dir}` or `dvc repro`)"
        )
    return {t: io.table_metadata(run_dir / f"{t}.parquet") for t in RUN_TABLES}


def check_comparable(meta_a: dict[str, dict[str, str]], meta_b: dict[str, dict[str, str]], run_a: str, run_b: str) -> None:
    for t in RUN_TABLES:
        va, vb = meta_a[t].get("schema_version", "?"), meta_b[t].get("schema_version", "?")
        if va != vb:
            raise CompareError(
                f"schema versions differ for the {t} table: {run_a} has {va}, {run_b} has {vb}; "
                "re-run the older run with this pipeline before comparing"
            )


def _read(run_dir: Path, table: str) -> pa.Table:
    try:
        return io.read_table(Path(run_dir) / f"{table}.parquet", table)
    except io.TableError as exc:
        raise CompareError(str(exc)) from exc


def fetch_revision(path: str, rev: str, dest: Path, repo: str | None = None) -> Path:
    """Copy the run folder `path` (relative to the DVC repo `repo`) as of git revision / DVC
    experiment `rev` into `dest`, via dvc.api (local DVC cache first, then the default remote)."""
    from dvc.api import DVCFileSystem

    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    try:
        fs = DVCFileSystem(repo, rev=rev)
    except Exception as exc:  # dvc raises many types (RevError, NotDvcRepoError …)
        raise CompareError(f"cannot open revision {rev!r} of {repo or 'this repository'} ({exc})") from exc
    for name in [f"{t}.parquet" for t in RUN_TABLES] + ["metrics.json"]:
        target = f"{str(path).rstrip('/')}/{name}"
        try:  # a table is a folder of parts (a single file in runs of earlier versions)
            fs.get(target, str(dest / name), recursive=fs.isdir(target))
        except Exception as exc:  # dvc raises many types (PathMissingError, FileNotFoundError …)
            if name == "metrics.json":
                continue  # optional
            raise CompareError(
                f"{path} at revision {rev!r} is not a run: cannot read {target} ({exc}); the tables `dvc repro` writes "
                "are not kept in DVC's cache (DVC tracks only their manifests): compare run folders instead "
                "(`dvc exp apply REV && dvc repro`, copy the folder, then `hindi-extract compare A B`)") from exc
    return dest


# ----------------------------------------------------------------------------- diff


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def _sort_key(row: dict[str, Any], cols: Sequence[str]) -> tuple:
    return tuple((row.get(c) is None, row.get(c) if row.get(c) is not None else 0) for c in cols)


def diff_schema(table: str) -> pa.Schema:
    spec, schema = TABLE_SPECS[table], TABLES[table]
    fields = [pa.field("change", pa.string(), nullable=False)]
    fields += [pa.field(c, schema.field(c).type) for c in spec.id_cols]
    fields.append(pa.field("changed_columns", pa.list_(pa.string()), nullable=False))
    for c in schema.names:
        if c not in spec.id_cols:
            fields += [pa.field(f"{c}_a", schema.field(c).type), pa.field(f"{c}_b", schema.field(c).type)]
    return pa.schema(fields)


def diff_rows(table: str, rows_a: Sequence[dict[str, Any]], rows_b: Sequence[dict[str, Any]]) -> TableDiff:
    """Added/removed/changed rows of one table (see the module docstring for keys and layout)."""
    spec = TABLE_SPECS[table]
    names = TABLES[table].names
    value_cols = [c for c in names if c not in spec.id_cols]
    compared = [c for c in value_cols if c not in spec.ignore]
    full_key = spec.id_cols + spec.extra_key

    def pair(ra: Sequence[dict], rb: Sequence[dict], key: Sequence[str]) -> tuple[list, list, list]:
        """Rows paired on `key` (in sort order within a key), and the rows left over on each side."""
        ga: dict[tuple, list[dict]] = defaultdict(list)
        gb: dict[tuple, list[dict]] = defaultdict(list)
        for rows, g in ((ra, ga), (rb, gb)):
            for r in sorted(rows, key=lambda r: _sort_key(r, names)):
                g[tuple(r[k] for k in key)].append(r)
        pairs, only_a, only_b = [], [], []
        for k in ga.keys() | gb.keys():
            xa, xb = ga.get(k, []), gb.get(k, [])
            pairs += list(zip(xa, xb))
            only_a += xa[len(xb):]
            only_b += xb[len(xa):]
        return pairs, only_a, only_b

    pairs, left_a, left_b = pair(rows_a, rows_b, full_key)
    if spec.extra_key:  # second pass: pair leftovers on the id columns alone
        more, left_a, left_b = pair(left_a, left_b, spec.id_cols)
        pairs += more
    pairs += [(r, None) for r in left_a] + [(None, r) for r in left_b]

    out: list[dict[str, Any]] = []
    counts: Counter = Counter()
    for a, b in pairs:
        if a is not None and b is not None:
            changed = [c for c in compared if not _same(a[c], b[c])]
            if not changed:
                continue
            change = "changed"
            counts.update(changed)
        else:
            change, changed = ("removed" if b is None else "added"), []
        base = b if b is not None else a
        row: dict[str, Any] = {"change": change, **{c: base[c] for c in spec.id_cols}, "changed_columns": changed}
        for c in value_cols:
            row[f"{c}_a"] = a[c] if a is not None else None
            row[f"{c}_b"] = b[c] if b is not None else None
        out.append(row)
    order = {c: i for i, c in enumerate(CHANGES)}
    values = [f"{c}_{side}" for side in "ab" for c in value_cols]  # ties (joint speakers …): deterministic order
    out.sort(key=lambda r: (_sort_key(r, spec.id_cols), order[r["change"]], _sort_key(r, values)))
    return TableDiff(table, len(rows_a), len(rows_b), out, counts)


# ----------------------------------------------------------------------------- summary


def _flat(d: Any, prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    if isinstance(d, dict):
        for k, v in d.items():
            out.update(_flat(v, f"{prefix}{k}."))
    elif isinstance(d, (int, float)) and not isinstance(d, bool):
        out[prefix[:-1]] = float(d)
    return out


SCORE_SUFFIXES = ("f1", "precision", "recall", "accuracy")


def metric_deltas(metrics_a: dict | None, metrics_b: dict | None) -> list[tuple[str, float, float, float]]:
    """(metric, A, B, B − A) for every score (f1/precision/recall/*accuracy) present in both runs."""
    if not metrics_a or not metrics_b:
        return []
    fa, fb = _flat(metrics_a), _flat(metrics_b)
    keys = [k for k in fa if k in fb and k.rsplit(".", 1)[-1].endswith(SCORE_SUFFIXES)]
    return [(k, fa[k], fb[k], round(fb[k] - fa[k], 4)) for k in keys]


def _read_metrics(run_dir: Path) -> dict | None:
    path = Path(run_dir) / "metrics.json"
    if not path.is_file():
        return None
    try:
        data = io.read_json(path)
    except ValueError:
        return None
    return None if not isinstance(data, dict) or "skipped" in data else data


def _cell(v: Any, width: int = 60) -> str:
    if v is None:
        s = "∅"
    elif isinstance(v, float):
        s = f"{v:g}"
    elif isinstance(v, list):
        s = ", ".join(map(str, v))
    else:
        s = str(v)
    s = s.replace("|", "\\|").replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def _md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in r) + " |" for r in rows]
    return lines


def _top_rows(diff: TableDiff, top: int) -> list[list[Any]]:
    spec = TABLE_SPECS[diff.table]
    out = []
    for change in CHANGES:
        for r in [r for r in diff.rows if r["change"] == change][:top]:
            if change == "changed":
                what = f"{_cell(r[f'{spec.show[0]}_b'], 30)} — " + "; ".join(
                    f"{c}: {_cell(r[f'{c}_a'], 30)} → {_cell(r[f'{c}_b'], 30)}" for c in r["changed_columns"]
                )
            else:
                side = "b" if change == "added" else "a"
                what = " · ".join(_cell(r[f"{c}_{side}"], 40) for c in spec.show)
            out.append([change, " ".join(_cell(r[c]) for c in spec.id_cols), what])
    return out


def render_summary(
    run_a: str, run_b: str, diffs: dict[str, TableDiff], meta_a: dict, meta_b: dict,
    docs_note: list[str], deltas: list[tuple[str, float, float, float]], top: int = 10,
) -> str:
    lines = [f"# Compare: {run_a} → {run_b}", ""]
    for key in ("tagger", "params_digest", "pipeline_version"):
        va, vb = meta_a["mentions"].get(key, "?"), meta_b["mentions"].get(key, "?")
        lines.append(f"- {key}: `{va}`" + ("" if va == vb else f" → `{vb}`"))
    lines += [f"- {n}" for n in docs_note]
    identical = not any(d.rows for d in diffs.values())
    lines += ["", "**No differences.**" if identical else "**The runs differ.**", "", "## Rows per table", ""]
    lines += _md_table(
        ["table", "A", "B", "added", "removed", "changed", "unchanged"],
        [[t, d.n_a, d.n_b, d.count("added"), d.count("removed"), d.count("changed"), d.n_unchanged] for t, d in diffs.items()],
    )
    for t, d in diffs.items():
        if not d.rows:
            continue
        spec = TABLE_SPECS[t]
        lines += ["", f"## {t}", ""]
        per: dict[str, Counter] = defaultdict(Counter)
        for r in d.rows:
            label = r[f"{spec.group_by}_b"] if r["change"] != "removed" else r[f"{spec.group_by}_a"]
            if r["change"] == "changed" and r[f"{spec.group_by}_a"] != r[f"{spec.group_by}_b"]:
                label = f"{r[f'{spec.group_by}_a']}→{r[f'{spec.group_by}_b']}"
            per[str(label)][r["change"]] += 1
        lines += _md_table([spec.group_by, *CHANGES], [[k, *(per[k][c] for c in CHANGES)] for k in sorted(per)])
        if d.changed_columns:
            lines += ["", "Changed columns: " + ", ".join(f"`{c}` {n}" for c, n in d.changed_columns.most_common())]
        if t == "mentions":
            surfaces = Counter(
                (r["change"], r["text_b"] if r["change"] == "added" else r["text_a"],
                 r["label_b"] if r["change"] == "added" else r["label_a"]) for r in d.rows if r["change"] != "changed"
            )
            lines += ["", "Most added/removed surfaces:", ""]
            lines += _md_table(["change", "text", "label", "mentions"], [[*k, n] for k, n in surfaces.most_common(top)])
        lines += ["", f"Top changes (up to {top} of each kind):", ""]
        lines += _md_table(["change", " ".join(spec.id_cols), "what"], _top_rows(d, top))
    lines += ["", "## Gold scores", ""]
    if deltas:
        moved = [x for x in deltas if x[3] != 0]
        if moved:
            lines += _md_table(["metric", "A", "B", "Δ"], [[k, a, b, f"{dl:+g}"] for k, a, b, dl in moved])
        else:
            lines.append(f"All {len(deltas)} scores equal.")
    else:
        lines.append("No gold scores in both runs (RUN/metrics.json: `hindi-extract run … --gold GOLD`).")
    return "\n".join(lines) + "\n"


def _docs_note(docs_a: pa.Table, docs_b: pa.Table) -> list[str]:
    sha_a = dict(zip(docs_a["doc_id"].to_pylist(), docs_a["sha256"].to_pylist()))
    sha_b = dict(zip(docs_b["doc_id"].to_pylist(), docs_b["sha256"].to_pylist()))
    notes = [f"documents: {len(sha_a)} in A, {len(sha_b)} in B"]
    only_a, only_b = sorted(sha_a.keys() - sha_b.keys()), sorted(sha_b.keys() - sha_a.keys())
    edited = sorted(k for k in sha_a.keys() & sha_b.keys() if sha_a[k] != sha_b[k])
    for what, ids in (("only in A", only_a), ("only in B", only_b), ("input text differs", edited)):
        if ids:
            notes.append(f"**{what}** ({len(ids)}): {', '.join(ids[:10])}{' …' if len(ids) > 10 else ''}"
                         " — differences are not only the model's")
    return notes


# ----------------------------------------------------------------------------- entry point


def compare_runs(
    run_a: Path | str, run_b: Path | str, out_dir: Path | str, *, rev_a: str | None = None,
    rev_b: str | None = None, repo: str | None = None, top: int = 10, html_dir: Path | str | None = None,
) -> CompareResult:
    """Diff run A against run B; write OUT/<table>_diff.parquet and OUT/summary.md (and, with `html_dir`,
    an HTML report of the articles with the differences marked: pipeline/report.py)."""
    out_dir = Path(out_dir)
    with tempfile.TemporaryDirectory(prefix="hindi-extract-compare-") as tmp:
        dirs, labels = [], []
        for side, run, rev in (("a", run_a, rev_a), ("b", run_b, rev_b)):
            if rev:
                dirs.append(fetch_revision(str(run), rev, Path(tmp) / side, repo=repo))
                labels.append(f"{run}@{rev}")
            else:
                dirs.append(Path(run))
                labels.append(str(run))
        dir_a, dir_b = dirs
        meta_a, meta_b = check_run(dir_a), check_run(dir_b)
        check_comparable(meta_a, meta_b, labels[0], labels[1])
        diffs = {}
        for t in TABLE_SPECS:
            diffs[t] = diff_rows(t, _read(dir_a, t).to_pylist(), _read(dir_b, t).to_pylist())
        docs_a, docs_b = _read(dir_a, "documents"), _read(dir_b, "documents")
        notes = _docs_note(docs_a, docs_b)
        deltas = metric_deltas(_read_metrics(dir_a), _read_metrics(dir_b))
    html = None
    if html_dir is not None:
        from pipeline.report import write_compare_report

        cols = ["doc_id", "sha256", "status", "error", "text"]
        html = write_compare_report(Path(html_dir), (labels[0], labels[1]), docs_a.select(cols).to_pylist(),
                                    docs_b.select(cols).to_pylist(), diffs, deltas)
        del docs_a, docs_b
    for t, d in diffs.items():
        io.write_arrow(out_dir / f"{t}_diff.parquet", pa.Table.from_pylist(d.rows, schema=diff_schema(t)))
    summary = render_summary(labels[0], labels[1], diffs, meta_a, meta_b, notes, deltas, top)
    io.write_text_atomic(out_dir / "summary.md", summary)
    io.write_json(out_dir / "summary.json", {
        "run_a": labels[0], "run_b": labels[1], "identical": not any(d.rows for d in diffs.values()),
        "tables": {t: {"a": d.n_a, "b": d.n_b, **{c: d.count(c) for c in CHANGES}} for t, d in diffs.items()},
        "scores": {k: {"a": a, "b": b, "delta": dl} for k, a, b, dl in deltas},
    })
    return CompareResult(labels[0], labels[1], out_dir, diffs, summary, html)
