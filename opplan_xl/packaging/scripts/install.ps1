# opplan-xl offline install for Windows (install.cmd runs this): finds Python 3.11+ through the py launcher (or
# asks for python.exe), makes a venv under %LOCALAPPDATA%\opplan (C:\opplan when that path has letters Excel's VBA
# cannot read), installs the wheels of this bundle with no internet, runs "opplan excel-setup", says what is next.
# Not 'Stop': Windows PowerShell 5.1 turns a native command's stderr (py.exe -3.13 when 3.13 is absent) into a
# terminating error under 'Stop'. Each native call's $LASTEXITCODE is checked instead.
$ErrorActionPreference = 'Continue'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8

$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$wheels = Join-Path $here 'wheels'
$versions = (Get-Content (Join-Path $wheels 'pythons.txt') -Raw -ErrorAction Stop).Trim() -split '\s+'

function Test-Ascii([string] $text) { return $text -cmatch '^[\x20-\x7E]*$' }

$target = Join-Path $env:LOCALAPPDATA 'opplan'
if (-not (Test-Ascii $target)) {
    # Excel's VBA reads paths in the ANSI code page: a Thai user name would break the interpreter path.
    $target = Join-Path $env:SystemDrive 'opplan'
}

$python = $null
if (Get-Command py.exe -ErrorAction SilentlyContinue) {
    foreach ($v in $versions) {
        $exe = & py.exe "-$v" -c "import sys; print(sys.executable)" 2>$null
        if ($LASTEXITCODE -eq 0 -and $exe) { $python = $exe.Trim(); break }
    }
}
while (-not $python) {
    Write-Host "ไม่พบ Python รุ่น $($versions -join ', ') (ติดตั้งจาก https://www.python.org/downloads/windows/ ติ๊ก 'Add python.exe to PATH')"
    $answer = Read-Host 'พิมพ์ที่อยู่ของ python.exe แล้วกด Enter (หรือกด Enter เฉย ๆ เพื่อยกเลิก)'
    if (-not $answer) { exit 1 }
    $answer = $answer.Trim('"', ' ')
    $found = & $answer -c "import sys; print('%d.%d' % sys.version_info[:2])" 2>$null
    if ($LASTEXITCODE -eq 0 -and $found -and ($versions -contains "$found".Trim())) { $python = $answer }
    else { Write-Host "ใช้ $answer ไม่ได้: ต้องเป็น Python รุ่น $($versions -join ', ')" }
}

Write-Host "กำลังติดตั้งโปรแกรมแผนการดำเนินงานที่ $target (ไม่ต้องต่ออินเทอร์เน็ต)"
& $python -m venv (Join-Path $target 'venv')
if ($LASTEXITCODE -ne 0) { Write-Host 'สร้าง venv ไม่สำเร็จ'; exit 1 }
$venvPython = Join-Path $target 'venv\Scripts\python.exe'
& $venvPython -m pip install --quiet --no-index --find-links $wheels -r (Join-Path $wheels 'requirements.txt')
if ($LASTEXITCODE -ne 0) { Write-Host 'ติดตั้งไม่สำเร็จ กรุณาส่งข้อความด้านบนให้ผู้ดูแล'; exit 1 }

& (Join-Path $target 'venv\Scripts\opplan.exe') excel-setup
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Host ''
Write-Host 'ติดตั้งเสร็จแล้ว ทำตามขั้นตอนด้านบนครั้งเดียว แล้วเปิดสมุดงาน OpPlan.xlsm ในโฟลเดอร์ Documents\OpPlan'
Write-Host 'ถอนการติดตั้ง: ดับเบิลคลิก uninstall.cmd ในโฟลเดอร์นี้'
exit 0
