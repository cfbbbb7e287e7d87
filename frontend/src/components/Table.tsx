import { Fragment, type ReactNode } from 'react';

/** One column of a Table: its header, and what each row shows in it. */
export interface Column<R> {
  title: string;
  /** Classes of the header and of every cell, e.g. 'ent-num' or 'ent-hide-narrow'. */
  className?: string;
  /** Classes of the cells only, e.g. 'ent-nowrap'. */
  cellClassName?: string;
  /** The column names its row: its cells are row headers. */
  rowHeader?: boolean;
  cell: (row: R) => ReactNode;
}

const classes = (...names: Array<string | undefined>) => names.filter(Boolean).join(' ') || undefined;

/**
 * Rows of records under column headers, scrolling sideways on a narrow
 * screen: with a caption, the scrolling box takes the keyboard focus, so that
 * it scrolls by keyboard when its rows hold nothing else to focus. The caption is for screen readers; the section around the
 * table already titles it for the eye. Cells are keyed by their position: two
 * columns may share a title (in Chinese, a kind of organization and a kind
 * of link are both 类型).
 */
export function Table<R extends { id: string }>({
  columns,
  rows,
  caption,
  expanded,
}: {
  columns: Column<R>[];
  rows: R[];
  caption?: string;
  /** What a row shows under it, across every column (such as a link's activities); null for nothing. */
  expanded?: (row: R) => ReactNode;
}) {
  return (
    <div className="table-wrap" tabIndex={caption ? 0 : undefined}>
      <table className="table">
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.className}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const under = expanded?.(r);
            return (
              <Fragment key={r.id}>
                <tr>
                  {columns.map((c, i) =>
                    c.rowHeader ? (
                      <th key={i} scope="row" className={classes(c.className, c.cellClassName)}>
                        {c.cell(r)}
                      </th>
                    ) : (
                      <td key={i} className={classes(c.className, c.cellClassName)}>
                        {c.cell(r)}
                      </td>
                    ),
                  )}
                </tr>
                {under != null && under !== false && (
                  <tr className="table-expanded">
                    <td colSpan={columns.length}>{under}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
