// A sparse cache of a server-paged list: pages are fetched as the table scrolls to them, the
// total comes with every page, and a new key (filter, sort) or a change to the case starts
// over while the last good rows stay on screen, so the table does not flash empty.

export interface PageReply<Row> {
  rows: Row[];
  total: number;
}

export type PageLoader<Row> = (offset: number, limit: number) => Promise<PageReply<Row>>;

export interface PagedState<Row> {
  token: string;
  total: number | null;
  pages: ReadonlyMap<number, Row[]>;
  error: string | null;
}

export const PAGE_SIZE = 200;

/** The pages covering rows [from, to). */
export function pagesFor(from: number, to: number, pageSize = PAGE_SIZE): number[] {
  const out: number[] = [];
  const last = Math.floor(Math.max(from, to - 1) / pageSize);
  for (let p = Math.floor(Math.max(0, from) / pageSize); p <= last; p++) out.push(p);
  return out;
}

/** State after page `page` of `token` arrived: a page of another (older) token replaces nothing. */
export function withPage<Row>(
  state: PagedState<Row>,
  token: string,
  page: number,
  reply: PageReply<Row>,
): PagedState<Row> {
  const pages = new Map(state.token === token ? state.pages : []);
  pages.set(page, reply.rows);
  return { token, total: reply.total, pages, error: null };
}

export function rowAt<Row>(state: PagedState<Row>, index: number, pageSize = PAGE_SIZE): Row | undefined {
  return state.pages.get(Math.floor(index / pageSize))?.[index % pageSize];
}
