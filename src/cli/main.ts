// The `pyheap` command line, shaped like `python3`'s.
//
//   pyheap FILE            compile FILE (running it comes with the runtime)
//   pyheap -m ast [...]    CPython's `python3 -m ast` (Lib/ast.py main())

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { CliIO } from './io.js';
import { formatSyntaxError } from './report.js';
import { Interpreter, type Host } from '../runtime/interp.js';
import { parse, dump, decodeSourceInfo, PySyntaxError, type ParseWarning } from '../parse/index.js';

/** The process's own IO: stdout/stderr writes and the real file system. */
export function nodeIO(): CliIO {
  return {
    writeOut: (s) => { fs.writeSync(1, s); },
    writeErr: (s) => { fs.writeSync(2, s); },
    readFile: (p) => fs.readFileSync(p),
    readStdin: () => fs.readFileSync(0),
  };
}

export function main(argv: string[], io: CliIO = nodeIO()): number {
  try {
    return dispatch(argv, io);
  } catch (e) {
    // Never a JavaScript stack trace: an escaping JS error is a pyheap bug.
    io.writeErr(`pyheap: internal error: ${e instanceof Error ? e.message : String(e)}\n` +
      'Please report it with the program that caused it.\n');
    return 70;
  }
}

function dispatch(argv: string[], io: CliIO): number {
  if (argv.length >= 2 && argv[0] === '-m') {
    const mod = argv[1];
    const rest = argv.slice(2);
    if (mod === 'ast') return astMain(rest, io);
    io.writeErr(`pyheap: No module named ${mod}\n`);
    return 1;
  }
  if (argv.length === 0 || argv[0].startsWith('-') && argv[0] !== '-') {
    io.writeErr('usage: pyheap FILE | pyheap -m ast [-a] [-i N] [-m MODE] [--no-type-comments] [FILE]\n');
    return 2;
  }
  return runFile(argv[0], io, argv.slice(1));
}

