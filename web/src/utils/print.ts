// Printing one part of a page (an agenda, the meeting grid) on A4: a copy of its `.print-area` is put
// at the top of the body and everything else is hidden while printing (see styles/main.css). A copy,
// because the app's layout scrolls inside fixed-height boxes that would clip it on paper.

/** Print `area` (default: the page's first `.print-area`). The copy goes when printing is over. */
export function printArea(area?: Element | null, doc: Document = document, win: Pick<Window, 'print' | 'addEventListener'> = window): void {
  const source = area ?? doc.querySelector('.print-area')
  if (!source) return
  for (const old of Array.from(doc.querySelectorAll('body > .print-root'))) old.remove()
  const root = doc.createElement('div')
  root.className = 'print-root'
  root.appendChild(source.cloneNode(true))
  doc.body.appendChild(root)
  doc.body.classList.add('printing-area')
  const done = () => {
    root.remove()
    doc.body.classList.remove('printing-area')
  }
  win.addEventListener('afterprint', done, { once: true })
  win.print()
}
