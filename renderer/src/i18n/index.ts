/**
 * vue-i18n with complete zh-CN and en. zh-CN is the default on a Chinese locale. Panels add their
 * own namespace files (i18n/<ns>/en.ts + zh-CN.ts) through `registerMessages`; a unit test checks
 * that both languages have exactly the same keys.
 */
import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export type Locale = 'en' | 'zh-CN'
export const LOCALES: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en', label: 'English' }
]

export function initialLocale(): Locale {
  const saved = localStorage.getItem('pocketstack.locale')
  if (saved === 'en' || saved === 'zh-CN') return saved
  return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN },
  missingWarn: false,
  fallbackWarn: false
})

export function registerMessages(ns: string, messages: { en: Record<string, unknown>; 'zh-CN': Record<string, unknown> }): void {
  i18n.global.mergeLocaleMessage('en', { [ns]: messages.en })
  i18n.global.mergeLocaleMessage('zh-CN', { [ns]: messages['zh-CN'] })
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  localStorage.setItem('pocketstack.locale', locale)
  document.documentElement.lang = locale
}
