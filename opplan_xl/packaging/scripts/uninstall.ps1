# opplan-xl uninstall for Windows (uninstall.cmd runs this): removes the venv folder and our keys from
# %USERPROFILE%\.xlwings\xlwings.conf (other keys stay, CRLF lines). The workbooks in Documents\OpPlan stay.
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8

$conf = Join-Path $env:USERPROFILE '.xlwings\xlwings.conf'
if (Test-Path $conf) {
    $kept = Get-Content $conf | Where-Object { $_ -and ($_ -notmatch '^"(INTERPRETER_WIN|INTERPRETER_MAC|ADD_WORKBOOK_TO_PYTHONPATH)"') }
    if ($kept) { [IO.File]::WriteAllText($conf, (($kept -join "`r`n") + "`r`n"), [Text.Encoding]::Default) }
    else { Remove-Item $conf }
}
foreach ($target in @((Join-Path $env:LOCALAPPDATA 'opplan'), (Join-Path $env:SystemDrive 'opplan'))) {
    if (Test-Path (Join-Path $target 'venv\Scripts\opplan.exe')) { Remove-Item -Recurse -Force $target }
}
Write-Host 'ถอนการติดตั้งแล้ว (สมุดงานในโฟลเดอร์ Documents\OpPlan ยังอยู่ครบ)'
exit 0
