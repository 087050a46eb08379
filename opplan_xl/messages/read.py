"""Messages of the file reader: opening untrusted workbooks and finding sheets, headers and settings."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- reading files ---------------------------------------------------------------------------
    "E-FILE-NOT-FOUND": (
        "ไม่พบไฟล์ {path} กรุณาตรวจสอบชื่อและตำแหน่งของไฟล์",
        "File not found: {path}",
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
        "ไฟล์ {path} เสียหายหรือมีโครงสร้างผิดปกติ ({detail}) โปรแกรมจึงไม่อ่านไฟล์นี้ กรุณาเปิดใน Excel แล้วบันทึกเป็นไฟล์ใหม่",
        "File {path} is damaged or suspicious ({detail})",
    ),
    "E-FILE-UNZIP-LIMIT": (
        "ไฟล์ {path} เมื่อขยายแล้วมีขนาด {size_mb} MB เกินขีดจำกัด {limit_mb} MB "
        "(อาจเป็นไฟล์ที่ถูกสร้างเพื่อโจมตีระบบ) โปรแกรมจึงไม่อ่านไฟล์นี้",
        "File {path} expands to {size_mb} MB, over the {limit_mb} MB limit (possible zip bomb)",
    ),
    "E-FILE-TOO-MANY-ROWS": (
        "แผ่นงาน {sheet} มีข้อมูล {rows} แถว เกินขีดจำกัด {limit} แถว กรุณาลบแถวว่างหรือแถวที่ไม่ใช้ออก",
        "Sheet {sheet} has {rows} rows, over the {limit} row limit",
    ),
    "E-SHEET-MISSING": (
        'ไม่พบแผ่นงาน "{sheet}" ในสมุดงาน ถ้าเปลี่ยนชื่อแผ่นงานไว้ กรุณาเปลี่ยนกลับเป็น "{sheet}" '
        "หรือสร้างสมุดงานใหม่ด้วยคำสั่ง opplan example",
        'Sheet "{sheet}" is missing (renamed or deleted)',
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
    "W-MERGED-CELLS": (
        "พบเซลล์ที่ผสานไว้ ({ranges}) ในส่วนข้อมูลของแผ่นงาน {sheet} โปรแกรมอ่านค่าจากเซลล์แรกของช่วงเท่านั้น "
        "กรุณายกเลิกการผสานเซลล์ (หน้าแรก > ผสานและจัดกึ่งกลาง > ยกเลิกการผสานเซลล์)",
        "Merged cells in the data area of {sheet} ({ranges}); only the top-left value is read",
    ),
    "I-BLANK-ROWS": (
        "มีแถวว่าง {count} แถวคั่นอยู่ในตาราง (เช่น แถว {rows}) โปรแกรมข้ามแถวว่างให้ ไม่ต้องแก้ไข",
        "{count} blank rows inside the table (e.g. rows {rows}) were skipped",
    ),
}
