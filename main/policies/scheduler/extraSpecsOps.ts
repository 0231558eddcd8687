/** Nova's extra-spec operator mini-language (nova/scheduler/filters/extra_specs_ops.py). */

type Op = (value: string, arg: string) => boolean

const num = (s: string): number => Number(s)
const OPS: Record<string, Op> = {
  '=': (x, y) => num(x) >= num(y), // "at least", not equality — a classic Nova surprise
  '==': (x, y) => num(x) === num(y),
  '!=': (x, y) => num(x) !== num(y),
  '>=': (x, y) => num(x) >= num(y),
  '<=': (x, y) => num(x) <= num(y),
  's==': (x, y) => x === y,
  's!=': (x, y) => x !== y,
  's<': (x, y) => x < y,
  's<=': (x, y) => x <= y,
  's>': (x, y) => x > y,
  's>=': (x, y) => x >= y,
  '<in>': (x, y) => x.includes(y)
}

/** Python's str() of a list, which is what Nova compares when a capability is a list. */
const pyList = (xs: readonly string[]): string => `[${xs.map((x) => `'${x}'`).join(', ')}]`

/**
 * Does host `value` satisfy requirement `req`? Without an operator it is plain string equality.
 * List values (cpu_info features) use membership for `<in>` / `<all-in>`, like checking Nova's str(list).
 */
export function matchExtraSpec(value: string | readonly string[] | null | undefined, req: string): boolean {
  const words = req.split(/\s+/).filter((w) => w !== '')
  const op = words.shift()
  if (value === null || value === undefined) return false
  if (op === undefined || (op !== '<or>' && op !== '<all-in>' && !(op in OPS))) {
    return (Array.isArray(value) ? pyList(value) : value) === req
  }
  if (op === '<or>') {
    // "<or> v1 <or> v2": any alternative equal to the value.
    const alternatives = words.filter((_, i) => i % 2 === 0)
    const v = Array.isArray(value) ? pyList(value) : (value as string)
    return alternatives.includes(v)
  }
  if (words.length === 0) return false
  if (op === '<all-in>') {
    return words.every((w) => (Array.isArray(value) ? value.includes(w) : (value as string).includes(w)))
  }
  if (op === '<in>' && Array.isArray(value)) return value.includes(words[0])
  return OPS[op](Array.isArray(value) ? pyList(value) : (value as string), words[0])
}
