/** `npm run purge`: deletes letter content older than LETTER_RETENTION_DAYS (default 30). Rows stay, without content. */
import { openDb } from '@/lib/db';
import { purgeLetters } from '@/lib/letters/store';

const days = Number(process.env.LETTER_RETENTION_DAYS ?? 30);
if (!Number.isFinite(days) || days < 1) {
  console.error('LETTER_RETENTION_DAYS must be a number of days, 1 or more');
  process.exit(2);
}
const db = await openDb();
const purged = await purgeLetters(db, days * 86_400_000);
await db.destroy();
console.log(`purged the content of ${purged} letter(s) older than ${days} days`);
