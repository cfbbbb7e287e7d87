import type { ReactNode } from 'react';

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
 * screen. The caption is for screen readers; the section around the table
 * already titles it for the eye. Cells are keyed by their position: two
 * columns may share a title (in Chinese, a kind of organization and a kind
 * of link are both 类型).
 */
export function Table<R extends { id: string }>({ columns, rows, caption }: { columns: Column<R>[]; rows: R[]; caption?: string }) {
  return (
    <div className="table-wrap">
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
          {rows.map((r) => (
            <tr key={r.id}>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
