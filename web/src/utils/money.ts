// Amounts in yuan (CNY), short: ¥1.2亿 / ¥350万 / ¥8,000 in Chinese, CNY 1.2 bn / CNY 3.5 m / CNY 8,000 in English.

/** At most two decimals, trailing zeros dropped ("1.20" → "1.2", "3.00" → "3"). */
function short(n: number): string {
  return String(Number(n.toFixed(2)))
}

function grouped(n: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 0 }).format(n)
}

/** Whole yuan, formatted for `locale`; "" for null. */
export function formatCny(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  const abs = Math.abs(value)
  const sign = value < 0 ? '-' : ''
  if (locale === 'en') {
    if (abs >= 1e9) return `${sign}CNY ${short(abs / 1e9)} bn`
    if (abs >= 1e6) return `${sign}CNY ${short(abs / 1e6)} m`
    return `${sign}CNY ${grouped(abs, locale)}`
  }
  if (abs >= 1e8) return `${sign}¥${short(abs / 1e8)}亿`
  if (abs >= 1e4) return `${sign}¥${short(abs / 1e4)}万`
  return `${sign}¥${grouped(abs, locale)}`
}
