import type { ChatInputCommandInteraction } from 'discord.js';
import type { FileRef } from '../sources/load-source.js';

/** The files attached to the named options, as the loader downloads them (the size is checked first). */
export function attachedFiles(interaction: ChatInputCommandInteraction, names: readonly string[]): FileRef[] {
  return names.flatMap((name) => {
    const file = interaction.options.getAttachment(name);
    return file ? [{ url: file.url, name: file.name, size: file.size, contentType: file.contentType }] : [];
  });
}