/** `pyheap FILE`: compile the script; report a SyntaxError as CPython does. */
function runFile(path: string, io: CliIO, args: string[] = []): number {
  let bytes: Uint8Array;
  let filename = path;
  try {
    bytes = path === '-' ? io.readStdin() : io.readFile(path);
    // CPython names the script by its absolute path in tracebacks.
    filename = path === '-' ? '<stdin>' : nodePath.resolve(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const abs = nodePath.resolve(path);
    io.writeErr(`pyheap: can't open file '${abs}': [Errno ${errnoNumber(err.code)}] ${errnoText(err.code)}\n`);
    return 2;
  }
  const warnings: ParseWarning[] = [];
  let source = '';
  try {
    const decoded = decodeSourceInfo(bytes, filename, 'file');
    source = decoded.text;
    parse(source, { filename, mode: 'exec', byteOffsets: !decoded.declared, warnings, fromFile: path !== '-' });
    printWarnings(warnings, filename, source, io);
  } catch (e) {
    printWarnings(warnings, filename, source, io);
    if (e instanceof PySyntaxError) {
      io.writeErr(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
  const interp = new Interpreter(nodeHost(io), {
    argv: [path, ...args],
    path: [path === '-' ? '' : nodePath.dirname(filename)],
    stdin: () => new TextDecoder().decode(io.readStdin()),
  });
  return interp.runMain(source, filename);
}

/** The interpreter's view of the machine: the real file system and the process's streams. */
function nodeHost(io: CliIO): Host {
  return {
    readFile: (p) => {
      try {
        return io.readFile(p);
      } catch {
        return null;
      }
    },
    isDir: (p) => {
      try {
        return fs.statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    writeOut: (s) => io.writeOut(s),
    writeErr: (s) => io.writeErr(s),
    join: (...parts) => nodePath.join(...parts),
    dirname: (p) => nodePath.dirname(p),
    resolve: (p) => nodePath.resolve(p),
  };
}

const AST_USAGE = 'usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a]\n' +
  '                     [-i INDENT]\n' +
  '                     [infile]\n';

/** Lib/ast.py main(): parse a file and print ast.dump(tree, include_attributes, indent). */
function astMain(args: string[], io: CliIO): number {
  let mode: 'exec' | 'single' | 'eval' | 'func_type' = 'exec';
  let typeComments = true;
  let includeAttributes = false;
  let indent = 3;
  let infile: string | null = null;
  const usageError = (msg: string): number => {
    io.writeErr(AST_USAGE + `python -m ast: error: ${msg}\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let inlineValue: string | null = null;
    if (a.startsWith('--') && a.includes('=')) {
      inlineValue = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    } else if (/^-[mi]./.test(a)) {
      inlineValue = a.slice(2);
      a = a.slice(0, 2);
    }
    const value = (): string | null => {
      if (inlineValue !== null) return inlineValue;
      if (i + 1 < args.length) return args[++i];
      return null;
    };
    if (a === '-a' || a === '--include-attributes') {
      includeAttributes = true;
    } else if (a === '--no-type-comments') {
      typeComments = false;
    } else if (a === '-m' || a === '--mode') {
      const v = value();
      if (v === null) return usageError('argument -m/--mode: expected one argument');
      if (v !== 'exec' && v !== 'single' && v !== 'eval' && v !== 'func_type') {
        return usageError(`argument -m/--mode: invalid choice: '${v}' (choose from 'exec', 'single', 'eval', 'func_type')`);
      }
      mode = v;
    } else if (a === '-i' || a === '--indent') {
      const v = value();
      if (v === null) return usageError('argument -i/--indent: expected one argument');
      if (!/^\s*[-+]?\d+\s*$/.test(v)) return usageError(`argument -i/--indent: invalid int value: '${v}'`);
      indent = parseInt(v, 10);
    } else if (a === '-h' || a === '--help') {
      io.writeOut(AST_USAGE);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      return usageError(`unrecognized arguments: ${a}`);
    } else if (infile === null) {
      infile = a;
    } else {
      return usageError(`unrecognized arguments: ${a}`);
    }
  }
  let bytes: Uint8Array;
  let filename: string;
  if (infile === null || infile === '-') {
    bytes = io.readStdin();
    filename = '<stdin>';
  } else {
    try {
      bytes = io.readFile(infile);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      return usageError(`argument infile: can't open '${infile}': [Errno ${errnoNumber(err.code)}] ${errnoText(err.code)}: '${infile}'`);
    }
    filename = infile;
  }
  const warnings: ParseWarning[] = [];
  let source = '';
  try {
    const decoded = decodeSourceInfo(bytes, filename, 'string');
    source = decoded.text;
    const tree = parse(source, { filename, mode, typeComments, byteOffsets: !decoded.declared, warnings, fromFile: filename !== '<stdin>' });
    printWarnings(warnings, filename, source, io);
    let text: string;
    try {
      text = dump(tree, { includeAttributes, indent: indent });
    } catch (e) {
      // ast.dump recurses per level, and CPython's fails the same way on
      // trees thousands of levels deep.
      if (!(e instanceof RangeError)) throw e;
      io.writeErr('Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded while calling a Python object\n');
      return 1;
    }
    io.writeOut(text + '\n');
    return 0;
  } catch (e) {
    printWarnings(warnings, filename, source, io);
    if (e instanceof PySyntaxError) {
      // CPython prints a traceback through runpy and ast.py before this block.
      io.writeErr('Traceback (most recent call last):\n' + formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

/**
 * Compile-time warnings as the warnings module shows them by default:
 * `file:line: Category: message` and the stripped source line.
 */
function printWarnings(warnings: ParseWarning[], filename: string, source: string, io: CliIO): void {
  if (warnings.length === 0) return;
  const lines = source.split('\n');
  for (const w of warnings) {
    const line = (lines[w.lineno - 1] ?? '').trim();
    io.writeErr(`${filename}:${w.lineno}: ${w.category}: ${w.message}\n` + (line ? `  ${line}\n` : ''));
  }
  warnings.length = 0;
}

function errnoNumber(code: string | undefined): number {
  switch (code) {
    case 'ENOENT': return 2;
    case 'EACCES': return 13;
    case 'EISDIR': return 21;
    default: return 5;
  }
}

function errnoText(code: string | undefined): string {
  switch (code) {
    case 'ENOENT': return 'No such file or directory';
    case 'EACCES': return 'Permission denied';
    case 'EISDIR': return 'Is a directory';
    default: return 'Input/output error';
  }
}
