; Inno Setup 6 script: a Windows installer for the n3desk one-folder bundle.
;
; On Windows, from the repository root:
;   py -3.11 packaging\build.py
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\n3desk.iss
; The installer lands in dist\n3desk-<version>-setup.exe. See packaging\README.md for
; silent installs (IT deployment) and signing.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Never change AppId: Windows recognises upgrades of the same application by it.
AppId={{8F4C2B7E-3D5A-4E61-9B2C-7A1D0E5F3C21}
AppName=n3desk
AppVersion={#AppVersion}
AppVerName=n3desk {#AppVersion}
AppPublisher=n3desk contributors
AppCopyright=MIT licence, n3desk contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\n3desk
DefaultGroupName=n3desk
DisableProgramGroupPage=yes
; Per user by default (no administrator needed); IT can install for all users with
; /ALLUSERS on the command line, or pick it in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=n3desk-{#AppVersion}-setup
SetupIconFile=..\icons\n3desk.ico
UninstallDisplayIcon={app}\n3desk-gui.exe
UninstallDisplayName=n3desk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
; Swedish: if your Inno Setup has no Languages\Swedish.isl, get it from the Inno Setup
; translations page and put it there, then remove the ";" below.
; Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\n3desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\n3desk"; Filename: "{app}\n3desk-gui.exe"
Name: "{autodesktop}\n3desk"; Filename: "{app}\n3desk-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\n3desk-gui.exe"; Description: "{cm:LaunchProgram,n3desk}"; Flags: nowait postinstall skipifsilent

; The library (%LOCALAPPDATA%\n3desk) is the user's work: the uninstaller leaves it.
