/** What is added to a confirmed record on the way: handovers with their acknowledgements, events and red flags. */

export interface Officer {
  name: string;
  identifier: string;
}

export interface Acknowledgement {
  /** Id of the red flag entry: "flag:/risk/violent" for a derived alert flag, or a free entry's id. */
  entryId: string;
  name: string;
  /** The role of who acknowledged it, as they give it ("Escort custody officer"); optional. */
  role?: string;
  at: string;
}

export interface Handover {
  id: string;
  dispatchingOfficer: Officer;
  receivingOfficer: Officer;
  receivingOrganisation: string;
  at: string;
  acknowledgements: Acknowledgement[];
  recordedBy: string;
  /** When the recording device recorded it, for an entry sent later (after a time offline). */
  recordedAt?: string;
  /** When the server received it. */
  receivedAt?: string;
}

export interface EventEntry {
  id: string;
  type: string;
  at: string;
  where: string;
  what: string;
  recordedBy: string;
  /** When the recording device recorded it, for an entry sent later (after a time offline). */
  recordedAt?: string;
  /** When the server received it. */
  receivedAt?: string;
}

export interface RedFlagEntry {
  id: string;
  risk: string;
  identifiedBy: string;
  at: string;
  recordedBy: string;
  /** When the recording device recorded it, for an entry sent later (after a time offline). */
  recordedAt?: string;
  /** When the server received it. */
  receivedAt?: string;
}
