// The process the kill harness kills: opens the workspace through openApp as the command line does and
// works as the editors would until it is killed — autosaves through `article.save` (the editor's
// autosave call), then "Gửi duyệt", "Chuyển trình duyệt", "Ký duyệt" and "Xuất bản" to the folder target,
// sent by the real outbox worker. Each call that returned is acknowledged by one line on fd 1, written
// synchronously, so the parent knows exactly what the app had told its user was done:
//   ready <ms to open>
//   ack save <articleId> <revisionId> <contentHash> <ms>
//   ack signoff <articleId> <signOffId>
//   ack sent <articleId> <outboxId>
// argv: workspace dir, target id, seed.
import { writeSync } from 'node:fs';
import { textToBody } from '../../core/editor/body';
import type { SessionUser } from '../../shared/accounts';
import { fieldsOf } from '../../shared/article';
import type { ArticleSaved, Method, Output } from '../../shared/contract';
import { openHarnessApp, HARNESS_PASSWORD, HARNESS_PEOPLE, mulberry32, type HarnessPerson } from './harness-app';

const [dir, targetId, seedArg] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
const app = openHarnessApp(dir);
const random = mulberry32(Number(seedArg));
const tell = (line: string): void => void writeSync(1, line + '\n');
tell(`ready ${Math.round(performance.now() - started)}`);

const users = {} as Record<HarnessPerson, SessionUser>;
for (const login of HARNESS_PEOPLE) {
  const a = app.store.accounts.byLogin(login);
  if (!a) throw new Error(`no account ${login}: prepare the workspace first`);
  users[login] = { id: a.id, name: a.fullName, login, position: a.position, roles: a.roles };
  app.sessions.begin(login, users[login]);
}

async function call<M extends Method>(method: M, input: unknown, as: HarnessPerson): Promise<Output<M>> {
  const r = await app.dispatch(method, input, { connectionId: as });
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as Output<M>;
}

const words = ['Hội nghị', 'tổng kết', 'công tác', 'đường giao thông', 'nông thôn mới', 'phường', 'Ủy ban', 'nhân dân', 'kế hoạch', 'năm 2027'];
const sentence = (): string => Array.from({ length: 8 + Math.floor(random() * 30) }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';

for (let n = 0; ; n += 1) {
  let article = await call('article.create', { fields: { title: `Bài ${seedArg}-${n}`, category: 'Kinh tế', articleType: 'Tin' } }, 'btv');
  const paragraphs: string[] = [];
  const saves = 2 + Math.floor(random() * 6);
  for (let i = 0; i < saves; i += 1) {
    paragraphs.push(sentence());
    const t0 = performance.now();
    const saved: ArticleSaved = await call('article.save', { id: article.id, baseRevisionId: article.revisionId, fields: { ...fieldsOf(article), body: textToBody(paragraphs.join('\n')) } }, 'btv');
    const ms = performance.now() - t0;
    article = saved.article;
    tell(`ack save ${article.id} ${article.revisionId} ${article.contentHash} ${ms.toFixed(2)}`);
  }
  // Only some articles go on to be signed and published, so that most kills land in autosaves.
  if (random() < 0.5) continue;
  await call('workflow.act', { articleId: article.id, action: 'gui-duyet' }, 'btv');
  await call('workflow.act', { articleId: article.id, action: 'chuyen-trinh-duyet' }, 'tv');
  const view = await call('workflow.act', { articleId: article.id, action: 'ky-duyet', password: HARNESS_PASSWORD }, 'tb');
  tell(`ack signoff ${article.id} ${view.signOff!.id}`);
  const entry = await call('publish.enqueue', { articleId: article.id, targetId, confirm: true }, 'btv');
  await app.services.outbox.runOnce();
  const sent = (await call('publish.article', { articleId: article.id }, 'btv')).entries.find((e) => e.id === entry.id);
  if (sent?.state === 'done') tell(`ack sent ${article.id} ${entry.id}`);
}
