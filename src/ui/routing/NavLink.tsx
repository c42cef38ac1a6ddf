import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { usePlace } from './BrowserLocation';

/**
 * Whether a navigation link's address is open: the same path, or (unless `end`) a path under
 * it ("/desk/journal" is under "/desk"), letter case aside as the routes match it.
 */
export function isOpen(linkPath: string, openPath: string, end: boolean): boolean {
  const link = linkPath.toLowerCase();
  const open = openPath.toLowerCase();
  return open === link || (!end && open.startsWith(`${link}/`));
}

/**
 * A section link of a navigation bar: marked `active` (styles.css) and `aria-current="page"`
 * while its section is open, so both the eye and a screen reader tell where the clerk is.
 */
export function NavLink({
  to,
  end = false,
  children,
  ...rest
}: {
  readonly to: string;
  readonly end?: boolean;
  readonly children: ReactNode;
  readonly 'aria-label'?: string;
}) {
  const open = isOpen(to, usePlace().path, end);
  return (
    <Link
      to={to}
      className={open ? 'active' : undefined}
      aria-current={open ? 'page' : undefined}
      {...rest}
    >
      {children}
    </Link>
  );
}
