// Values that a Constant node can hold, kept apart from runtime objects so the
// parser has no dependency on the runtime:
//   None -> null, bool -> boolean, str -> string, int -> bigint,
//   float -> FloatConst, complex -> ComplexConst (pure imaginary literal),
//   bytes -> BytesConst, Ellipsis -> ELLIPSIS.

export class FloatConst {
  constructor(readonly value: number) {}
}

export class ComplexConst {
  constructor(readonly real: number, readonly imag: number) {}
}

export class BytesConst {
  constructor(readonly bytes: Uint8Array) {}
}

export const ELLIPSIS: unique symbol = Symbol('Ellipsis');

export type ConstValue =
  | null | boolean | string | bigint
  | FloatConst | ComplexConst | BytesConst | typeof ELLIPSIS;
