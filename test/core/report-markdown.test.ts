/**
 * The Markdown report: structure in the order an editor reads it, and user text that can neither
 * format the report nor smuggle HTML into a Markdown renderer.
 */
import { describe, expect, it } from 'vitest'
import { escapeMarkdown, renderMarkdown, scopeToArticle } from '@core/report'
import { HOSTILE, hostileInput } from '../fixtures/report/hostile-input'
import { sampleContext, sampleInput } from '../fixtures/report/sample-input'

const md = renderMarkdown(sampleInput, sampleContext)
const hostile = renderMarkdown(hostileInput, sampleContext)

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['a | b', 'a \\| b'],
    ['&amp; & more', '\\&amp; & more'],
    ['1. first\n# heading\n- item\n2) two', '1. first\n\\# heading\n\\- item\n2\\) two'],
    ['Brig. Gen. Saad Maan', 'Brig. Gen. Saad Maan'],
    ['قال المتحدث', 'قال المتحدث']
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })
})

describe('renderMarkdown', () => {
  it('has title, generation line, sources, comparison and claims, in that order', () => {
    const headings = md.split('\n').filter((l) => /^#{1,2} /.test(l))
    expect(headings).toEqual([
      '# Claim report: Al-Qaim strikes, summer 2016',
      '## Sources',
      '## Comparison',
      '## Claims by article'
    ])
    expect(md).toContain('Generated 2024-05-03 09:15 UTC by Parallax 0.1.0.')
  })

  it('lists conflicts first, then different sources, compatible, agreement, related', () => {
    const groups = md.split('\n').filter((l) => l.startsWith('### ') && !/^### \d/.test(l))
    expect(groups).toEqual([
      '### Conflicts (2)',
      '### Different source (1)',
      '### Compatible (2)',
      '### Agreement (1)',
      '### Related (1)'
    ])
  })

  it('shows both quotes, both outlets and the stored reason of a conflict', () => {
    expect(md).toContain(
      '2. **Diyaruna:** “killed 12 senior ISIL leaders” — 12 killed (senior ISIL leaders)\\\n' +
        '   **Constructed Wire:** “killed 15 senior Islamic State commanders” — 15 killed (senior Islamic State commanders)\\\n' +
        '   *Why:* Same strike on the leadership meeting: 12 vs 15 killed.'
    )
  })

  it('groups claims by kind in text order', () => {
    const diyaruna = md.slice(md.indexOf('### 1. Diyaruna'), md.indexOf('### 2. '))
    expect(diyaruna.split('\n').filter((l) => l.startsWith('#### '))).toEqual([
      '#### Casualties (4)',
      '#### Dates (2)',
      '#### Attributions (2)',
      '#### Quantities (1)',
      '#### Other claims (1)'
    ])
    expect(diyaruna.indexOf('“August 11th”')).toBeLessThan(diyaruna.indexOf('“July 29th”'))
  })

  it('keeps hostile text from becoming markup', () => {
    const outsideAutolinks = hostile.replace(/<https?:\/\/[^\s<>]+>/g, '')
    expect(outsideAutolinks).not.toMatch(/(^|[^\\])</m)
    expect(hostile).toContain('# Claim report: \\<img src=x onerror=alert(1)\\>')
    expect(hostile).toContain('  \\# not a heading\\\n  \\| not \\| a table \\|')
    expect(hostile).toContain('\\[link\\](javascript:alert(1))')
    expect(hostile).not.toContain(`<${HOSTILE.url}>`)
    expect(
      hostile
        .split('\n')
        .filter((l) => /^#{1,6} /.test(l))
        .every((l) => !l.includes('not a heading'))
    ).toBe(true)
  })

  it('reports one article without the comparisons of its case', () => {
    const one = renderMarkdown(scopeToArticle(sampleInput, 'art-oman-observer'), sampleContext)
    expect(one).toContain('| 1 | Oman Observer | Al Qaim last IS bastion |')
    expect(one).not.toContain('Diyaruna')
    expect(one).toContain('No claims are linked across articles yet.')
  })
})
