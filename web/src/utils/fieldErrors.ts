// Map server validation errors (dotted paths: name, name.zh, sectors[1],
// relations[0].type) to the form item that shows them.
import type { FieldError } from '@/api/types'

/** "sectors[1]" → "sectors", "name.zh" → "name", "relations[0].type" → "relations". */
export function topField(path: string): string {
  const m = /^[^.[]+/.exec(path)
  return m ? m[0] : path
}

/** Messages grouped by the top-level field; sub-paths keep a short hint. */
export function groupFieldErrors(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string[]> = {}
  for (const e of errors) {
    const top = topField(e.field)
    const rest = e.field.slice(top.length)
    const hint = describeSubPath(rest)
    ;(out[top] ??= []).push(hint ? `${hint}: ${e.message}` : e.message)
  }
  const joined: Record<string, string> = {}
  for (const [k, v] of Object.entries(out)) joined[k] = v.join('; ')
  return joined
}

function describeSubPath(rest: string): string {
  if (!rest) return ''
  // "[1]" → "#2", ".zh" → "zh", "[0].type" → "#1 type"
  return rest
    .replace(/\[(\d+)\]/g, (_, i: string) => ` #${Number(i) + 1}`)
    .replace(/\./g, ' ')
    .trim()
}
