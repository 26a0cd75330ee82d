// Paint the right theme before the app loads (no white flash in dark mode). src/store/theme.ts validates the stored
// value with zod and stays the source of truth once the app runs. An external file, not an inline <script>: the
// Content-Security-Policy in index.html allows scripts from this origin only (see the comment there).
try {
  let theme = localStorage.getItem('ec2-lab:theme');
  if (theme !== 'light' && theme !== 'dark') theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  if (theme === 'dark') document.documentElement.classList.add('dark');
} catch {
  // storage disabled (privacy settings, sandboxed iframe): the app applies the OS theme once it runs
}
