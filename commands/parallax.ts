import { ApplicationIntegrationType, ChannelType, type ChatInputCommandInteraction, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { type Command, NO_MENTIONS } from '../src/discord/command.js';
import type { ServerSettings } from '../src/discord/settings/server-settings.js';
import { type Translate, translator } from '../src/i18n/translate.js';

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
    const t = translator(interaction.locale);
    const number = (n: number) => n.toLocaleString(interaction.locale);
    if (!interaction.inGuild()) throw UserError.of('parallaxServersOnly');
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) throw UserError.of('parallaxManagersOnly');
    if (interaction.options.getSubcommand() === 'usage') {
      const used = await ctx.ui.usage.tokensToday(interaction.guildId);
      const limit = await ctx.ui.usage.limitOf(interaction.guildId);
      const model = ctx.ui.usage.model ? t('usageModel', { model: ctx.ui.usage.model }) : t('usageNoModel');
      const budget = limit > 0 ? t('usageLimited', { used: number(used), limit: number(limit) }) : t('usageUnlimited', { used: number(used) });
      return void (await interaction.reply({ content: `${model}\n${budget}`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }));
    }
    const change = changeOf(interaction, (await ctx.ui.settings.get(interaction.guildId)).channels);
    const settings = Object.keys(change).length ? await ctx.ui.settings.update(interaction.guildId, change) : await ctx.ui.settings.get(interaction.guildId);
    const head = Object.keys(change).length ? t('settingsSaved') : t('settingsHead');
    await interaction.reply({ content: `${head}\n${describe(settings, t, number)}`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
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

function describe(s: ServerSettings, t: Translate, number: (n: number) => string): string {
  return [
    t('settingModel', { value: s.model ? t('modelAllowed') : t('modelOff') }),
    t('settingEngine', { value: s.engine }),
    t('settingReports', { value: s.privateReports ? t('reportsPrivate') : t('reportsPublic') }),
    t('settingChannels', { value: s.channels.length ? s.channels.map((id) => `<#${id}>`).join(', ') : t('everyChannel') }),
    t('settingTokens', { value: s.dailyTokens === undefined ? t('botsLimit') : number(s.dailyTokens) }),
  ].join('\n');
}
