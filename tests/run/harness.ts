// Running conformance programs under pyheap and comparing with CPython's goldens.
//
// Each program runs as its own `pyheap [OPTIONS] NAME.py` process (OPTIONS from NAME.options) from the program's
// folder (as the goldens were recorded), a few at a time. Goldens write the
// folder as <FIXTURE_DIR>; default reprs' addresses are masked on both sides.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const PYHEAP = path.join(ROOT, 'bin', 'pyheap.js');

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

export interface Program {
  name: string;
  dir: string;
  expected: Outcome;
}

function readOr(p: string, dflt: string): string {
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : dflt;
}

/** The programs of a conformance folder with their goldens. */
export function loadPrograms(dir: string): Program[] {
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.py') && !f.startsWith('_') && fs.existsSync(path.join(dir, f.slice(0, -3) + '.stdout')))
    .sort()
    .map((f) => {
      const name = f.slice(0, -3);
      const base = path.join(dir, name);
      return {
        name,
        dir,
        expected: {
          stdout: readOr(base + '.stdout', ''),
          stderr: readOr(base + '.stderr', ''),
          status: Number(readOr(base + '.status', '0').trim()),
        },
      };
    });
}

/** Mask what the fidelity contract lets differ: the addresses in default reprs. */
export function mask(s: string): string {
  return s.replace(/ at 0x[0-9a-f]+>/g, ' at 0x...>');
}

/**
 * The seed snippets also print clock figures (timeit results), each on a line
 * of its own: such a line matches any other lone number.
 */
export function maskClocks(s: string): string {
  return maskTimingReports(mask(s).replace(/^\d+\.\d+(e-\d+)?$/gm, '<clock>'));
}

/**
 * The clock figures of timing reports: seconds printed as `0.638s`, timeit's
 * `N loops, best of R: X usec per loop`, and cProfile/pstats's header line
 * and the four time columns of its rows (the call counts stay compared).
 */
export function maskTimingReports(s: string): string {
  return s
    .replace(/\b\d+\.\d+s\b/g, '<clock>s')
    .replace(/(best of \d+: )\d+(\.\d+)?(e[-+]\d+)? [num]?sec( per loop)/g, '$1<clock>$4')
    .replace(/( function calls(?: \(\d+ primitive calls\))? in )\d+\.\d+( seconds)/g, '$1<clock>$2')
    .replace(/^( *\d+(?:\/\d+)?)( +\d+\.\d+){4} /gm, '$1 <clock> <clock> <clock> <clock> ');
}

/**
 * line_profiler's report (show_func): the total time and, in each row of a
 * line that ran, the Time, Per Hit and % Time columns are clock figures;
 * the line number, the hits and the source line stay.
 */
export function maskLineProfiler(s: string): string {
  return s
    .replace(/^Total time: \S+ s$/gm, 'Total time: <clock> s')
    .replace(/^( {0,5}\d+ +\d+) +[\d.e+-]+ +[\d.e+-]+ +[\d.]*(  .*)$/gm, '$1 <clock>$2');
}

/** The environment tools/gen_run_goldens.py gives CPython: no PYTHON* variable of this machine's, a fixed hash seed, no bytecode files. */
function programEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  return { ...env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', LC_ALL: 'C.UTF-8' };
}

// The timeout only stops a program that hangs; it is generous because the
// seed snippets run timing loops (CPython itself takes 15 s over 13_locals)
// and CI machines may be slow or shared.
export function runProgram(p: Program, timeoutMs = 180000): Promise<Outcome> {
  return new Promise((resolve) => {
    // NAME.options: interpreter options before the script, as tools/gen_run_goldens.py passes them to CPython.
    const optionsFile = path.join(p.dir, p.name + '.options');
    const options = fs.existsSync(optionsFile) ? fs.readFileSync(optionsFile, 'utf8').split(/\s+/).filter((w) => w !== '') : [];
    const child = spawn(process.execPath, ['--stack-size=3900', PYHEAP, ...options, p.name + '.py'], {
      cwd: p.dir,
      env: programEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    // NAME.closed: stdout is a pipe whose reader has gone, as tools/gen_run_goldens.py makes it (the
    // read end closes here at once, long before the program starts writing).
    if (fs.existsSync(path.join(p.dir, p.name + '.closed'))) child.stdout.destroy();
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const dirBytes = p.dir;
      const norm = (b: Buffer[]) => Buffer.concat(b).toString('utf8').split(dirBytes).join('<FIXTURE_DIR>');
      resolve({ stdout: norm(out), stderr: norm(err), status: code ?? (signal === 'SIGKILL' ? -9 : 128) });
    });
    const stdinFile = path.join(p.dir, p.name + '.stdin');
    child.stdin.end(fs.existsSync(stdinFile) ? fs.readFileSync(stdinFile) : '');
  });
}

/** Run every program, `jobs` at a time. */
export async function runAll(programs: Program[], jobs = 4): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  let next = 0;
  const worker = async () => {
    while (next < programs.length) {
      const p = programs[next++];
      results.set(p.name, await runProgram(p));
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}

export function sameOutcome(a: Outcome, b: Outcome, m: (s: string) => string = mask): boolean {
  return m(a.stdout) === m(b.stdout) && m(a.stderr) === m(b.stderr) && a.status === b.status;
}

/**
 * The seed snippets print tracemalloc statistics that name tracemalloc.py's
 * own lines (the snapshot's objects): CPython's module and pyheap's lib/
 * are different files, so such a line matches any other statistic line of
 * a tracemalloc.py (see the README's divergence table).
 */
const LIB_TRACEMALLOC = path.join(ROOT, 'lib', 'tracemalloc.py');
export function maskTracemallocLines(s: string): string {
  return s.split(LIB_TRACEMALLOC).join('<STDLIB_DIR>/tracemalloc.py')
    .replace(/^<STDLIB_DIR>\/tracemalloc\.py:\d+: size=.*$/gm, '<tracemalloc.py statistic>');
}

/** The masking rule of a conformance folder. */
export function maskFor(folder: string): (s: string) => string {
  return folder === 'seed' ? (s) => maskTracemallocLines(maskLineProfiler(maskClocks(s))) : mask;
}

export function knownFailing(dir: string): Set<string> {
  const f = path.join(dir, 'KNOWN_FAILING');
  if (!fs.existsSync(f)) return new Set();
  return new Set(fs.readFileSync(f, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}
