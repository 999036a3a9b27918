/**
 * A calm loading note, announced politely to screen readers.
 */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
