// The door: post a token once, show what the server said, count who got in. The same token
// seen again within `debounceMs` (a code held in front of the camera) is not posted twice.
import { ref, shallowRef } from 'vue'
import { attendanceApi } from '@/api/registrations'
import type { Bilingual } from '@/api/types'
import { checkInResult, type CheckInResult } from './registration'

export interface CheckInOptions {
  eventId: () => number
  sessionId: () => number | null
  nameOf: (n: Bilingual) => string
  debounceMs?: number
  now?: () => number
}

export function useCheckIn(o: CheckInOptions) {
  const debounceMs = o.debounceMs ?? 3000
  const now = o.now ?? (() => Date.now())
  const result = shallowRef<CheckInResult | null>(null)
  /** Check-ins accepted on this page. */
  const count = ref(0)
  const busy = ref(false)
  let last = { token: '', at: -Infinity }

  /** Posts the token unless it was just posted; answers whether it was posted. */
  async function submit(raw: string): Promise<boolean> {
    const token = raw.trim()
    if (!token) return false
    const t = now()
    if (token === last.token && t - last.at < debounceMs) return false
    last = { token, at: t }
    busy.value = true
    try {
      const ok = await attendanceApi.checkIn(o.eventId(), token, o.sessionId(), { handled: [409, 422] })
      result.value = checkInResult({ ok }, o.nameOf)
      count.value++
    } catch (error) {
      result.value = checkInResult({ error }, o.nameOf)
    } finally {
      busy.value = false
      // The debounce runs from the answer, so a slow server does not let the code through again.
      last = { token, at: now() }
    }
    return true
  }

  return { result, count, busy, submit, reset: () => (last = { token: '', at: -Infinity }) }
}
