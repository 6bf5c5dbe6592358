; Inno Setup script for CCS Desktop.
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\ccs-desktop /Odist installer\ccs-desktop.iss
; Per-user install by default (no administrator rights needed); the first page lets an administrator install for
; all users instead. Uninstalling removes the program only: the user's data, cache, settings and logs (in
; %LOCALAPPDATA%\CCS\CCS Desktop) are kept.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\ccs-desktop"
#endif

[Setup]
AppId={{6F1D2E57-3C2B-4B8B-9E59-CC5DE5C0A001}
AppName=CCS Desktop
AppVersion={#AppVersion}
AppVerName=CCS Desktop {#AppVersion}
AppPublisher=CCS
DefaultDirName={autopf}\CCS Desktop
DefaultGroupName=CCS Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputBaseFilename=ccs-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayName=CCS Desktop {#AppVersion}
UninstallDisplayIcon={app}\CCS Desktop.exe
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CCS Desktop"; Filename: "{app}\CCS Desktop.exe"
Name: "{group}\CCS Desktop self-test"; Filename: "{app}\ccs-desktop.exe"; Parameters: "--self-test"
Name: "{group}\Uninstall CCS Desktop"; Filename: "{uninstallexe}"
Name: "{autodesktop}\CCS Desktop"; Filename: "{app}\CCS Desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CCS Desktop.exe"; Description: "{cm:LaunchProgram,CCS Desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folders: the user's database, offline cache, settings and logs survive an
; uninstall or an upgrade.
