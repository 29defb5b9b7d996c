import { readFileSync } from 'node:fs';

/**
 * This process's own peak resident memory, in MB: VmHWM from /proc (Linux), which starts afresh
 * when the process is exec'd. `resourceUsage().maxRSS` does not: a child starts with the
 * resident size of the process that spawned it (fork copies it, and getrusage keeps the figure
 * across execve), so a 40 MB child of a 640 MB parent reports 604 MB. Elsewhere maxRSS is the
 * best there is.
 */
export function ownPeakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // Not Linux: no /proc.
  }
  return process.resourceUsage().maxRSS / 1024;
}
