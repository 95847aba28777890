/** The drafts and rollout API (server/routes/drafts.ts, rollout.ts) as the editor pages use it. */
import { ApiClient } from '../api-client.ts';
import type { DefinitionProblem } from '../../engine/types.ts';

export interface DraftSummary {
  id: string;
  name: string;
  version: string;
  revision: number;
  state: 'draft' | 'submitted' | 'approved' | 'rejected';
  createdBy: string;
  createdAt: string;
  submitted?: { by: string; at: string; revision: number };
  decided?: { by: string; at: string; reason?: string };
}

export interface Draft extends DraftSummary {
  definition: Record<string, any>;
  history: { at: string; user: string; action: string }[];
}

export interface Review {
  name: string;
  version: string;
  hash: string;
  revision: number;
  problems: DefinitionProblem[];
  previous: { version: string; hash: string } | null;
  /** `changes` in the reader's language; `inEnglish`: titles quoted in English (the draft has no translation of them). */
  diff: { from: string; to: string; counts: Record<string, number>; changes: string[]; inEnglish?: string[] } | null;
  /** Per language besides English: strings staff read that the draft's translation lacks or took from older English. */
  translations: { language: string; total: number; untranslated: number }[];
  impact: { since: string; records: number; incomplete: { records: number; percent: number }; answers: { total: number; dropped: number; droppedPercent: number; carried: number; carriedPercent: number } } | null;
}

const enc = encodeURIComponent;

export class DraftsClient {
  readonly api: ApiClient;
  /** `lang`: the language the caller reads (data such as places and form titles, refusals, and a review's changes come in it). */
  constructor(base: string, lang?: () => string) {
    this.api = new ApiClient(base, lang ? { lang } : {});
  }

  list = () => this.api.request<DraftSummary[]>('GET', '/drafts');
  get = (id: string) => this.api.request<Draft>('GET', `/drafts/${enc(id)}`);
  create = (body: { from: { form: string; version: string } } | { definition: unknown }) => this.api.request<{ id: string; revision: number }>('POST', '/drafts', body);
  save = (id: string, definition: unknown, revision: number) => this.api.request<{ revision: number; state: string }>('PUT', `/drafts/${enc(id)}`, { definition, revision });
  submit = (id: string) => this.api.request<{ revision: number; state: string }>('POST', `/drafts/${enc(id)}/submit`, {});
  review = (id: string) => this.api.request<Review>('GET', `/drafts/${enc(id)}/review${this.api.langQuery()}`);
  approve = (id: string, revision: number) => this.api.request<{ published: { name: string; version: string } }>('POST', `/drafts/${enc(id)}/approve`, { revision });
  reject = (id: string, reason: string) => this.api.request<unknown>('POST', `/drafts/${enc(id)}/reject`, { reason });
}
