/** Formatting shared by every page; locale-aware through Intl. */
export function formatNumber(n: number | null | undefined, lng: string): string {
  return n == null ? '—' : new Intl.NumberFormat(lng).format(n);
}

export function formatMoney(yuan: number | null | undefined, lng: string): string {
  return yuan == null ? '—' : new Intl.NumberFormat(lng, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(yuan);
}

/** Dates arrive as YYYY-MM-DD; an absent end reads as an open interval. */
export function formatDate(d: string | null | undefined, lng: string): string {
  if (!d) return '—';
  const [y, m, day] = d.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, day));
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
