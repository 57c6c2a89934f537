import { describe, expect, it } from 'vitest'
import { printArea } from '../print'

describe('printArea', () => {
  it('prints a copy of the .print-area at the top of the body, and takes it away after printing', () => {
    document.body.innerHTML = '<div id="app"><main style="overflow:auto;height:100px"><section class="print-area"><h1>Agenda</h1></section></main></div>'
    let seen = ''
    const win = {
      listeners: [] as (() => void)[],
      addEventListener(_: string, fn: () => void) {
        this.listeners.push(fn)
      },
      print() {
        seen = `${document.body.className}|${document.querySelector('body > .print-root h1')?.textContent}`
      },
    }
    printArea(null, document, win as unknown as Window)
    expect(seen).toBe('printing-area|Agenda')
    win.listeners.forEach((fn) => fn())
    expect(document.querySelector('.print-root')).toBeNull()
    expect(document.body.className).toBe('')
    expect(document.querySelector('#app .print-area')).not.toBeNull()
  })
})
