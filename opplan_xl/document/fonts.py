"""A correctly sized stand-in for TH Sarabun New when LibreOffice renders the PDF without it.

The document names TH Sarabun New. On Linux servers it is usually not installed, and fontconfig maps
it to TLWG's Laksaman (``fonts-thai-tlwg``), which *is* TH Sarabun New's design drawn 1.5 times
larger to match Latin fonts. TLWG's ``89-tlwg-laksaman-synthetic.conf`` asks for a 0.66 scale
matrix when Laksaman stands in for TH Sarabun, but LibreOffice ignores fontconfig matrices: every
Thai glyph then comes out 1.5 times too big, the sample plan takes 77 pages instead of ~29, and
amounts wrap inside their cells.

So when ``fc-match "TH Sarabun New"`` does not give TH Sarabun New itself, :func:`prepare` builds (once,
cached under the user's cache folder and keyed by the hashes of the source font files) a copy of
Laksaman scaled by the factor the TLWG configuration states, renamed to the family :data:`FAMILY`,
and returns the environment for the ``soffice`` process: a ``FONTCONFIG_FILE`` that includes the
system configuration, adds the cache folder and prefers that family for "TH Sarabun New" and
"TH SarabunPSK". The system's font configuration is never changed.

The scaling changes one number: the font's units per em grow by 1/factor, so outlines, advances,
kerning, vertical metrics and hinting all shrink together, exactly as the synthetic matrix would.
The copies keep Laksaman's copyright and licence records (GNU GPL with the font exception) and say
in their description that they are a scaled derivative.

The copies also make the PDF's Thai searchable (:func:`searchable_marks`): with Laksaman as it is,
``pdftotext`` reads "ปี งบประมาณ", "เป็ น", "ทัง้ สิน้ " (a mark moved off the pen by GPOS looks to it like
a gap, or like a letter further right), so "ปีงบประมาณ" is not found. Each mark glyph gets an origin
before the next letter and a width that reaches it, with its ink exactly where it was: the pages do not
change. This is a property of the font, not of the PDF export: LibreOffice's tagged PDF and PDF/A
export, the OTF build of Laksaman and the other TLWG fonts (Garuda, Loma, Kinnari, Norasi, Waree,
Umpush) all read the same way.

Without fontconfig (Windows, macOS) nothing is done: LibreOffice uses the system's fonts. When there
is neither TH Sarabun New nor Laksaman, the conversion runs as before and the caller tells the user
that the PDF uses a substitute font.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

FONT = "TH Sarabun New"  # what the document names (styles.FONT)
ALIASES = ("TH Sarabun New", "TH SarabunPSK")  # fontconfig compares families ignoring case and spaces
SOURCE_FAMILY = "Laksaman"
FAMILY = "OpPlan Laksaman Sarabun"
POSTSCRIPT = "OpPlanLaksamanSarabun"
DEFAULT_SCALE = 0.66
SYNTHETIC_CONF = "89-tlwg-laksaman-synthetic.conf"
BUILD_VERSION = 2  # part of the cache key: bump when the built files change
# Searchable marks (see :func:`searchable_marks`), in em of the rendered size.
MARK_SHIFT_EM = 0.1  # each mark's origin moves this far left of where it was, its outline as far right
MARK_ADVANCE_EM = 0.247  # … and its advance in the font (layout keeps marks at zero: GDEF)

# Where fontconfig's main file usually is when neither FONTCONFIG_FILE nor FONTCONFIG_PATH says.
_SYSTEM_CONF = (
    "/etc/fonts/fonts.conf",
    "/usr/local/etc/fonts/fonts.conf",
    "/opt/homebrew/etc/fonts/fonts.conf",
)
_CONF_DIRS = ("/etc/fonts/conf.d", "/usr/share/fontconfig/conf.avail", "/usr/local/etc/fonts/conf.d")
_STYLES = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "Bold Italic"}
_TIMEOUT = 30


@dataclass(frozen=True)
class FontSetup:
    """How the PDF's TH Sarabun New will be rendered.

    ``status``: ``"installed"`` (TH Sarabun New itself), ``"scaled"`` (the scaled Laksaman, ``env``
    says so to LibreOffice), ``"missing"`` (neither: some other font, the user is told) or
    ``"unknown"`` (no fontconfig here: LibreOffice uses the system's fonts).
    """

    status: str
    env: dict[str, str] = field(default_factory=dict)
    fonts: tuple[Path, ...] = ()  # the scaled files
    built: bool = False  # this call built them (else they came from the cache)

    @property
    def substitute_note(self) -> bool:
        return self.status == "missing"


def cache_root() -> Path:
    """``$XDG_CACHE_HOME/opplan/fonts`` (``~/.cache/opplan/fonts``)."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "opplan" / "fonts"


def _fc(tool: str, *args: str) -> str | None:
    exe = shutil.which(tool)
    if exe is None:
        return None
    try:
        proc = subprocess.run(
            [exe, *args], capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=_TIMEOUT
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def _same_family(a: str, b: str) -> bool:
    """Family names as fontconfig compares them: ignoring case and spaces."""
    return a.replace(" ", "").casefold() == b.replace(" ", "").casefold()


def font_installed(family: str = FONT) -> bool | None:
    """Whether fontconfig has ``family`` itself (not a substitute); None without ``fc-match``."""
    out = _fc("fc-match", "-f", "%{family}", family)
    if out is None:
        return None
    return any(_same_family(name, family) for name in out.split(","))


def source_fonts() -> dict[str, Path]:
    """Laksaman's files by style name (Regular, Bold, Italic, Bold Italic), TrueType preferred to CFF."""
    out = _fc("fc-list", "-f", "%{file}\t%{weight}\t%{slant}\t%{fontformat}\n", SOURCE_FAMILY)
    found: dict[str, tuple[int, Path]] = {}
    for line in (out or "").splitlines():
        parts = line.split("\t")
        if len(parts) != 4:
            continue
        file, weight, slant, fmt = parts
        path = Path(file)
        if path.suffix.lower() not in (".ttf", ".otf") or not path.is_file():
            continue
        try:
            bold, italic = float(weight) >= 150, float(slant) > 0  # fontconfig: regular 80, bold 200; roman 0
        except ValueError:
            continue
        style = _STYLES[(bold, italic)]
        rank = 0 if fmt.strip() == "TrueType" else 1
        if style not in found or rank < found[style][0]:
            found[style] = (rank, path)
    return {style: path for style, (_rank, path) in found.items()}


def scale_factor() -> float:
    """The scale TLWG's synthetic configuration gives Laksaman standing in for TH Sarabun (else 0.66)."""
    for folder in _CONF_DIRS:
        path = Path(folder) / SYNTHETIC_CONF
        if path.is_file():
            factor = _read_factor(path)
            if factor is not None:
                return factor
    return DEFAULT_SCALE


def _read_factor(path: Path) -> float | None:
    import defusedxml.ElementTree as ET

    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return None
    for matrix in root.iter("matrix"):
        values = [v.text for v in matrix.findall("double")]
        try:
            xx, _xy, _yx, yy = (float(v or "") for v in values)
        except ValueError:
            continue
        if xx == yy and 0.3 <= xx <= 1.0:
            return xx
    return None


def system_config() -> Path | None:
    """fontconfig's main file for this process (what FONTCONFIG_FILE / FONTCONFIG_PATH say, else the usual)."""
    given = os.environ.get("FONTCONFIG_FILE")
    if given:
        path = Path(given)
        if not path.is_absolute():
            path = Path(os.environ.get("FONTCONFIG_PATH") or "/etc/fonts") / path
        return path if path.is_file() else None
    candidates = [Path(p) / "fonts.conf" for p in (os.environ.get("FONTCONFIG_PATH") or "").split(os.pathsep) if p]
    candidates += [Path(p) for p in _SYSTEM_CONF]
    return next((p for p in candidates if p.is_file()), None)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cache_key(sources: dict[str, Path], factor: float) -> str:
    """Names the built set: the source files' hashes, the factor and the builder's version."""
    h = hashlib.sha256(f"{BUILD_VERSION}|{factor:.6f}".encode())
    for style in sorted(sources):
        h.update(f"|{style}={_digest(sources[style])}".encode())
    return h.hexdigest()[:20]


def _file_name(style: str) -> str:
    return f"{POSTSCRIPT}-{style.replace(' ', '')}{{ext}}"


def scale_font(source: Path, target: Path, factor: float, style: str) -> None:
    """Write ``source`` scaled by ``factor`` and renamed to :data:`FAMILY` ``style`` as ``target``."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(source))
    head = font["head"]
    upem = round(head.unitsPerEm / factor)
    head.unitsPerEm = upem
    if "CFF " in font:  # CFF outlines are scaled by the font matrix, which must agree with the em
        for top in font["CFF "].cff.topDictIndex:
            top.FontMatrix = [1 / upem, 0, 0, 1 / upem, 0, 0]
    for tag in ("hdmx", "VDMX", "LTSH", "DSIG"):  # pixel-size tables made for the old em; a broken signature
        if tag in font:
            del font[tag]
    searchable_marks(font)
    _rename(font, style, factor)
    font.save(str(target))


def searchable_marks(font) -> bool:
    """Make the Thai in PDFs set with ``font`` extractable word by word; the pages look exactly the same.

    Thai vowel and tone marks have no advance and are drawn to the left of their origin. LibreOffice
    writes each mark at its layout position, and for some (over ป ฝ ฟ, stacked tone marks) that is not
    where the pen is: it moves back, draws the mark, moves forward. Text extractors such as poppler's
    ``pdftotext`` see a zero-width character followed by a jump, and put a space after it ("ปี งบประมาณ",
    "เป็ น") or sort a stacked tone mark behind the next letter ("ทัง้ สิน้ "): the PDF cannot be searched
    for ปีงบประมาณ, เป็น, ทั้งสิ้น, ขั้นตอน.

    So, for every mark glyph (GDEF class 3): its outline and its anchors move right by
    :data:`MARK_SHIFT_EM` and every mark is attached by GPOS — a first mark-to-base lookup attaches any mark
    to any base where it sat before, the font's own lookups then place it as they did — so its *origin*
    comes before the next letter while the ink stays put; and its advance in ``hmtx`` becomes
    :data:`MARK_ADVANCE_EM`, which HarfBuzz ignores for marks (layout unchanged) but which the PDF's widths
    carry, so the mark's box reaches the next letter instead of leaving a gap. The advance is chosen so
    that a mark never bridges a real space (it is less than a space's width minus the furthest a stacked
    mark sits right of the pen, ~0.035 em) and always closes the gap after a mark moved left (up to
    ~0.17 em over ป with nikhahit). Returns False (font unchanged) for CFF outlines or a font without
    GDEF mark classes or a GPOS ``mark`` feature.
    """
    from fontTools.ttLib.tables import otTables as ot

    if "glyf" not in font or "GDEF" not in font or "GPOS" not in font:
        return False
    class_def = font["GDEF"].table.GlyphClassDef
    marks = {g for g, c in (class_def.classDefs if class_def else {}).items() if c == 3}
    gpos = font["GPOS"].table
    features = [r.Feature for r in gpos.FeatureList.FeatureRecord if r.FeatureTag == "mark"] if gpos.FeatureList else []
    if not marks or not features or not gpos.LookupList:
        return False
    upem = font["head"].unitsPerEm
    shift, advance = round(MARK_SHIFT_EM * upem), round(MARK_ADVANCE_EM * upem)
    order = font.getGlyphOrder()
    glyf, hmtx = font["glyf"], font["hmtx"]

    def moved(name: str) -> int:
        return shift if name in marks else 0

    # outlines: marks move right; composites keep their components where they were
    for name in order:
        glyph = glyf[name]
        if glyph.isComposite():
            for component in glyph.components:
                component.x += moved(name) - moved(component.glyphName)
        elif glyph.numberOfContours > 0 and name in marks:
            glyph.coordinates.translate((shift, 0))
    for name in order:
        glyf[name].recalcBounds(glyf)
    for name in marks:
        _advance, lsb = hmtx[name]
        hmtx[name] = (advance, lsb + shift)

    # the font's own attachment points move with the outlines
    def move(anchor, name: str) -> None:
        if anchor is not None:
            anchor.XCoordinate += moved(name)

    for lookup in gpos.LookupList.Lookup:
        for table in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 9:
                kind, table = table.ExtensionLookupType, table.ExtSubTable
            if kind in (4, 5):
                for record, name in zip(table.MarkArray.MarkRecord, table.MarkCoverage.glyphs, strict=True):
                    move(record.MarkAnchor, name)
            if kind == 4:
                for record, name in zip(table.BaseArray.BaseRecord, table.BaseCoverage.glyphs, strict=True):
                    for anchor in record.BaseAnchor:
                        move(anchor, name)
            elif kind == 5:
                for attach, name in zip(table.LigatureArray.LigatureAttach, table.LigatureCoverage.glyphs, strict=True):
                    for component in attach.ComponentRecord:
                        for anchor in component.LigatureAnchor:
                            move(anchor, name)
            elif kind == 6:
                for record, name in zip(table.Mark1Array.MarkRecord, table.Mark1Coverage.glyphs, strict=True):
                    move(record.MarkAnchor, name)
                for record, name in zip(table.Mark2Array.Mark2Record, table.Mark2Coverage.glyphs, strict=True):
                    for anchor in record.Mark2Anchor:
                        move(anchor, name)

    # a first lookup that attaches every mark to any base where it sat unattached: at the base's advance
    def anchor(x: int):
        a = ot.Anchor()
        a.Format, a.XCoordinate, a.YCoordinate = 1, x, 0
        return a

    def coverage(names: list[str]):
        c = ot.Coverage()
        c.glyphs = sorted(names, key=font.getGlyphID)
        return c

    bases = [n for n in order if n not in marks]
    table = ot.MarkBasePos()
    table.Format, table.ClassCount = 1, 1
    table.MarkCoverage, table.BaseCoverage = coverage(sorted(marks)), coverage(bases)
    table.MarkArray = ot.MarkArray()
    table.MarkArray.MarkRecord = []
    for _name in table.MarkCoverage.glyphs:
        record = ot.MarkRecord()
        record.Class, record.MarkAnchor = 0, anchor(shift)
        table.MarkArray.MarkRecord.append(record)
    table.MarkArray.MarkCount = len(table.MarkArray.MarkRecord)
    table.BaseArray = ot.BaseArray()
    table.BaseArray.BaseRecord = []
    for name in table.BaseCoverage.glyphs:
        record = ot.BaseRecord()
        record.BaseAnchor = [anchor(hmtx[name][0])]
        table.BaseArray.BaseRecord.append(record)
    table.BaseArray.BaseCount = len(table.BaseArray.BaseRecord)
    lookup = ot.Lookup()
    lookup.LookupType, lookup.LookupFlag, lookup.SubTable = 4, 0, [table]
    lookup.SubTableCount = 1
    _insert_first_lookup(gpos, lookup)
    for feature in {id(f): f for f in features}.values():
        feature.LookupListIndex.insert(0, 0)
        feature.LookupCount = len(feature.LookupListIndex)
    _mark_feature_everywhere(gpos, ot)
    return True


def _mark_feature_everywhere(gpos, ot) -> None:
    """Give every script and language system that has no ``mark`` feature one with just the first lookup,
    so that a mark on, say, a Latin letter also sits where it did (tlwg fonts have ``mark`` for Thai only)."""
    records = gpos.FeatureList.FeatureRecord
    mark = {i for i, r in enumerate(records) if r.FeatureTag == "mark"}
    systems = []
    for script in gpos.ScriptList.ScriptRecord:
        systems += [script.Script.DefaultLangSys, *(r.LangSys for r in script.Script.LangSysRecord)]
    missing = [ls for ls in systems if ls is not None and not mark & set(ls.FeatureIndex)]
    if not missing:
        return
    record = ot.FeatureRecord()
    record.FeatureTag, record.Feature = "mark", ot.Feature()
    record.Feature.FeatureParams, record.Feature.LookupListIndex, record.Feature.LookupCount = None, [0], 1
    at = max(mark) + 1  # keep the records sorted by tag
    records.insert(at, record)
    gpos.FeatureList.FeatureCount = len(records)
    for ls in systems:
        if ls is None:
            continue
        ls.FeatureIndex = [i + 1 if i >= at else i for i in ls.FeatureIndex]
        if ls.ReqFeatureIndex != 0xFFFF and ls.ReqFeatureIndex >= at:
            ls.ReqFeatureIndex += 1
    for ls in missing:
        ls.FeatureIndex = sorted([*ls.FeatureIndex, at])
        ls.FeatureCount = len(ls.FeatureIndex)


def _insert_first_lookup(gpos, lookup) -> None:
    """Put ``lookup`` first in GPOS's lookup list (applied before the others) and renumber the references."""
    gpos.LookupList.Lookup.insert(0, lookup)
    gpos.LookupList.LookupCount = len(gpos.LookupList.Lookup)
    for feature in {id(r.Feature): r.Feature for r in gpos.FeatureList.FeatureRecord}.values():
        feature.LookupListIndex = [i + 1 for i in feature.LookupListIndex]
    rules = {  # contextual positioning (types 7, 8) names lookups by index: rule sets and their rules
        "PosRuleSet": "PosRule",
        "PosClassSet": "PosClassRule",
        "ChainPosRuleSet": "ChainPosRule",
        "ChainPosClassSet": "ChainPosClassRule",
    }
    for existing in gpos.LookupList.Lookup[1:]:
        for table in existing.SubTable:
            if existing.LookupType == 9:
                table = table.ExtSubTable
            records = list(getattr(table, "PosLookupRecord", None) or [])
            for sets, rule in rules.items():
                for rule_set in getattr(table, sets, None) or []:
                    for r in getattr(rule_set, rule, None) or []:
                        records += r.PosLookupRecord
            for record in records:
                record.LookupListIndex += 1


def _rename(font, style: str, factor: float) -> None:
    """New family names; copyright, trademark and licence records stay as Laksaman has them."""
    name = font["name"]
    original = name.getDebugName(4) or SOURCE_FAMILY
    version = name.getDebugName(5) or ""
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    postscript = f"{POSTSCRIPT}-{style.replace(' ', '')}"
    note = (
        f"{FAMILY} is {original} (TLWG) scaled to {factor:g} of its size by opplan-xl so that it sets like "
        f"TH Sarabun New, on which {SOURCE_FAMILY} is based. It is a scaled derivative of {SOURCE_FAMILY}, "
        "under the same licence as the original (see the copyright and licence records)."
    )
    records = {
        1: FAMILY,
        2: style,
        3: f"{postscript}; {version.strip()}; scaled {factor:g} from {original}",
        4: full,
        6: postscript,
        10: note,
        16: FAMILY,
        17: style,
    }
    platforms = {(r.platformID, r.platEncID, r.langID) for r in name.names} or {(3, 1, 0x409)}
    name.names = [r for r in name.names if r.nameID not in (*records, 18, 21, 22)]
    for platform in sorted(platforms):
        for name_id, text in records.items():
            name.setName(text, name_id, *platform)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        for top in cff.topDictIndex:
            top.FamilyName = FAMILY
            top.FullName = full


def build(sources: dict[str, Path], factor: float, root: Path | None = None) -> tuple[Path, bool]:
    """The folder with the scaled fonts for ``sources`` (built unless the cache has it); and whether built.

    A set is built in a temporary folder beside the cache and renamed into place, so a half-written
    set is never used and two processes building at once both end up with a complete one.
    """
    root = root or cache_root()
    folder = root / cache_key(sources, factor)
    names = [_file_name(style).format(ext=source.suffix.lower()) for style, source in sources.items()]
    if (folder / "done").is_file() and all((folder / n).is_file() for n in names):
        return folder, False
    root.mkdir(parents=True, exist_ok=True)
    if folder.exists():  # an incomplete set (files removed by hand): build it again
        shutil.rmtree(folder, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        for (style, source), name in zip(sources.items(), names, strict=True):
            scale_font(source, tmp / name, factor, style)
        (tmp / "done").write_text(
            "".join(f"{style}\t{source}\t{_digest(source)}\n" for style, source in sorted(sources.items())),
            encoding="utf-8",
        )
        tmp.chmod(0o755)
        try:
            os.replace(tmp, folder)
        except OSError:  # another process finished first (the folder exists and is not empty)
            if not (folder / "done").is_file():
                raise
            return folder, False
        return folder, True
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def fontconfig_file(folder: Path, system: Path, target: Path) -> Path:
    """Write a fontconfig file that includes ``system``, adds the fonts in ``folder`` and prefers
    :data:`FAMILY` for TH Sarabun New and TH SarabunPSK. fontconfig's caches for ``folder`` go beside it."""
    aliases = "".join(
        f'  <match target="pattern">\n'
        f'    <test qual="any" name="family"><string>{escape(alias)}</string></test>\n'
        f'    <edit name="family" mode="prepend" binding="strong"><string>{escape(FAMILY)}</string></edit>\n'
        "  </match>\n"
        for alias in ALIASES
    )
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
        "  <!-- opplan-xl: the system's configuration plus a scaled Laksaman standing in for TH Sarabun New -->\n"
        f"  <cachedir>{escape(str(folder.parent / 'fontconfig-cache'))}</cachedir>\n"
        f'  <include ignore_missing="no">{escape(str(system))}</include>\n'
        f"  <dir>{escape(str(folder))}</dir>\n"
        f"{aliases}</fontconfig>\n"
    )
    target.write_text(text, encoding="utf-8")
    return target


def prepare(workdir: Path, *, root: Path | None = None) -> FontSetup:
    """Decide how TH Sarabun New is rendered; build or reuse the scaled fonts when they are needed.

    ``workdir`` is a folder of this conversion where the fontconfig file is written. Never raises for
    font trouble: the worst case is the conversion as before, with ``status="missing"``.
    """
    installed = font_installed()
    if installed is None:
        return FontSetup("unknown")
    if installed:
        return FontSetup("installed")
    sources = source_fonts()
    system = system_config()
    if "Regular" not in sources or system is None:
        return FontSetup("missing")
    factor = scale_factor()
    try:
        try:
            folder, built = build(sources, factor, root or cache_root())
        except (OSError, RuntimeError):  # no (writable) cache folder: build for this conversion only
            folder, built = build(sources, factor, workdir / "fonts")
        conf = fontconfig_file(folder, system, workdir / "fonts.conf")
    except Exception:  # e.g. a font file fontTools cannot read: render as before, and say so
        return FontSetup("missing")
    fonts = tuple(sorted(p for p in folder.iterdir() if p.suffix in (".ttf", ".otf")))
    return FontSetup("scaled", {"FONTCONFIG_FILE": str(conf)}, fonts, built)
