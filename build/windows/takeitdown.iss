; Per-user Windows installer for Take It Down (Inno Setup 6). See docs/PACKAGING.md.
;
; Installs into %LOCALAPPDATA%\Programs\Take It Down without administrator rights (school
; laptops rarely grant them), adds a Start-menu entry, and registers an uninstaller under
; "Apps & features" for this user only. Built by build/windows/build-installer.ps1, which
; passes the name, version and slug read from the package (one source of truth):
;   iscc /DAppName="Take It Down" /DAppVersion=0.1.0 /DAppSlug=take-it-down build\windows\takeitdown.iss
; Not run on this project's Linux machine: the CI workflow builds it on a Windows runner.

#ifndef AppName
  #error Pass /DAppName, /DAppVersion and /DAppSlug (build-installer.ps1 does)
#endif

[Setup]
; Never change AppId: it is how Windows knows a new version replaces the old one.
AppId={{5C7E2B8A-1F3D-4C1E-9A57-3D2F8E6B4A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=yes
DisableProgramGroupPage=yes
DisableReadyPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppSlug}-{#AppVersion}-windows-setup
SetupIconFile=resources\icons\takeitdown.ico
UninstallDisplayIcon={app}\{#AppSlug}.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "dist\{#AppSlug}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppSlug}.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppSlug}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppSlug}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The app writes nothing into its folder; this only catches files a newer version may add.
Type: filesandordirs; Name: "{app}"
