# Sign Windows executables with signtool, if a certificate is provided; otherwise leave them
# unsigned and say so (local and pull-request builds).
#   WINDOWS_CERTIFICATE           the code-signing certificate, a .pfx file encoded in base64
#   WINDOWS_CERTIFICATE_PASSWORD  its password
#   WINDOWS_TIMESTAMP_URL         RFC 3161 timestamp server (default: DigiCert's)
param([Parameter(Mandatory = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"

if (-not $env:WINDOWS_CERTIFICATE) {
    Write-Host "WINDOWS_CERTIFICATE is not set: left unsigned: $Files"
    exit 0
}
$timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "signtool.exe not found (install the Windows SDK)" }

$pfx = [System.IO.Path]::GetTempFileName()
try {
    [System.IO.File]::WriteAllBytes($pfx, [System.Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
    & $signtool.FullName sign /fd SHA256 /td SHA256 /tr $timestamp `
        /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD $Files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
} finally {
    Remove-Item $pfx -Force
}
