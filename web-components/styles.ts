/**
 * The components render in the light DOM with GOV.UK Frontend's own stylesheet. A page that embeds them
 * with just the script tag gets the stylesheet linked from beside the bundle (same origin as the script,
 * so the fonts and images it names resolve too). A page that already links it is left alone.
 */
export const GOVUK_CSS = 'govuk-frontend.min.css';

/** The few rules of our own (tables that fit a narrow screen), served beside the bundle too. */
export const OWN_CSS = 'form-engine.css';

export function ensureGovukStyles(): void {
  for (const file of [GOVUK_CSS, OWN_CSS]) {
    if (document.querySelector(`link[rel="stylesheet"][href$="${file}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}
