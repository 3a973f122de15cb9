// The runner shared by profile_overhead.mjs and tracemalloc.mjs: what a
// measurement tool costs, as the ratio of a program's run under the tool to
// its plain run, for pyheap and for CPython, each program of bench/programs/
// run by the four configurations in turn, round after round, so that all
// four see the same machine.
//
// The figure is the CPU time of the child process (user + system, from the
// children's times the kernel adds to ours once a child is waited for,
// /proc/self/stat), the least over the rounds: on a machine shared with other
// work, wall time counts the time a run waited for a core, and the least of
// several runs is the one least disturbed. `--wall` takes wall time instead
// (the least over the rounds too).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PROGRAMS_DIR = path.join(REPO, 'bench', 'programs');

/** The children's user + system time so far, in seconds, or null where /proc is not there. */
function childrenCpu() {
  let stat;
  try {
    stat = fs.readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
  // The fields after the command name (which is in parentheses and may hold spaces); cutime and cstime are fields 16 and 17.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(rest[13]) + Number(rest[14])) / 100;
}

function parseArgs(argv, usage) {
  const opts = { rounds: 3, filter: '', wall: false };
  const fail = (message) => {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--wall') {
      opts.wall = true;
      continue;
    }
    const next = argv[++i];
    if (next === undefined) fail(`${arg} needs a value`);
    if (arg === '--rounds') {
      opts.rounds = Number(next);
      if (!Number.isInteger(opts.rounds) || opts.rounds < 1) fail('--rounds takes a positive integer');
    } else if (arg === '--filter') {
      opts.filter = next;
    } else {
      fail(`unknown argument ${arg}`);
    }
  }
  if (opts.wall === false && childrenCpu() === null) fail('CPU times need /proc; use --wall');
  return opts;
}

/** CPython itself, not a launcher in front of it (pyenv's shim costs more than CPython's start-up). */
function pythonExecutable(usage) {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`python3 is needed\n${usage}`);
    process.exit(2);
  }
  return r.stdout.trim();
}

function timeRun(cmd, args, wall) {
  const c0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: PROGRAMS_DIR,
    env: { ...process.env, PYTHONHASHSEED: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 600_000,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${String(r.stderr).slice(0, 400)}`);
  return wall ? seconds : childrenCpu() - c0;
}

const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

/**
 * Run the comparison. tool: { name, args(outFile) } gives the column title
 * and the interpreter options that put a program under the tool.
 */
export function measureOverhead(tool, argv, usage) {
  const opts = parseArgs(argv, usage);
  const python = pythonExecutable(usage);
  // The command as installed: bin/pyheap.js through its shebang's Node options.
  const node = [path.join(REPO, 'bin', 'pyheap.js')];
  const programs = fs.readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.py') && f.includes(opts.filter)).sort();
  const runs = {
    cpython: (p) => timeRun(python, [p], opts.wall),
    cpythonTool: (p) => timeRun(python, [...tool.args, p], opts.wall),
    pyheap: (p) => timeRun(node[0], [...node.slice(1), p], opts.wall),
    pyheapTool: (p) => timeRun(node[0], [...node.slice(1), ...tool.args, p], opts.wall),
  };
  const what = opts.wall ? 'wall time' : 'CPU time (user + system)';
  console.log(`${what} in seconds, the least of ${opts.rounds} round${opts.rounds === 1 ? '' : 's'}; ratio = with ${tool.name} / without`);
  const col = tool.name.length + 1;
  console.log(`program          CPython ${('+' + tool.name).padStart(col)}  ratio |  pyheap ${('+' + tool.name).padStart(col)}  ratio`);
  const ratios = { cpython: [], pyheap: [] };
  for (const p of programs) {
    const times = { cpython: [], cpythonTool: [], pyheap: [], pyheapTool: [] };
    for (let r = 0; r < opts.rounds; r++) {
      for (const k of Object.keys(runs)) times[k].push(runs[k](p));
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.min(...v)]));
    const rc = m.cpythonTool / m.cpython;
    const rp = m.pyheapTool / m.pyheap;
    ratios.cpython.push(rc);
    ratios.pyheap.push(rp);
    console.log(`${p.replace(/\.py$/, '').padEnd(15)} ${m.cpython.toFixed(2).padStart(7)} ${m.cpythonTool.toFixed(2).padStart(col)} ${rc.toFixed(2).padStart(5)}x |` +
      ` ${m.pyheap.toFixed(2).padStart(7)} ${m.pyheapTool.toFixed(2).padStart(col)} ${rp.toFixed(2).padStart(5)}x`);
  }
  if (programs.length > 0) {
    console.log(`geometric mean of the ratios: CPython ${geo(ratios.cpython).toFixed(2)}x, pyheap ${geo(ratios.pyheap).toFixed(2)}x;` +
      ` largest: CPython ${Math.max(...ratios.cpython).toFixed(2)}x, pyheap ${Math.max(...ratios.pyheap).toFixed(2)}x`);
  }
}
