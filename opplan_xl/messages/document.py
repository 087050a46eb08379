"""Messages of the document area (see messages/__init__.py).

``doc.*`` are the texts printed in the formal document (always Thai; the English column is for
maintainers, a short gloss for the long paragraphs). Digits written here are Thai; the document turns
them into Arabic when the Thai-digit setting is off. ``ui.*`` are what the ``opplan generate`` command
prints.

``doc.text.*`` are the long fixed paragraphs (ประกาศ, คำนำ, ส่วนที่ ๑, the certificate), adapted from
chapter 1 of a real plan (``shared/domain/seed-chapter1.txt``). None of them names an organisation, a
fiscal year, a date or the regulation: those are placeholders filled from the settings and from
``schema.LEGAL_BASIS``: ``{org}`` the organisation's full name; ``{fy}`` "ประจำปีงบประมาณ พ.ศ. …";
``{fy_and_amendment}`` the same with the amendment; ``{title}`` the plan's full title; ``{legal}`` the
regulation; ``{period}`` " (พ.ศ. … - …)" or empty; ``{committee}`` / ``{support}`` the committees as the
regulation names them for this kind of organisation; ``{org_committee}`` / ``{support_org}`` this
organisation's committees; ``{executive}`` the signing executive's title; ``{executive_kind}`` the
executive's title for the kind; the preface's counts and amounts; the certificate's names and dates.
The paragraphs of the ประกาศ, คำนำ and ส่วนที่ ๑ are also the standard text of the workbook's wording sheet, where
the officer edits them with these fields as Thai placeholders (``schema.PLACEHOLDERS``, ``opplan_xl/wording.py``).
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- the plan's name, fiscal year, organisation ----------------------------------------------
    "doc.plan": ("แผนการดำเนินงาน", "Operational plan"),
    "doc.fiscal_year": ("ประจำปีงบประมาณ พ.ศ. {year}", "for fiscal year {year}"),
    "doc.amendment": ("{kind} ครั้งที่ {no}/{year}", "{kind} no. {no}/{year}"),
    "doc.of": ("ของ", "of"),
    "doc.district": ("อำเภอ{name}", "District {name}"),
    "doc.province": ("จังหวัด{name}", "Province {name}"),
    "doc.district_word": ("อำเภอ", "District"),
    "doc.province_word": ("จังหวัด", "Province"),
    "doc.period": ("(พ.ศ. {first} - {last})", "({first}-{last})"),
    "doc.blank": ("......................................", "(blank)"),
    "doc.blank_short": (".................", "(blank)"),
    "doc.executive_generic": ("ผู้บริหารท้องถิ่น", "the local executive"),
    "doc.committee": ("คณะกรรมการพัฒนา{word}", "development committee"),
    "doc.support_committee": ("คณะกรรมการสนับสนุนการจัดทำแผนพัฒนา{word}", "plan support committee"),
    # ---- front matter --------------------------------------------------------------------------
    "doc.announce.title": ("ประกาศ{org}", "Announcement of {org}"),
    "doc.announce.subject": ("เรื่อง ประกาศใช้{title}", "Subject: announcing the {title}"),
    "doc.announce.date": ("ประกาศ ณ วันที่ {date}", "Announced on {date}"),
    "doc.sign.name": ("({name})", "({name})"),
    "doc.sign.blank_name": ("(......................................)", "(blank name)"),
    "doc.sign.line": ("(ลงชื่อ)......................................", "(signed)"),
    "doc.preface.title": ("คำนำ", "Preface"),
    "doc.toc.title": ("สารบัญ", "Contents"),
    "doc.toc.page": ("หน้า", "Page"),
    "doc.toc.topic": ("เรื่อง", "Topic"),
    # a form's contents entry: its title and its code as on its pages ("… (แบบ ผด.01)")
    "doc.toc.form_code": (" ({code})", " ({code})"),
    # ---- headings ------------------------------------------------------------------------------
    "doc.part1.title": ("ส่วนที่ ๑ บทนำ", "Part 1 Introduction"),
    "doc.part1.s1": ("๑.๑ บทนำ", "1.1 Introduction"),
    "doc.part1.s2": ("๑.๒ วัตถุประสงค์ของแผนการดำเนินงาน", "1.2 Objectives of the plan"),
    "doc.part1.s3": ("๑.๓ ขั้นตอนการจัดทำแผนการดำเนินงาน", "1.3 How the plan is made"),
    "doc.part1.s4": ("๑.๔ ประโยชน์ของแผนการดำเนินงาน", "1.4 Benefits of the plan"),
    "doc.part2.title": ("ส่วนที่ ๒", "Part 2"),
    "doc.part2.subtitle": ("บัญชีโครงการ/กิจกรรม/งบประมาณ", "Projects, activities and budget"),
    "doc.cert.title": ("ใบรับรองการปิดประกาศ", "Posting certificate"),
    # ---- ส่วนที่ ๑: the plan's own dates --------------------------------------------------------
    "doc.dates.intro": (
        "สำหรับแผนการดำเนินงาน{fy} ของ{org} มีกำหนดเวลาและการดำเนินการ ดังนี้",
        "For this plan the dates are:",
    ),
    "doc.dates.budget_act": (
        "ประกาศใช้{act}ประจำปี เมื่อวันที่ {date} ต้องจัดทำแผนการดำเนินงานให้แล้วเสร็จภายในวันที่ {due}",
        "Budget act announced {date}; plan due {due}",
    ),
    "doc.dates.committee": ("{committee}พิจารณาร่างแผนการดำเนินงาน เมื่อวันที่ {date}", "Committee met {date}"),
    "doc.dates.announced": (
        "{executive}ประกาศใช้แผนการดำเนินงาน เมื่อวันที่ {date} และต้องปิดประกาศแผนการดำเนินงานภายในสิบห้าวันนับแต่วันที่ประกาศ "
        "เพื่อให้ประชาชนในท้องถิ่นทราบโดยทั่วกัน และปิดประกาศไว้อย่างน้อยสามสิบวัน",
        "Announced {date}; the duty to post it within 15 days, for at least 30 days (no future date)",
    ),
    # ---- forms -----------------------------------------------------------------------------------
    "doc.form.no": ("ที่", "No."),
    "doc.form.total": ("รวม", "Subtotal"),
    "doc.form.grand_total": ("รวมทั้งสิ้น", "Total"),
    "doc.form.projects_count": ("{n} โครงการ", "{n} projects"),
    "doc.form.items_count": ("{n} รายการ", "{n} items"),
    "doc.form.year": ("พ.ศ. {year}", "{year}"),
    "doc.form.strategy_word": ("ยุทธศาสตร์", "Strategy"),
    "doc.form.strategy": ("{n}. {name}", "{n}. {name}"),
    "doc.form.strategy_code": ("ยุทธศาสตร์ที่ {code}", "Strategy {code}"),
    "doc.form.no_strategy": ("ไม่ระบุยุทธศาสตร์", "No strategy given"),
    "doc.form.no_area": ("ไม่ระบุแผนงาน", "No plan area given"),
    "doc.form.no_category": ("ไม่ระบุประเภทครุภัณฑ์", "No equipment category given"),
    "doc.form.area": ("{n} {name}", "{n} {name}"),
    "doc.form.province_strategy": ("ก. {text}", "A. {text}"),
    "doc.form.province_strategy_word": ("ยุทธศาสตร์จังหวัด", "Provincial strategy"),
    "doc.form.local_strategy": ("ข. {text}", "B. {text}"),
    "doc.form.local_strategy_word": ("ยุทธศาสตร์การพัฒนาของ อปท.ในเขตจังหวัด", "Local strategy in the province"),
    "doc.form.tactic": ("กลยุทธ์ {text}", "Tactic {text}"),
    "doc.form.tactic_word": ("กลยุทธ์", "Tactic"),
    "doc.form.ordinal_word": ("ที่", "No. (as in 'strategy no. 1')"),
    "doc.form.category": ("{n}. ประเภท {name}", "{n}. Category {name}"),
    "doc.form.head_lines.activity": (
        "รายละเอียดของกิจกรรม\nที่เกิดขึ้นจากโครงการ",
        "Activity details (the column header as broken into lines)",
    ),
    "doc.form.head_lines.agency": ("หน่วยงาน\nรับผิดชอบหลัก", "Main agency (the column header as broken into lines)"),
    "doc.form.head_lines.projects": (
        "จำนวนโครงการ\nที่ดำเนินการ",
        "Number of projects (the column header as broken into lines)",
    ),
    "doc.break.prefixes": (
        "หมู่บ้าน หมู่ที่ หมู่ บ้าน ตำบล อำเภอ จังหวัด ชุมชน ถนน ซอย กอง สำนักงาน สำนัก โรงเรียน โรงพยาบาล ศูนย์ องค์การ",
        "Words a line may break before inside a place or agency name (space-separated; not printed)",
    ),
    "doc.break.words": (
        "ฉบับที่ ครั้งที่ หมู่ที่ ส่วนที่ ข้อที่ ปีงบประมาณ งบประมาณรายจ่าย อบต อบจ",
        "Words the PDF never breaks inside, besides the segmenter's dictionary and the plan's names "
        "(space-separated; not printed)",
    ),
    "doc.break.phrases": (
        "พ.ศ. ข้อ ครั้งที่ มาตรา หมวด",
        "Words the PDF keeps on one line with the number after them (space-separated; not printed)",
    ),
    "doc.form.no_projects": ("- ไม่มีโครงการ -", "- no projects -"),
    "doc.form.no_equipment": ("- ไม่มีรายการครุภัณฑ์ -", "- no equipment -"),
    # ---- appendix ------------------------------------------------------------------------------
    "doc.cert.place": ("สถานที่ปิดประกาศ", "Where posted"),
    "doc.cert.from": ("ตั้งแต่วันที่", "From"),
    "doc.cert.to": ("ถึงวันที่", "To"),
    "doc.cert.signer": ("ผู้รับรอง", "Certified by"),
    "doc.cert.position": ("ตำแหน่ง {position}", "Position {position}"),
    # ---- the fixed narrative (คำนำ, ประกาศ, ส่วนที่ ๑, the certificate): placeholders are listed above ------
    "doc.text.announcement.1": (
        "ด้วย{org_committee} ได้ประชุมพิจารณาร่างแผนการดำเนินงาน{fy_and_amendment} เมื่อวันที่ {committee_date} "
        "ซึ่ง{support_org}ได้รวบรวมแผนงาน/โครงการพัฒนาของ{org} หน่วยราชการส่วนกลาง ส่วนภูมิภาค รัฐวิสาหกิจ "
        "และหน่วยงานอื่น ๆ ที่ดำเนินการในพื้นที่ แล้วจัดทำเป็นร่างแผนการดำเนินงาน "
        "และได้เสนอ{executive}เพื่อประกาศใช้",
        "Announcement: the committee considered the draft on {committee_date}",
    ),
    "doc.text.announcement.2": (
        "อาศัยอำนาจตามความในข้อ ๒๖ (๒) และข้อ ๒๗ แห่ง{legal} จึงประกาศใช้{title} ของ{org} "
        "รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้",
        "Announcement: under rules 26 (2) and 27 of {legal}, the {title} is announced",
    ),
    "doc.text.announcement.3": (
        "จึงประกาศมาเพื่อทราบโดยทั่วกัน",
        "Announcement: for everyone's information",
    ),
    "doc.text.preface.1": (
        "แผนการดำเนินงาน{fy} ของ{org} จัดทำขึ้นตาม{legal} "
        "เพื่อแสดงรายละเอียดของแผนงาน/โครงการพัฒนาและกิจกรรมที่ดำเนินการจริงทั้งหมดในพื้นที่ของ{org} "
        "ทั้งที่{org}ดำเนินการเอง และที่หน่วยราชการส่วนกลาง ส่วนภูมิภาค รัฐวิสาหกิจ และหน่วยงานอื่น ๆ "
        "ดำเนินการในพื้นที่",
        "Preface: the plan of {org} is made under {legal}",
    ),
    "doc.text.preface.2": (
        "แผนการดำเนินงานฉบับนี้ประกอบด้วยโครงการ/กิจกรรม จำนวน {projects} โครงการ งบประมาณรวมทั้งสิ้น {budget} บาท "
        "({budget_text}){equipment_sentence} แผนการดำเนินงานจะเป็นเครื่องมือสำคัญในการบริหารงาน "
        "การประสานและบูรณาการการทำงานกับหน่วยงานต่าง ๆ และการติดตามและประเมินผลการดำเนินงานเมื่อสิ้นปีงบประมาณ",
        "Preface: {projects} projects, {budget} baht ({budget_text}){equipment_sentence}",
    ),
    "doc.text.preface.3": (
        "{org}หวังเป็นอย่างยิ่งว่าแผนการดำเนินงานฉบับนี้จะเป็นประโยชน์ต่อการพัฒนาท้องถิ่น "
        "และขอขอบคุณทุกท่านที่มีส่วนร่วมในการจัดทำแผนการดำเนินงานฉบับนี้",
        "Preface: thanks to all who took part",
    ),
    "doc.text.preface.equipment": (
        " และครุภัณฑ์ที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น จำนวน {items} รายการ งบประมาณ {budget} บาท",
        " and {items} equipment items, {budget} baht",
    ),
    "doc.text.intro": (
        "การจัดทำแผนการดำเนินงาน{fy} นี้เป็นการกำหนดแนวทางการดำเนินงานตามแผนพัฒนาท้องถิ่น{period} ของ{org} "
        "ตาม{legal} ซึ่งกำหนดให้แผนการดำเนินงานนั้น "
        "มีจุดมุ่งหมายเพื่อแสดงถึงรายละเอียดของแผนงาน/โครงการพัฒนาและกิจกรรมที่ดำเนินการจริงทั้งหมดในพื้นที่ขององค์กรปกครองส่วนท้องถิ่นในปีงบประมาณนั้น",
        "1.1 Introduction: the plan carries out the development plan{period}",
    ),
    "doc.text.objectives": (
        "ตาม{legal} กำหนดให้องค์กรปกครองส่วนท้องถิ่นจัดทำแผนการดำเนินงาน "
        "สำหรับแผนการดำเนินงานนั้นมีจุดมุ่งหมายเพื่อแสดงถึงรายละเอียดของแผนงาน/โครงการพัฒนา"
        "และกิจกรรมที่ดำเนินการจริงทั้งหมดในพื้นที่เขตรับผิดชอบของ{org}{fy} "
        "ซึ่งทำให้แนวทางการดำเนินงานในปีงบประมาณนั้นมีความชัดเจนในการปฏิบัติมากยิ่งขึ้น "
        "มีการประสานและบูรณาการการทำงานกับหน่วยงานต่าง ๆ และการจำแนกรายละเอียดต่าง ๆ "
        "ของแผนงาน/โครงการในแผนการดำเนินงาน จะทำให้การติดตามและประเมินผลเมื่อสิ้นปีงบประมาณมีความละเอียดมากยิ่งขึ้น",
        "1.2 Objectives of the plan",
    ),
    "doc.text.procedure.intro": (
        "ตาม{legal} หมวด ๕ การนำแผนพัฒนาไปสู่การปฏิบัติ ข้อ ๒๖ กำหนดให้การจัดทำแผนการดำเนินงานมีขั้นตอนดำเนินการ ดังนี้",
        "1.3 Rule 26 sets these steps",
    ),
    "doc.text.procedure.step1": (
        "(๑) {support}รวบรวมแผนงาน/โครงการพัฒนาขององค์กรปกครองส่วนท้องถิ่น หน่วยราชการส่วนกลาง ส่วนภูมิภาค "
        "รัฐวิสาหกิจ และหน่วยงานอื่น ๆ ที่ดำเนินการในพื้นที่ขององค์กรปกครองส่วนท้องถิ่น "
        "แล้วจัดทำร่างแผนการดำเนินงานเสนอ{committee}",
        "Step 1: the support committee drafts the plan",
    ),
    "doc.text.procedure.step2": (
        "(๒) {committee}พิจารณาร่างแผนการดำเนินงาน แล้วเสนอ{executive_kind}ประกาศใช้เป็นแผนการดำเนินงาน ทั้งนี้ "
        "ให้ปิดประกาศแผนการดำเนินงานภายในสิบห้าวันนับแต่วันที่ประกาศ เพื่อให้ประชาชนในท้องถิ่นทราบโดยทั่วกัน "
        "และต้องปิดประกาศไว้อย่างน้อยสามสิบวัน",
        "Step 2: the committee considers it, the executive announces it; post within 15 days, for 30 days",
    ),
    "doc.text.procedure.completion": (
        "ข้อ ๒๗ กำหนดให้จัดทำแผนการดำเนินงานให้แล้วเสร็จภายในสามสิบวันนับแต่วันที่ประกาศใช้งบประมาณรายจ่ายประจำปี "
        "งบประมาณรายจ่ายเพิ่มเติม งบประมาณจากเงินสะสม หรือได้รับแจ้งแผนงานและโครงการจากหน่วยราชการส่วนกลาง "
        "ส่วนภูมิภาค รัฐวิสาหกิจ หรือหน่วยงานอื่น ๆ "
        "ที่ต้องดำเนินการในพื้นที่ขององค์กรปกครองส่วนท้องถิ่นในปีงบประมาณนั้น "
        "การขยายเวลาการจัดทำและการแก้ไขแผนการดำเนินงานให้เป็นอำนาจของ{executive_kind}",
        "Rule 27: finish within 30 days of the budget act",
    ),
    "doc.text.benefits": (
        "แผนการดำเนินงานเป็นการแสดงถึงรายละเอียดของแผนงาน/โครงการพัฒนา/กิจกรรม "
        "รวมทั้งงบประมาณที่ดำเนินการจริงในพื้นที่ของ{org}ในปีงบประมาณนั้น ๆ ดังนั้น "
        "แผนการดำเนินงานจึงเป็นเครื่องมือที่สำคัญในการบริหารงานของผู้บริหารท้องถิ่น "
        "รวมทั้งบุคคลผู้ที่เกี่ยวข้องในการจัดทำแผนงาน/โครงการพัฒนา/กิจกรรม "
        "และการบริหารงบประมาณให้เกิดประสิทธิภาพและประสิทธิผลสูงสุด "
        "รวมทั้งการดำเนินการตรวจสอบการดำเนินการในปีงบประมาณนั้น",
        "1.4 Benefits of the plan",
    ),
    "doc.text.certificate": (
        "ข้าพเจ้า {name} ตำแหน่ง {position} ขอรับรองว่า {org} ได้ปิดประกาศ{title} "
        "ซึ่ง{executive}ได้ประกาศใช้เมื่อวันที่ {announced} เพื่อให้ประชาชนในท้องถิ่นทราบโดยทั่วกัน ตามข้อ ๒๖ (๒) "
        "แห่ง{legal} โดยมีรายละเอียด ดังนี้",
        "Certificate: {name}, {position}, certifies that {org} posted the {title}",
    ),
    "doc.text.certificate.compliant": (
        "การปิดประกาศดังกล่าวได้ดำเนินการภายในสิบห้าวันนับแต่วันที่ประกาศใช้แผนการดำเนินงาน และได้ปิดประกาศไว้ไม่น้อยกว่าสามสิบวัน",
        "Posted within 15 days and kept up at least 30 days",
    ),
    "doc.text.certificate.end": (
        "จึงขอรับรองว่าได้ปิดประกาศตามรายละเอียดข้างต้นจริง",
        "Certified as true",
    ),
    # ---- the wording sheet (ข้อความในเอกสาร, rules/paragraphs.py) ----------------------------------------
    "I-PARAGRAPH-EMPTY": (
        "ช่องข้อความของ {part} ว่าง เอกสารจึงใช้ข้อความมาตรฐาน ถ้าต้องการข้อความของหน่วยงานเอง ให้พิมพ์ในช่องนี้",
        "The text of {part} is empty: the document uses the standard text",
    ),
    "I-PARAGRAPH-MISSING": (
        "แผ่นงานนี้ไม่มีแถวของ {parts} เอกสารจึงใช้ข้อความมาตรฐานของย่อหน้าดังกล่าว "
        "(สร้างสมุดงานใหม่ด้วย opplan build-workbook --from เพื่อให้มีแถวครบ)",
        "No row for {parts}: the document uses their standard text (rebuild the workbook to get the rows back)",
    ),
    "E-PARAGRAPH-PLACEHOLDER-UNKNOWN": (
        "ข้อความของ {part} มี {value} ซึ่งไม่ใช่คำที่โปรแกรมเติมให้ เอกสารจะพิมพ์ {value} ตามที่พิมพ์ไว้ "
        "กรุณาแก้เป็นคำใดคำหนึ่งต่อไปนี้ หรือพิมพ์ข้อความแทน: {known}",
        "The text of {part} has {value}, which is no placeholder (printed as typed); use one of: {known}",
    ),
    "E-PARAGRAPH-BRACE": (
        'ข้อความของ {part} มีวงเล็บปีกกาที่ไม่ครบคู่ ตรง "{value}" เอกสารจะพิมพ์วงเล็บนั้นตามที่พิมพ์ไว้ '
        "คำที่ให้โปรแกรมเติมต้องอยู่ในวงเล็บปีกกาครบคู่ เช่น {{ชื่ออปท}} ถ้าไม่ต้องการ ให้ลบวงเล็บออก",
        'The text of {part} has an unpaired brace at "{value}" (printed as typed)',
    ),
    "W-PARAGRAPH-ROW-UNKNOWN": (
        "แถวนี้ไม่ใช่ย่อหน้าของเอกสาร (รหัสย่อหน้าในคอลัมน์ที่ซ่อนไว้ว่างหรือไม่ถูกต้อง) เอกสารจึงไม่ใช้ข้อความในแถวนี้ "
        "ถ้าต้องการเพิ่มย่อหน้า ให้ขึ้นบรรทัดใหม่ (Alt+Enter) ในช่องข้อความของย่อหน้าที่ต้องการ",
        "This row is no paragraph of the document (its hidden key is empty or unknown): not used",
    ),
    "W-PARAGRAPH-DUPLICATE": (
        "{part} มีสองแถว เอกสารใช้แถว {used} แถวนี้ไม่ได้ใช้ กรุณาลบแถวที่ไม่ใช้ออก",
        "{part} has two rows: the document uses row {used}, not this one",
    ),
    # ---- the generate command ---------------------------------------------------------------------
    "ui.cli.generate": ("จัดทำเอกสารแผนการดำเนินงาน (Word และ PDF)", "write the formal document (Word and PDF)"),
    "ui.cli.out_docx": ("ไฟล์ Word ที่จะเขียน (.docx)", "Word file to write (.docx)"),
    "ui.cli.pdf": ("แปลงเป็น PDF ด้วย LibreOffice ด้วย", "also convert to PDF with LibreOffice"),
    "ui.cli.logo": ("ไฟล์รูปตราสัญลักษณ์สำหรับปก (PNG หรือ JPG)", "emblem image for the cover (PNG or JPG)"),
    "ui.demo.document": ("จัดทำเอกสารแผนการดำเนินงาน (Word และ PDF)", "write the formal document (Word and PDF)"),
    "ui.generate.no_libreoffice": (
        "ไม่ได้สร้างไฟล์ PDF เพราะเครื่องนี้ไม่มีโปรแกรม LibreOffice "
        "กรุณาติดตั้ง LibreOffice (https://th.libreoffice.org) หรือเปิดไฟล์ Word แล้วสั่งบันทึกเป็น PDF",
        "No PDF: LibreOffice is not installed; install it or save the Word file as PDF from Word",
    ),
    "ui.generate.pdf_failed": (
        "แปลงเป็น PDF ไม่สำเร็จ ({reason}) ไฟล์ Word ยังใช้ได้ตามปกติ กรุณาเปิดไฟล์ Word แล้วสั่งบันทึกเป็น PDF",
        "PDF conversion failed ({reason}); the Word file is fine",
    ),
    "ui.generate.pdf_font_substitute": (
        "เครื่องนี้ไม่มีฟอนต์ TH Sarabun New ไฟล์ PDF จึงใช้ฟอนต์อื่นแทน ขนาดตัวอักษรและจำนวนหน้าอาจต่างจากเอกสารจริง "
        "กรุณาติดตั้งฟอนต์ TH Sarabun New (หรือแพ็กเกจ fonts-thai-tlwg) แล้วจัดทำ PDF ใหม่ หรือเปิดไฟล์ Word "
        "แล้วสั่งบันทึกเป็น PDF",
        "TH Sarabun New is not installed: the PDF uses a substitute font (sizes and page count may differ); "
        "install TH Sarabun New (or fonts-thai-tlwg) and convert again, or save the Word file as PDF from Word",
    ),
    "ui.generate.logo_missing": (
        "ไม่พบไฟล์ตราสัญลักษณ์ {path} เอกสารจึงไม่มีตราสัญลักษณ์ที่ปก",
        "Logo file {path} not found; the cover has no logo",
    ),
    "ui.generate.logo_bad": (
        "ไฟล์ตราสัญลักษณ์ {path} ไม่ใช่รูปภาพที่ใช้ได้ (ใช้ PNG, JPG, GIF หรือ BMP) เอกสารจึงไม่มีตราสัญลักษณ์ที่ปก",
        "Logo file {path} is not a usable image; the cover has no logo",
    ),
    "ui.cli.garuda": (
        "ไฟล์รูปครุฑสำหรับหน้าประกาศ (PNG หรือ JPG) ถ้าไม่ระบุจะเว้นที่ว่างไว้ ๓ ซม.",
        "Garuda image for the announcement (PNG or JPG); without it the page leaves 3 cm free",
    ),
    "ui.generate.garuda_missing": (
        "ไม่พบไฟล์รูปครุฑ {path} หน้าประกาศจึงเว้นที่ว่างไว้สำหรับกระดาษที่พิมพ์ครุฑไว้แล้ว",
        "Garuda file {path} not found; the announcement leaves the space free",
    ),
    "ui.generate.garuda_bad": (
        "ไฟล์รูปครุฑ {path} ไม่ใช่รูปภาพที่ใช้ได้ (ใช้ PNG, JPG, GIF หรือ BMP) หน้าประกาศจึงเว้นที่ว่างไว้แทน",
        "Garuda file {path} is not a usable image; the announcement leaves the space free",
    ),
    "ui.generate.has_errors": (
        "สมุดงานมีข้อผิดพลาด {n} รายการ เอกสารที่ได้อาจไม่ครบถ้วน กรุณาตรวจสอบด้วยคำสั่ง opplan validate แล้วจัดทำเอกสารใหม่",
        "The workbook has {n} errors; the document may be incomplete (run opplan validate)",
    ),
    "ui.cli.certificate": (
        "จัดทำใบรับรองการปิดประกาศ (หลังวันที่ปลดประกาศ)",
        "write the posting certificate (after the take-down date)",
    ),
    "ui.cli.out_certificate": ("ไฟล์ Word ของใบรับรองที่จะเขียน (.docx)", "Word file of the certificate (.docx)"),
    "ui.certificate.not_posted": (
        "ยังจัดทำใบรับรองการปิดประกาศไม่ได้ เพราะยังไม่ได้กรอกวันที่ปิดประกาศ กรุณากรอกที่แผ่นงาน {sheet} ช่อง {cell}",
        "No certificate yet: the posting date is empty; fill in sheet {sheet}, cell {cell}",
    ),
    "ui.certificate.not_taken_down": (
        "ยังจัดทำใบรับรองการปิดประกาศไม่ได้ เพราะยังไม่ได้ปลดประกาศ ใบรับรองรับรองการปิดประกาศที่ครบกำหนดแล้ว "
        "เมื่อปลดประกาศแล้วกรุณากรอกวันที่ปลดประกาศที่แผ่นงาน {sheet} ช่อง {cell} แล้วสั่งใหม่",
        "No certificate yet: the plan has not been taken down; fill in the take-down date in sheet {sheet}, "
        "cell {cell}, then run again",
    ),
    "ui.certificate.not_yet": (
        "ยังจัดทำใบรับรองการปิดประกาศไม่ได้ เพราะวันที่ปลดประกาศ ({taken_down}) ยังมาไม่ถึง "
        "ใบรับรองจัดทำได้เมื่อปลดประกาศแล้ว (แผ่นงาน {sheet} ช่อง {cell})",
        "No certificate yet: the take-down date ({taken_down}) is still to come (sheet {sheet}, cell {cell})",
    ),
    "ui.certificate.before_posted": (
        "วันที่ปลดประกาศ ({taken_down}) อยู่ก่อนวันที่ปิดประกาศ ({posted}) กรุณาตรวจสอบแผ่นงาน {sheet} ช่อง {cell}",
        "The take-down date ({taken_down}) is before the posting date ({posted}); check sheet {sheet}, cell {cell}",
    ),
    "xl.title.certificate": ("แผนการดำเนินงาน: ใบรับรองการปิดประกาศ", "OpPlan: posting certificate"),
    "ui.generate.toc_note": (
        "สารบัญเป็นแบบอัตโนมัติ เมื่อเปิดไฟล์ด้วย Word ให้ตอบ ใช่ (Yes) เพื่อปรับปรุงเลขหน้า",
        "The contents are a Word field: answer Yes when Word offers to update fields",
    ),
}
