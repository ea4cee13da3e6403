import type { Locale } from '../model/locales';
import type { ChangeKind } from '../model/corrections';
import type { GlossaryFlag } from './glossary';
import type { ImportResult, ImportView } from './import';
import type { ImportProblem } from './import/parse';
import type { MergedPart, RemovedText, SaveResult, StateChange, VersionSnapshot } from './versions';

/**
 * What the newsroom's form actions (app/editor/[locale]/actions.ts) hand back to their forms
 * (components/newsroom/*Form.tsx): each form keeps the editor's input through every error.
 */

/** A failure outside the write's own outcomes, told to the editor in their language. */
export type Failure = 'forbidden' | 'signedOut' | 'unavailable' | 'unexpected';

export type SaveState =
  | { status: 'idle' }
  | {
      status: 'saved';
      revision: number;
      flags: GlossaryFlag[];
      unchanged: boolean;
      mergedIn: MergedPart[];
      dropped: string[];
      removed: RemovedText[];
      live: boolean;
      correction: boolean;
      stateChanged?: StateChange;
    }
  | {
      status: 'error';
      error: Failure | 'unresolved' | 'xliff' | Exclude<SaveResult, { ok: true }>['kind'];
      /** a translated file refused: what is wrong, and in which unit */
      xliff?: { kind: string; unit?: string };
      fields?: string[];
      /** a field held invisible control characters */
      controls?: boolean;
      /** the revision the form was based on */
      baseRevision?: number;
      stateChanged?: StateChange;
      /** the open merge: shown again until every conflict has the editor's choice */
      conflict?: Extract<SaveResult, { kind: 'conflict' }>;
      yours?: Omit<VersionSnapshot, 'revision'> & {
        /** what the editor said the change to a published version is (kept for the next try) */
        change?: { kind: ChangeKind | null; note: string };
      };
    };

export type ImportFields = {
  text: string;
  articleId: string;
  slugs: Partial<Record<Locale, string>>;
  eventId: string;
  sourceId: string;
  titles: Partial<Record<Locale, string>>;
  outlet: string;
  /** dropped lines the editor keeps as text */
  keep: number[];
  /** lines the editor joined to the paragraph above, and lines made to start a paragraph */
  join: number[];
  split: number[];
  /** bylines as the editor confirmed them (prefilled from the release) */
  bylines: Partial<Record<Locale, string>>;
};
export type ImportState =
  | { status: 'idle' }
  | { status: 'preview'; preview: ImportView; fields: ImportFields }
  | {
      status: 'error';
      error: Failure | Exclude<ImportResult, { ok: true }>['kind'];
      problem?: ImportProblem;
      fields: ImportFields;
      invalid?: string[];
      locale?: Locale;
      preview?: ImportView;
    };

export type EntityState =
  | { status: 'idle' }
  | {
      status: 'error';
      error: Failure | 'invalid' | 'notFound' | 'idTaken';
      fields?: string[];
      values: Record<string, string>;
    };

export type PhotoState =
  | { status: 'idle' }
  | {
      status: 'error';
      error: Failure | 'invalid' | 'notFound';
      fields?: string[];
      values: Record<string, string>;
    };
