/**
 * The few layout rules the editor needs beyond GOV.UK Frontend: editing and preview side by side on a
 * laptop screen. Added as a constructed stylesheet, which the CSP (no inline style) allows.
 */
const rules = `
.editor-layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 30px; align-items: start; }
.editor-layout > .editor-preview { position: sticky; top: 0; max-height: 100vh; overflow: auto; border-left: 1px solid #b1b4b6; padding-left: 20px; }
@media (max-width: 900px) { .editor-layout { grid-template-columns: minmax(0, 1fr); } .editor-layout > .editor-preview { position: static; max-height: none; border-left: 0; padding-left: 0; } }
.govuk-width-container:has(definition-editor, draft-review) { max-width: 1500px; padding: 0 30px; box-sizing: border-box; }
.editor-row { display: flex; gap: 15px; align-items: flex-end; flex-wrap: wrap; }
.editor-card { border: 1px solid #b1b4b6; padding: 15px; margin-bottom: 20px; }
.editor-list > li { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
.editor-selected > button:first-of-type { outline: 3px solid #1d70b8; }
.editor-depth-1 { margin-left: 30px; } .editor-depth-2 { margin-left: 60px; } .editor-depth-3 { margin-left: 90px; }
`;

let added = false;

export function ensureEditorStyles(): void {
  if (added) return;
  added = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
