/**
 * The JSON view of a definition: CodeMirror 6 with completion, hover and linting from the engine's
 * definition meta-schema (codemirror-json-schema). It works under the app's strict CSP without a
 * nonce: the editor lives in a shadow root, where CodeMirror adds its styles as constructed stylesheets
 * instead of a <style> element, it sets styles only through the CSSOM, and nothing here evaluates code.
 * Every edit is handed to `onChange` as text.
 */
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { linter, lintGutter } from '@codemirror/lint';
import { hoverTooltip } from '@codemirror/view';
import * as jsonSchemaSupport from 'codemirror-json-schema';
import type { Extension } from '@codemirror/state';
// codemirror-json-schema's own parser (its dependency): it logs every half-typed document as a console error.
import { disableErrorLogging } from 'best-effort-json-parser';
import { definitionMetaSchema } from '../../engine/definition-meta-schema.ts';

disableErrorLogging();

// The package's type declarations re-export these with `export *` from extensionless paths, which
// NodeNext resolution drops; the module itself exports them.
const { getJsonPointers, handleRefresh, jsonCompletion, jsonSchemaHover, jsonSchemaLinter, stateExtensions } = jsonSchemaSupport as typeof jsonSchemaSupport & {
  getJsonPointers(state: EditorState, mode: 'json4'): Map<string, { keyFrom: number }>;
  stateExtensions(schema: object): Extension[];
};

/**
 * Hover help as plain text: the package's own renders markdown whose code blocks carry inline styles,
 * which the CSP refuses.
 */
function plainHover({ message, typeInfo }: { message: string; typeInfo: string }): HTMLElement {
  const box = document.createElement('div');
  box.className = 'editor-hover';
  for (const text of [message, typeInfo.replace(/```\w*\n?/g, '').trim()]) {
    if (!text) continue;
    const line = document.createElement('p');
    line.textContent = text;
    box.append(line);
  }
  return box;
}

export interface JsonView {
  /** Replaces the text (after a structured change or undo) without calling onChange. */
  setText(text: string): void;
  /** Puts the cursor on the property at `pointer` (or its nearest parent) and focuses the editor. */
  goTo(pointer: string): void;
  destroy(): void;
}

const RULES = `
.cm-editor { height: 70vh; border: 2px solid #0b0c0c; font-size: 16px; }
.cm-editor.cm-focused { outline: 3px solid #ffdd00; outline-offset: 0; }
.editor-hover { padding: 5px 10px; max-width: 40em; font-family: sans-serif; }
.editor-hover p { margin: 0 0 5px; }
`;

export function createJsonView(parent: HTMLElement, text: string, onChange: (text: string) => void, label: string): JsonView {
  let quiet = false;
  const shadow = parent.shadowRoot ?? parent.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  shadow.adoptedStyleSheets = [sheet];
  const mount = document.createElement('div');
  shadow.replaceChildren(mount);
  const view = new EditorView({
    parent: mount,
    root: shadow,
    state: EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        json(),
        linter(jsonParseLinter(), { delay: 200 }),
        linter(jsonSchemaLinter(), { needsRefresh: handleRefresh, delay: 750 }),
        lintGutter(),
        jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
        hoverTooltip(jsonSchemaHover({ formatHover: plainHover })),
        stateExtensions(definitionMetaSchema),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !quiet) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  // The scrolling box itself takes focus too, so it can be scrolled from the keyboard without editing (axe: scrollable-region-focusable).
  view.scrollDOM.tabIndex = 0;
  return {
    setText(next) {
      if (next === view.state.doc.toString()) return;
      quiet = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
      quiet = false;
    },
    goTo(pointer) {
      const pointers = getJsonPointers(view.state, 'json4');
      let target = pointer;
      while (target && !pointers.has(target)) target = target.slice(0, target.lastIndexOf('/'));
      const found = pointers.get(target);
      const at = found ? found.keyFrom : 0;
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}
