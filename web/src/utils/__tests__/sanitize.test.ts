import { describe, expect, it } from 'vitest'
import { sanitizeSnippet } from '../sanitize'

/** What a browser makes of the HTML: the elements it would create. */
function parse(html: string): HTMLElement {
  const div = document.createElement('div')
  div.innerHTML = html
  return div
}

describe('sanitizeSnippet', () => {
  it('keeps <mark> and </mark> and the text around them', () => {
    const html = sanitizeSnippet('<mark>新能源</mark>汽车 and <mark>electric</mark> mobility')
    expect(html).toBe('<mark>新能源</mark>汽车 and <mark>electric</mark> mobility')
    const el = parse(html)
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['新能源', 'electric'])
  })

  it('merges marks that touch, as the server marks Chinese character by character', () => {
    expect(sanitizeSnippet('<mark>新</mark><mark>能</mark><mark>源</mark>车 <mark>a</mark> <mark>b</mark>')).toBe('<mark>新能源</mark>车 <mark>a</mark> <mark>b</mark>')
  })

  it('escapes every other tag, attributes included', () => {
    const html = sanitizeSnippet('<script>alert(1)</script><img src=x onerror="alert(2)"><b>bold</b>')
    const el = parse(html)
    expect(el.children).toHaveLength(0)
    expect(el.textContent).toBe('<script>alert(1)</script><img src=x onerror="alert(2)"><b>bold</b>')
  })

  it('does not allow <mark> with attributes or in another spelling', () => {
    for (const input of ['<mark onclick="x()">a</mark>', '<MARK>a</MARK>', '<mark >a</mark >', '<mark/>', '<<mark>>']) {
      const el = parse(sanitizeSnippet(input))
      for (const m of el.querySelectorAll('mark')) expect(m.attributes).toHaveLength(0)
      expect(el.querySelectorAll(':not(mark)')).toHaveLength(0)
    }
    expect(sanitizeSnippet('<mark onclick="x()">a</mark>')).toBe('&lt;mark onclick=&quot;x()&quot;&gt;a</mark>')
  })

  it('keeps the server\'s character references and escapes a bare ampersand', () => {
    expect(sanitizeSnippet('R&amp;D &lt;b&gt; Moscow&#39;s A&B')).toBe('R&amp;D &lt;b&gt; Moscow&#39;s A&amp;B')
    expect(parse(sanitizeSnippet('R&amp;D &lt;b&gt;')).textContent).toBe('R&D <b>')
  })

  it('cannot be tricked into a tag by an escaped <mark> or an entity-spelled bracket', () => {
    const el = parse(sanitizeSnippet('&lt;mark&gt;x&lt;/mark&gt; &#60;script&#62;y'))
    expect(el.children).toHaveLength(0)
    expect(el.textContent).toBe('<mark>x</mark> <script>y')
  })

  it('answers "" for nothing', () => {
    expect(sanitizeSnippet('')).toBe('')
    expect(sanitizeSnippet(null)).toBe('')
  })
})
