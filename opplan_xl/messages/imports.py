"""Messages of one area: Importing hand-made workbooks and rolling forward (issue 14)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- what the import noted, at the source sheet and cell
    "I-IMPORT-HEADER-REPEATED": (
        "แถวหัวตารางซ้ำ (หัวตารางของหน้าถัดไป) ไม่ได้นำเข้า",
        "A repeated header row (the next page's header): not imported.",
    ),
    "I-IMPORT-AMENDMENT-ROW": (
        'แถวบันทึกการแก้ไขแผน "{text}" ไม่ได้นำเข้า (การแก้ไขแผนบันทึกในสมุดงานใหม่แยกต่างหาก)',
        'An amendment note row "{text}": not imported (amendments are kept separately in the new workbook).',
    ),
    "W-IMPORT-NO-NUMBER": (
        "แถวนี้ไม่มีเลขลำดับในคอลัมน์ ที่ แต่มีชื่อและงบประมาณ จึงนำเข้าเป็นรายการใหม่ กรุณาตรวจว่าถูกต้อง",
        "This row has no number in the ที่ column but a name and a budget, so it was imported as a new line: "
        "please check.",
    ),
    "I-IMPORT-HEADING-AMOUNT": (
        "จำนวนเงิน {value} ในแถวหัวข้อไม่ได้นำเข้า (ยอดของหัวข้อคำนวณจากรายการ)",
        "The amount {value} on a heading row was not imported (a heading's total is the sum of its lines).",
    ),
    "I-IMPORT-ROW-SKIPPED": (
        'แถวนี้ไม่ใช่หัวข้อ รายการ หรือแถวต่อของรายการ ไม่ได้นำเข้า: "{text}"',
        'This row is neither a heading, a line nor the continuation of one: not imported: "{text}".',
    ),
    "I-IMPORT-CONTINUATION": (
        "ข้อความในเซลล์นี้ต่อท้ายรายการแถว {row} ({line}) โดยคั่นด้วยช่องว่าง กรุณาตรวจคำที่ตัดบรรทัด",
        "The text of these cells was joined to the line of row {row} ({line}) with a space: please check words "
        "broken across lines.",
    ),
    "I-IMPORT-AMOUNT-TEXT": (
        'งบประมาณพิมพ์เป็นข้อความ "{value}" นำเข้าเป็นตัวเลข {amount} บาท',
        'The budget was typed as text "{value}": imported as the number {amount} baht.',
    ),
    "W-IMPORT-MONTH-TEXT": (
        'ช่องเดือนมีข้อความ "{value}" ซึ่งไม่ใช่เครื่องหมายที่รู้จัก นับว่าดำเนินการในเดือนนี้ กรุณาตรวจ',
        'The month cell holds "{value}", not a known mark: counted as running this month; please check.',
    ),
    "W-IMPORT-TOTAL-UNREADABLE": (
        'ยอดรวม "{value}" อ่านเป็นจำนวนเงินไม่ได้ จึงตรวจยอดรวมนี้ไม่ได้',
        'The total "{value}" cannot be read as an amount, so it was not checked.',
    ),
    "W-IMPORT-TOTAL-MISMATCH": (
        'ยอด "{label}" ในไฟล์เดิมเป็น {typed} บาท แต่รายการข้างบนรวมได้ {expected} บาท (ต่างกัน {difference} บาท) '
        "สมุดงานใหม่ใช้ยอดที่รวมจากรายการ กรุณาตรวจว่ารายการครบหรือยอดที่พิมพ์ผิด",
        'The total "{label}" in the old file is {typed} baht but the lines above it add up to {expected} baht '
        "(difference {difference}); the new workbook uses the sum of the lines. Check for a missing line or a "
        "mistyped total.",
    ),
    "I-IMPORT-SHEET-SKIPPED": (
        "แผ่นงานนี้ไม่มีหัวตาราง ผด.02 หรือ ผด.02/1 (ที่ / โครงการ หรือ ครุภัณฑ์ / งบประมาณ) ไม่ได้นำเข้า",
        "This sheet has no ผด.02 or ผด.02/1 header (ที่ / โครงการ or ครุภัณฑ์ / งบประมาณ): not imported.",
    ),
    "I-IMPORT-SUMMARY-SKIPPED": (
        "แผ่นงานนี้เป็นแบบ ผด.01 ไม่ได้นำเข้า สมุดงานใหม่คำนวณ ผด.01 จากรายการโครงการเอง",
        "This sheet is a ผด.01 summary: not imported; the new workbook computes its ผด.01 from the projects.",
    ),
    "W-IMPORT-NO-NAME-COLUMN": (
        "หาคอลัมน์ชื่อโครงการหรือครุภัณฑ์ในหัวตารางไม่พบ แผ่นงานนี้จึงไม่ได้นำเข้า",
        "No project or equipment name column in the header: this sheet was not imported.",
    ),
    "I-IMPORT-COLUMN-SKIPPED": (
        'คอลัมน์ "{header}" ไม่ตรงกับคอลัมน์ใดของสมุดงานมาตรฐาน ไม่ได้นำเข้า',
        'The column "{header}" is none of the standard workbook\'s columns: not imported.',
    ),
    "W-IMPORT-NO-MONTHS": (
        "หาช่องเดือน (ต.ค. … ก.ย.) ในหัวตารางไม่พบ รายการของแผ่นงานนี้จึงไม่มีเดือนที่ดำเนินการ",
        "No month columns (ต.ค. … ก.ย.) in the header: the lines of this sheet have no months.",
    ),
    "W-IMPORT-MONTHS-DRAWN": (
        "แผ่นงานนี้มีรูปวาด (เช่น ลูกศรที่วาดทับช่องเดือน) ซึ่งโปรแกรมไม่อ่าน {n} รายการจึงไม่มีเดือนที่ดำเนินการ "
        "กรุณาใส่ ✓ ในช่องเดือนของสมุดงานใหม่",
        "This sheet has drawings (such as arrows drawn over the month grid), which are not read: {n} lines have no "
        "months; mark them with ✓ in the new workbook.",
    ),
    "W-IMPORT-TITLE-DIFFERS": (
        '{label} ในหัวกระดาษนี้เป็น "{value}" ต่างจากที่ใช้ "{kept}" (จากแผ่นงานก่อนหน้า)',
        '{label} in this title is "{value}", not the "{kept}" used (from an earlier sheet).',
    ),
    "W-IMPORT-STRATEGY-NAMES": (
        'ยุทธศาสตร์ที่ {code} ชื่อ "{value}" ที่นี่ ต่างจากที่ใช้ "{kept}"',
        'Strategy {code} is named "{value}" here, not the "{kept}" used.',
    ),
    "W-IMPORT-STRATEGY-CODE": (
        'หัวข้อยุทธศาสตร์ "{name}" ไม่มีเลขลำดับ จึงให้รหัส {code} กรุณาตรวจ',
        'The strategy heading "{name}" has no number: given code {code}; please check.',
    ),
    "I-IMPORT-NO-ORG": (
        'ไม่พบชื่อ อปท. (เช่น "องค์การบริหารส่วนตำบล… อำเภอ… จังหวัด…") ในหัวกระดาษของไฟล์เดิม ประเภท อปท. ในสมุดงานใหม่จึงเป็น '
        '"{default}" กรุณาตรวจและกรอกชื่อ อำเภอ จังหวัด',
        "No organisation line (\"องค์การบริหารส่วนตำบล… อำเภอ… จังหวัด…\") in the old file's titles: the new workbook's "
        'organisation kind is the default "{default}"; check it and fill in the name, district and province.',
    ),
    "I-IMPORT-AGENCY": (
        'หน่วยงาน "{value}" เปลี่ยนเป็นชื่อในรายการ "{standard}" (ต้นฉบับ: {source})',
        'Agency "{value}" became the list\'s name "{standard}" (source: {source}).',
    ),
    "E-IMPORT-NO-TABLE": (
        "ไม่พบตาราง ผด.02 หรือ ผด.02/1 ในไฟล์ {path} (หัวตารางต้องมีคำว่า ที่ โครงการ หรือ ครุภัณฑ์ และ งบประมาณ)",
        "No ผด.02 or ผด.02/1 table in {path} (the header needs ที่, โครงการ or ครุภัณฑ์, and งบประมาณ).",
    ),
    "ui.import.from_source": ("(ค่านี้มาจาก {source} ในไฟล์ต้นฉบับ)", "(this value came from {source} in the source file)"),
    # ---- the command and its report
    "ui.cli.import": (
        "นำเข้าแผนการดำเนินงานที่ทำเองใน Excel (ผด.02 / ผด.02/1) เป็นสมุดงานมาตรฐานใหม่",
        "import a hand-made plan workbook (ผด.02 / ผด.02/1) into a new standard workbook",
    ),
    "ui.cli.import_source": ("ไฟล์ Excel ที่ทำเอง (.xlsx หรือ .xlsm)", "the hand-made Excel file (.xlsx or .xlsm)"),
    "ui.cli.out_import": (
        "สมุดงานใหม่ (.xlsx หรือ .xlsm พร้อมแมโคร) ค่าเริ่มต้น <ชื่อไฟล์>-นำเข้า.xlsx",
        "the new workbook (.xlsx, or .xlsm with the macros); default <name>-นำเข้า.xlsx",
    ),
    "ui.import.into_source": (
        "ไม่เขียนทับไฟล์ต้นฉบับ {path} กรุณาระบุชื่อไฟล์ใหม่ด้วย -o",
        "The source file {path} is never overwritten: give a new file name with -o.",
    ),
    "ui.import.read": (
        "อ่านไฟล์ {path}: {projects} โครงการ {equipment} ครุภัณฑ์ {strategies} ยุทธศาสตร์ จาก {sheets} แผ่นงาน "
        "ตรวจยอดรวม {totals} แถว",
        "Read {path}: {projects} projects, {equipment} equipment items, {strategies} strategies from {sheets} "
        "sheets; {totals} total rows checked.",
    ),
    "ui.import.notes": (
        "สิ่งที่ข้ามหรือคาดเดาระหว่างนำเข้า (ตำแหน่งในไฟล์ต้นฉบับ):",
        "What the import skipped or guessed (places in the source file):",
    ),
    "ui.import.findings": (
        "ผลการตรวจสอบสมุดงานใหม่ (ตำแหน่งในสมุดงานใหม่ และเซลล์ต้นฉบับ):",
        "Validation of the new workbook (new cell, and the source cell):",
    ),
    "ui.import.written": (
        "เขียนสมุดงานใหม่ {path} (มีแผ่นงาน {sheet}) ไฟล์ต้นฉบับไม่ถูกแก้ไข",
        "Wrote the new workbook {path} (with the sheet {sheet}); the source file was not changed.",
    ),
    "ui.import.more": (
        "… และอีก {n} รายการ ({code}) ดูทั้งหมดในแผ่นงาน {sheet} ของสมุดงานใหม่",
        "… and {n} more ({code}): all of them are on the sheet {sheet} of the new workbook",
    ),
    "ui.import.report_title": ("รายงานการนำเข้าจากไฟล์ {path}", "Import report of {path}"),
    "ui.import.report_notes": ("สิ่งที่ข้ามหรือคาดเดาระหว่างนำเข้า", "What the import skipped or guessed"),
    "ui.import.report_findings": ("ผลการตรวจสอบสมุดงานใหม่", "Validation of the new workbook"),
    "ui.import.report_none": ("ไม่มี", "None"),
    # ---- new year
    "ui.cli.new-year": (
        "สร้างสมุดงานของปีงบประมาณถัดไปจากสมุดงานปีนี้ (ยุทธศาสตร์ รายการ หน่วยงาน และการตั้งค่า ไม่รวมวันที่ของปีนี้)",
        "make next fiscal year's workbook from this year's (strategies, lists, agencies and settings, without "
        "this year's dates)",
    ),
    "ui.cli.fiscal_year": ("ปีงบประมาณใหม่ (พ.ศ.) ค่าเริ่มต้น ปีนี้ + 1", "the new fiscal year (BE); default this year + 1"),
    "ui.cli.out_new_year": (
        "สมุดงานใหม่ ค่าเริ่มต้น <ชื่อไฟล์>-<ปีใหม่>.xlsx (หรือ .xlsm เมื่อสมุดงานเดิมเป็น .xlsm)",
        "the new workbook; default <name>-<year>.xlsx (.xlsm when the book is an .xlsm)",
    ),
    "ui.cli.carry_over": (
        "ยกโครงการและครุภัณฑ์ของปีนี้ไปเป็นร่างของปีใหม่ (ทุกรายการ เพราะยังไม่มีข้อมูลผลการดำเนินงาน)",
        "carry this year's projects and equipment over as a draft of the new year (all of them: there is no "
        "progress data yet)",
    ),
    "ui.new_year.no_year": (
        "สมุดงาน {path} ไม่มีปีงบประมาณ กรุณาระบุ --fiscal-year",
        "The workbook {path} has no fiscal year: give --fiscal-year.",
    ),
    "ui.new_year.not_after": (
        "ปีงบประมาณใหม่ {year} ต้องมากกว่าปีของสมุดงาน ({old})",
        "The new fiscal year {year} must be after the workbook's ({old}).",
    ),
    "ui.new_year.bad_year": (
        'ปีงบประมาณ "{value}" ไม่ใช่ปี พ.ศ. สี่หลัก เช่น 2571',
        'The fiscal year "{value}" is not a four-digit BE year such as 2571.',
    ),
    "ui.new_year.written": (
        "เขียนสมุดงานปีงบประมาณ {year} เป็น {path}: {strategies} ยุทธศาสตร์ ยกมา {projects} โครงการ {equipment} "
        "ครุภัณฑ์ ล้างวันที่ของปี {old} แล้ว สร้างรหัสลับของแผนใหม่ สมุดงานเดิมไม่ถูกแก้ไข",
        "Wrote the fiscal-year {year} workbook {path}: {strategies} strategies, {projects} projects and {equipment} "
        "equipment items carried over; the {old} dates cleared; a new plan key; the old workbook was not changed.",
    ),
    "ui.new_year.carried_note": (
        "รายการที่ยกมาอยู่ในแผ่นงาน {sheet} งบประมาณและเดือนยังเป็นของปี {old} กรุณาแก้ตามข้อบัญญัติ/เทศบัญญัติปีใหม่",
        "The carried lines are listed on the sheet {sheet}; their budgets and months are still {old}'s: update them "
        "to the new budget act.",
    ),
    "ui.new_year.report_title": (
        "รายการที่ยกมาจากแผนปีงบประมาณ {old} (ไฟล์ {path}) งบประมาณและเดือนยังเป็นของปีเดิม",
        "Lines carried over from the {old} plan ({path}); budgets and months are still the old year's",
    ),
    "ui.demo.import_step": (
        "นำเข้าแผนปีก่อนที่ทำเองใน Excel และสร้างสมุดงานปีถัดไป",
        "import last year's hand-made plan and make next year's workbook",
    ),
    "ui.demo.imported": (
        "นำเข้าแผนที่ทำเองของปีก่อน {source} เป็น {path}: {projects} โครงการ พบยอดรวมที่ไม่ตรง {mismatches} แห่ง",
        "Imported last year's hand-made plan {source} as {path}: {projects} projects, {mismatches} wrong totals found.",
    ),
    # ---- the ribbon
    "xl.title.import": ("แผนการดำเนินงาน: นำเข้าแผนที่ทำเอง", "Operational plan: import a hand-made plan"),
    "xl.title.new_year": ("แผนการดำเนินงาน: สร้างแผนปีใหม่", "Operational plan: new fiscal year"),
    "xl.import.ask_file": ("เลือกไฟล์แผนการดำเนินงานที่ทำเองใน Excel", "Pick the hand-made plan workbook"),
    "xl.import.done": (
        "นำเข้าแล้ว {projects} โครงการ {equipment} ครุภัณฑ์ เป็นสมุดงานใหม่\n{path}\nกรุณาเปิดสมุดงานใหม่ "
        "แล้วดูแผ่นงาน {sheet} (ข้อผิดพลาด {errors} คำเตือน {warnings})",
        "Imported {projects} projects and {equipment} equipment items into the new workbook\n{path}\nOpen it and "
        "read the sheet {sheet} ({errors} errors, {warnings} warnings).",
    ),
    "xl.new_year.ask_year": ("ปีงบประมาณใหม่ (พ.ศ.)", "The new fiscal year (BE)"),
    "xl.new_year.ask_carry": (
        "ยกโครงการและครุภัณฑ์ของปีนี้ไปเป็นร่างของปีใหม่ด้วยหรือไม่",
        "Carry this year's projects and equipment over as a draft of the new year?",
    ),
    "xl.new_year.done": (
        "สร้างสมุดงานปีงบประมาณ {year} แล้ว\n{path}\nยกมา {projects} โครงการ {equipment} ครุภัณฑ์ สมุดงานนี้ไม่ถูกแก้ไข",
        "Made the fiscal-year {year} workbook\n{path}\n{projects} projects and {equipment} equipment items carried "
        "over; this workbook was not changed.",
    ),
}
