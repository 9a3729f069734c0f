# Build Dossier for Windows: the PyInstaller one-folder app (dist\Dossier) and the Inno Setup
# installer (dist\dossier-<version>-windows-x64-setup.exe).
#
# Needs (e.g. on a GitHub Actions "windows-latest" runner):
#   - 64-bit Python 3.11-3.13 on PATH as "py -3" or "python"
#   - Inno Setup 6.3 or later (choco install innosetup), iscc.exe on PATH or in its default folder
#   - optional code signing: set DOSSIER_SIGNTOOL to a signtool command line, e.g.
#     'signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a'
# Usage:  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    # The Python on PATH (actions/setup-python puts the chosen one first), else the py launcher.
    if (Get-Command python -ErrorAction SilentlyContinue) { python -m venv .venv } else { py -3 -m venv .venv }
    if ($LASTEXITCODE -ne 0) { throw "could not create .venv (need 64-bit Python 3.11-3.13)" }
}
$py = ".venv\Scripts\python.exe"
& $py -m pip install --disable-pip-version-check -q --upgrade pip wheel
& $py -m pip install --disable-pip-version-check -q -e ".[build]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
# zipfile-deflate64 ships no wheel for every Python: the compiler is the "Desktop development with
# C++" workload of Visual Studio Build Tools (present on GitHub's Windows runners).
& $py -c "import zipfile_deflate64.deflate64, imageio_ffmpeg, PySide6.QtMultimedia"
if ($LASTEXITCODE -ne 0) { throw "a dependency is missing from .venv" }

$version = (& $py -c "from core import __version__; print(__version__)").Trim()
$watch = [Diagnostics.Stopwatch]::StartNew()
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installer\dossier.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$bytes = (Get-ChildItem dist\Dossier -Recurse -File | Measure-Object Length -Sum).Sum
Write-Host ("Built dist\Dossier in {0:N0} s, {1:N0} MB" -f $watch.Elapsed.TotalSeconds, ($bytes / 1MB))

# Smoke test the frozen app before packaging it (offscreen, on the demo export).
& $py installer\smoke_test.py --no-build --bundle dist\Dossier
if ($LASTEXITCODE -ne 0) { throw "smoke test failed" }

if ($env:DOSSIER_SIGNTOOL) {
    Invoke-Expression "$env:DOSSIER_SIGNTOOL dist\Dossier\Dossier.exe dist\Dossier\dossier-cli.exe"
}

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (ISCC.exe) not found: choco install innosetup" }
& $iscc "/DAppVersion=$version" "/DDistDir=$(Resolve-Path dist\Dossier)" installer\windows\dossier.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
$setup = "dist\dossier-$version-windows-x64-setup.exe"
if ($env:DOSSIER_SIGNTOOL) { Invoke-Expression "$env:DOSSIER_SIGNTOOL $setup" }
Write-Host "Installer: $setup"
