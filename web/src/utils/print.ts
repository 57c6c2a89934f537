/** Print only the page's `.print-area` (see styles/main.css): the body is marked while the dialog is open. */
export function printArea(doc: Document = document, win: Pick<Window, 'print'> = window): void {
  doc.body.classList.add('printing-area')
  try {
    win.print()
  } finally {
    doc.body.classList.remove('printing-area')
  }
}
