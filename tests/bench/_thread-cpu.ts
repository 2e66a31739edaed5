/**
 * CPU time of each thread of this process, from Linux's /proc/self/task/<tid>/stat (user +
 * system, in 10 ms clock ticks), for the build bench's accounting: the main thread, the
 * extraction threads (started during the build) and Node's helper threads (garbage collection,
 * optimising compiler, file I/O). Elsewhere than Linux it gives null and the bench prints no
 * accounting.
 */
import { readFileSync, readdirSync } from "node:fs";

/** CPU ms of every live thread, by thread id; null when /proc is not there. */
export type ThreadCpu = Map<number, number>;

/** Reads every thread's CPU time now. */
export function threadCpu(): ThreadCpu | null {
  let tids: string[];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return null;
  }
  const out: ThreadCpu = new Map();
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/** Where a span's CPU went: the main thread, threads started in it, and the threads that were already there. */
export interface CpuSplit {
  main: number;
  /** Per thread started during the span (the extraction threads), in start order. */
  started: number[];
  /** Node's own helper threads (GC, compiler, I/O pool) that existed before the span. */
  helpers: number;
}

/** The CPU used between two readings, split by thread; `since` is the reading the span's new threads are judged against. */
export function splitCpu(from: ThreadCpu, to: ThreadCpu, since: ThreadCpu = from): CpuSplit {
  const split: CpuSplit = { main: 0, started: [], helpers: 0 };
  for (const [tid, ms] of [...to].sort((a, b) => a[0] - b[0])) {
    const used = ms - (from.get(tid) ?? 0);
    if (tid === process.pid) split.main += used;
    else if (!since.has(tid)) split.started.push(used);
    else split.helpers += used;
  }
  return split;
}
