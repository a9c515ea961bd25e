import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../workflow/testing';
import { SAMPLE_RETURN_REASON, seedSampleWorkflow } from './seed';

let f: WorkflowFixture;
beforeEach(() => {
  f = openWorkflowFixture();
});
afterEach(() => f.close());

describe('sample workflow records', () => {
  it('signs approved sample articles as the approver and gives returned ones a reason, once', async () => {
    const approved = f.articleIn('da_duyet', 'btv');
    const published = f.articleIn('da_xuat_ban', 'btv');
    const returned = f.articleIn('tra_lai', 'btv');
    const people = { approverId: f.users.tb.id, reviewerId: f.users.tv.id };
    const s = f.app.services;
    const t = { ...s, audit: f.store.audit, accounts: f.store.accounts, tx: f.store.tx, clock: { now: () => new Date() } };
    expect(seedSampleWorkflow(t, people, PASSWORD)).toBe(2);
    expect(seedSampleWorkflow(t, people, PASSWORD)).toBe(0);

    for (const a of [approved, published]) {
      const view = await f.call('workflow.view', { articleId: a.id }, f.users.btv);
      expect(view.ok && view.value.signOff).toMatchObject({ signer: { name: f.users.tb.name }, signatureValid: true, current: true });
    }
    const work = await f.call('workflow.myWork', {}, f.users.btv);
    expect(work.ok && work.value.returnedToMe).toMatchObject([{ id: returned.id, note: SAMPLE_RETURN_REASON, by: { name: f.users.tv.name } }]);
    expect(f.composed.verify()).toMatchObject({ ok: true, signOffs: 2, validSignOffs: 2 });
  });
});
