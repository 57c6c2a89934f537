// A 409 on save: the record changed since it was read. Ask to reload it.
import { ElMessageBox } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { isApiError } from '@/api/http'

export function useConflict() {
  const { t } = useI18n()

  /** True when `e` was a conflict (the user has been asked; `reload` runs if they accept). */
  function handle(e: unknown, reload: () => void): boolean {
    if (!isApiError(e) || e.status !== 409) return false
    ElMessageBox.confirm(t('form.conflict'), t('form.conflictTitle'), {
      type: 'warning',
      confirmButtonText: t('form.reload'),
      cancelButtonText: t('form.keepEditing'),
    }).then(reload, () => undefined)
    return true
  }

  return { handle }
}
