"""What agency forms returned after the announcement did (:mod:`.late`), as the merge result carries it and the
report, the command and the ribbon button say it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import messages, schema

__all__ = ["JOIN", "LateAmendment"]

JOIN = "join"


@dataclass(frozen=True)
class LateAmendment:
    """What late forms did: the amendment made or joined (``number`` None when the forms changed nothing)."""

    mode: str
    number: int | None
    kind: str | None
    announced: int  # the last announced version
    announced_kind: str | None  # its kind, for the message (None for the first version)
    agencies: tuple[str, ...]
    added: int
    changed: int
    cancelled: int
    event_date: dt.date | None
    due: dt.date | None
    date_not_used: dt.date | None = None  # an --event-date given while joining an amendment that has its own

    def lines(self, lang: str = "th") -> list[str]:
        """The Thai sentences saying what was done (and by when the amendment must be announced)."""
        from ..thai import format_date

        if self.announced:
            announced = messages.text(
                "ui.merge.late.announced_n", lang, kind=self.announced_kind or "", number=self.announced
            )
        else:
            announced = messages.text("ui.merge.late.announced_first", lang)
        agencies = messages.text("ui.merge.late.and", lang).join(self.agencies)
        params = {"agencies": agencies, "announced": announced, "kind": self.kind or "", "number": self.number}
        if self.number is None:
            return [messages.text("ui.merge.late.nothing", lang, **params)]
        key = "ui.merge.late.join" if self.mode == JOIN else "ui.merge.late.new"
        out = [messages.text(key, lang, added=self.added, changed=self.changed, cancelled=self.cancelled, **params)]
        if self.due is not None and self.event_date is not None:
            out.append(
                messages.text(
                    "ui.merge.late.due",
                    lang,
                    kind=self.kind or "",
                    number=self.number,
                    due=format_date(self.due, "short", thai_digits=False),
                    event_date=format_date(self.event_date, "short", thai_digits=False),
                    sheet=schema.SHEET_AMENDMENTS,
                )
            )
        if self.date_not_used is not None:
            out.append(
                messages.text(
                    "ui.merge.late.date_kept",
                    lang,
                    given=format_date(self.date_not_used, "short", thai_digits=False),
                    kept=format_date(self.event_date, "short", thai_digits=False) if self.event_date else "-",
                    kind=self.kind or "",
                    number=self.number,
                    sheet=schema.SHEET_AMENDMENTS,
                )
            )
        return out
