// The embedding API: run Python source in Node or a browser and collect what
// it prints. No file system is needed; `files` gives the program a virtual one
// (modules it imports, files it opens).
//
//   import { runPython } from 'pyheap';
//   const r = runPython('print(sum(range(10)))');
//   r.stdout === '45\n'; r.status === 0

import { Interpreter, type Host } from './runtime/interp.js';
import { textSource } from './modules/sys.js';
import { decodeSourceInfo } from './parse/index.js';
import { LIB_SOURCES } from './runtime/libSources.gen.js';

/** Where the Python-written standard modules appear in the virtual file system. */
const LIB_DIR = '/pyheap/lib';

export interface RunOptions {
  /** The text the program reads from sys.stdin / input(). */
  stdin?: string;
  /**
   * The script's file name as tracebacks show it (default '<string>', as `python3 -c`).
   * A real name is also a file of the virtual file system holding the source,
   * as a script's own file is (linecache shows its lines in warnings).
   */
  filename?: string;
  /** sys.argv[1:]. */
  args?: string[];
  /** A virtual file system: absolute path -> contents. The script's folder is sys.path[0]. */
  files?: Record<string, string | Uint8Array>;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** The exit status python3 would have returned. */
  status: number;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function join(...parts: string[]): string {
  const out: string[] = [];
  for (const part of parts.join('/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Run a Python 3.11 program to completion and return its output and exit status. */
export function runPython(source: string | Uint8Array, options: RunOptions = {}): RunResult {
  let stdout = '';
  let stderr = '';
  const enc = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  for (const [p, v] of Object.entries(LIB_SOURCES)) files.set(join(LIB_DIR, p), enc.encode(v));
  for (const [p, v] of Object.entries(options.files ?? {})) files.set(join(p), typeof v === 'string' ? enc.encode(v) : v);
  const script = options.filename;
  if (script !== undefined && !(script.startsWith('<') && script.endsWith('>')) && !files.has(join(script))) {
    files.set(join(script), typeof source === 'string' ? enc.encode(source) : source);
  }
  const host: Host = {
    readFile: (p) => files.get(join(p)) ?? null,
    isDir: (p) => {
      const prefix = join(p) + '/';
      for (const k of files.keys()) if (k.startsWith(prefix)) return true;
      return false;
    },
    writeOut: (s) => { stdout += s; },
    writeErr: (s) => { stderr += s; },
    join,
    dirname,
    resolve: (p) => join('/', p),
  };
  const filename = options.filename ?? '<string>';
  const interp = new Interpreter(host, {
    argv: [filename === '<string>' ? '-c' : filename, ...(options.args ?? [])],
    path: [filename.startsWith('<') ? '/' : dirname(join(filename)), LIB_DIR],
    stdin: textSource(() => options.stdin ?? ''),
  });
  const text = typeof source === 'string' ? source : decodeSourceInfo(source, filename, 'file').text;
  const status = interp.runMain(text, filename);
  return { stdout, stderr, status };
}

export { Interpreter };
export type { Host };
