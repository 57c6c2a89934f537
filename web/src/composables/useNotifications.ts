// The signed-in user's notifications for the header bell: the latest few and the unread count,
// read now, every `interval` ms and on route changes (at most once per `minGap` ms), while
// someone is signed in. Failures stay quiet (the bell simply shows nothing new).
import { onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { notificationsApi } from '@/api/notifications'
import type { AppNotification } from '@/api/types'
import { useAuthStore } from '@/stores/auth'

export function useNotifications(opts: { interval?: number; minGap?: number; limit?: number } = {}) {
  const interval = opts.interval ?? 60_000
  const minGap = opts.minGap ?? 5_000
  const limit = opts.limit ?? 8
  const auth = useAuthStore()
  const route = useRoute()
  const items = shallowRef<AppNotification[]>([])
  const unread = ref(0)
  const available = ref(true)
  let last = 0
  let timer: ReturnType<typeof setInterval> | undefined

  async function refresh(force = false) {
    if (!auth.loggedIn) {
      items.value = []
      unread.value = 0
      return
    }
    const now = Date.now()
    if (!force && now - last < minGap) return
    last = now
    try {
      const page = await notificationsApi.list({ limit }, { silent: true, handled: [401] })
      items.value = page.items
      unread.value = page.unread ?? page.items.filter((n) => !n.read).length
      available.value = true
    } catch {
      available.value = false
    }
  }

  async function markRead(n: AppNotification) {
    if (n.read) return
    items.value = items.value.map((x) => (x.id === n.id ? { ...x, read: true } : x))
    unread.value = Math.max(0, unread.value - 1)
    try {
      await notificationsApi.read(n.id, { silent: true })
    } catch {
      void refresh(true)
    }
  }

  async function markAllRead() {
    items.value = items.value.map((x) => ({ ...x, read: true }))
    unread.value = 0
    try {
      await notificationsApi.readAll({ silent: true })
    } catch {
      /* the next poll tells the truth */
    }
    void refresh(true)
  }

  onMounted(() => {
    void refresh(true)
    timer = setInterval(() => void refresh(true), interval)
  })
  onBeforeUnmount(() => clearInterval(timer))
  watch(() => route.fullPath, () => void refresh())
  watch(() => auth.user?.id, () => void refresh(true))

  return { items, unread, available, refresh, markRead, markAllRead }
}
