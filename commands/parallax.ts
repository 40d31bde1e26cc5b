import { ApplicationIntegrationType, ChannelType, type ChatInputCommandInteraction, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { type Command, NO_MENTIONS } from '../src/discord/command.js';
import type { ServerSettings } from '../src/discord/settings/server-settings.js';

/**
 * /parallax settings and /parallax usage, for a server's managers (Manage Server by default; a
 * member without it is refused even where the command was shown to them).
 */
export const parallaxCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('parallax')
    .setDescription('This server’s Parallax settings and today’s use.')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    // A server's settings, for the server that installed the bot: not in DMs or group chats (which have
    // no server and no managers), nor where only a member installed it (the server decided nothing).
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('settings')
        .setDescription('Show the settings, or change those you give.')
        .addBooleanOption((o) => o.setName('model').setDescription('May the model be used here? Off: every comparison is offline.'))
        .addStringOption((o) =>
          o.setName('engine').setDescription('The engine when a command does not say.').addChoices({ name: 'llm (the model, when configured)', value: 'llm' }, { name: 'offline', value: 'offline' }),
        )
        .addBooleanOption((o) => o.setName('private_reports').setDescription('Reports only the person who asked sees, without a thread.'))
        .addChannelOption((o) => o.setName('answer_in').setDescription('Add a channel where the bot answers (none set: everywhere).').addChannelTypes(ChannelType.GuildText, ChannelType.GuildForum))
        .addBooleanOption((o) => o.setName('answer_everywhere').setDescription('Forget the channel list: answer in every channel.'))
        .addIntegerOption((o) => o.setName('daily_tokens').setDescription('Model tokens this server may spend per day (at most the bot’s own limit).').setMinValue(1)),
    )
    .addSubcommand((s) => s.setName('usage').setDescription('Today’s model use of this server.'))
    .toJSON(),
  async execute(interaction, ctx) {
    if (!interaction.inGuild()) throw new UserError('/parallax is for servers.');
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) throw new UserError('Only members who may manage this server can use /parallax.');
    if (interaction.options.getSubcommand() === 'usage') {
      const used = await ctx.ui.usage.tokensToday(interaction.guildId);
      const limit = await ctx.ui.usage.limitOf(interaction.guildId);
      const model = ctx.ui.usage.model ? `Model: \`${ctx.ui.usage.model}\`.` : 'No model is configured: every comparison uses the offline engine, which spends no tokens.';
      const budget = limit > 0 ? `${used.toLocaleString('en-US')} of ${limit.toLocaleString('en-US')} model tokens used today (UTC).` : `${used.toLocaleString('en-US')} model tokens used today (UTC); no daily limit.`;
      return void (await interaction.reply({ content: `${model}\n${budget}`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }));
    }
    const change = changeOf(interaction, (await ctx.ui.settings.get(interaction.guildId)).channels);
    const settings = Object.keys(change).length ? await ctx.ui.settings.update(interaction.guildId, change) : await ctx.ui.settings.get(interaction.guildId);
    const head = Object.keys(change).length ? 'Settings saved.' : 'The settings of this server:';
    await interaction.reply({ content: `${head}\n${describe(settings)}`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  },
};

function changeOf(interaction: ChatInputCommandInteraction, channels: string[]): Partial<ServerSettings> {
  const o = interaction.options;
  const change: Partial<ServerSettings> = {};
  const model = o.getBoolean('model');
  if (model !== null) change.model = model;
  const engine = o.getString('engine');
  if (engine === 'llm' || engine === 'offline') change.engine = engine;
  const dailyTokens = o.getInteger('daily_tokens');
  if (dailyTokens !== null) change.dailyTokens = dailyTokens;
  const privateReports = o.getBoolean('private_reports');
  if (privateReports !== null) change.privateReports = privateReports;
  const channel = o.getChannel('answer_in');
  if (o.getBoolean('answer_everywhere')) change.channels = [];
  else if (channel && !channels.includes(channel.id)) change.channels = [...channels, channel.id];
  return change;
}

function describe(s: ServerSettings): string {
  return [
    `• Model: **${s.model ? 'allowed' : 'off'}**`,
    `• Engine when not chosen: **${s.engine}**`,
    `• Reports: **${s.privateReports ? 'private, no thread' : 'public, with a thread'}**`,
    `• Answers in: ${s.channels.length ? s.channels.map((id) => `<#${id}>`).join(', ') : '**every channel**'}`,
    `• Daily model tokens: **${s.dailyTokens === undefined ? 'the bot’s limit' : s.dailyTokens.toLocaleString('en-US')}** (never more than the bot’s own limit)`,
  ].join('\n');
}
