/**
 * A string matching a regular expression, for example answers to questions with a `pattern`. Handles
 * what definitions use: literals, escapes (\d \w \s), classes ([A-Z0-9-], [^…]), groups with
 * alternatives, and the quantifiers ? * + {n} {n,} {n,m}. `seed` varies the characters picked from a
 * class, so list items can have different keys. Returns undefined for anything it cannot read.
 */
export function sampleMatching(pattern: string, seed = 0): string | undefined {
  let source = pattern;
  if (source.startsWith('^')) source = source.slice(1);
  if (source.endsWith('$') && !source.endsWith('\\$')) source = source.slice(0, -1);
  try {
    const parser = new Parser(source, seed);
    const value = parser.alternatives();
    if (parser.at < source.length) return undefined;
    return new RegExp(pattern, 'u').test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const CLASS_ESCAPES: Record<string, string> = { d: '0123456789', w: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_', s: ' ' };
const ANY = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const NEGATED_CANDIDATES = `${ANY} -_.`;

class Parser {
  at = 0;
  constructor(private readonly source: string, private readonly seed: number) {}

  alternatives(): string {
    const first = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      this.sequence();
    }
    return first;
  }

  private sequence(): string {
    let out = '';
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const chars = this.atom();
      const count = this.quantifier();
      for (let i = 0; i < count; i++) out += chars(i);
    }
    return out;
  }

  /** One atom, as a function from repetition index to text. */
  private atom(): (i: number) => string {
    const c = this.source[this.at++];
    if (c === '(') {
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (this.source[this.at] === '?') throw new Error('lookaround');
      const inner = this.alternatives();
      if (this.source[this.at++] !== ')') throw new Error('unclosed group');
      return () => inner;
    }
    if (c === '[') return this.pick(this.charClass());
    if (c === '.') return this.pick(ANY);
    if (c === '\\') {
      const e = this.source[this.at++];
      if (CLASS_ESCAPES[e] !== undefined) return this.pick(CLASS_ESCAPES[e]);
      if (/[A-Za-z0-9]/.test(e)) throw new Error(`escape \\${e}`);
      return () => e;
    }
    if ('*+?{'.includes(c)) throw new Error('quantifier without atom');
    return () => c;
  }

  private pick(chars: string): (i: number) => string {
    if (chars.length === 0) throw new Error('empty class');
    return (i) => chars[(this.seed + i) % chars.length];
  }

  private charClass(): string {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    let chars = '';
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed class');
      let c = this.source[this.at++];
      if (c === '\\') {
        const e = this.source[this.at++];
        if (CLASS_ESCAPES[e] !== undefined) { chars += CLASS_ESCAPES[e]; continue; }
        c = e;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        const end = this.source[this.at + 1];
        this.at += 2;
        for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) chars += String.fromCharCode(code);
      } else {
        chars += c;
      }
    }
    this.at++;
    return negated ? [...NEGATED_CANDIDATES].filter((ch) => !chars.includes(ch)).join('') : chars;
  }

  private quantifier(): number {
    const c = this.source[this.at];
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      return 1;
    }
    if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) return 1;
      this.at += match[0].length;
      const min = Number(match[1]);
      const max = match[3] ? Number(match[3]) : match[2] ? Infinity : min;
      return Math.min(Math.max(min, 1), max);
    }
    return 1;
  }
}
