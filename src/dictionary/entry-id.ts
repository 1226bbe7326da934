/** Stable kebab-case id from an entry's spun form: `Counterfeit consciousness` -> `counterfeit-consciousness`. */
export function entryIdFromSpun(spun: string): string {
  const slug = spun
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'entry'
}

/** Key under which two spun forms count as the same entry (trimmed, NFC, lowercase, single spaces). */
export function spunKey(spun: string): string {
  return spun.normalize('NFC').trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ')
}
