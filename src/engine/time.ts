/**
 * The lab's calendar. Time in the world is a logical clock in seconds (`world.now`, advanced by sim:AdvanceTime);
 * logical second 0 is 2025-01-01T00:00:00Z. These helpers turn logical seconds into the timestamps the SDK shows,
 * and civil dates back into logical seconds, without Date (the engine is deterministic).
 */

/** Days since the Unix epoch of a civil date (proleptic Gregorian), without Date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Logical second 0 of the lab is 2025-01-01T00:00:00Z (days since the Unix epoch). */
export const LAB_EPOCH_DAYS = 20089;

/** ISO-8601 timestamp (`2025-01-01T00:00:05.000Z`) for a logical time, computed without Date. */
export function isoAt(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const days = LAB_EPOCH_DAYS + Math.floor(total / 86400);
  const rest = total % 86400;
  // Civil-from-days (proleptic Gregorian calendar).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const two = (n: number) => String(n).padStart(2, '0');
  const hh = Math.floor(rest / 3600);
  const mm = Math.floor((rest % 3600) / 60);
  const ss = rest % 60;
  return `${year}-${two(month)}-${two(day)}T${two(hh)}:${two(mm)}:${two(ss)}.000Z`;
}

/** The same instant without milliseconds (`2025-01-01T00:00:05Z`), as Auto Scaling and ELB messages print it. */
export function awsTime(seconds: number): string {
  return isoAt(seconds).replace('.000Z', 'Z');
}
