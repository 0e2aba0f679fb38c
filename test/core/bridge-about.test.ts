/** bridge/about: the About box's credits name where each sample case's reports come from and under which licence. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ABOUT_CREDITS } from '../../src/core/bridge/about'

describe('the About credits', () => {
  it('credit the FA-KES reports of the conflict sample with their licence and their authors', () => {
    expect(ABOUT_CREDITS).toContain('FA-KES')
    expect(ABOUT_CREDITS).toContain('CC BY 4.0')
    expect(ABOUT_CREDITS).toMatch(/Abu Salem.*Farah/)
    expect(ABOUT_CREDITS).toContain('Zenodo record 2607278')
  })

  it('name the outlets of both sample cases', () => {
    for (const outlet of ['SANA', 'Al-Alam', 'Diyaruna', 'Oman Observer']) expect(ABOUT_CREDITS).toContain(outlet)
  })

  it('say what the README says of the samples (one text for both)', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ')
    expect(readme).toContain('Zenodo record 2607278')
    expect(readme).toContain('CC BY 4.0')
  })
})
