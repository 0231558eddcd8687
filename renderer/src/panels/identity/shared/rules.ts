/** el-form validation rules whose messages name the field (same limits as the contract). */
import type { FormItemRule } from 'element-plus'
import type { Translate } from '@/components/table/types'

export function required(t: Translate, fieldKey: string): FormItemRule {
  return { required: true, whitespace: true, message: t('identity.form.required', { field: t(fieldKey) }), trigger: 'blur' }
}

export function maxLength(t: Translate, fieldKey: string, max: number): FormItemRule {
  return { max, message: t('identity.form.tooLong', { field: t(fieldKey), max }), trigger: 'blur' }
}

export function nameRules(t: Translate, fieldKey: string, max: number): FormItemRule[] {
  return [required(t, fieldKey), maxLength(t, fieldKey, max)]
}

export function emailRule(t: Translate, fieldKey: string): FormItemRule {
  return { pattern: /^[^@\s]+@[^@\s]+$/, message: t('identity.form.email', { field: t(fieldKey) }), trigger: 'blur' }
}

/** The second password box must repeat the first. */
export function sameAs(t: Translate, other: () => string): FormItemRule {
  return {
    validator: (_r: unknown, value: string, cb: (e?: Error) => void) => (value === other() ? cb() : cb(new Error(t('identity.form.passwordMismatch')))),
    trigger: 'blur'
  }
}
