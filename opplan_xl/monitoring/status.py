"""The progress status of a row: the five standard classes, and the ways officers type them."""

from __future__ import annotations

from .. import schema
from ..model import Equipment, Project

# Other spellings seen in real progress reports, after schema.normalise_header (spaces and case ignored).
_VARIANTS: dict[str, str] = {
    "ยังไม่ดำเนินการ": schema.PROGRESS_NOT_STARTED,
    "ยังไม่ได้ดำเนินงาน": schema.PROGRESS_NOT_STARTED,
    "ยังไม่เริ่ม": schema.PROGRESS_NOT_STARTED,
    "ยังไม่ได้เริ่ม": schema.PROGRESS_NOT_STARTED,
    "ไม่ได้ดำเนินการ": schema.PROGRESS_NOT_STARTED,
    "กำลังดำเนินการ": schema.PROGRESS_IN_PROGRESS,
    "อยู่ระหว่างดำเนินงาน": schema.PROGRESS_IN_PROGRESS,
    "ระหว่างดำเนินการ": schema.PROGRESS_IN_PROGRESS,
    "อยู่ในระหว่างดำเนินการ": schema.PROGRESS_IN_PROGRESS,
    "ดำเนินการแล้ว": schema.PROGRESS_DONE,
    "แล้วเสร็จ": schema.PROGRESS_DONE,
    "เสร็จแล้ว": schema.PROGRESS_DONE,
    "เสร็จสิ้น": schema.PROGRESS_DONE,
    "ดำเนินการเสร็จแล้ว": schema.PROGRESS_DONE,
    "ดำเนินการเสร็จสิ้น": schema.PROGRESS_DONE,
    "ดำเนินการแล้วเสร็จแล้ว": schema.PROGRESS_DONE,
    "ยกเลิกโครงการ": schema.PROGRESS_CANCELLED,
    "ไม่ดำเนินการ(ยกเลิก)": schema.PROGRESS_CANCELLED,
    "กันเงิน": schema.PROGRESS_CARRIED,
    "กันเงินไว้เบิกเหลื่อมปี": schema.PROGRESS_CARRIED,
    "กันเงินเหลื่อมปี": schema.PROGRESS_CARRIED,
    "เบิกเหลื่อมปี": schema.PROGRESS_CARRIED,
    "กันเงินไปดำเนินการในปีถัดไป": schema.PROGRESS_CARRIED,
    "กันเงินไว้ดำเนินการปีถัดไป": schema.PROGRESS_CARRIED,
}
_BY_NORM: dict[str, str] = {schema.normalise_header(s): s for s in schema.PROGRESS_STATUSES} | {
    schema.normalise_header(v): s for v, s in _VARIANTS.items()
}

Item = Project | Equipment


def standard_status(text: str | None) -> str | None:
    """The standard status a typed text clearly is (``None`` for empty or unknown text)."""
    if text is None:
        return None
    return _BY_NORM.get(schema.normalise_header(text))


def status_of(item: Item, version: int | None = None) -> str:
    """The class a row is counted in: cancelled by an amendment (by ``version``, when given) is ยกเลิก; nothing
    (or unknown text) reported is ยังไม่ได้ดำเนินการ, as the assessment's forms count it (the rules report
    unknown text)."""
    if item.cancelled_in is not None and (version is None or item.cancelled_in <= version):
        return schema.PROGRESS_CANCELLED
    return standard_status(item.progress) or schema.PROGRESS_NOT_STARTED
