import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../markdown'

/** The DOM the HTML builds, as a browser would parse it. */
function dom(html: string): HTMLElement {
  const div = document.createElement('div')
  div.innerHTML = html
  return div
}

describe('renderMarkdown', () => {
  it('renders headings (one level below the page title), lists, emphasis and links', () => {
    const html = renderMarkdown('# 福田红树林\n\n## Background\n\n- **候鸟** habitat\n- [report](https://example.org/a)')
    const el = dom(html)
    expect(el.querySelector('h2')?.textContent).toBe('福田红树林')
    expect(el.querySelector('h3')?.textContent).toBe('Background')
    expect(el.querySelectorAll('li')).toHaveLength(2)
    expect(el.querySelector('strong')?.textContent).toBe('候鸟')
    const a = el.querySelector('a')
    expect(a?.getAttribute('href')).toBe('https://example.org/a')
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(a?.getAttribute('target')).toBe('_blank')
  })

  it('keeps <script> and <img onerror> as text, not markup', () => {
    const body = 'Before <script>alert(1)</script> after\n\n<img src=x onerror="alert(2)">\n\n<a href="javascript:alert(3)">x</a>'
    const el = dom(renderMarkdown(body))
    expect(el.querySelector('script')).toBeNull()
    expect(el.querySelector('img')).toBeNull()
    expect(el.querySelector('a')).toBeNull()
    expect(el.querySelector('[onerror]')).toBeNull()
    expect(el.textContent).toContain('<script>alert(1)</script>')
    expect(el.textContent).toContain('<img src=x onerror="alert(2)">')
  })

  it('refuses javascript: and data: link targets in Markdown links and images', () => {
    const el = dom(renderMarkdown('[click](javascript:alert(1)) ![x](data:text/html;base64,PHNjcmlwdD4=) [ok](http://a.b)'))
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(['http://a.b'])
    expect(el.querySelector('img')).toBeNull()
    expect(el.querySelector('[href^="javascript"], [src^="data"]')).toBeNull()
    expect(el.textContent).toContain('[click](javascript:alert(1))') // left as the text it was
  })

  it('answers "" for an empty body', () => {
    expect(renderMarkdown('')).toBe('')
    expect(renderMarkdown(null)).toBe('')
  })
})
