"""Messages of report_book (see messages/__init__.py): the monitoring report as an .xlsx
(:mod:`opplan_xl.xlsx.report_book`) and the ribbon's รายงานผล (:mod:`opplan_xl.excel.report`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- sheet names (at most 31 characters, none of []:*?/\) -------------------------------------------------
    "rb.sheet.strategies": ("สรุปตามยุทธศาสตร์", "By strategy"),
    "rb.sheet.agencies": ("สรุปตามหน่วยงาน", "By agency"),
    "rb.sheet.lines": ("รายการโครงการ", "Projects"),
    "rb.sheet.problems": ("ปัญหา อุปสรรค", "Problems"),
    "rb.sheet.follow_up": ("ยกเลิกและกันเงิน", "Cancelled and carried over"),
    "rb.sheet.charts": ("แผนภูมิ", "Charts"),
    # ---- title lines ------------------------------------------------------------------------------------------
    "rb.title": (
        "รายงานผลการดำเนินงานตามแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {year}{round}",
        "Progress report on the operational plan, fiscal year {year}{round}",
    ),
    "rb.title.no_year": ("รายงานผลการดำเนินงานตามแผนการดำเนินงาน{round}", "Progress report on the operational plan"),
    "rb.round.6m": (" (รอบ 6 เดือน)", " (6 months)"),
    "rb.round.12m": (" (รอบ 12 เดือน)", " (12 months)"),
    "rb.as_of": ("ข้อมูล ณ วันที่ {date} ตามแผน{version}", "As at {date}, plan {version}"),
    "rb.version.first": ("ฉบับแรก", "first version"),
    "rb.version.amended": ("ที่แก้ไขเพิ่มเติมถึงครั้งที่ {n}", "as amended up to amendment {n}"),
    "rb.sheet_title.strategies": (
        "สรุปผลการดำเนินงานและการเบิกจ่าย จำแนกตามยุทธศาสตร์และแผนงาน",
        "Progress and disbursement by strategy and plan area",
    ),
    "rb.sheet_title.agencies": (
        "สรุปผลการดำเนินงานและการเบิกจ่าย จำแนกตามหน่วยงานรับผิดชอบ",
        "Progress and disbursement by agency",
    ),
    "rb.sheet_title.lines": ("รายการโครงการและครุภัณฑ์ ผลการดำเนินงานและการเบิกจ่าย", "Projects and equipment"),
    "rb.sheet_title.problems": ("ปัญหา อุปสรรค และข้อเสนอแนะ", "Problems, obstacles and suggestions"),
    "rb.sheet_title.follow_up": (
        "โครงการที่ยกเลิกหรือกันเงินไปดำเนินการปีถัดไป (สำหรับการแก้ไขแผนครั้งต่อไปหรือแผนปีถัดไป)",
        "Cancelled or carried-over projects (for the next amendment or next year's plan)",
    ),
    "rb.sheet_title.charts": ("แผนภูมิ", "Charts"),
    "rb.reconciliation.ok": (
        "ตรวจสอบกับบัญชีสรุป ผด.01: โครงการ {plan_projects} โครงการ งบประมาณ {plan_budget} บาท "
        "ครุภัณฑ์ {plan_equipment} รายการ {plan_equipment_budget} บาท ตรงกับรายงานนี้ทุกสตางค์",
        "Checked against the ผด.01 roll-up: {plan_projects} projects, {plan_budget} baht, {plan_equipment} equipment "
        "items, {plan_equipment_budget} baht: equal to this report to the satang",
    ),
    "rb.reconciliation.differs": (
        "ตรวจสอบกับบัญชีสรุป ผด.01: ไม่ตรงกัน แผนมีโครงการ {plan_projects} โครงการ {plan_budget} บาท "
        "ครุภัณฑ์ {plan_equipment} รายการ {plan_equipment_budget} บาท แต่รายงานนี้นับได้โครงการ {report_projects} "
        "โครงการ {report_budget} บาท ครุภัณฑ์ {report_equipment} รายการ {report_equipment_budget} บาท",
        "Checked against the ผด.01 roll-up: NOT equal (plan {plan_projects} projects {plan_budget}, equipment "
        "{plan_equipment} {plan_equipment_budget}; report {report_projects} {report_budget}, {report_equipment} "
        "{report_equipment_budget})",
    ),
    # ---- column headers -----------------------------------------------------------------------------------------
    "rb.col.strategy_area": ("ยุทธศาสตร์ / แผนงาน", "Strategy / plan area"),
    "rb.col.agency": ("หน่วยงานรับผิดชอบ", "Agency"),
    "rb.col.items": ("จำนวนโครงการ", "Projects"),
    "rb.col.budget": ("งบประมาณ (บาท)", "Budget (baht)"),
    "rb.col.count": ("จำนวน", "Count"),
    "rb.col.amount": ("งบประมาณ (บาท)", "Amount (baht)"),
    "rb.col.contract": ("ลงนามสัญญาแล้ว (บาท)", "Contracted (baht)"),
    "rb.col.disbursed": ("เบิกจ่ายแล้ว (บาท)", "Disbursed (baht)"),
    "rb.col.disbursed_pct": ("ร้อยละการเบิกจ่าย", "% disbursed"),
    "rb.col.no": ("ลำดับ", "No."),
    "rb.col.name": ("โครงการ / รายการ", "Project / item"),
    "rb.col.kind": ("ประเภท", "Kind"),
    "rb.col.strategy": ("ยุทธศาสตร์", "Strategy"),
    "rb.col.plan_area": ("แผนงาน", "Plan area"),
    "rb.col.status": ("ผลการดำเนินงาน", "Status"),
    "rb.col.contract_amount": ("ราคาตามสัญญา (บาท)", "Contract amount (baht)"),
    "rb.col.contract_date": ("วันที่ลงนามสัญญา", "Contract date"),
    "rb.col.disbursed_date": ("วันที่เบิกจ่าย", "Disbursement date"),
    "rb.col.note": ("ปัญหา อุปสรรค / หมายเหตุ", "Problems / note"),
    "rb.col.problem": ("ปัญหา อุปสรรค และข้อเสนอแนะ", "Problems, obstacles and suggestions"),
    "rb.col.cancelled_in": ("ยกเลิกในการแก้ไขครั้งที่", "Cancelled in amendment"),
    "rb.col.month": ("เดือน", "Month"),
    "rb.col.planned_total": ("ตามแผน สะสม (บาท)", "Planned, cumulative (baht)"),
    "rb.col.disbursed_total": ("เบิกจ่ายจริง สะสม (บาท)", "Disbursed, cumulative (baht)"),
    "rb.col.planned": ("ตามแผน รายเดือน (บาท)", "Planned in the month (baht)"),
    "rb.col.disbursed_month": ("เบิกจ่าย รายเดือน (บาท)", "Disbursed in the month (baht)"),
    "rb.col.share_pct": ("ร้อยละของงบประมาณ", "% of the budget"),
    # ---- row labels -----------------------------------------------------------------------------------------------
    "rb.kind.projects": ("โครงการ", "project"),
    "rb.kind.equipment": ("ครุภัณฑ์", "equipment"),
    "rb.row.projects_total": ("รวมโครงการ (ผด.02)", "Projects total (ผด.02)"),
    "rb.row.equipment": ("ครุภัณฑ์ (ผด.02/1)", "Equipment (ผด.02/1)"),
    "rb.row.total": ("รวมทั้งสิ้น", "Grand total"),
    "rb.row.sum": ("รวม", "Total"),
    "rb.row.none": ("ไม่มี", "None"),
    "rb.row.no_agency": ("(ไม่ระบุหน่วยงาน)", "(no agency)"),
    "rb.row.no_strategy": ("(ไม่ระบุยุทธศาสตร์)", "(no strategy)"),
    "rb.row.no_months": ("ปีงบประมาณยังไม่ได้กรอก จึงแสดงการเบิกจ่ายรายเดือนไม่ได้", "No fiscal year: no months"),
    # ---- charts ---------------------------------------------------------------------------------------------------
    "rb.chart.share": ("สัดส่วนงบประมาณตามยุทธศาสตร์", "Budget share by strategy"),
    "rb.chart.months": ("การเบิกจ่ายสะสมเทียบกับแผน รายเดือน", "Cumulative disbursement against the plan"),
    "rb.chart.status": ("ผลการดำเนินงานตามหน่วยงาน (จำนวนโครงการ)", "Status by agency (number of items)"),
    "rb.chart.axis_baht": ("บาท", "baht"),
    "rb.chart.axis_items": ("จำนวน", "items"),
    "rb.file_word": ("รายงานผล", "report"),  # in the file names: OpPlan-รายงานผล-2570-03-31.xlsx
    # ---- the ribbon's รายงานผล ------------------------------------------------------------------------------------
    "xl.title.progress_report": ("แผนการดำเนินงาน: รายงานผล", "Operational plan: progress report"),
    "xl.progress_report.ask_date": (
        "รายงานผลการดำเนินงาน ณ วันที่ (เช่น {example})\nพิมพ์ 6 = รอบ 6 เดือน ({six}) หรือ 12 = รอบ 12 เดือน ({twelve})",
        "Report as at (e.g. {example}); 6 = the 6-month round ({six}), 12 = the annual round ({twelve})",
    ),
    "xl.progress_report.ask_date_no_year": (
        "รายงานผลการดำเนินงาน ณ วันที่ (เช่น {example})",
        "Report as at (e.g. {example})",
    ),
    "xl.progress_report.again": ('อ่าน "{answer}" เป็นวันที่ไม่ได้', 'Not a date: "{answer}"'),
    "xl.progress_report.cancelled": ("ยกเลิกแล้ว ยังไม่ได้สร้างรายงาน", "Cancelled: no report was made"),
    "xl.progress_report.done": (
        "สร้างรายงานผลการดำเนินงาน ณ วันที่ {date} แล้ว บันทึกไว้ที่\n{files}",
        "The progress report as at {date} is saved as\n{files}",
    ),
    "xl.progress_report.elsewhere": (
        "สมุดงานนี้ไม่ได้อยู่ในเครื่อง (เช่น OneDrive) จึงบันทึกรายงาน ณ วันที่ {date} ไว้ที่\n{files}",
        "This workbook is not a local file (e.g. OneDrive); the report as at {date} is saved as\n{files}",
    ),
    "xl.progress_report.no_docx": (
        "ยังสร้างรายงานเป็นเอกสาร Word ไม่ได้ในรุ่นนี้ จึงมีเฉพาะไฟล์ Excel",
        "This version cannot write the report as a Word document yet: the Excel file only",
    ),
    "xl.progress_report.not_reconciled": (
        "ยอดรวมของรายงานไม่ตรงกับบัญชีสรุป ผด.01 ดูบรรทัดตรวจสอบในแผ่นงาน {sheet}",
        "The report's totals differ from ผด.01: see the check line on sheet {sheet}",
    ),
    "xl.progress_report.no_progress": (
        'ยังไม่ได้กรอกผลการดำเนินงานในแผ่นงานโครงการ รายงานนี้จึงแสดงทุกโครงการเป็น "{status}"',
        'No progress has been entered yet: every project shows as "{status}"',
    ),
}
