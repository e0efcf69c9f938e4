import type { ReactNode } from "react";

/** One column of a list table: its header and what a row shows in it. */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell names the row (`<th scope="row">`), as the first column of a comparison does. */
  rowHeader?: boolean;
  className?: string;
}

/**
 * The DSFR list table every screen uses: a caption (read first by screen readers), one header row of
 * `scope="col"` cells, one row per item.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  className,
}: {
  caption: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  className?: string;
}) {
  return (
    <div className={["fr-table", "prf-table", className].filter(Boolean).join(" ")}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={typeof c.header === "string" ? c.header : `col-${i}`} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((c, j) => {
                const key = typeof c.header === "string" ? c.header : `col-${j}`;
                return c.rowHeader ? (
                  <th key={key} scope="row" className={c.className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={key} className={c.className}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
