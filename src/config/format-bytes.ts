/** A byte count for messages about settings (MAX_REPORT_BYTES, space in DATA_DIR): `812 bytes`, `196.4 kB`, `52.1 MB`, `1.3 GB` (powers of 1024). */
export function formatBytes(bytes: number): string {
  const units = ['kB', 'MB', 'GB', 'TB'];
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
