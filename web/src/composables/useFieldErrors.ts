// Server validation errors for a form: filled from a 422 problem, read per form item.
import { ref } from 'vue'
import { isApiError } from '@/api/http'
import { groupFieldErrors } from '@/utils/fieldErrors'

export function useFieldErrors() {
  const errors = ref<Record<string, string>>({})

  /** Take the field errors of a 422; returns whether there were any. */
  function take(e: unknown): boolean {
    if (isApiError(e) && e.status === 422 && e.fieldErrors.length) {
      errors.value = groupFieldErrors(e.fieldErrors)
      return true
    }
    return false
  }

  return {
    errors,
    take,
    clear: () => {
      errors.value = {}
    },
    /** The message under a form item ("" when none: Element Plus then shows nothing). */
    of: (field: string) => errors.value[field] ?? '',
  }
}
