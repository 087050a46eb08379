"""``opplan bundle [-o DIR] [--target windows|macos|linux] [--python 3.12 …] [--find-links DIR --no-index]``: the
offline install bundle (a zip per target) for an officer's computer; see :mod:`opplan_xl.packaging`.

Run from a source checkout (it builds the project's wheel). It downloads the wheels with pip unless
``--find-links DIR --no-index`` points at a wheelhouse already here. Exit 0, or 2 when a bundle cannot be made.
"""

from __future__ import annotations

import argparse

from .. import messages


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    from ..packaging import PYTHONS, TARGETS

    parser.add_argument("-o", "--out", default="dist", metavar="DIR", help=messages.text("ui.cli.bundle_out", lang))
    parser.add_argument("--target", action="append", choices=sorted(TARGETS), metavar="TARGET",
                        help=messages.text("ui.cli.bundle_target", lang))  # fmt: skip
    parser.add_argument("--python", action="append", metavar="X.Y", help=messages.text("ui.cli.bundle_python", lang,
                        pythons=" ".join(PYTHONS)))  # fmt: skip
    parser.add_argument("--wheel", metavar="FILE.whl", help=messages.text("ui.cli.bundle_wheel", lang))
    parser.add_argument("--find-links", metavar="DIR", help=messages.text("ui.cli.bundle_find_links", lang))
    parser.add_argument("--no-index", action="store_true", help=messages.text("ui.cli.bundle_no_index", lang))


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from ..packaging import PYTHONS, BundleError, build_bundle
    from ..progress import Progress

    pip_args = [
        *(["--find-links", args.find_links] if args.find_links else []),
        *(["--no-index"] if args.no_index else []),
    ]
    pythons = tuple(args.python or PYTHONS)
    progress = Progress(args.lang)
    for target in args.target or ["windows", "macos"]:
        print(messages.text("ui.bundle.making", args.lang, target=target, pythons=", ".join(pythons)))
        try:
            bundle = build_bundle(target, Path(args.out), pythons=pythons, pip_args=pip_args,
                                  wheel=Path(args.wheel) if args.wheel else None, progress=progress)  # fmt: skip
        except BundleError as exc:
            print(messages.text("ui.bundle.failed", args.lang, target=target, reason=exc), file=sys.stderr)
            return 2
        print(messages.text("ui.bundle.done", args.lang, path=bundle.path, size=f"{bundle.size / 1024 / 1024:.1f}",
                            wheels=len(bundle.wheels), checked=", ".join(bundle.checked)))  # fmt: skip
    return 0
