// Names of organisations referenced by id (people lists show organisation_id only).
import { reactive } from 'vue'
import { organisationsApi } from '@/api/organisations'
import type { Bilingual } from '@/api/types'

export function useOrgNames() {
  const names = reactive<Record<number, Bilingual | null>>({})

  function resolve(ids: (number | null | undefined)[]) {
    for (const id of ids) {
      if (id == null || id in names) continue
      names[id] = null
      organisationsApi.get(id, { silent: true }).then(
        (o) => {
          names[id] = o.name
        },
        () => undefined,
      )
    }
  }

  return { names, resolve }
}
