/** CPU time of the test process, in ms (wall time on a shared machine also counts waiting for a core). */
export function cpuMs(): number {
  const usage = (globalThis as unknown as { process: { cpuUsage(): { user: number; system: number } } }).process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
