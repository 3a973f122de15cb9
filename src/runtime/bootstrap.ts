// Start-up: finish the static types in dependency order and install the
// hooks that let lower layers reach higher ones without import cycles.

import { finishBuiltinTypes, TypeType } from './type.js';
import { initTypeObject, setAddressOf, genericGetAttr } from './types/typeobject.js';
import { installErrorFactory } from './errors.js';
import { typeTypeRef } from './abstract.js';
import { setObjectGetattro } from './rt.js';
import { addressHex } from './heap.js';
import { initNone } from './types/none.js';
import { initBuiltinFunc, addressText } from './types/builtinfunc.js';
import { initStr } from './types/str.js';
import { initTuple } from './types/tuple.js';
import { initList } from './types/list.js';
import { initDict } from './types/dict.js';
import { initTextIO } from '../modules/sys.js';

let done = false;

export function bootstrap(): void {
  if (done) return;
  done = true;
  finishBuiltinTypes();
  typeTypeRef.t = TypeType;
  installErrorFactory();
  setAddressOf(addressHex);
  initTypeObject();
  setObjectGetattro(genericGetAttr);
  addressText.f = addressHex;
  initBuiltinFunc();
  initNone();
  initStr();
  initTuple();
  initList();
  initDict();
  initTextIO();
}
