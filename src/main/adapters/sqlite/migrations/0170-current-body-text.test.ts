import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { RevisionStore } from '../revision-store';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

describe('0170 current body text', () => {
  it('copies each article\'s current plain text onto its articles row', () => {
    const db = databaseAt(160);
    db.pragma('foreign_keys = OFF');
    db.prepare(
      `INSERT INTO articles (id, current_revision_id, version, status, title, title_key, author, author_key, category, article_type,
        featured, word_count, created_at, created_by, created_by_name, modified_at, modified_by, modified_by_name)
       VALUES ('a', 'r2', 2, 'nhap', 'T', 't', '', '', '', '', 0, 2, 't', 'u', 'U', 't', 'u', 'U')`
    ).run();
    const store = new RevisionStore(db);
    store.write('a', 'r1', null, '{}', 'Bản cũ');
    store.write('a', 'r2', 'r1', '{}', 'Bản mới có dấu');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 170));
    expect(db.prepare("SELECT body_text FROM articles WHERE id = 'a'").get()).toEqual({ body_text: 'Bản mới có dấu' });
  });
});
