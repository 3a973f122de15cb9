// Compare pyheap's co_stacksize (src/compile/stackdepth.ts) with CPython's.
//
//   node tools/stackdepth_check.mjs [--json] FILE_OR_DIR...
//
// For every code object of every file (the module and its co_consts, depth
// first) CPython (python3, which must be 3.11) gives (qualname, firstlineno,
// co_stacksize, nlocalsplus) and pyheap's compiler the same from its code
// units; the two lists are compared per file as multisets. Prints the
// mismatches and the counts; --json prints CPython's lists instead (goldens
// for tests/compile/stackdepth.test.ts). Files CPython does not compile are
// skipped. Needs a build (npm run build).

import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';

const dist = new URL('../dist/src/', import.meta.url);
const { parse } = await import(new URL('parse/index.js', dist));
const { compileModule, codeUnitsOf } = await import(new URL('compile/codegen.js', dist));

const CPYTHON = `
import json, sys, warnings
warnings.simplefilter('ignore')
def units(co, out):
    cells = [c for c in co.co_cellvars if c not in co.co_varnames]
    out.append([co.co_qualname, co.co_firstlineno, co.co_stacksize, len(co.co_varnames) + len(cells) + len(co.co_freevars)])
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            units(c, out)
    return out
res = {}
for f in json.load(sys.stdin):
    try:
        res[f] = units(compile(open(f, 'rb').read(), f, 'exec', dont_inherit=True), [])
    except (SyntaxError, ValueError):
        res[f] = None
print(json.dumps(res))
`;

/** CPython's [qualname, firstlineno, stacksize, nlocalsplus] per code object of each file (null: it does not compile). */
export function cpythonUnits(files) {
  const out = execFileSync('python3', ['-c', CPYTHON], { input: JSON.stringify(files), maxBuffer: 1 << 28 });
  return JSON.parse(out.toString());
}

/** pyheap's list for one file, or null when its compiler rejects the file. */
export function pyheapUnits(file) {
  const source = fs.readFileSync(file, 'utf8');
  const lines = source.split(/(?<=\n)/);
  try {
    const tree = parse(source, { filename: file, mode: 'exec', byteOffsets: true, warnings: [] });
    const root = compileModule(tree, file, (n) => lines[n - 1] ?? null, { interactive: false });
    return codeUnitsOf(root).map((u) => [u.qualname, u.firstlineno, u.stacksize,
      new Set([...u.varnames, ...u.cellvars]).size + u.freevars.length]);
  } catch {
    return null;
  }
}

const key = (u) => JSON.stringify(u);

/** The entries of `a` missing from `b`, as multisets. */
function missing(a, b) {
  const count = new Map();
  for (const u of b) count.set(key(u), (count.get(key(u)) ?? 0) + 1);
  const out = [];
  for (const u of a) {
    const n = count.get(key(u)) ?? 0;
    if (n > 0) count.set(key(u), n - 1);
    else out.push(u);
  }
  return out;
}

function pyFiles(p) {
  if (fs.statSync(p).isDirectory()) return fs.readdirSync(p).sort().flatMap((f) => pyFiles(path.join(p, f)));
  return p.endsWith('.py') ? [p] : [];
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const args = process.argv.slice(2);
  const json = args[0] === '--json';
  const files = args.filter((a) => a !== '--json').flatMap(pyFiles);
  const cp = cpythonUnits(files);
  if (json) {
    // One code object a line.
    const files = Object.entries(cp).filter(([, units]) => units !== null);
    console.log(`{\n${files.map(([f, units]) => ` ${JSON.stringify(f)}: [\n${units.map((u) => `  ${JSON.stringify(u)}`).join(',\n')}\n ]`).join(',\n')}\n}`);
    process.exit(0);
  }
  let units = 0, matched = 0, stackMatched = 0, filesOk = 0, compiled = 0;
  for (const f of files) {
    const want = cp[f];
    if (want === null) continue;
    compiled++;
    const got = pyheapUnits(f);
    if (got === null) {
      console.log(`${f}: pyheap does not compile it`);
      units += want.length;
      continue;
    }
    units += want.length;
    const bad = missing(want, got);
    const extra = missing(got, want);
    matched += want.length - bad.length;
    // The stack sizes alone (nlocalsplus aside).
    stackMatched += want.length - missing(want.map((u) => u.slice(0, 3)), got.map((u) => u.slice(0, 3))).length;
    if (bad.length === 0 && extra.length === 0) filesOk++;
    else {
      for (const u of bad) console.log(`${f}: CPython ${key(u)}`);
      for (const u of extra) console.log(`${f}: pyheap  ${key(u)}`);
    }
  }
  console.log(`files: ${filesOk} of ${compiled} match; code objects: ${matched} of ${units} match` +
    ` (co_stacksize alone: ${stackMatched})`);
  process.exit(filesOk === compiled ? 0 : 1);
}
