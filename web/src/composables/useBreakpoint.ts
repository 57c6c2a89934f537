import { onBeforeUnmount, ref } from 'vue'

/** True while the viewport is narrower than `px` (phone width by default). */
export function useIsMobile(px = 768) {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(`(max-width: ${px - 1}px)`) : null
  const isMobile = ref(query ? query.matches : false)
  const onChange = (e: MediaQueryListEvent) => {
    isMobile.value = e.matches
  }
  query?.addEventListener('change', onChange)
  onBeforeUnmount(() => query?.removeEventListener('change', onChange))
  return isMobile
}
