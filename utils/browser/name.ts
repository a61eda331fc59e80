/**
 * The browser's name as users know it, for messages that say what their browser allows. The
 * Firefox build is told at build time; a Chromium build may run in Chrome, Edge or Chromium.
 */
export function browserName(
  isFirefox: boolean = import.meta.env.FIREFOX,
  nav: { userAgentData?: { brands?: { brand: string }[] } } | undefined = globalThis.navigator as never,
): string {
  if (isFirefox) return 'Firefox';
  const brands = (nav?.userAgentData?.brands ?? []).map((b) => b.brand);
  if (brands.includes('Microsoft Edge')) return 'Edge';
  if (brands.includes('Google Chrome')) return 'Chrome';
  return 'Chromium';
}
