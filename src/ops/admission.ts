import { BusyError, UserError } from '../errors.js';

/** One server's or one person's share is used: said as is (a BusyError is the bot's own capacity). */
export class ShareUsedError extends UserError {
  override readonly name = 'ShareUsedError';
}

export interface AdmissionLimits {
  /** Commands in flight in the whole process. */
  total: number;
  /** Commands in flight for one server (a DM or private channel counts as its user's own). */
  perGuild: number;
  /** Commands in flight for one person. */
  perUser: number;
}

/**
 * Bounded work with fair shares: past a limit the command is refused at once ("busy, try again in
 * a minute") instead of queueing without end, so one busy server or one person cannot take the
 * capacity everyone shares. Counts are per process.
 */
export class Admission {
  private total = 0;
  private readonly byGuild = new Map<string, number>();
  private readonly byUser = new Map<string, number>();

  constructor(private readonly limits: AdmissionLimits) {}

  /** Admits one command, or throws BusyError or ShareUsedError; the returned function releases it (call it once). */
  admit(guildId: string | null, userId: string): () => void {
    const guild = guildId ?? `dm:${userId}`;
    if (this.total >= this.limits.total) throw new BusyError();
    if ((this.byGuild.get(guild) ?? 0) >= this.limits.perGuild) throw ShareUsedError.of('serverShareUsed');
    if ((this.byUser.get(userId) ?? 0) >= this.limits.perUser) throw ShareUsedError.of('userShareUsed', { n: this.limits.perUser });
    this.total += 1;
    bump(this.byGuild, guild, 1);
    bump(this.byUser, userId, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      bump(this.byGuild, guild, -1);
      bump(this.byUser, userId, -1);
    };
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}
