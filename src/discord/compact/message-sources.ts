import type { Message } from 'discord.js';
import { UserError } from '../../errors.js';
import type { Translate } from '../../i18n/translate.js';
import { findLinks } from '../../sources/links.js';
import type { ReportInput } from './report-store.js';

/** The links and files of a message, in the order they appear, and what was left out and why. */
export function sourcesOfMessage(message: Pick<Message, 'content' | 'attachments'>): { inputs: ReportInput[]; ignored: string[] } {
  const found = findLinks(message.content);
  const inputs: ReportInput[] = found.urls.map((url) => ({ label: url, request: { url } }));
  for (const file of message.attachments.values()) {
    inputs.push({ label: file.name, request: { file: { url: file.url, name: file.name, size: file.size, contentType: file.contentType } } });
  }
  return { inputs, ignored: found.rejected.map((r) => r.reason) };
}

/** The sources of a message, or a UserError saying it has none (and why its links, if any, were left out). */
export function requireSourcesOf(message: Pick<Message, 'content' | 'attachments'>, t: Translate): { inputs: ReportInput[]; ignored: string[] } {
  const found = sourcesOfMessage(message);
  if (found.inputs.length === 0) throw new UserError([t('noLinks'), ...found.ignored].join('\n'));
  return found;
}
