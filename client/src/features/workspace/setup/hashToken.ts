/**
 * The one-time token a setup or set-password link carries after `#`. It is read once and
 * taken out of the address bar, so it is not left in the history or a shared screen.
 */
export function takeHashToken(): string {
  const token = window.location.hash.slice(1);
  if (token) window.history.replaceState(null, '', window.location.pathname);
  return token;
}
