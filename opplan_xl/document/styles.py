"""The document's styles, settings and font table: TH Sarabun New everywhere, set for Thai as well.

Word takes the font and size of Thai characters from the *complex-script* properties (``w:rFonts
w:cs``, ``w:szCs``, ``w:bCs``), not from the Latin ones, so every style sets both. The default
language marks Thai as the complex-script language (``w:lang w:bidi="th-TH"``). No theme fonts are
used: a theme font attribute would override the named font.

Style ids are short because table cells repeat them tens of thousands of times.
"""

from __future__ import annotations

from .xml import W_NS, XML_DECL, cm

FONT = "TH Sarabun New"
TEXT_PT = 16
TABLE_PT = 14

# Paragraph style ids used by the document code.
NORMAL = "Normal"
BODY = "Body"  # narrative paragraph: first line indented 2.5 cm, Thai distributed
PLAIN = "Plain"  # narrative paragraph without indent
COVER = "Cover"
H1 = "Heading1"
H2 = "Heading2"
TOC1 = "TOC1"
TOC2 = "TOC2"
TOC_HEAD = "TOCHead"
FORM_CODE = "FormCode"
FORM_TITLE = "FormTitle"
FORM_SUB = "FormSub"
T_TEXT = "TT"  # table text
T_NUM = "TN"  # table number, right
T_CENTER = "TC"  # table text, centred
T_HEAD = "TH"  # table header, bold centred
T_GROUP = "TG"  # table group heading, bold
T_TOTAL = "TS"  # table total label, bold centred
T_TOTAL_NUM = "TSN"  # table total number, bold right
TINY = "Tiny"  # the paragraph that ends a table section: as small as Word allows
HEADER = "Header"
FOOTER = "Footer"

PORTRAIT_TEXT_WIDTH = 11906 - cm(3) - cm(2)


def _rpr(size: float, *, bold: bool = False) -> str:
    half = round(size * 2)
    b = "<w:b/><w:bCs/>" if bold else ""
    return f'<w:rPr>{b}<w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'


def _style(
    style_id: str,
    name: str,
    *,
    based_on: str | None = NORMAL,
    next_style: str | None = None,
    ppr: str = "",
    rpr: str = "",
    outline: int | None = None,
    kind: str = "paragraph",
    ui_priority: int | None = None,
) -> str:
    parts = [f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    if ui_priority is not None:
        parts.append(f'<w:uiPriority w:val="{ui_priority}"/>')
    parts.append("<w:qFormat/>")
    if outline is not None:
        # outlineLvl is the last pPr child among those used here
        ppr = (
            ppr.replace("</w:pPr>", f'<w:outlineLvl w:val="{outline}"/></w:pPr>')
            if ppr
            else (f'<w:pPr><w:outlineLvl w:val="{outline}"/></w:pPr>')
        )
    parts.append(ppr)
    parts.append(rpr)
    return f'<w:style w:type="{kind}" w:styleId="{style_id}">{"".join(parts)}</w:style>'


def _spacing(before: int = 0, after: int = 0) -> str:
    return f'<w:spacing w:before="{before}" w:after="{after}"/>'


def styles_xml(thai_digits: bool = True) -> str:
    """The whole ``word/styles.xml``. With ``thai_digits`` the contents and the footer are marked Thai
    (``w:lang``): LibreOffice writes a page number field in the native digits of its language (``pdf.py``
    gives the page styles native numbering); Word takes them from ``w:pgNumType w:fmt="thaiNumbers"``."""
    toc_lang = '<w:lang w:val="th-TH" w:bidi="th-TH"/>' if thai_digits else ""
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    size = TEXT_PT * 2
    doc_defaults = (
        "<w:docDefaults>"
        f'<w:rPrDefault><w:rPr>{fonts}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="th-TH"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
    )
    indent = cm(2.5)
    toc_tab = PORTRAIT_TEXT_WIDTH
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        f'<w:rPr>{fonts}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        _style(
            BODY,
            "Body Text Thai",
            ppr=f'<w:pPr><w:ind w:firstLine="{indent}"/><w:jc w:val="thaiDistribute"/></w:pPr>',
        ),
        _style(PLAIN, "Plain Text Thai", ppr='<w:pPr><w:jc w:val="thaiDistribute"/></w:pPr>'),
        _style(COVER, "Cover", ppr='<w:pPr><w:jc w:val="center"/></w:pPr>', rpr=_rpr(36, bold=True)),
        _style(
            H1,
            "heading 1",
            next_style=BODY,
            ui_priority=9,
            ppr=f'<w:pPr><w:keepNext/><w:keepLines/>{_spacing(0, 240)}<w:jc w:val="center"/></w:pPr>',
            rpr=_rpr(20, bold=True),
            outline=0,
        ),
        _style(
            H2,
            "heading 2",
            next_style=BODY,
            ui_priority=9,
            ppr=f"<w:pPr><w:keepNext/><w:keepLines/>{_spacing(120, 60)}</w:pPr>",
            rpr=_rpr(TEXT_PT, bold=True),
            outline=1,
        ),
        _style(
            FORM_TITLE,
            "Form Title",
            based_on=H2,
            next_style=FORM_SUB,
            ppr=f'<w:pPr><w:keepNext/><w:keepLines/>{_spacing(0, 0)}<w:jc w:val="center"/></w:pPr>',
            rpr=_rpr(TEXT_PT, bold=True),
            # body text, not heading 2's level: Word's TOC \o lists every style defined with a heading level;
            # a form title's paragraph carries its level itself, or a TC field its contents entry (``writer.py``)
            outline=9,
        ),
        _style(
            FORM_SUB,
            "Form Subtitle",
            ppr=f'<w:pPr><w:keepNext/>{_spacing(0, 0)}<w:jc w:val="center"/></w:pPr>',
            rpr=_rpr(TEXT_PT, bold=True),
        ),
        _style(FORM_CODE, "Form Code", ppr='<w:pPr><w:jc w:val="right"/></w:pPr>', rpr=_rpr(TEXT_PT, bold=True)),
        _style(
            TOC_HEAD,
            "TOC Heading",
            ppr=f'<w:pPr><w:tabs><w:tab w:val="right" w:pos="{toc_tab}"/></w:tabs>{_spacing(0, 120)}</w:pPr>',
            rpr=_rpr(TEXT_PT, bold=True),
        ),
        _style(
            TOC1,
            "toc 1",
            next_style=NORMAL,
            ui_priority=39,
            ppr=f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{toc_tab}"/></w:tabs>'
            f"{_spacing(60, 0)}</w:pPr>",
            rpr=_rpr(TEXT_PT, bold=True).replace("</w:rPr>", f"{toc_lang}</w:rPr>"),
        ),
        _style(
            TOC2,
            "toc 2",
            next_style=NORMAL,
            ui_priority=39,
            ppr=f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{toc_tab}"/></w:tabs>'
            f'<w:ind w:left="{cm(0.75)}"/></w:pPr>',
            rpr=f"<w:rPr>{toc_lang}</w:rPr>" if toc_lang else "",
        ),
        _style(T_TEXT, "Table Text", ppr="", rpr=_rpr(TABLE_PT)),
        _style(T_NUM, "Table Number", based_on=T_TEXT, ppr='<w:pPr><w:jc w:val="right"/></w:pPr>'),
        _style(T_CENTER, "Table Centred", based_on=T_TEXT, ppr='<w:pPr><w:jc w:val="center"/></w:pPr>'),
        _style(
            T_HEAD,
            "Table Header",
            based_on=T_TEXT,
            ppr='<w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>',
            rpr=_rpr(TABLE_PT, bold=True),
        ),
        _style(
            T_GROUP, "Table Group", based_on=T_TEXT, ppr="<w:pPr><w:keepNext/></w:pPr>", rpr=_rpr(TABLE_PT, bold=True)
        ),
        _style(
            T_TOTAL,
            "Table Total",
            based_on=T_TEXT,
            ppr='<w:pPr><w:jc w:val="center"/></w:pPr>',
            rpr=_rpr(TABLE_PT, bold=True),
        ),
        _style(
            T_TOTAL_NUM,
            "Table Total Number",
            based_on=T_TEXT,
            ppr='<w:pPr><w:jc w:val="right"/></w:pPr>',
            rpr=_rpr(TABLE_PT, bold=True),
        ),
        _style(
            TINY, "Table End", ppr='<w:pPr><w:spacing w:after="0" w:line="20" w:lineRule="exact"/></w:pPr>', rpr=_rpr(1)
        ),
        _style(
            HEADER,
            "header",
            ppr=f'<w:pPr><w:tabs><w:tab w:val="center" w:pos="{cm(8)}"/>'
            f'<w:tab w:val="right" w:pos="{cm(16)}"/></w:tabs></w:pPr>',
        ),
        _style(
            FOOTER,
            "footer",
            ppr='<w:pPr><w:jc w:val="center"/></w:pPr>',
            rpr=f"<w:rPr>{toc_lang}</w:rPr>" if toc_lang else "",
        ),
    ]
    return f'{XML_DECL}<w:styles xmlns:w="{W_NS}">{doc_defaults}{"".join(styles)}</w:styles>'


