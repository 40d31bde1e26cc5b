/**
 * What a button, menu or modal carries in its custom_id (at most 100 characters): an action, the
 * stored report it acts on, and an argument. Nothing else is kept in memory, so a button works after
 * a restart as long as its report is in the store.
 */
export const SECTIONS = ['differences', 'agreement', 'sources', 'story'] as const;
export type Section = (typeof SECTIONS)[number];

export type UiAction =
  | { action: 'section'; reportId: string; section: Section; page: number }
  | { action: 'file'; reportId: string; format: 'md' | 'json' }
  | { action: 'add'; reportId: string }
  | { action: 'recheck'; reportId: string }
  /** The report's select menu of sources: the chosen one (its id is the menu's value) opens privately. */
  | { action: 'source'; reportId: string }
  | { action: 'add-submit'; reportId: string }
  /** A person's list from Apps › Add to comparison: compare it now, or clear it. */
  | { action: 'pending'; owner: string; what: 'compare' | 'clear' }
  /** The /compare form, carrying the options given with the command. */
  | { action: 'compare-form'; private: boolean; engine?: 'offline' | 'llm' | undefined };

const PREFIX = 'px1';

export function customId(a: UiAction): string {
  switch (a.action) {
    case 'section':
      return [PREFIX, 'sec', a.reportId, a.section, a.page].join(':');
    case 'file':
      return [PREFIX, 'file', a.reportId, a.format].join(':');
    case 'add':
      return [PREFIX, 'add', a.reportId].join(':');
    case 'recheck':
      return [PREFIX, 're', a.reportId].join(':');
    case 'source':
      return [PREFIX, 'src', a.reportId].join(':');
    case 'add-submit':
      return [PREFIX, 'addm', a.reportId].join(':');
    case 'pending':
      return [PREFIX, 'pend', a.owner, a.what].join(':');
    case 'compare-form':
      return [PREFIX, 'cmpf', a.private ? 'private' : 'public', a.engine ?? 'default'].join(':');
  }
}

/** The action of a custom_id, or undefined when it is not one of ours (or from an older version). */
export function parseCustomId(id: string): UiAction | undefined {
  const [prefix, action, reportId, arg, page] = id.split(':');
  if (prefix === PREFIX && action === 'cmpf' && (reportId === 'private' || reportId === 'public') && (arg === 'offline' || arg === 'llm' || arg === 'default')) {
    return { action: 'compare-form', private: reportId === 'private', ...(arg === 'default' ? {} : { engine: arg }) };
  }
  if (prefix !== PREFIX || !reportId || !/^[\w-]{6,40}$/.test(reportId)) return undefined;
  if (action === 'sec' && (SECTIONS as readonly string[]).includes(arg ?? '') && /^\d{1,3}$/.test(page ?? '')) {
    return { action: 'section', reportId, section: arg as Section, page: Number(page) };
  }
  if (action === 'file' && (arg === 'md' || arg === 'json')) return { action: 'file', reportId, format: arg };
  if (action === 'add') return { action: 'add', reportId };
  if (action === 're') return { action: 'recheck', reportId };
  if (action === 'src') return { action: 'source', reportId };
  if (action === 'pend' && /^\d{15,21}$/.test(reportId) && (arg === 'compare' || arg === 'clear')) return { action: 'pending', owner: reportId, what: arg };
  if (action === 'addm') return { action: 'add-submit', reportId };
  return undefined;
}
