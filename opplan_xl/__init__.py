"""opplan_xl: the operational plan (แผนการดำเนินงาน) of a Thai local government, Excel to formal document.

The public API is importable from here; heavy modules load only when first used, because every
ribbon button press starts a fresh Python.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Plan": "opplan_xl.model",
    "Project": "opplan_xl.model",
    "Strategy": "opplan_xl.model",
    "Equipment": "opplan_xl.model",
    "Settings": "opplan_xl.model",
    "Holiday": "opplan_xl.model",
    "Finding": "opplan_xl.findings",
    "read_workbook": "opplan_xl.xlsx.read",
    "write_workbook": "opplan_xl.xlsx.write",
    "validate": "opplan_xl.rules",
    "rollup": "opplan_xl.rollup",
    "generate_document": "opplan_xl.document",
}

__all__ = [  # noqa: RUF022 - grouped by kind
    "Plan",
    "Project",
    "Strategy",
    "Equipment",
    "Settings",
    "Holiday",
    "Finding",
    "read_workbook",
    "write_workbook",
    "validate",
    "rollup",
    "generate_document",
]

if TYPE_CHECKING:  # pragma: no cover
    from .document import generate_document
    from .findings import Finding
    from .model import Equipment, Holiday, Plan, Project, Settings, Strategy
    from .rollup import rollup
    from .rules import validate
    from .xlsx.read import read_workbook
    from .xlsx.write import write_workbook


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'opplan_xl' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """``opplan_xl.rollup`` is both a module and the function the API exports under that name.

    Importing the submodule makes Python set the package attribute ``rollup`` to the module, which would
    shadow the function for ``from opplan_xl import rollup``. This property always answers the function
    and ignores that assignment (the module stays reachable as ``sys.modules["opplan_xl.rollup"]``).
    """

    @property
    def rollup(self):  # type: ignore[override]
        from .rollup import rollup

        return rollup

    @rollup.setter
    def rollup(self, value: object) -> None:
        pass


sys.modules[__name__].__class__ = _Package
