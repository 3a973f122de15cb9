// sys's description of the installation and of the interpreter's build
// (sys.prefix and friends, sys.builtin_module_names, ...):
// what sysconfig, site-style code and test suites read.

import { decref, type PyObject } from '../runtime/object.js';
import { newStr } from '../runtime/types/str.js';
import { newTuple } from '../runtime/types/tuple.js';
import { newBool } from '../runtime/types/bool.js';
import { newNone } from '../runtime/types/none.js';
import { structSeqType, newStructSeq } from '../runtime/types/structseq.js';
import { checkArgs, newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import type { PyModule } from '../runtime/types/module.js';
import type { PyType } from '../runtime/type.js';

let ThreadInfoType: PyType;

/** The struct sequence types (made before the built-in types are finished). */
export function makeSysInstallTypes(): void {
  ThreadInfoType = structSeqType('thread_info', 'sys', ['name', 'lock', 'version']);
}

/**
 * libDir is the folder of pyheap's own library (the last entry of the initial
 * sys.path); the installation's prefix is the folder that holds it.
 * nativeNames are the modules built into the interpreter.
 */
export function initSysInstall(m: PyModule, libDir: string, nativeNames: string[]): void {
  const set = (name: string, v: PyObject) => {
    m.set(name, v);
    decref(v);
  };
  const def = (name: string, fn: NativeFn) => set(name, newBuiltin(name, fn, 'sys'));
  const slash = libDir.replace(/\/+$/, '').lastIndexOf('/');
  const prefix = slash > 0 ? libDir.slice(0, slash) : '/';
  for (const name of ['prefix', 'exec_prefix', 'base_prefix', 'base_exec_prefix']) set(name, newStr(prefix));
  set('platlibdir', newStr('lib'));
  set('abiflags', newStr(''));
  set('pycache_prefix', newNone());
  const names = [...new Set(['builtins', 'sys', ...nativeNames])].sort();
  set('builtin_module_names', newTuple(names.map((n) => newStr(n))));
  // no threads: CPython reports its own thread implementation here, pyheap none
  set('thread_info', newStructSeq(ThreadInfoType, [newNone(), newNone(), newNone()]));
  def('is_finalizing', (_s, a, k) => (checkArgs('is_finalizing', a, k, 0, 0), newBool(false)));
}
