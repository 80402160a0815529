// The wording of the Windows PowerShell console window. Sourced: the window titles (an elevated
// console reads "Administrator: Windows PowerShell"), the prompt of the built-in Administrator in
// its profile folder, the banner's first line. UNVERIFIED: the banner's copyright years per version
// (2009 for PowerShell 2.0, 2014 for 4.0, 2016 for 5.1, as remembered).
import type { OsVersion } from '../../domain/lab';

export const NODE_LABEL = 'Windows PowerShell';
export const WINDOW_TITLE = 'Administrator: Windows PowerShell';
export const PROMPT = 'PS C:\\Users\\Administrator>';
export const INPUT_LABEL = 'Command';
export const LOG_LABEL = 'PowerShell output';

const COPYRIGHT_YEARS: Record<OsVersion, string> = { '2008R2': '2009', '2012R2': '2014', '2016': '2016' };
export const banner = (osVersion: OsVersion) => `Windows PowerShell\nCopyright (C) ${COPYRIGHT_YEARS[osVersion]} Microsoft Corporation. All rights reserved.`;

export const BUSY = 'Running…';
export const NOT_RUNNING = (host: string) => `${host} is not running: start it to use Windows PowerShell on it.`;
