// Module objects (Objects/moduleobject.c): a namespace dict with a name.

import { PyObject, decref, xdecref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { PyDict, newDict, dictGetStr, dictSet, dictDel, dictKeyList } from './dict.js';
import { PyStr, internStr, newStr } from './str.js';
import { None } from './none.js';
import { PyBaseException, AttributeErrorType } from './exceptions.js';
import { ts } from './frame.js';
import { unpackArgs } from './int.js';
import { checkArgs } from './builtinfunc.js';
import { newList } from './list.js';
import { allocInstance, defGetSet, defMethod, exposeSlots, genericGetAttr } from './typeobject.js';
import { defMember } from './method.js';
import { call, getattr, lastAttributeError, reprJS, setModuleNoAttribute } from '../abstract.js';
import { typeError, attributeError } from '../errors.js';
import { reprStr } from '../../common/repr.js';

export const ModuleType = builtinType('module', ObjectType, { basicsize: 56, gc: true, hasDict: true });

export class PyModule extends PyObject {
  dict: PyDict;
  /** A module named `name` (its __name__), or an empty one (module.__new__) when name is null. */
  constructor(name: string | null, type: PyType = ModuleType) {
    super(type);
    this.dict = newDict();
    if (name !== null) {
      const v = internStr(name);
      this.set('__name__', v);
      decref(v);
    }
  }
  /** A global of the module, borrowed, or null. */
  get(name: string): PyObject | null {
    const k = internStr(name);
    const v = dictGetStr(this.dict, k);
    decref(k);
    return v;
  }
  /** Set a global; takes a new reference to v. */
  set(name: string, v: PyObject): void {
    const k = internStr(name);
    dictSet(this.dict, k, v);
    decref(k);
  }
}

/** The instances of a Python subclass of module, made from their type alone. */
class PyModuleInstance extends PyModule {
  constructor(type: PyType) {
    super(null, type);
  }
}

export function moduleName(m: PyModule): string {
  const n = m.get('__name__');
  return n instanceof PyStr ? n.v : '?';
}

// A subclass instance's dict may already be released by its type's dealloc.
ModuleType.dealloc = (o) => xdecref((o as PyModule).dict);
ModuleType.traverse = (o, visit) => {
  const d = (o as PyModule).dict;
  if (d) visit(d);
};

/**
 * Modules that CPython 3.11 has compiled in (sys.builtin_module_names): their
 * repr says "(built-in)" as their spec's origin does.
 */
const BUILTIN_MODULE_NAMES = new Set(['_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io',
  '_locale', '_operator', '_signal', '_sre', '_stat', '_string', '_symtable', '_thread', '_tokenize',
  '_tracemalloc', '_warnings', '_weakref', 'atexit', 'builtins', 'errno', 'faulthandler', 'gc', 'itertools',
  'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype']);

/** importlib's _module_repr for what pyheap's modules carry (__name__, __file__, no spec). */
function moduleRepr(o: PyObject): PyObject {
  const m = o as PyModule;
  const n = m.get('__name__');
  const name = n === null ? reprStr('?') : reprJS(n);
  const file = m.get('__file__');
  if (file !== null) return newStr(`<module ${name} from ${reprJS(file)}>`);
  if (n instanceof PyStr && BUILTIN_MODULE_NAMES.has(n.v)) return newStr(`<module ${name} (built-in)>`);
  return newStr(`<module ${name}>`);
}

/** Whether the module's own code is running (its import is not finished): a circular import sees it so. */
function isInitializing(m: PyModule): boolean {
  for (let f = ts.frame; f !== null; f = f.back) if (f.ns === m.dict && f.code.name === '<module>') return true;
  return false;
}

/** The AttributeError of a module that lacks `name` (module_getattro's messages). */
function moduleNoAttribute(o: PyObject, name: string): string {
  const n = (o as PyModule).get('__name__');
  if (!(n instanceof PyStr)) return `module has no attribute '${name}'`;
  if (isInitializing(o as PyModule)) {
    return `partially initialized module '${n.v}' has no attribute '${name}' (most likely due to a circular import)`;
  }
  return `module '${n.v}' has no attribute '${name}'`;
}

/** Attributes, then the module's own __getattr__ (PEP 562). */
export function moduleGetattro(o: PyObject, name: PyObject): PyObject | null {
  const r = genericGetAttr(o, name);
  if (r !== null) return r;
  const m = o as PyModule;
  const hook = m.get('__getattr__');
  if (hook !== null) {
    try {
      return call(hook, [name]);
    } catch (e) {
      // getattr() re-raises __getattr__'s own AttributeError; hasattr() sees "absent".
      if (e instanceof PyBaseException && e.type.isSubtype(AttributeErrorType)) {
        lastAttributeError.e = e;
        return null;
      }
      throw e;
    }
  }
  // noAttribute() knows modules by their type's name; a subclass's error is made here.
  if (o.type !== ModuleType) lastAttributeError.e = attributeError(moduleNoAttribute(o, (name as PyStr).v));
  return null;
}

/** module(name, doc=None): the attributes every module starts with. */
function moduleInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [name, doc] = unpackArgs('module', args, kwnames, ['name', 'doc'], 0, 2, 1);
  if (!(name instanceof PyStr)) throw typeError(`module() argument 'name' must be str, not ${name!.type.name}`);
  const m = self as PyModule;
  m.set('__name__', name);
  m.set('__doc__', doc ?? None);
  for (const attr of ['__package__', '__loader__', '__spec__']) m.set(attr, None);
}

/** module.__dir__: the module's own __dir__() if it defines one, else its names. */
function moduleDir(s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('module.__dir__', a, k, 0, 0);
  // The names come from the module's __dict__ attribute, which a subclass may redefine.
  const d = getattr(s, internStr('__dict__'));
  try {
    if (!(d instanceof PyDict)) throw typeError('<module>.__dict__ is not a dictionary');
    const dirFn = dictGetStr(d, internStr('__dir__'));
    if (dirFn !== null) return call(dirFn, []);
    const keys: PyObject[] = [];
    for (const key of dictKeyList(d)) {
      key.rc++;
      keys.push(key);
    }
    return newList(keys);
  } finally {
    decref(d);
  }
}

export function initModule(): void {
  const M = ModuleType;
  M.jsClass = PyModuleInstance as unknown as new (type: PyType) => PyObject;
  M.new_ = (t) => ((t as PyType).heapType ? allocInstance(t as PyType) : new PyModule(null));
  M.init = moduleInit;
  M.getattro = moduleGetattro;
  M.repr = moduleRepr;
  defMember(M, '__dict__', (o) => {
    const d = (o as PyModule).dict;
    d.rc++;
    return d;
  });
  // Made on first read and kept in the module's namespace (module_get_annotations, 3.10+).
  defGetSet(M, '__annotations__', (o) => {
    const m = o as PyModule;
    let ann = m.get('__annotations__');
    if (ann === null) {
      ann = newDict();
      m.set('__annotations__', ann);
      return ann;
    }
    ann.rc++;
    return ann;
  }, (o, v) => {
    const m = o as PyModule;
    const k = internStr('__annotations__');
    try {
      if (v !== null) dictSet(m.dict, k, v);
      else if (!dictDel(m.dict, k)) throw attributeError('__annotations__');
    } finally {
      decref(k);
    }
  });
  defMethod(M, '__dir__', moduleDir);
  exposeSlots(M);
  setModuleNoAttribute(moduleNoAttribute);
}
