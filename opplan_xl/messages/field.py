"""Messages of one area: Excel in the field: setup, bundle, Excel's limits (issue 8)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- opplan excel-setup: field risks --------------------------------------------------------------------------
    "xl.setup.mac_space": (
        "ยังไม่ได้ตั้งค่า: ที่อยู่ของ Python ({python}) มีช่องว่าง ซึ่ง Excel บน Mac เรียกไม่ได้ "
        "(xlwings ส่งที่อยู่นี้ให้ AppleScript โดยไม่ใส่เครื่องหมายคำพูด) "
        "กรุณาติดตั้งโปรแกรมในโฟลเดอร์ที่ไม่มีช่องว่าง เช่น ใช้ install.command ในชุดติดตั้ง "
        "(ติดตั้งไว้ที่ ~/.opplan) แล้วรัน opplan excel-setup อีกครั้ง",
        "Not configured: the Python path ({python}) contains a space, which Excel for Mac cannot run (xlwings passes "
        "it to AppleScript unquoted). Install into a folder without spaces (install.command uses ~/.opplan) and run "
        "opplan excel-setup again",
    ),
    "xl.setup.mac_container": (
        "ยังไม่ได้ตั้งค่า: macOS ไม่อนุญาตให้โปรแกรมนี้เขียนไฟล์ {path} ในพื้นที่ของ Excel "
        "(ไม่ใช่เพราะไฟล์เปิดค้างอยู่) ถ้า macOS ถามว่าอนุญาตให้ Terminal เข้าถึงข้อมูลของแอปอื่นหรือไม่ ให้กด Allow "
        "ถ้าเคยกดไม่อนุญาต: System Settings › Privacy & Security › App Management (หรือ Full Disk Access) "
        "เปิดสิทธิ์ให้ Terminal แล้วรัน opplan excel-setup อีกครั้ง",
        "Not configured: macOS did not let this program write {path} in Excel's container (not because the file is "
        "open). Answer Allow when macOS asks whether Terminal may access data from other apps; if you refused, give "
        "Terminal the right in System Settings › Privacy & Security › App Management (or Full Disk Access) and run "
        "opplan excel-setup again",
    ),
    "xl.setup.profile_ansi": (
        "คำเตือน: ชื่อโฟลเดอร์ผู้ใช้ของ Windows มีอักษรที่รหัสอักษรของ Windows เครื่องนี้แสดงไม่ได้ Excel จึงหาไฟล์ตั้งค่า "
        "ในโฟลเดอร์ผู้ใช้ไม่พบ จึงวางไฟล์ตั้งค่า xlwings.conf ไว้ข้างสมุดงานใน {folder} ด้วย "
        "ให้เปิดสมุดงานจากโฟลเดอร์นี้เท่านั้น",
        "Warning: the Windows user folder has letters the ANSI code page cannot show, so Excel cannot find the user "
        "configuration; an xlwings.conf was also put beside the workbook in {folder}: open the workbook from there",
    ),
    "xl.setup.profile_ansi_folder": (
        "คำเตือน: ชื่อโฟลเดอร์ผู้ใช้ของ Windows มีอักษรที่รหัสอักษรของ Windows เครื่องนี้แสดงไม่ได้ Excel จะหาไฟล์ตั้งค่าไม่พบ "
        "กรุณารันใหม่โดยวางสมุดงานในโฟลเดอร์ที่มีแต่อักษรภาษาอังกฤษ เช่น opplan excel-setup --folder C:\\OpPlan",
        "Warning: the Windows user folder has letters the ANSI code page cannot show, so Excel will not find the "
        "configuration: run again with a workbook folder in plain letters, e.g. opplan excel-setup --folder C:\\OpPlan",
    ),
    "xl.setup.directory_config": (
        "วางไฟล์ตั้งค่า xlwings ข้างสมุดงานที่ {path} แล้ว",
        "Wrote the xlwings configuration beside the workbook: {path}",
    ),
    # ---- Excel's limits ---------------------------------------------------------------------------------------------
    "E-EXCEL-FORMULA-TEXT": (
        "ข้อความนี้ยาว {length} ตัวอักษร เกิน {limit} ตัวอักษรที่ Excel ยอมให้ใช้ในสูตร "
        "(ตารางสรุป ผด.01 และชื่อหน่วยงานในแบบฟอร์ม) ถ้าไม่แก้ Excel จะแจ้งว่าไฟล์เสียและลบสูตรทิ้ง "
        "กรุณาย่อให้สั้นลง",
        "This text is {length} characters, over the {limit} Excel allows inside a formula (ผด.01, a form's agency "
        "name); Excel would report a damaged file and drop the formula: shorten it",
    ),
    "E-EXCEL-CELL-TEXT": (
        "ข้อความในช่องนี้ยาว {length} ตัวอักษร เกิน {limit} ตัวอักษรที่ช่องหนึ่งของ Excel เก็บได้ "
        "ส่วนที่เกินจะหายไปเมื่อเขียนสมุดงาน กรุณาย่อหรือแบ่งไปไว้ในช่องอื่น",
        "This cell's text is {length} characters, over the {limit} an Excel cell holds; the rest would be lost "
        "when the workbook is written: shorten it",
    ),
    "E-FORM-AGENCY-TOO-LONG": (
        "ชื่อหน่วยงานยาว {length} ตัวอักษร เกิน {limit} ตัวอักษรที่ Excel ยอมให้ใช้ในชื่อที่กำหนดของแบบฟอร์ม "
        "กรุณาใช้ชื่อที่สั้นลง (เช่น ชื่อย่อของหน่วยงาน)",
        "The agency's name is {length} characters, over the {limit} Excel allows in a form's defined names: "
        "use a shorter name",
    ),
    # ---- opplan bundle -----------------------------------------------------------------------------------------------
    "ui.cli.bundle": (
        "ทำชุดติดตั้งแบบไม่ต้องต่ออินเทอร์เน็ต (zip) สำหรับเครื่องของเจ้าหน้าที่ (Windows, macOS)",
        "make the offline install bundle (zip) for an officer's computer (Windows, macOS)",
    ),
    "ui.cli.bundle_out": ("โฟลเดอร์ที่จะวางไฟล์ zip (ค่าเริ่มต้น dist)", "folder for the zip files (default: dist)"),
    "ui.cli.bundle_target": (
        "เครื่องปลายทาง windows, macos หรือ linux (ใส่ได้หลายครั้ง ค่าเริ่มต้น windows และ macos)",
        "target: windows, macos or linux (repeatable; default windows and macos)",
    ),
    "ui.cli.bundle_python": (
        "รุ่น Python ที่ชุดติดตั้งรองรับ (ใส่ได้หลายครั้ง ค่าเริ่มต้น {pythons})",
        "Python version to carry wheels for (repeatable; default {pythons})",
    ),
    "ui.cli.bundle_wheel": (
        "ไฟล์ wheel ของโปรแกรมที่สร้างไว้แล้ว (ค่าเริ่มต้น: สร้างใหม่จากซอร์ส)",
        "the project's wheel, already built (default: build it from the checkout)",
    ),
    "ui.cli.bundle_find_links": ("โฟลเดอร์ wheel ที่มีอยู่แล้วในเครื่อง", "a local folder of wheels"),
    "ui.cli.bundle_no_index": ("ไม่ดาวน์โหลดจากอินเทอร์เน็ต ใช้เฉพาะ --find-links", "do not use an index, only --find-links"),
    "ui.bundle.making": ("กำลังทำชุดติดตั้งสำหรับ {target} (Python {pythons})", "Making the {target} bundle ({pythons})"),
    "ui.bundle.done": (
        "เขียน {path} แล้ว ({size} MB, {wheels} wheel) ตรวจแล้วว่าติดตั้งได้โดยไม่ต่ออินเทอร์เน็ตบน {checked}",
        "Wrote {path} ({size} MB, {wheels} wheels); resolves offline for {checked}",
    ),
    "ui.bundle.failed": ("ทำชุดติดตั้งสำหรับ {target} ไม่สำเร็จ: {reason}", "Could not make the {target} bundle: {reason}"),
    # ---- the ribbon: a workbook saved by another program -------------------------------------------------------------
    "xl.code_names_lost": (
        "สมุดงาน {name} ดูเหมือนถูกบันทึกด้วยโปรแกรมอื่น (เช่น LibreOffice) ชื่อรหัส (codeName) ของแผ่นงาน {sheets} "
        "ไม่ตรงกับแมโคร ปุ่มบางปุ่มอาจทำงานผิด กรุณาสร้างสมุดงานใหม่ที่มีข้อมูลเดิมด้วยคำสั่ง "
        'opplan build-workbook --from "{name}" -o ใหม่.xlsm แล้วใช้ไฟล์ใหม่ต่อ (แก้ไขใน LibreOffice ได้ แต่ให้บันทึกเป็น .xlsx)',
        "{name} looks saved by another program (LibreOffice?): the code names of {sheets} no longer match the macros. "
        'Rebuild it with its data: opplan build-workbook --from "{name}" -o new.xlsm',
    ),
}
