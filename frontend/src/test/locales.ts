/** A translation file's tree of texts. */
export type Tree = { [k: string]: string | Tree };

/** Every key path, plural forms folded into their base key (English has _one and _other, Chinese only _other). */
export function keys(t: Tree, prefix = ''): string[] {
  const all = Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k.replace(/_(zero|one|two|few|many|other)$/, '')] : keys(v, `${prefix}${k}.`)));
  return [...new Set(all)].sort();
}

/** Every text of a translation file. */
export function values(t: Tree): string[] {
  return Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}
