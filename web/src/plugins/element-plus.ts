import type { App } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import en from 'element-plus/es/locale/lang/en'
import type { Locale } from '@/api/types'

export function installElementPlus(app: App): void {
  app.use(ElementPlus)
}

export function elementLocale(locale: Locale) {
  return locale === 'en' ? en : zhCn
}
