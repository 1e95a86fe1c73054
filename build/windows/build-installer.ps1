# Build the Windows bundle, self-test it, and wrap it in the per-user installer.
# Run from the repository root on Windows with the venv set up (the CI workflow does this):
#   powershell -File build\windows\build-installer.ps1
# Signing happens only when the WINDOWS_CERTIFICATE* variables are set (build\sign\sign-windows.ps1).
# Not run on this project's Linux machine; see docs/PACKAGING.md.
param([string]$Python = ".venv\Scripts\python.exe")
$ErrorActionPreference = "Stop"

$name = & $Python build\recipe.py name
$version = & $Python build\recipe.py version
$slug = & $Python build\recipe.py slug

& $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --workpath .pyinstaller --distpath dist build\takeitdown.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$exe = "dist\$slug\$slug.exe"

# A windowed app has no console to print to: the exit code is the verdict.
$env:QT_QPA_PLATFORM = "offscreen"
$test = Start-Process -FilePath $exe -ArgumentList "--self-test" -Wait -PassThru
Remove-Item Env:QT_QPA_PLATFORM
if ($test.ExitCode -ne 0) { throw "frozen --self-test failed with exit code $($test.ExitCode)" }

& build\sign\sign-windows.ps1 $exe

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found at $iscc (choco install innosetup)" }
& $iscc /Qp "/DAppName=$name" "/DAppVersion=$version" "/DAppSlug=$slug" build\windows\takeitdown.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

& build\sign\sign-windows.ps1 "dist\$slug-$version-windows-setup.exe"
