import { usePlan } from '../../state/usePlan.ts';
import { ColumnLane } from './ColumnLane.tsx';

/** The plan's columns side by side (stacked on narrow screens). */
export function Columns() {
  const { columns } = usePlan();
  return (
    <div className="columns" style={{ ['--column-count' as string]: columns.length }}>
      {columns.map((column, index) => (
        <ColumnLane key={column.id} column={column} tone={index} />
      ))}
    </div>
  );
}
