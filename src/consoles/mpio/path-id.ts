// A path's Path Id as the MPIO tab shows it: MSDSM builds it from the SCSI address (port, bus,
// target). The lab's iSCSI initiator is one port with one bus, so the id differs by the path's
// position (UNVERIFIED: the lab has no captured port number; 0x77030000 is the pattern of the
// ids seen on 2008 R2 screenshots, used as a fixed base).
const PATH_ID_BASE = 0x77_03_00_00;

export const pathIdOf = (index: number) => (PATH_ID_BASE + index + 1).toString(16).padStart(16, '0');
