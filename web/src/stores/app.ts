import { defineStore } from 'pinia'
import type { Locale } from '@/api/types'
import { readStoredLocale, storeLocale } from '@/utils/locale'

export const useAppStore = defineStore('app', {
  state: () => ({
    locale: readStoredLocale() as Locale,
    sidebarCollapsed: false,
    drawerOpen: false,
  }),
  actions: {
    setLocale(locale: Locale) {
      this.locale = locale
      storeLocale(locale)
    },
    toggleSidebar() {
      this.sidebarCollapsed = !this.sidebarCollapsed
    },
  },
})
