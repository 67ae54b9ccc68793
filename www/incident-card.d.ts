// Types of the <incident-card> element and its JS API (www/incident-card.js).

/** A tab of the card. */
export type IncidentCardTab = 'claims' | 'figures' | 'timeline' | 'reactions' | 'article';

/** `light`, `dark`, or `auto` (follow `prefers-color-scheme`). */
export type IncidentCardTheme = 'light' | 'dark' | 'auto';

/** A span of characters (Unicode code points) in a paragraph. */
export interface IncidentCardSpan {
  start: number;
  end: number;
}

/** A casualty figure: whose people (`subject`), what happened to them, how many. */
export interface IncidentCardFigure {
  subject: string;
  kind: 'killed' | 'wounded' | 'captured' | 'missing';
  value: number;
  qualifier: string | null;
  group: string | null;
}

/** The dataset, schema `incident-card/1` (field by field in the README). */
export interface IncidentCardDataset {
  schema: 'incident-card/1';
  article: {
    title: string;
    standfirst?: string;
    published: string;
    section?: string;
    read_minutes?: number | null;
    image_caption?: string | null;
    image_credit?: string | null;
    dateline?: string | null;
    source?: string | null;
    url?: string | null;
    paragraphs: string[];
    related?: string[];
  };
  incident: {
    title: string;
    kind?: string;
    date?: string | null;
    date_phrase?: string | null;
    places?: string[];
  };
  parties: Array<{
    id: string;
    name: string;
    role: 'belligerent' | 'mediator' | 'third_party';
    kind: string;
  }>;
  claims: Array<{
    id: string;
    party: string;
    speaker: string;
    text: string;
    paragraph: number;
    start: number;
    end: number;
    topic: 'casualties' | 'responsibility' | 'situation' | 'statement';
    date?: string | null;
    date_phrase?: string | null;
    figures: IncidentCardFigure[];
    cue?: IncidentCardSpan | null;
    speaker_span?: IncidentCardSpan | null;
    quotes?: IncidentCardSpan[];
  }>;
  timeline: Array<{
    date: string;
    time_of_day?: string | null;
    date_phrase: string;
    text: string;
    paragraph: number;
    kind: 'clash' | 'ceasefire' | 'mediation' | 'statement' | 'other';
    claim?: string | null;
  }>;
  context: Array<{
    text: string;
    paragraph: number;
    start: number;
    end: number;
    period?: string | null;
    figures: IncidentCardFigure[];
  }>;
}

/** schema.org JSON-LD: the `Event`, the `NewsArticle` and one `Claim` per claim. */
export interface IncidentCardJsonLd {
  '@context': 'https://schema.org';
  '@graph': Array<Record<string, unknown> & { '@type': 'Event' | 'NewsArticle' | 'Claim'; '@id': string }>;
}

/** Options of `mount()`: the input (one of `article`, `dataset`) and how to show it. */
export interface IncidentCardOptions {
  /** An article in the wire format. */
  article?: string;
  /** A dataset object (checked against the schema; errors name the field). */
  dataset?: IncidentCardDataset;
  /** Interface language: `en`, `fr`, `ar` (others fall back to English). Default: the element's `lang`. */
  lang?: string;
  theme?: IncidentCardTheme;
  /** The side to show first: a party id or name, or `reverse`. */
  sideOrder?: string;
  /** The tab to open first. */
  tab?: IncidentCardTab;
  /** Deep links of this card read `#incident-card/<linkScope>/<claim>` (default: the element's id). */
  linkScope?: string;
}

/** A card on the page. */
export interface IncidentCard {
  /** The element the card is in. */
  readonly element: HTMLElement | null;
  /** The card's dataset as a plain object. */
  dataset(): IncidentCardDataset;
  /** schema.org JSON-LD for a `<script type="application/ld+json">`. */
  jsonLd(): IncidentCardJsonLd;
  /** The casualty figures as CSV (RFC 4180, CRLF line ends, a header row). */
  csv(): string;
  /** Shows a claim in its list (fires `incident-card:select`). */
  select(claimId: string): void;
  /** Opens the article with the claim's source sentence highlighted. */
  showSource(claimId: string): void;
  /** Removes the card and its listeners; the element shows its static HTML again. */
  destroy(): void;
}

/** `detail` of `incident-card:select`. */
export interface IncidentCardSelectDetail {
  /** The claim's id in the dataset. */
  claim: string;
  /** The id of the party that made it. */
  party: string;
  /** The party's name. */
  partyName: string;
  /** Who spoke, as the article names them. */
  speaker: string;
}

/** `detail` of `incident-card:error`: what is wrong and where. */
export interface IncidentCardErrorDetail {
  kind: 'article' | 'dataset' | 'json' | 'http' | 'network' | 'trap' | 'error';
  /** The full message. */
  message: string;
  /** The problem without its place. */
  reason?: string;
  /** The article's line (1-based). */
  line?: number;
  /** The dataset field, such as `claims[2].party`. */
  field?: string;
  /** The `src` the input came from. */
  url?: string;
  /** The HTTP status of a `src` that did not load. */
  status?: number;
}

/** `detail` of `incident-card:ready`. */
export interface IncidentCardReadyDetail {
  card: IncidentCard;
}

/** An `Error` named `IncidentCardError`, with the place of the problem. */
export interface IncidentCardError extends Error {
  name: 'IncidentCardError';
  reason?: string;
  line?: number;
  field?: string;
}

/** `<incident-card src theme lang side-order tab>`. */
export declare class IncidentCardElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The card once rendered; `null` before, after an error, or while the static HTML shows. */
  readonly card: IncidentCard | null;
}

/** Can this browser run the card (WebAssembly, custom elements, shadow DOM, constructed stylesheets)? */
export declare const supported: boolean;

/** Loads the WebAssembly module and the stylesheet (once per page). */
export declare function ready(): Promise<void>;

/**
 * Mounts a card into an element (an `<incident-card>` or any other element,
 * which gets an open shadow root). Rejects with an `IncidentCardError` after
 * showing the error card.
 */
export declare function mount(element: Element, options?: IncidentCardOptions): Promise<IncidentCard>;

declare global {
  interface HTMLElementTagNameMap {
    'incident-card': IncidentCardElement;
  }
  interface HTMLElementEventMap {
    'incident-card:select': CustomEvent<IncidentCardSelectDetail>;
    'incident-card:error': CustomEvent<IncidentCardErrorDetail>;
    'incident-card:ready': CustomEvent<IncidentCardReadyDetail>;
  }
  interface DocumentEventMap {
    'incident-card:select': CustomEvent<IncidentCardSelectDetail>;
    'incident-card:error': CustomEvent<IncidentCardErrorDetail>;
    'incident-card:ready': CustomEvent<IncidentCardReadyDetail>;
  }
}
