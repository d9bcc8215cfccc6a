import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';

/** Narrower than this a table squeezes its words to one a line: each row becomes a card. */
const narrowQuery = '(max-width: 479.98px)';

/** Whether the window is too narrow for a table (a phone, Teams' 320 px side panel). */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(narrowQuery).matches);
  useEffect(() => {
    const query = window.matchMedia(narrowQuery);
    const follow = () => setNarrow(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return narrow;
}

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** A table column's width in px, for a short one (a date) that need not share the room. */
  readonly width?: number;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: '8px' },
  item: {
    display: 'grid',
    gap: '2px',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
  lead: { fontWeight: tokens.fontWeightSemibold },
  pairs: { margin: 0, display: 'grid', gap: '2px' },
  pair: { display: 'flex', flexWrap: 'wrap', columnGap: '6px' },
  name: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/**
 * Rows of a record list: a table from 480 px up; narrower, each row a card whose first
 * column leads and the others follow, each under its column's name.
 */
export function Rows<Row>({
  label,
  columns,
  rows,
  keyOf,
  lead = 0,
}: {
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  keyOf: (row: Row) => string;
  /** The column that heads each card (what the row is), when it is not the first. */
  lead?: number;
}) {
  const narrow = useNarrow();
  const styles = useStyles();
  if (narrow) {
    const heading = columns[lead];
    const rest = columns.filter((_, index) => index !== lead);
    return (
      <ul aria-label={label} className={styles.list}>
        {rows.map((row) => (
          <li key={keyOf(row)} className={styles.item}>
            {heading && <div className={styles.lead}>{heading.cell(row)}</div>}
            <dl className={styles.pairs}>
              {rest.map((column) => (
                <div key={column.header} className={styles.pair}>
                  <dt className={styles.name}>{column.header}</dt>
                  <dd className={styles.value}>{column.cell(row)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.header} {...(column.width ? { style: { width: column.width } } : {})}>
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={keyOf(row)}>
            {columns.map((column) => (
              <TableCell key={column.header}>{column.cell(row)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
