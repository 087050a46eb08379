@echo off
rem opplan-xl uninstall for Windows: double-click. Runs uninstall.ps1 beside it.
setlocal
cd /d "%~dp0"
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0uninstall.ps1" %*
set "rc=%ERRORLEVEL%"
pause
exit /b %rc%
