import { describe, expect, it } from 'vitest'
import { groupFieldErrors, topField } from '../fieldErrors'

describe('field errors', () => {
  it('finds the form item of a dotted or indexed path', () => {
    expect(topField('name')).toBe('name')
    expect(topField('name.zh')).toBe('name')
    expect(topField('sectors[2]')).toBe('sectors')
    expect(topField('relations[0].type')).toBe('relations')
  })

  it('joins the messages of one item and says which entry is wrong (1-based)', () => {
    expect(
      groupFieldErrors([
        { field: 'sectors[1]', message: 'unknown code' },
        { field: 'sectors[3]', message: 'unknown code' },
        { field: 'relations[0].type', message: 'bad type' },
        { field: 'name.zh', message: 'too long' },
        { field: 'website', message: 'must be an http(s) URL' },
      ]),
    ).toEqual({
      sectors: '#2: unknown code; #4: unknown code',
      relations: '#1 type: bad type',
      name: 'zh: too long',
      website: 'must be an http(s) URL',
    })
  })
})
