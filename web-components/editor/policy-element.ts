import { LitElement } from 'lit';
import { languageOf, translatorFor, type Translate } from '../i18n.ts';
import { ensureGovukStyles } from '../styles.ts';
import { DraftsClient } from './drafts-client.ts';
import { ensureEditorStyles } from './editor-styles.ts';

/**
 * What the policy team's pages share: light DOM with GOV.UK and editor styles, the `api` base URL and
 * a drafts client for it, `t` (the words of the element's language: its lang or the page's), and
 * `start()`, called once the element is on the page with its attributes.
 */
export abstract class PolicyElement extends LitElement {
  api = '/api';
  protected client = new DraftsClient(this.api);

  protected get t(): Translate {
    return translatorFor(languageOf(this));
  }

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureGovukStyles();
    ensureEditorStyles();
    this.client = new DraftsClient(this.api, () => languageOf(this));
    this.start();
  }

  protected abstract start(): void;
}
