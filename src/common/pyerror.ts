// Raising Python exceptions from code that sits below the object model.
//
// Pure helpers in src/common (number formatting, hashing, the regex engine, ...)
// must fail with CPython's exception type and message, but they cannot import
// the runtime's exception classes without inverting the layering. They call
// raise(); the runtime installs a factory at start-up that builds the real
// Python exception object, so what propagates is already a Python exception.

export type ErrorFactory = (type: string, message: string) => unknown;

/** Before the runtime installs its factory (and in unit tests) errors are
 *  plain JS errors whose message is `Type: message`. */
export class PyErrorSpec extends Error {
  constructor(readonly pyType: string, readonly pyMessage: string) {
    super(`${pyType}: ${pyMessage}`);
  }
}

let factory: ErrorFactory = (type, message) => new PyErrorSpec(type, message);

export function setErrorFactory(f: ErrorFactory): void {
  factory = f;
}

/** Throw the Python exception `type(message)`, e.g. raise('ValueError', '...'). */
export function raise(type: string, message: string): never {
  throw factory(type, message);
}
