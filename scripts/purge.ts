/** `npm run purge`: deletes letter content older than LETTER_RETENTION_DAYS (default 30). Rows stay, without content. */
import { openDb } from '@/lib/db';
import { env } from '@/lib/env';
import { purgeLetters } from '@/lib/letters/store';

const days = env().LETTER_RETENTION_DAYS;
const db = await openDb();
const purged = await purgeLetters(db, days * 86_400_000);
await db.destroy();
console.log(`purged the content of ${purged} letter(s) older than ${days} days`);
