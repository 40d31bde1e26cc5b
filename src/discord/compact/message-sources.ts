import type { Message } from 'discord.js';
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
