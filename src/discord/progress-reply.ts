import type { ChatInputCommandInteraction } from 'discord.js';
import type { Progress } from '../service/comparison-service.js';
import { NO_MENTIONS } from './command.js';

/**
 * Edits a deferred reply with a comparison's progress ("Reading 3/5 sources…", then "Comparing…"),
 * at most once a second while reading; the start of the comparison is always shown.
 */
export function progressReply(interaction: Pick<ChatInputCommandInteraction, 'editReply'>): (progress: Progress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.stage === 'reading' && now - last < 1000) return;
    last = now;
    const content = p.stage === 'reading' ? `Reading ${p.done}/${p.total} sources…` : `Comparing ${p.total} sources${p.withModel ? ' (with the model)' : ''}…`;
    void interaction.editReply({ content, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  };
}
