// Conformance of the parser and the CLI's SyntaxError reports with CPython 3.11.
// Goldens come from tools/gen_parse_goldens.py (run under CPython 3.11):
// - tests/conformance/ast/X.py -> X.ast, stdout of `python3 -m ast -a X.py`
//   run in that folder (`--mode M` for files named mode_M_*.py), and
//   X.ast_stderr when CPython also printed warnings;
// - tests/conformance/syntax_errors/X.py -> X.stderr and X.status, from
//   `python3 X.py` run in that folder. CPython names the script by its
//   absolute path; the goldens write the folder as <FIXTURE_DIR>.
// Each test runs the CLI in-process from the fixture's folder, as CPython ran.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

// This file runs from dist/tests/parse/; the fixtures stay in the source tree.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const AST_DIR = path.join(REPO_ROOT, 'tests', 'conformance', 'ast');
const ERR_DIR = path.join(REPO_ROOT, 'tests', 'conformance', 'syntax_errors');
const DIR_TOKEN = '<FIXTURE_DIR>';

interface CapturedRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `argv` as if started from `cwd`, capturing its output. */
function runCli(argv: string[], cwd: string): CapturedRun {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    writeOut: (text) => { stdout += text; },
    writeErr: (text) => { stderr += text; },
    readFile: (p) => new Uint8Array(fs.readFileSync(p)),
    readStdin: () => new Uint8Array(0),
  };
  const saved = process.cwd();
  process.chdir(cwd);
  try {
    const status = main(argv, io);
    return { status, stdout, stderr };
  } finally {
    process.chdir(saved);
  }
}

function fixtureNames(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
}

/** The `--mode` a fixture is parsed in, from its name (as the generator does). */
function astMode(name: string): string {
  for (const mode of ['func_type', 'single', 'eval']) {
    if (name.startsWith(`mode_${mode}_`)) return mode;
  }
  return 'exec';
}

describe('ast conformance (python3 -m ast -a)', () => {
  for (const name of fixtureNames(AST_DIR)) {
    test(name, () => {
      const expected = fs.readFileSync(path.join(AST_DIR, name.replace(/\.py$/, '.ast')), 'utf8');
      const mode = astMode(name);
      const argv = ['-m', 'ast', '-a', ...(mode === 'exec' ? [] : ['--mode', mode]), name];
      // Warnings the parser issues (e.g. SyntaxWarning for `1if x else 2`).
      const stderrPath = path.join(AST_DIR, name.replace(/\.py$/, '.ast_stderr'));
      const expectedStderr = fs.existsSync(stderrPath) ? fs.readFileSync(stderrPath, 'utf8') : '';
      const run = runCli(argv, AST_DIR);
      assert.equal(run.stderr, expectedStderr);
      assert.equal(run.stdout, expected);
      assert.equal(run.status, 0);
    });
  }
});

describe('syntax error conformance (python3 prog.py)', () => {
  for (const name of fixtureNames(ERR_DIR)) {
    test(name, () => {
      const base = path.join(ERR_DIR, name.replace(/\.py$/, ''));
      const goldenStderr = fs.readFileSync(base + '.stderr', 'utf8');
      const expectedStatus = Number(fs.readFileSync(base + '.status', 'utf8').trim());
      const run = runCli([name], ERR_DIR);
      // CPython prints the absolute path of the script: getcwd() joined with
      // the name, which is what process.cwd() gives inside the folder.
      const expectedStderr = goldenStderr.split(DIR_TOKEN).join(fs.realpathSync(ERR_DIR));
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, expectedStderr);
      assert.equal(run.status, expectedStatus);
    });
  }
});
