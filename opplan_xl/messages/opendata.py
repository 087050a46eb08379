"""Messages of opendata (see messages/__init__.py)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "ui.cli.export": (
        "ส่งออกแผน (และผลการดำเนินงาน) เป็นข้อมูลเปิด CSV หรือ JSON สำหรับเว็บไซต์",
        "export the plan (and its progress) as open data, CSV or JSON, for the website",
    ),
    "ui.cli.export_format": (
        "รูปแบบไฟล์: csv (เปิดใน Excel ได้) หรือ json (มี JSON Schema) ค่าเริ่มต้นตามนามสกุลของ -o หรือ csv",
        "file format: csv or json (default: from the extension of -o, else csv)",
    ),
    "ui.cli.export_out": (
        "ไฟล์ที่จะเขียน (.csv หรือ .json) หรือโฟลเดอร์ ค่าเริ่มต้น BOOK-opendata.csv ข้างสมุดงาน",
        "file to write (.csv or .json) or a folder (default: BOOK-opendata.csv beside the workbook)",
    ),
    "ui.cli.export_as_of": (
        "ข้อมูล ณ วันที่ (เช่น 2027-03-31 หรือ 31 มี.ค. 2570) รวมเฉพาะการแก้ไข/เพิ่มเติมที่ประกาศแล้วถึงวันนั้น ค่าเริ่มต้นวันนี้",
        "data as at this date: only amendments announced by then (default: today)",
    ),
    "ui.cli.export_version": (
        "ฉบับของแผน: first (ฉบับแรก) consolidated (รวมการแก้ไข/เพิ่มเติมทุกครั้งในสมุดงาน) หรือ N"
        " (แผนทั้งฉบับหลังการแก้ไข/เพิ่มเติมครั้งที่ N) ค่าเริ่มต้นคือแผนที่ใช้บังคับ ณ วันที่ --as-of",
        "version: first, consolidated, or N (the whole plan after amendment N); default: the plan in force on --as-of",
    ),
    "ui.cli.export_header": (
        "หัวคอลัมน์ของ CSV: en (ชื่อฟิลด์ภาษาอังกฤษ สำหรับโปรแกรม) หรือ th (ชื่อภาษาไทย)",
        "CSV header: en (English field keys) or th (Thai names)",
    ),
    "ui.export.bad_version": (
        'ฉบับ "{value}" ไม่ถูกต้อง ให้ใช้ --version first, --version consolidated หรือหมายเลขครั้งที่ เช่น --version 2',
        'Unknown version "{value}": use first, consolidated or an amendment number',
    ),
    "ui.export.not_in_force": (
        "การแก้ไข/เพิ่มเติมครั้งที่ {numbers} ยังไม่ได้ประกาศ ณ วันที่ {date} (หรือยังไม่ได้กรอกวันที่ประกาศ)"
        " จึงไม่รวมในข้อมูลนี้ ใช้ --version consolidated ถ้าต้องการรวมทุกครั้ง",
        "Amendments {numbers} are not announced by {date} (or have no announced date) and are left out;"
        " use --version consolidated to include them",
    ),
    "ui.export.summary": (
        "โครงการ {projects} โครงการ ครุภัณฑ์ {equipment} รายการ งบประมาณรวม {budget} บาท"
        " (แผนหลังการแก้ไข/เพิ่มเติมครั้งที่ {version}; 0 คือฉบับแรก)",
        "{projects} projects, {equipment} equipment items, {budget} baht in all (the plan after amendment"
        " {version}; 0 is the first version)",
    ),
    "ui.export.reconciled": (
        "จำนวนและงบประมาณตรงกับ ผด.01 ของฉบับเดียวกันทุกสตางค์ (totals.reconciled ในไฟล์ JSON)",
        "Counts and budgets equal ผด.01 of the same version to the satang (totals.reconciled in the JSON)",
    ),
    "ui.export.not_reconciled": (
        "จำนวนหรืองบประมาณไม่ตรงกับ ผด.01 ของฉบับเดียวกัน กรุณาแจ้งผู้ดูแลโปรแกรม",
        "Counts or budgets differ from ผด.01 of the same version: please report this",
    ),
    "ui.export.csv_note": (
        "ไฟล์ CSV เป็น UTF-8 มี BOM เปิดใน Excel ได้โดยตรง ข้อความที่ขึ้นต้นด้วย = + - @ มีเครื่องหมาย ' นำหน้า"
        " เพื่อไม่ให้ Excel คำนวณเป็นสูตร",
        "The CSV is UTF-8 with a BOM (Excel opens it directly); text starting with = + - @ has a ' in front so that"
        " Excel does not run it as a formula",
    ),
    "ui.export.has_errors": (
        "เขียนไฟล์แล้ว แต่สมุดงานมีข้อผิดพลาด {n} รายการ ข้อมูลอาจไม่ครบหรือไม่ถูกต้องตามที่ระบุ กรุณาแก้ไขก่อนเผยแพร่:",
        "Written, but the workbook has {n} errors; the data may be incomplete where they say. Fix them before"
        " publishing:",
    ),
}
