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