def settings_xml() -> str:
    """``word/settings.xml``: fields (the table of contents) are updated when Word opens the file."""
    return (
        f'{XML_DECL}<w:settings xmlns:w="{W_NS}">'
        '<w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:updateFields w:val="true"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:bidi="th-TH"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    )


def font_table_xml() -> str:
    """``word/fontTable.xml``: the one font the document names."""
    return (
        f'{XML_DECL}<w:fonts xmlns:w="{W_NS}"><w:font w:name="{FONT}">'
        '<w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>'
    )


def theme_xml() -> str:
    """``word/theme/theme1.xml``: the smallest complete theme (Office colours, TH Sarabun New for every
    script). Word writes one in every file and strict validators require it; nothing here refers to it."""
    colours = (
        ("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
        ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
        *(
            (name, f'<a:srgbClr val="{rgb}"/>')
            for name, rgb in (
                ("dk2", "44546A"),
                ("lt2", "E7E6E6"),
                ("accent1", "4472C4"),
                ("accent2", "ED7D31"),
                ("accent3", "A5A5A5"),
                ("accent4", "FFC000"),
                ("accent5", "5B9BD5"),
                ("accent6", "70AD47"),
                ("hlink", "0563C1"),
                ("folHlink", "954F72"),
            )
        ),
    )
    scheme = "".join(f"<a:{name}>{value}</a:{name}>" for name, value in colours)
    fonts = f'<a:latin typeface="{FONT}"/><a:ea typeface=""/><a:cs typeface="{FONT}"/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">{fill}<a:prstDash val="solid"/></a:ln>'
    return (
        f'{XML_DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="OpPlan">'
        f'<a:themeElements><a:clrScheme name="Office">{scheme}</a:clrScheme>'
        f'<a:fontScheme name="OpPlan"><a:majorFont>{fonts}</a:majorFont><a:minorFont>{fonts}</a:minorFont>'
        "</a:fontScheme>"
        f'<a:fmtScheme name="Office"><a:fillStyleLst>{fill * 3}</a:fillStyleLst>'
        f"<a:lnStyleLst>{line * 3}</a:lnStyleLst>"
        f"<a:effectStyleLst>{'<a:effectStyle><a:effectLst/></a:effectStyle>' * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>"
        "<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )
