// A path's Path Id as the MPIO tab shows it. UNVERIFIED: no captured source gives how MSDSM
// numbers paths, so the lab's ids are its own: a fixed base plus the path's position on the disk,
// stable while the disk keeps its paths.
const PATH_ID_BASE = 0x77_03_00_00;

export const pathIdOf = (index: number) => (PATH_ID_BASE + index + 1).toString(16).padStart(16, '0');
