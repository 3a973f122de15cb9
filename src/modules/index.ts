// The modules implemented in TypeScript, by import name.

import type { NativeModule } from '../runtime/interp.js';
import { initSys } from './sys.js';
import { initPosix } from './posix.js';
import { initImp } from './_imp.js';
import { initAbc } from './_abc.js';
import { initCollections } from './_collections.js';
import { initFunctools } from './_functools.js';
import { initLineProfiler } from './_line_profiler.js';
import { initMath } from './math.js';
import { initItertools } from './itertools.js';
import { initSre } from './_sre.js';
import { initJson } from './_json.js';
import { initOperator, initOperatorC } from './operator.js';
import { initHeapq, initHeapqC } from './heapq.js';
import { initBisect, initBisectC } from './bisect.js';
import { initKeyword } from './keyword.js';
import { initString } from './_string.js';
import { initRandom, initRandomBase } from './random.js';
import { initTime } from './time.js';
import { initIo } from './io.js';
import { initExcFormat } from './_excformat.js';
import { initUnicodedata } from './unicodedata.js';
import { initTracebackHelpers } from './_traceback.js';
import { initGc } from './gc.js';
import { initWeakrefModule } from './_weakref.js';
import { initHashlib } from './_hashlib.js';
import { initStruct } from './_struct.js';
import { initLsprof } from './_lsprof.js';
import { initTracemalloc } from './_tracemalloc.js';
import { initCodecs } from './_codecs.js';

export const stdlibModules: NativeModule[] = [
  { name: 'sys', init: initSys },
  { name: 'posix', init: initPosix },
  { name: '_imp', init: initImp },
  { name: '_abc', init: initAbc },
  { name: '_collections', init: initCollections },
  { name: '_functools', init: initFunctools },
  { name: '_line_profiler', init: initLineProfiler },
  { name: 'math', init: initMath },
  { name: 'itertools', init: initItertools },
  { name: '_sre', init: initSre },
  { name: '_json', init: initJson },
  { name: 'operator', init: initOperator },
  { name: '_operator', init: initOperatorC },
  { name: 'heapq', init: initHeapq },
  { name: '_heapq', init: initHeapqC },
  { name: 'bisect', init: initBisect },
  { name: '_bisect', init: initBisectC },
  { name: 'keyword', init: initKeyword },
  { name: '_string', init: initString },
  { name: 'random', init: initRandom },
  { name: '_random', init: initRandomBase },
  { name: 'time', init: initTime },
  { name: 'io', init: initIo },
  { name: '_io', init: initIo },
  { name: '_excformat', init: initExcFormat },
  { name: 'unicodedata', init: initUnicodedata },
  { name: '_traceback', init: initTracebackHelpers },
  { name: 'gc', init: initGc },
  { name: '_weakref', init: initWeakrefModule },
  { name: '_hashlib', init: initHashlib },
  { name: '_struct', init: initStruct },
  { name: '_lsprof', init: initLsprof },
  { name: '_tracemalloc', init: initTracemalloc },
  { name: '_codecs', init: initCodecs },
];
