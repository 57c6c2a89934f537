// The filters of the projects list and board, mirrored in the URL query of the page `routeName`;
// `onChange` runs with the filters read from the URL (at once and after each change).
import { reactive, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { emptyFilters, filtersFromQuery, filtersToQuery, type ProjectFilters } from './data'

export function useProjectFilters(routeName: string, onChange: (f: ProjectFilters) => void) {
  const route = useRoute()
  const router = useRouter()
  const filters = reactive<ProjectFilters>(filtersFromQuery(route.query))

  function search() {
    void router.replace({ query: filtersToQuery(filters) })
  }
  function reset() {
    Object.assign(filters, emptyFilters())
    search()
  }
  watch(
    () => route.query,
    (q) => {
      if (route.name !== routeName) return
      Object.assign(filters, filtersFromQuery(q))
      onChange(filters)
    },
    { immediate: true },
  )
  return { filters, search, reset }
}
