"""Messages of one area: The plan's year: amendments, versions, diff (issue 11)."""

_HOW_NUMBER = "ครั้งที่ต้องเรียง 1, 2, 3 ในปีงบประมาณ ไม่ข้ามและไม่ซ้ำ"

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- the amendments sheet -------------------------------------------------------------------
    "E-AMEND-REQUIRED": (
        "การแก้ไข/เพิ่มเติมแถวนี้ยังไม่ได้กรอก{field} กรุณากรอกให้ครบ",
        "This amendment has no {field_en}",
    ),
    "E-AMEND-NUMBER-REPEAT": (
        "ครั้งที่ {number} ซ้ำกับแถว {other} " + _HOW_NUMBER,
        "Amendment number {number} repeats row {other}; numbers run 1, 2, 3 without gaps or repeats",
    ),
    "E-AMEND-NUMBER-GAP": (
        "ครั้งที่ {number} ข้ามลำดับ ควรเป็นครั้งที่ {expected} " + _HOW_NUMBER,
        "Amendment number {number} skips; expected {expected}",
    ),
    "E-AMEND-KIND-UNKNOWN": (
        'ประเภท "{value}" ไม่อยู่ในรายการ เลือกจากรายการ: {choices}',
        'Amendment kind "{value}" is not one of: {choices}',
    ),
    "W-AMEND-EVENT-UNKNOWN": (
        'เหตุ "{value}" ไม่อยู่ในรายการ ควรเลือกจากรายการ (ถ้าไม่ตรงกับข้อใด ให้เลือก อื่น ๆ และเขียนรายละเอียดในช่องอ้างอิง)',
        'Event "{value}" is not in the list',
    ),
    "E-AMEND-ANNOUNCED-BEFORE-EVENT": (
        "วันที่ประกาศ ({announced}) ก่อนวันที่ของเหตุ ({event_date}) การแก้ไข/เพิ่มเติมประกาศได้หลังจากมีเหตุแล้วเท่านั้น",
        "Announced {announced} before its event {event_date}",
    ),
    "W-AMEND-EVENT-BEFORE-PLAN": (
        "วันที่ของเหตุของการแก้ไข/เพิ่มเติม ครั้งที่ {number} ({event_date}) อยู่ก่อนวันที่ประกาศใช้แผน ({announced}) "
        "การแก้ไข/เพิ่มเติมเป็นเหตุที่เกิดหลังประกาศแผนแล้ว กรุณาตรวจสอบวันที่ (พิมพ์ปีผิดหรือไม่) "
        "ถ้าถูกต้อง กำหนด ๓๐ วันตามข้อ ๒๗ นับจากวันนั้น",
        "Amendment {number}'s event date {event_date} is before the plan was announced ({announced}): check the date "
        "(the year?); if right, rule 27's 30 days run from it",
    ),
    "W-AMEND-COMMITTEE-ORDER": (
        "วันที่คณะกรรมการพิจารณา ({committee}) ควรอยู่ระหว่างวันที่ของเหตุ ({event_date}) และวันที่ประกาศ ({announced})",
        "Committee date {committee} is not between the event {event_date} and the announcement {announced}",
    ),
    "E-AMEND-ORDER": (
        "ครั้งที่ {number} ประกาศวันที่ {announced} ก่อน{previous} ({previous_date}) "
        "การแก้ไข/เพิ่มเติมต้องประกาศตามลำดับครั้งที่ กรุณาตรวจสอบวันที่หรือครั้งที่",
        "Amendment {number} announced {announced}, before {previous_en} ({previous_date})",
    ),
    "W-AMEND-OUTSIDE-FY": (
        "ครั้งที่ {number} ประกาศวันที่ {announced} อยู่นอกปีงบประมาณ {fiscal_year} ของแผน",
        "Amendment {number} announced {announced}, outside fiscal year {fiscal_year}",
    ),
    "W-AMEND-LATE": (
        "แก้ไข/เพิ่มเติมครั้งที่ {number} ประกาศวันที่ {announced} เกินกำหนด {due} (ภายใน ๓๐ วันนับแต่{event} "
        "วันที่ {trigger} ตามข้อ ๒๗) ถ้าผู้บริหารขยายเวลาไว้แล้วไม่ต้องแก้ไข มิฉะนั้นควรบันทึกเหตุผลการขยายเวลา",
        "Amendment {number} announced {announced}, after its due date {due} (30 days from {trigger}, rule 27)",
    ),
    "I-AMEND-DUE": (
        "แก้ไข/เพิ่มเติมครั้งที่ {number} ยังไม่ได้ประกาศ ต้องประกาศภายในวันที่ {due} (๓๐ วันนับแต่{event} วันที่ {trigger})",
        "Amendment {number} is not announced yet; due {due} (30 days from {trigger})",
    ),
    "W-AMEND-EMPTY": (
        "แก้ไข/เพิ่มเติมครั้งที่ {number} ยังไม่มีโครงการหรือครุภัณฑ์ที่เพิ่ม แก้ไข หรือยกเลิก "
        "ให้ใส่ครั้งที่ในช่อง เพิ่มโดยครั้งที่ / ยกเลิกโดยครั้งที่ ของแถวนั้น หรือใช้คำสั่ง opplan amend",
        "Amendment {number} adds, changes and cancels nothing",
    ),
    "W-AMEND-KIND-MISMATCH": (
        "แก้ไข/เพิ่มเติมครั้งที่ {number} เป็นประเภท {kind} แต่{what} ควรเปลี่ยนประเภทเป็น แก้ไขเพิ่มเติม หรือแยกเป็นสองครั้ง",
        "Amendment {number} is of kind {kind} but {what_en}",
    ),
    "word.amend_adds": ("มีรายการที่เพิ่ม", "it adds rows"),
    "word.amend_changes": ("มีรายการที่แก้ไขหรือยกเลิก", "it changes or cancels rows"),
    "word.first_version": ("ประกาศใช้แผน", "the plan's announcement"),
    "word.amendment_n": ("ครั้งที่ {number}", "amendment {number}"),
    # ---- rows of the projects and equipment sheets ---------------------------------------------
    "E-ROW-VERSION-UNKNOWN": (
        "ช่องนี้อ้างถึงการแก้ไข/เพิ่มเติมครั้งที่ {number} ซึ่งไม่มีในแผ่นงาน แก้ไขเพิ่มเติม กรุณาเพิ่มครั้งที่นั้นในแผ่นงาน แก้ไขเพิ่มเติม หรือแก้ตัวเลขให้ถูก",
        "Refers to amendment {number}, which is not on the amendments sheet",
    ),
    "E-CANCEL-BEFORE-ADDED": (
        "ยกเลิกโดยครั้งที่ {cancelled} แต่โครงการนี้เพิ่มโดยครั้งที่ {added} การยกเลิกต้องเป็นครั้งหลังจากที่เพิ่มโครงการแล้ว",
        "Cancelled by amendment {cancelled}, but added by amendment {added}",
    ),
    "W-ROW-ID-DUPLICATE": (
        "รหัสแถว {row_id} ซ้ำกับแถว {other} (อาจเกิดจากการคัดลอกแถว) โปรแกรมจะจับคู่แถวนี้กับแผนเดิมไม่ได้ "
        "ให้ลบรหัสแถวในแถวที่คัดลอกมา (คอลัมน์ที่ซ่อนไว้) โปรแกรมจะสร้างรหัสใหม่ให้",
        "Row id {row_id} repeats row {other} (a copied row?)",
    ),
    # ---- the history sheet ---------------------------------------------------------------------
    "E-HISTORY-FIELD-UNKNOWN": (
        'ช่อง "{value}" ไม่ใช่หัวคอลัมน์ของแผ่นงานโครงการหรือครุภัณฑ์ ใช้หัวคอลัมน์ตามแผ่นงานนั้น เช่น งบประมาณ (บาท)',
        '"{value}" is not a column of the projects or equipment sheet',
    ),
    "E-HISTORY-AMENDMENT-UNKNOWN": (
        "ประวัติแถวนี้อ้างถึงการแก้ไขครั้งที่ {number} ซึ่งไม่มีในแผ่นงาน แก้ไขเพิ่มเติม",
        "History row refers to amendment {number}, which does not exist",
    ),
    "E-HISTORY-ROW-UNKNOWN": (
        "ไม่พบแถวที่มีรหัส {row_id} ในแผ่นงานโครงการหรือครุภัณฑ์ ห้ามลบแถวที่แก้ไขแล้ว (ถ้ายกเลิก ให้ใส่ ยกเลิกโดยครั้งที่)",
        "No project or equipment row has id {row_id}",
    ),
    "E-HISTORY-ROW-NOT-BEFORE": (
        "การแก้ไขครั้งที่ {number} แก้{name} ซึ่งยังไม่อยู่ในแผนก่อนครั้งที่ {number} "
        "(เพิ่มโดยครั้งที่ {added} หรือยกเลิกไปแล้ว) การแก้ไขต้องแก้โครงการที่มีอยู่ก่อนแล้ว",
        "Amendment {number} changes {name}, which did not exist before it",
    ),
    "W-HISTORY-SAME": (
        "ประวัติแถวนี้ ค่าเดิมกับค่าที่แก้ไขเป็นเหมือนกัน ({value}) ไม่ได้บอกว่าแก้ไขอะไร",
        "History row: old and new values are the same ({value})",
    ),
    "W-HISTORY-STALE": (
        '{field} ของ{name} เป็น "{current}" ไม่ตรงกับที่การแก้ไขครั้งที่ {number} บันทึกไว้ ("{recorded}") '
        "แสดงว่ามีการแก้ไขในแผ่นงานโดยไม่ได้บันทึกเป็นการแก้ไขครั้งใหม่ ค่าเดิมจึงย้อนกลับไม่ได้ "
        "ให้ใช้คำสั่ง opplan amend กับสมุดงานก่อนแก้ไขและหลังแก้ไข",
        '{field_en} of {name} is "{current}", not what amendment {number} recorded ("{recorded}")',
    ),
    # ---- diff / amend --------------------------------------------------------------------------
    "E-DIFF-AMBIGUOUS": (
        '"{name}" ตรงกับโครงการชื่อเดียวกันในแผนเดิมมากกว่าหนึ่งแถว (แถว {rows}) โปรแกรมไม่เดาว่าเป็นแถวใด '
        "ให้คัดลอกสมุดงานเดิมแล้วแก้ในสำเนา (รหัสแถวที่ซ่อนไว้จะติดไปด้วย) หรือแก้ชื่อ/แหล่งงบประมาณให้ไม่ซ้ำกัน",
        '"{name}" matches several rows of the old plan with the same name (rows {rows}); not guessed',
    ),
    "ui.diff.none": ("สองสมุดงานนี้มีโครงการและครุภัณฑ์เหมือนกัน ไม่มีรายการเปลี่ยนแปลง", "No differences"),
    "ui.diff.added": ("เพิ่ม: {sheet} แถว {row} {name}", "added: {sheet} row {row} {name}"),
    "ui.diff.removed": ("ลบ/ยกเลิก: {sheet} แถว {row} {name}", "removed: {sheet} row {row} {name}"),
    "ui.diff.changed": ("แก้ไข: {sheet} แถว {row} {name}", "changed: {sheet} row {row} {name}"),
    "ui.diff.field": ("    {field}: {old} → {new}", "    {field}: {old} → {new}"),
    "ui.diff.summary": (
        "สรุป: เพิ่ม {added} แก้ไข {changed} ลบ {removed} จับคู่ไม่ได้ {ambiguous}",
        "Summary: {added} added, {changed} changed, {removed} removed, {ambiguous} ambiguous",
    ),
    "ui.amend.ambiguous": (
        "ยังสร้างการแก้ไขไม่ได้ เพราะมีแถวที่จับคู่กับแผนเดิมไม่ได้ {n} แถว (ดูรายการข้างบน) ไม่ได้เขียนไฟล์ใด",
        "Not written: {n} rows could not be matched with the old plan (see above)",
    ),
    "ui.amend.nothing": (
        "ไม่มีรายการเปลี่ยนแปลงระหว่างสองสมุดงาน จึงไม่ได้สร้างการแก้ไข/เพิ่มเติม",
        "No differences: no amendment made",
    ),
    "ui.amend.done": (
        "สร้าง{kind} ครั้งที่ {number}: เพิ่ม {added} แก้ไข {changed} ยกเลิก {removed} รายการ",
        "Made amendment {number} ({kind}): {added} added, {changed} changed, {removed} cancelled",
    ),
    "ui.amend.same_file": (
        "ไฟล์ผลลัพธ์ต้องเป็นไฟล์ใหม่ ไม่ใช่สมุดงานเดิม ({path}) โปรแกรมไม่แก้ไขสมุดงานเดิม",
        "The output must be a new file, not {path}",
    ),
    "ui.amend.bad_date": (
        'วันที่ "{value}" อ่านไม่ได้ ให้พิมพ์แบบ 2026-01-09 (ค.ศ.) หรือ 9 ม.ค. 2569',
        'Cannot read the date "{value}"',
    ),
    "ui.version.unknown": (
        "ไม่มีการแก้ไข/เพิ่มเติมครั้งที่ {number} ในสมุดงานนี้ (มี: {known})",
        "No amendment {number} in this workbook (it has: {known})",
    ),
    "ui.demo.amendments": (
        "การแก้ไข/เพิ่มเติม: เพิ่มเติมครั้งที่ 1 และแก้ไขครั้งที่ 2 ของแผนตัวอย่าง ผด.01 ฉบับรวม และเอกสารแก้ไขครั้งที่ 2",
        "Amendments: the sample's two amendments, the consolidated summary, amendment 2's document",
    ),
    "ui.version.first": ("ฉบับแรก", "first version"),
    "ui.version.consolidated": ("ฉบับรวม (รวมแก้ไข/เพิ่มเติม ครั้งที่ 1–{n})", "consolidated (amendments 1–{n})"),
    "ui.version.amendment": ("{kind} ครั้งที่ {number}/{year}", "{kind} {number}/{year}"),
    "ui.cli.diff": ("เปรียบเทียบสมุดงานสองไฟล์: โครงการที่เพิ่ม แก้ไข และลบ", "compare two workbooks"),
    "ui.cli.amend": (
        "สร้างการแก้ไข/เพิ่มเติมจากสมุดงานเดิมและสมุดงานที่แก้แล้ว เป็นสมุดงานใหม่",
        "make an amendment from an old and a new workbook, into a new workbook",
    ),
    "ui.cli.old_book": ("สมุดงานเดิม (ฉบับที่ประกาศแล้ว)", "the old workbook"),
    "ui.cli.new_book": ("สมุดงานที่แก้ไขแล้ว", "the edited workbook"),
    "ui.cli.amend_kind": ("ประเภท: {choices}", "kind: {choices}"),
    "ui.cli.amend_event": ("เหตุ: {choices}", "event: {choices}"),
    "ui.cli.amend_event_date": ("วันที่ของเหตุ (ค.ศ. เช่น 2026-01-09)", "date of the event (YYYY-MM-DD)"),
    "ui.cli.amend_reference": ("เลขที่/อ้างอิง", "reference"),
    "ui.cli.amend_reason": ("เหตุผล (ใช้ในคำนำ)", "reason (for the preface)"),
    "ui.cli.amend_announced": ("วันที่ประกาศ (ถ้าประกาศแล้ว)", "announcement date, if announced"),
    "ui.cli.amend_committee": ("วันที่คณะกรรมการพิจารณา (ถ้ามี)", "committee date, if any"),
    "ui.cli.out_book": ("สมุดงานใหม่ที่จะเขียน (.xlsx หรือ .xlsm)", "the new workbook to write"),
    "ui.cli.version_amendment": ("ใช้การแก้ไข/เพิ่มเติมครั้งที่ N", "amendment N"),
    "ui.cli.version_consolidated": ("ใช้ฉบับรวม (ทุกครั้งที่แก้ไข/เพิ่มเติม)", "the consolidated plan"),
    "ui.cli.version_first": ("ใช้ฉบับแรก (ค่าเริ่มต้นของ generate)", "the first version"),
}

