import type { FakeMessage } from '../fakes/fake-discord.js';

/** The custom id of the button of `m` whose label matches; a clear failure naming the buttons there are, when none does. */
export const buttonId = (m: FakeMessage, label: RegExp): string => {
  const button = m.components.flatMap((r) => r.components ?? []).find((c) => c.type === 2 && label.test(c.label ?? ''));
  if (!button?.custom_id) throw new Error(`No button ${label} among ${JSON.stringify(m.components)}`);
  return button.custom_id;
};

/** The custom id of the (first) string select menu of `m`; a clear failure when it has none. */
export const selectId = (m: FakeMessage): string => {
  const menu = m.components.flatMap((r) => r.components ?? []).find((c) => c.type === 3);
  if (!menu?.custom_id) throw new Error(`No select menu among ${JSON.stringify(m.components)}`);
  return menu.custom_id;
};
