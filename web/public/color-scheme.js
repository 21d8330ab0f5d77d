// Runs before the first paint (a file, not inline: the Content Security Policy forbids inline
// script), so a dark-mode reader never sees a white flash. The key is Mantine's own.
(function () {
  var stored = null;
  try { stored = window.localStorage.getItem('mantine-color-scheme-value'); } catch { /* private mode */ }
  var scheme = stored === 'light' || stored === 'dark'
    ? stored
    : window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
