// Inline the runtime's decref(x) and xdecref(x) calls in a bundle, as
// codegen's inlineRefcounts does for the generated code.
//
// Why: V8 keeps type feedback per source position. Inside the one shared
// decref function the `o.rc` access sees every class of Python object the
// program has made; past 32 hidden classes (bin/pyheap.js's limit) that site
// turns megamorphic, a hash probe on every access, and a program that
// imports a few modules pays it on each release (7% of `calc` with pstats
// imported). Written out at each call site, the access sees only the few
// classes that reach that site.
//
// The bundle is one scope, so the top-level dealloc is the one every site
// reaches: esbuild renames any inner binding of a top-level name (a parameter
// `dealloc` becomes `dealloc2`), and the script refuses a bundle that declares
// one of these names twice.

const IDENT = '[A-Za-z_$][\\w$]*';
// The argument: a name, or a chain of property reads and indexings by a name
// (`o.dict`, `args[i]`), which reads the same value again without side effects.
const ARG = `${IDENT}(?:\\.${IDENT}|\\[${IDENT}\\])*`;
// A call with one such argument: not a declaration (`function decref(o) {`),
// not a method (`x.decref(o)`), not another name ending in decref.
const CALL = (name) => new RegExp(`(?<![\\w.$]|function )${name}\\((${ARG})\\)(?! \\{)`, 'g');

/** The bundle's source with the calls written out; throws if the bundle does not have the expected shape. */
export function inlineDecref(source, file) {
  for (const name of ['dealloc', 'decref', 'xdecref']) {
    const decls = source.match(new RegExp(`\\b(?:let|const|var|class|function\\*?)\\s+${name}\\b`, 'g')) ?? [];
    const top = source.match(new RegExp(`^function ${name}\\(`, 'gm')) ?? [];
    if (decls.length !== 1 || top.length !== 1) throw new Error(`${file}: expected ${name} declared once, as a top-level function`);
  }
  let count = 0;
  const out = source
    .replace(CALL('decref'), (_, x) => (count++, `(--${x}.rc === 0 && dealloc(${x}))`))
    .replace(CALL('xdecref'), (_, x) => (count++, `(${x} != null && --${x}.rc === 0 && dealloc(${x}))`));
  if (count < 100) throw new Error(`${file}: only ${count} decref calls inlined; has the runtime changed shape?`);
  return { source: out, count };
}
