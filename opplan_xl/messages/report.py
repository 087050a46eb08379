"""Messages of report (see messages/__init__.py): the monitoring report's document (``document/report.py``)
and its charts (``monitoring/charts.py``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # charts
    "doc.report.chart.strategy_word": ("ยุทธศาสตร์", "strategy (the word the bars leave out)"),
    "doc.report.chart.share_title": ("สัดส่วนงบประมาณตามยุทธศาสตร์", "Budget share by strategy"),
    "doc.report.chart.share_value": ("{pct}% ({amount} บาท)", "{pct}% ({amount} baht)"),
    "doc.report.chart.months_title": (
        "งบประมาณตามแผนและการเบิกจ่ายสะสมรายเดือน ปีงบประมาณ พ.ศ. {fy} (ล้านบาท)",
        "Cumulative planned budget and disbursement by month, fiscal year {fy} (million baht)",
    ),
    "doc.report.chart.planned": ("งบประมาณตามแผน (สะสม)", "Planned budget (cumulative)"),
    "doc.report.chart.disbursed": ("เบิกจ่ายแล้ว (สะสม)", "Disbursed (cumulative)"),
    "doc.report.chart.agency_title": (
        "จำนวนโครงการ/รายการตามสถานะ จำแนกตามหน่วยงาน",
        "Projects and items by status and agency",
    ),
    "doc.report.chart.items": ("จำนวนโครงการ/รายการ", "projects and items"),
    "doc.report.no_agency": ("(ไม่ระบุหน่วยงาน)", "(no agency)"),
}

MESSAGES.update(
    {
        # the document (document/report.py)
        "doc.report.title.6m": (
            "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน ({start} – {end})",
            "Six-month monitoring report on operations and budget use ({start} – {end})",
        ),
        "doc.report.title.12m": ("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. {year}", "Annual report, fiscal year {year}"),
        "doc.report.title.other": (
            "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปีงบประมาณ พ.ศ. {year} ณ วันที่ {date}",
            "Monitoring report on operations and budget use, fiscal year {year}, as at {date}",
        ),
        "doc.report.as_of": ("ข้อมูล ณ วันที่ {date}", "Data as at {date}"),
        "doc.report.plan_used": ("ตาม{plan}", "Against {plan}"),
        "doc.report.versions": ("(รวมแก้ไข/เพิ่มเติมถึงครั้งที่ {k})", "(amendments up to no. {k} included)"),
        "doc.report.first_version": ("(ฉบับแรก ยังไม่มีการแก้ไข/เพิ่มเติม)", "(the first version, no amendment)"),
        "doc.report.h.overview": ("1. ภาพรวมผลการดำเนินงาน", "1. Overview"),
        "doc.report.h.strategy": (
            "2. ผลการดำเนินงานและการใช้งบประมาณ จำแนกตามยุทธศาสตร์และแผนงาน",
            "2. Results and budget use by strategy and plan area",
        ),
        "doc.report.h.agency": (
            "3. ผลการดำเนินงานและการใช้งบประมาณ จำแนกตามหน่วยงาน",
            "3. Results and budget use by agency",
        ),
        "doc.report.h.lines": ("4. รายละเอียดผลการดำเนินงานรายโครงการ", "4. Results project by project"),
        "doc.report.h.problems": ("5. ปัญหา อุปสรรค และข้อเสนอแนะ", "5. Problems, obstacles and suggestions"),
        "doc.report.h.follow_up": (
            "6. โครงการที่ยกเลิกหรือกันเงินไปดำเนินการปีถัดไป สำหรับการแก้ไขแผนครั้งต่อไปหรือแผนปีถัดไป",
            "6. Projects cancelled or carried over, for the next amendment or next year's plan",
        ),
        "doc.report.h.publication": (
            "7. การเผยแพร่แผนการดำเนินงานและการใช้งบประมาณประจำปี",
            "7. Publication of the annual plan and budget",
        ),
        "doc.report.overview": (
            "{plan} {org} มีโครงการทั้งสิ้น {projects} โครงการ งบประมาณ {budget} บาท{equipment} "
            "ณ วันที่ {date} ดำเนินการแล้วเสร็จ {done} อยู่ระหว่างดำเนินการ {doing} ยังไม่ได้ดำเนินการ {not_started} "
            "ยกเลิก {cancelled} และกันเงินไปดำเนินการปีถัดไป {carried} "
            "เบิกจ่ายแล้วทั้งสิ้น {disbursed} บาท คิดเป็นร้อยละ {pct} ของงบประมาณ",
            "{plan} of {org} holds {projects} projects, budget {budget} baht{equipment}. As at {date}: done {done}, "
            "in progress {doing}, not started {not_started}, cancelled {cancelled}, carried over {carried}; "
            "disbursed {disbursed} baht, {pct}% of the budget",
        ),
        "doc.report.overview_equipment": (
            " และครุภัณฑ์ {items} รายการ งบประมาณ {budget} บาท",
            " and {items} equipment items, budget {budget} baht",
        ),
        "doc.report.n_items": ("{n} โครงการ/รายการ", "{n} projects/items"),
        "doc.report.reconciled": (
            "ยอดรวม {projects} โครงการ งบประมาณ {budget} บาท ตรงกับ {form} ของแผนที่ใช้ ณ วันที่รายงาน {versions}",
            "Total {projects} projects, budget {budget} baht, equal to {form} of the plan in force on the report date "
            "{versions}",
        ),
        "doc.report.reconciled_equipment": (
            "ครุภัณฑ์ {items} รายการ งบประมาณ {budget} บาท ตรงกับ {form}",
            "Equipment: {items} items, budget {budget} baht, equal to {form}",
        ),
        "doc.report.not_reconciled": (
            "คำเตือน: ยอดรวมของรายงาน {report_projects} โครงการ งบประมาณ {report_budget} บาท "
            "(ครุภัณฑ์ {report_items} รายการ {report_items_budget} บาท) ไม่ตรงกับ {form} ของแผนที่ใช้ ณ วันที่รายงาน "
            "{plan_projects} โครงการ งบประมาณ {plan_budget} บาท (ครุภัณฑ์ {plan_items} รายการ {plan_items_budget} บาท) "
            "โปรดตรวจสอบก่อนเผยแพร่",
            "Warning: the report's totals ({report_projects} projects, {report_budget} baht; equipment {report_items}, "
            "{report_items_budget} baht) differ from {form} of the plan in force ({plan_projects} projects, "
            "{plan_budget} baht; equipment {plan_items}, {plan_items_budget} baht): check before publishing",
        ),
        "doc.report.publication": (
            "{org} ได้ประกาศใช้{plan} {versions} รวม {projects} โครงการ งบประมาณ {budget} บาท{equipment} "
            "ระยะเวลาดำเนินการ {start} – {end} และเผยแพร่แผนฉบับรวมทางเว็บไซต์และศูนย์ข้อมูลข่าวสารของ{org} "
            "ตัวเลขในรายงานนี้ตรงกับแผนฉบับดังกล่าว",
            "{org} announced {plan} {versions}: {projects} projects, budget {budget} baht{equipment}, "
            "period {start} – {end}; the consolidated plan is published on its website and in its information centre. "
            "The figures of this report match that plan",
        ),
        "doc.report.chart_caption": ("แผนภูมิที่ {n} {title}", "Chart {n}: {title}"),
        "doc.report.no_chart_font": (
            "ไม่พบฟอนต์ภาษาไทยในเครื่อง รายงานจึงไม่มีแผนภูมิ (ติดตั้ง TH Sarabun New หรือ fonts-thai-tlwg แล้วสร้างใหม่)",
            "No Thai font on this computer: the report has no charts (install TH Sarabun New or fonts-thai-tlwg)",
        ),
        "doc.report.table": ("ตารางที่ {n} {title}", "Table {n}: {title}"),
        "doc.report.t.strategy": ("ผลการดำเนินงานจำแนกตามยุทธศาสตร์และแผนงาน", "results by strategy and plan area"),
        "doc.report.t.agency": ("ผลการดำเนินงานจำแนกตามหน่วยงาน", "results by agency"),
        "doc.report.t.lines": ("ผลการดำเนินงานรายโครงการ", "results by project"),
        "doc.report.col.group": ("ยุทธศาสตร์/แผนงาน", "strategy / plan area"),
        "doc.report.col.agency": ("หน่วยงาน", "agency"),
        "doc.report.col.set": ("ตั้งงบประมาณไว้", "budget set"),
        "doc.report.col.count": ("จำนวน", "number"),
        "doc.report.col.amount": ("งบประมาณ", "budget"),
        "doc.report.col.disbursed": ("เบิกจ่ายแล้ว\n(บาท)", "disbursed\n(baht)"),
        "doc.report.col.pct": ("ร้อยละ\nเบิกจ่าย", "% dis-\nbursed"),
        "doc.report.col.no": ("ที่", "no."),
        "doc.report.col.name": ("โครงการ/รายการ", "project / item"),
        "doc.report.col.budget": ("งบประมาณ\n(บาท)", "budget\n(baht)"),
        "doc.report.col.status": ("สถานะ", "status"),
        "doc.report.col.contract": ("วงเงินตามสัญญา\n(บาท)", "contract\n(baht)"),
        "doc.report.col.contract_date": ("วันที่\nลงนามสัญญา", "contract\ndate"),
        "doc.report.col.problem": ("ปัญหา อุปสรรค และข้อเสนอแนะ", "problems and suggestions"),
        "doc.report.col.remark": ("หมายเหตุ", "remark"),
        "doc.report.status.0": ("ยังไม่ได้\nดำเนินการ", "not started"),
        "doc.report.status.1": ("อยู่ระหว่าง\nดำเนินการ", "in progress"),
        "doc.report.status.2": ("ดำเนินการ\nแล้วเสร็จ", "done"),
        "doc.report.status.3": ("ยกเลิก", "cancelled"),
        "doc.report.status.4": ("กันเงินไป\nดำเนินการปีถัดไป", "carried over"),
        "doc.report.projects_total": ("รวมโครงการ (แบบ ผด.01)", "projects (แบบ ผด.01)"),
        "doc.report.equipment_total": ("ครุภัณฑ์ (แบบ ผด.02/1)", "equipment (แบบ ผด.02/1)"),
        "doc.report.equipment_group": ("ครุภัณฑ์", "equipment"),
        "doc.report.none": ("ไม่มี", "none"),
        "doc.report.cancelled_in": ("ยกเลิกในการแก้ไขแผนครั้งที่ {k}", "cancelled by amendment {k}"),
        "doc.report.follow_up_note": (
            "รายการข้างต้นใช้ประกอบการแก้ไขแผนการดำเนินงานครั้งต่อไป หรือการจัดทำแผนการดำเนินงานปีถัดไป",
            "Use the list above for the next amendment or next year's plan",
        ),
        "doc.report.reporter": ("ผู้รายงาน", "reported by"),
    }
)
