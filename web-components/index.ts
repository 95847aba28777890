/** The bundle's entry: defines every element. One script tag on any page is enough. */
import { FormRecordElement } from './form-record.ts';
import { FormPreviewElement } from './form-preview.ts';
import { StaffLoginElement } from './pages/staff-login.ts';
import { RecordFinderElement } from './pages/record-finder.ts';
import { PreviewWorkbenchElement } from './pages/preview-workbench.ts';
import { SignOutElement } from './pages/sign-out.ts';
import { OfflineMovesElement } from './pages/offline-moves.ts';

const elements: [string, CustomElementConstructor][] = [
  ['form-record', FormRecordElement],
  ['form-preview', FormPreviewElement],
  ['staff-login', StaffLoginElement],
  ['record-finder', RecordFinderElement],
  ['preview-workbench', PreviewWorkbenchElement],
  ['sign-out', SignOutElement],
  ['offline-moves', OfflineMovesElement],
];
for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);
