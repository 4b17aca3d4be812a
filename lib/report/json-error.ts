/**
 * Where JSON text stops being valid, and what was expected there. JSON.parse
 * says where only in some engines (Firefox gives line and column, V8 often
 * not at all), so an import error would name a position in one browser and
 * not in another; this scanner, run only after JSON.parse has failed, gives
 * the same answer everywhere. Iterative: deep nesting cannot overflow.
 */
export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  /** The text ended before the JSON was complete. */
  atEnd: boolean;
  expected: { en: string; vi: string };
  /** The character found instead, when there is one. */
  found?: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function locateJsonError(s: string): JsonErrorLocation | null {
  const n = s.length;
  const stack: Array<'arr' | 'obj'> = [];
  let i = 0;
  let mode: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';

  const at = ([en, vi]: [string, string]): JsonErrorLocation => {
    const before = s.slice(0, i);
    const line = before.split('\n').length;
    return {
      offset: i,
      line,
      column: i - before.lastIndexOf('\n'),
      atEnd: i >= n,
      expected: { en, vi },
      ...(i < n ? { found: String.fromCodePoint(s.codePointAt(i)!) } : {}),
    };
  };
  const skipWs = () => {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const string = (): JsonErrorLocation | null => {
    i++; // opening quote
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c === 0x5c) {
        i++;
        if (i >= n) break;
        const e = s[i]!;
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) return at(['four hexadecimal digits after \\u', 'bốn chữ số hệ 16 sau \\u']);
          i += 5;
        } else if ('"\\/bfnrt'.includes(e)) i++;
        else return at(['an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)', 'một ký tự thoát (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)']);
        continue;
      }
      if (c < 0x20) return at(['a closing quote (a line break or control character must be escaped)', 'dấu nháy đóng (xuống dòng hay ký tự điều khiển phải được thoát)']);
      i++;
    }
    return at(['a closing quote', 'dấu nháy đóng']);
  };

  for (;;) {
    skipWs();
    if (mode === 'value' || mode === 'firstValue') {
      if (i >= n) return at(['a value', 'một giá trị']);
      const c = s[i]!;
      if (mode === 'firstValue' && c === ']') {
        i++;
        stack.pop();
        mode = 'after';
        continue;
      }
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? 'obj' : 'arr');
        i++;
        mode = c === '{' ? 'firstKey' : 'firstValue';
        continue;
      }
      if (c === '"') {
        const e = string();
        if (e) return e;
        mode = 'after';
        continue;
      }
      NUMBER.lastIndex = i;
      const num = NUMBER.exec(s);
      if (num && num[0].length > 0 && num[0] !== '-') {
        i += num[0].length;
        mode = 'after';
        continue;
      }
      const literal = ['true', 'false', 'null'].find((l) => s.startsWith(l, i));
      if (literal) {
        i += literal.length;
        mode = 'after';
        continue;
      }
      return at(['a value (object, array, string, number, true, false or null)', 'một giá trị (đối tượng, mảng, chuỗi, số, true, false hoặc null)']);
    }
    if (mode === 'key' || mode === 'firstKey') {
      if (mode === 'firstKey' && s[i] === '}') {
        i++;
        stack.pop();
        mode = 'after';
        continue;
      }
      if (s[i] !== '"') return at(['a property name in double quotes', 'tên thuộc tính trong dấu nháy kép']);
      const e = string();
      if (e) return e;
      skipWs();
      if (s[i] !== ':') return at(["':' after the property name", "':' sau tên thuộc tính"]);
      i++;
      mode = 'value';
      continue;
    }
    // after a value
    const top = stack[stack.length - 1];
    if (!top) return i < n ? at(['the end of the text after the JSON value', 'hết nội dung sau giá trị JSON']) : null;
    const close = top === 'arr' ? ']' : '}';
    if (s[i] === ',') {
      i++;
      mode = top === 'arr' ? 'value' : 'key';
      continue;
    }
    if (s[i] === close) {
      i++;
      stack.pop();
      continue;
    }
    return at([`',' or '${close}'`, `',' hoặc '${close}'`]);
  }
}
