// One ECharts instance bound to an element: created on mount, fed from a
// reactive option, resized with the element (ResizeObserver) and when a
// kept-alive page is shown again, disposed on unmount.
import { onActivated, onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { echarts, type EChartsOption } from '@/plugins/echarts'

export function useChart(el: Ref<HTMLElement | null | undefined>, option: () => EChartsOption | null) {
  const chart = shallowRef<ReturnType<typeof echarts.init> | null>(null)
  let observer: ResizeObserver | null = null

  const apply = () => {
    const o = option()
    if (chart.value && o) chart.value.setOption(o, { notMerge: true })
  }
  const resize = () => chart.value?.resize()

  onMounted(() => {
    if (!el.value) return
    chart.value = echarts.init(el.value)
    apply()
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => resize())
      observer.observe(el.value)
    }
  })

  watch(option, apply, { deep: true })
  onActivated(resize)

  onBeforeUnmount(() => {
    observer?.disconnect()
    observer = null
    chart.value?.dispose()
    chart.value = null
  })

  return { chart, resize }
}
