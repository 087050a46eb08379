@echo off
rem opplan-xl offline install for Windows: double-click. Runs install.ps1 beside it (no internet needed).
setlocal
cd /d "%~dp0"
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
set "rc=%ERRORLEVEL%"
pause
exit /b %rc%
