"""Messages of progress (see messages/__init__.py): the rules on the progress columns (rules/progress.py)."""

from __future__ import annotations

_COUNTED_NOT_STARTED = 'ในรายงานติดตามผลโปรแกรมจะนับแถวนี้เป็น "ยังไม่ได้ดำเนินการ"'

MESSAGES: dict[str, tuple[str, str]] = {
    "I-PROGRESS-VARIANT": (
        'ผลการดำเนินงาน "{value}" (เซลล์ {cell} และอีก {more} แถว) โปรแกรมนับเป็น "{standard}" '
        "ควรเลือกจากรายการในช่องเพื่อให้ตรงกับแบบรายงาน",
        'Progress "{value}" ({cell} and {more} more rows) is counted as "{standard}"',
    ),
    "W-PROGRESS-UNKNOWN": (
        'ผลการดำเนินงาน "{value}" ไม่ใช่สถานะในรายการ ' + _COUNTED_NOT_STARTED + " กรุณาเลือกจากรายการ: {choices}",
        'Progress "{value}" is not a standard status; reports count the row as not started',
    ),
    "E-PROGRESS-AMOUNT-NEGATIVE": (
        'ช่อง "{field}" ติดลบ ({value} บาท) จำนวนเงินต้องเป็น 0 หรือมากกว่า กรุณาแก้ไข',
        "{field_en} is negative ({value})",
    ),
    "E-DISBURSED-OVER-BUDGET": (
        "เบิกจ่ายแล้ว {disbursed} บาท มากกว่างบประมาณของโครงการ {budget} บาท (เซลล์ {budget_cell}) "
        "กรุณาตรวจสอบยอดเบิกจ่าย หรือถ้างบประมาณเปลี่ยน ต้องแก้ไขแผนก่อน",
        "Disbursed {disbursed} is more than the budget {budget} ({budget_cell})",
    ),
    "E-DISBURSED-OVER-CONTRACT": (
        "เบิกจ่ายแล้ว {disbursed} บาท มากกว่าวงเงินตามสัญญา {contract} บาท (เซลล์ {contract_cell}) "
        "กรุณาตรวจสอบยอดเบิกจ่ายหรือวงเงินตามสัญญา",
        "Disbursed {disbursed} is more than the contract amount {contract} ({contract_cell})",
    ),
    "W-CONTRACT-OVER-BUDGET": (
        "วงเงินตามสัญญา {contract} บาท มากกว่างบประมาณของโครงการ {budget} บาท (เซลล์ {budget_cell}) "
        "กรุณาตรวจสอบวงเงินตามสัญญา หรือถ้างบประมาณเปลี่ยน ต้องแก้ไขแผนก่อน",
        "Contract amount {contract} is more than the budget {budget} ({budget_cell})",
    ),
    "W-DONE-NOTHING-DISBURSED": (
        'ผลการดำเนินงานเป็น "ดำเนินการแล้วเสร็จ" แต่ยังไม่มียอดเบิกจ่าย (เซลล์ {disbursed_cell}) '
        "กรุณากรอกยอดเบิกจ่ายและวันที่เบิกจ่าย หรือแก้ผลการดำเนินงานให้ตรงกับความจริง",
        "Marked done but nothing disbursed ({disbursed_cell})",
    ),
    "W-DISBURSED-NOT-STARTED": (
        "มียอดเบิกจ่าย {disbursed} บาท (เซลล์ {disbursed_cell}) แต่ผลการดำเนินงาน{status_text} "
        'กรุณาเลือก "อยู่ระหว่างดำเนินการ" หรือ "ดำเนินการแล้วเสร็จ" (' + _COUNTED_NOT_STARTED + ")",
        "Disbursed {disbursed} ({disbursed_cell}) but the status is not started or empty",
    ),
    "E-PROGRESS-DATE-OUTSIDE-FY": (
        "{field} {date} อยู่นอกปีงบประมาณ {fiscal_year} ({start} – {end}) กรุณาตรวจสอบวันที่ (ปี พ.ศ. หรือ ค.ศ. พิมพ์ผิดหรือไม่)",
        "{field_en} {date} is outside fiscal year {fiscal_year} ({start} – {end})",
    ),
    "W-DISBURSED-NO-DATE": (
        "มียอดเบิกจ่าย {disbursed} บาท แต่ยังไม่ได้กรอกวันที่เบิกจ่าย กรุณากรอกวันที่เบิกจ่ายครั้งล่าสุดในเซลล์นี้ "
        "(รายงานใช้วันที่นี้แสดงการเบิกจ่ายรายเดือน)",
        "Disbursed {disbursed} without its date",
    ),
    "W-PROGRESS-ON-CANCELLED": (
        "แถวนี้ถูกยกเลิกในการแก้ไข/เพิ่มเติมครั้งที่ {number} แต่{what} "
        'กรุณาตรวจสอบ: ถ้ายกเลิกจริงให้ผลการดำเนินงานเป็น "ยกเลิก" และไม่มีการเบิกจ่าย '
        "ถ้ายังดำเนินการอยู่ ให้ตรวจสอบการแก้ไขแผนครั้งนั้น",
        "Row cancelled by amendment {number} but {what_en}",
    ),
    "word.progress.status_other": (
        'ผลการดำเนินงานเป็น "{status}"',
        'its progress is "{status}"',
    ),
    "word.progress.disbursed": (
        "มียอดเบิกจ่าย {disbursed} บาท",
        "{disbursed} was disbursed",
    ),
    "word.progress.status_empty": ("ยังว่างอยู่", "is empty"),
    "word.progress.status_not_started": ('เป็น "ยังไม่ได้ดำเนินการ"', "is not started"),
    "E-PROGRESS-DATE-AFTER": (
        "{field} {date} อยู่หลัง{as_of_label} ({as_of}) วันที่ที่ยังมาไม่ถึงน่าจะพิมพ์ผิด กรุณาตรวจสอบวันที่",
        "{field_en} {date} is after {as_of_label_en} ({as_of})",
    ),
    "word.progress.report_date": ("วันที่ของรายงาน", "the report date"),
    "word.progress.today": ("วันนี้", "today"),
    "W-NOT-STARTED-PAST-LAST-MONTH": (
        "โครงการนี้กำหนดดำเนินการถึงเดือน {last_month} ซึ่งสิ้นสุดแล้ว ณ วันที่รายงาน ({as_of}) "
        "แต่ผลการดำเนินงาน{status_text} กรุณากรอกผลการดำเนินงานตามจริง "
        'ถ้าจะไม่ดำเนินการ ให้เลือก "ยกเลิก" หรือ "กันเงินไปดำเนินการปีถัดไป" และพิจารณาแก้ไขแผน',
        "The project's last month {last_month} has ended by the report date {as_of} but it is not started",
    ),
}
