/**
 * State of one modal form: open/close, busy while submitting, the server's refusal shown inside
 * the dialog (describeError) so the user can fix the input without losing it.
 */
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { FormInstance } from 'element-plus'
import { describeError } from '@/api/errors'

export function useFormDialog() {
  const { t } = useI18n()
  const visible = ref(false)
  const busy = ref(false)
  const error = ref<string | null>(null)
  const form = ref<FormInstance | null>(null)

  function show(): void {
    error.value = null
    busy.value = false
    visible.value = true
    // The form keeps the previous run's messages otherwise.
    setTimeout(() => form.value?.clearValidate(), 0)
  }

  /** Validate, run the work, close and report success; on refusal keep the dialog open with the reason. */
  async function submit(work: () => Promise<unknown>, success: string): Promise<boolean> {
    error.value = null
    if (form.value && !(await form.value.validate().catch(() => false))) return false
    busy.value = true
    try {
      await work()
      visible.value = false
      ElMessage.success(success)
      return true
    } catch (e) {
      error.value = describeError(e, t)
      return false
    } finally {
      busy.value = false
    }
  }

  const setVisible = (v: boolean): void => {
    visible.value = v
  }
  /** Template ref callback for the dialog's el-form. */
  const bindForm = (el: unknown): void => {
    form.value = (el as FormInstance | null) ?? null
  }

  return { visible, busy, error, form, show, submit, setVisible, bindForm }
}
