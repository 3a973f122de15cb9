// MD5, SHA-1 and SHA-2 against tests/common/digest_cases.json, made by
// tools/gen_random_cases.py from CPython 3.11's hashlib.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newDigest } from '../../src/common/digest.js';
import { PyErrorSpec } from '../../src/common/pyerror.js';

interface Cases {
  chunks: number[];
  whole: [string, string, number, number, string, [number, string][]][];
  incremental: [string, string[], string, string][];
  unsupported: string;
}
const cases: Cases = JSON.parse(
  readFileSync(new URL('../../../tests/common/digest_cases.json', import.meta.url), 'utf8'));

/** The generator's message bytes: (i * 7 + 3) & 255. */
function pattern(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 7 + 3) & 255;
  return out;
}

const encoder = new TextEncoder();

test('digests_of_whole_messages_match_hashlib', () => {
  for (const [alg, name, digestSize, blockSize, abc, rows] of cases.whole) {
    const h = newDigest(alg);
    assert.deepEqual([h.name, h.digest_size, h.block_size], [name, digestSize, blockSize], alg);
    h.update(encoder.encode('abc'));
    assert.equal(h.hexdigest(), abc, `${alg}('abc')`);
    for (const [n, want] of rows) {
      const d = newDigest(alg);
      d.update(pattern(n));
      assert.equal(d.hexdigest(), want, `${alg} of ${n} bytes`);
      assert.equal(d.digest().length, digestSize);
    }
  }
});

test('incremental_updates_digest_and_copy_match_hashlib', () => {
  const data = pattern(cases.chunks.reduce((a, b) => a + b, 0));
  for (const [alg, steps, copied, original] of cases.incremental) {
    const h = newDigest(alg);
    let pos = 0;
    const seen = cases.chunks.map((size) => {
      h.update(data.subarray(pos, pos += size));
      return h.hexdigest();  // must not disturb the running state
    });
    assert.deepEqual(seen, steps, alg);
    const c = h.copy();
    c.update(encoder.encode('more'));
    h.update(encoder.encode('other'));
    assert.deepEqual([c.hexdigest(), h.hexdigest()], [copied, original], `${alg} copy`);
  }
});

test('names_are_case_insensitive_and_unknown_ones_raise', () => {
  assert.equal(newDigest('SHA256').name, 'sha256');
  assert.throws(() => newDigest('foo'), (e: unknown) =>
    e instanceof PyErrorSpec && `e:${e.pyType}:${e.pyMessage}` === cases.unsupported);
});
