/**
 * The suggested claims of the open case's articles, found in the suggestion worker once per text
 * and read by both the claims panel and the comparison. Which articles: those the journalist asked
 * suggestions for first, then, when the case has two articles or more, every other one (the
 * comparison judges every article's suggestions). An article whose text changed has none until
 * its new text is read: an old version's suggestions never show on the new text.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { suggestionKey } from '@core/extract'
import type { Article, ClaimDraft } from '@core/model'
import { SuggestionClient, type SuggestText } from './suggestClient'

export interface SuggestionDrafts {
  /** The suggested claims of each article whose current text has been read, by article id. */
  byArticle: ReadonlyMap<string, readonly ClaimDraft[]>
  /** The articles whose suggestions are still being found. */
  finding: readonly string[]
  /** Resolves to an article's suggested claims once found. */
  request: (article: Article) => Promise<readonly ClaimDraft[]>
}

const textOf = (article: Article): SuggestText => ({
  key: suggestionKey(article),
  text: article.text,
  publishedAt: article.publishedAt
})

/** The articles to find claims in, in order: those asked for, then (for the comparison) the rest. */
export function articlesToRead<A extends Pick<Article, 'id'>>(articles: readonly A[], asked: readonly string[]): A[] {
  const first = articles.filter((a) => asked.includes(a.id))
  return articles.length >= 2 ? [...first, ...articles.filter((a) => !asked.includes(a.id))] : first
}

export function useSuggestionDrafts(
  articles: readonly Article[],
  asked: readonly string[] | null,
  onError: (message: string) => void
): SuggestionDrafts {
  const [client] = useState(() => new SuggestionClient(undefined, onError))
  useEffect(() => () => client.dispose(), [client])
  const texts = useMemo(() => new Map(articles.map((a) => [a.id, textOf(a)])), [articles])
  // until the setting is read, nothing is known to be asked for
  const wanted = useMemo(() => (asked ? articlesToRead(articles, asked) : []), [articles, asked])
  const wantedKeys = wanted.map((a) => texts.get(a.id)!.key).join('\n')
  useEffect(
    () => client.want(wanted.map((a) => texts.get(a.id)!)),
    // `wantedKeys` stands for `wanted` and `texts`: the texts, in order
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, wantedKeys]
  )
  // deferred: what an answer changes (a long text's thousands of highlights, the claims panel's
  // list) renders in slices between frames, not in the task that read the answer
  const version = useDeferredValue(
    useSyncExternalStore(
      useCallback((listener) => client.subscribe(listener), [client]),
      () => client.version
    )
  )
  const byArticle = useMemo(() => {
    const found = new Map<string, readonly ClaimDraft[]>()
    for (const [id, text] of texts) {
      const drafts = client.drafts(text.key)
      if (drafts) found.set(id, drafts)
    }
    return found
    // `version` changes with every answer the client holds
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, texts, version])
  const finding = useMemo(() => wanted.filter((a) => !byArticle.has(a.id)).map((a) => a.id), [wanted, byArticle])
  const request = useCallback((article: Article) => client.request(textOf(article)), [client])
  return { byArticle, finding, request }
}
