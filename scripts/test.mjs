#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint and Vitest at the same time rather than one after the other.
 * Vitest's workers often wait (on React, timers, the mock), so the type checker and the linter fill
 * the idle CPU; they run at a lower priority so the tests, which wait with timeouts, go first.
 * Each job's output is printed whole when it ends; the exit code is non-zero if any job failed.
 * Extra arguments go to Vitest (`npm test -- tests/unit`).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';

const userArgs = process.argv.slice(2);
// Vitest's own setting is one worker more than the cores, because its workers wait a third of the
// time. That holds when the linter and the type checker have their caches and finish in seconds.
// In a fresh clone they have a full run ahead and need a core: the extra worker then only adds
// contention (on 2 cores: 104-115 s with 3 workers, 96 s with 2; with caches, 76 s with 3).
const coldCaches = ['node_modules/.cache/eslint', 'node_modules/.cache/tsgo'].some((dir) => !existsSync(dir));
const vitestArgs =
  coldCaches && !userArgs.some((arg) => arg.startsWith('--maxWorkers'))
    ? [`--maxWorkers=${availableParallelism()}`, ...userArgs]
    : userArgs;
const jobs = [
  // The script runs tsgo with --singleThreaded: on 2 cores its parallel checkers finish no sooner
  // (7.2 s wall either way, cold) and burn twice the CPU (16 s against 8), which Vitest needs.
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'], background: true },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'], background: true },
  {
    name: 'vitest',
    command: 'npx',
    args: ['vitest', 'run', ...vitestArgs],
    background: false,
    // Rendering Fluent pages in a test DOM allocates fast and briefly: a larger young generation
    // collects less often (the whole suite measured 105 s of CPU with V8's default, 97 s with 64 MB;
    // later, with 911 tests, 114-117 s with 64 MB and 109-112 s with 128 MB, two runs each).
    nodeOptions: '--max-semi-space-size=128',
  },
];

const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);

const results = await Promise.all(
  jobs.map(
    (job) =>
      new Promise((resolve) => {
        const jobStart = performance.now();
        const child = spawn(job.command, job.args, {
          env: {
            ...process.env,
            FORCE_COLOR: process.stdout.isTTY ? '1' : '0',
            ...(job.nodeOptions
              ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${job.nodeOptions}`.trim() }
              : {}),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        if (job.background) {
          try {
            setPriority(child.pid, 10);
          } catch {
            // Not allowed here: it still runs, at normal priority.
          }
        }
        const output = [];
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        child.on('close', (code) => {
          const text = Buffer.concat(output).toString().trimEnd();
          const status = code === 0 ? 'ok' : `failed (exit ${code})`;
          console.log(`\n── ${job.name}: ${status} in ${seconds(jobStart)} s ──`);
          if (text) console.log(text);
          resolve({ name: job.name, code });
        });
      }),
  ),
);

const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
console.log(
  `\nnpm test: ${failed.length ? `FAILED (${failed.join(', ')})` : 'all passed'} in ${seconds(started)} s`,
);
process.exit(failed.length ? 1 : 0);
