; Inno Setup 6.3+ script for the Windows installer of Dossier.
; Build (see installer/build-windows.ps1):  iscc /DAppVersion=0.1.0 installer\windows\dossier.iss
; Input: the PyInstaller one-folder build in dist\Dossier (Dossier.exe, dossier-cli.exe, _internal\).
; Output: dist\dossier-<version>-windows-x64-setup.exe
;
; Installs per user by default (no administrator rights needed), or for all users if the person
; chooses so in the first dialog. Adds a Start-menu entry, an optional desktop shortcut, an
; uninstaller, and (optional, on by default) "Open with ▸ Dossier" for .zip files and folders —
; without ever becoming the default program for ZIP files.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\Dossier"
#endif
#define AppName "Dossier"
#define AppExe "Dossier.exe"
#define ProgId "Dossier.Export"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6B1C5E0A-3F5D-4C8E-9A57-2B7D0E4F9C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Dossier developers
AppCopyright=GPL-3.0-or-later
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=dossier.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
OutputDir={#DistDir}\..
OutputBaseFilename=dossier-{#AppVersion}-windows-x64-setup
InfoBeforeFile=before-install.txt

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.OpenWith=Offer Dossier in "Open with" for ZIP files and folders
de.OpenWith=Dossier unter „Öffnen mit“ für ZIP-Dateien und Ordner anbieten
fr.OpenWith=Proposer Dossier dans « Ouvrir avec » pour les fichiers ZIP et les dossiers
en.ExportType=Data export (ZIP)
de.ExportType=Datenauskunft (ZIP)
fr.ExportType=Export de données (ZIP)
en.OpenFolder=Open with Dossier
de.OpenFolder=Mit Dossier öffnen
fr.OpenFolder=Ouvrir avec Dossier

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "{cm:OpenWith}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Review the personal data a company sent you"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA = HKLM in administrative install mode, HKCU otherwise (Inno Setup 6).
; A ProgID that opens exports with Dossier ...
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ExportType}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: openwith
; ... listed under .zip's OpenWithProgids: Dossier appears in "Open with", Explorer keeps the default.
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".zip"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: openwith
; Folders (an unpacked export): a context-menu verb, never the default action for folders.
Root: HKA; Subkey: "Software\Classes\Directory\shell\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenFolder}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Directory\shell\{#ProgId}"; ValueType: string; ValueName: "Icon"; ValueData: "{app}\{#AppExe},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Directory\shell\{#ProgId}\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: openwith

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program folder, shortcuts and the registry entries above. Your reviews
; and settings in %APPDATA%\Dossier stay (they are your work); delete that folder to remove them.
