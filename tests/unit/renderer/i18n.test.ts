/** Both languages complete: every locale pair (core and each panel namespace) has exactly the same keys. */
import { readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const I18N = join(__dirname, '..', '..', '..', 'renderer', 'src', 'i18n')

function keys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object') return [prefix]
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

const pairs: { name: string; dir: string }[] = [{ name: 'core', dir: I18N }]
for (const d of readdirSync(I18N, { withFileTypes: true })) if (d.isDirectory()) pairs.push({ name: d.name, dir: join(I18N, d.name) })

describe('i18n completeness', () => {
  for (const p of pairs) {
    it(`${p.name}: zh-CN and en have the same keys and no empty strings`, async () => {
      expect(existsSync(join(p.dir, 'en.ts'))).toBe(true)
      expect(existsSync(join(p.dir, 'zh-CN.ts'))).toBe(true)
      const en = (await import(join(p.dir, 'en.ts'))).default
      const zh = (await import(join(p.dir, 'zh-CN.ts'))).default
      expect(keys(zh).sort()).toEqual(keys(en).sort())
      const empty = (o: unknown): boolean => (typeof o === 'string' ? o.trim() === '' : Object.values(o as object).some(empty))
      expect(empty(en)).toBe(false)
      expect(empty(zh)).toBe(false)
    })
  }
})
