import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../testing/services';
import { paragraphsBody } from '../testing/body';

const user = { id: 'u', name: 'Biên tập viên' };
// Vietnamese letters whose NFC and NFD forms differ, plus plain ones.
const letters = [...'aăâeêioôơuưyAĂÂĐđáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ,.'];
const vietnamese = fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((cs) => cs.join(''));
const form = fc.constantFrom<'NFC' | 'NFD' | 'NFKD'>('NFC', 'NFD', 'NFKD');

describe('content hash', () => {
  it('is the same for any Unicode normalisation of the same Vietnamese text', () => {
    fc.assert(
      fc.property(vietnamese, vietnamese, form, form, (title, para, f1, f2) => {
        const hashWith = (f: 'NFC' | 'NFD' | 'NFKD') => {
          const s = createTestServices();
          return s.articles.create({ title: title.normalize(f), body: paragraphsBody([para.normalize(f)]) }, user).contentHash;
        };
        expect(hashWith(f1)).toBe(hashWith(f2));
      }),
      { numRuns: 60 }
    );
  });
});
