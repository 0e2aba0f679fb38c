/**
 * ingest/domtext: an article's DOM → the paragraphs and captions the reader shows. Only text nodes
 * are read (a link's address, an image's alt text, a script never become article text), blocks are
 * paragraphs, <br> a line break, a table row one line of cells, a figure caption a caption.
 */
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { domToParagraphs, type WalkNode } from '../../src/core/ingest/domtext'

function walk(html: string) {
  const { document } = new JSDOM(`<body>${html}</body>`).window
  return domToParagraphs(document.body)
}

describe('what becomes text', () => {
  it('makes each block a paragraph, collapsing the whitespace of the markup', () => {
    expect(
      walk('<h1>Twelve killed</h1><p>Twelve people   were <b>killed</b>\n on Friday.</p><p>Rescuers searched.</p>')
    ).toEqual({
      paragraphs: ['Twelve killed', 'Twelve people were killed on Friday.', 'Rescuers searched.'],
      captions: []
    })
  })

  it('reads text nodes only: no script, style, address or alt text reaches the article', () => {
    const { paragraphs } = walk(
      '<p><a href="http://example.com/x">Link text</a> and <img alt="a photo"> more<br>next line</p>' +
        '<script>alert("x")</script><style>p{}</style><noscript>Enable JavaScript</noscript>'
    )
    expect(paragraphs).toEqual(['Link text and more\nnext line'])
  })

  it('keeps a figure caption apart from the body, once', () => {
    const caption = '<figure><figcaption>Mourners at the market.</figcaption></figure>'
    expect(walk(`${caption}<p>Body.</p>${caption}`)).toEqual({
      paragraphs: ['Body.'],
      captions: ['Mourners at the market.']
    })
  })

  it('reads a table row as one line of cells, and a blank line of preformatted copy as a paragraph break', () => {
    expect(
      walk('<table><tr><td>Khan Yunis</td><td>12</td></tr><tr><td>Rafah</td><td>4</td></tr></table>').paragraphs
    ).toEqual(['Khan Yunis | 12', 'Rafah | 4'])
    const wire = walk('<pre>GAZA (Reuters) - Twelve people were killed.\n\nRescuers searched the ruins.</pre>')
    expect(wire.paragraphs).toEqual(['GAZA (Reuters) - Twelve people were killed.', 'Rescuers searched the ruins.'])
  })

  it('reads a MathML formula as words of its sentence, token by token, without its TeX annotation', () => {
    const formula =
      '<math><semantics><mrow><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>≠</mo><mn>0</mn></mrow>' +
      '<annotation encoding="application/x-tex">a x^2 \\neq 0</annotation></semantics></math>'
    expect(walk(`<p>When ${formula}, the curve is a parabola.</p>`).paragraphs).toEqual([
      'When a x 2 ≠ 0, the curve is a parabola.'
    ])
  })

  it('walks a page nested far deeper than the call stack allows', () => {
    // built by hand: no DOM library needed, since the walk reads only this slice of a node
    const text: WalkNode = {
      nodeType: 3,
      nodeName: '#text',
      nodeValue: 'Deep text.',
      firstChild: null,
      nextSibling: null
    }
    let node: WalkNode = text
    for (let i = 0; i < 200_000; i++)
      node = { nodeType: 1, nodeName: 'DIV', nodeValue: null, firstChild: node, nextSibling: null }
    expect(domToParagraphs(node).paragraphs).toEqual(['Deep text.'])
  })
})
