"""The ``opplan`` command: every job the ribbon buttons do, from saved files, without Excel.

Each sub-command lives in its own module under ``opplan_xl.commands``: ``configure(parser, lang)`` and
``run(args) -> int``. Command modules import only argparse-level things at the top; everything heavy is
imported inside ``run``, so ``opplan validate`` stays fast.
Exit codes: 0 success, 1 the plan has errors, 2 the input cannot be read (or bad arguments, or a file error),
130 interrupted, 141 the output pipe was closed (``| head``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys

from . import __version__, messages

# command → module; its help text is the catalogue entry ui.cli.<command>
COMMANDS: dict[str, str] = {
    "example": "opplan_xl.commands.example",
    "validate": "opplan_xl.commands.validate",
    "rollup": "opplan_xl.commands.rollup",
    "deadlines": "opplan_xl.commands.deadlines",
    "demo": "opplan_xl.commands.demo",
    "export-form": "opplan_xl.commands.export_form",
    "merge": "opplan_xl.commands.merge",
    "import": "opplan_xl.commands.import_book",
    "new-year": "opplan_xl.commands.new_year",
    "diff": "opplan_xl.commands.diff",
    "amend": "opplan_xl.commands.amend",
    "export": "opplan_xl.commands.export",
    "generate": "opplan_xl.commands.generate",
    "certificate": "opplan_xl.commands.certificate",
    "report": "opplan_xl.commands.report",
    "build-workbook": "opplan_xl.commands.build_workbook",
    "excel-setup": "opplan_xl.commands.excel_setup",
    "bundle": "opplan_xl.commands.bundle",
}


def _lang_from(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "th"


def _speak_thai() -> None:
    """argparse looks its texts up through its module-level ``_`` at call time: answer them in Thai."""
    thai = {en: th for key, (th, en) in messages.CATALOGUE.items() if key.startswith("argparse.")}
    argparse._ = lambda text: thai.get(text, text)  # type: ignore[attr-defined]


def build_parser(lang: str = "th") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="opplan", description=messages.text("ui.cli.description", lang))
    parser.add_argument(
        "--version",
        action="version",
        version=messages.text("ui.cli.version_line", lang, version=__version__),
        help=messages.text("ui.cli.version", lang),
    )
    parser.add_argument("--lang", choices=("th", "en"), default="th", help=messages.text("ui.cli.lang", lang))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        p = sub.add_parser(name, help=messages.text(f"ui.cli.{name}", lang))
        p.add_argument("--lang", choices=("th", "en"), default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        module.configure(p, lang)
        p.set_defaults(_module=module)
    return parser


def _utf8_console() -> None:
    """Thai text on a Windows console that is not UTF-8 would otherwise raise UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_console()
    lang = _lang_from(argv)
    if lang not in ("th", "en"):
        lang = "th"
    if lang == "th":
        _speak_thai()
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    args.lang = getattr(args, "lang", lang)
    try:
        code = int(args._module.run(args) or 0)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "| head" closed the pipe: end quietly, as command-line tools do
        return _quiet_after_broken_pipe()
    except OSError as exc:
        from .commands.common import os_error_text

        print(os_error_text(exc, args.lang), file=sys.stderr)
        return 2
    except Exception as exc:  # a traceback must never reach a user
        from .errors import report_unexpected

        print(report_unexpected(exc, args.lang), file=sys.stderr)
        return 2


def _quiet_after_broken_pipe() -> int:
    """Point stdout at the null device so that Python's own flush at exit does not complain either."""
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 141  # 128 + SIGPIPE, what a shell reports for a command whose output pipe closed


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
