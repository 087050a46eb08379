"""Messages of one area: Untrusted files: bounded cost, nothing misread (issue 12)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- how a long value is quoted in any message --------------------------------------------------------
    "ui.untrusted.long_value": ("{prefix}…(ยาว {length} ตัวอักษร)", "{prefix}…({length} characters)"),
    # ---- the file itself ----------------------------------------------------------------------------------
    "E-FILE-NOT-REGULAR": (
        "ไม่เปิดอ่าน {path} เพราะไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์ ท่อส่งข้อมูล หรือทางลัดไปยังสิ่งเหล่านั้น) "
        "กรุณาระบุไฟล์สมุดงาน .xlsx หรือ .xlsm ที่บันทึกไว้ในเครื่อง",
        "Not opened: {path} is not a regular file (a device, a pipe, or a link to one)",
    ),
    "E-FILE-TEXT-LIMIT": (
        "แผ่นงาน {sheet} ของไฟล์ {path} เมื่ออ่านแล้วจะมีข้อความรวม {chars} ตัวอักษร (เซลล์ {cells} เซลล์อ้างถึงข้อความยาว) "
        "เกินขีดจำกัด {limit} ตัวอักษร อาจเป็นไฟล์ที่ถูกสร้างเพื่อโจมตีระบบ โปรแกรมจึงไม่อ่านไฟล์นี้ "
        "ถ้าเป็นไฟล์จริง กรุณาลบข้อความที่ซ้ำกันจำนวนมากออก",
        "Sheet {sheet} of {path} would expand to {chars} characters of text ({cells} cells pointing at long strings), "
        "over the {limit} character limit",
    ),
    # ---- cells that cannot be taken as they are --------------------------------------------------------
    "E-CELL-FORMULA-NO-VALUE": (
        "เซลล์ {cell} มีสูตร {value} แต่ไม่มีค่าที่คำนวณไว้ (ไฟล์ถูกสร้างโดยโปรแกรมที่ไม่คำนวณสูตร) "
        "โปรแกรมไม่คำนวณสูตรจากไฟล์ภายนอก กรุณาพิมพ์ตัวเลขแทนสูตร หรือเปิดไฟล์ใน Excel แล้วบันทึกใหม่",
        "Cell {cell} holds the formula {value} with no saved value; formulas are never evaluated: type the number "
        "instead",
    ),
    "I-CELL-FORMULA-VALUE": (
        "เซลล์ {cell} เป็นสูตร {value} โปรแกรมใช้ค่าที่คำนวณไว้ในไฟล์ ({cached}) โดยไม่คำนวณสูตรเอง",
        "Cell {cell} is the formula {value}; its saved value ({cached}) is used, the formula is not evaluated",
    ),
    "E-CELL-BAD-STRING": (
        "เซลล์ {cell} อ้างถึงข้อความลำดับที่ {value} ซึ่งไม่มีอยู่ในไฟล์ (ไฟล์เสียหายหรือถูกแก้ไขผิดรูปแบบ) กรุณาพิมพ์ค่าในเซลล์นี้ใหม่ แล้วบันทึกไฟล์",
        "Cell {cell} points at shared string {value}, which does not exist (damaged file)",
    ),
    "E-CELL-NOT-FINITE": (
        "เซลล์ {cell} มีค่า {value} ซึ่งไม่ใช่ตัวเลข (ไฟล์เสียหายหรือถูกสร้างผิดรูปแบบ) กรุณาพิมพ์ค่าในเซลล์นี้ใหม่",
        "Cell {cell} holds {value}, which is not a number",
    ),
    "E-BUDGET-TOO-LARGE": (
        "เซลล์ {cell} มีจำนวนเงิน {value} บาท มากเกินกว่าที่เป็นไปได้ (เกิน {limit} บาท) กรุณาตรวจสอบจำนวนเงิน",
        "Cell {cell} holds {value} baht, beyond any plausible amount (over {limit} baht)",
    ),
    # ---- returned forms --------------------------------------------------------------------------------
    "W-FORM-HIDDEN-CHARS": (
        "เซลล์ {cell} ของไฟล์ {file} มีอักขระที่มองไม่เห็น ({chars}) ซึ่งทำให้ข้อความดูเหมือนข้อความอื่นได้ "
        'ข้อความคือ "{value}" กรุณาตรวจสอบกับหน่วยงานและพิมพ์ข้อความใหม่',
        "Cell {cell} of {file} holds invisible characters ({chars}) that can make a text look like another",
    ),
}
