import type { ReactNode } from 'react';

/**
 * One column of a dashboard table. `label` names the cell on a phone, where each row becomes a card
 * (styles.css reads `data-label`); `actions` is the row's buttons: a header only screen readers
 * hear, and a cell without a label.
 */
export type Column<R> = {
  label: string;
  cell: (row: R) => ReactNode;
  /** The header when it is more than its label. */
  header?: ReactNode;
  /** `num` right-aligns figures (header and cells). */
  align?: 'num';
  /** A class for the cells alone. */
  cellClassName?: string;
  actions?: boolean;
  /** The cell names its row (`<th scope="row">`), as the first column of a figures table does. */
  rowHeader?: boolean;
  /** Left out (e.g. a column the reader may not use). */
  hidden?: boolean;
};

/** `data-*` attributes of a row, for tests and styles that find a row by what it shows. */
type RowData = { [attribute: `data-${string}`]: string | undefined };

type Props<R> = {
  rows: readonly R[];
  columns: Column<R>[];
  rowKey: (row: R) => string;
  rowClassName?: (row: R) => string | undefined;
  rowData?: (row: R) => RowData;
  /** Added to `table` (e.g. `table-compact`, a page's own class). */
  className?: string;
  testId?: string;
  ariaLabel?: string;
};

/** The dashboard's list table: the same markup, phone layout and accessibility on every page. */
export function DataTable<R>({ rows, columns, rowKey, rowClassName, rowData, className, testId, ariaLabel }: Props<R>) {
  const shown = columns.filter((c) => !c.hidden);
  return (
    <table className={className ? `table ${className}` : 'table'} data-testid={testId} aria-label={ariaLabel}>
      <thead>
        <tr>
          {shown.map((c) => (
            <th key={c.label} scope="col" className={c.align}>
              {c.actions ? <span className="visually-hidden">{c.label}</span> : (c.header ?? c.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={rowKey(r)} className={rowClassName?.(r)} {...rowData?.(r)}>
            {shown.map((c) =>
              c.actions ? (
                <td key={c.label} className="row-actions">
                  {c.cell(r)}
                </td>
              ) : c.rowHeader ? (
                <th key={c.label} scope="row" data-label={c.label} className={c.align ?? c.cellClassName}>
                  {c.cell(r)}
                </th>
              ) : (
                <td key={c.label} data-label={c.label} className={c.align ?? c.cellClassName}>
                  {c.cell(r)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
