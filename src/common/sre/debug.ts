// What re.compile(pattern, re.DEBUG) prints: the parse tree (SubPattern.dump)
// and the program (re._compiler.dis), in CPython 3.11's format.

import { Op, At, Cat, Info, MAXREPEAT } from './constants.js';
import type { SubPattern, SetItem } from './parser.js';
import { reprStr } from '../repr.js';

const OP_NAMES: Record<number, string> = {
  [Op.FAILURE]: 'FAILURE', [Op.SUCCESS]: 'SUCCESS', [Op.ANY]: 'ANY', [Op.ANY_ALL]: 'ANY_ALL',
  [Op.ASSERT]: 'ASSERT', [Op.ASSERT_NOT]: 'ASSERT_NOT', [Op.AT]: 'AT', [Op.BRANCH]: 'BRANCH',
  [Op.CATEGORY]: 'CATEGORY', [Op.CHARSET]: 'CHARSET', [Op.BIGCHARSET]: 'BIGCHARSET',
  [Op.GROUPREF]: 'GROUPREF', [Op.GROUPREF_EXISTS]: 'GROUPREF_EXISTS', [Op.IN]: 'IN', [Op.INFO]: 'INFO',
  [Op.JUMP]: 'JUMP', [Op.LITERAL]: 'LITERAL', [Op.MARK]: 'MARK', [Op.MAX_UNTIL]: 'MAX_UNTIL',
  [Op.MIN_UNTIL]: 'MIN_UNTIL', [Op.NOT_LITERAL]: 'NOT_LITERAL', [Op.NEGATE]: 'NEGATE',
  [Op.RANGE]: 'RANGE', [Op.REPEAT]: 'REPEAT', [Op.REPEAT_ONE]: 'REPEAT_ONE',
  [Op.SUBPATTERN]: 'SUBPATTERN', [Op.MIN_REPEAT_ONE]: 'MIN_REPEAT_ONE',
  [Op.ATOMIC_GROUP]: 'ATOMIC_GROUP', [Op.POSSESSIVE_REPEAT]: 'POSSESSIVE_REPEAT',
  [Op.POSSESSIVE_REPEAT_ONE]: 'POSSESSIVE_REPEAT_ONE', [Op.GROUPREF_IGNORE]: 'GROUPREF_IGNORE',
  [Op.IN_IGNORE]: 'IN_IGNORE', [Op.LITERAL_IGNORE]: 'LITERAL_IGNORE',
  [Op.NOT_LITERAL_IGNORE]: 'NOT_LITERAL_IGNORE', [Op.GROUPREF_LOC_IGNORE]: 'GROUPREF_LOC_IGNORE',
  [Op.IN_LOC_IGNORE]: 'IN_LOC_IGNORE', [Op.LITERAL_LOC_IGNORE]: 'LITERAL_LOC_IGNORE',
  [Op.NOT_LITERAL_LOC_IGNORE]: 'NOT_LITERAL_LOC_IGNORE', [Op.GROUPREF_UNI_IGNORE]: 'GROUPREF_UNI_IGNORE',
  [Op.IN_UNI_IGNORE]: 'IN_UNI_IGNORE', [Op.LITERAL_UNI_IGNORE]: 'LITERAL_UNI_IGNORE',
  [Op.NOT_LITERAL_UNI_IGNORE]: 'NOT_LITERAL_UNI_IGNORE', [Op.RANGE_UNI_IGNORE]: 'RANGE_UNI_IGNORE',
  [Op.MIN_REPEAT]: 'MIN_REPEAT', [Op.MAX_REPEAT]: 'MAX_REPEAT',
};

const AT_NAMES: Record<number, string> = {
  [At.BEGINNING]: 'BEGINNING', [At.BEGINNING_LINE]: 'BEGINNING_LINE',
  [At.BEGINNING_STRING]: 'BEGINNING_STRING', [At.BOUNDARY]: 'BOUNDARY',
  [At.NON_BOUNDARY]: 'NON_BOUNDARY', [At.END]: 'END', [At.END_LINE]: 'END_LINE',
  [At.END_STRING]: 'END_STRING', [At.LOC_BOUNDARY]: 'LOC_BOUNDARY',
  [At.LOC_NON_BOUNDARY]: 'LOC_NON_BOUNDARY', [At.UNI_BOUNDARY]: 'UNI_BOUNDARY',
  [At.UNI_NON_BOUNDARY]: 'UNI_NON_BOUNDARY',
};

