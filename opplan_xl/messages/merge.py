"""Messages of the merge area: agency forms out, returned forms in (see messages/__init__.py).

Finding placeholders: {sheet}, {cell}, and {file} (the returned file's name) on every form finding.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- refusing a returned file -----------------------------------------------------------------
    "E-FORM-UNREADABLE": (
        "ไม่รับไฟล์ {file}: {reason}",
        "Refused {file}: {reason}",
    ),
    "E-FORM-NOT-FORM": (
        "ไม่รับไฟล์ {file}: ไม่ใช่แบบฟอร์มหน่วยงานที่ส่งออกจากโปรแกรมนี้ ({reason}) "
        "กรุณาให้หน่วยงานกรอกในแบบฟอร์มที่ส่งไปให้ แล้วส่งไฟล์นั้นกลับมา",
        "Refused {file}: not an agency form issued by this program ({reason})",
    ),
    "ui.form.no_identity": (
        "ไม่มีข้อมูลประจำแบบฟอร์มที่โปรแกรมใส่ไว้ตอนส่งออก",
        "it has no identity block",
    ),
    "E-FORM-IDENTITY-ALTERED": (
        "ไม่รับไฟล์ {file}: ข้อมูลประจำแบบฟอร์ม (หน่วยงาน ปีงบประมาณ รหัสแบบฟอร์ม) ถูกแก้ไขหลังจากส่งออก "
        "จึงเชื่อถือไม่ได้ว่าเป็นของหน่วยงานใด กรุณาส่งแบบฟอร์มฉบับใหม่ให้หน่วยงานกรอก",
        "Refused {file}: the form's identity block was altered after it was issued",
    ),
    "E-FORM-OTHER-PLAN": (
        "ไม่รับไฟล์ {file}: แบบฟอร์มนี้ส่งออกจากสมุดงานหลักไฟล์อื่น ไม่ใช่ไฟล์ที่กำลังรวม "
        "(เช่น ส่งแบบฟอร์มจากสมุดงานที่ยังไม่มีรหัสแผน ซึ่งโปรแกรมสร้างไฟล์หลัก ...-รวม.xlsx ไว้ให้ หรือจากแผนของ อปท. อื่น) "
        "กรุณารวมแบบฟอร์มนี้เข้ากับสมุดงานหลักที่ใช้ส่งแบบฟอร์ม (ไฟล์ที่คำสั่ง export-form บอกว่าเป็นไฟล์หลัก) "
        "[รหัสแผนของแบบฟอร์ม {form_plan} รหัสแผนของไฟล์นี้ {plan}]",
        "Refused {file}: a form of another plan ({form_plan}), not of this one ({plan})",
    ),
    "E-FORM-MASTER-NO-KEY": (
        "ไม่รับไฟล์ {file}: สมุดงานนี้ยังไม่มีรหัสแผน จึงไม่ใช่สมุดงานที่ส่งแบบฟอร์มนี้ออกไป "
        "ให้รวมแบบฟอร์มเข้ากับสมุดงานที่ใช้ส่งแบบฟอร์ม (ไฟล์ที่โปรแกรมบอกไว้ตอนส่งแบบฟอร์ม)",
        "Refused {file}: this workbook has no plan key, so it is not the one the form was issued from",
    ),
    "E-FORM-OTHER-YEAR": (
        "ไม่รับไฟล์ {file}: เป็นแบบฟอร์มของปีงบประมาณ พ.ศ. {form_year} แต่แผนนี้เป็นปีงบประมาณ พ.ศ. {year}",
        "Refused {file}: a form for fiscal year {form_year}, but this plan is for {year}",
    ),
    "E-FORM-VERSION": (
        "ไม่รับไฟล์ {file}: แบบฟอร์มรุ่นที่ {version} ใหม่กว่าที่โปรแกรมนี้รู้จัก (ถึงรุ่นที่ {supported}) กรุณาปรับรุ่นโปรแกรม opplan-xl",
        "Refused {file}: form version {version} is newer than this program knows ({supported})",
    ),
    "E-FORM-OLDER": (
        "ไม่รับไฟล์ {file}: แบบฟอร์ม {form_id} ออกก่อนแบบฟอร์ม {current} ที่รวมข้อมูลของ {agency} ไว้แล้ว จึงไม่นำข้อมูลที่เก่ากว่ามาแทน",
        "Refused {file}: form {form_id} was issued before {current}, already merged for {agency}",
    ),
    # ---- received with a note ----------------------------------------------------------------------
    "I-FORM-XLWINGS-CONF-IGNORED": (
        'ไฟล์ {file} มีแผ่นงาน "{sheet}" (ค่าตั้งของ xlwings) โปรแกรมไม่อ่านและไม่ใช้แผ่นงานนี้',
        'The sheet "{sheet}" (xlwings settings) in {file} is ignored',
    ),
    "I-FORM-MACROS-IGNORED": (
        "ไฟล์ {file} มีมาโคร (VBA) โปรแกรมไม่เปิดใช้และไม่คัดลอกมาโคร ใช้เฉพาะค่าในเซลล์",
        "{file} holds macros (VBA): never run or copied; cell values only",
    ),
    "I-FORM-LINKS-IGNORED": (
        "ไฟล์ {file} มีการเชื่อมโยงไปยังไฟล์หรือแหล่งข้อมูลภายนอก ({count} รายการ) "
        "โปรแกรมไม่ติดตามและไม่คัดลอกการเชื่อมโยง ใช้เฉพาะค่าที่บันทึกไว้ในเซลล์",
        "{file} has {count} external links or data connections: never followed or copied; stored values only",
    ),
    "I-FORM-OBJECTS-IGNORED": (
        "ไฟล์ {file} มีวัตถุฝังหรือตัวควบคุม ({count} รายการ) โปรแกรมไม่เปิดใช้และไม่คัดลอก",
        "{file} has {count} embedded objects or controls: ignored",
    ),
    "W-FORM-FORMULA-TEXT": (
        'ค่าในเซลล์ {cell} ของไฟล์ {file} ขึ้นต้นด้วย "{start}" เหมือนสูตร โปรแกรมเก็บเป็นข้อความตามที่พิมพ์ ไม่คำนวณ: "{value}"',
        'Cell {cell} of {file} starts with "{start}" like a formula: kept as text, never evaluated: "{value}"',
    ),
    "W-FORM-AGENCY-REPLACED": (
        'หน่วยงานในเซลล์ {cell} ของไฟล์ {file} ("{value}") ไม่ใช่หน่วยงานของแบบฟอร์ม ใช้ "{agency}" แทน',
        'The agency in {cell} of {file} ("{value}") is not the form\'s; "{agency}" is used',
    ),
    "I-FORM-EMPTY": (
        "ไฟล์ {file} ของ {agency} ไม่มีโครงการ และในสมุดงานไม่มีโครงการของหน่วยงานนี้ที่เคยรวมไว้ จึงไม่มีสิ่งใดเปลี่ยนแปลง",
        "{file} from {agency} holds no projects, and none of this agency's were merged before: nothing changed",
    ),
    "I-FORM-EMPTY-WITHDRAWN": (
        "ไฟล์ {file} ของ {agency} ไม่มีโครงการ ถือว่าหน่วยงานถอนโครงการที่เคยส่งมา "
        "จึงนำโครงการของหน่วยงานนี้ที่รวมไว้ก่อนหน้าออก {n} โครงการ",
        "{file} from {agency} holds no projects: the agency withdraws what it sent before, so its {n} merged "
        "projects are removed",
    ),
    "I-FORM-EMPTY-KEPT": (
        "ไฟล์ {file} ของ {agency} ไม่มีโครงการ แต่โครงการของหน่วยงานนี้ที่รวมไว้ {n} โครงการถูกแก้ไขในสมุดงานหลัก "
        "จึงคงไว้ทั้งหมด (ดูข้อขัดแย้ง)",
        "{file} from {agency} holds no projects, but its {n} merged projects were edited in the master: all kept "
        "(see the conflicts)",
    ),
    # ---- conflicts with the officer's edits -----------------------------------------------------------
    "W-MERGE-CONFLICT-CHANGED": (
        'โครงการ "{name}" ของ {agency} (แถว {row}) ถูกแก้ไขในสมุดงานหลักหลังจากรวมครั้งก่อน '
        "และแบบฟอร์มที่ส่งมาใหม่ ({file}) ก็เปลี่ยนโครงการนี้ด้วย จึงคงฉบับในสมุดงานหลักไว้ "
        "ถ้าต้องการใช้ฉบับจากแบบฟอร์ม ให้รวมอีกครั้งโดยเลือกใช้ฉบับจากแบบฟอร์ม (--prefer-form)",
        'Project "{name}" of {agency} (row {row}) was edited in the master and the new return ({file}) changes '
        "it too: the master's version is kept (--prefer-form takes the form's)",
    ),
    "W-MERGE-CONFLICT-CHANGED-FORM": (
        'โครงการ "{name}" ของ {agency} (แถว {row}) ถูกแก้ไขในสมุดงานหลักหลังจากรวมครั้งก่อน '
        "และแบบฟอร์มที่ส่งมาใหม่ ({file}) ก็เปลี่ยนโครงการนี้ด้วย ใช้ฉบับจากแบบฟอร์มตามที่สั่ง",
        'Project "{name}" of {agency} (row {row}) was edited in the master and the new return ({file}) changes '
        "it too: the form's version is taken, as asked",
    ),
    "W-MERGE-CONFLICT-REMOVED": (
        'โครงการ "{name}" ของ {agency} (แถว {row}) ถูกแก้ไขในสมุดงานหลักหลังจากรวมครั้งก่อน '
        "แต่แบบฟอร์มที่ส่งมาใหม่ ({file}) ไม่มีโครงการนี้แล้ว จึงคงโครงการนี้ไว้ "
        "ถ้าต้องการนำออก ให้รวมอีกครั้งโดยเลือกใช้ฉบับจากแบบฟอร์ม (--prefer-form) หรือลบแถวเอง",
        'Project "{name}" of {agency} (row {row}) was edited in the master but is not in the new return ({file}): '
        "kept (--prefer-form removes it)",
    ),
    "W-MERGE-CONFLICT-REMOVED-FORM": (
        'โครงการ "{name}" ของ {agency} (แถว {row}) ถูกแก้ไขในสมุดงานหลักหลังจากรวมครั้งก่อน '
        "แต่แบบฟอร์มที่ส่งมาใหม่ ({file}) ไม่มีโครงการนี้แล้ว นำออกตามที่สั่ง",
        'Project "{name}" of {agency} (row {row}) was edited in the master but is not in the new return ({file}): '
        "removed, as asked",
    ),
    "I-MERGE-KEPT-EDIT": (
        'โครงการ "{name}" ของ {agency} (แถว {row}) ถูกแก้ไขในสมุดงานหลัก แบบฟอร์มไม่ได้เปลี่ยนโครงการนี้ จึงคงฉบับที่แก้ไว้',
        'Project "{name}" of {agency} (row {row}) was edited in the master; the form does not change it: kept',
    ),
    # ---- exporting a form ---------------------------------------------------------------------------
    "E-FORM-NO-AGENCY": ("กรุณาระบุชื่อหน่วยงานที่จะส่งแบบฟอร์มให้", "Give the agency's name"),
    "E-FORM-NO-YEAR": (
        "ยังไม่ได้กรอกปีงบประมาณในแผ่นงาน {sheet} ต้องกรอกก่อนส่งแบบฟอร์มให้หน่วยงาน",
        "The fiscal year is missing on {sheet}: needed before forms are sent",
    ),
    "E-MERGE-INTO-ORIGINAL": (
        "ไฟล์ผลลัพธ์ {path} เป็นไฟล์เดียวกับสมุดงานหลัก โปรแกรมไม่เขียนทับสมุดงานหลัก กรุณาระบุไฟล์ใหม่ด้วย -o",
        "The output {path} is the master workbook itself: give another file with -o",
    ),
    "ui.form.file_name": ("แบบฟอร์ม-{agency}-{year}", "form-{agency}-{year}"),
    "ui.form.written": (
        "เขียนแบบฟอร์มสำหรับ {agency} แล้ว: {path}\nรหัสแบบฟอร์ม {form_id} ส่งไฟล์นี้ให้หน่วยงานกรอกแล้วส่งกลับ",
        "Wrote the form for {agency}: {path}\nForm id {form_id}; send it to the agency to fill in and return",
    ),
    "ui.form.key_made": (
        "สมุดงาน {book} ยังไม่มีรหัสแผน (ใช้ตรวจแบบฟอร์มที่ส่งกลับ) โปรแกรมสร้างรหัสใหม่ "
        "และบันทึกสมุดงานหลักฉบับที่มีรหัสไว้ที่ {path} (ไฟล์เดิมไม่ถูกแก้ไข) "
        "ใช้ไฟล์นี้เป็นสมุดงานหลักต่อไป และรวมแบบฟอร์มที่ส่งกลับเข้ากับไฟล์นี้",
        "{book} had no plan key: a new one is made and the master with it written to {path} (the original is "
        "unchanged); use that file from now on and merge the returned forms into it",
    ),
    "ui.form.agency_prompt": (
        "หน่วยงานของแบบฟอร์มนี้ กรอกไว้ให้แล้ว ไม่ต้องแก้ไข",
        "This form's agency, filled in already",
    ),
    "ui.form.help.for": (
        "แบบฟอร์มนี้สำหรับ {agency} เพื่อเสนอโครงการที่จะดำเนินการในเขต {org} ในปีงบประมาณ พ.ศ. {year} "
        "ให้บรรจุในแผนการดำเนินงาน (ระเบียบกระทรวงมหาดไทยฯ ข้อ ๒๖ (๑))",
        "This form is for {agency} to propose the projects it will run in {org} in fiscal year {year}",
    ),
    "ui.form.help.agency": ("หน่วยงาน:", "Agency:"),
    "ui.form.help.plan": ("แผน:", "Plan:"),
    "ui.form.help.form_id": ("รหัสแบบฟอร์ม:", "Form id:"),
    "ui.form.help.issued": ("วันที่ส่งแบบฟอร์ม:", "Issued:"),
    "ui.form.help.how": ("วิธีกรอก", "How to fill it in"),
    "ui.form.help.step1": (
        'กรอกโครงการละหนึ่งแถวในแผ่นงาน "{projects_sheet}" เริ่มจากแถวแรกใต้หัวตาราง ไม่เว้นแถวว่าง',
        'One project per row on the sheet "{projects_sheet}", from the first row under the header',
    ),
    "ui.form.help.step2": (
        'เลือกยุทธศาสตร์และแผนงานจากรายการ (คลิกลูกศรที่มุมขวาของช่อง) ดูชื่อยุทธศาสตร์ได้ที่แผ่นงาน "{strategies_sheet}"',
        'Pick the strategy and แผนงาน from the drop-downs; the strategies are listed on "{strategies_sheet}"',
    ),
    "ui.form.help.step3": (
        "พิมพ์งบประมาณเป็นตัวเลข (บาท) เช่น 150000 หรือ 1632820.50 ไม่ต้องพิมพ์คำว่า บาท",
        "Type the budget as a number of baht, e.g. 150000 or 1632820.50",
    ),
    "ui.form.help.step4": (
        'ใส่เครื่องหมาย {mark} ในเดือนที่ดำเนินการ หรือกรอกช่อง "{period_header}" เช่น ต.ค. {year_before} - มี.ค. {year}',
        'Put {mark} in the months it runs, or fill "{period_header}"',
    ),
    "ui.form.help.step5": (
        'ช่อง "{agency_header}" และ "{source_header}" ({source}) กรอกไว้ให้แล้ว '
        "ถ้าโครงการใช้เงินจากแหล่งอื่น ให้เลือกแหล่งงบประมาณจากรายการ",
        '"{agency_header}" and "{source_header}" ({source}) are filled in; pick another source if needed',
    ),
    "ui.form.help.step6": (
        "ตารางมีแถวที่กรอกหน่วยงานไว้ให้ {rows} แถว ถ้ามีโครงการมากกว่านี้ ให้กรอกต่อท้ายตารางได้เลย",
        "The table has {rows} prepared rows; type further rows below it if needed",
    ),
    "ui.form.help.step7": (
        "ห้ามเปลี่ยนชื่อแผ่นงานหรือหัวตาราง และห้ามลบแผ่นงานใด ๆ แบบฟอร์มนี้ไม่มีมาโคร "
        "เปิดและบันทึกได้ด้วย Excel หรือ LibreOffice (บันทึกเป็นแบบ .xlsx)",
        "Do not rename sheets or headers or delete sheets; no macros; Excel or LibreOffice, saved as .xlsx",
    ),
    "ui.form.help.step8": (
        "เมื่อกรอกเสร็จ บันทึกแล้วส่งไฟล์นี้กลับทางอีเมล ถ้าต้องการแก้ไขภายหลัง ให้แก้ในไฟล์เดิมแล้วส่งใหม่ทั้งไฟล์ "
        "(ฉบับที่ส่งใหม่จะใช้แทนฉบับเดิมทั้งหมด)",
        "Save and e-mail this file back; to correct it later, edit this file and send it again (it replaces the "
        "earlier return)",
    ),
    # ---- the merge report -------------------------------------------------------------------------
    "ui.merge.title": ("รายงานการรวมแบบฟอร์มหน่วยงาน", "Merge report: agency forms"),
    "ui.merge.ran": ("รวมเมื่อ {when} เข้ากับ {book}", "Merged on {when} into {book}"),
    "ui.merge.agency": (
        "{agency} ({file}, รหัสแบบฟอร์ม {form_id}): ได้รับ {received} โครงการ งบประมาณ {budget} บาท",
        "{agency} ({file}, form {form_id}): {received} projects received, budget {budget} baht",
    ),
    "ui.merge.changes": (
        "เพิ่ม {added} แก้ไข {changed} ลบ {removed} คงเดิม {unchanged} ข้อขัดแย้ง {conflicts}",
        "added {added}, changed {changed}, removed {removed}, unchanged {unchanged}, conflicts {conflicts}",
    ),
    "ui.merge.counts": (
        "ข้อผิดพลาด {error} คำเตือน {warning} ข้อสังเกต {info}",
        "{error} errors, {warning} warnings, {info} notes",
    ),
    "ui.merge.added": ("เพิ่ม", "added"),
    "ui.merge.changed": ("แก้ไข", "changed"),
    "ui.merge.removed": ("ลบ", "removed"),
    "ui.merge.status.merged": ("รวมแล้ว", "merged"),
    "ui.merge.status.unchanged": ("ไม่มีการเปลี่ยนแปลง", "no change"),
    "ui.merge.status.withdrawn": ("ถอนโครงการที่เคยส่ง", "withdrawn"),
    "ui.merge.status.refused": ("ไม่รับ", "refused"),
    "ui.merge.kind.finding": ("ผลตรวจ", "finding"),
    "ui.merge.kind.conflict": ("ข้อขัดแย้ง", "conflict"),
    "ui.merge.kind.change": ("การเปลี่ยนแปลง", "change"),
    "ui.merge.kind.not_carried": ("ไม่ได้คัดลอกมาจากสมุดงานหลัก", "not carried over from the master"),
    "ui.merge.not_carried": (
        "สมุดงานที่รวมแล้วสร้างใหม่จากข้อมูลของแผน จึงไม่มีสิ่งที่เพิ่มไว้เองในสมุดงานหลักต่อไปนี้ (สมุดงานหลักไม่ถูกแก้ไข และยังมีอยู่ครบ):",
        "The merged workbook is built from the plan's data, so it lacks these additions of the master "
        "(the master is unchanged and still has them):",
    ),
    "ui.merge.refused": ("ไม่รับ {n} ไฟล์:", "{n} files refused:"),
    "ui.merge.nothing": (
        "ไม่มีแบบฟอร์มที่รับได้ ไม่ได้เขียนไฟล์ใด ๆ สมุดงานหลักไม่ถูกแก้ไข",
        "No form could be taken: nothing written, the master is unchanged",
    ),
    "ui.merge.no_change": ("ข้อมูลไม่เปลี่ยนแปลง:", "No change:"),
    "ui.merge.no_change.same": (
        "{agency} ({file}): โครงการในแบบฟอร์มมีอยู่ในสมุดงานแล้วตามที่ส่งมา (รวมแบบฟอร์มนี้ไว้แล้ว)",
        "{agency} ({file}): the form's projects are in the workbook as sent (merged already)",
    ),
    "ui.merge.no_change.refused": (
        "{agency} ({file}): ทุกโครงการในแบบฟอร์มมีข้อผิดพลาด จึงยังไม่ได้รวมโครงการใดเลย "
        "กรุณาให้หน่วยงานแก้ตามรายการข้างต้นแล้วส่งแบบฟอร์มกลับมาใหม่",
        "{agency} ({file}): every project on the form has errors, so none was merged; ask the agency to fix them "
        "(see above) and send the form again",
    ),
    "ui.merge.no_change.empty": (
        "{agency} ({file}): แบบฟอร์มไม่มีโครงการ และไม่มีโครงการของหน่วยงานนี้ที่เคยรวมไว้ให้นำออก",
        "{agency} ({file}): the form holds no projects and none of the agency's were merged before",
    ),
    "ui.merge.no_change.kept": (
        "{agency} ({file}): คงฉบับที่แก้ไขไว้ในสมุดงานหลัก (ดูข้อขัดแย้งข้างต้น)",
        "{agency} ({file}): the master's edited versions are kept (see the conflicts above)",
    ),
    "ui.merge.written": (
        "บันทึกสมุดงานที่รวมแล้วไว้ที่ {path} (สมุดงานหลัก {book} ไม่ถูกแก้ไข)",
        "Wrote the merged workbook to {path} ({book} is unchanged)",
    ),
    "ui.merge.totals": (
        "ทั้งแผน: โครงการของ อปท. {own} โครงการ {own_budget} บาท / ของหน่วยงานอื่น {other} โครงการ {other_budget} บาท",
        "Whole plan: own projects {own} ({own_budget} baht) / other agencies' {other} ({other_budget} baht)",
    ),
    # ---- forms returned after the plan was announced (opplan_xl/agency/late.py) ----------------------
    "ui.merge.late.announced_first": ("ประกาศแผน", "the plan was announced"),
    "ui.merge.late.announced_n": ("ประกาศการ{kind} ครั้งที่ {number} ", "{kind} no. {number} was announced"),
    "ui.merge.late.and": (" และ", ", "),
    "ui.merge.late.new": (
        "แบบฟอร์มของ{agencies}รับหลัง{announced}แล้ว: ทำเป็นการ{kind} ครั้งที่ {number} (ยังไม่ได้ประกาศ) "
        "เพิ่ม {added} แก้ไข {changed} ยกเลิก {cancelled} โครงการ ฉบับที่ประกาศแล้วไม่เปลี่ยน "
        "(โครงการที่ยกเลิกยังอยู่ในตาราง ช่อง ยกเลิกโดยครั้งที่ = {number} ค่าเดิมของช่องที่แก้ไขอยู่ในแผ่นงาน ประวัติการแก้ไข)",
        "The form of {agencies} came after {announced}: made {kind} no. {number} (not announced yet), "
        "{added} added, {changed} changed, {cancelled} cancelled; the announced version is unchanged",
    ),
    "ui.merge.late.join": (
        "แบบฟอร์มของ{agencies}รับหลัง{announced}แล้ว: รวมเป็นการ{kind} ครั้งที่ {number} (ยังไม่ได้ประกาศ) "
        "เพิ่ม {added} แก้ไข {changed} ยกเลิก {cancelled} โครงการ ฉบับที่ประกาศแล้วไม่เปลี่ยน",
        "The form of {agencies} came after {announced}: joined {kind} no. {number} (not announced yet), "
        "{added} added, {changed} changed, {cancelled} cancelled; the announced version is unchanged",
    ),
    "ui.merge.late.nothing": (
        "แบบฟอร์มของ{agencies}รับหลัง{announced}แล้ว แต่ข้อมูลโครงการไม่เปลี่ยน จึงไม่ได้ทำการแก้ไข/เพิ่มเติม",
        "The form of {agencies} came after {announced} but changes no project: no amendment made",
    ),
    "ui.merge.late.due": (
        "ต้องประกาศการ{kind} ครั้งที่ {number} ภายใน {due} (ข้อ ๒๗: 30 วันนับจากวันที่ได้รับแจ้ง {event_date}) "
        "เมื่อประกาศแล้วให้กรอกวันที่ประกาศในแผ่นงาน {sheet}",
        "{kind} no. {number} must be announced by {due} (30 days from the notice of {event_date}); "
        "then fill in its announcement date on sheet {sheet}",
    ),
    "ui.merge.late.date_kept": (
        "วันที่ของเหตุที่ระบุ ({given}) ไม่ได้ใช้ เพราะ{kind} ครั้งที่ {number} มีวันที่ของเหตุอยู่แล้ว ({kept}) "
        "ถ้าจะเปลี่ยน ให้แก้ในแผ่นงาน {sheet}",
        "The event date given ({given}) was not used: {kind} no. {number} already has its own ({kept}); "
        "change it on {sheet}",
    ),
    "ui.merge.late.reference": (
        "แบบฟอร์มโครงการของ{agency}",
        "the project form of {agency}",
    ),
    "ui.merge.late.reason": (
        "{agency}แจ้งโครงการด้วยแบบฟอร์มหน่วยงาน",
        "{agency} sent its projects on the agency form",
    ),
    "ui.merge.amend.not_announced": (
        "ใช้ --amendment {value} ไม่ได้: แผนยังไม่ได้ประกาศ (ช่อง วันที่ประกาศ ในแผ่นงาน {sheet} ยังว่าง "
        "และยังไม่มีการแก้ไข/เพิ่มเติม) แบบฟอร์มจึงรวมเข้าในแผนได้โดยตรง ให้รันใหม่โดยไม่ใส่ --amendment",
        "--amendment {value} cannot be used: the plan is not announced yet (sheet {sheet}); run again without it",
    ),
    "ui.merge.amend.no_join": (
        "รวมเข้ากับการแก้ไข/เพิ่มเติมครั้งที่ {number} ไม่ได้: ครั้งนั้นประกาศแล้ว (หรือยังไม่มีการแก้ไข/เพิ่มเติม) "
        "ให้ใช้ --amendment new เพื่อทำเป็นครั้งที่ {next}",
        "Cannot join amendment {number}: it is announced (or there is none); use --amendment new for no. {next}",
    ),
    "ui.merge.amend.bad": (
        "--amendment {value} ไม่ถูกต้อง: ใช้ auto (ค่าเริ่มต้น), new, join หรือเลขครั้งที่ (เช่น {next})",
        "--amendment {value} is not valid: use auto (the default), new, join or a number (e.g. {next})",
    ),
    "ui.cli.merge_amendment": (
        "แบบฟอร์มที่รับหลังประกาศแผน: auto = รวมเข้ากับการแก้ไขครั้งล่าสุดที่ยังไม่ประกาศ ถ้าไม่มีให้ทำครั้งใหม่ "
        "(ค่าเริ่มต้น), new = ทำครั้งใหม่, join = รวมเข้ากับครั้งล่าสุด หรือเลขครั้งที่",
        "forms returned after the announcement: auto (join the latest unannounced amendment, else a new one), "
        "new, join, or a number",
    ),
    "ui.cli.merge_event_date": (
        "วันที่ได้รับแจ้งจากหน่วยงาน (วันที่ของเหตุ นับ 30 วันตามข้อ ๒๗) ค่าเริ่มต้น วันนี้",
        "the date the agency's notice was received (the amendment's event date); default today",
    ),
    "E-MERGE-LATE-AMBIGUOUS": (
        "ไม่รับไฟล์ {file}: แผนประกาศแล้ว แบบฟอร์มจึงต้องทำเป็นการแก้ไข/เพิ่มเติม แต่มีแถวที่ใช้รหัสแถวซ้ำกันและถูกแก้ไขทั้งคู่ "
        "โปรแกรมจึงไม่รู้ว่าแถวใดคือแถวเดิม กรุณาแก้รหัสแถวที่ซ้ำ (ดูรายการถัดไป) แล้วรวมอีกครั้ง",
        "Refused {file}: two rows share a row id and both were edited; fix the duplicate ids and merge again",
    ),
    # ---- the CLI ---------------------------------------------------------------------------------------
    "ui.cli.export-form": (
        "เขียนแบบฟอร์มให้หน่วยงานอื่นกรอกโครงการ (ไฟล์ .xlsx ไม่มีมาโคร)",
        "write a form for another agency to fill in with its projects (macro-free .xlsx)",
    ),
    "ui.cli.merge": (
        "รวมแบบฟอร์มที่หน่วยงานส่งกลับเข้าในสมุดงานฉบับใหม่",
        "merge returned agency forms into a new workbook",
    ),
    "ui.cli.agency": ("ชื่อหน่วยงานที่จะส่งแบบฟอร์มให้", "the agency the form is for"),
    "ui.cli.out_form": ("ไฟล์แบบฟอร์มที่จะเขียน (.xlsx)", "form file to write (.xlsx)"),
    "ui.cli.forms": ("แบบฟอร์มที่หน่วยงานส่งกลับ (.xlsx)", "returned forms (.xlsx)"),
    "ui.cli.out_merge": (
        "สมุดงานที่จะเขียน (ค่าเริ่มต้น <ชื่อสมุดงาน>-รวม.xlsx หรือ -รวม.xlsm เมื่อสมุดงานหลักเป็น .xlsm "
        "ชื่อที่ลงท้ายด้วย .xlsm ได้สมุดงานแบบมีแมโครและแถบ แผนการดำเนินงาน)",
        "workbook to write (default <book>-รวม.xlsx, or -รวม.xlsm for an .xlsm master; a name ending in .xlsm "
        "gets the macros and the ribbon tab)",
    ),
    "ui.cli.prefer_form": (
        "เมื่อโครงการที่รวมไว้ถูกแก้ไขในสมุดงานหลัก ให้ใช้ฉบับจากแบบฟอร์มแทน",
        "when a merged row was edited in the master, take the form's version",
    ),
    "ui.demo.agency_round_trip": (
        "ส่งแบบฟอร์มให้หน่วยงานอื่น แล้วรวมแบบฟอร์มที่ส่งกลับ",
        "send a form to another agency and merge its return",
    ),
    "ui.demo.agency_filled": (
        "{agency} กรอกแบบฟอร์ม {n} โครงการ แล้วส่งกลับ: {path}",
        "{agency} filled in {n} projects and sent the form back: {path}",
    ),
    # ---- the ribbon buttons (opplan_xl/excel/agency.py) -----------------------------------------------------
    "xl.title.export_form": ("แผนการดำเนินงาน: ส่งแบบฟอร์มหน่วยงาน", "OpPlan: agency form"),
    "xl.title.merge": ("แผนการดำเนินงาน: รวมแบบฟอร์มหน่วยงาน", "OpPlan: merge agency forms"),
    "xl.agency.cancelled": ("ยกเลิกแล้ว ไม่ได้เขียนสิ่งใด", "Cancelled: nothing written"),
    "xl.agency.old_book": (
        'สมุดงานนี้ไม่มี "{what}" ในแผ่นงาน {sheet} (เป็นสมุดงานรุ่นก่อนที่รองรับแบบฟอร์มหน่วยงาน) '
        "ให้สร้างสมุดงานรุ่นใหม่ที่มีข้อมูลเดิมด้วยคำสั่ง opplan build-workbook --from {name} แล้วใช้สมุดงานใหม่นั้น",
        'This workbook has no "{what}" on {sheet} (made before agency forms): rebuild it with '
        "opplan build-workbook --from {name}",
    ),
    "xl.form.ask_agency": (
        "ชื่อหน่วยงานที่จะส่งแบบฟอร์มให้กรอกโครงการ (เช่น แขวงทางหลวงชนบทพะเยา)",
        "The agency the form is for",
    ),
    "xl.form.done": (
        "เขียนแบบฟอร์มสำหรับ {agency} แล้ว:\n{path}\nรหัสแบบฟอร์ม {form_id}\n"
        "ส่งไฟล์นี้ให้หน่วยงานกรอก เมื่อได้รับกลับมาให้กดปุ่ม รวมแบบฟอร์มหน่วยงาน",
        "Wrote the form for {agency}:\n{path}\nForm id {form_id}",
    ),
    "xl.form.key_made": (
        "โปรแกรมสร้างรหัสลับของแผนไว้ในแผ่นงาน {sheet} (แถวที่ซ่อนไว้) กรุณาบันทึกสมุดงานนี้ (Ctrl+S) มิฉะนั้นจะรวมแบบฟอร์มที่ส่งกลับมาไม่ได้",
        "A plan key was made on {sheet} (a hidden row): save this workbook, or returned forms cannot be merged",
    ),
    "xl.merge.ask_files": (
        "เลือกแบบฟอร์มที่หน่วยงานส่งกลับ (เลือกได้หลายไฟล์)",
        "Pick the returned agency forms",
    ),
    "xl.merge.no_dialog": (
        "เปิดหน้าต่างเลือกไฟล์ในเครื่องนี้ไม่ได้ ให้ใช้คำสั่ง opplan merge แทน",
        "No file dialog here: use opplan merge",
    ),
    "xl.merge.nothing": (
        "ไม่มีแบบฟอร์มที่รับได้ สมุดงานนี้ไม่ถูกแก้ไข",
        "No form could be taken: the workbook is unchanged",
    ),
    "xl.merge.ask_prefer": (
        "มีโครงการ {n} รายการที่ถูกแก้ไขในสมุดงานนี้หลังจากรวมครั้งก่อน และแบบฟอร์มที่ส่งมาใหม่ก็เปลี่ยนด้วย\n\n"
        "ใช้ฉบับจากแบบฟอร์มแทนหรือไม่?\n(ไม่ = คงฉบับที่แก้ไว้ในสมุดงานนี้)",
        "{n} merged projects were edited here and the new returns change them too. Take the forms' versions? "
        "(No keeps this workbook's)",
    ),
    "xl.merge.confirm": (
        "{summary}\n\nบันทึกผลการรวมลงในสมุดงานนี้หรือไม่?\n(โครงการที่ อปท. กรอกเองจะไม่ถูกแก้ไข)",
        "{summary}\n\nWrite this into the workbook? (the officer's own projects are not touched)",
    ),
    "xl.merge.done": (
        "รวมแบบฟอร์มแล้ว\n{summary}\n\nรายละเอียดอยู่ที่แผ่นงาน {sheet} กรุณาบันทึกสมุดงาน (Ctrl+S) "
        "และกดปุ่ม สรุปงบประมาณ ถ้าโครงการของหน่วยงานอยู่ในยุทธศาสตร์/แผนงานที่ยังไม่มีใน ผด.01",
        "Merged\n{summary}\n\nDetails on the sheet {sheet}; save the workbook, and press Summary when the agencies "
        "brought a strategy/แผนงาน pair ผด.01 does not list yet",
    ),
}
