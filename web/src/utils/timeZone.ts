// Instants (UTC RFC 3339) read and written as wall time in an IANA time zone, with
// Intl.DateTimeFormat only (no Vue imports, no library).

interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** Whether the browser knows this IANA zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone)
    return true
  } catch {
    return false
  }
}

function wallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {}
  for (const p of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** Minutes the zone is ahead of UTC at this instant (+480 for Asia/Shanghai). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000)
}

/** "2099-06-05" of an instant in a zone. */
export function localDate(iso: string, timeZone: string): string {
  const w = wallTime(Date.parse(iso), timeZone)
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`
}

/** "09:30" of an instant in a zone. */
export function localTime(iso: string, timeZone: string): string {
  const w = wallTime(Date.parse(iso), timeZone)
  return `${pad(w.hour)}:${pad(w.minute)}`
}

/** "2099-06-05T09:30:00" (no offset): the wall time a date-time picker edits. */
export function toWallTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return ''
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  const w = wallTime(ms, timeZone)
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
}

/** A wall time in a zone as RFC 3339 with that zone's offset ("2099-06-05T09:00:00+08:00"); "" stays "". */
export function fromWallTime(wall: string | null | undefined, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall ?? '')
  if (!m) return ''
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0))
  const guess = Date.UTC(y, mo - 1, d, h, mi, s)
  // The offset at the guess, then again at the instant it gives (right across DST changes).
  let offset = offsetMinutes(guess - offsetMinutes(guess, timeZone) * 60000, timeZone)
  if (!Number.isFinite(offset)) offset = 0
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** "6月5日 星期五" / "Fri 5 June 2099": a day heading in the reader's language. */
export function dayHeading(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'UTC',
    weekday: 'short',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d, 12)))
}

/** An event's dates in its zone: "2099-06-05 09:00 – 17:00" or "2099-06-05 – 2099-06-11". */
export function dateRange(startsAt: string, endsAt: string, timeZone: string): string {
  const d1 = localDate(startsAt, timeZone)
  const d2 = localDate(endsAt, timeZone)
  if (d1 === d2) return `${d1} ${localTime(startsAt, timeZone)} – ${localTime(endsAt, timeZone)}`
  return `${d1} – ${d2}`
}

/** A date and time in a zone: "2099-06-04 23:59". */
export function localDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return ''
  return `${localDate(iso, timeZone)} ${localTime(iso, timeZone)}`
}

/** The short name of the zone at an instant ("GMT+8", "CET"), for a hint beside times. */
export function zoneAbbreviation(iso: string, timeZone: string, locale = 'en'): string {
  const parts = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(iso))
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone
}

const COMMON_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Tokyo',
  'Asia/Singapore',
  'Asia/Dubai',
  'Europe/London',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Africa/Johannesburg',
  'Australia/Sydney',
  'UTC',
]

/** IANA zones to choose from: the browser's list when it has one, else the common ones. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] }
  try {
    const all = intl.supportedValuesOf?.('timeZone')
    if (all?.length) return [...new Set([...COMMON_ZONES.slice(0, 1), ...all])]
  } catch {
    /* fall through */
  }
  return COMMON_ZONES
}
