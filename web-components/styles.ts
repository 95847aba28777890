/**
 * The components render in the light DOM with GOV.UK Frontend's own stylesheet. A page that embeds them
 * with just the script tag gets the stylesheet linked from beside the bundle (same origin as the script,
 * so the fonts and images it names resolve too). A page that already links it is left alone.
 */
export const GOVUK_CSS = 'govuk-frontend.min.css';

export function ensureGovukStyles(): void {
  if (document.querySelector(`link[rel="stylesheet"][href$="${GOVUK_CSS}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(GOVUK_CSS, import.meta.url).href;
  document.head.append(link);
}
