import { useId, type ReactNode } from 'react';

/** A filter's label over its control; the control gets the id the label points at. */
export function FilterField({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children(id: string): ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `lib-filter ${className}` : 'lib-filter'}>
      <label htmlFor={id} className="lib-filter__label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
