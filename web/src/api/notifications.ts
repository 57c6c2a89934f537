import { http, type RequestOptions } from './http'
import type { AppNotification, NotificationPage } from './types'

const base = '/api/notifications'

/** The signed-in user's in-app notifications, newest first, with the unread count. */
export const notificationsApi = {
  list: (query: { unread?: boolean; limit?: number; cursor?: string | null }, opts?: RequestOptions) =>
    http.get<NotificationPage>(base, { unread: query.unread || undefined, limit: query.limit, cursor: query.cursor }, opts),
  read: (id: number, opts?: RequestOptions) => http.post<AppNotification | undefined>(`${base}/${id}/read`, undefined, opts),
  readAll: (opts?: RequestOptions) => http.post<unknown>(`${base}/read-all`, undefined, opts),
}
