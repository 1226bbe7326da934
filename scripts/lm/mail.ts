/**
 * Turn one raw SpamAssassin ham message into plain prose for language-model training: headers,
 * quoted replies, signatures, list footers, URLs, e-mail addresses, PGP blocks and code-like lines
 * are dropped; hard-wrapped lines are joined into paragraphs. HTML-only and base64 mail is skipped.
 */

/** Prose paragraphs of a raw message (blank-line separated), or null when nothing usable is left. */
export function cleanMail(raw: string): string | null {
  const body = textBody(raw.replace(/\r\n?/g, '\n'))
  if (body === null) return null
  const paragraphs: string[] = []
  let current: string[] = []
  const flush = (): void => {
    const p = current.join(' ').replace(/\s+/g, ' ').trim()
    if (p.split(' ').length >= 3) paragraphs.push(p)
    current = []
  }
  let inPgp = false
  for (const rawLine of body.split('\n')) {
    if (/^-----BEGIN PGP/.test(rawLine)) inPgp = true
    if (inPgp) { if (/^-----END PGP/.test(rawLine)) inPgp = false; continue }
    // Everything after a signature delimiter, a forwarded original or a list footer is boilerplate.
    if (/^-- ?$|^-{3,}\s*Original Message|^_{5,}|^-{5,}|^={5,}/.test(rawLine)) break
    if (/^\s*[>|]/.test(rawLine) || /wrote:\s*$|writes:\s*$|^In article /.test(rawLine)) { flush(); continue }
    const line = rawLine.replace(/\b(?:https?|ftp):\/\/\S+|\bwww\.\S+|<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g, ' ').trim()
    if (line.length === 0 || !proseLike(line)) { flush(); continue }
    current.push(line)
  }
  flush()
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : null
}

// Code, logs and tables have few letters per non-space character.
function proseLike(line: string): boolean {
  const visible = line.replace(/\s/g, '').length
  const letters = (line.match(/[A-Za-z]/g) ?? []).length
  return letters >= 0.7 * visible && /[a-z]{2,}\s+[a-z]/i.test(line)
}

/** The text/plain body, decoded; null for HTML-only, base64 or unparsable messages. */
function textBody(message: string): string | null {
  const split = message.indexOf('\n\n')
  if (split < 0) return null
  const headers = message.slice(0, split).replace(/\n[ \t]+/g, ' ')
  const body = message.slice(split + 2)
  const type = /^content-type:\s*([^;\n]+)(.*)$/im.exec(headers)
  const mime = type ? type[1]!.trim().toLowerCase() : 'text/plain'
  if (mime.startsWith('multipart/')) {
    const boundary = /boundary="?([^";\n]+)"?/i.exec(type![2]!)?.[1]
    if (!boundary) return null
    for (const part of body.split(`--${boundary}`).slice(1)) {
      const text = textBody(part.replace(/^\n/, ''))
      if (text !== null) return text
    }
    return null
  }
  if (mime !== 'text/plain') return null
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase()
  if (encoding === 'base64') return null
  if (encoding === 'quoted-printable') {
    return body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
  }
  return body
}
