// Builds the domain services over in-memory fakes, for core unit tests.
import { ArticleReader } from '../articles/article-reader';
import { allowAllEdits, ArticleService, type RevisionListener } from '../articles/article-service';
import { noEvents } from '../events';
import { ListsService } from '../articles/lists-service';
import { ProfileService } from '../profile/profile-service';
import type { BodyTools } from '../articles/body-tools';
import { fakeBodyTools } from './body';
import {
  FakeClock,
  InMemoryArticles,
  InMemoryHistory,
  InMemoryMedia,
  InMemoryProfiles,
  InMemorySettings,
  InMemoryTx,
  SequentialIds,
  fakeHasher
} from './fakes';

export function createTestServices(body: BodyTools = fakeBodyTools, revisionListeners: RevisionListener[] = []) {
  const clock = new FakeClock();
  const ids = new SequentialIds();
  const articles = new InMemoryArticles();
  const history = new InMemoryHistory();
  const media = new InMemoryMedia();
  const profiles = new InMemoryProfiles();
  const settings = new InMemorySettings();
  const tx = new InMemoryTx(articles);
  const lists = new ListsService(settings);
  return {
    clock,
    ids,
    repos: { articles, history, media, profiles, settings },
    lists,
    articles: new ArticleService({
      articles, history, media, tx, clock, ids, hasher: fakeHasher, lists, body,
      reader: new ArticleReader(articles), guard: allowAllEdits, revisionListeners, events: noEvents
    }),
    profile: new ProfileService({ profiles, tx, clock, ids })
  };
}
