import { type Client, type InteractionEditReplyOptions, type InteractionReplyOptions, InteractionWebhook, type Message, MessageFlags, type TextBasedChannel, type WebhookMessageEditOptions } from 'discord.js';

/**
 * What a comparison needs from the interaction it answers. A slash command or a button is one; so is
 * the interaction's webhook rebuilt from its token after a restart (`replyTargetOf`), which is how a
 * comparison recorded before a crash is finished.
 */
export interface ReplyTarget {
  id: string;
  guildId: string | null;
  channelId: string;
  channel: TextBasedChannel | null;
  locale: string;
  user: { id: string };
  editReply(options: InteractionEditReplyOptions): Promise<Message>;
  followUp(options: InteractionReplyOptions): Promise<Message>;
  fetchReply(): Promise<Message>;
}

/** The reply of an interaction known only by its ids and token (valid 15 minutes after it was created). */
export function replyTargetOf(
  client: Client<true>,
  interaction: { id: string; applicationId: string; token: string; guildId: string | null; channelId: string; userId: string; locale?: string | undefined },
): ReplyTarget {
  const webhook = new InteractionWebhook(client, interaction.applicationId, interaction.token);
  const channel = client.channels.cache.get(interaction.channelId);
  return {
    id: interaction.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    channel: channel?.isTextBased() ? channel : null,
    locale: interaction.locale ?? 'en-US',
    user: { id: interaction.userId },
    editReply: (options) => webhook.editMessage('@original', options as WebhookMessageEditOptions),
    followUp: (options) => webhook.send({ flags: MessageFlags.Ephemeral, ...options }),
    fetchReply: () => webhook.fetchMessage('@original'),
  };
}
