"""Messages of the core: reading workbooks, parsing cells, validation rules, deadlines, the CLI.

Placeholders available in every finding message: {sheet}, {cell}. Others are named per entry.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- cell values -----------------------------------------------------------------------------
    "E-CELL-ERROR": (
        "เซลล์ {cell} มีค่าผิดพลาด {value} (สูตรคำนวณไม่ได้) กรุณาแก้สูตรหรือพิมพ์ค่าลงไปตรง ๆ",
        "Cell {cell} holds the error value {value}",
    ),
    "E-BUDGET-NOT-NUMBER": (
        'งบประมาณในเซลล์ {cell} ("{value}") ไม่ใช่ตัวเลข กรุณาพิมพ์เป็นตัวเลข เช่น 150000 หรือ 1,632,820.50',
        'Budget in {cell} ("{value}") is not a number',
    ),
    "W-BUDGET-TEXT": (
        'งบประมาณในเซลล์ {cell} ("{value}") เป็นข้อความ ไม่ใช่ตัวเลข โปรแกรมอ่านได้ {amount} บาท '
        "แต่สูตรสรุปในแผ่นงาน ผด.01 ของ Excel จะไม่นับเซลล์นี้ กรุณาพิมพ์ใหม่เป็นตัวเลข เช่น 150000",
        'Budget in {cell} ("{value}") is text: read as {amount}, but Excel\'s ผด.01 formulas skip it; type a number',
    ),
    "W-BUDGET-SATANG": (
        "งบประมาณในเซลล์ {cell} ({value}) มีทศนิยมเกิน 2 ตำแหน่ง โปรแกรมปัดเป็น {amount} บาท "
        "แต่สูตรสรุปใน Excel ใช้ค่าเดิม กรุณาปัดในเซลล์ให้เหลือทศนิยม 2 ตำแหน่ง (สตางค์)",
        "Budget in {cell} ({value}) has more than 2 decimals: rounded to {amount}, but Excel sums the unrounded "
        "value; round it in the cell",
    ),
    "E-DATE-NOT-DATE": (
        '"{field}" ในเซลล์ {cell} ("{value}") อ่านเป็นวันที่ไม่ได้ กรุณาพิมพ์วันที่ เช่น 15/10/2568 หรือ 15 ต.ค. 2568',
        '"{field}" in {cell} ("{value}") is not a date',
    ),
    "E-DATE-BE-AS-CE": (
        '"{field}" ในเซลล์ {cell} เป็นปี ค.ศ. {year} ซึ่งน่าจะเป็นปี พ.ศ. ที่ Excel เข้าใจผิดเป็น ค.ศ. '
        "กรุณาแก้เป็นวันที่ {suggestion} (ลบ 543 ปี) หรือพิมพ์เป็นข้อความ เช่น {suggestion_text}",
        '"{field}" in {cell} has CE year {year}: a BE year typed as CE; use {suggestion} (year − 543)',
    ),
    "E-YEAR-NOT-YEAR": (
        'ปีงบประมาณในเซลล์ {cell} ("{value}") ไม่ใช่ปี พ.ศ. สี่หลัก กรุณาพิมพ์ เช่น 2569',
        'Fiscal year in {cell} ("{value}") is not a four-digit BE year',
    ),
    "E-YEAR-IS-CE": (
        "ปีงบประมาณในเซลล์ {cell} เป็น {value} ซึ่งเป็นปี ค.ศ. กรุณาพิมพ์เป็นปี พ.ศ. {suggestion} (บวก 543)",
        "Fiscal year in {cell} is {value}, a CE year; use BE {suggestion} (+543)",
    ),
    "E-INT-NOT-NUMBER": (
        '"{field}" ในเซลล์ {cell} ("{value}") ต้องเป็นจำนวนเต็ม เช่น 1 หรือ 2',
        '"{field}" in {cell} ("{value}") must be a whole number',
    ),
    "E-BOOL-NOT-YESNO": (
        '"{field}" ในเซลล์ {cell} ("{value}") ต้องเป็น ใช่ หรือ ไม่ใช่ กรุณาเลือกจากรายการ',
        '"{field}" in {cell} ("{value}") must be ใช่ or ไม่ใช่',
    ),
    "E-PERIOD-UNREADABLE": (
        'ระยะเวลาดำเนินการในเซลล์ {cell} ("{value}") อ่านไม่ได้ กรุณาพิมพ์ เช่น "ต.ค. 2568 - มี.ค. 2569" '
        'หรือ "ตลอดปีงบประมาณ" หรือใส่ ✓ ในช่องเดือนแทน',
        'Period in {cell} ("{value}") cannot be read',
    ),
    "W-MONTH-MARK-UNCLEAR": (
        'ช่องเดือนในเซลล์ {cell} มีค่า "{value}" โปรแกรมถือว่าดำเนินการในเดือนนี้ ถ้าไม่ใช่ กรุณาลบค่าออก (ใช้ ✓ สำหรับเดือนที่ดำเนินการ)',
        'Month cell {cell} holds "{value}"; read as a mark',
    ),
    # ---- settings --------------------------------------------------------------------------------
    "E-SETTING-MISSING": (
        'ยังไม่ได้กรอก "{label}" (แผ่นงาน {sheet} เซลล์ {cell}) กรุณากรอกให้ครบ',
        'Setting "{label}" ({sheet}!{cell}) is empty',
    ),
    "W-SETTING-DATE-MISSING": (
        'ยังไม่ได้กรอก "{label}" (เซลล์ {cell}) โปรแกรมจึงตรวจกำหนดเวลาที่เกี่ยวข้องไม่ได้',
        'Date "{label}" ({cell}) is empty; the deadlines that need it are not checked',
    ),
    "E-ORG-KIND-UNKNOWN": (
        'ประเภท อปท. ในเซลล์ {cell} ("{value}") ไม่อยู่ในรายการ กรุณาเลือก: {choices}',
        'Organisation kind in {cell} ("{value}") is not one of: {choices}',
    ),
    "E-AMENDMENT-NO-MISSING": (
        "แผนฉบับ{kind} ต้องระบุครั้งที่ในเซลล์ {cell} เช่น 1",
        "An amendment ({kind}) needs its number in {cell}",
    ),
    "E-DEV-PLAN-PERIOD": (
        'ช่วงปีของแผนพัฒนาท้องถิ่นในเซลล์ {cell} ("{value}") ไม่ถูกต้อง กรุณาพิมพ์ เช่น 2566-2570 '
        "และต้องครอบคลุมปีงบประมาณ {fiscal_year}",
        'Development-plan period in {cell} ("{value}") is invalid or does not cover fiscal year {fiscal_year}',
    ),
    # ---- dates and the fiscal year -----------------------------------------------------------------
    "W-DATE-OUTSIDE-FY": (
        '"{field}" ในเซลล์ {cell} คือ {date} ซึ่งอยู่นอกช่วงที่คาดไว้สำหรับปีงบประมาณ {fiscal_year} '
        "({start} ถึง {end}) กรุณาตรวจสอบวันที่หรือปีงบประมาณ",
        '"{field}" in {cell} is {date}, outside the expected window for fiscal year {fiscal_year}',
    ),
    "E-DATE-ORDER": (
        '"{field}" ({date}, เซลล์ {cell}) ต้องไม่ก่อน "{other_field}" ({other_date}, เซลล์ {other_cell}) '
        "กรุณาตรวจสอบวันที่ทั้งสอง",
        '"{field}" ({date}, {cell}) is before "{other_field}" ({other_date}, {other_cell})',
    ),
    "W-DATE-ORDER": (
        '"{field}" ({date}, เซลล์ {cell}) อยู่ก่อน "{other_field}" ({other_date}) ซึ่งไม่ปกติ กรุณาตรวจสอบ',
        '"{field}" ({date}, {cell}) is before "{other_field}" ({other_date}); unusual',
    ),
    "W-FISCAL-YEAR-MISMATCH": (
        "ข้อความในเซลล์ {cell} เขียนปีงบประมาณเป็น {written} แต่แผนนี้เป็นปีงบประมาณ พ.ศ. {fiscal_year} กรุณาแก้ให้ตรงกัน",
        "Text in {cell} names fiscal year {written}, but this plan is for {fiscal_year}",
    ),
    "W-FISCAL-YEAR-CE": (
        "ข้อความในเซลล์ {cell} เขียนปีงบประมาณเป็นปี ค.ศ. {written} กรุณาเขียนเป็นปี พ.ศ. {fiscal_year} ให้เหมือนกันทั้งเอกสาร",
        "Text in {cell} writes the fiscal year in CE ({written}); write BE {fiscal_year}",
    ),
    # ---- tables ---------------------------------------------------------------------------------
    "E-REQUIRED": (
        'ยังไม่ได้กรอก "{header}" ในเซลล์ {cell} กรุณากรอกให้ครบ',
        '"{header}" in {cell} is empty',
    ),
    "E-BUDGET-NEGATIVE": (
        "งบประมาณในเซลล์ {cell} ติดลบ ({value}) กรุณาพิมพ์จำนวนเงินเป็นบวก",
        "Budget in {cell} is negative ({value})",
    ),
    "W-BUDGET-ZERO": (
        "งบประมาณในเซลล์ {cell} เป็นศูนย์ ถ้าโครงการนี้ไม่ใช้งบประมาณจริงไม่ต้องแก้ไข มิฉะนั้นกรุณากรอกจำนวนเงิน",
        "Budget in {cell} is zero",
    ),
    "E-MONTHS-NONE": (
        "ยังไม่ได้ระบุเดือนที่ดำเนินการของแถว {row} กรุณาใส่ ✓ ในช่องเดือน ({cell}) หรือกรอกระยะเวลาดำเนินการ",
        "Row {row} has no months ({cell}): mark the months or fill in the period",
    ),
    "E-MONTHS-OUTSIDE-FY": (
        'ระยะเวลาดำเนินการในเซลล์ {cell} ("{value}") อยู่นอกปีงบประมาณ พ.ศ. {fiscal_year} '
        "(ต.ค. {start_year} - ก.ย. {fiscal_year}) กรุณาแก้ไข",
        'Period in {cell} ("{value}") lies outside fiscal year {fiscal_year}',
    ),
    "W-MONTHS-PERIOD-MISMATCH": (
        'เดือนที่ใส่ ✓ ในแถว {row} ไม่ตรงกับระยะเวลาดำเนินการในเซลล์ {cell} ("{value}") โปรแกรมใช้ช่องเดือน กรุณาแก้ให้ตรงกัน',
        'Month marks of row {row} differ from the period in {cell} ("{value}"); the marks are used',
    ),
    "E-STRATEGY-UNKNOWN": (
        'รหัสยุทธศาสตร์ "{value}" ในเซลล์ {cell} ไม่มีในแผ่นงาน ยุทธศาสตร์ กรุณาเลือกจากรายการ หรือเพิ่มยุทธศาสตร์นี้ในแผ่นงาน ยุทธศาสตร์',
        'Strategy code "{value}" in {cell} is not on the strategies sheet',
    ),
    "E-STRATEGY-DUPLICATE": (
        'รหัสยุทธศาสตร์ "{value}" ซ้ำกัน (เซลล์ {cell} และ {other_cell}) กรุณาใช้รหัสไม่ซ้ำกัน',
        'Strategy code "{value}" is used twice ({cell} and {other_cell})',
    ),
    "E-NO-STRATEGIES": (
        "ยังไม่มียุทธศาสตร์ในแผ่นงาน {sheet} กรุณากรอกยุทธศาสตร์การพัฒนาอย่างน้อยหนึ่งข้อ",
        "No strategies on sheet {sheet}",
    ),
    "W-NO-PROJECTS": (
        "ยังไม่มีโครงการในแผ่นงาน {sheet}",
        "No projects on sheet {sheet}",
    ),
    "E-PLAN-AREA-UNKNOWN": (
        'แผนงาน "{value}" ในเซลล์ {cell} ไม่อยู่ในรายการแผนงาน กรุณาเลือกจากรายการ หรือเพิ่มชื่อแผนงานในแผ่นงาน รายการ',
        'Plan area "{value}" in {cell} is not in the list',
    ),
    "W-PLAN-AREA-VARIANT": (
        'แผนงาน "{value}" ในเซลล์ {cell} เขียนต่างจากชื่อมาตรฐาน โปรแกรมใช้ "{standard}" แทน กรุณาแก้ในเซลล์ให้ตรงกัน',
        'Plan area "{value}" in {cell} is a variant of "{standard}"; using the standard name',
    ),
    "E-CATEGORY-UNKNOWN": (
        'ประเภทครุภัณฑ์ "{value}" ในเซลล์ {cell} ไม่อยู่ในรายการ กรุณาเลือกจากรายการ หรือเพิ่มในแผ่นงาน รายการ',
        'Equipment category "{value}" in {cell} is not in the list',
    ),
    "W-SOURCE-UNKNOWN": (
        'แหล่งงบประมาณ "{value}" ในเซลล์ {cell} ไม่อยู่ในรายการและโปรแกรมไม่รู้ว่าเป็นแหล่งใด '
        "กรุณาเลือกจากรายการ หรือเพิ่มไว้ในแผ่นงาน รายการ (โปรแกรมนับเป็นงบของ อปท. หรือของหน่วยงานอื่นตามช่อง "
        '"เจ้าของงบประมาณ" หรือหน่วยงาน)',
        'Money source "{value}" in {cell} is not in the list and is not recognised; own or other money is taken '
        "from the own/other column or the agency",
    ),
    "W-DUPLICATE-PROJECT": (
        "โครงการในแถว {row} ซ้ำกับแถว {other_row} ทุกช่อง (ชื่อ รายละเอียด งบประมาณ สถานที่ หน่วยงาน แหล่งงบประมาณ "
        "และเดือน) ถ้าเป็นคนละโครงการ กรุณาระบุให้แตกต่างกัน มิฉะนั้นกรุณาลบแถวที่ซ้ำ",
        "Project in row {row} duplicates row {other_row} in every field",
    ),
    "W-DUPLICATE-EQUIPMENT": (
        "ครุภัณฑ์ในแถว {row} ซ้ำกับแถว {other_row} ทุกช่อง (รายการ รายละเอียด งบประมาณ สถานที่ หน่วยงาน และเดือน) กรุณาตรวจสอบ",
        "Equipment in row {row} duplicates row {other_row}",
    ),
    # ---- deadlines (domain/README.md §2.1) -------------------------------------------------------
    "W-PLAN-LATE": (
        "ประกาศใช้แผนวันที่ {announced} เกินกำหนด {due} (ภายใน ๓๐ วันนับแต่วันประกาศใช้งบประมาณ {trigger} "
        "ตามข้อ ๒๗) ถ้าผู้บริหารขยายเวลาไว้แล้วไม่ต้องแก้ไข มิฉะนั้นควรบันทึกเหตุผลการขยายเวลา",
        "Plan announced {announced}, after the due date {due} (30 days from {trigger}, rule 27)",
    ),
    "E-POST-BEFORE-ANNOUNCE": (
        "วันที่ปิดประกาศ ({posted}) ก่อนวันที่ประกาศใช้แผน ({announced}) ต้องปิดประกาศหลังจากประกาศใช้แล้ว กรุณาแก้วันที่",
        "Posted {posted} before the plan was announced ({announced})",
    ),
    "E-POST-LATE": (
        "ปิดประกาศวันที่ {posted} เกินกำหนด ต้องปิดประกาศภายในวันที่ {post_by} "
        "(ภายใน ๑๕ วันนับแต่วันประกาศ {announced} ตามข้อ ๒๖ (๒))",
        "Posted {posted}, after the latest allowed date {post_by} (15 days from {announced})",
    ),
    "E-TAKEDOWN-EARLY": (
        "ปลดประกาศวันที่ {taken_down} เร็วเกินไป ต้องปิดประกาศไว้ถึงวันที่ {keep_through} "
        "เป็นอย่างน้อย (ไม่น้อยกว่า ๓๐ วัน) ปลดได้ตั้งแต่วันที่ {take_down_from}",
        "Taken down {taken_down}; must stay up through {keep_through}, may come down from {take_down_from}",
    ),
    "W-DEADLINE-HOLIDAY": (
        "วันครบกำหนด{what} ({due}) ตรงกับ{holiday} กำหนดไม่เลื่อนตามมาตรา ๖๔ "
        "พ.ร.บ.วิธีปฏิบัติราชการทางปกครอง ควรดำเนินการภายในวันทำการสุดท้ายก่อนหน้า คือ {last_working_day}",
        "Deadline for {what_en} ({due}) falls on {holiday_en}; it does not move (APA s.64): "
        "act by the last working day before it, {last_working_day}",
    ),
    "I-DEADLINE-1938": (
        "ถ้านับตามมาตรา ๑๙๓/๘ ประมวลกฎหมายแพ่งและพาณิชย์ วันครบกำหนด{what}จะเลื่อนไปเป็น {next_working_day}",
        "Under Civil and Commercial Code s.193/8 the deadline for {what_en} would move to {next_working_day}",
    ),
    "I-DEADLINE-ROLLED": (
        "วันครบกำหนด{what} ({due}) ตรงกับ{holiday} ตามการตั้งค่าให้เลื่อนไปเป็นวันทำการถัดไป คือ {next_working_day}",
        "Deadline for {what_en} ({due}) falls on {holiday_en}; rolled forward to {next_working_day} as set",
    ),
    # ---- words used inside other messages ---------------------------------------------------------
    "word.plan_due": ("การจัดทำแผนการดำเนินงาน", "finishing the plan"),
    "word.post_by": ("การปิดประกาศ", "posting the plan"),
    "word.saturday": ("วันเสาร์", "Saturday"),
    "word.sunday": ("วันอาทิตย์", "Sunday"),
    "word.extra_holiday": ("วันหยุดที่กำหนดเพิ่มเติม", "an extra holiday"),
    "word.public_holiday": ("วันหยุดราชการ", "a public holiday"),
    "word.holiday_and": (" และ", " / "),
    # ---- CLI -------------------------------------------------------------------------------------
    "ui.validate.ok": ("ตรวจสอบแล้ว ไม่พบข้อผิดพลาด", "Checked: no errors"),
    "ui.validate.summary": (
        "พบข้อผิดพลาด {error} รายการ คำเตือน {warning} รายการ ข้อสังเกต {info} รายการ",
        "{error} errors, {warning} warnings, {info} notes",
    ),
    "ui.severity.error": ("ข้อผิดพลาด", "error"),
    "ui.severity.warning": ("คำเตือน", "warning"),
    "ui.severity.info": ("ข้อสังเกต", "info"),
    "ui.cannot_read": ("อ่านสมุดงานไม่ได้", "Cannot read the workbook"),
    "ui.example.written": (
        "เขียนสมุดงานตัวอย่าง {path} แล้ว ({projects} โครงการ, ครุภัณฑ์ {equipment} รายการ)",
        "Wrote example workbook {path} ({projects} projects, {equipment} equipment items)",
    ),
    "ui.example.no_out": (
        "ยังไม่ได้ระบุไฟล์ที่จะเขียน ใส่ชื่อไฟล์ เช่น opplan example -o แผนตัวอย่าง.xlsx (หรือ opplan example แผนตัวอย่าง.xlsx)",
        "No output file: opplan example -o sample.xlsx (or opplan example sample.xlsx)",
    ),
    "ui.example.two_outs": (
        "ระบุไฟล์ที่จะเขียนไว้สองไฟล์ ทั้ง {first} และ -o {second} ให้ระบุเพียงไฟล์เดียว เช่น opplan example -o {second} "
        "ไม่ได้เขียนไฟล์ใด",
        "Two output files given ({first} and -o {second}); give one. Nothing written",
    ),
    "ui.written": ("บันทึกไฟล์ {path} แล้ว", "Wrote {path}"),
    "ui.backup": ("เก็บไฟล์เดิมไว้เป็น {path}", "Kept the previous file as {path}"),
    "ui.rollup.title": (
        "แบบ ผด.01 บัญชีสรุปจำนวนโครงการและงบประมาณ ปีงบประมาณ พ.ศ. {fiscal_year}",
        "Form ผด.01 summary of projects and budget, fiscal year {fiscal_year}",
    ),
    "ui.rollup.subtotal": ("รวม", "Subtotal"),
    "ui.rollup.total": ("รวมทั้งสิ้น", "Total"),
    "ui.rollup.columns": (
        "ยุทธศาสตร์/แผนงาน|โครงการ|ร้อยละ|งบประมาณ|ร้อยละ|หน่วยดำเนินการ",
        "Strategy/plan area|Projects|%|Budget|%|Agencies",
    ),
    "ui.deadlines.plan_due": ("ต้องจัดทำแผนให้แล้วเสร็จภายในวันที่", "Plan due by"),
    "ui.deadlines.post_by": ("ต้องปิดประกาศภายในวันที่", "Post by"),
    "ui.deadlines.keep_posted_through": ("ต้องปิดประกาศไว้อย่างน้อยถึงวันที่", "Keep posted through"),
    "ui.deadlines.take_down_from": ("ปลดประกาศได้ตั้งแต่วันที่", "May take down from"),
    "ui.deadlines.unknown": ("(ยังไม่ทราบ ต้องกรอกวันที่ที่เกี่ยวข้อง)", "(unknown: enter the date it depends on)"),
    "ui.bad_date_arg": (
        'อ่านวันที่ "{value}" ไม่ได้ กรุณาพิมพ์ เช่น 2025-10-01, 2568-10-01 หรือ "1 ต.ค. 2568"',
        'Cannot read the date "{value}"; use e.g. 2025-10-01, 2568-10-01 or "1 ต.ค. 2568"',
    ),
    "ui.demo.step": ("ขั้นตอน {n}: {what}", "Step {n}: {what}"),
    "ui.demo.done": ("เสร็จแล้ว ไฟล์ทั้งหมดอยู่ในโฟลเดอร์ {path}", "Done: all files are in {path}"),
    "ui.internal_error": (
        "เกิดข้อผิดพลาดที่ไม่คาดคิด รายละเอียดบันทึกไว้ที่ {log} กรุณาส่งไฟล์นี้ให้ผู้ดูแลระบบ",
        "Unexpected error; details were written to {log}",
    ),
    # ---- command line help ------------------------------------------------------------------------
    "ui.cli.description": (
        "opplan: จัดทำแผนการดำเนินงานขององค์กรปกครองส่วนท้องถิ่นจากสมุดงาน Excel มาตรฐาน",
        "opplan: the operational plan of a Thai local government from the standard Excel workbook",
    ),
    "ui.cli.lang": ("ภาษาของข้อความ (th หรือ en)", "language of the output (th or en)"),
    "ui.cli.example": ("เขียนสมุดงานตัวอย่างที่กรอกข้อมูลแล้ว", "write a filled example workbook"),
    "ui.cli.validate": ("ตรวจสอบข้อมูลในสมุดงาน", "check a workbook"),
    "ui.cli.rollup": ("สรุปจำนวนโครงการและงบประมาณ (แบบ ผด.01)", "summarise projects and budget (form ผด.01)"),
    "ui.cli.deadlines": ("คำนวณกำหนดเวลาตามข้อ ๒๖ และข้อ ๒๗", "compute the rule 26 and 27 deadlines"),
    "ui.cli.demo": ("สาธิตการทำงานทั้งหมดกับแผนตัวอย่าง", "run the whole job on the sample plan"),
    "ui.cli.book": ("สมุดงานมาตรฐาน (.xlsx หรือ .xlsm)", "standard workbook (.xlsx or .xlsm)"),
    "ui.cli.book_optional": ("สมุดงานมาตรฐาน (ไม่บังคับ)", "standard workbook (optional)"),
    "ui.cli.json": ("แสดงผลเป็น JSON", "print JSON"),
    "ui.cli.max_size": ("ขนาดไฟล์สูงสุดที่ยอมให้อ่าน (MB)", "largest file size accepted (MB)"),
    "ui.cli.budget_act_date": ("วันที่ประกาศใช้งบประมาณรายจ่าย", "date the budget act was announced"),
    "ui.cli.announced_date": ("วันที่ประกาศใช้แผนการดำเนินงาน", "date the plan was announced"),
    "ui.cli.posted_date": ("วันที่ปิดประกาศ", "date the plan was posted"),
    "ui.cli.taken_down_date": ("วันที่ปลดประกาศ", "date the plan was taken down"),
    "ui.cli.roll_forward": (
        "เลื่อนวันครบกำหนดที่ตรงกับวันหยุดไปวันทำการถัดไป (มาตรา ๑๙๓/๘)",
        "move deadlines that fall on holidays to the next working day (s.193/8)",
    ),
    "ui.cli.out_xlsx": ("ไฟล์ที่จะเขียน (.xlsx)", "file to write (.xlsx)"),
    "ui.cli.projects": ("จำนวนโครงการสังเคราะห์ (สำหรับทดสอบความเร็ว)", "number of synthetic projects (benchmarks)"),
    "ui.cli.seed": ("ค่าเริ่มต้นของการสุ่ม", "random seed"),
    "ui.cli.dir": ("โฟลเดอร์ที่จะเก็บไฟล์", "folder for the files"),
    "ui.demo.write_workbook": ("เขียนสมุดงานตัวอย่าง", "write the sample workbook"),
    "ui.demo.validate": ("ตรวจสอบข้อมูล", "validate it"),
    "ui.demo.summary": ("สรุปโครงการและงบประมาณ (แบบ ผด.01)", "the ผด.01 summary"),
    # ---- argparse's own texts, in Thai (cli.py installs them; the English is argparse's exact text) ----
    "argparse.usage": ("วิธีใช้: ", "usage: "),
    "argparse.positional": ("ข้อมูลที่ต้องระบุ", "positional arguments"),
    "argparse.options": ("ตัวเลือก", "options"),
    "argparse.help": ("แสดงวิธีใช้แล้วจบ", "show this help message and exit"),
    "argparse.version": ("แสดงรุ่นของโปรแกรมแล้วจบ", "show program's version number and exit"),
    "argparse.error": (
        "%(prog)s: ข้อผิดพลาด: %(message)s\nพิมพ์ opplan --help หรือ opplan <คำสั่ง> --help เพื่อดูวิธีใช้\n",
        "%(prog)s: error: %(message)s\n",
    ),
    "argparse.argument": ("ตัวเลือก %(argument_name)s: %(message)s", "argument %(argument_name)s: %(message)s"),
    "argparse.required": ("ยังไม่ได้ระบุ: %s", "the following arguments are required: %s"),
    "argparse.unrecognized": ("ไม่รู้จัก: %s", "unrecognized arguments: %s"),
    "argparse.choice": (
        "ไม่มีตัวเลือก %(value)r (เลือกจาก %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "argparse.one": ("ต้องระบุค่าหนึ่งค่า", "expected one argument"),
    "argparse.type": ("ค่า %(value)r ไม่ถูกต้อง", "invalid %(type)s value: %(value)r"),
    "argparse.ambiguous": (
        "ตัวเลือก %(option)s กำกวม อาจหมายถึง %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "argparse.open": ("เปิดไฟล์ '%(filename)s' ไม่ได้: %(error)s", "can't open '%(filename)s': %(error)s"),
    "ui.file_locked": (
        "บันทึกหรือเปิดไฟล์ {path} ไม่ได้ เพราะไฟล์เปิดอยู่ในโปรแกรมอื่น (เช่น Word หรือ Excel) หรือไม่มีสิทธิ์เขียน กรุณาปิดไฟล์นั้นแล้วลองใหม่",
        "Cannot write or open {path}: it is open in another program (Word, Excel) or not writable; close it and retry",
    ),
    "ui.file_error": (
        "บันทึกหรือเปิดไฟล์ {path} ไม่ได้ ({detail}) กรุณาตรวจสอบว่าโฟลเดอร์มีอยู่และพื้นที่ดิสก์ยังว่าง",
        "Cannot write or open {path} ({detail}); check the folder exists and the disk has space",
    ),
}
