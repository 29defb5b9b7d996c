import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type DragEvent, type ReactNode } from 'react';
import type { PagedRows } from './use-paged-rows.js';
import './virtual-table.css';

export type SortDir = 'asc' | 'desc';

export interface Column<Row, Sort extends string> {
  title: string;
  className?: string;
  /** The server-side sort this column's header sets, and the direction it starts with. */
  sort?: { by: Sort; firstDir: SortDir };
  cell(row: Row): ReactNode;
}

interface Props<Row extends { id: string }, Sort extends string> {
  label: string;
  columns: Column<Row, Sort>[];
  rows: PagedRows<Row>;
  sort: { by: Sort; dir: SortDir };
  onSort(sort: { by: Sort; dir: SortDir }): void;
  rowClassName?(row: Row): string | undefined;
  onRowClick?(row: Row): void;
  /** Makes rows draggable (an entity onto the chart). */
  onRowDragStart?(row: Row, event: DragEvent<HTMLTableRowElement>): void;
  empty: ReactNode;
}

const ROW_HEIGHT = 30;

/**
 * A table of any length: only the rows in view (and a few either side) are in the DOM, the
 * rows come a page at a time from the case, and the headers sort on the server.
 */
export function VirtualTable<Row extends { id: string }, Sort extends string>(p: Props<Row, Sort>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = p.rows.total ?? 0;
  // Not memoised by the React Compiler on purpose: the virtualizer re-renders this on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { request } = p.rows;
  useEffect(() => {
    if (count) request(first, last + 1);
  }, [first, last, count, request]);

  const top = items[0]?.start ?? 0;
  const bottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const span = p.columns.length;
  return (
    <div className="table-wrap" ref={scrollRef}>
      <table className="grid" aria-label={p.label} aria-rowcount={count}>
        <thead>
          <tr>
            {p.columns.map((c) => {
              const active = c.sort && c.sort.by === p.sort.by;
              return (
                <th
                  key={c.title}
                  className={c.className}
                  aria-sort={active ? (p.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {c.sort ? (
                    <button
                      className="sort-button"
                      title={`Sort by ${c.title.toLowerCase() || 'this column'}`}
                      onClick={() =>
                        p.onSort({
                          by: c.sort!.by,
                          dir: active ? (p.sort.dir === 'asc' ? 'desc' : 'asc') : c.sort!.firstDir,
                        })
                      }
                    >
                      {c.title}
                      {active ? <span aria-hidden>{p.sort.dir === 'asc' ? '▲' : '▼'}</span> : null}
                    </button>
                  ) : (
                    c.title
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr className="spacer" aria-hidden>
              <td colSpan={span} style={{ height: top }} />
            </tr>
          )}
          {items.map((it) => {
            const row = p.rows.rowAt(it.index);
            if (!row)
              return (
                <tr key={`pending-${it.index}`} className="placeholder" style={{ height: ROW_HEIGHT }}>
                  <td colSpan={span}>…</td>
                </tr>
              );
            return (
              <tr
                key={row.id}
                aria-rowindex={it.index + 2}
                className={p.rowClassName?.(row)}
                style={{ height: ROW_HEIGHT }}
                onClick={() => p.onRowClick?.(row)}
                draggable={!!p.onRowDragStart}
                onDragStart={(e) => p.onRowDragStart?.(row, e)}
              >
                {p.columns.map((c) => (
                  <td key={c.title} className={c.className}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr className="spacer" aria-hidden>
              <td colSpan={span} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
      {p.rows.total === 0 && p.empty}
      {p.rows.error && <p className="error-text">{p.rows.error}</p>}
    </div>
  );
}
