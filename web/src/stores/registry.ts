// Every Pinia store registers itself here so that logout can reset them all.
import type { Pinia, Store } from 'pinia'

const stores = new Set<Store>()

export function trackStores(pinia: Pinia): void {
  pinia.use(({ store }) => {
    stores.add(store)
  })
}

export function resetAllStores(): void {
  for (const store of stores) store.$reset()
}
