// Running the cases of tools/pycases.py under pyheap: each group's setup is
// exec()'d in a fresh namespace of one in-process interpreter, then each
// expression is eval()'d there, and its outcome (repr of the value, or the
// exception's type and message, and what it printed) compared with CPython's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Interpreter, type Host } from '../../src/runtime/interp.js';
import { PyObject, decref } from '../../src/runtime/object.js';
import * as ab from '../../src/runtime/abstract.js';
import { newStr } from '../../src/runtime/types/str.js';
import { newDict } from '../../src/runtime/types/dict.js';
import { PyBaseException } from '../../src/runtime/types/exceptions.js';

/** ["ok", repr, stdout] or ["err", type name, message, stdout]. */
export type Outcome = string[];

interface CaseFile {
  prelude: string;
  groups: [string, [string, Outcome][]][];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** An interpreter whose stdout is collected in `out` (reading files from the real file system). */
function newInterpreter(out: string[]): Interpreter {
  const host: Host = {
    readFile: (p) => (fs.existsSync(p) && fs.statSync(p).isFile() ? fs.readFileSync(p) : null),
    isDir: (p) => fs.existsSync(p) && fs.statSync(p).isDirectory(),
    writeOut: (s) => out.push(s),
    writeErr: () => {},
    join: (...parts) => path.join(...parts),
    dirname: (p) => path.dirname(p),
    resolve: (p) => path.resolve(p),
  };
  return new Interpreter(host, { argv: [''], path: [path.join(ROOT, 'lib')] });
}

/** builtins.exec / builtins.eval of `source` in `globals`. */
function run(interp: Interpreter, which: 'exec' | 'eval', source: string, globals: PyObject): PyObject {
  const f = interp.builtins.get(which)!;
  const text = newStr(source);
  try {
    return ab.call(f, [text, globals]);
  } finally {
    decref(text);
  }
}

function outcomeOf(interp: Interpreter, out: string[], expression: string, globals: PyObject): Outcome {
  out.length = 0;
  let result: Outcome;
  try {
    const v = run(interp, 'eval', expression, globals);
    result = ['ok', ab.reprJS(v)];
    decref(v);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    result = ['err', e.type.name, ab.strJS(e)];
    decref(e);
  }
  interp.flushStdio();
  return [...result, out.join('')];
}

/** One test per group of `file` (a JSON file next to the tests), a subtest per expression. */
export function runCaseFile(file: string): void {
  const cases: CaseFile = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'modules', file), 'utf8'));
  const out: string[] = [];
  const interp = newInterpreter(out);
  cases.groups.forEach(([setup, expressions], i) => {
    test(`${file} group ${i}: ${setup.split('\n')[0].slice(0, 60)}`, async (t) => {
      const globals = newDict();
      decref(run(interp, 'exec', cases.prelude + '\n' + setup, globals));
      for (const [expression, expected] of expressions) {
        const got = outcomeOf(interp, out, expression, globals);
        await t.test(expression, () => assert.deepEqual(got, expected));
      }
    });
  });
}