# The amendment's document (opplan_xl/document/amendment.py).
MESSAGES.update(
    {
        "doc.amend.event.0": ("มี{act}เพิ่มเติม", "a supplementary budget act"),
        "doc.amend.event.1": ("ได้รับอนุมัติให้จ่ายขาดเงินสะสม", "approval to spend accumulated funds"),
        "doc.amend.event.2": ("มีการโอนงบประมาณรายจ่าย", "a budget transfer"),
        "doc.amend.event.3": ("ได้รับแจ้งแผนงาน/โครงการจากหน่วยงานอื่น", "another agency's notice"),
        "doc.amend.event.4": ("มีเหตุจำเป็นอื่น", "another reason"),
        "doc.amend.on": (" เมื่อวันที่ {date}", " on {date}"),
        "doc.amend.adds": ("เพิ่ม{what} งบประมาณ {budget} บาท ({budget_text})", "adds {what}, {budget} baht"),
        "doc.amend.adds_projects": ("โครงการ {n} โครงการ", "{n} projects"),
        "doc.amend.adds_equipment": ("ครุภัณฑ์ {n} รายการ", "{n} equipment items"),
        "doc.amend.changes": ("แก้ไขรายละเอียด {n} รายการ", "changes {n} rows"),
        "doc.amend.cancels": ("ยกเลิก {n} รายการ", "cancels {n} rows"),
        "doc.amend.committee": (
            " และ{committee}ได้ประชุมพิจารณาแล้ว เมื่อวันที่ {date}",
            " and the committee considered it on {date}",
        ),
        "doc.amend.announce.1": (
            "ตามที่{org}ได้ประกาศใช้แผนการดำเนินงาน{fy} เมื่อวันที่ {first_date} ไปแล้วนั้น",
            "The plan {fy} was announced on {first_date}",
        ),
        "doc.amend.announce.2": (
            "เนื่องจาก{event}{reason} จึงจำเป็นต้องแก้ไข/เพิ่มเติมแผนการดำเนินงาน โดย{what}{committee}",
            "Because of {event}, the plan is amended: {what}",
        ),
        "doc.amend.announce.3": (
            "อาศัยอำนาจตามความในข้อ ๒๗ วรรคสอง แห่ง{legal} {executive}จึงประกาศใช้{title} "
            "รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้ จึงประกาศมาเพื่อทราบโดยทั่วกัน",
            "Under rule 27 paragraph 2 of {legal}, the executive announces the {title}",
        ),
        "doc.amend.preface.1": (
            "{title} ของ{org} จัดทำขึ้นเนื่องจาก{event}{reason}",
            "The {title} is made because of {event}",
        ),
        "doc.amend.preface.2": (
            "ครั้งนี้{what} ตามรายละเอียดในบัญชีท้ายเล่ม ซึ่งใช้ประกอบกับแผนการดำเนินงานที่ประกาศใช้แล้ว "
            "เพื่อให้การดำเนินงานเป็นไปอย่างมีประสิทธิภาพ",
            "This amendment {what}; it is read with the plan already announced",
        ),
        "doc.amend.compare_title": ("บัญชีเปรียบเทียบรายการที่แก้ไข/ยกเลิก (เดิม / แก้ไขเป็น)", "Comparison (old / new)"),
        "doc.amend.field": ("รายการ", "Field"),
        "doc.amend.old": ("เดิม", "Old"),
        "doc.amend.new": ("แก้ไขเป็น", "New"),
        "doc.amend.months": ("เดือนที่ดำเนินการ", "Months"),
        "doc.amend.cancelled": ("ยกเลิก", "Cancelled"),
        "doc.amend.marked": ("หมายเหตุ: ช่องที่พิมพ์ตัวหนาและแรเงา คือรายการที่แก้ไข", "Bold, shaded cells changed"),
        "doc.amend.consolidated_one": ("ฉบับรวม (รวมแก้ไข/เพิ่มเติม ครั้งที่ 1)", "consolidated (amendment 1)"),
        "doc.amend.consolidated": (
            "ฉบับรวม (รวมแก้ไข/เพิ่มเติม ครั้งที่ 1–{n})",
            "consolidated (amendments 1–{n})",
        ),
    }
)

# The ribbon's สร้างเอกสาร when the plan has amendments (opplan_xl/excel/versions.py).
MESSAGES.update(
    {
        "xl.version.ask": (
            "แผนนี้มีการแก้ไข/เพิ่มเติม ครั้งที่ {known} ต้องการสร้างเอกสารฉบับใด\n"
            "พิมพ์ 0 = แผนฉบับแรก, ตัวเลขครั้งที่ (เช่น {last}) = เอกสารแก้ไข/เพิ่มเติมครั้งนั้น, รวม = ฉบับรวมสำหรับเว็บไซต์",
            "Which document: 0 = first version, N = amendment N (e.g. {last}), รวม = consolidated",
        ),
        "xl.version.again": ('"{answer}" ไม่ใช่ตัวเลือกที่มี กรุณาพิมพ์ใหม่', '"{answer}" is not a choice'),
        "xl.version.consolidated_words": ("รวม|ฉบับรวม|consolidated", "รวม|ฉบับรวม|consolidated"),
        "xl.version.cancelled": ("ยกเลิกการสร้างเอกสาร", "Document not made"),
    }
)
