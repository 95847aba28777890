/**
 * The definition editor bundle, for policy teams' pages only (/editor): CodeMirror and the JSON Schema
 * support are in here, not in the staff components bundle. <form-preview> comes from that bundle,
 * which every page loads.
 */
import { DefinitionEditorElement } from './definition-editor.ts';
import { DraftReviewElement } from './draft-review.ts';
import { EditorHomeElement } from './editor-home.ts';
import { TranslationEditorElement } from './translation-editor.ts';
import { WelshVersionsElement } from './welsh-versions.ts';

const elements: [string, CustomElementConstructor][] = [
  ['definition-editor', DefinitionEditorElement],
  ['draft-review', DraftReviewElement],
  ['editor-home', EditorHomeElement],
  ['translation-editor', TranslationEditorElement],
  ['welsh-versions', WelshVersionsElement],
];
for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);
