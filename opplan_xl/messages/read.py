"""Messages of the file reader: opening untrusted workbooks and finding sheets, headers and settings."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- reading files ---------------------------------------------------------------------------
    "E-FILE-NOT-FOUND": (
        "ไม่พบไฟล์ {path} กรุณาตรวจสอบชื่อและตำแหน่งของไฟล์",
        "File not found: {path}",
    ),
    "E-FILE-NO-ACCESS": (
        "เปิดไฟล์ {path} ไม่ได้ ไฟล์อาจถูกเปิดล็อกไว้ในโปรแกรมอื่น หรือไม่มีสิทธิ์อ่าน "
        "กรุณาปิดไฟล์ในโปรแกรมอื่นหรือคัดลอกไฟล์มาไว้ในเครื่องแล้วลองใหม่",
        "Cannot open file {path} ({detail}): locked by another program or no permission",
    ),
    "E-FILE-TOO-BIG": (
        "ไฟล์ {path} มีขนาด {size_mb} MB เกินขีดจำกัด {limit_mb} MB ที่ตั้งไว้ "
        "กรุณาลบแผ่นงานหรือรูปภาพที่ไม่จำเป็นออก หรือปรับขีดจำกัดด้วย --max-size",
        "File {path} is {size_mb} MB, over the {limit_mb} MB limit",
    ),
    "E-FILE-ENCRYPTED": (
        "ไฟล์ {path} ถูกตั้งรหัสผ่านไว้ โปรแกรมอ่านไม่ได้ กรุณาเปิดใน Excel แล้วเอารหัสผ่านออก "
        "(แฟ้ม > ข้อมูล > ป้องกันเวิร์กบุ๊ก) จากนั้นบันทึกใหม่",
        "File {path} is password-protected (encrypted); remove the password and save again",
    ),
    "E-FILE-NOT-EXCEL": (
        "ไฟล์ {path} ไม่ใช่สมุดงาน Excel (.xlsx หรือ .xlsm) กรุณาบันทึกเป็นชนิด .xlsx แล้วลองใหม่",
        "File {path} is not an Excel workbook (.xlsx or .xlsm)",
    ),
    "E-FILE-CORRUPT": (
        "ไฟล์ {path} เสียหายหรือมีโครงสร้างผิดปกติ ({reason}) โปรแกรมจึงไม่อ่านไฟล์นี้ กรุณาเปิดใน Excel แล้วบันทึกเป็นไฟล์ใหม่"
        " หรือขอไฟล์ใหม่จากผู้ส่ง",
        "File {path} is damaged or suspicious ({detail})",
    ),
    # The Thai reasons of E-FILE-CORRUPT (its English message keeps the technical detail for maintainers).
    "read.corrupt.zip": (
        "โครงสร้างไฟล์ zip เสีย ไฟล์อาจดาวน์โหลดหรือคัดลอกมาไม่ครบ",
        "the zip structure is broken",
    ),
    "read.corrupt.parts": ("มีส่วนประกอบภายในซ้ำกันหรือมากผิดปกติ", "duplicate or too many parts"),
    "read.corrupt.packing": ("มีส่วนที่ถูกเข้ารหัสหรือบีบอัดด้วยวิธีที่ Excel ไม่ใช้", "an encrypted part or an unusual compression"),
    "read.corrupt.missing": ("ไม่มีส่วน {part} ที่สมุดงานต้องมี", "missing part {part}"),
    "read.corrupt.xml": ("ส่วน {part} อ่านไม่ได้", "part {part} is unreadable"),
    "read.corrupt.entity": ("ส่วน {part} มีคำสั่ง XML (DOCTYPE/ENTITY) ที่ใช้โจมตีระบบได้", "DOCTYPE/ENTITY in {part}"),
    "read.corrupt.sheet": ("แผ่นงาน {sheet} อ่านไม่ได้", "sheet {sheet} is unreadable"),
    "read.corrupt.string": (
        "เซลล์ {cell} ของแผ่นงาน {sheet} อ้างถึงข้อความที่ไม่มีอยู่ในไฟล์",
        "cell {cell} of {sheet} points at no text",
    ),
    "read.corrupt.cells": ("ค่าในเซลล์บางส่วนอ่านไม่ได้", "some cell values are unreadable"),
    "read.corrupt.structure": ("โครงสร้างภายในผิดปกติ", "unusual internal structure"),
    "E-FILE-UNZIP-LIMIT": (
        "ไฟล์ {path} เมื่อขยายแล้วมีขนาด {size_mb} MB (ขีดจำกัด {limit_mb} MB) หรือถูกบีบอัดไว้แน่นผิดปกติ "
        "(สูงสุด {ratio} เท่า) อาจเป็นไฟล์ที่ถูกสร้างเพื่อโจมตีระบบ โปรแกรมจึงไม่อ่านไฟล์นี้",
        "File {path} expands to {size_mb} MB (limit {limit_mb} MB) or is compressed up to {ratio} times "
        "(possible zip bomb)",
    ),
    "E-FILE-TOO-MANY-ROWS": (
        "แผ่นงาน {sheet} มีข้อมูล {rows} แถว เกินขีดจำกัด {limit} แถว กรุณาลบแถวว่างหรือแถวที่ไม่ใช้ออก",
        "Sheet {sheet} has {rows} rows, over the {limit} row limit",
    ),
    "E-FILE-TOO-MANY-CELLS": (
        "แผ่นงาน {sheet} มีข้อมูลไปไกลถึงเซลล์ {cell} ({cells} เซลล์) เกินขีดจำกัด {limit} เซลล์ "
        "กรุณาลบข้อมูลในแถวหรือคอลัมน์ที่อยู่ไกลออกไปซึ่งไม่ได้ใช้",
        "Sheet {sheet} reaches cell {cell} ({cells} cells), over the {limit} cell limit",
    ),
    "E-SHEET-MISSING": (
        'ไม่พบแผ่นงาน "{sheet}" ในสมุดงาน ถ้าเปลี่ยนชื่อแผ่นงานไว้ กรุณาเปลี่ยนกลับเป็น "{sheet}" '
        "หรือสร้างสมุดงานใหม่ด้วยคำสั่ง opplan example",
        'Sheet "{sheet}" is missing (renamed or deleted)',
    ),
    "W-SHEET-RENAMED": (
        'ไม่พบแผ่นงานชื่อ "{standard}" โปรแกรมจึงใช้แผ่นงาน "{sheet}" แทน เพราะมีหัวตารางหรือหัวข้อตรงกัน '
        'กรุณาเปลี่ยนชื่อแผ่นงาน "{sheet}" กลับเป็น "{standard}" ตามชื่อมาตรฐาน เพื่อให้สูตรสรุปและปุ่มต่าง ๆ ทำงานถูกต้อง',
        'Sheet "{standard}" not found; using sheet "{sheet}", whose headers match (the standard name is "{standard}")',
    ),
    "E-HEADER-MISSING": (
        'ไม่พบหัวคอลัมน์ "{header}" ในแผ่นงาน {sheet} กรุณาพิมพ์หัวคอลัมน์ให้ตรงกับแบบมาตรฐาน '
        "(ย้ายตำแหน่งคอลัมน์ได้ แต่ห้ามเปลี่ยนชื่อหัวคอลัมน์)",
        'Column "{header}" not found on sheet {sheet}',
    ),
    "E-HEADER-ROW-MISSING": (
        'ไม่พบแถวหัวตารางในแผ่นงาน {sheet} (ต้องมีหัวคอลัมน์ เช่น "{header}") กรุณาคัดลอกหัวตารางจากสมุดงานมาตรฐานมาวางไว้เหนือข้อมูล',
        'No header row found on sheet {sheet} (expected headers such as "{header}")',
    ),
    "W-HEADER-DUPLICATE": (
        'หัวคอลัมน์ "{header}" มีซ้ำกันในแผ่นงาน {sheet} โปรแกรมใช้คอลัมน์ {used} และไม่สนใจคอลัมน์ {cell} กรุณาลบคอลัมน์ที่ซ้ำออก',
        'Column "{header}" appears twice on sheet {sheet}; using {used}, ignoring {cell}',
    ),
    "E-SETTING-LABEL-MISSING": (
        'ไม่พบหัวข้อ "{label}" ในคอลัมน์ A ของแผ่นงาน {sheet} กรุณาเพิ่มแถวนี้กลับเข้าไป (พิมพ์หัวข้อในคอลัมน์ A และค่าในคอลัมน์ B)',
        'Setting "{label}" not found in column A of sheet {sheet}',
    ),
    "W-SETTING-LABEL-MISSING": (
        'ไม่พบหัวข้อ "{label}" ในคอลัมน์ A ของแผ่นงาน {sheet} โปรแกรมใช้ค่าเริ่มต้นแทน '
        "ถ้าต้องการกำหนดเอง กรุณาเพิ่มแถวนี้กลับเข้าไป (พิมพ์หัวข้อในคอลัมน์ A และค่าในคอลัมน์ B)",
        'Optional setting "{label}" not found in column A of sheet {sheet}; the default applies',
    ),
    "W-SETTING-DUPLICATE": (
        'หัวข้อ "{label}" มีซ้ำกันในคอลัมน์ A ของแผ่นงาน {sheet} โปรแกรมใช้ค่าในแถวของ {used} '
        "และไม่สนใจแถวของ {cell} กรุณาลบแถวที่ซ้ำออก",
        'Setting "{label}" appears twice on sheet {sheet}; using the row of {used}, ignoring {cell}',
    ),
    "I-HOLIDAYS-TABLE-MISSING": (
        'ไม่พบตาราง "{title}" (หัวคอลัมน์ "{header}") ในแผ่นงาน {sheet} '
        "โปรแกรมจึงนับเฉพาะวันหยุดราชการตามปฏิทิน ถ้ามีวันหยุดเพิ่มเติม กรุณาคัดลอกตารางนี้จากสมุดงานมาตรฐาน",
        'No "{title}" table (header "{header}") on sheet {sheet}; only the standard public holidays apply',
    ),
    "W-MERGED-CELLS": (
        "พบเซลล์ที่ผสานไว้ ({ranges}) ในส่วนข้อมูลของแผ่นงาน {sheet} โปรแกรมอ่านค่าจากเซลล์แรกของช่วงเท่านั้น "
        "กรุณายกเลิกการผสานเซลล์ (หน้าแรก > ผสานและจัดกึ่งกลาง > ยกเลิกการผสานเซลล์)",
        "Merged cells in the data area of {sheet} ({ranges}); only the top-left value is read",
    ),
    "I-BLANK-ROWS": (
        "มีแถวว่าง {count} แถวคั่นอยู่ในตาราง (เช่น แถว {rows}) โปรแกรมข้ามแถวว่างให้ ไม่ต้องแก้ไข",
        "{count} blank rows inside the table (e.g. rows {rows}) were skipped",
    ),
    "W-ROWS-OUTSIDE-TABLE": (
        'มี {count} แถวอยู่ใต้ตาราง Excel "{table}" ซึ่งสิ้นสุดที่แถว {end} (เช่น แถว {rows}) โปรแกรมอ่านแถวเหล่านี้ '
        "แต่สูตรสรุปในแผ่นงาน ผด.01 ของ Excel จะไม่นับ กรุณาขยายตารางให้ครอบคลุม "
        "(คลิกในตาราง > ออกแบบตาราง > ปรับขนาดตาราง หรือลากมุมขวาล่างของตารางลงมา)",
        '{count} rows lie below the end of Excel table "{table}" (row {end}), e.g. rows {rows}: the program reads '
        "them but Excel's ผด.01 formulas do not; resize the table to include them",
    ),
}
