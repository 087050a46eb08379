"""Sub-commands of ``opplan``: one module each, with ``configure(parser, lang)`` and ``run(args) -> int``."""
