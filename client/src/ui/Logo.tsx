import { Link } from 'wouter';

/** The product mark; links home. */
export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <Link href="/" className="logo" aria-label="Hindsight home">
      <svg className="logo__mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path d="M10 8v16M10 16h10M20 8v16" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
        <circle cx="25" cy="10" r="2.6" fill="#ffd43b" />
      </svg>
      {!compact && <span className="logo__text">Hindsight</span>}
    </Link>
  );
}
