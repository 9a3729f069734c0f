"""The ``dossier batch`` arguments (imported by ``core.cli.main``; Dask is loaded only when a batch runs)."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.i18n import N_, _

BATCH_HELP = N_("screen many exports in parallel on a Dask cluster (needs pip install 'dossier[batch]')")


def add_batch_command(sub: argparse._SubParsersAction) -> None:
    batch = sub.add_parser("batch", help=_(BATCH_HELP), description=_(
        "{what}. Writes DIR/summary.parquet, DIR/summary.csv (counts, hashes and rule ids only) and "
        "DIR/exports/<export-id>.json.").format(what=_(BATCH_HELP)))
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help=_("a folder whose entries are exports (ZIPs or folders), an export ZIP, or a text file "
                            "listing export paths (one a line)"))
    batch.add_argument("--out", required=True, metavar="DIR", help=_("where the summary and the per-export JSON go"))
    batch.add_argument("--scheduler", metavar="ADDRESS",
                       help=_("a running Dask scheduler (tcp://host:8786) whose workers see the same paths; "
                            "without it a local cluster runs on this computer"))
    batch.add_argument("--workers", type=int, metavar="N", help=_("worker processes of the local cluster "
                                                                 "(default: one per core)"))
    batch.add_argument("--memory-limit", default="2GiB", metavar="SIZE",
                       help=_("memory one export may use (default 2GiB); a task over it becomes a failed row"))
    batch.add_argument("--force", action="store_true", help=_("screen again exports the summary already holds"))


def run_batch_command(args: argparse.Namespace) -> int:
    from core.batch.run import BatchOptions, run_batch

    return run_batch(BatchOptions(inputs=list(args.inputs), out=Path(args.out), scheduler=args.scheduler,
                                  workers=args.workers, memory_limit=args.memory_limit, force=args.force))
