"""Messages of ``opplan report`` (the command; the report's own texts are in messages/report.py)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "ui.demo.reports": (
        "ติดตามผล: ผลการดำเนินงานในสมุดงาน รายงานรอบ 6 เดือน และรายงานประจำปี",
        "monitoring: progress in the workbook, the 6-month and the annual reports",
    ),
    "ui.cli.report": (
        "รายงานผลการดำเนินงานและการใช้งบประมาณ (รอบ 6 เดือน / ประจำปี: ITA O10, O11)",
        "monitoring report of progress and budget use (6-month / annual: ITA O10, O11)",
    ),
    "ui.cli.report_as_of": (
        "วันที่ของรายงาน เช่น 31 มี.ค. 2570 หรือ 2027-03-31",
        "the report date, e.g. 31 มี.ค. 2570 or 2027-03-31",
    ),
    "ui.cli.report_round": (
        "รอบรายงาน: 6m = รอบ 6 เดือน (ณ 31 มี.ค.), 12m = ประจำปี (ณ 30 ก.ย.)",
        "round: 6m = six months (as at 31 March), 12m = annual (as at 30 September)",
    ),
    "ui.cli.report_no_charts": ("ไม่ใส่แผนภูมิในเอกสาร", "leave the charts out of the document"),
    "ui.report.bad_date": (
        'อ่านวันที่ "{value}" ไม่ได้ กรุณาพิมพ์ เช่น 31 มี.ค. 2570 หรือ 2027-03-31',
        'Cannot read the date "{value}"; type e.g. 31 มี.ค. 2570 or 2027-03-31',
    ),
    "ui.report.no_fiscal_year": (
        "ยังไม่ได้กรอกปีงบประมาณในแผ่นงาน {sheet} จึงไม่รู้วันที่ของรอบรายงาน กรุณากรอกปีงบประมาณ หรือใช้ --as-of",
        "The fiscal year is not filled in on {sheet}, so the round's date is unknown; fill it in or use --as-of",
    ),
    "ui.report.outside_year": (
        "วันที่รายงาน {date} ไม่อยู่ในปีงบประมาณ {fiscal_year} ({start} ถึง {end}) กรุณาตรวจสอบวันที่",
        "The report date {date} is outside fiscal year {fiscal_year} ({start} to {end})",
    ),
    "ui.report.as_of": (
        "รายงาน ณ วันที่ {date} ใช้แผน{version}: โครงการ {projects} โครงการ ครุภัณฑ์ {equipment} รายการ",
        "Report as at {date} on the plan{version}: {projects} projects, {equipment} equipment items",
    ),
    "ui.report.version_first": ("ฉบับแรก", " (first version)"),
    "ui.report.version_n": ("ที่รวมแก้ไข/เพิ่มเติมถึงครั้งที่ {n}", " with amendments up to no. {n}"),
    "ui.report.reconciled": (
        "ตรวจยอดแล้ว: โครงการ {projects} โครงการ งบประมาณ {budget} บาท ตรงกับ แบบ ผด.01 ของแผนที่ใช้ ณ วันที่รายงาน",
        "Reconciled: {projects} projects, {budget} baht, equal to ผด.01 of the plan in force on the report date",
    ),
    "ui.report.not_reconciled": (
        "ยอดไม่ตรงกับ แบบ ผด.01: รายงาน {report_projects} โครงการ {report_budget} บาท แผน {plan_projects} โครงการ"
        " {plan_budget} บาท กรุณาแจ้งผู้ดูแลโปรแกรม",
        "Totals differ from ผด.01: report {report_projects} / {report_budget}, plan {plan_projects} / {plan_budget}",
    ),
    "ui.report.no_progress": (
        "ยังไม่มีผลการดำเนินงานในสมุดงาน: ทุกโครงการนับเป็น ยังไม่ได้ดำเนินการ กรอกผลในคอลัมน์ ผลการดำเนินงาน"
        " และ เบิกจ่ายแล้ว ของแผ่นงาน {sheet}",
        "No progress in the workbook yet: every project counts as not started; fill in the progress columns of {sheet}",
    ),
    "ui.report.follow_up": (
        "โครงการที่ยกเลิกหรือกันเงินไปปีถัดไป {n} รายการ (ใช้ในการแก้ไขแผนครั้งต่อไปหรือแผนปีถัดไป)",
        "{n} items cancelled or carried over (for the next amendment or next year's plan)",
    ),
}