const CAT_NAMES: Record<number, string> = {
  [Cat.DIGIT]: 'DIGIT', [Cat.NOT_DIGIT]: 'NOT_DIGIT', [Cat.SPACE]: 'SPACE',
  [Cat.NOT_SPACE]: 'NOT_SPACE', [Cat.WORD]: 'WORD', [Cat.NOT_WORD]: 'NOT_WORD',
  [Cat.LOC_WORD]: 'LOC_WORD', [Cat.LOC_NOT_WORD]: 'LOC_NOT_WORD', [Cat.UNI_DIGIT]: 'UNI_DIGIT',
  [Cat.UNI_NOT_DIGIT]: 'UNI_NOT_DIGIT', [Cat.UNI_SPACE]: 'UNI_SPACE',
  [Cat.UNI_NOT_SPACE]: 'UNI_NOT_SPACE', [Cat.UNI_WORD]: 'UNI_WORD', [Cat.UNI_NOT_WORD]: 'UNI_NOT_WORD',
};

function repeatBound(n: number): string {
  return n === MAXREPEAT ? 'MAXREPEAT' : String(n);
}

function setItemText(item: SetItem): string {
  switch (item.op) {
    case Op.LITERAL: return `LITERAL ${item.c}`;
    case Op.RANGE: return `RANGE (${item.lo}, ${item.hi})`;
    case Op.CATEGORY: return `CATEGORY CATEGORY_${CAT_NAMES[item.cat]}`;
    case Op.NEGATE: return 'NEGATE None';
  }
}

/** SubPattern.dump: one line per node, children indented two spaces. */
export function dumpTree(p: SubPattern, level = 0): string {
  const pad = '  '.repeat(level);
  let out = '';
  for (const node of p.data) {
    out += pad + OP_NAMES[node.op];
    switch (node.op) {
      case Op.IN:
        out += '\n';
        for (const item of node.items) out += pad + '  ' + setItemText(item) + '\n';
        break;
      case Op.BRANCH:
        out += '\n';
        node.alts.forEach((alt, i) => {
          if (i) out += pad + 'OR\n';
          out += dumpTree(alt, level + 1);
        });
        break;
      case Op.GROUPREF_EXISTS:
        out += ` ${node.group}\n` + dumpTree(node.yes, level + 1);
        if (node.no !== null && node.no.length > 0) out += pad + 'ELSE\n' + dumpTree(node.no, level + 1);
        break;
      case Op.ATOMIC_GROUP:
        out += '\n' + dumpTree(node.p, level + 1);
        break;
      case Op.SUBPATTERN:
        out += ` ${node.group ?? 'None'} ${node.addFlags} ${node.delFlags}\n` + dumpTree(node.p, level + 1);
        break;
      case Op.MAX_REPEAT:
      case Op.MIN_REPEAT:
      case Op.POSSESSIVE_REPEAT:
        out += ` ${node.min} ${repeatBound(node.max)}\n` + dumpTree(node.p, level + 1);
        break;
      case Op.ASSERT:
      case Op.ASSERT_NOT:
        out += ` ${node.dir}\n` + dumpTree(node.p, level + 1);
        break;
      case Op.LITERAL:
      case Op.NOT_LITERAL:
        out += ` ${node.c}\n`;
        break;
      case Op.ANY:
        out += ' None\n';
        break;
      case Op.AT:
        out += ` AT_${AT_NAMES[node.at]}\n`;
        break;
      case Op.GROUPREF:
        out += ` ${node.group}\n`;
        break;
    }
  }
  return out;
}

/** '%#02x' of n. */
function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** A character as '%r' shows it. */
function charRepr(c: number): string {
  return reprStr(String.fromCodePoint(c));
}

/** _hex_code: words as 0x%08x in a list. */
function hexWords(words: ArrayLike<number>): string {
  return '[' + Array.from(words, (w) => '0x' + w.toString(16).padStart(8, '0')).join(', ') + ']';
}

