import { SlashCommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { definitionsFor } from '../commands/index.js';
import { localizeSlashCommand } from '../src/i18n/slash-commands.js';

describe('GIVEN the slash commands and their translations', () => {
  it('WHEN a command or option has no translation THEN building the definitions fails, naming it', () => {
    const untranslated = new SlashCommandBuilder().setName('compare').setDescription('A description nobody translated.').toJSON();
    expect(() => localizeSlashCommand(untranslated)).toThrow(/No translations for the description "A description nobody translated\."/);
    const option = new SlashCommandBuilder().setName('ask').setDescription('What you want to know.').addStringOption((o) => o.setName('mystery').setDescription('What you want to know.')).toJSON();
    expect(() => localizeSlashCommand(option)).toThrow(/No translations for the name "mystery"/);
  });

  it('THEN the definitions with a model and without one are both fully translated, the engine descriptions differing', () => {
    const engine = (model: boolean) => {
      const compare = definitionsFor({ model }).find((d) => d.name === 'compare') as { options: Array<{ name: string; description_localizations: Record<string, string> }> };
      return compare.options.find((o) => o.name === 'engine')!.description_localizations;
    };
    expect(engine(true).fr).toMatch(/llm/);
    expect(engine(false).fr).not.toMatch(/llm/);
  });
});
