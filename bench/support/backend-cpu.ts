/**
 * CPU time a set of PostgreSQL backends spent, for benchmarks on a shared machine where wall time
 * swings with whatever else runs: the backends of one application_name are polled (every 50 ms,
 * from pg_stat_activity) and each one's user + system time read from /proc while it lives, so
 * the total is the work the run caused on the server, whoever else was busy. Only when the server
 * runs on this machine (its backends' /proc entries are readable); otherwise the figure is absent.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

const CLOCK_TICK_MS = 10;

export interface BackendCpu {
  /** Stops polling; the milliseconds of CPU the backends used, undefined when /proc could not be read. */
  stop(): Promise<number | undefined>;
}

export async function watchBackendCpu(serverUrl: string, applicationName: string): Promise<BackendCpu> {
  const client = new pg.Client({ connectionString: serverUrl, application_name: 'bench-cpu-watch' });
  await client.connect();
  const latest = new Map<number, number>();
  let stopped = false;
  const polling = (async () => {
    while (!stopped) {
      const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [
        applicationName,
      ]);
      for (const { pid } of rows) {
        // A backend gone since the query keeps its last reading (at most one poll's work is missed).
        const ticks = cpuTicks(pid);
        if (ticks !== undefined) latest.set(pid, ticks);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await polling;
      await client.end();
      if (latest.size === 0) return undefined;
      return [...latest.values()].reduce((sum, ticks) => sum + ticks, 0) * CLOCK_TICK_MS;
    },
  };
}

/** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat); undefined when it is gone or elsewhere. */
function cpuTicks(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}
