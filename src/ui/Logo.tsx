/** The ec2-lab mark (same drawing as public/favicon.svg): a region holding three zones, one running instance. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={className}>
      <rect width="32" height="32" rx="7" fill="#0f766e" />
      <rect x="5" y="8" width="6" height="17" rx="1.5" fill="#ccfbf1" />
      <rect x="13" y="8" width="6" height="17" rx="1.5" fill="#ccfbf1" />
      <rect x="21" y="8" width="6" height="17" rx="1.5" fill="#ccfbf1" />
      <rect x="14.5" y="16" width="3" height="3" rx=".6" fill="#f59e0b" />
    </svg>
  );
}