/** re._compiler.dis: the program, one operation a line, nested bodies indented. */
export function disassemble(code: Uint32Array): string {
  const labels = new Set<number>();
  const width = String(code.length - 1).length;
  let level = 0;
  let out = '';

  const dis = (from: number, end: number): void => {
    let start = from;
    // One line for the operation at `start`; `to` is a jump target to label.
    const line = (args: (string | number)[], to?: number): void => {
      if (to !== undefined) {
        labels.add(to);
        args = [...args, `(to ${to})`];
      }
      out += String(start).padStart(width) + (labels.has(start) ? ':' : '.') + ' ' +
        '  '.repeat(level - 1) + args.join(' ') + '\n';
    };
    const note = (args: (string | number)[]): void => {
      out += ' '.repeat(width + 2 * level) + args.join(' ') + '\n';
    };
    level++;
    let i = from;
    while (i < end) {
      start = i;
      const op = code[i++]!;
      const name = OP_NAMES[op]!;
      switch (op) {
        case Op.SUCCESS: case Op.FAILURE: case Op.ANY: case Op.ANY_ALL:
        case Op.MAX_UNTIL: case Op.MIN_UNTIL: case Op.NEGATE:
          line([name]);
          break;
        case Op.LITERAL: case Op.NOT_LITERAL: case Op.LITERAL_IGNORE: case Op.NOT_LITERAL_IGNORE:
        case Op.LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_UNI_IGNORE:
        case Op.LITERAL_LOC_IGNORE: case Op.NOT_LITERAL_LOC_IGNORE: {
          const arg = code[i++]!;
          line([name, `${hex(arg)} (${charRepr(arg)})`]);
          break;
        }
        case Op.AT:
          line([name, AT_NAMES[code[i++]!]!]);
          break;
        case Op.CATEGORY:
          line([name, CAT_NAMES[code[i++]!]!]);
          break;
        case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE: {
          const skip = code[i]!;
          line([name, skip], i + skip);
          dis(i + 1, i + skip);
          i += skip;
          break;
        }
        case Op.RANGE: case Op.RANGE_UNI_IGNORE: {
          const lo = code[i]!;
          const hi = code[i + 1]!;
          i += 2;
          line([name, `${hex(lo)} ${hex(hi)} (${charRepr(lo)}-${charRepr(hi)})`]);
          break;
        }
        case Op.CHARSET:
          line([name, hexWords(code.subarray(i, i + 8))]);
          i += 8;
          break;
        case Op.BIGCHARSET: {
          const blocks = code[i++]!;
          const pages: number[] = [];
          for (let w = 0; w < 64; w++) {
            const word = code[i + w]!;
            pages.push(word & 0xff, (word >>> 8) & 0xff, (word >>> 16) & 0xff, word >>> 24);
          }
          line([name, blocks, '[' + pages.join(', ') + ']']);
          i += 64;
          level++;
          for (let j = 0; j < blocks; j++) {
            note([hexWords(code.subarray(i, i + 8))]);
            i += 8;
          }
          level--;
          break;
        }
        case Op.MARK: case Op.GROUPREF: case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE: case Op.GROUPREF_LOC_IGNORE:
          line([name, code[i++]!]);
          break;
        case Op.JUMP: {
          const skip = code[i]!;
          line([name, skip], i + skip);
          i++;
          break;
        }
        case Op.BRANCH: {
          let skip = code[i]!;
          line([name, skip], i + skip);
          while (skip) {
            dis(i + 1, i + skip);
            i += skip;
            start = i;
            skip = code[i]!;
            if (skip) line(['branch', skip], i + skip);
            else line(['FAILURE']);
          }
          i++;
          break;
        }
        case Op.REPEAT: case Op.REPEAT_ONE: case Op.MIN_REPEAT_ONE:
        case Op.POSSESSIVE_REPEAT: case Op.POSSESSIVE_REPEAT_ONE: {
          const skip = code[i]!;
          line([name, skip, code[i + 1]!, repeatBound(code[i + 2]!)], i + skip);
          dis(i + 3, i + skip);
          i += skip;
          break;
        }
        case Op.GROUPREF_EXISTS: {
          const skip = code[i + 1]!;
          line([name, code[i]!, skip], i + skip);
          i += 2;
          break;
        }
        case Op.ASSERT: case Op.ASSERT_NOT: {
          const skip = code[i]!;
          line([name, skip, code[i + 1]!], i + skip);
          dis(i + 2, i + skip);
          i += skip;
          break;
        }
        case Op.ATOMIC_GROUP: {
          const skip = code[i]!;
          line([name, skip], i + skip);
          dis(i + 1, i + skip);
          i += skip;
          break;
        }
        case Op.INFO: {
          const skip = code[i]!;
          const flags = code[i + 1]!;
          line([name, skip, '0b' + flags.toString(2), code[i + 2]!, repeatBound(code[i + 3]!)], i + skip);
          let at = i + 4;
          if (flags & Info.PREFIX) {
            const len = code[i + 4]!;
            note(['  prefix_skip', code[i + 5]!]);
            at = i + 6;
            const prefix = Array.from(code.subarray(at, at + len));
            note(['  prefix', '[' + prefix.map(hex).join(', ') + ']',
              '(' + reprStr(String.fromCodePoint(...prefix)) + ')']);
            at += len;
            note(['  overlap', '[' + Array.from(code.subarray(at, at + len)).join(', ') + ']']);
          }
          if (flags & Info.CHARSET) {
            level++;
            note(['in']);
            dis(at, i + skip);
            level--;
          }
          i += skip;
          break;
        }
        default:
          throw new Error(`sre: cannot show opcode ${op}`);
      }
    }
    level--;
  };

  dis(0, code.length);
  return out;
}
