"""Messages of one area: Checks, commands and files as officers meet them (issue 9)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- money sources and whose money it is (opplan_xl/names/sources.py) --------------------------------------
    "I-SOURCE-VARIANT": (
        'แหล่งงบประมาณ "{value}" (เซลล์ {cell} และอีก {more} แถว) โปรแกรมนับเป็น "{standard}"',
        'Money source "{value}" ({cell} and {more} more rows) is counted as "{standard}"',
    ),
    "W-FUNDER-UNKNOWN": (
        'ช่อง "เจ้าของงบประมาณ" ในเซลล์ {cell} ("{value}") ไม่ใช่ "{own}" หรือ "{other}" '
        "โปรแกรมดูจากแหล่งงบประมาณและหน่วยงานแทน กรุณาเลือกจากรายการ",
        'The own/other column in {cell} ("{value}") is neither "{own}" nor "{other}"; the source and agency decide',
    ),
    "W-FORM-SOURCE-OWN": (
        'แบบฟอร์ม {file} ระบุแหล่งงบประมาณของโครงการ "{name}" เป็น "{value}" ซึ่งเป็นเงินของ อปท. '
        "โครงการจากแบบฟอร์มหน่วยงานนับเป็นงบของหน่วยงาน {agency} เสมอ ถ้าเป็นเงินของ อปท. จริง "
        'ให้เจ้าหน้าที่แก้ช่อง "เจ้าของงบประมาณ" ในไฟล์หลักเป็น "{own}"',
        'Form {file} gives project "{name}" the organisation\'s own source "{value}"; rows of an agency form count '
        'as {agency}\'s money; only the officer can set the own/other column to "{own}" in the master',
    ),
    # ---- the document's ผด.01: the own / other-agency split under รวมทั้งสิ้น --------------------------------------
    "doc.form.own_total": ("ในจำนวนนี้ งบประมาณของ อปท.", "Of which the organisation's own money"),
    "doc.form.other_total": ("ในจำนวนนี้ งบประมาณของหน่วยงานอื่น", "Of which other agencies' money"),
}
