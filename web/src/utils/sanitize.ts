// Search snippets arrive as HTML-escaped text with the matched words in <mark>.
// The server is trusted to escape, but the page does not rely on it: everything
// is escaped (character references already in the text are kept as they are,
// since they can only ever produce text) except the exact tokens `<mark>` and
// `</mark>`. No other tag, attribute or comment survives, and an escaped
// `&lt;mark&gt;` in the text stays text.

const ENTITY = /^&(?:[a-zA-Z][a-zA-Z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/

function escapeHtml(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '&') {
      const m = ENTITY.exec(text.slice(i, i + 40))
      if (m) {
        out += m[0]
        i += m[0].length - 1
      } else {
        out += '&amp;'
      }
    } else if (c === '<') out += '&lt;'
    else if (c === '>') out += '&gt;'
    else if (c === '"') out += '&quot;'
    else if (c === "'") out += '&#39;'
    else out += c
  }
  return out
}

/** Safe HTML for v-html: the text escaped, with only <mark> and </mark> kept (adjacent marks merged). */
export function sanitizeSnippet(html: string | null | undefined): string {
  if (!html) return ''
  // split with a capture group: the odd parts are the <mark> / </mark> tokens
  return html
    .split(/(<\/?mark>)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeHtml(part)))
    .join('')
    .replace(/<\/mark><mark>/g, '') // 新能源 marked character by character reads as one word
}
