"""Messages of the excel area (see messages/__init__.py): the ribbon's message boxes, the results and help
sheets of OpPlan.xlsm, the worksheet functions, ``opplan build-workbook`` and ``opplan excel-setup``."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- worksheet functions (function wizard; Excel limits each text to 255 characters) -----------------------
    "udf.OPPLAN_DUE": (
        'วันสุดท้ายของระยะเวลา "ภายใน N วันนับแต่วันที่..." (ไม่นับวันแรก) '
        "ถ้า roll_forward เป็น TRUE และวันนั้นเป็นวันหยุด จะเลื่อนเป็นวันทำการถัดไป",
        'The last day of "within N days of D" (D + N); roll_forward moves a day off to the next working day',
    ),
    "udf.OPPLAN_POST_BY": (
        "วันสุดท้ายที่ต้องปิดประกาศแผนการดำเนินงาน (ภายใน 15 วันนับแต่วันประกาศใช้ ข้อ ๒๖ (๒))",
        "Last day to post the plan (15 days after its announcement, rule 26 (2))",
    ),
    "udf.OPPLAN_TAKE_DOWN_FROM": (
        "วันแรกที่ปลดประกาศได้ (ปิดประกาศไว้ไม่น้อยกว่า 30 วัน ข้อ ๒๖ (๒))",
        "First day the plan may be taken down (posted at least 30 days, rule 26 (2))",
    ),
    "udf.OPPLAN_POSTING_STATUS": (
        "สถานะการปิดประกาศแผนการดำเนินงาน เป็นข้อความภาษาไทย จากวันประกาศใช้ วันปิดประกาศ และวันปลดประกาศ",
        "Where the posting of the plan stands, in Thai, from the announcement, posting and take-down dates",
    ),
    "udf.OPPLAN_THAIDATE": (
        "วันที่เป็นข้อความภาษาไทยแบบเต็ม เช่น 15 ตุลาคม พ.ศ. 2568 (ใส่ TRUE ช่องที่สองเพื่อใช้เลขไทย)",
        "A date as formal Thai text, e.g. 15 ตุลาคม พ.ศ. 2568 (TRUE in the 2nd argument for Thai digits)",
    ),
    "udf.OPPLAN_BAHTTEXT": (
        "จำนวนเงินเป็นตัวอักษรภาษาไทย เช่น หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน",
        "An amount in Thai words, like Excel's BAHTTEXT",
    ),
    "udf.arg.start_date": ("วันที่เริ่มนับ (วันแรกไม่นับ)", "the date counted from (not itself counted)"),
    "udf.arg.days": ("จำนวนวัน เช่น 15 หรือ 30", "number of days, e.g. 15 or 30"),
    "udf.arg.roll_forward": (
        "TRUE = เลื่อนวันหยุดไปวันทำการถัดไป (ไม่ใส่ = ไม่เลื่อน ตามมาตรา ๖๔)",
        "TRUE moves a day off to the next working day (default: no, section 64)",
    ),
    "udf.arg.announced": ("วันที่ประกาศใช้แผนการดำเนินงาน", "date the plan was announced"),
    "udf.arg.posted": ("วันที่ปิดประกาศ", "date the plan was posted"),
    "udf.arg.taken_down": ("วันที่ปลดประกาศ (ถ้ามี)", "date the plan was taken down (if any)"),
    "udf.arg.date_value": ("วันที่ (เซลล์วันที่ หรือข้อความ เช่น 1 ต.ค. 2568)", "a date (date cell or text)"),
    "udf.arg.thai_digits": ("TRUE = ใช้เลขไทย", "TRUE for Thai digits"),
    "udf.arg.amount": ("จำนวนเงิน (บาท)", "amount in baht"),
    "udf.bad_date": ("อ่านวันที่ไม่ได้: {value}", "Not a date: {value}"),
    "udf.be_as_ce": (
        "ปี {value} เป็นปี พ.ศ. ที่ Excel อ่านเป็น ค.ศ. กรุณาพิมพ์ปี ค.ศ. (ลบ 543)",
        "Year {value} is a BE year read as CE; type the CE year (minus 543)",
    ),
    "udf.bad_days": ("จำนวนวันต้องเป็นจำนวนเต็ม 0 ถึง 3650: {value}", "Days must be a whole number 0-3650: {value}"),
    "udf.bad_flag": ("ใส่ TRUE หรือ FALSE (ใช่ หรือ ไม่ใช่): {value}", "Use TRUE or FALSE: {value}"),
    "udf.bad_amount": ("อ่านจำนวนเงินไม่ได้: {value}", "Not an amount: {value}"),
    "udf.status.not_announced": ("ยังไม่ได้ประกาศใช้แผน", "Plan not announced yet"),
    "udf.status.not_posted": ("ยังไม่ได้ปิดประกาศ ต้องปิดประกาศภายใน {post_by}", "Not posted yet: post by {post_by}"),
    "udf.status.posted_early": (
        "ปิดประกาศก่อนวันประกาศใช้แผน ({announced}) ไม่ถูกต้อง",
        "Posted before the plan was announced ({announced})",
    ),
    "udf.status.posted": (
        "ปิดประกาศแล้ว ปลดประกาศได้ตั้งแต่ {take_down_from}",
        "Posted; may come down from {take_down_from}",
    ),
    "udf.status.posted_late": (
        "ปิดประกาศล่าช้า (ต้องภายใน {post_by}) ปลดประกาศได้ตั้งแต่ {take_down_from}",
        "Posted late (due {post_by}); may come down from {take_down_from}",
    ),
    "udf.status.taken_down_early": (
        "ปลดประกาศก่อนครบ 30 วัน (ปลดได้ตั้งแต่ {take_down_from})",
        "Taken down before 30 days (allowed from {take_down_from})",
    ),
    "udf.status.done": ("ปิดประกาศครบถ้วนตามระเบียบ", "Posted as the rules require"),
    "udf.status.done_late": (
        "ปิดประกาศครบ 30 วัน แต่ปิดประกาศล่าช้า (ต้องภายใน {post_by})",
        "Posted for 30 days, but late (due {post_by})",
    ),
    # ---- the ribbon's message boxes -------------------------------------------------------------------------------
    "xl.title.validate": ("แผนการดำเนินงาน: ตรวจสอบข้อมูล", "OpPlan: validate"),
    "xl.title.generate": ("แผนการดำเนินงาน: สร้างเอกสาร", "OpPlan: generate document"),
    "xl.title.summary": ("แผนการดำเนินงาน: สรุปงบประมาณ", "OpPlan: refresh summary"),
    "xl.title.deadlines": ("แผนการดำเนินงาน: ตรวจกำหนดเวลา", "OpPlan: deadlines"),
    "xl.title.other": ("แผนการดำเนินงาน", "OpPlan"),
    "xl.validate.ok": (
        "ตรวจสอบแล้ว ไม่พบข้อผิดพลาด ทุกแถวในคอลัมน์ {status} เป็น {ok}",
        "Checked: no errors; every row's {status} is {ok}",
    ),
    "xl.validate.found": (
        "{counts}\nดูรายละเอียดในแผ่นงาน {sheet} คลิกที่ตำแหน่งเพื่อไปยังเซลล์ที่ต้องแก้ และดูคอลัมน์ {status} ของแต่ละแถว",
        "{counts}\nSee the sheet {sheet} (click a place to go to its cell) and the {status} column",
    ),
    "xl.summary.done": (
        "สร้างตาราง ผด.01 ใหม่แล้ว: {strategies} ยุทธศาสตร์ {pairs} แผนงาน โครงการ {projects} โครงการ "
        "งบประมาณรวม {budget} บาท",
        "Rebuilt ผด.01: {strategies} strategies, {pairs} plan areas, {projects} projects, {budget} baht",
    ),
    "xl.summary.missing": (
        "สร้างตารางสรุปไม่ได้ เพราะไม่พบแผ่นงาน {sheet} หรือตารางโครงการ กดปุ่ม ตรวจสอบ เพื่อดูรายละเอียด",
        "Cannot rebuild the summary: the sheet {sheet} or the projects table is missing",
    ),
    "xl.has_errors": (
        "ข้อมูลยังมีข้อผิดพลาด {n} รายการ ผลที่ได้อาจไม่ครบถ้วน กดปุ่ม ตรวจสอบ เพื่อดูรายละเอียด",
        "The data still has {n} errors; the result may be incomplete (press Validate)",
    ),
    "xl.deadlines.none": (
        "ยังคำนวณกำหนดเวลาไม่ได้ กรุณากรอกวันที่ประกาศใช้ข้อบัญญัติ/เทศบัญญัติงบประมาณ วันที่ประกาศใช้แผน หรือวันที่ปิดประกาศ ในแผ่นงาน {sheet}",
        "No deadline yet: enter the budget act, announcement or posting date on the sheet {sheet}",
    ),
    "xl.deadlines.see": ("ดูรายละเอียดในแผ่นงาน {sheet}", "Details on the sheet {sheet}"),
    "xl.generate.done": ("บันทึกเอกสารไว้ข้างสมุดงานแล้ว:\n{files}", "Saved next to the workbook:\n{files}"),
    "xl.generate.elsewhere": (
        "สมุดงานนี้ไม่ได้อยู่ในเครื่อง (เช่น เปิดจาก OneDrive หรือ SharePoint) จึงบันทึกเอกสารไว้ที่:\n{files}",
        "The workbook is not on this computer (OneDrive/SharePoint); saved to:\n{files}",
    ),
    "xl.generate.word_failed": (
        "Microsoft Word แปลงเอกสารเป็น PDF ไม่สำเร็จ ({reason}) จึงใช้ LibreOffice แทน",
        "Microsoft Word could not make the PDF ({reason}); LibreOffice is used instead",
    ),
    "xl.unknown_action": (
        "ไม่รู้จักคำสั่ง {action} สมุดงานนี้อาจใหม่กว่าโปรแกรม opplan ที่ติดตั้งไว้ กรุณาปรับรุ่นโปรแกรม",
        "Unknown action {action}: the workbook may be newer than the installed opplan",
    ),
    "xl.version_mismatch": (
        "หมายเหตุ: สมุดงานนี้สร้างสำหรับ xlwings รุ่น {book} แต่เครื่องนี้ติดตั้งรุ่น {installed} "
        "บน Mac ปุ่มอาจใช้ไม่ได้ และฟังก์ชัน OPPLAN_ อาจคำนวณไม่ได้ วิธีแก้: สร้างสมุดงานใหม่ที่มีข้อมูลเดิม "
        'ด้วยคำสั่ง opplan build-workbook --from "{name}" -o ชื่อไฟล์ใหม่.xlsm',
        "Note: this workbook was built for xlwings {book} but {installed} is installed; rebuild it with "
        'opplan build-workbook --from "{name}"',
    ),
    # ASCII on purpose: with no workbook there is no message box, and xlwings shows this through an ANSI log file
    # (Thai would arrive garbled on a non-Thai Windows).
    "xl.no_caller": (
        "opplan: cannot find the Excel workbook that called it (details: {log})",
        "opplan: cannot find the Excel workbook that called it (details: {log})",
    ),
    # ---- the status bar while a button works (Excel's bottom line; "…" is added) ---------------------------------
    "xl.status.working": ("กำลังทำงาน", "Working"),
    "xl.status.validate": ("กำลังตรวจสอบข้อมูล", "Validating"),
    "xl.status.generate": ("กำลังสร้างเอกสาร", "Making the document"),
    "xl.status.certificate": ("กำลังสร้างใบรับรองการปิดประกาศ", "Making the posting certificate"),
    "xl.status.certificate_pdf": ("กำลังสร้างใบรับรองการปิดประกาศและ PDF", "Making the certificate and its PDF"),
    "xl.status.word_pdf": ("กำลังสร้าง PDF ด้วย Microsoft Word", "Making the PDF with Microsoft Word"),
    "xl.status.summary": ("กำลังสร้างตาราง ผด.01", "Rebuilding ผด.01"),
    "xl.status.deadlines": ("กำลังคำนวณกำหนดเวลา", "Computing the deadlines"),
    "xl.status.export_form": ("กำลังสร้างแบบฟอร์มหน่วยงาน", "Making the agency form"),
    "xl.status.merge": ("กำลังรวมแบบฟอร์มหน่วยงาน", "Merging the agency forms"),
    "xl.status.import": ("กำลังนำเข้าแผนที่ทำเอง", "Importing the hand-made plan"),
    "xl.status.new_year": ("กำลังสร้างแผนปีใหม่", "Making next year's workbook"),
    "xl.status.progress_report": ("กำลังสร้างรายงานผล", "Making the progress report"),
    "xl.status.diff": ("กำลังเปรียบเทียบสมุดงาน", "Comparing the workbooks"),
    "xl.status.amend": ("กำลังสร้างการแก้ไข/เพิ่มเติม", "Making the amendment"),
    # ---- เปรียบเทียบสมุดงาน (diff) and สร้างการแก้ไข/เพิ่มเติม (amend) ------------------------------------------
    "xl.title.diff": ("แผนการดำเนินงาน: เปรียบเทียบสมุดงาน", "OpPlan: compare workbooks"),
    "xl.title.amend": ("แผนการดำเนินงาน: สร้างการแก้ไข/เพิ่มเติม", "OpPlan: make an amendment"),
    "xl.amend.ask_old": (
        "เลือกสมุดงานแผนเดิม (ฉบับที่ประกาศใช้แล้ว) เพื่อเทียบกับสมุดงานที่เปิดอยู่นี้",
        "Pick the old plan workbook (as announced) to compare with this one",
    ),
    "xl.amend.cancelled": ("ยกเลิกแล้ว ไม่ได้เปลี่ยนแปลงสิ่งใด", "Cancelled; nothing changed"),
    "xl.amend.one_file": (
        "เลือกสมุดงานแผนเดิมได้ครั้งละหนึ่งไฟล์ (เลือกไว้ {n} ไฟล์) กรุณากดปุ่มอีกครั้งแล้วเลือกไฟล์เดียว",
        "Pick one old workbook (you picked {n})",
    ),
    "xl.amend.old_is_open": (
        "ไฟล์ที่เลือก ({name}) คือสมุดงานที่เปิดอยู่นี้เอง ให้เลือกสมุดงานแผนเดิมอีกไฟล์หนึ่ง (สมุดงานที่เปิดอยู่คือฉบับที่แก้ไขแล้ว)",
        "The file picked ({name}) is this workbook; pick the old plan",
    ),
    "xl.amend.unreadable": (
        "อ่านสมุดงานแผนเดิม {name} ไม่ได้:\n{reasons}",
        "Cannot read the old workbook {name}:\n{reasons}",
    ),
    "xl.results.diff": (
        "ผลการเปรียบเทียบกับ {old} {when}: เพิ่ม {added} แก้ไข {changed} ลบ/ยกเลิก {removed} จับคู่ไม่ได้ {ambiguous}",
        "Compared with {old} on {when}: {added} added, {changed} changed, {removed} removed, {ambiguous} ambiguous",
    ),
    "xl.results.diff_note": (
        "ข้อสังเกตแต่ละรายการคือสิ่งที่สมุดงานนี้ต่างจากแผนเดิม ไม่ใช่ข้อผิดพลาด "
        "ถ้าถูกต้องแล้ว กดปุ่ม สร้างการแก้ไข/เพิ่มเติม เพื่อทำสมุดงานการแก้ไขครั้งใหม่",
        "Each note is a difference from the old plan, not an error; press สร้างการแก้ไข/เพิ่มเติม to make the amendment",
    ),
    "xl.diff.none": (
        "สมุดงานนี้กับ {old} มีโครงการและครุภัณฑ์เหมือนกัน ไม่มีรายการเปลี่ยนแปลง",
        "This workbook and {old} have the same projects and equipment",
    ),
    "xl.diff.done": (
        "เปรียบเทียบกับ {old} แล้ว: เพิ่ม {added} แก้ไข {changed} ลบ/ยกเลิก {removed} รายการ\n"
        "ดูรายละเอียดในแผ่นงาน {sheet} คลิกที่ตำแหน่งเพื่อไปยังเซลล์ที่ต่างจากแผนเดิม",
        "Compared with {old}: {added} added, {changed} changed, {removed} removed; details on {sheet}",
    ),
    "xl.diff.ambiguous": (
        "มีแถวที่จับคู่กับแผนเดิมไม่ได้ {n} แถว (ดูแผ่นงาน {sheet}) ต้องแก้ก่อนสร้างการแก้ไข/เพิ่มเติม",
        "{n} rows could not be matched with the old plan (see {sheet}); fix them before making the amendment",
    ),
    "I-DIFF-ADDED": ("เพิ่ม: {name} (ไม่มีในแผนเดิม {old})", "Added: {name} (not in {old})"),
    "I-DIFF-CHANGED": (
        "แก้ไข: {name} ช่อง {field} จาก {before} เป็น {after}",
        "Changed: {name}, {field_en}: {before} → {after}",
    ),
    "I-DIFF-REMOVED": (
        "ลบ/ยกเลิก: {name} (แถว {row} ของแผ่นงาน {old_sheet} ใน {old}) ไม่มีในสมุดงานนี้",
        "Removed: {name} (row {row} of {old_sheet} in {old}) is not in this workbook",
    ),
    "xl.amend.ask_kind": (
        "ประเภทของการแก้ไขครั้งนี้ พิมพ์ชื่อหรือหมายเลข:\n{choices}",
        "The kind of this amendment (name or number):\n{choices}",
    ),
    "xl.amend.ask_event": (
        "เหตุที่แก้ไข/เพิ่มเติม พิมพ์ชื่อหรือหมายเลข:\n{choices}",
        "The event behind it (name or number):\n{choices}",
    ),
    "xl.amend.ask_date": (
        "วันที่ของเหตุ เช่น วันที่ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติม หรือวันที่อนุมัติโอนงบประมาณ "
        "(ข้อ ๒๗ นับ 30 วันจากวันที่ของเหตุ) เช่น {example}",
        "The date of the event (rule 27 counts 30 days from it), e.g. {example}",
    ),
    "xl.amend.again": ('"{answer}" ไม่ใช่คำตอบในรายการ กรุณาพิมพ์อีกครั้ง', '"{answer}" is not one of the choices'),
    "xl.amend.again_date": (
        '"{answer}" อ่านเป็นวันที่ไม่ได้ กรุณาพิมพ์อีกครั้ง เช่น 12 มี.ค. 2570 หรือ 2027-03-12',
        '"{answer}" is not a date',
    ),
    "xl.amend.nothing": (
        "สมุดงานนี้กับ {old} ไม่มีรายการเปลี่ยนแปลง จึงไม่ได้สร้างการแก้ไข/เพิ่มเติม",
        "No differences from {old}: no amendment made",
    ),
    "xl.amend.ambiguous": (
        "ยังสร้างการแก้ไขไม่ได้ เพราะมีแถวที่จับคู่กับแผนเดิมไม่ได้ {n} แถว ไม่ได้เขียนไฟล์ใด:\n{rows}\n"
        "กดปุ่ม เปรียบเทียบสมุดงาน เพื่อดูทุกรายการพร้อมลิงก์ไปยังเซลล์",
        "Not written: {n} rows could not be matched with the old plan:\n{rows}",
    ),
    "xl.amend.done": (
        "สร้างการ{kind} ครั้งที่ {number} แล้ว: เพิ่ม {added} แก้ไข {changed} ยกเลิก {removed} รายการ\n"
        "บันทึกเป็นสมุดงานใหม่:\n{path}\n"
        "สมุดงานที่เปิดอยู่และ {old} ไม่ถูกแก้ไข เปิดสมุดงานใหม่แล้วกด สร้างเอกสาร เพื่อทำเอกสารการแก้ไขครั้งนี้",
        "Made amendment {number} ({kind}): {added} added, {changed} changed, {removed} cancelled\nWritten to:\n{path}",
    ),
    "xl.amend.has_errors": (
        "สมุดงานใหม่มีข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ เปิดสมุดงานใหม่แล้วกดปุ่ม ตรวจสอบ เพื่อดูรายละเอียด",
        "The new workbook has {errors} errors and {warnings} warnings; open it and press Validate",
    ),
    # ---- the results sheet ----------------------------------------------------------------------------------------
    "xl.results.columns": (
        "ที่|ระดับ|ตำแหน่ง (คลิกเพื่อไปที่เซลล์)|รายละเอียด|รหัส",
        "No.|Severity|Where (click to go there)|Message|Code",
    ),
    "xl.results.none": ("ไม่มีรายการที่ต้องแก้ไข", "Nothing to fix"),
    "xl.results.when": ("{date} เวลา {time} น.", "{date} {time}"),
    "xl.results.not_yet": (
        "ยังไม่ได้ตรวจสอบ กดปุ่ม ตรวจสอบ บนแถบ แผนการดำเนินงาน แล้วผลจะแสดงที่นี่",
        "Not checked yet: press Validate on the แผนการดำเนินงาน tab",
    ),
    "xl.results.validated": ("ผลการตรวจสอบข้อมูล {when}: {counts}", "Validation of {when}: {counts}"),
    "xl.results.deadlines": ("ผลการตรวจกำหนดเวลา {when}: {counts}", "Deadline check of {when}: {counts}"),
    # ---- the วิธีใช้ sheet -------------------------------------------------------------------------------------------
    "xl.help.title": ("วิธีใช้สมุดงานแผนการดำเนินงาน", "How to use the operational plan workbook"),
    "xl.help.fill.title": ("1. กรอกข้อมูล", "1. Enter the data"),
    "xl.help.fill": (
        "• {settings}: ชื่อ อปท. ปีงบประมาณ (พ.ศ.) ผู้บริหาร และวันที่ต่าง ๆ ช่องตัวหนาต้องกรอก\n"
        "• {strategies}: รหัสและชื่อยุทธศาสตร์การพัฒนา หนึ่งแถวต่อหนึ่งยุทธศาสตร์\n"
        "• {projects}: หนึ่งแถวต่อหนึ่งโครงการ เลือกยุทธศาสตร์ แผนงาน และหน่วยงานจากลูกศรในช่อง "
        "และใส่ ✓ ในเดือนที่ดำเนินการ (หรือพิมพ์ระยะเวลาดำเนินการ)\n"
        "• {equipment}: ครุภัณฑ์ที่ไม่ได้อยู่ในโครงการ หนึ่งแถวต่อหนึ่งรายการ\n"
        "• {summary}: คำนวณเองด้วยสูตร ไม่ต้องพิมพ์ ถ้าเพิ่มยุทธศาสตร์หรือแผนงานใหม่ ให้กดปุ่ม สรุปงบประมาณ\n"
        "• {lists}: รายการให้เลือกในช่องต่าง ๆ เพิ่มรายการต่อท้ายตารางได้\n"
        "• {amendments}: หนึ่งแถวต่อการแก้ไข/เพิ่มเติมแต่ละครั้ง (ประเภท เหตุ วันที่ประกาศ วันที่ปิดและปลดประกาศ) "
        "ค่าเดิมของโครงการที่แก้ไขอยู่ในแผ่นงาน {history} ห้ามลบแถวโครงการที่ยกเลิก ให้ใส่เลขครั้งในช่อง ยกเลิกโดยครั้งที่\n"
        "• {paragraphs}: ข้อความของประกาศ คำนำ และส่วนที่ ๑ แก้ถ้อยคำได้ตามที่สำนักงานใช้ คำในวงเล็บปีกกา "
        "เช่น {{ชื่ออปท}} จะถูกแทนด้วยข้อมูลของแผน ช่องที่เว้นว่างจะใช้ข้อความมาตรฐาน\n"
        "• คอลัมน์ผลการดำเนินงาน (ด้านขวาของ {projects} และ {equipment}): กรอกเมื่อติดตามผล "
        "ไม่พิมพ์ในเอกสารแผน ใช้กับปุ่ม รายงานผล",
        "• {settings}: the organisation, fiscal year, executive and dates (bold rows are required)\n"
        "• {strategies}: one row per strategy\n"
        "• {projects}: one row per project; pick from the drop-downs and tick the months\n"
        "• {equipment}: equipment outside the projects\n"
        "• {summary}: formulas; press สรุปงบประมาณ after adding a strategy or plan area\n"
        "• {lists}: the drop-down lists; add items at the end\n"
        "• {amendments}: one row per amendment; earlier values of changed projects are on {history}; cancel a "
        "project with its amendment number, never delete its row\n"
        "• {paragraphs}: the wording of the announcement, preface and part 1; words in braces such as {{ชื่ออปท}} "
        "are filled from the plan; an empty cell uses the standard text\n"
        "• the progress columns (right of {projects} and {equipment}): filled in when reporting; not printed "
        "in the plan; used by รายงานผล",
    ),
    "xl.help.buttons.title": ("2. ปุ่มบนแถบ แผนการดำเนินงาน", "2. The buttons on the แผนการดำเนินงาน tab"),
    "xl.help.buttons": (
        "• ตรวจสอบ: ตรวจข้อมูลทั้งหมด แสดงรายการที่ต้องแก้ในแผ่นงาน {results} (คลิกตำแหน่งเพื่อไปยังเซลล์) "
        "และเขียนผลในคอลัมน์ {status} ของแต่ละแถว (ผ่าน / ตรวจสอบ / ผิดพลาด) โดยไม่แก้ข้อมูลที่กรอกไว้\n"
        "• สร้างเอกสาร: จัดทำเอกสารแผนการดำเนินงาน (Word และ PDF ถ้าเครื่องมี Microsoft Word หรือ LibreOffice) "
        "บันทึกไว้ในโฟลเดอร์เดียวกับสมุดงานนี้ ไฟล์เดิมจะถูกเก็บไว้เป็นสำเนาที่มีเลขกำกับ\n"
        "• สรุปงบประมาณ: สร้างตาราง {summary} ใหม่ให้ครบทุกยุทธศาสตร์และแผนงาน ข้อความที่พิมพ์ไว้ใต้ตาราง "
        "(เช่น ช่องลงชื่อ) จะเลื่อนตามตารางโดยไม่ถูกลบ\n"
        "• ตรวจกำหนดเวลา: คำนวณวันที่ต้องจัดทำแผนให้เสร็จ ปิดประกาศ และปลดประกาศ ตามข้อ ๒๖ และข้อ ๒๗\n"
        "• ใบรับรองการปิดประกาศ: จัดทำได้เมื่อถึงวันที่ปลดประกาศแล้ว\n"
        "• ส่งแบบฟอร์มหน่วยงาน / รวมแบบฟอร์มหน่วยงาน: ให้หน่วยงานอื่นกรอกโครงการของตนแล้วรวมกลับ "
        "(ถ้าประกาศแผนแล้ว จะรวมเป็นการแก้ไข/เพิ่มเติม)\n"
        "• นำเข้าแผนที่ทำเอง / สร้างแผนปีใหม่: เริ่มจากแผนที่ทำเองใน Excel หรือจากสมุดงานปีนี้\n"
        "• รายงานผล: รายงานผลการดำเนินงานรอบ ๖ เดือน และประจำปี (Word และ Excel)\n"
        "• เปรียบเทียบสมุดงาน: เปิดสำเนาที่แก้ไขแล้ว กดปุ่ม แล้วเลือกสมุดงานแผนเดิม ทุกรายการที่ต่างกันจะแสดงในแผ่นงาน "
        "{results} พร้อมลิงก์ไปยังเซลล์\n"
        "• สร้างการแก้ไข/เพิ่มเติม: เลือกสมุดงานแผนเดิม ตอบประเภท เหตุ และวันที่ของเหตุ แล้วได้สมุดงานการแก้ไขครั้งใหม่ "
        "ไว้ข้างสมุดงานนี้ (สมุดงานทั้งสองไม่ถูกแก้ไข)",
        "• ตรวจสอบ (Validate): lists every problem on {results} with links, and a status per row in {status}\n"
        "• สร้างเอกสาร (Generate): the formal document (Word, and PDF with Microsoft Word or LibreOffice) next to "
        "this workbook\n"
        "• สรุปงบประมาณ (Summary): rebuilds {summary}; lines typed below it move with it\n"
        "• ตรวจกำหนดเวลา (Deadlines): the rule 26 and 27 dates\n"
        "• ใบรับรองการปิดประกาศ (Certificate): after the take-down date\n"
        "• ส่งแบบฟอร์มหน่วยงาน / รวมแบบฟอร์มหน่วยงาน (Agency forms): out and back in (an amendment once announced)\n"
        "• นำเข้าแผนที่ทำเอง / สร้างแผนปีใหม่ (Import, New year)\n"
        "• รายงานผล (Progress report): the 6-month and yearly reports\n"
        "• เปรียบเทียบสมุดงาน (Compare): every difference from the old plan, on {results}\n"
        "• สร้างการแก้ไข/เพิ่มเติม (Amendment): the next amendment as a new workbook beside this one",
    ),
    "xl.help.dates.title": ("3. การพิมพ์วันที่", "3. Typing dates"),
    "xl.help.dates": (
        "พิมพ์วันที่เป็นปี ค.ศ. เช่น 15/9/2026 สำหรับ 15 ก.ย. 2569 ช่องวันที่จะแสดงเป็นปี พ.ศ. ให้เอง "
        "ถ้าพิมพ์ปี พ.ศ. Excel จะเข้าใจเป็นปี ค.ศ. และปุ่ม ตรวจสอบ จะแจ้งให้แก้",
        "Type CE years (15/9/2026); the cells show BE years. A BE year typed as CE is reported by Validate.",
    ),
    "xl.help.functions.title": ("4. ฟังก์ชันเพิ่มเติม (Excel บน Windows)", "4. Extra functions (Excel for Windows)"),
    "xl.help.functions": (
        "ใช้ในเซลล์ของท่านเองได้ (ช่องต่าง ๆ ของสมุดงานนี้ไม่ได้ใช้ฟังก์ชันเหล่านี้ ผู้ที่ไม่มีโปรแกรมนี้จึงเปิดดูได้ตามปกติ):\n"
        "• =OPPLAN_DUE(วันที่, 30) วันสุดท้ายของระยะเวลา ภายใน 30 วันนับแต่วันที่นั้น\n"
        "• =OPPLAN_POST_BY(วันประกาศใช้แผน) วันสุดท้ายที่ต้องปิดประกาศ\n"
        "• =OPPLAN_TAKE_DOWN_FROM(วันปิดประกาศ) วันแรกที่ปลดประกาศได้\n"
        "• =OPPLAN_POSTING_STATUS(วันประกาศใช้, วันปิดประกาศ, วันปลดประกาศ) สถานะการปิดประกาศ\n"
        "• =OPPLAN_THAIDATE(วันที่) วันที่เป็นข้อความ เช่น 15 ตุลาคม พ.ศ. 2568\n"
        "• =OPPLAN_BAHTTEXT(จำนวนเงิน) จำนวนเงินเป็นตัวอักษร\n"
        "เซลล์ที่ได้วันที่ ให้ตั้งรูปแบบเป็นวันที่ (คลิกขวา › จัดรูปแบบเซลล์)",
        "For your own cells (this workbook's cells never use them): OPPLAN_DUE, OPPLAN_POST_BY, "
        "OPPLAN_TAKE_DOWN_FROM, OPPLAN_POSTING_STATUS, OPPLAN_THAIDATE, OPPLAN_BAHTTEXT. Format date results as dates.",
    ),
    "xl.help.trouble.title": ("5. ถ้าปุ่มไม่ทำงาน", "5. If the buttons do not work"),
    "xl.help.trouble": (
        "• ไม่เห็นแถบ แผนการดำเนินงาน หรือกดแล้วขึ้นว่าแมโครถูกปิด: ปิดไฟล์ คลิกขวาที่ไฟล์ › Properties › "
        "ติ๊ก Unblock › OK แล้วเปิดใหม่และกด Enable Content (หรือเก็บไฟล์ไว้ในโฟลเดอร์ Trusted Location)\n"
        "• ขึ้นว่า Could not find Interpreter หรือหา Python ไม่พบ: รันคำสั่ง opplan excel-setup หนึ่งครั้ง\n"
        "• บน Mac ขึ้นว่าให้รัน xlwings runpython install: รันคำสั่ง opplan excel-setup หนึ่งครั้ง\n"
        "• เครื่องที่ใช้แมโครไม่ได้: ใช้คำสั่ง opplan validate ชื่อไฟล์ และคำสั่งอื่น ๆ ของ opplan แทนปุ่มได้ทุกปุ่ม",
        "• No tab, or macros disabled: Unblock the file (Properties) or use a Trusted Location, then Enable Content\n"
        "• Could not find Interpreter: run opplan excel-setup once\n"
        "• Mac asks for xlwings runpython install: run opplan excel-setup once\n"
        "• No macros allowed: the opplan command does every job of the buttons",
    ),
    # ---- opplan build-workbook -------------------------------------------------------------------------------------
    "ui.cli.build-workbook": (
        "สร้างสมุดงานแบบมีแมโคร OpPlan.xlsm (แถบ แผนการดำเนินงาน พร้อมปุ่ม)",
        "build the macro-enabled workbook OpPlan.xlsm (ribbon tab with buttons)",
    ),
    "ui.cli.out_xlsm": (
        "ไฟล์ที่จะเขียน (.xlsm) ค่าเริ่มต้น workbook/OpPlan.xlsm",
        "file to write (.xlsm), default workbook/OpPlan.xlsm",
    ),
    "ui.cli.from_book": (
        "เติมข้อมูลจากสมุดงานที่มีอยู่ (.xlsx หรือ .xlsm) เช่น สมุดงานรุ่นเก่าที่กรอกไว้แล้ว",
        "fill it with the data of an existing workbook (.xlsx or .xlsm)",
    ),
    "ui.build.written": (
        "เขียนสมุดงาน {path} แล้ว ({size} KB, xlwings {version})",
        "Wrote {path} ({size} KB, xlwings {version})",
    ),
    "ui.build.filled": (
        "ใช้ข้อมูลจาก {path}: {projects} โครงการ ครุภัณฑ์ {equipment} รายการ",
        "With the data of {path}: {projects} projects, {equipment} equipment items",
    ),
    "ui.build.not_carried": (
        "สมุดงานใหม่สร้างจากข้อมูลของแผน จึงไม่มีสิ่งที่เพิ่มไว้เองใน {path} ต่อไปนี้ (ไฟล์ {path} ไม่ถูกแก้ไข และยังมีอยู่ครบ):",
        "The new workbook is built from the plan's data, so it lacks these additions of {path} "
        "({path} is unchanged and still has them):",
    ),
    # ---- what a rebuilt workbook (opplan merge, build-workbook --from) does not carry over -----------------------
    "W-REBUILD-SHEET": (
        'แผ่นงาน "{sheet}" ที่เพิ่มไว้ใน {book} ไม่ได้คัดลอกมาในสมุดงานใหม่ (สมุดงานใหม่มีเฉพาะแผ่นงานมาตรฐาน) '
        "ไฟล์ {book} ยังมีแผ่นงานนี้อยู่ครบ ถ้าต้องการ ให้คัดลอกมาเอง "
        "(คลิกขวาที่แท็บแผ่นงาน > ย้ายหรือคัดลอก > เลือกสมุดงานใหม่ และเลือก สร้างสำเนา)",
        'The sheet "{sheet}" added to {book} is not in the new workbook (standard sheets only); {book} still has '
        "it: copy it over yourself (right-click its tab > Move or Copy > the new workbook, Create a copy)",
    ),
    "W-REBUILD-COLUMN": (
        'คอลัมน์ {column} "{header}" ที่เพิ่มไว้ในแผ่นงาน {sheet} ของ {book} ไม่ได้คัดลอกมาในสมุดงานใหม่ '
        "(สมุดงานใหม่มีเฉพาะคอลัมน์มาตรฐานของตาราง) ไฟล์ {book} ยังมีคอลัมน์นี้และข้อมูลในคอลัมน์อยู่ครบ",
        'The column {column} "{header}" added to {sheet} in {book} is not in the new workbook (standard columns '
        "only); {book} still has the column and its data",
    ),
    # ---- opplan excel-setup ---------------------------------------------------------------------------------------
    "ui.cli.excel-setup": (
        "ตั้งค่าให้ปุ่มใน Excel เรียกใช้โปรแกรมนี้ได้ และวางสมุดงาน OpPlan.xlsm ในโฟลเดอร์ที่เลือก (ทำครั้งเดียว)",
        "set up Excel's buttons to reach this Python and put OpPlan.xlsm into a folder (once)",
    ),
    "ui.cli.folder": (
        "โฟลเดอร์ที่จะวางสมุดงาน OpPlan.xlsm (ค่าเริ่มต้น Documents/OpPlan ในโฟลเดอร์ของผู้ใช้)",
        "folder for OpPlan.xlsm (default: Documents/OpPlan in the home folder)",
    ),
    "ui.cli.no_workbook": ("ตั้งค่าอย่างเดียว ไม่วางสมุดงาน", "only configure, do not write the workbook"),
    "xl.setup.config": (
        "ตั้งค่า xlwings ที่ {path} แล้ว: Excel จะเรียก Python ที่ {python}",
        "Configured xlwings in {path}: Excel will run {python}",
    ),
    "xl.setup.workbook": ("วางสมุดงานไว้ที่ {path} แล้ว", "The workbook is at {path}"),
    "xl.setup.runpython": (
        "ติดตั้งสคริปต์ RunPython สำหรับ Excel บน Mac แล้ว (xlwings runpython install)",
        "Installed RunPython for Excel on the Mac (xlwings runpython install)",
    ),
    "xl.setup.runpython_failed": (
        "ติดตั้ง RunPython สำหรับ Excel บน Mac ไม่สำเร็จ ({reason}) กรุณารันคำสั่ง xlwings runpython install เอง",
        "Could not install RunPython ({reason}); run xlwings runpython install yourself",
    ),
    "xl.setup.non_ascii": (
        "คำเตือน: ที่อยู่ของ Python ({python}) มีอักษรที่ไม่ใช่ภาษาอังกฤษ Excel อาจหา Python ไม่พบ "
        "แนะนำให้ติดตั้ง Python และโปรแกรมนี้ในโฟลเดอร์ที่มีแต่อักษรภาษาอังกฤษ เช่น C:\\opplan",
        "Warning: the Python path ({python}) is not ASCII; Excel may not find it. Install into e.g. C:\\opplan",
    ),
    "xl.setup.unencodable": (
        "คำเตือน: เขียนที่อยู่ของ Python ด้วยรหัสอักษรของ Windows ไม่ได้ จึงเขียนเป็น UTF-8 ซึ่ง Excel อาจอ่านไม่ได้",
        "Warning: the Python path cannot be written in the Windows code page; wrote UTF-8, which Excel may not read",
    ),
    "xl.setup.steps_windows": (
        "สิ่งที่ต้องทำครั้งเดียว:\n"
        "1. ถ้าได้สมุดงานมาทางอีเมลหรือดาวน์โหลด: คลิกขวาที่ไฟล์ › Properties › ติ๊ก Unblock › OK "
        "หรือเพิ่มโฟลเดอร์ {folder} เป็น Trusted Location (File › Options › Trust Center › Trust Center Settings › "
        "Trusted Locations)\n"
        "2. เปิด {path} แล้วกด Enable Content (เปิดใช้งานเนื้อหา) ที่แถบด้านบน\n"
        "3. ไปที่แถบ แผนการดำเนินงาน แล้วกด ตรวจสอบ ผลจะแสดงในแผ่นงาน ผลการตรวจสอบ",
        "Once:\n"
        "1. A downloaded or e-mailed workbook: right-click › Properties › tick Unblock, or make {folder} a Trusted "
        "Location\n"
        "2. Open {path} and click Enable Content\n"
        "3. On the แผนการดำเนินงาน tab press ตรวจสอบ (Validate)",
    ),
    "xl.setup.steps_mac": (
        "สิ่งที่ต้องทำครั้งเดียว:\n"
        "1. เปิด {path} แล้วกด Enable Macros (เปิดใช้งานแมโคร)\n"
        "2. ไปที่แถบ แผนการดำเนินงาน แล้วกด ตรวจสอบ ครั้งแรก macOS จะถามว่าอนุญาตให้ Python ควบคุม "
        "Microsoft Excel หรือไม่ ให้กด OK (ถ้าเผลอกดไม่อนุญาต: System Settings › Privacy & Security › Automation)\n"
        "3. บน Mac ปุ่มทำงานเบื้องหลัง รอสักครู่จนกล่องข้อความแสดงผล",
        "Once:\n"
        "1. Open {path} and click Enable Macros\n"
        "2. Press ตรวจสอบ (Validate); allow Python to control Microsoft Excel when macOS asks "
        "(System Settings › Privacy & Security › Automation)\n"
        "3. On a Mac the buttons run in the background: wait for the message box",
    ),
    # ---- opplan demo ----------------------------------------------------------------------------------------------
    "ui.demo.xlsm": ("เขียนสมุดงานแบบมีแมโคร (ปุ่มบนแถบ แผนการดำเนินงาน)", "write the macro-enabled workbook"),
    "ui.demo.xlsm_written": (
        "เขียน {path} แล้ว เปิดด้วย Excel แล้วกดปุ่มบนแถบ แผนการดำเนินงาน (ครั้งแรกให้รันคำสั่ง opplan excel-setup)",
        "Wrote {path}: open it in Excel and use the แผนการดำเนินงาน tab (run opplan excel-setup once first)",
    ),
}
