// The modules implemented in TypeScript, by import name.

import type { NativeModule } from '../runtime/interp.js';
import { initSys } from './sys.js';

export const stdlibModules: NativeModule[] = [
  { name: 'sys', init: initSys },
];
