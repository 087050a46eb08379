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
    # ---- the workbook's ผด.01 block (rules/summary_block.py) ---------------------------------------------------
    "W-SUMMARY-STALE": (
        "ตารางสรุป ผด.01 ในแผ่นงานนี้ยังไม่มีแถวของ {projects} โครงการ (ยุทธศาสตร์ / แผนงาน: {pairs}) "
        "สูตรของตารางจึงไม่นับโครงการเหล่านี้ (ดูแถวในเซลล์ {cell}) กรุณากดปุ่ม สรุปงบประมาณ ใน Excel "
        'หรือใช้คำสั่ง "opplan build-workbook --from {book} -o ไฟล์ใหม่.xlsm" เพื่อสร้างตารางสรุปใหม่ในไฟล์ใหม่',
        "The ผด.01 block does not list {projects} projects (strategy / plan area: {pairs}); its formulas miss them "
        '(see {cell}). Press สรุปงบประมาณ in Excel, or run "opplan build-workbook --from {book} -o new.xlsm"',
    ),
    # ---- an agency form given to opplan validate (agency/form_check.py) ------------------------------------------
    "I-FORM-CHECKED-AS-FORM": (
        "ไฟล์นี้เป็นแบบฟอร์มของหน่วยงาน {agency} ตรวจเฉพาะแถวที่กรอกโครงการแล้ว ({filled} แถว) แถวที่ยังว่าง ({blank} แถว) ไม่ต้องลบ",
        "This is the agency form of {agency}: only the filled rows were checked ({filled}); blank rows ({blank}) "
        "may stay",
    ),
    # ---- the agency-form flow (commands/export_form.py, commands/merge.py, agency/merge.py) -----------------------
    "E-MERGE-ROW-KEPT-OUT": (
        'แถว {row} ของแบบฟอร์ม {file} ("{name}") มีข้อผิดพลาด จึงไม่ได้รวมเข้าไฟล์หลัก '
        "(ถ้าไฟล์หลักมีโครงการนี้ของ {agency} อยู่แล้ว ยังคงไว้ตามเดิม) กรุณาให้หน่วยงานแก้ตามข้อความข้างต้นแล้วส่งกลับใหม่",
        'Row {row} of form {file} ("{name}") has errors and was not merged (an earlier version of it from {agency} '
        "stays); have the agency fix it and send the form again",
    ),
    "ui.form.key_reused": (
        "สมุดงาน {book} ยังไม่มีรหัสแผน แต่มีสมุดงานหลักที่มีรหัสแล้วที่ {path} (สร้างไว้ตอนส่งแบบฟอร์มครั้งก่อน) "
        "แบบฟอร์มนี้ใช้รหัสของไฟล์นั้น ไฟล์หลักจากนี้ไปคือ {path} รวมแบบฟอร์มที่ส่งกลับทุกฉบับเข้ากับไฟล์นี้ "
        "และส่งแบบฟอร์มครั้งต่อไปจากไฟล์นี้",
        "{book} has no plan key, but the master made earlier, {path}, has one: this form uses it. {path} is the "
        "master from now on: merge every returned form into it and export the next forms from it",
    ),
    "E-FORM-MASTER-EXISTS": (
        "สมุดงาน {book} ยังไม่มีรหัสแผน และโปรแกรมต้องบันทึกสมุดงานหลักที่มีรหัสไว้ที่ {path} แต่มีไฟล์ชื่อนี้อยู่แล้ว "
        "ซึ่งไม่ใช่สมุดงานหลักที่มีรหัสของแผนปีนี้ โปรแกรมจึงไม่เขียนทับ กรุณาย้ายหรือเปลี่ยนชื่อไฟล์ {path} ก่อน "
        "หรือส่งแบบฟอร์มจากสมุดงานหลักที่มีรหัสแล้ว",
        "{book} has no plan key and its keyed master would go to {path}, but that file exists and is not a keyed "
        "master of this year's plan; it is not replaced. Move or rename it, or export from the keyed master",
    ),
    # ---- output files (commands/common.py) -------------------------------------------------------------------
    "E-OUT-IS-INPUT": (
        "ไฟล์ที่จะเขียน {path} เป็นไฟล์เดียวกับไฟล์ที่อ่าน ({input}) โปรแกรมไม่เขียนทับไฟล์ที่อ่าน กรุณาระบุชื่อไฟล์ใหม่ด้วย -o",
        "The output {path} is one of the inputs ({input}); give another file with -o",
    ),
    "E-OUT-NO-FOLDER": (
        "ไม่พบโฟลเดอร์ {path} กรุณาสร้างโฟลเดอร์ก่อน หรือระบุชื่อไฟล์ เช่น {suggestion}",
        "The folder {path} does not exist: create it first, or give a file name such as {suggestion}",
    ),
    "E-OUT-EXTENSION": (
        "ไฟล์ที่จะเขียน {path} มีนามสกุลไม่ตรงกับไฟล์ที่คำสั่งนี้สร้าง ({suffixes}) กรุณาใช้ชื่อเช่น {suggestion}",
        "The output {path} does not end in what this command writes ({suffixes}); use e.g. {suggestion}",
    ),
    "ui.generate.pdf_from_out": (
        "ชื่อไฟล์ที่ระบุลงท้ายด้วย .pdf จึงสร้างทั้งไฟล์ Word ({docx}) และ PDF ({pdf})",
        "The output ends in .pdf: writing both the Word file ({docx}) and the PDF ({pdf})",
    ),
    "ui.example.file_name": ("แผนตัวอย่าง.xlsx", "sample-plan.xlsx"),
    # ---- opplan rollup on a plan with errors ---------------------------------------------------------------------
    "ui.rollup.has_errors": (
        "สมุดงานมีข้อผิดพลาด {n} รายการ ตัวเลขข้างต้นจึงไม่นับหรือนับผิดในส่วนที่ข้อผิดพลาดต่อไปนี้ระบุ "
        "(เช่น งบประมาณที่ไม่ใช่ตัวเลข ยุทธศาสตร์ที่ไม่มีในแผ่นงาน) กรุณาแก้ไขแล้วสรุปใหม่:",
        "The workbook has {n} errors: the figures above leave out or mis-count what these findings name "
        "(text budgets, unknown strategies); fix them and run again:",
    ),
    # ---- file-system errors (commands/common.py os_error_text) --------------------------------------------------
    "ui.fs.read_only": (
        "เขียนไฟล์ {path} ไม่ได้ เพราะโฟลเดอร์ {folder} เป็นแบบอ่านอย่างเดียว (เช่น แผ่นซีดี แฟลชไดรฟ์ที่ล็อกไว้ "
        "หรือโฟลเดอร์แชร์ที่ไม่อนุญาตให้เขียน) กรุณาบันทึกไว้ในโฟลเดอร์อื่น เช่น Documents ด้วย -o",
        "Cannot write {path}: the folder {folder} is read-only; write elsewhere with -o",
    ),
    "ui.fs.disk_full": (
        "เขียนไฟล์ {path} ไม่ได้ เพราะพื้นที่ดิสก์เต็ม กรุณาลบไฟล์ที่ไม่ใช้แล้ว หรือบันทึกไปที่ไดรฟ์อื่นด้วย -o (ไฟล์เดิม ถ้ามี ยังอยู่ครบ)",
        "Cannot write {path}: the disk is full; free some space or write to another drive with -o (any previous "
        "file is intact)",
    ),
    "ui.fs.is_folder": (
        "{path} เป็นชื่อของโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาระบุชื่อไฟล์ที่ลงท้ายด้วยนามสกุลที่ถูกต้อง",
        "{path} is a folder, not a file; give a file name",
    ),
    "ui.fs.not_folder": (
        "เขียนหรือเปิด {path} ไม่ได้ เพราะส่วนหนึ่งของชื่อนี้เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาตรวจสอบชื่อโฟลเดอร์",
        "Cannot use {path}: part of it is a file, not a folder",
    ),
    "ui.fs.no_folder": (
        "เขียนหรือเปิด {path} ไม่ได้ เพราะไม่พบโฟลเดอร์ {folder} กรุณาสร้างโฟลเดอร์ก่อน หรือระบุโฟลเดอร์ที่มีอยู่",
        "Cannot use {path}: the folder {folder} does not exist",
    ),
    "ui.fs.not_found": (
        "ไม่พบไฟล์ {path} กรุณาตรวจสอบชื่อและตำแหน่งของไฟล์",
        "File {path} not found",
    ),
    "ui.fs.name_too_long": (
        "ชื่อไฟล์ {path} ยาวเกินกว่าที่ระบบรองรับ กรุณาใช้ชื่อที่สั้นลง",
        "The name {path} is too long; use a shorter one",
    ),
    "ui.fs.no_permission": (
        "ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์ {folder} จึงบันทึก {path} ไม่ได้ กรุณาบันทึกไว้ในโฟลเดอร์ของท่านเอง "
        "เช่น Documents ด้วย -o หรือขอสิทธิ์จากผู้ดูแลเครื่อง",
        "No permission to write in {folder}, so {path} cannot be saved; write to your own folder with -o",
    ),
    "ui.fs.other": (
        "เขียนหรือเปิดไฟล์ {path} ไม่ได้ (รหัสของระบบ {code}) กรุณาตรวจสอบว่าโฟลเดอร์มีอยู่ เขียนได้ และพื้นที่ดิสก์ยังว่าง แล้วลองใหม่",
        "Cannot write or open {path} (system code {code}); check the folder exists, is writable and has space",
    ),
    # ---- the command line itself -------------------------------------------------------------------------------
    "ui.cli.version": ("แสดงรุ่นของโปรแกรมแล้วจบ", "show the program's version and exit"),
    "ui.cli.version_line": ("opplan-xl รุ่น {version}", "opplan-xl {version}"),
    # ---- dates that are not in the calendar -----------------------------------------------------------------
    "E-DATE-IMPOSSIBLE": (
        '"{field}" ในเซลล์ {cell} ("{value}") ไม่ใช่วันที่ที่มีจริง: {reason} กรุณาแก้วันที่',
        '"{field}" in {cell} ("{value}") is not a real date ({reason})',
    ),
    "ui.bad_date_arg.impossible": (
        'วันที่ "{value}" ไม่มีจริง: {reason} กรุณาพิมพ์วันที่ใหม่',
        'The date "{value}" does not exist ({reason})',
    ),
    "E-FORM-AGENCY-UNPRINTABLE": (
        'ชื่อหน่วยงาน "{shown}" มีอักขระควบคุมหรืออักขระที่มองไม่เห็น (แสดงเป็น ?) หรือไม่ได้เข้ารหัสเป็น UTF-8 '
        "กรุณาพิมพ์ชื่อหน่วยงานใหม่ด้วยตัวอักษรธรรมดา",
        'The agency name "{shown}" holds control or invisible characters (shown as ?) or bytes that are not UTF-8; '
        "type it again",
    ),
    # ---- progress on long work (opplan_xl/progress.py) ---------------------------------------------------------
    "ui.progress.read": ("กำลังอ่านสมุดงาน {path}", "Reading {path}"),
    "ui.progress.docx": (
        "กำลังสร้างเอกสาร Word ({projects} โครงการ)",
        "Building the Word document ({projects} projects)",
    ),
    "ui.progress.pdf": ("กำลังสร้าง PDF ด้วย LibreOffice", "Making the PDF with LibreOffice"),
    "ui.progress.forms": ("กำลังอ่านแบบฟอร์มที่ส่งกลับ", "Reading the returned forms"),
    "ui.progress.merge": ("กำลังรวมแบบฟอร์ม", "Merging the forms"),
    "ui.progress.write": ("กำลังเขียนไฟล์ {path}", "Writing {path}"),
    "ui.progress.example": ("กำลังสร้างแผนตัวอย่าง", "Making the sample plan"),
    "ui.progress.bundle_wheel": ("กำลังสร้าง wheel ของโปรแกรม", "Building the project's wheel"),
    "ui.progress.bundle_download": (
        "กำลังดาวน์โหลด wheel สำหรับ {target} ({platform}, Python {python})",
        "Downloading the wheels for {target} ({platform}, Python {python})",
    ),
    "ui.progress.bundle_verify": (
        "กำลังตรวจว่าชุดติดตั้งสำหรับ {target} ติดตั้งได้โดยไม่ต้องต่ออินเทอร์เน็ต",
        "Checking that the {target} bundle installs offline",
    ),
}
