// Markdown (solution case studies) to safe HTML through markdown-it: raw HTML in the
// text is not passed through (html: false, so <script> and <img onerror> stay text),
// link targets with a bad scheme (javascript:, vbscript:, file:, most data:) are refused
// by markdown-it's validateLink, and links open in a new tab with rel="noopener noreferrer".
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false })

const renderToken = md.renderer.renderToken.bind(md.renderer)
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]
  token.attrSet('target', '_blank')
  token.attrSet('rel', 'noopener noreferrer')
  return self.renderToken(tokens, idx, options)
}
// Headings of the body start below the page title (h1) and the section titles.
md.renderer.rules.heading_open = (tokens, idx, options) => {
  const token = tokens[idx]
  const level = Math.min(6, Number(token.tag.slice(1)) + 1)
  token.tag = `h${level}`
  return renderToken(tokens, idx, options)
}
md.renderer.rules.heading_close = (tokens, idx, options) => {
  const token = tokens[idx]
  const level = Math.min(6, Number(token.tag.slice(1)) + 1)
  token.tag = `h${level}`
  return renderToken(tokens, idx, options)
}

/** Safe HTML for v-html. */
export function renderMarkdown(text: string | null | undefined): string {
  if (!text) return ''
  return md.render(text)
}
